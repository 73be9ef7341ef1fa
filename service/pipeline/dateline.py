"""Datelines: the wire prefix of an article's first paragraph -> ``Dateline(place, agency, date)``.

Forms handled (the prefix is stripped from the paragraph):

- ``DAKAR (Reuters) - ``, ``LONDON (AP) — ``, ``BEIRUT/DUBAI (Reuters) - ``
- ``WASHINGTON, March 3 (Reuters) - ``, ``PARIS, Jan 5 (AFP) - ``, ``LONDON, Nov. 19 (Reuters) -``
- ``SAN FRANCISCO, Calif. (AP) — ``, ``PORTLAND, Maine (AP) — ``, ``TRENTON, N.J. (AP) — ``:
  the state or country after the place is not part of ``place``; ``read_dateline`` returns
  it beside the dateline (enrich places the dateline with it: Portland in Maine, not Oregon).
  Written in capitals, ``SPRINGFIELD, ILL. (AP) -- ``, it is returned in mixed case, "Ill."
- no agency: ``NEW YORK — ``, ``KYIV -- `` (an em dash or a double hyphen is required then)
- tokenized text, with spaces around its punctuation: ``MADRID , March 2 ( Reuters ) - ``
- a news agency (``entities.agencies``) in brackets makes a dateline of a place in any case,
  with or without a dash (``read_agency_dateline``): ``Paris (AFP) - ``, ``Berlin (dpa) - ``,
  ``New Delhi, Dec 4 (PTI) ``, ``Hong Kong (CNN Business) ``, and the agency alone,
  ``(CNN) ``. A capital must follow ("Dakar (Reuters) - mixed case" is no dateline), and
  only capitalised words may come before the brackets ("The European Union (EU) said" has
  no agency, "A report by the Associated Press (AP)" more than a place)

A dateline may also be a line of its own, with a date and nothing after it
(``standalone_dateline``): ``ROME 1996-10-20``, ``AL-AIN , United Arab Emirates 1996-12-06``,
``LONDON, Aug 30``, ``PARIS 30 August 1996``. Without text after it, the date is what tells
it from a heading in capitals ("ROME" alone is a heading).

The place is title-cased: "DAKAR" -> "Dakar", "NEW YORK" -> "New York".
"""

from __future__ import annotations

import re
from typing import Final

from service.events import Dateline
from service.pipeline.entities.agencies import AGENCIES

_MONTH: Final = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
# All-caps place of up to five words, "/"-joined cities allowed. Every repeat is bounded and
# the pieces cannot overlap (a word ends where a space or slash begins), so a 5 MB paragraph
# fails in a few steps. Matches "DAKAR", "NEW YORK", "ST. LOUIS", "BEIRUT/DUBAI".
# Not "Dakar" (mixed case), not "US" alone before a hyphen (see _NO_AGENCY_DASH).
_PLACE: Final = r"[A-Z][A-Z.'’\-]{1,20}(?:[ /][A-Z][A-Z.'’\-]{0,20}){0,4}"
# A region written in capitals: "NY"; "N.J.", "W.Va.", "D.C.".
_STATE: Final = r"[A-Z]{2}|[A-Z]\.(?:[A-Z][a-z]{0,2}\.){1,2}"
# A region in a dateline written all in capitals: "ILL.", "GA.", "MAINE", "COSTA RICA".
_CAPS_REGION: Final = r"[A-Z]{2,13}\.?(?: [A-Z]{2,13}\.?)?"
# After the place: its region, "Calif.", "Maine", "Costa Rica", "NY"; "N.J.", "W.Va.",
# "D.C."; or in capitals; then the date, "March 3", "Nov. 19".
_REGION_AND_DATE: Final = (
    r"(?: ?, (?P<region>[A-Z][a-z]{1,13}\.?(?: [A-Z][a-z]{0,13}\.?)?|"
    + _STATE
    + "|"
    + _CAPS_REGION
    + r"))?"
    r"(?: ?,? (?P<date>" + _MONTH + r" \d{1,2}))?"
)
_DATELINE: Final = re.compile(
    r"(?P<place>"
    + _PLACE
    + r")"
    + _REGION_AND_DATE
    + r"(?: \( ?(?P<agency>[A-Za-z][\w.&-]{0,30}(?: [\w.&-]{1,30}){0,3}?) ?\))?"
    r"\s?(?P<dash>--|[-–—])\s"
)
# A place in any case, up to four capitalised words ("Hong Kong", "New Delhi"; not "Rio de
# Janeiro", whose lower-case "de" the capitals' form reads: "RIO DE JANEIRO").
_ANY_CASE_PLACE: Final = r"[A-Z][\w.'’\-]{0,20}(?:[ /][A-Z][\w.'’\-]{0,20}){0,3}"
_AGENCY_DATELINE: Final = re.compile(
    r"(?:(?P<place>" + _ANY_CASE_PLACE + r")" + _REGION_AND_DATE + r" )?"
    r"\( ?(?P<agency>[A-Za-z][\w.&-]{0,30}(?: [\w.&-]{1,30}){0,2}?) ?\)"
    r"(?:\s?(?:--|[-–—:])\s|\s)?"
    r"(?=[\"“‘(]?[A-Z0-9])"
)
# A dateline on a line of its own: place, region (up to four capitalised words: "United
# Arab Emirates"), then a date that is required (ISO, "Aug 30", "August 30, 1996",
# "30 August 1996"), then an agency if any, and nothing else.
_STANDALONE: Final = re.compile(
    r"(?P<place>" + _PLACE + r")"
    r"(?: ?, (?P<region>[A-Z][a-z]{1,13}\.?(?: [A-Z][a-z]{0,13}\.?){0,3}|" + _STATE + r"))?"
    r" ?,? (?P<date>\d{4}-\d{2}-\d{2}|" + _MONTH + r" \d{1,2}(?: ?, \d{4})?"
    r"|\d{1,2} " + _MONTH + r"(?: \d{4})?)"
    r"(?: \( ?(?P<agency>[A-Za-z][\w.&-]{0,30}) ?\))?\s*"
)
# Capitals before a date that are page furniture, not a place: "UPDATED 1996-10-20",
# "BREAKING NEWS March 3".
_NOT_PLACES: Final = frozenset(
    """updated published posted modified date issued breaking news live update exclusive
    opinion analysis video photos watch""".split()  # noqa: SIM905 - a word list reads better as text
) | {"last updated", "breaking news"}
MAX_STANDALONE_CHARS: Final = 120
_KNOWN_AGENCIES: Final = {"reuters": "Reuters", "ap": "AP", "afp": "AFP", "bloomberg": "Bloomberg"}


