"""Head nouns: the common words at the edges of and around names that say what a name is.

- Last words of organisation names ("Wagner Group", "Defence Ministry") and first words of
  "X of Y" ones ("Ministry of Defence"); legal forms of companies ("Inc", "AG").
- Last and first words of place names ("Swat River", "Mount Ruang").
- Nouns next to a name ("Malatya province", "chipmaker Rapidus").
- Words of club names ("Real", "Sporting", "United", "FC"): evidence of a team in a sports
  story.
- Last words of events, which are not emitted ("Davis Cup").

Each list lives here and nowhere else.
"""

from __future__ import annotations

from typing import Final

# Last words of organisation names: "Wagner Group", "Defence Ministry", "Bank".
ORG_HEADS = frozenset(
    """group ministry bank party council company corp corp. corporation inc inc. ltd ltd.
    llc plc co. association union agency army navy commission committee court parliament
    assembly university college institute foundation fund organisation organization
    authority department office airlines airways club fc federation league front movement
    police forces network times post news service board bureau senate congress reserve
    exchange motors holdings technologies systems pharmaceuticals energy petroleum media
    brigade brigades battalion guard alliance coalition church school hospital press
    industries bancorp group's capital partners labs studios records telecom trust
    tribunal cabinet government administration society institution democrats
    republicans conservatives liberals socialists greens rally chronicle herald tribune
    journal gazette telegraph courier ag sa s.a. nv n.v. se asa ab oyj spa s.p.a. gmbh
    bhd tbk kk limited lp llp banka bankasi banca survey force corps re cos""".split()  # noqa: SIM905 - word lists read better as text
)
# Last words of companies named by their industry: "Kotak Securities", "Barrick Gold". They
# end an organisation's name, but a run of capitals before one is no name by itself ("South
# Australia Northern Territory Oil"): ``candidates.headed`` does not search for them.
INDUSTRY_HEADS = frozenset(
    """mining mines minerals resources metals oil chemicals electric electronics insurance
    securities investments brewery breweries cement shipping gold copper""".split()  # noqa: SIM905 - word lists read better as text
)
ORG_HEADS = ORG_HEADS | INDUSTRY_HEADS
# Legal forms of companies: "Harcor Energy Inc" and "Harcor Energy" are one company.
LEGAL_FORMS = frozenset(
    """inc inc. incorporated corp corp. corporation co co. ltd ltd. limited llc plc lp llp ag
    sa s.a. nv n.v. se asa ab oyj spa s.p.a. gmbh bhd tbk kk""".split()  # noqa: SIM905 - word lists read better as text
)
# Last words of place names: "Swat River", "Rivers State", "Karakoram Highway"; facilities
# are places too (docs/entities.md): "Kennedy Space Center", "Aviation Museum", "Union
# Station", "Bell Centre". A research centre that is an organisation ("Forest Fire Centre")
# is the price of "Center" here.
LOC_HEADS = frozenset(
    """river lake mountains mountain island islands valley desert sea ocean bay gulf strait
    coast peninsula highway airport stadium square street avenue bridge dam canal park
    crossing province region district county delta pipeline ground plateau basin center centre
    museum station base hall planetarium mosque cathedral temple castle tower towers arena
    theatre theater zoo gardens road lane boulevard plaza harbour harbor oval racecourse
    velodrome amphitheatre amphitheater""".split()  # noqa: SIM905 - word lists read better as text
)
LOC_FIRST = frozenset({"mount", "lake", "port", "cape", "fort", "gulf", "isle"})
# Last words of a sports venue's name: a venue is a place, whatever a team's cue before it
# says ("beat the 49ers 28-17 at [Lambeau Field]", where "at" after a score names the home
# side). "Field" is no place's head outside a venue's name ("Sally Field").
VENUE_HEADS = frozenset(
    """stadium stadion field park arena oval ground grounds dome coliseum velodrome
    racecourse garden gardens""".split()  # noqa: SIM905 - word lists read better as text
)
# Words around a name that say what it is: "Malatya province", "the town of Yesilyurt",
# "chipmaker Rapidus", "the rebel group X".
PLACE_NOUNS = frozenset(
    """province provinces region regions state states district districts county city town
    village river valley island islands airport port crossing border mountains desert
    coast capital area camp neighbourhood neighborhood municipality governorate oblast
    prefecture suburb""".split()  # noqa: SIM905 - word lists read better as text
)
ORG_NOUNS = frozenset(
    """company group party ministry agency bank firm union alliance militia movement
    coalition newspaper broadcaster institute university club team carrier airline airlines
    lender insurer automaker carmaker chipmaker miner producer conglomerate rebels
    organisation organization startup retailer regulator exchange operator developer
    manufacturer watchdog body refiner refiners shipbuilder shipbuilders maker makers""".split()  # noqa: SIM905 - word lists read better as text
)
# Words that say what a company or a person is, or what befell them, and never open a
# name, so that a capital on one is the sentence's: "Rival Samsung Electronics (005930.KS)
# reported", "Chipmaker Rapidus said", "Ousted Indonesian Democratic Party leader Megawati
# Sukarnoputri". Not "bank", "group" or "union", which do ("Bank Rakyat", "Union Pacific"),
# nor "former" ("Former Yugoslav Republic of Macedonia").
DESCRIPTORS = frozenset(
    """rival rivals peer peers chipmaker chipmakers carmaker carmakers automaker automakers
    drugmaker drugmakers lender lenders insurer insurers retailer retailers miner miners
    brewer brewers regulator regulators watchdog conglomerate ousted jailed exiled
    detained deposed embattled disgraced indicted slain assassinated imprisoned outgoing
    beleaguered ailing broadcaster broadcasters refiner refiners shipbuilder
    shipbuilders brokerage brokerages""".split()  # noqa: SIM905
)
# A trade named by what the company makes, in one word: "Steelmaker Eregli", "Glassmaker
# Vitro", "Tyremaker Debica" (``trade_word``).
_MAKER: Final = ("maker", "makers")


