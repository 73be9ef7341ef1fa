"""charset: a page's bytes -> text, decoded the way a browser would decode them.

Where the charset comes from, first answer wins:

1. A byte order mark (UTF-8, UTF-16LE, UTF-16BE). It is evidence in the bytes themselves,
   so, as in the WHATWG encoding sniffing algorithm, it outranks every label.
2. The labels the page carries, in order: the ``charset`` parameter of the transport's
   content type (the record's header, or the envelope's ``charset``), then, for HTML, the
   page's own ``<meta charset>`` / ``<meta http-equiv="Content-Type">`` or its XML
   declaration. A label is mapped as WHATWG maps it (``latin-1``, ``iso-8859-1`` and
   ``ascii`` mean windows-1252, ``gb2312`` means GBK, ...). A label whose codec cannot
   decode the bytes is wrong about them and is passed over; bytes that are valid UTF-8 with
   multi-byte sequences are UTF-8 whatever legacy label a template hard-codes.
3. No usable label: valid UTF-8 is UTF-8, and so is UTF-8 with a few damaged sequences (a
   truncated page, one stray byte; they become U+FFFD). Otherwise charset-normalizer detects
   the charset.

Only bytes that no charset makes sense of are left: ``decode_page`` returns None and the
caller rejects them as ``undecodable``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Final

import charset_normalizer

# WHATWG Encoding Standard labels -> Python codecs (https://encoding.spec.whatwg.org/#names-
# and-labels). Only the encodings a browser decodes; the "replacement" encodings (ISO-2022-KR,
# HZ-GB-2312, ...) are refused by browsers and are left out, so such a label is passed over.
_WHATWG: Final[dict[str, tuple[str, ...]]] = {
    "utf-8": ("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8",
              "x-unicode20utf8"),
    "cp1252": ("ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819",
               "iso-8859-1", "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1",
               "iso_8859-1:1987", "l1", "latin1", "latin-1", "us-ascii", "windows-1252",
               "x-cp1252"),
    "iso8859_2": ("csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592",
                  "iso_8859-2", "iso_8859-2:1987", "l2", "latin2"),
    "iso8859_3": ("csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593",
                  "iso_8859-3", "iso_8859-3:1988", "l3", "latin3"),
    "iso8859_4": ("csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594",
                  "iso_8859-4", "iso_8859-4:1988", "l4", "latin4"),
    "iso8859_5": ("csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5",
                  "iso88595", "iso_8859-5", "iso_8859-5:1988"),
    "iso8859_6": ("arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic",
                  "ecma-114", "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127",
                  "iso8859-6", "iso88596", "iso_8859-6", "iso_8859-6:1987"),
    "iso8859_7": ("csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7",
                  "iso-ir-126", "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987",
                  "sun_eu_greek"),
    "iso8859_8": ("csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e",
                  "iso-ir-138", "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988",
                  "visual", "csiso88598i", "iso-8859-8-i", "logical"),
    "iso8859_10": ("csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910",
                   "l6", "latin6"),
    "iso8859_13": ("iso-8859-13", "iso8859-13", "iso885913"),
    "iso8859_14": ("iso-8859-14", "iso8859-14", "iso885914"),
    "iso8859_15": ("csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15",
                   "l9"),
    "iso8859_16": ("iso-8859-16",),
    "koi8_r": ("cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"),
    "koi8_u": ("koi8-ru", "koi8-u"),
    "mac_roman": ("csmacintosh", "mac", "macintosh", "x-mac-roman"),
    "mac_cyrillic": ("x-mac-cyrillic", "x-mac-ukrainian"),
    "cp866": ("866", "cp866", "csibm866", "ibm866"),
    "cp874": ("dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"),
    "cp1250": ("cp1250", "windows-1250", "x-cp1250"),
    "cp1251": ("cp1251", "windows-1251", "x-cp1251"),
    "cp1253": ("cp1253", "windows-1253", "x-cp1253"),
    "cp1254": ("cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599",
               "iso_8859-9", "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254"),
    "cp1255": ("cp1255", "windows-1255", "x-cp1255"),
    "cp1256": ("cp1256", "windows-1256", "x-cp1256"),
    "cp1257": ("cp1257", "windows-1257", "x-cp1257"),
    "cp1258": ("cp1258", "windows-1258", "x-cp1258"),
    # WHATWG decodes GBK (and so GB2312) with its gb18030 decoder, a superset.
    "gb18030": ("chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80",
                "gbk", "iso-ir-58", "x-gbk", "gb18030"),
    "big5hkscs": ("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"),
    "euc_jp": ("cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"),
    "iso2022_jp": ("csiso2022jp", "iso-2022-jp"),
    # WHATWG's Shift_JIS is Microsoft's variant (windows-31j), which Python calls cp932.
    "cp932": ("csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis",
              "windows-31j", "x-sjis"),
    "cp949": ("cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
              "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949"),
    "utf-16-be": ("unicodefffe", "utf-16be"),
    "utf-16-le": ("csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16",
                  "utf-16le"),
}  # fmt: skip
_LABELS: Final[dict[str, str]] = {
    label: codec for codec, labels in _WHATWG.items() for label in labels
}

_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# How far into an HTML page its charset declaration is looked for. WHATWG's prescan reads
# 1,024 bytes; real pages put a kilobyte of scripts and comments before their <meta>, and
# browsers then re-decode when they meet it later, so the whole usual <head> is read.
DECLARATION_BYTES: Final = 16_384
# A <meta> tag's charset, in either form. Matches '<meta charset="Shift_JIS">',
# "<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>" and
# '<META CHARSET=gb2312>'; not '<meta name="charset-info" content="x">' (no "charset=") nor a
# "charset=" outside a <meta> tag. Bounded repeats: linear in the prefix.
_META: Final = re.compile(
    rb"<meta\b[^>]{0,500}?\bcharset\s{0,5}=\s{0,5}[\"']?\s{0,5}([a-z0-9_.:-]{1,40})", re.I
)
# An XML declaration's encoding: '<?xml version="1.0" encoding="windows-1251"?>'; not an
# "encoding=" attribute anywhere else.
_XML_DECLARATION: Final = re.compile(
    rb"\s{0,100}<\?xml\b[^>]{0,200}?\bencoding\s{0,5}=\s{0,5}[\"']([a-z0-9_.:-]{1,40})", re.I
)
# A content type's charset parameter: "text/html; charset=Shift_JIS" -> "Shift_JIS".
_CHARSET_PARAM: Final = re.compile(r";\s*charset\s*=\s*[\"']?([^\s;\"']+)", re.I)
# Detection reads this much of the page: enough for charset-normalizer to be sure, bounded.
DETECTION_BYTES: Final = 65_536
# UTF-8 whose invalid bytes are at most this share of the whole is damaged UTF-8, not
# another charset: a page in a legacy charset has an invalid byte per accented letter.
DAMAGED_UTF8_SHARE: Final = 0.001
# Of charset-normalizer's equally good answers, the one a browser would pick: the Western
# default first (cp1250 decodes most French or German bytes too, but to "pręts", not "prêts").
_PREFERRED: Final = ("utf_8", "cp1252", "cp1251", "gb18030", "cp932", "cp949", "big5")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    charset: str  # the Python codec used
    source: str  # "bom", "declared", "page", "utf-8", "damaged utf-8" or "detected"


def charset_param(content_type: str | None) -> str | None:
    """The charset parameter of a content type: 'text/html; charset=EUC-JP' -> 'EUC-JP'."""
    if not content_type:
        return None
    match = _CHARSET_PARAM.search(content_type)
    return match[1] if match else None


def codec_for(label: str | None) -> str | None:
    """The Python codec of a charset label, as WHATWG maps it; None for an unknown label.

    >>> codec_for(" Latin-1 "), codec_for("GB2312"), codec_for("x-sjis"), codec_for("nope")
    ('cp1252', 'gb18030', 'cp932', None)
    """
    return _LABELS.get(label.strip().lower()) if label else None


def declared_in_page(data: bytes) -> str | None:
    """The charset label an HTML page declares for itself (``<meta>`` or XML declaration)."""
    head = data[:DECLARATION_BYTES]
    match = _META.search(head) or _XML_DECLARATION.match(head)
    if match is None:
        return None
    label = match[1].decode("ascii", "replace")
    # A page that could be read as ASCII to find this label is not UTF-16 (WHATWG's rule).
    return "utf-8" if label.lower().startswith(("utf-16", "utf16")) else label


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _is_utf8_with_multibyte(data: bytes) -> bool:
    return not data.isascii() and _strict(data, "utf-8") is not None


def _detect(data: bytes) -> str | None:
    """charset-normalizer's best codec for the bytes, ties broken towards _PREFERRED."""
    matches = list(charset_normalizer.from_bytes(data[:DETECTION_BYTES]))
    if not matches:
        return None
    best = min(m.chaos for m in matches)
    coherent = max(m.coherence for m in matches if m.chaos <= best + 0.01)
    tied = [m.encoding for m in matches if m.chaos <= best + 0.01 and m.coherence >= coherent]
    for codec in _PREFERRED:
        if codec in tied:
            return codec
    return tied[0] if tied else matches[0].encoding


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a few invalid bytes: more good multi-byte characters than bad bytes, and
    the bad ones rare. A page in a legacy charset fails both: an invalid byte per accent."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    return text if bad <= DAMAGED_UTF8_SHARE * len(data) and good > bad else None


