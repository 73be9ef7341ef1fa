"""charset: page bytes decoded as a browser decodes them, whatever charset they are in."""

from __future__ import annotations

import codecs
import random

import pytest

from service.pipeline.charset import charset_param, codec_for, declared_in_page, decode_page


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("latin-1", "cp1252"),
        ("ISO-8859-1", "cp1252"),
        ("us-ascii", "cp1252"),
        ("iso-8859-9", "cp1254"),
        ("GB2312", "gb18030"),
        ("Shift_JIS", "cp932"),
        ("euc-kr", "cp949"),
        ("utf8", "utf-8"),
        ("windows-1251", "cp1251"),
    ],
)
def test_labels_map_as_whatwg_maps_them(label: str, codec: str) -> None:
    """A label means what it means to a browser: latin-1 is windows-1252, GB2312 is GBK."""
    assert codec_for(label) == codec


def test_unknown_and_replacement_labels_are_passed_over() -> None:
    """A label no browser decodes with names no codec: the next source is tried."""
    assert codec_for("x-klingon") is None
    assert codec_for("iso-2022-kr") is None


def test_charset_parameter_of_a_content_type() -> None:
    """'text/html; charset="EUC-JP"' carries EUC-JP; a bare media type carries nothing."""
    assert charset_param('text/html; charset="EUC-JP"') == "EUC-JP"
    assert charset_param("text/plain;charset=utf-8") == "utf-8"
    assert charset_param("text/html") is None


@pytest.mark.parametrize(
    ("head", "label"),
    [
        (b'<html><head><meta charset="Shift_JIS">', "Shift_JIS"),
        (b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=iso-8859-2'>", "iso-8859-2"),
        (b'<?xml version="1.0" encoding="windows-1251"?><html>', "windows-1251"),
        (b'<meta charset="utf-16le">', "utf-8"),
        (b'<meta name="keywords" content="charset, encoding"><p>charset=koi8-r</p>', None),
    ],
)  # fmt: skip
def test_a_page_declares_its_own_charset(head: bytes, label: str | None) -> None:
    """<meta charset>, http-equiv and XML declarations are read; 'charset=' in text is not."""
    assert declared_in_page(head + b"<body>x</body>") == label


def test_bom_outranks_every_label() -> None:
    """A byte order mark is evidence in the bytes: it wins over a wrong header label."""
    data = codecs.BOM_UTF16_LE + "Zürich, 3 mai".encode("utf-16-le")
    decoded = decode_page(data, "iso-8859-1", html=False)
    assert decoded is not None
    assert decoded.text == "Zürich, 3 mai"
    assert decoded.source == "bom"


def test_latin1_label_decodes_windows_1252_punctuation() -> None:
    """Bytes 0x93/0x94/0x96 are curly quotes and a dash under the latin-1 label, as in a browser."""
    decoded = decode_page(b"\x93Oui\x94 \x96 a-t-il dit", "latin-1", html=False)
    assert decoded is not None
    assert decoded.text == "“Oui” – a-t-il dit"


def test_a_wrong_label_is_passed_over() -> None:
    """A header that says UTF-8 over Shift_JIS bytes loses to the page's own meta charset."""
    page = '<meta charset="shift_jis"><p>東京都は二十日、発表した。</p>'.encode("cp932")
    decoded = decode_page(page, "utf-8", html=True)
    assert decoded is not None
    assert "東京都は二十日" in decoded.text
    assert decoded.source == "page"


def test_valid_utf8_wins_over_a_stale_legacy_label() -> None:
    """A template's hard-coded iso-8859-1 over UTF-8 bytes would be mojibake; it is UTF-8."""
    page = '<meta charset="iso-8859-1"><p>Señor Müller était là.</p>'.encode()
    decoded = decode_page(page, None, html=True)
    assert decoded is not None
    assert "Señor Müller était là." in decoded.text


def test_undeclared_legacy_bytes_are_detected() -> None:
    """Without any label, the charset of GB2312 or windows-1252 bytes is detected."""
    chinese = "北京市政府二十日宣布，将进一步加强城市交通管理，减少拥堵。".encode("gb2312")
    french = "Le président a déclaré « nous sommes prêts » à l’agence.".encode("cp1252")
    decoded_chinese = decode_page(chinese, None, html=False)
    decoded_french = decode_page(french, None, html=False)
    assert decoded_chinese is not None
    assert decoded_chinese.text.startswith("北京市")
    assert decoded_french is not None
    assert "prêts" in decoded_french.text


def test_a_stray_byte_in_utf8_is_replaced_not_fatal() -> None:
    """UTF-8 with one damaged byte is UTF-8: the rest of the page survives."""
    data = ("Ünïcödé prose " * 200).encode() + b"\xff" + b" and the end."
    decoded = decode_page(data, None, html=False)
    assert decoded is not None
    assert decoded.source == "damaged utf-8"
    assert decoded.text.endswith("\ufffd and the end.")


def test_random_bytes_make_sense_in_no_charset() -> None:
    """Bytes that no charset can read are left undecoded (the caller rejects them)."""
    assert decode_page(random.Random(8).randbytes(4096), "utf-8", html=False) is None
