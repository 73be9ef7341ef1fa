"""Person titles and role words: stripped from names, kept as the person's role.

"Prime Minister Choguel Maiga" -> name "Choguel Maiga", role "prime minister"; the role
later resolves a quote attributed to "the prime minister".
"""

from __future__ import annotations

# Words that, capitalised right before a name, are a title rather than part of it. The
# trailing-dot forms are abbreviations. "General" and "Major" are left out as triggers
# because they start organisation names ("General Motors", "Major League Baseball").
TITLE_TRIGGERS = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. prof prof. sen. rep. gov. gen. col. lt. capt. sgt. rev.
    president vice-president minister premier chancellor senator governor mayor colonel
    lieutenant captain sergeant commander marshal admiral ambassador envoy commissioner
    brigadier brig. corporal cpl. detective inspector superintendent constable
    secretary judge justice prosecutor king queen prince princess pope sheikh emir sultan
    imam rabbi bishop archbishop cardinal ayatollah mullah patriarch father sister
    major-general lieutenant-general brigadier-general lieutenant-colonel vice-admiral
    rear-admiral professor chairman chairwoman
    chairperson ceo coach striker midfielder defender goalkeeper pm dame sir lord lady
    spokesman spokeswoman spokesperson winger fly-half scrum-half full-back fullback
    flanker quarterback linebacker goaltender goalie defenceman defenseman shortstop
    infielder outfielder paceman batsman wicketkeeper all-rounder left-back right-back
    centre-back playmaker treasurer attorney-general solicitor-general governor-general
    auditor-general vice-premier vice-chancellor""".split()  # noqa: SIM905 - word lists read better as text
)

# What a person does for a living, as news writes it before a name or in commas after it
# ("businessman Boris Berezovsky", "Meraj Khalid , a veteran politician ,"); only people have
# one. Not the words that are also common surnames ("Farmer", "Singer", "Baker"): a lone
# role word the model reads as a name is dropped (``candidates.model``); nor what a company
# is too ("SoftBank , its largest investor ,", "the IMF , author of the report").
OCCUPATIONS = frozenset(
    """politician lawyer businessman businesswoman banker diplomat journalist reporter
    activist campaigner novelist poet playwright actor actress musician artist historian
    entrepreneur financier industrialist tycoon magnate architect engineer surgeon
    physician priest cleric preacher student teacher""".split()  # noqa: SIM905 - word lists read better as text
)

# A minister's, secretary's or commissioner's portfolio: "EU Farm Commissioner Franz
# Fischler", "British Transport Secretary George Young". Not "labour" (a party's name too).
PORTFOLIOS = frozenset(
    """foreign defence defense finance interior economy trade health justice energy oil
    agriculture education home farm transport transportation environment culture tourism
    industry commerce communications information fisheries housing welfare employment
    science technology sports sport youth development planning immigration infrastructure
    aviation mines mining petroleum affairs""".split()  # noqa: SIM905 - word lists read better as text
)

# Role words that are surnames too, after a given name: "John Major", "Don King", "Peter
# Bishop", "Judge" (not "Virginia Governor", a title after a state).
ROLE_SURNAMES = frozenset({"major", "king", "bishop", "judge", "marshal", "pope", "cardinal"})

# Words that may make up a role before or after a name ("Malian opposition leader",
# "the country's interim president", "French Foreign Minister"). Lower-cased.
ROLE_WORDS = (
    TITLE_TRIGGERS
    | OCCUPATIONS
    | frozenset(
        """prime vice deputy acting interim transitional former new shadow foreign defence defense
    finance interior economy trade health justice energy oil agriculture education labour
    labor security home state opposition party rebel militia army military police union
    leader head chief executive director general major founder president-elect officer
    minister-president speaker coordinator analyst economist researcher scientist
    spokesman spokeswoman spokesperson manager adviser advisor counsel attorney chair
    negotiator lead co-lead metropolitan
    national senior top regional provincial federal veteran retired prominent leading
    well-known""".split()  # noqa: SIM905 - word lists read better as text
    )
)

# Lower-case words that, right before two or more capitalised words, introduce a person:
# "chief executive Atsuyoshi Koike", "regional governor Oleh Kiper". They are also the
# words a role must end with to count as evidence that the name is a person's.
ROLE_HEADS = (
    TITLE_TRIGGERS
    | OCCUPATIONS
    | frozenset(
        """leader head chief executive director officer founder economist analyst scientist
    researcher manager adviser advisor counsel attorney coordinator negotiator commander
    envoy governor chair president-elect""".split()  # noqa: SIM905 - word lists read better as text
    )
)
LOWER_TRIGGERS = frozenset(
    """president minister governor leader chief executive director spokesman spokeswoman
    spokesperson envoy commander coach captain mayor senator ambassador chairman chair
    secretary negotiator economist analyst scientist researcher founder premier
    chancellor judge prosecutor""".split()  # noqa: SIM905 - word lists read better as text
)

# A new issue's managers are banks, not people: "lead manager Commerzbank", "co-lead
# manager Dresdner Bank" (``evidence.role_is_person``).
FIRM_ROLES = ("lead manager", "lead managers", "co-lead manager", "co-lead managers")

# Roles that are grammar, not content, when reading a role phrase backwards.
ROLE_STOP = frozenset({"new", "former", "acting", "then", "top", "senior"})
