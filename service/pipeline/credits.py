"""Credits: wire credit lines and top bylines -> ``Credit(name, role, place)``.

- Credit line: ``(Reporting by Bate Felix; Additional reporting by John Irish in Paris;
  Writing by Alessandra Prentice; Editing by Edmund Blair)``; several names joined with
  commas or "and" become one credit each. Also in other hands: "Reporting By", parts split by
  "," or "." or nothing, and without parentheses when every part names people.
- AP tail: ``Associated Press writer Jane Doe in Paris contributed to this report.``
- Byline: ``By Jane Doe and John Roe`` (role ``byline``), also ``By JANE DOE, Associated Press``.
"""

from __future__ import annotations

import re
from typing import Final

from service.events import Credit

# A credit line has at most this many parts, each at most a 300-character run of names; a
# longer line is prose, whatever it holds.
MAX_CREDIT_PARTS: Final = 8
MAX_NAMES_CHARS: Final = 300
MAX_CREDIT_LINE_CHARS: Final = MAX_CREDIT_PARTS * 360
_ROLES: Final = (
    "reporting", "additional reporting", "writing", "editing", "compiled", "compiling",
    "graphics", "production", "research", "translation", "fact-checking", "photography",
    "video", "reporting and writing", "writing and reporting",
)  # fmt: skip
# A part's role and its "by" in any case, the longest role first ("Additional reporting by"
# is one role, "Reporting and writing by" another). Not "Photo by Jane Roe/AFP": the role
# must be a newsroom job. One pass over the line finds every part; the names of a part run
# to the next role, so no pattern has to guess where parts split.
_ROLE_BY: Final = re.compile(
    r"\b(?P<role>" + "|".join(sorted(map(re.escape, _ROLES), key=len, reverse=True)) + r")"
    r"\s+by\s+",
    re.IGNORECASE,
)
# A person's name in a credit line without parentheses: capitalised words and the particles
# of surnames ("Ana de la Cruz", "Jan van der Berg").
_NAME_WORD: Final = re.compile(
    r"[A-Z][\w'’.-]*|de|da|del|dos|das|van|von|der|den|bin|al|el|la|le|di|du"
)
MAX_NAME_WORDS: Final = 5
# Lines that can open a credit line: a parenthesis, the AP frame, or a role.
_CREDIT_STARTS: Final = frozenset("(A" + "".join(r[0] + r[0].upper() for r in _ROLES))
# "Associated Press writer Jane Doe in Paris contributed to this report."
# Not "Jane Doe contributed $5 million" (the AP frame words are required).
_AP_CONTRIB: Final = re.compile(
    r"^(?:The )?Associated Press (?:writers?|reporters?|correspondents?) (?P<names>[^.]{2,300}?)"
    r" contributed(?: to this (?:report|story))?\.$"
)
# "By Jane Doe and John Roe", "By JANE DOE, Associated Press", "by Bryan DeArdo".
# Not "By Monday the talks had stalled." (too long, ends as a sentence, or a weekday/month).
_BYLINE: Final = re.compile(
    r"^[Bb]y:?\s+(?P<names>[A-Z][\w'’.-]*(?:(?:,? and |, | & | )[A-Z][\w'’.-]*){0,11})"
    r"(?P<rest>\s*(?:[,|•·–—-].{0,120}|\s\d.{0,80})?)$"
)
_NOT_NAMES: Final = frozenset(
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "The",
        "This",
        "That",
        "Then",
        "Now",
        "Reuters",
        "AP",
        "AFP",
    ]
)
# A degree or title after a byline's name: "MS", "RDN", "PhD", "M.D.", "Jr.".
_CREDENTIAL: Final = re.compile(r"[A-Z]{2,5}|Ph\.?D\.?|M\.D\.|Jr\.?|Sr\.?")
_NAME_SPLIT: Final = re.compile(r",\s*and\s+|\s+and\s+|\s*,\s*|\s+&\s+")
# " in Paris" at the end of a name: "John Irish in Paris". Not "Erin" (a space must precede).
_IN_PLACE: Final = re.compile(r"^(?P<name>.+?) in (?P<place>[A-Z][\w .'’-]{1,40})$")
_ORG_WORDS: Final = frozenset(
    [
        "Associated",
        "Press",
        "Reuters",
        "AFP",
        "Agence",
        "France-Presse",
        "Bloomberg",
        "Staff",
        "Writer",
        "Reporter",
        "Correspondent",
        "Editor",
        "CNN",
        "BBC",
        "News",
    ]
)