def _title(place: str) -> str:
    """'NEW YORK' -> 'New York', 'BEIRUT/DUBAI' -> 'Beirut/Dubai', "ST. JOHN'S" -> "St. John's"."""
    words = re.split(r"([ /-])", place.lower())
    return "".join(w[:1].upper() + w[1:] for w in words)


def _region(written: str | None) -> str | None:
    """The region as its mixed-case form writes it: "ILL." -> "Ill.", "COSTA RICA" ->
    "Costa Rica" (the gazetteer knows the states' abbreviations so); "N.J." and "NY" stay."""
    if written is None or not written.isupper() or re.fullmatch(_STATE, written):
        return written
    return _title(written)


def standalone_dateline(line: str) -> tuple[Dateline, str | None] | None:
    """The dateline that a whole line is ("ROME 1996-10-20"), and its region, if it is one."""
    if len(line) > MAX_STANDALONE_CHARS or not line.lstrip()[:2].isupper():
        return None  # most lines: long, or not two capitals first
    match = _STANDALONE.fullmatch(line.strip())
    if match is None or match["place"].casefold() in _NOT_PLACES:
        return None
    agency = match["agency"]
    if agency:
        agency = _KNOWN_AGENCIES.get(agency.strip().lower(), agency.strip())
    place = _title(match["place"].strip())
    return Dateline(place=place, agency=agency, date=match["date"]), _region(match["region"])


def looks_like_dateline(line: str) -> bool:
    """Whether a whole line is a dateline (``standalone_dateline``)."""
    return standalone_dateline(line) is not None


def read_agency_dateline(paragraph: str) -> tuple[Dateline | None, str | None, str]:
    """``read_dateline`` for a named agency in brackets: the place in any case, or none,
    and no dash needed."""
    match = _AGENCY_DATELINE.match(paragraph, 0, 200)
    if match is None or match["agency"].strip().casefold() not in AGENCIES:
        return None, None, paragraph
    rest = paragraph[match.end() :].lstrip()
    if not rest:
        return None, None, paragraph
    written = match["place"]
    place = (_title(written) if written.isupper() else written) if written else None
    agency = _KNOWN_AGENCIES.get(match["agency"].strip().lower(), match["agency"].strip())
    return Dateline(place=place, agency=agency, date=match["date"]), _region(match["region"]), rest


def read_dateline(paragraph: str) -> tuple[Dateline | None, str | None, str]:
    """The dateline of a first paragraph, the region written after its place ("Maine",
    "Calif.", "Costa Rica") if any, and the paragraph without the dateline."""
    match = _DATELINE.match(paragraph, 0, 200)
    if not match:
        return read_agency_dateline(paragraph)
    agency = match["agency"]
    if agency is None and match["dash"] == "-":
        return None, None, paragraph  # "US - China talks resume" is not a dateline
    rest = paragraph[match.end() :].lstrip()
    if not rest:
        return None, None, paragraph
    place = _title(match["place"].strip())
    if agency:
        agency = _KNOWN_AGENCIES.get(agency.strip().lower(), agency.strip())
    return Dateline(place=place, agency=agency, date=match["date"]), _region(match["region"]), rest
