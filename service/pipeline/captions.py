"""Photo captions: recognise a caption line and split it into text, kind, agency, photographer.

Wire captions end with a photo credit. The forms handled:

- Reuters: ``FILE PHOTO: <text> REUTERS/Amadou Keita/File Photo``
- AP: ``<text> (AP Photo/Alan Diaz, File)``; ``FILE - <text> (AP Photo/Jane Roe)``
- AFP / Getty: ``<text> (Photo by Jane Roe/AFP via Getty Images)``
- labelled credits: ``<text> (Image: GETTY)``, ``<text> Photograph: Jane Roe/AFP``,
  ``<text> Credit: ESA`` (science and tabloid sites: "(Credit: Getty Images)")
- BBC-style pages: ``Image caption <text>`` (the credit sits on its own line and is furniture)
"""

from __future__ import annotations

import re
from typing import Final

from service.events import Caption

# Credit lines are matched on the caption's tail only, so a long line costs nothing extra.
_TAIL_CHARS: Final = 160
# A caption is a sentence or two and the credit: the longest wire captions run to about
# 600 characters. A longer line is prose that ends on a picture's credit (a story whose line
# breaks were lost on the way, sent as one line), never a caption.
MAX_LINE_CHARS: Final = 1000

# "REUTERS/Amadou Keita/File Photo", "REUTERS/Amadou Keita", "EPA-EFE/Jane Roe".
# Not "US/China talks" (the agency must be an all-caps wire name at the end of the line).
_WIRES: Final = ("REUTERS", "AFP", "AP", "EPA", "EPA-EFE", "XINHUA", "ANADOLU", "KYODO",
                 "YONHAP", "ANSA", "DPA")  # fmt: skip
_SLASH_CREDIT: Final = re.compile(
    rf"\s(?P<agency>{'|'.join(sorted(_WIRES, key=len, reverse=True))})"
    r"/(?P<photographer>[^/()]{2,60}?)(?P<file>/File Photo)?\s*$",
    re.IGNORECASE,
)
# "(AP Photo/Alan Diaz, File)", "(Reuters Photo/Jane Roe)". Not "(AP)" alone.
_PAREN_CREDIT: Final = re.compile(
    r"\s\((?P<agency>AP|AFP|Reuters|EPA|Getty Images|UPI)(?: Photo)?/"
    r"(?P<photographer>[^,()/]{2,60})(?P<file>, File)?\)\s*$"
)
# "(Photo by Jane Roe/AFP via Getty Images)", "(Photo by Jane Roe/Getty Images)".
_BY_CREDIT: Final = re.compile(
    r"\s\((?:Photo|Picture|Image) by (?P<photographer>[^/()]{2,60})/"
    r"(?P<agency>[A-Z][\w .-]{1,30}?)(?: via Getty Images)?\)\s*$"
)
# "(Image: GETTY )", "(Photo: Getty Images)", "Photograph: Jane Roe/AFP via Getty Images",
# "(Picture credit: Reuters)", "Credit: ESA", "(Credit: Getty Images)", "Image: Nick
# Moreau." (a full stop after the credit is not the credit's). Not "(Photo: )" (empty) and
# not a sentence about a photo (the label and its colon must follow a space and end the
# line). A wire's name before the slash is the agency, as in its own credits: "Photo:
# Reuters/Andrew Biraj" (``parse_caption``).
_LABEL_CREDIT: Final = re.compile(
    r"\s\(?(?:Image|Photo|Picture|Photograph|Credit)(?: credit)?: ?"
    r"(?:(?P<photographer>[^()/:]{2,60})/)?(?P<agency>[^()/:]{2,60}?)\s?\)?\.?\s*$"
)
# Caption kinds written before the text: "FILE PHOTO: ", "FILE - ", "PHOTO: ".
# Not "FILE-SHARING services ..." (a colon, or a spaced dash, must follow).
_PREFIX: Final = re.compile(r"^(?P<kind>FILE PHOTO|FILE|PHOTO|IMAGE)(?::\s|\s[-–—]\s)")
# BBC-style: "Image caption Protesters gathered outside ..." (text follows the label).
_LABELLED: Final = re.compile(r"^(?:Image|Media|Photo) caption:?\s+(?P<text>\S.{0,600})$")

# A gallery's caption may end with the link that collapses it: "... (AP Photo/Jane Roe) less".
_COLLAPSER: Final = ") less"

_AGENCY_NAMES: Final = {"REUTERS": "Reuters", "AP": "AP", "AFP": "AFP", "XINHUA": "Xinhua"}


def _agency(raw: str) -> str:
    return _AGENCY_NAMES.get(
        raw.upper(), raw if not raw.isupper() or len(raw) <= 4 else raw.title()
    )


def parse_caption(line: str) -> Caption | None:
    """The caption a line holds, or None when it is not a caption."""
    if len(line) > MAX_LINE_CHARS:
        return None
    if line.endswith(_COLLAPSER):
        line = line[: -len(" less")]
    labelled = _LABELLED.match(line)
    if labelled:
        return Caption(text=labelled["text"].strip(), kind="photo")
    head = line[:-_TAIL_CHARS] if len(line) > _TAIL_CHARS else ""
    tail = line[len(head) :]
    if "/" not in tail and ":" not in tail:
        return None  # every credit form holds one: most lines skip the four patterns
    credit = (
        _SLASH_CREDIT.search(tail)
        or _PAREN_CREDIT.search(tail)
        or _BY_CREDIT.search(tail)
        or _LABEL_CREDIT.search(tail)
    )
    prefix = _PREFIX.match(line)
    if credit is None:
        return None
    text = (head + tail[: credit.start()]).strip()
    kind = "photo"
    if prefix:
        text = text[prefix.end() :].strip()
        kind = "file photo" if prefix["kind"] in ("FILE PHOTO", "FILE") else "photo"
    if credit["file"] if "file" in credit.groupdict() else False:
        kind = "file photo"
    if not text:
        return None
    agency, photographer = credit["agency"].strip(), (credit["photographer"] or "").strip()
    if photographer.upper() in _WIRES and agency.upper() not in _WIRES:
        agency, photographer = photographer, agency
    return Caption(text=text, kind=kind, agency=_agency(agency), photographer=photographer or None)


def looks_like_caption(line: str) -> bool:
    """Cheap test used by clean: would ``parse_caption`` accept this line?

    Every caption form has a photo credit with a slash or a colon ("Photo: AP"), or a
    "... caption" label; a line with none is rejected without running a pattern.
    """
    tail = line[-_TAIL_CHARS:]
    if "/" not in tail and ": " not in tail and "caption" not in line[:20]:
        return False
    return parse_caption(line) is not None
