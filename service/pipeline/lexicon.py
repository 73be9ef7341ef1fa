"""Boilerplate lexicon: line patterns that name what a non-article line is.

Each entry is (category, pattern). Patterns are anchored to a whole line (``fullmatch`` on a
stripped, case-folded line) and short, so they never scan long text and never backtrack
badly: every one uses bounded repeats or literal alternatives.

To extend: add a line to the right table with an example in the comment; a test in
tests/unit/test_clean.py runs each example. Several European languages are covered where
the phrase is cheap to list; an unknown language simply falls back to the line features.
"""

from __future__ import annotations

import re
from typing import Final

from service.events import RemovalCategory

# Lines that mean "what follows is comments" (the body ends before them).
# Matches: "34 comments", "[ 167 comments ]", "Leave a Reply", "Top Rated Comments",
# "34 responses to “Headline”", "Commentaires (3)". Not: "PFT Most Commented", and not a bare
# "Comments" (a share-bar label as often as a section head: see COMMENT_HEAD_WEAK).
COMMENT_START: Final = re.compile(
    r"\[? ?\d{1,6} (?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties) ?\]?"
    r"|(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties) \(\d{1,6}\)"
    r"|(?:leave|post|add|write) a (?:reply|comment)(?: cancel reply)?"
    r"|(?:top rated|most recent|latest|show|view|load|see) (?:all )?(?:\d{1,6} )?comments"
    r"|\d{1,6} (?:responses|replies|thoughts|comments) (?:to|on) .{0,300}"
    r"|join the (?:conversation|discussion)|reader comments"
    r"|posted in .{1,200}\| ?\d{1,6} comments?"
)
# A bare section word: "Comments", "Discussion", "Kommentare". It opens the comment section
# only when a comment's own metadata line (COMMENT_META) follows within a few lines.
COMMENT_HEAD_WEAK: Final = re.compile(
    r"comments?|discussion|conversation|kommentare?|commentaires?|comentarios?|commenti|reacties"
)

# One comment's own metadata line: "thelastchargersfan says:", "Alex on September 17, 2018 at
# 6:34 am said:", "Rating: 36 Votes", "2 days ago at 07:52 am", "Reply", "Report".
# Not: "Maiga said in a briefing." (no trailing colon), and not "The minister said:" before a
# quoted paragraph (a bare "said:" needs the "on <date> at <time>" of comment software).
COMMENT_META: Final = re.compile(
    r"[\w.@'-]{1,30}(?: [\w.@'-]{1,30}){0,2} (?:says|wrote|writes):"
    r"|.{1,60} on .{1,40} at .{1,12} (?:said|says|wrote):"
    r"|rating: -?\d{1,6} votes?|\d{1,3} (?:seconds?|minutes?|hours?|days?|weeks?|months?)"
    r" ago(?: at .{1,12})?|reply|report|like|flag|permalink|upvote|downvote"
)

# Paywall and analytics metadata, "Key: value" short lines a tracker renders into the page.
# Matches "Article type: metered", "User Status:", "Campaign ID: 46", "Cxense type: free".
# Not: "Related: SpaceX's Starship and Super Heavy Mars Rocket in Pictures" (see RELATED_LINE)
# and not a sentence with a colon ("He said: we are ready to go.") because the value is short
# and the key is at most four words.
PAYWALL_METADATA: Final = re.compile(
    r"(?:[\w-]{1,20} ){0,3}(?:type|status|id|access status|access|tier|segment|paywall|meter"
    r"|metered|campaign)(?: \w{1,20})?: ?[\w .-]{0,30}"
    r"|(?:site|arena|pagetype|section|slug|sport|route): .{0,80}\|.{0,2000}"
)