def _names(raw: str) -> list[tuple[str, str | None]]:
    """'A, B and C in Paris' -> [(A, None), (B, None), (C, Paris)]."""
    out: list[tuple[str, str | None]] = []
    for raw_part in _NAME_SPLIT.split(raw.strip().rstrip(".")):
        part = raw_part.strip()
        if not part:
            continue
        match = _IN_PLACE.match(part)
        name, place = (match["name"], match["place"]) if match else (part, None)
        out.append((name.strip(), place.strip() if place else None))
    return out


def _credit_parts(line: str) -> list[tuple[str, str]] | None:
    """(role, names) of each part of "(Reporting by A; Editing by B)", as newsrooms write it:
    any case, parts split by ";", ",", "." or nothing, a final "." allowed, and parentheses or
    not (without them, every part must name people: "Reporting by the BBC showed ..." is
    prose). None when the line is no credit line."""
    text = line.strip()
    bracketed = text.startswith("(") and text.rstrip(".").endswith(")")
    if bracketed:
        text = text.rstrip(".")[1:-1].strip()
    # A line that does not open with a role is no credit line: one anchored try, not a scan.
    if len(text) > MAX_CREDIT_LINE_CHARS or not _ROLE_BY.match(text):
        return None
    found = list(_ROLE_BY.finditer(text))
    if len(found) > MAX_CREDIT_PARTS:
        return None
    parts: list[tuple[str, str]] = []
    for k, match in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        names = text[match.end() : end].strip(" ;,.")
        if len(names) > MAX_NAMES_CHARS or any(mark in names for mark in "();"):
            return None
        if not bracketed and not _people(names):
            return None
        parts.append((match["role"].lower(), names))
    return parts


def _people(names: str) -> bool:
    """Whether a credit's names are people's names: 'Ann Lee and Bo Chan in Paris'."""
    found = _names(names)
    return bool(found) and all(
        1 <= len(words := name.split()) <= MAX_NAME_WORDS
        and all(_NAME_WORD.fullmatch(word) for word in words)
        for name, _ in found
    )


def parse_credit_line(line: str) -> list[Credit] | None:
    """Credits of a wire credit line or AP contributor line, or None if it is neither."""
    parts = _credit_parts(line)
    if parts is not None:
        credits: list[Credit] = []
        for role, names in parts:
            # "(Reporting by A; Editing by  ;)": nobody to credit for the empty part
            credits.extend(Credit(name=n, role=role, place=p) for n, p in _names(names))
        return credits or None
    ap = _AP_CONTRIB.match(line.strip())
    if ap:
        return [Credit(name=n, role="contributing", place=p) for n, p in _names(ap["names"])]
    return None


def _tidy_name(name: str) -> str:
    return name.title() if name.isupper() and len(name) > 3 else name


def parse_byline(line: str) -> list[Credit] | None:
    """Byline credits ("By Jane Doe and John Roe"), or None when the line is no byline."""
    text = line.strip()
    if len(text) > 200:
        return None
    match = _BYLINE.match(text)
    if not match:
        return None
    names = []
    for name, _ in _names(match["names"]):
        words = name.split()
        if len(words) == 1 and _CREDENTIAL.fullmatch(words[0]):
            continue  # "By Ilana Muhlstein, MS, RDN": her degrees
        if not words or words[0] in _NOT_NAMES:
            return None
        while words and words[-1] in _ORG_WORDS:
            words.pop()  # "Jonathan Garber Reuters" -> the person only
        if 1 <= len(words) <= 4:
            names.append(_tidy_name(" ".join(words)))
    if not names:
        return None
    return [Credit(name=n, role="byline") for n in names]


def looks_like_credit_line(line: str) -> bool:
    return line[:1] in _CREDIT_STARTS and parse_credit_line(line) is not None


def looks_like_byline(line: str) -> bool:
    return line[:2] in ("By", "by") and parse_byline(line) is not None