def _maker(folded: str) -> bool:
    return folded.endswith(_MAKER) and folded not in _MAKER


def trade_word(folded: str) -> bool:
    """A descriptor before a name (``DESCRIPTORS``), or a trade in one word that ends in
    "maker": "steelmaker", "glassmaker", "toymaker" (not "maker" itself)."""
    return folded in DESCRIPTORS or _maker(folded)


# The shortest organisation nouns: "bank", "firm", "club". A shorter word before a name
# ("the", "of", a comma) is none, and needs no lookup.
SHORTEST_ORG_NOUN: Final = 4


def company_noun(folded: str) -> bool:
    """A noun that says a name is an organisation's (``ORG_NOUNS``: "the ministry",
    "refiner"), or a trade in one word that ends in "maker"."""
    return folded in ORG_NOUNS or _maker(folded)


# First words of organisation names written "X of Y": "Ministry of Defence", "Bank of Japan".
ORG_FIRST = frozenset(
    """ministry bank university department office council court institute board bureau
    federation association union league party commission organisation organization
    church house""".split()  # noqa: SIM905 - word lists read better as text
)
# First words of banks' and companies' names in other languages, whatever follows: "Banco
# do Brasil", "Banque de France", "Companhia Vale do Rio Doce", "Compagnie Generale des
# Etablissements Michelin" ("Deutsche Bank" is one by its last word). Not "Caja" nor
# "Caixa", which are boxes too ("Caja Magica", a tennis venue).
ORG_FIRST_ANY = frozenset(
    """banco banca banque bankhaus companhia compagnie compania compañia compañía companía
    societe société sociedad societa società grupo groupe gruppo""".split()  # noqa: SIM905 - word lists read better as text
)
# Last words of events, which enrich does not emit: "Davis Cup", "Australian Open".
EVENT_HEADS = frozenset(
    """cup open championship championships games olympics paralympics festival summit
    conference awards award prize finals final tournament marathon prix expo shield trophy
    bowl series""".split()  # noqa: SIM905 - word lists read better as text
)
# Last words of laws and treaties: "Logan Act", "Dayton Accords", "Monroe Doctrine". A
# given name before one is the law's namesake, not a person (``entity_types._person_hint``).
DOCUMENT_HEADS = frozenset(
    "act acts bill doctrine treaty accord accords amendment protocol".split()  # noqa: SIM905 - word lists read better as text
)
# Awards and cups named with what they are for: "Academy Award for Best Actress", "Nobel
# Prize in Physics", "Africa Cup of Nations", "Medal of Honor" (events, as "Davis Cup" is).
AWARD_HEADS = frozenset({"award", "awards", "prize", "prizes", "medal", "cup", "trophy"})
AWARD_LINKS = frozenset({"for", "in", "of"})
# Words of club names: "Real Betis", "Sporting Lisbon", "VfB Stuttgart", "Bayer
# Leverkusen" is not one. Evidence of a team in a sports story only.
CLUB_WORDS = frozenset(
    """fc cf afc sc ac ssc sv vfb vfl tsg rb fk real atletico athletic sporting dynamo
    dinamo olympique rovers wanderers albion hotspur rangers borussia eintracht fortuna
    werder hertha deportivo hapoel maccabi beitar bnei slavia sparta spartak lokomotiv
    torpedo steaua partizan hajduk legia widzew gornik ruch racing rapid club""".split()  # noqa: SIM905 - word lists read better as text
)
# Last words of a club named after its town: "Manchester United", "Leeds United",
# "Manchester City", "Oldham Athletic", "Luton Town", "Nottingham Forest", "Plymouth Argyle";
# a team only when the whole name is not itself a place ("Oklahoma City", "Kansas City").
CLUB_TAILS = frozenset(
    {"united", "city", "town", "county", "athletic", "albion", "forest", "argyle"}
)
# Newspaper mastheads after a place: "Edmonton Sun", "Toronto Star", "Boston Globe", "Daily
# Mail" is no place ("Times", "Post", "Herald" are organisation words wherever they stand).
PRESS_TAILS = frozenset(
    """sun star globe mail guardian observer independent examiner inquirer enquirer courier
    express mirror standard dispatch bee register sentinel reporter recorder advertiser
    citizen""".split()  # noqa: SIM905 - word lists read better as text
)
