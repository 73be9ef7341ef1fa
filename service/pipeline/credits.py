"""Credits: wire credit lines and top bylines -> ``Credit(name, role, place)``.

- Credit line: ``(Reporting by Bate Felix; Additional reporting by John Irish in Paris;
  Writing by Alessandra Prentice; Editing by Edmund Blair)``; several names joined with
  commas or "and" become one credit each.
- AP tail: ``Associated Press writer Jane Doe in Paris contributed to this report.``
- Byline: ``By Jane Doe and John Roe`` (role ``byline``), also ``By JANE DOE, Associated Press``.
"""

from __future__ import annotations

import re
from typing import Final

from service.events import Credit

# One part of a wire credit line, "<role> by <names>": "Reporting by Bate Felix",
# "Additional reporting by John Irish in Paris". Not "Photo by Jane Roe/AFP" (the role must be
# a newsroom job: see _ROLES). Applied to one ";"-separated part at a time, never to the
# whole line: a single pattern for "(part; part; ...)" with an optional ";" let the parts
# split a parenthesised sentence with many "by"s in exponentially many ways.
_CREDIT_PART: Final = re.compile(r"(?P<role>[A-Za-z][A-Za-z ]{0,40}?) by (?P<names>[^;()]{2,300})")
# A credit line has at most this many parts, each at most a 40-letter role, " by ", 300
# characters of names and a separator; a longer line is prose, whatever it holds.
MAX_CREDIT_PARTS: Final = 8
MAX_CREDIT_LINE_CHARS: Final = MAX_CREDIT_PARTS * 360
_ROLES: Final = (
    "reporting", "additional reporting", "writing", "editing", "compiled", "compiling",
    "graphics", "production", "research", "translation", "fact-checking", "photography",
    "video", "reporting and writing", "writing and reporting",
)  # fmt: skip
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


def _credit_parts(line: str) -> list[re.Match[str]] | None:
    """The parts of "(Reporting by A; Editing by B)" (a final "." allowed), else None."""
    text = line.removesuffix(".")
    if not (text.startswith("(") and text.endswith(")")) or len(text) > MAX_CREDIT_LINE_CHARS:
        return None
    segments = [segment.lstrip() for segment in text[1:-1].split(";")]
    if len(segments) > 1 and not segments[-1].strip():
        segments.pop()  # "(Reporting by A;)"
    if len(segments) > MAX_CREDIT_PARTS:
        return None
    parts = [_CREDIT_PART.fullmatch(segment) for segment in segments]
    return [part for part in parts if part is not None] if all(parts) else None


def parse_credit_line(line: str) -> list[Credit] | None:
    """Credits of a wire credit line or AP contributor line, or None if it is neither."""
    parts = _credit_parts(line.strip())
    if parts is not None:
        credits: list[Credit] = []
        for part in parts:
            if not part["names"].strip():
                continue  # "(Reporting by A; Editing by  ;)": nobody to credit
            role = part["role"].strip().lower()
            if role not in _ROLES:
                return None
            credits.extend(Credit(name=n, role=role, place=p) for n, p in _names(part["names"]))
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
    return line[:1] in "(A" and parse_credit_line(line) is not None


def looks_like_byline(line: str) -> bool:
    return line[:2] in ("By", "by") and parse_byline(line) is not None