# Calls to action. "Join our Telegram channel to get our Evening Alerts...", "Sign up for our
# newsletter", "Subscribe now", "Follow us on Twitter", "Click here to ...", "Download our app",
# "Abonnez-vous", "Jetzt abonnieren", "Suscríbete". Not: "The union asked members to join the
# strike." (must start the line with the imperative), and not "Like many others, the firm
# said the story was..." or "Follow-up talks are set for today." (only unambiguous openers).
CALL_TO_ACTION: Final = re.compile(
    r"(?:join our|join us|follow us|follow @|subscribe|sign up|signup|register|log ?in"
    r"|download|click|tap|continue reading|donate|get our|get the latest|share this"
    r"|abonnez|abonnieren|jetzt|suscr[ií]bete|iscriviti|inscrivez|s'abonner|abonneer)"
    r"\b.{0,160}"
    r"\b(?:newsletters?|channel|alerts?|updates|app|here|now|free|today|twitter|facebook"
    r"|instagram|telegram|whatsapp|linkedin|youtube|podcast|subscription|subscribe|account"
    r"|inbox|story|article|tips?|friend|journalism|below|abonnement|kostenlos|gratis|ici|hier)"
    r"\b.{0,80}"
    r"|(?:subscribe|sign in|log in|sign up|register|share|tweet|print|email|save|comment"
    r"|advertisement|advertising|sponsored|sponsored content|ad|ads|skip ad|close"
    r"|continue reading(?: below)?|read more|show more|load more|see more"
    r"|facebook|twitter|whatsapp|linkedin|pinterest"
    r"|reddit|messenger|copy link|copied|shares?|werbung|anzeige|publicit[ée]|publicidad"
    r"|pubblicit[àa]|partager|teilen|compartir|condividi|lire la suite|weiterlesen|leer m[áa]s"
    r"|plus|more on this story|follow|subscribe now|sign up now)[ .!:»>›]{0,3}"
    r"|this (?:article|content|story) is (?:for|only available to) (?:subscribers|members)"
    r".{0,80}|(?:you have|you've) (?:reached|read) .{0,80}(?:free )?(?:articles?|stories)"
    r".{0,80}|to continue reading.{0,120}|already a subscriber\?.{0,80}"
    r"|we use cookies.{0,400}|this (?:site|website) uses cookies.{0,400}"
    r"|(?:accept|reject|manage) (?:all )?(?:cookies|preferences|settings).{0,40}"
    r"|nous utilisons des cookies.{0,400}|wir verwenden cookies.{0,400}"
    r"|utilizamos cookies.{0,400}|utilizziamo (?:i )?cookie.{0,400}"
)

# Footer lines. "© 2019 Billboard. All Rights Reserved.", "Copyright 2021 The Associated
# Press.", "Privacy Policy", "Terms of Use", "Tous droits réservés". Not: "The copyright
# dispute went to court." nor "Copyright cases rose." (the mark, or "Copyright" + a year).
FOOTER: Final = re.compile(
    r"(?:©|\(c\)|copyright ©? ?(?:\d{4}|©)).{0,300}"
    r"|.{0,200}all rights reserved.{0,200}|.{0,120}(?:tous droits réservés|alle rechte"
    r" vorbehalten|todos los derechos reservados|tutti i diritti riservati).{0,120}"
    r"|(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms & conditions|cookie"
    r" policy|cookies|contact(?: us)?|about(?: us)?|sitemap|site map|careers|jobs|faq|help"
    r"|accessibility|advertise(?: with us)?|impressum|datenschutz|mentions légales"
    r"|aviso legal)[ .|]{0,3}"
    r"|this material may not be published, broadcast, rewritten,? or redistributed.{0,200}"
)

# Heads of related-link lists: "Next In World", "Most popular", "Others Also Read",
# "Read more", "Related articles", "You may also like", "More from BBC News", "Trending",
# "Lire aussi", "Mehr zum Thema". Not a sentence that happens to start with "More".
RELATED_HEAD: Final = re.compile(
    r"(?:next in|more (?:from|in|on|stories|news|articles|like this|top stories)|most"
    r" (?:popular|read|viewed|shared|commented|watched)|others also read|also read|read more"
    r"|read also|related(?: articles| stories| content| coverage| news| topics| links)?"
    r"|you (?:may|might) (?:also )?(?:like|be interested in)|recommended(?: for you| stories)?"
    r"|trending(?: now| stories)?|top stories|latest(?: news| stories)?|editor'?s picks"
    r"|popular(?: now| stories)?|what to read next|around the web|from our partners"
    r"|lire aussi|à lire aussi|sur le même sujet|mehr zum thema|das könnte sie auch"
    r" interessieren|lee también|noticias relacionadas|leggi anche|ver también)"
    r"\b[ \w:'’&-]{0,40}"
)