def _from_labels(data: bytes, labels: tuple[tuple[str, str | None], ...]) -> Decoded | None:
    """The first label whose codec decodes the bytes (valid UTF-8 outranks a legacy label)."""
    for source, label in labels:
        codec = codec_for(label)
        if codec is None:
            continue
        if codec != "utf-8" and not codec.startswith("utf-16") and _is_utf8_with_multibyte(data):
            return Decoded(data.decode("utf-8"), "utf-8", "utf-8")  # a template's stale label
        text = _strict(data, codec)
        if text is not None:
            return Decoded(text, codec, source)
    return None


def _undeclared(data: bytes) -> Decoded | None:
    """Bytes no label decodes: UTF-8, damaged UTF-8, else the detected charset."""
    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", "utf-8")
    text = _damaged_utf8(data)
    if text is not None:
        return Decoded(text, "utf-8", "damaged utf-8")
    detected = _detect(data)
    text = _strict(data, detected) if detected else None
    return Decoded(text, detected, "detected") if detected and text is not None else None


def decode_page(data: bytes, declared: str | None, *, html: bool) -> Decoded | None:
    """Text of a page's bytes. ``declared`` is the transport's charset label (a content-type
    parameter); an HTML page's own declaration comes next. None when no charset makes sense
    of the bytes."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom) :].decode(codec, "replace"), codec, "bom")
    labels = (("declared", declared), ("page", declared_in_page(data) if html else None))
    return _from_labels(data, labels) or _undeclared(data)