# One related link: "Related: SpaceX's Starship ...", "READ MORE: ...", "Also: See Black
# Friday coverage at CNET", "Lire aussi : ...". Not: "Also on Monday, the council voted."
# (the label must be followed by a colon).
RELATED_LINE: Final = re.compile(
    r"(?:related|read more|read also|also read|also|see also|more|watch|listen|lire aussi"
    r"|à lire aussi|mehr dazu|lesen sie auch|lee también|leggi anche)(?: \w{1,15})? ?: .{1,300}"
)

# Caption and photo furniture that is never body: "(Image credit: Blue Origin)",
# "Image 1 of 5", "Image copyright Getty Images", "Photo: AP", "Getty Images".
CAPTION_FURNITURE: Final = re.compile(
    r"\(?(?:image|photo|picture|video)(?: credit| copyright| caption| source)?: ?.{1,200}"
    r"|(?:image|photo|slide|picture) \d{1,3} of \d{1,3}|(?:image|media) (?:copyright|caption)"
    r" .{1,200}|getty images|afp(?:/getty images)?|reuters|ap photo|shutterstock"
    r"|(?:image|photo|media) (?:caption|copyright)"
)

# Site navigation labels: "Home", "Menu", "Search", "Next Post", "Back to top", "Startseite",
# "Accueil", "Inicio". Not a sentence (whole-line match of the label only).
NAVIGATION: Final = re.compile(
    r"(?:home|homepage|menu|main menu|search|skip to (?:main )?content|back to top|top|more"
    r"|next|previous|next post|previous post|next article|previous article|sections|topics"
    r"|startseite|accueil|inicio|navigation|navigate|go|all sections|edition)[ .»>›]{0,3}"
)

_TABLES: Final[tuple[tuple[RemovalCategory, re.Pattern[str]], ...]] = (
    ("navigation", NAVIGATION),
    ("paywall_metadata", PAYWALL_METADATA),
    ("footer", FOOTER),
    ("related_headlines", RELATED_HEAD),
    ("related_headlines", RELATED_LINE),
    ("caption", CAPTION_FURNITURE),
    ("comments", COMMENT_META),
    ("call_to_action", CALL_TO_ACTION),
)

# All tables in one alternation, tried in table order: one regex call per line instead of
# one per table. Group "t<i>" is table i.
_ALL: Final = re.compile(
    "|".join(f"(?P<t{i}>{pattern.pattern})" for i, (_, pattern) in enumerate(_TABLES))
)

# Lines longer than this are prose for the lexicon's purposes: no pattern is tried on them,
# which bounds the work per line whatever the input.
MAX_LEXICON_CHARS: Final = 500


def lexicon_category(line: str) -> RemovalCategory | None:
    """The boilerplate category a whole line matches, or None.

    >>> lexicon_category("Campaign ID: 46")
    'paywall_metadata'
    >>> lexicon_category("Mali has the right to seek military support.") is None
    True
    """
    if len(line) > MAX_LEXICON_CHARS:
        return None
    match = _ALL.fullmatch(line.strip().casefold())
    if match is None or match.lastgroup is None:
        return None
    return _TABLES[int(match.lastgroup[1:])][0]


def is_comment_start(line: str, following: list[str]) -> bool:
    """Whether a line opens a comment section ("34 Comments", "Leave a Reply").

    ``following`` are the next few non-blank lines; a bare "Comments" needs one of them to
    be a comment's metadata ("Alex on May 2, 2018 at 6:34 am said:").
    """
    if len(line) > MAX_LEXICON_CHARS:
        return False
    folded = line.strip().casefold()
    if COMMENT_START.fullmatch(folded):
        return True
    return COMMENT_HEAD_WEAK.fullmatch(folded) is not None and any(
        COMMENT_META.fullmatch(n.strip().casefold()) for n in following if len(n) <= 200
    )


def is_related_head(line: str) -> bool:
    """Whether a line heads a list of related links ("Most popular", "Next In World")."""
    return len(line) <= 60 and RELATED_HEAD.fullmatch(line.strip().casefold()) is not None
