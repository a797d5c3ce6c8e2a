"""orgdoc.load: every input format decodes back to the seed's text; refusals are worded exactly."""

from __future__ import annotations

import dataclasses
import inspect
import io
import re
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from lxml import etree

import orgdoc
from orgdoc.errors import DecodeError, OrgdocError, UnsupportedFormatError
from orgdoc.export import to_json
from orgdoc.load import Loaded, load_bytes, load_file, sampling
from orgdoc.load._common import unescape_breaks
from orgdoc.load.html import html_to_lines
from orgdoc.load.numbering import NUMBER_FORMATS, Numbering, W
from orgdoc.load.pdf import clean_pages, close_letter_spacing, title_hint, unwrap
from orgdoc.load.text import markdown_headings, strip_markup
from tests.fixtures import (
    CN_DUN,
    CN_PAREN,
    DOCX_TABLE,
    HTML_NOISE,
    PDF_HEADER,
    SEEDS_DIR,
    TRADITIONAL_TEXT,
    Para,
    Table,
    can_encode,
    encode,
    find_cjk_font,
    numbered_docx_expected,
    seed_names,
    seed_text,
    write_columns_pdf,
    write_docx,
    write_encoded,
    write_html_page,
    write_numbered_docx,
    write_pdf,
)
from tests.outline_text import outline_text

SEEDS = seed_names()
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
LEGACY_DOC = (
    "cannot read a legacy Word .doc (OLE) file: convert it to .docx first, e.g. libreoffice --headless "
    "--convert-to docx FILE, or open it in Word/WPS and save as .docx"
)


def _lines_with_markers(text: str) -> list[str]:
    return [line for line in text.split("\n") if CN_DUN.match(line) or CN_PAREN.match(line)]


# ------------------------------------------------------------------------------------------ interface


def test_interface_matches_the_contract() -> None:
    loaded = Loaded("一、", "text", "utf-8")
    assert (loaded.path, loaded.headings, loaded.warnings) == (None, (), ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        loaded.text = "x"  # type: ignore[misc]
    assert list(inspect.signature(load_bytes).parameters) == ["data", "name", "encoding", "format", "limits"]
    assert list(inspect.signature(load_file).parameters) == ["path", "encoding", "format", "limits"]
    kinds = {p.kind for name, p in inspect.signature(load_bytes).parameters.items() if name != "data"}
    assert kinds == {inspect.Parameter.KEYWORD_ONLY}


# ------------------------------------------------------------------------------------------ encodings

# Fixture encoding → the encoding Loaded reports (GBK is read with its superset GB18030).
REPORTED = {
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "utf-16": "utf-16",
    "utf-16-be-bom": "utf-16",
    "utf-16-le-nobom": "utf-16-le",
    "utf-8-sig": "utf-8",
}
ENCODED_SEEDS = [(seed, enc) for seed in SEEDS for enc in REPORTED if can_encode(seed_text(seed), enc)]


def test_every_seed_has_a_legacy_chinese_encoding_case() -> None:
    # GBK lacks a few characters (seed 003's "•"); GB18030 and UTF-16 hold every seed.
    assert {seed for seed, enc in ENCODED_SEEDS if enc == "gb18030"} == set(SEEDS)
    assert {seed for seed, enc in ENCODED_SEEDS if enc == "utf-16-le-nobom"} == set(SEEDS)


@pytest.mark.parametrize(("seed", "encoding"), ENCODED_SEEDS)
def test_encoded_seed_decodes_to_the_seed(tmp_path: Path, seed: str, encoding: str) -> None:
    path = write_encoded(tmp_path, seed, encoding)
    loaded = load_file(path)
    bom = "\ufeff" if encoding == "utf-8-sig" else ""  # kept, as open(path, encoding="utf-8") reads it
    assert loaded == Loaded(bom + seed_text(seed), "text", REPORTED[encoding], str(path))


def test_big5_traditional_text_decodes_identically(tmp_path: Path) -> None:
    loaded = load_file(write_encoded(tmp_path, "traditional", "big5", TRADITIONAL_TEXT))
    assert (loaded.text, loaded.encoding, loaded.warnings) == (TRADITIONAL_TEXT, "big5", ())


@pytest.mark.parametrize("seed", SEEDS)
def test_utf8_seed_file_is_read_verbatim(seed: str) -> None:
    loaded = load_file(SEEDS_DIR / f"{seed}.txt")
    assert (loaded.text, loaded.encoding, loaded.format) == (seed_text(seed), "utf-8", "text")


# Files larger than the sample (head, middle and tail) are judged on it, then decoded whole.
LARGE_COPIES = 40


@pytest.mark.parametrize(("seed", "encoding"), ENCODED_SEEDS)
def test_large_encoded_file_decodes_as_its_small_copy(seed: str, encoding: str) -> None:
    text = "\n".join([seed_text(seed)] * LARGE_COPIES)
    data = encode(text, encoding)
    assert len(data) > sampling.SAMPLE_HEAD + 2 * sampling.SAMPLE_SLICE
    loaded = load_bytes(data)
    bom = "\ufeff" if encoding == "utf-8-sig" else ""  # kept, as Python's utf-8 codec reads it
    assert (loaded.text, loaded.encoding, loaded.warnings) == (bom + text, REPORTED[encoding], ())


def test_large_file_damaged_outside_the_sample_is_decoded_with_a_warning() -> None:
    text = "\n".join([seed_text(SEEDS[0])] * LARGE_COPIES * 5)
    data = bytearray(text.encode("gb18030"))
    # Between the head and the middle slice, beyond what a codec may leave undecoded (1%)
    damaged_at = range(sampling.SAMPLE_HEAD + 8_192, len(data) // 2 - sampling.SAMPLE_SLICE, 7)
    assert len(damaged_at) > len(data) // 50
    for position in damaged_at:
        data[position] = 0xFF  # never a GB18030 byte
    loaded = load_bytes(bytes(data))
    assert loaded.encoding == "gb18030"
    assert loaded.warnings and loaded.warnings[0].startswith("decoded as gb18030 with ")
    assert loaded.text.count("\ufffd") >= len(damaged_at)


# Short and cut-off files are where encoding guessers go wrong: every prefix must decode as the
# original codec would (a character cut in two becomes U+FFFD).
PREFIX_CASES = [(seed, n) for seed in SEEDS for n in range(3, 700, 9)]  # 2 bytes can be half a character


@pytest.mark.parametrize(("seed", "size"), PREFIX_CASES)
def test_gbk_prefix_decodes_as_gb18030(seed: str, size: int) -> None:
    data = seed_text(seed).encode("gb18030")[:size]
    loaded = load_bytes(data)
    expected = "utf-8" if data.isascii() else "gb18030"  # "2020年…" starts with ASCII
    assert (loaded.text, loaded.encoding) == (data.decode("gb18030", "replace"), expected)


@pytest.mark.parametrize("size", range(2, len(TRADITIONAL_TEXT.encode("big5")) + 1, 5))
def test_big5_prefix_decodes_as_big5(size: int) -> None:
    data = TRADITIONAL_TEXT.encode("big5")[:size]
    loaded = load_bytes(data)
    assert (loaded.text, loaded.encoding) == (data.decode("big5", "replace"), "big5")


@pytest.mark.parametrize(
    ("text", "codec", "reported"),
    [
        ("一", "gbk", "gb18030"),  # D2 BB is also valid UTF-8 ("һ")
        ("一一一一", "gbk", "gb18030"),
        ("一、", "gbk", "gb18030"),
        ("一是", "gbk", "gb18030"),
        ("（一）健全工作机制。", "gbk", "gb18030"),
        ("1.加强理论学习", "gbk", "gb18030"),
        ("一、加強組織領導", "big5", "big5"),
        ("（一）健全工作機制。", "big5", "big5"),
        ("同志們：", "big5", "big5"),
    ],
)
def test_short_chinese_lines_are_not_misread(text: str, codec: str, reported: str) -> None:
    loaded = load_bytes(text.encode(codec))
    assert (loaded.text, loaded.encoding) == (text, reported)


def test_truncated_file_is_decoded_with_a_warning() -> None:
    loaded = load_bytes("一、加强".encode("gbk")[:-1])
    assert (loaded.text, loaded.encoding) == ("一、加\ufffd", "gb18030")
    assert loaded.warnings == ("decoded as gb18030 with 1 undecodable byte replaced",)


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        ("一、加强组织领导".encode("gbk"), "gbk", Loaded("一、加强组织领导", "text", "gb18030")),
        ("一、加强组织领导".encode("gbk"), "GB2312", Loaded("一、加强组织领导", "text", "gb18030")),
        ("一、加強組織領導".encode("big5"), "big5", Loaded("一、加強組織領導", "text", "big5")),
        # a UTF-8 BOM stays, as open(path, encoding="utf-8") reads it: offsets count it
        ("\ufeff一、".encode("utf-8"), "utf-8", Loaded("\ufeff一、", "text", "utf-8")),
        (  # a few stray bytes in the forced encoding are replaced, with a warning
            "（二）压实工作责任。".encode() + b"\xa3",
            "utf-8",
            Loaded("（二）压实工作责任。\ufffd", "text", "utf-8",
                   warnings=("decoded as utf-8 with 1 undecodable byte replaced",)),
        ),
        (
            "三、强化督导问效".encode("gbk")[:-1],
            "gb2312",
            Loaded("三、强化督导问\ufffd", "text", "gb18030",
                   warnings=("decoded as gb18030 with 1 undecodable byte replaced",)),
        ),
    ],
)
def test_encoding_argument_overrides_detection(data: bytes, encoding: str, expected: Loaded) -> None:
    assert load_bytes(data, encoding=encoding) == expected


_WRONG_ENCODING = ("cannot decode text: the file is not in {} ({} of {} bytes do not decode); "
                   "name its real encoding, or leave it out to have it detected — {}")
_LINE = "要把党的建设各项任务落到实处。\n"  # 16 characters, 46 bytes of UTF-8


@pytest.mark.parametrize(
    ("data", "encoding", "name", "bad"),
    [
        ("一、加强组织领导".encode("gbk"), "utf-8", "jianghua.txt", 7),
        ((_LINE * 20).encode("gbk"), "UTF-8", "讲话稿.txt", 380),
        ((_LINE * 20).encode("utf-16-le"), "utf-8", "unicode.txt", 240),  # UTF-16 bytes read as UTF-8
        ("<p>一、总体要求</p>".encode("gbk"), "utf-8", "page.html", 8),  # a page's forced encoding too
        ((_LINE * 10).encode("utf-8") + b"\xff" * 5, "utf-8", "damaged.txt", 5),  # past 1% and past 3
    ],
)
def test_wrong_encoding_argument_is_refused(data: bytes, encoding: str, name: str, bad: int) -> None:
    with pytest.raises(DecodeError) as info:
        load_bytes(data, name=name, encoding=encoding)
    assert str(info.value) == _WRONG_ENCODING.format(encoding, bad, len(data), name)


@pytest.mark.parametrize(
    ("lines", "replaced"),
    [
        (10, 3),  # 463 bytes: 3 stray bytes are tolerated
        (100, 46),  # 4646 bytes: up to 1% of them
    ],
)
def test_a_few_stray_bytes_under_a_forced_encoding_are_replaced(lines: int, replaced: int) -> None:
    loaded = load_bytes((_LINE * lines).encode("utf-8") + b"\xff" * replaced, encoding="utf-8")
    assert loaded.text == _LINE * lines + "\ufffd" * replaced
    assert loaded.warnings == (f"decoded as utf-8 with {replaced} undecodable bytes replaced",)


@pytest.mark.parametrize(
    ("name", "format"),
    [
        (None, "text"),
        ("a.txt", "text"),
        ("a.md", "markdown"),
        ("a.html", "html"),
        ("a.docx", "docx"),
        ("a.pdf", "pdf"),
    ],
)
def test_empty_bytes_give_empty_text(name: str | None, format: str) -> None:
    loaded = load_bytes(b"", name=name)
    assert (loaded.text, loaded.format, loaded.headings, loaded.warnings) == ("", format, (), ())


# --------------------------------------------------------------------------------------------- errors


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path, content in files.items():
            archive.writestr(path, content)
    return buffer.getvalue()


ERROR_CASES = [
    (
        b"\x00\x01\x02\x03binary\x00\xff\x00",
        "report.bin",
        {},
        DecodeError,
        "cannot decode text: the bytes look binary (NUL bytes) — report.bin",
    ),
    (
        b"\x01\x02\x03\x04\x05\x06abc",
        None,
        {},
        DecodeError,
        "cannot decode text: the bytes look binary (control characters) — <bytes>",
    ),
    (
        bytes(range(128, 256)),
        "x.txt",
        {},
        DecodeError,
        "cannot decode text: no known encoding fits the bytes — x.txt",
    ),
    (OLE + bytes(504), "讲话.doc", {}, UnsupportedFormatError, f"{LEGACY_DOC} — 讲话.doc"),
    (OLE + bytes(504), "讲话.docx", {}, UnsupportedFormatError, f"{LEGACY_DOC} — 讲话.docx"),
    (OLE + bytes(504), None, {"format": "docx"}, UnsupportedFormatError, f"{LEGACY_DOC} — <bytes>"),
    (
        b"PK\x03\x04broken",
        "a.docx",
        {},
        DecodeError,
        "cannot read .docx: the file is not a valid Word document: broken zip archive (File is not a zip file)"
        " — a.docx",
    ),
    (
        _zip({"xl/workbook.xml": b"<x/>"}),
        "book.zip",
        {},
        UnsupportedFormatError,
        "cannot read this zip archive: it is not a Word .docx document — book.zip",
    ),
    (
        b"%PDF-1.7\nbroken",
        "a.pdf",
        {},
        DecodeError,
        "cannot read PDF: the file is damaged or not a PDF (Stream has ended unexpectedly) — a.pdf",
    ),
    (
        b"{\\rtf1\\ansi x}",
        "a.doc",
        {},
        UnsupportedFormatError,
        (
            "cannot read RTF: open it in Word/WPS and save as .docx, "
            "or libreoffice --headless --convert-to docx FILE — a.doc"
        ),
    ),
    (
        b"text",
        None,
        {"format": "rtf"},
        UnsupportedFormatError,
        "unknown format 'rtf' (expected text, docx, html, markdown or pdf) — <bytes>",
    ),
    (b"text", "a.txt", {"encoding": "klingon"}, OrgdocError, "unknown encoding 'klingon' — a.txt"),
]


@pytest.mark.parametrize(("data", "name", "kwargs", "error", "message"), ERROR_CASES)
def test_refusals_are_worded_exactly(
    data: bytes, name: str | None, kwargs: dict, error: type, message: str
) -> None:
    with pytest.raises(OrgdocError) as info:
        load_bytes(data, name=name, **kwargs)
    assert (type(info.value), str(info.value)) == (error, message)


def test_load_file_errors_end_with_the_path(tmp_path: Path) -> None:
    path = tmp_path / "report.bin"
    path.write_bytes(b"\x00\x00\x01binary\x00")
    with pytest.raises(DecodeError) as info:
        load_file(path)
    assert str(info.value) == f"cannot decode text: the bytes look binary (NUL bytes) — {path}"


@pytest.mark.parametrize(
    ("module", "name", "message"),
    [
        ("lxml", "a.docx", "reading .docx files needs lxml: pip install 'orgdoc[docx]' — a.docx"),
        ("pypdfium2,pypdf", "a.pdf", "reading PDF files needs pypdfium2 (or pypdf): pip install 'orgdoc[pdf]' — a.pdf"),
    ],
)
def test_missing_extra_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, module: str, name: str, message: str
) -> None:
    for missing in module.split(","):
        monkeypatch.setitem(sys.modules, missing, None)  # makes `import module` raise ImportError
    with pytest.raises(UnsupportedFormatError) as info:
        load_bytes(b"PK\x03\x04" if module == "lxml" else b"%PDF-1.4", name=name)
    assert str(info.value) == message


# ------------------------------------------------------------------------------------ format choice


@pytest.fixture(scope="module")
def small_docx(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return write_docx(tmp_path_factory.mktemp("docx"), "s.docx", [Para("一、总体要求")]).read_bytes()


@pytest.fixture(scope="module")
def small_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "1. Overall requirements")
    return bytes(pdf.output())


@pytest.mark.parametrize(
    ("name", "content", "format"),
    [
        ("a.txt", "plain", "text"),
        ("a.TEXT", "plain", "text"),
        ("a.md", "plain", "markdown"),
        ("a.markdown", "plain", "markdown"),
        ("a.htm", "<p>x</p>", "html"),
        ("a.html", "plain", "html"),
        (None, "plain", "text"),
        ("a.rst", "plain", "text"),
        ("notes.txt", "<html><p>x</p>", "text"),
        (None, "<!DOCTYPE html><p>x</p>", "html"),
        (None, "\n  <html lang='zh'><p>x</p>", "html"),
        (None, "<?xml version='1.0'?><!-- saved --><html><p>x</p>", "html"),
        (None, "<head><meta charset='utf-8'><title>x</title></head><p>x</p>", "html"),
        (None, "<script>if(mobile)location='m.html'</script><p>x</p>", "html"),
        (None, "<meta http-equiv='Content-Type' content='text/html; charset=gbk'><p>x</p>", "html"),
        (None, "<一>是一个尖括号开头的纯文本", "text"),
        ("a.shtml", "<p>x</p>", "html"),
        ("a.aspx", "<p>x</p>", "html"),
        ("a.doc", "<html><p>x</p>", "html"),
        ("a.doc", "plain", "text"),
        ("a.docx", "<html><p>x</p>", "html"),
        (None, "docx", "docx"),
        ("a.doc", "docx", "docx"),
        ("a.docx", "docx", "docx"),
        (None, "pdf", "pdf"),
        ("a.PDF", "pdf", "pdf"),
    ],
)
def test_format_from_suffix_then_bytes(
    name: str | None, content: str, format: str, small_docx: bytes, small_pdf: bytes
) -> None:
    data = {"docx": small_docx, "pdf": small_pdf}.get(content, content.encode("utf-8"))
    assert load_bytes(data, name=name).format == format


def test_utf16_page_is_sniffed_as_html() -> None:
    loaded = load_bytes("<html><body><p>一、总体要求</p></body></html>".encode("utf-16"))
    assert (loaded.format, loaded.encoding, loaded.text) == ("html", "utf-16", "一、总体要求")


def test_binary_signature_overrules_a_wrong_suffix(small_docx: bytes, small_pdf: bytes) -> None:
    loaded = load_bytes(small_docx, name="speech.txt")
    assert (loaded.format, loaded.text) == ("docx", "一、总体要求")
    assert loaded.warnings == ("the file is named .txt but its bytes are docx; read as docx",)
    assert load_bytes(small_pdf, name="speech.md").format == "pdf"


def test_explicit_format_is_obeyed() -> None:
    loaded = load_bytes("# 一、总体要求\n".encode(), name="a.txt", format="markdown")
    assert (loaded.format, loaded.headings) == ("markdown", ((0, 8, 1),))


# --------------------------------------------------------------------------------------------- docx


@pytest.mark.parametrize("seed", SEEDS)
def test_docx_numbering_is_restored_as_text(tmp_path: Path, seed: str) -> None:
    path = write_numbered_docx(tmp_path, seed)
    markers = _lines_with_markers(seed_text(seed))
    typed = [p.text for p in docx.Document(str(path)).paragraphs]
    assert _lines_with_markers("\n".join(typed)) == []  # the markers live in numbering.xml only
    headings = [CN_PAREN.sub("", CN_DUN.sub("", line)) for line in markers]
    assert [text for text in typed if text in headings] == headings
    loaded = load_file(path)
    assert (loaded.format, loaded.encoding, loaded.warnings) == ("docx", None, ())
    assert loaded.text == numbered_docx_expected(seed)
    assert _lines_with_markers(loaded.text) == markers


@pytest.mark.parametrize("seed", SEEDS)
def test_docx_without_table_is_the_seed(tmp_path: Path, seed: str) -> None:
    assert load_file(write_numbered_docx(tmp_path, seed, table=False)).text == seed_text(seed)


@pytest.mark.parametrize("seed", SEEDS)
def test_docx_heading_styles_give_headings(tmp_path: Path, seed: str) -> None:
    loaded = load_file(write_numbered_docx(tmp_path, seed))
    headings = [(loaded.text[start:end], level) for start, end, level in loaded.headings]
    assert headings == [(line, 1) for line in seed_text(seed).split("\n") if CN_DUN.match(line)]


def test_docx_table_sits_where_it_stands(tmp_path: Path) -> None:
    seed = "004_f3bab0f4541e9521"
    lines = load_file(write_numbered_docx(tmp_path, seed)).text.split("\n")
    cells = [cell for row in DOCX_TABLE for cell in row]
    at = lines.index(cells[0])
    assert lines[at : at + len(cells)] == cells
    assert lines[at + len(cells)].startswith("一、") and not _lines_with_markers("\n".join(lines[:at]))


CN_LIST = [
    ("chineseCounting", "%1、"),
    ("chineseCounting", "（%2）"),
    ("decimal", "%3."),
    ("decimalEnclosedCircle", "%4"),
]


@pytest.mark.parametrize(
    ("body", "lists", "expected"),
    [
        (  # levels nest; a higher level restarts the deeper ones
            [
                Para("加强领导", 0),
                Para("健全机制", 1),
                Para("明确分工", 2),
                Para("强化督查", 2),
                Para("分解", 3),
                Para("压实责任", 1),
                Para("提高素质", 0),
                Para("加强学习", 1),
                Para("理论武装", 2),
            ],
            [CN_LIST],
            "一、加强领导\n（一）健全机制\n1.明确分工\n2.强化督查\n①分解\n（二）压实责任\n二、提高素质\n（一）加强学习\n1.理论武装",
        ),
        (  # unnumbered paragraphs do not break a list
            [Para("第一项", 0), Para("说明文字"), Para("第二项", 0)],
            [CN_LIST],
            "一、第一项\n说明文字\n二、第二项",
        ),
        (  # two lists count separately
            [Para("甲", 0, num=0), Para("子", 0, num=1), Para("乙", 0, num=0), Para("丑", 0, num=1)],
            [CN_LIST, [("decimalEnclosedParen", "%1")]],
            "一、甲\n⑴子\n二、乙\n⑵丑",
        ),
        (  # multi-level text pattern %1.%2
            [Para("总则", 0), Para("目的", 1), Para("依据", 1), Para("职责", 0), Para("分工", 1)],
            [[("decimal", "%1."), ("decimal", "%1.%2")]],
            "1.总则\n1.1目的\n1.2依据\n2.职责\n2.1分工",
        ),
        (  # heavenly stems, letters, bullets
            [Para("甲项", 0), Para("细目", 1), Para("要点", 2)],
            [[("ideographTraditional", "%1、"), ("lowerLetter", "%2)"), ("bullet", "\uf0b7")]],
            "甲、甲项\na)细目\n●要点",
        ),
    ],
)
def test_docx_automatic_numbering(tmp_path: Path, body: list, lists: list, expected: str) -> None:
    assert load_file(write_docx(tmp_path, "n.docx", body, lists)).text == expected


def test_docx_numbering_carried_by_heading_styles(tmp_path: Path) -> None:
    body = [
        Para("讲话"),
        Para("总体要求", style="Heading 1"),
        Para("指导思想", style="Heading 2"),
        Para("正文"),
        Para("重点任务", style="Heading 1"),
        Para("理论武装", style="Heading 2"),
    ]
    path = write_docx(tmp_path, "s.docx", body, [CN_LIST], {"Heading 1": (0, 0), "Heading 2": (0, 1)})
    loaded = load_file(path)
    assert loaded.text == "讲话\n一、总体要求\n（一）指导思想\n正文\n二、重点任务\n（一）理论武装"
    assert [level for _, _, level in loaded.headings] == [1, 2, 1, 2]


def test_docx_headings_from_styles_and_outline_level(tmp_path: Path) -> None:
    body = [
        Para("标题"),
        Para("一、总体要求", style="Heading 1"),
        Para("（一）指导思想", style="Heading 2"),
        Para("正文", outline=9, style="Heading 3"),
        Para("大纲级别", outline=0),
        Para("正文二"),
    ]
    loaded = load_file(write_docx(tmp_path, "h.docx", body))
    assert [(loaded.text[s:e], level) for s, e, level in loaded.headings] == [
        ("一、总体要求", 1),
        ("（一）指导思想", 2),
        ("大纲级别", 1),
    ]


def test_docx_tables_and_paragraphs_keep_document_order(tmp_path: Path) -> None:
    body: list[Para | Table] = [Para("前言"), [["甲", ""], ["乙", "丙"]], Para("结尾")]
    assert load_file(write_docx(tmp_path, "t.docx", body)).text == "前言\n甲\n乙\n丙\n结尾"


@pytest.mark.parametrize(
    ("fmt", "number", "expected"),
    [
        ("chineseCounting", 1, "一"),
        ("chineseCounting", 10, "十"),
        ("chineseCounting", 11, "十一"),
        ("chineseCounting", 20, "二十"),
        ("chineseCounting", 23, "二十三"),
        ("chineseCounting", 105, "一百零五"),
        ("chineseCounting", 110, "一百一十"),
        ("chineseCountingThousand", 1001, "一千零一"),
        ("chineseLegalSimplified", 12, "壹拾贰"),
        ("ideographDigital", 10, "一〇"),
        ("ideographTraditional", 2, "乙"),
        ("ideographTraditional", 11, "甲"),
        ("ideographZodiac", 3, "寅"),
        ("ideographEnclosedCircle", 1, "㈠"),
        ("decimalEnclosedCircle", 3, "③"),
        ("decimalEnclosedCircle", 21, "21"),
        ("decimalEnclosedParen", 2, "⑵"),
        ("decimalEnclosedFullstop", 4, "⒋"),
        ("decimalFullWidth", 12, "１２"),
        ("decimalZero", 7, "07"),
        ("decimal", 12, "12"),
        ("lowerLetter", 1, "a"),
        ("lowerLetter", 27, "aa"),
        ("upperLetter", 28, "BB"),
        ("lowerRoman", 4, "iv"),
        ("upperRoman", 1994, "MCMXCIV"),
    ],
)
def test_number_formats(fmt: str, number: int, expected: str) -> None:
    assert NUMBER_FORMATS[fmt](number) == expected


def _numbering(xml: str) -> Numbering:
    root = etree.fromstring(f'<w:numbering xmlns:w="{W[1:-1]}">{xml}</w:numbering>')
    return Numbering(root, {})


_TWO_LEVELS = """<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/>{lvl1}</w:lvl>
</w:abstractNum>"""


@pytest.mark.parametrize(
    ("xml", "calls", "markers", "warnings"),
    [
        (  # startOverride: a list that starts at 三 (no w:suff: Word's tab, written as a space)
            _TWO_LEVELS.format(lvl1="")
            + (
                '<w:num w:numId="1"><w:abstractNumId w:val="0"/>'
                '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>'
            ),
            [("1", 0), ("1", 0)],
            ["三、 ", "四、 "],
            [],
        ),
        (  # lvlRestart 0: level 1 keeps counting across level-0 items
            _TWO_LEVELS.format(lvl1='<w:lvlRestart w:val="0"/>')
            + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
            [("1", 0), ("1", 1), ("1", 0), ("1", 1)],
            ["一、 ", "1. ", "二、 ", "2. "],
            [],
        ),
        (  # isLgl writes every level in decimal; suff space adds a space
            (
                '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/>'
                '<w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/><w:isLgl/>'
                '<w:suff w:val="space"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>'
                '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            ),
            [("1", 0), ("1", 1)],
            ["一、 ", "1.1 "],
            [],
        ),
        (  # an unknown format is written in decimal, with a note; unknown lists give no marker
            (
                '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                '<w:numFmt w:val="hebrew1"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>'
                '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            ),
            [("1", 0), ("9", 0), ("1", 5)],
            ["1) ", None, None],
            ["Word numbering format 'hebrew1' written as decimal"],
        ),
    ],
)
def test_numbering_definitions(xml: str, calls: list, markers: list, warnings: list) -> None:
    numbering = _numbering(xml)
    assert [numbering.marker(num_id, ilvl) for num_id, ilvl in calls] == markers
    assert numbering.warnings == warnings


# --------------------------------------------------------------------------------------------- html


def _visible_lines(text: str) -> list[str]:
    """A seed's lines as a browser shows them: trimmed, runs of spaces collapsed, blank lines gone."""
    return [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize("seed", SEEDS)
def test_html_page_gives_the_seed_lines_without_page_furniture(tmp_path: Path, seed: str) -> None:
    loaded = load_file(write_html_page(tmp_path, seed))
    assert (loaded.format, loaded.encoding, loaded.warnings) == ("html", "utf-8", ())
    assert loaded.text.split("\n") == _visible_lines(seed_text(seed))
    assert [noise for noise in HTML_NOISE if noise in loaded.text] == []
    headings = [(loaded.text[s:e], level) for s, e, level in loaded.headings]
    lines = _visible_lines(seed_text(seed))
    assert headings == [(lines[0], 1)] + [(line, 2) for line in lines[1:] if CN_DUN.match(line)]


@pytest.mark.parametrize("seed", SEEDS)
def test_gbk_page_declaring_gb2312_decodes(tmp_path: Path, seed: str) -> None:
    loaded = load_file(write_html_page(tmp_path, seed, encoding="gbk", charset="gb2312"))
    assert (loaded.encoding, loaded.text.split("\n")) == ("gb18030", _visible_lines(seed_text(seed)))


@pytest.mark.parametrize(
    ("charset", "warning"),
    [
        ("gb2312", "the page declares gb2312 but its bytes are utf-8; read as utf-8"),
        ("x-klingon", "the page declares an unknown charset 'x-klingon'; read as utf-8"),
    ],
)
def test_page_whose_bytes_contradict_its_charset(tmp_path: Path, charset: str, warning: str) -> None:
    loaded = load_file(write_html_page(tmp_path, SEEDS[0], encoding="utf-8", charset=charset))
    assert (loaded.encoding, loaded.warnings) == ("utf-8", (warning,))
    assert loaded.text.split("\n") == _visible_lines(seed_text(SEEDS[0]))


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>一、总体要求</p><p>（一）指导思想</p>", "一、总体要求\n（一）指导思想"),
        ("一、总体要求<br>（一）指导思想<br/>", "一、总体要求\n（一）指导思想"),
        ("<p>甲</p><br><br><br><p>乙</p>", "甲\n\n乙"),
        ("<p>&ldquo;两个确立&rdquo; &amp; &#x4E00;&#20108;</p>", "“两个确立” & 一二"),
        ("<p>  &nbsp; 　　同志们：  </p>", "同志们："),
        ("<p>习近平总书记\n    强调</p>", "习近平总书记强调"),
        ("<p>Hello\n  world 你好</p>", "Hello world 你好"),
        ("<p>一、<b>加强</b><span>领导</span></p>", "一、加强领导"),
        ("<div>正文<script>var a = '<p>脚本</p>';</script><style>p{}</style></div>", "正文"),
        ("<html><head><title>网页标题</title><meta charset=utf-8><body><p>正文</p>", "正文"),
        ("<nav><p>菜单</p><nav>内层</nav>仍是菜单</nav><p>正文</p>", "正文"),
        (
            "<article><header><h1>一、标题</h1></header><p>正文</p></article><header>站点</header>",
            "一、标题\n正文",
        ),
        ("<table><tr><td>项目</td><td>单位</td></tr><tr><td>甲</td><td></td></tr></table>", "项目\n单位\n甲"),
        ("<ul><li>一是</li><li>二是</li></ul>", "一是\n二是"),
        ("<pre>一、甲\n二、乙</pre>", "一、甲\n二、乙"),
        ("<svg><text>图中文字</text></svg><p>正文</p><!-- 注释 -->", "正文"),
    ],
)
def test_html_to_text(markup: str, expected: str) -> None:
    assert load_bytes(markup.encode("utf-8"), format="html").text == expected


# A government page's article (invented): a title, a dateline, two paragraphs with a sentence each.
_TITLE = "在全县秋冬季森林防火工作会议上的讲话"
_BODY = ("<p>同志们：</p><p>今年以来，全县各级各部门认真落实森林防火责任，火情总体平稳可控。</p>"
         "<p>一、压紧压实防火责任</p><p>要严格落实林长制，层层签订责任书，确保责任到山头、到地块、到人头。</p>")
_TEXT = ("同志们：\n今年以来，全县各级各部门认真落实森林防火责任，火情总体平稳可控。\n一、压紧压实防火责任\n"
         "要严格落实林长制，层层签订责任书，确保责任到山头、到地块、到人头。")
_MENU = "<ul><li><a href='/'>网站首页</a></li><li><a href='/xxgk/'>信息公开</a></li><li><a>政民互动</a></li></ul>"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        pytest.param(  # divs named as furniture go with all they hold; the article stays, title first
            f"<div class='top'><a>首页</a> | <a>信息公开</a> | <a>无障碍</a></div><div class='nav'>{_MENU}</div>"
            "<div class='position'>您现在的位置：<a>首页</a> &gt;&gt; <a>讲话致辞</a></div>"
            f"<div class='article'><h1 class='title'>{_TITLE}</h1><div class='info'>来源：县应急局</div>{_BODY}</div>"
            "<div class='share'>分享到：<a>微信</a><a>微博</a></div>"
            "<div class='related'><h4>相关链接</h4><ul><li><a>1. 全县召开防汛工作会议</a></li></ul></div>"
            "<div class='footer'><p>版权所有：某某县人民政府　<a>赣ICP备12345678号</a></p></div>",
            f"{_TITLE}\n来源：县应急局\n{_TEXT}", id="named-divs",
        ),
        pytest.param(  # an old layout table: pinyin class names, the title in td.biaoti
            f"<table><tr><td class='daohang'>{_MENU}</td></tr><tr><td class='weizhi'>当前位置：<a>首页</a></td></tr>"
            f"<tr><td class='biaoti'>{_TITLE}</td></tr><tr><td id='zoom'>{_BODY}</td></tr></table>"
            "<table class='bottom'><tr><td>主办：某某县人民政府办公室<br>技术支持：某某科技</td></tr></table>",
            f"{_TITLE}\n{_TEXT}", id="layout-table-pinyin",
        ),
        pytest.param(  # names in any case and joined any way; ids count as names
            f"<div id='mainNav'>{_MENU}</div><div class='bread-crumbs'>首页 / 讲话</div><h1>{_TITLE}</h1>{_BODY}"
            "<div class='bdsharebuttonbox'>分享</div><div class='xgxw_list'>相关新闻</div><div id='div_footer'>页脚</div>"
            "<div class='comment-box'>网友评论</div><aside class='side'>热点</aside>",
            f"{_TITLE}\n{_TEXT}", id="name-shapes",
        ),
        pytest.param(  # names that only look like furniture: the last word decides
            f"<div class='position-relative'>{_TITLE}</div><div class='news-title'>副标题</div>"
            f"<div class='con_left'>{_BODY}</div>",
            f"{_TITLE}\n副标题\n{_TEXT}", id="not-furniture-names",
        ),
        pytest.param(  # a header box holding the title stays (its menu goes); a logo's heading does not
            f"<div class='logo'><h1>某某县人民政府</h1></div><div class='header'><div class='nav'>{_MENU}</div>"
            f"<div class='article-title'>{_TITLE}</div></div>{_BODY}",
            f"{_TITLE}\n{_TEXT}", id="title-in-a-header-box",
        ),
        pytest.param(  # …but with an <h1> on the page, the <h1> is the title: the header box goes
            f"<div class='header'><div class='site-title'>某某县人民政府门户网站</div></div><h1>{_TITLE}</h1>{_BODY}",
            f"{_TITLE}\n{_TEXT}", id="header-box-title-under-h1",
        ),
        pytest.param(  # a sidebar box's own "title" keeps nothing
            f"<h1>{_TITLE}</h1>{_BODY}<div class='sidebar'><div class='title'>热点专题</div>{_MENU}</div>",
            f"{_TITLE}\n{_TEXT}", id="sidebar-box-title",
        ),
        pytest.param(  # a wrapper with an unlucky name holding the article is no furniture
            f"<div class='bottom-wrap'><h2>{_TITLE}</h2>{_BODY}</div><div class='foot'>页脚</div>",
            f"{_TITLE}\n{_TEXT}", id="misnamed-wrapper",
        ),
        pytest.param(  # …nor a box that holds the article's body
            f"<div class='left-side'><div class='TRS_Editor'>{_BODY}</div></div>", _TEXT, id="body-inside",
        ),
        pytest.param(  # a furniture div never closed: it holds the article, so it stays; links above the
            # title go all the same
            f"<div class='nav'>{_MENU}<h1>{_TITLE}</h1>{_BODY}", f"{_TITLE}\n{_TEXT}", id="unclosed-nav",
        ),
        pytest.param(  # lines of links above the <h1> are an unnamed menu and breadcrumb; plain text stays
            f"<div>{_MENU}</div><div>位置：<a>首页</a> &gt; <a>讲话</a></div><div>讲话致辞</div><h1>{_TITLE}</h1>"
            f"{_BODY}<p><a>附件：森林防火责任书</a></p>",
            f"讲话致辞\n{_TITLE}\n{_TEXT}\n附件：森林防火责任书", id="links-above-the-title",
        ),
        pytest.param(  # no <h1>, nothing named as the title: links stay where they are
            f"<div>{_MENU}</div>{_BODY}", f"网站首页\n信息公开\n政民互动\n{_TEXT}", id="no-title-no-link-drop",
        ),
        pytest.param(  # related-article boxes named in one word (reldocuments, xgwzlist) go, their heading too
            f"<h1>{_TITLE}</h1><div class='article-reldocuments'><h3>关联稿件：</h3><ul><li><a>图文解读</a></li></ul>"
            f"</div><div id='xgwzlist'><a>另一篇</a></div>{_BODY}",
            f"{_TITLE}\n{_TEXT}", id="related-named-in-one-word",
        ),
        *[pytest.param(  # the CMSs' own body boxes keep a wrapper with a furniture name, even when the
            # site's menus hold most of the page's text (TRS, 开普云/UCAP, 博达, gov.cn)
            f"<div class='nav'>{_MENU * 12}</div><h1>{_TITLE}</h1><div class='right-side'>{body.format(_BODY)}</div>"
            f"<div class='footer'>{_MENU * 12}</div>",
            f"{_TITLE}\n{_TEXT}", id=f"cms-body-{name}",
        ) for name, body in [("trs-ueditor", "<div class='TRS_UEDITOR'>{}</div>"),
                             ("trs-union-style", "<div class='Custom_UnionStyle'>{}</div>"),
                             ("ucap-id", "<div id='UCAP-CONTENT'>{}</div>"), ("ucap-tag", "<ucapcontent>{}</ucapcontent>"),
                             ("boda", "<div class='wp_articlecontent'>{}</div>"),
                             ("gov-cn", "<div class='pages_content'>{}</div>")]],
        pytest.param(  # …and a wrapper with an unlucky name holds the article when it holds most of the text
            # outside links, though the site's menus hold most of the page's
            f"<div class='nav'>{_MENU * 12}</div><h1>{_TITLE}</h1><div class='right-side'><div>{_BODY}</div></div>"
            f"<div class='footer'>{_MENU * 12}</div>",
            f"{_TITLE}\n{_TEXT}", id="misnamed-wrapper-under-long-menus",
        ),
        pytest.param(  # an unnamed column of hot articles set after the article (inside a page-wide `main`):
            # its lines of links go, its heading stays; the article's own links stay
            f"<div class='main'><div class='fr'><h1>{_TITLE}</h1><div class='detail'>{_BODY}"
            "<p>附件：<a>森林防火责任书.docx</a></p></div></div>"
            "<div class='fl'><div class='lm-tit'>热点文章</div><ul><li><a>1.全县召开防汛工作会议</a></li>"
            "<li><a>2.全县召开安全生产工作会议</a></li></ul><p><a>关于做好春耕生产的通知</a> 2024-03-01</p></div></div>"
            "<div><a>网站地图</a> | <a>联系我们</a></div><p>主办：某某县人民政府办公室</p>",
            f"{_TITLE}\n{_TEXT}\n附件：森林防火责任书.docx\n热点文章\n主办：某某县人民政府办公室",
            id="links-below-the-body",
        ),
        pytest.param(  # no element named as the body: lines of links after the article stay
            f"<h1>{_TITLE}</h1>{_BODY}<ul><li><a>1.全县召开防汛工作会议</a></li></ul>",
            f"{_TITLE}\n{_TEXT}\n1.全县召开防汛工作会议", id="no-body-no-link-drop-below",
        ),
        pytest.param(  # a QR code box, a floating bar of service buttons, a dialog and its mask (names of the
            # common government CMS templates)
            f"<h1>{_TITLE}</h1>{_BODY}<dl class='article-ewm'><dt><div id='qr_container'>扫一扫在手机打开当前页</div>"
            "</dt></dl><div class='quick_bar'><p>智能问答</p><p>政务邮箱</p></div>"
            "<div class='erweima'>手机扫码阅读</div><div class='modal-dialog'><p>提示</p></div>"
            "<div class='layer-popup'>您即将离开本站</div><div class='alert-mengban'>遮罩</div>",
            f"{_TITLE}\n{_TEXT}", id="qr-code-quick-bar-dialog",
        ),
        pytest.param(  # an ASP.NET page: one <form> around it all; a search form goes
            f"<form id='form1'><form action='/s'><input name='q'><span>站内搜索</span></form>"
            f"<h1>{_TITLE}</h1>{_BODY}</form>",
            f"{_TITLE}\n{_TEXT}", id="page-wide-form",
        ),
        pytest.param(  # unclosed <li>, <td>, <p> end where a browser ends them
            "<ul class='menu'><li>甲<li>乙</ul><table><tr><td class='dh weizhi'>位置<td>正文一<tr><td>正文二</table>"
            "<div class='share'><p>分享<div>仍是分享</div></div><p>正文三",
            "正文一\n正文二\n正文三", id="implied-ends",
        ),
    ],
)
def test_page_furniture_by_name(markup: str, expected: str) -> None:
    assert load_bytes(markup.encode("utf-8"), format="html").text == expected


# What a saved page hides from its reader (invented pages in the shapes of government sites).
_HIDDEN_BODY = "".join(f"<p>{n}、第{n}项工作要扎实推进，各部门要按照职责分工抓好落实，确保取得实效。</p>" for n in "一二三")


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        pytest.param(  # display:none and visibility:hidden in the style attribute, any case and spacing
            "<p>一、加强领导</p><div style='DISPLAY : none'><p>二、扫码分享</p></div>"
            "<p style='color:red;visibility: hidden'>（一）打印说明</p><p>二、抓好落实</p>",
            "一、加强领导\n二、抓好落实", id="style-attribute",
        ),
        pytest.param(  # the hidden attribute; a hidden element inside a kept one goes alone
            "<div class='TRS_Editor'><p>一、加强领导</p><p hidden>1.打开微信</p><span hidden=''>隐藏</span>"
            "<p>二、抓好落实</p></div>",
            "一、加强领导\n二、抓好落实", id="hidden-attribute",
        ),
        pytest.param(  # a class or id hidden by a simple rule of the page's own <style>, wherever it stands
            "<html><head><style>@import url(a.css); /* 弹窗 */ .hide{display:none} div#qr { VISIBILITY:Hidden }"
            "</style></head>"
            "<body><p>一、加强领导</p><div class='box hide'>二、回复关键词</div><div id='qr'>（一）扫码</div>"
            "<p>二、抓好落实</p><style>.late { display: none; }</style><p class='late'>三、另一个</p></body></html>",
            "一、加强领导\n二、抓好落实", id="style-rules",
        ),
        pytest.param(  # a tab strip: the pane a rule shows again (.active) stays, the other goes
            "<style>.tab-pane{display:none}.tab-pane.active{display:block}</style>"
            "<div class='tab-pane active'><p>一、正文</p></div><div class='tab-pane'><p>一、解读</p></div>",
            "一、正文", id="tab-strip",
        ),
        pytest.param(  # rules that hide only sometimes, or under selectors the element cannot tell: kept
            "<style>@media print { .noprint { display: none } } @media (max-width: 768px) { .pc { display:none } }"
            "@supports (display: grid) { @media print { .deep { display: none } } } @font-face { font-family: x }"
            ".sub{display:none} .menu:hover .sub{display:block} .a .b{display:none} p.x:first-child{display:none}"
            "</style><p class='noprint'>一、甲</p><p class='pc'>二、乙</p><p class='sub'>三、丙</p>"
            "<p class='b'>四、丁</p><p class='x'>五、戊</p><p class='deep'>六、己</p>",
            "一、甲\n二、乙\n三、丙\n四、丁\n五、戊\n六、己", id="conditional-rules",
        ),
        pytest.param(  # the article hidden until a script shows it: nothing else is left, so it stays
            f"<h1>关于做好某项工作的通知</h1><div>发布时间：2024-05-06</div><div id='zoom' style='display:none'>"
            f"{_HIDDEN_BODY}<span style='display:none'>（一）打印</span></div>"
            "<div style='display:none'><p>您访问的链接即将离开本网站，是否继续访问该链接？</p></div>",
            "关于做好某项工作的通知\n发布时间：2024-05-06\n" + re.sub("<p>|</p>", "\n", _HIDDEN_BODY).strip()
            .replace("\n\n", "\n"), id="hidden-body-kept",
        ),
        pytest.param(  # …but not when the page shows its text elsewhere
            f"<h1>关于做好某项工作的通知</h1>{_HIDDEN_BODY}<div style='display:none'>{_HIDDEN_BODY}</div>",
            "关于做好某项工作的通知\n" + re.sub("<p>|</p>", "\n", _HIDDEN_BODY).strip().replace("\n\n", "\n"),
            id="hidden-copy-dropped",
        ),
    ],
)
def test_html_hidden_content(markup: str, expected: str) -> None:
    assert load_bytes(markup.encode("utf-8"), format="html").text == expected


# The numbers a browser draws before an <ol>'s items.
@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<ol><li>加强领导。</li><li>抓好落实。</li></ol>", "1.加强领导。\n2.抓好落实。"),
        ("<ol style='list-style-type: cjk-ideographic'><li>总体要求</li><li>主要任务</li></ol>",
         "一、总体要求\n二、主要任务"),
        ("<style>ol.cn{list-style:cjk-ideographic inside}</style><ol class='cn'><li>甲</li><li>乙</li></ol>",
         "一、甲\n二、乙"),
        ("<ol start='3'><li>甲</li><li value='7'>乙</li><li>丙</li></ol>", "3.甲\n7.乙\n8.丙"),
        ("<ol reversed><li>甲</li><li>乙</li><li>丙</li></ol>", "3.甲\n2.乙\n1.丙"),
        ("<ol reversed start='10'><li>甲</li><li>乙</li></ol>", "10.甲\n9.乙"),
        ("<ol type='a'><li>甲</li><li>乙</li></ol><ol type='I'><li>丙</li></ol>", "a.甲\nb.乙\nI.丙"),
        # an item's first line is where its number stands, nested lists number on their own
        ("<ol style='list-style-type:cjk-ideographic'><li><p><b>总体要求</b></p><p>正文。</p>"
         "<ol><li>甲项</li><li>乙项</li></ol></li><li>保障措施</li></ol>",
         "一、总体要求\n正文。\n1.甲项\n2.乙项\n二、保障措施"),
        # a list inside a <ul> item and a <ul> inside an <ol> item
        ("<ul><li><ol><li>甲</li></ol></li></ul><ol><li>乙<ul><li>丙</li></ul></li><li>丁</li></ol>",
         "1.甲\n1.乙\n丙\n2.丁"),
        # no number: the items carry typed markers, the list is of links, or its style draws none
        ("<ol><li>1、保障用地。</li><li>2、缓解融资。</li></ol>", "1、保障用地。\n2、缓解融资。"),
        ("<ol><li><b>（一）</b>稳定面积</li><li>（二）推广良种</li></ol>", "（一）稳定面积\n（二）推广良种"),
        ("<ol><li><a href='/a/1.html'>全县重点项目推进会召开</a></li><li><a href='/a/2.html'>某县入选名单</a>"
         "</li></ol>", "全县重点项目推进会召开\n某县入选名单"),
        ("<style>ol{list-style:none}</style><ol><li>甲</li></ol><ol style='list-style-type:disc'><li>乙</li></ol>",
         "甲\n乙"),
        # a start= too large to be a list's is left out (as one that is no number); a negative value is drawn
        ("<ol start='99999999999'><li>甲</li></ol><ol start='x'><li>乙</li><li value='-2'>丙</li></ol>",
         "1.甲\n1.乙\n-2.丙"),
    ],
)
def test_html_ordered_list_numbers(markup: str, expected: str) -> None:
    assert load_bytes(markup.encode("utf-8"), format="html").text == expected


def test_html_heading_spans() -> None:
    loaded = load_bytes("<h1>讲话</h1><p>同志们：</p><h3>一、总体要求</h3>".encode(), format="html")
    assert loaded.headings == ((0, 2, 1), (8, 14, 3))
    assert html_to_lines("<h2>a<br>b</h2>") == [("a", 2), ("b", 2)]


# ----------------------------------------------------------------------------------------- markdown


@pytest.mark.parametrize(
    ("text", "headings"),
    [
        ("# 讲话\n正文\n## 一、总体要求\n", [("# 讲话", 1), ("## 一、总体要求", 2)]),
        ("讲话\n===\n一、总体要求\n---\n", [("讲话", 1), ("一、总体要求", 2)]),
        ("####### 七级\n#Title\n", []),  # there are six levels; CommonMark needs the space…
        ("#讲话\n####总则\n", [("#讲话", 1), ("####总则", 4)]),  # …but Chinese headings are often typed without it
        ("#两会# 热点\n#1楼\n", []),  # a hashtag, a floor number
        ("```\n# 代码\n```\n   ### 缩进\n", [("   ### 缩进", 3)]),
        ("---\n- 一是\n", []),  # a rule and a list item, not headings
        ("# 甲\r\n正文\r\n", [("# 甲", 1)]),
    ],
)
def test_markdown_headings(text: str, headings: list) -> None:
    loaded = load_bytes(text.encode("utf-8"), name="a.md")
    assert loaded.text == text.replace("\r\n", "\n")  # as Python's text mode reads the file
    text = loaded.text
    assert [(text[s:e], level) for s, e, level in loaded.headings] == headings
    assert markdown_headings(text) == loaded.headings


# ---------------------------------------------------------------------------------------------- pdf

CJK_FONT = find_cjk_font()
needs_cjk_font = pytest.mark.skipif(
    CJK_FONT is None, reason="no CJK font on this machine (install fonts-wqy-microhei or fonts-noto-cjk)"
)
PAGE_NUMBER_LINE = re.compile(r"-\s*\d+\s*-")


@needs_cjk_font
@pytest.mark.parametrize("seed", SEEDS)
def test_pdf_gives_the_seed_without_headers_and_page_numbers(tmp_path: Path, seed: str) -> None:
    assert CJK_FONT is not None
    loaded = load_file(write_pdf(tmp_path, seed, CJK_FONT))
    assert (loaded.format, loaded.encoding, loaded.warnings) == ("pdf", None, ())
    lines = loaded.text.split("\n")
    assert [line for line in lines if PDF_HEADER in line or PAGE_NUMBER_LINE.fullmatch(line.strip())] == []
    # Every character comes back in order (pypdf may add or drop spaces)…
    assert re.sub(r"\s+", "", loaded.text) == re.sub(r"\s+", "", seed_text(seed))
    # …and wrapped lines are joined again: each seed line is one line. (A line with a space may
    # have been wrapped early at that space, too short to tell from a paragraph end.)
    squeezed = {re.sub(r"\s+", "", line) for line in lines}
    whole = [line for line in seed_text(seed).split("\n") if line.strip() and " " not in line.strip()]
    assert [line for line in whole if re.sub(r"\s+", "", line) not in squeezed] == []
    assert _lines_with_markers(loaded.text) == _lines_with_markers(seed_text(seed))


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        (  # running header and "- n -" footers go
            [
                ["内部资料", "一、甲", "正文", "- 1 -"],
                ["内部资料", "正文续", "- 2 -"],
                ["内部资料", "二、乙", "- 3 -"],
            ],
            [["一、甲", "正文"], ["正文续"], ["二、乙"]],
        ),
        (  # page-number styles; a header carrying the page number still matches
            [
                ["某某文件 第1页", "甲", "第 1 页 共 3 页"],
                ["某某文件 第2页", "乙", "2/3"],
                ["某某文件 第3页", "丙", "Page 3 of 3"],
            ],
            [["甲"], ["乙"], ["丙"]],
        ),
        (  # a line repeated on only some pages stays; numbers inside the text stay
            [["一、甲", "2024年", "1"], ["正文", "2024年"], ["二、乙", "三、丙"], ["丁"]],
            [["一、甲", "2024年"], ["正文", "2024年"], ["二、乙", "三、丙"], ["丁"]],
        ),
        ([["  ", "一、甲", "", "3"]], [["一、甲"]]),  # one page: only page numbers and blank lines go
    ],
)
def test_pdf_page_cleaning(pages: list, expected: list) -> None:
    assert clean_pages(pages) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("关 于 印 发 《 某 某 办 法 》 的 通 知", "关于印发《某某办法》的通知"),  # punctuation is CJK too
        ("附 件", "附件"),  # two characters when they are the whole line
        ("某　某　镇　人　民　政　府", "某某镇人民政府"),  # ideographic spaces
        ("第 一 章   总 则", "第一章   总则"),  # a wider gap parts words: kept
        ("签发人：张 三", "签发人：张 三"),  # a name spread to three characters' width: left as typed
        ("甲 乙 双方签订协议", "甲 乙 双方签订协议"),  # two single characters inside a line: not spacing
        ("加强 和 改进", "加强 和 改进"),  # words apart, not characters
        ("凝心聚力 真抓实干", "凝心聚力 真抓实干"),
        ("2024 年 5 月", "2024 年 5 月"),  # only between CJK characters
        ("A B C 三 个 字", "A B C 三个字"),
    ],
)
def test_pdf_letter_spacing_is_closed_up(line: str, expected: str) -> None:
    assert close_letter_spacing(line) == expected


@pytest.mark.parametrize(
    ("lines", "large", "hint"),
    [
        (  # a small running header and a body-size document number above a title wrapped over two lines
            ["某某市人民政府公报 2024年第3期", "某府发〔2024〕3号", "某某市人民政府关于加强", "安全生产工作的通知", "各区县："],
            {"某某市人民政府公报2024年第3期": 10.5, "某某市人民政府关于加强": 22.0, "安全生产工作的通知": 22.0},
            ("某某市人民政府关于加强安全生产工作的通知",),
        ),
        (  # a heading set large is no second title
            ["关于加强安全生产工作的通知", "一、总体要求", "正文。"], {"关于加强安全生产工作的通知": 22.0, "一、总体要求": 18.0},
            ("关于加强安全生产工作的通知",),
        ),
        (  # a red header over the title: two title-sized blocks, no hint (the text's own rules decide)
            ["某某市人民政府办公室", "某府办发〔2024〕3号", "关于加强安全生产工作的通知"],
            {"某某市人民政府办公室": 30.0, "关于加强安全生产工作的通知": 22.0}, (),
        ),
        (  # a title over a subtitle in another large size: no hint either
            ["在全市安全生产工作会议上的讲话", "——坚持安全发展理念", "同志们："],
            {"在全市安全生产工作会议上的讲话": 22.0, "——坚持安全发展理念": 20.0}, (),
        ),
        (["某府发〔2024〕3号", "关于加强安全生产工作的通知"], {"某府发〔2024〕3号": 17.0}, ()),  # a little larger: no title
    ],
)
def test_pdf_title_hint_is_the_first_pages_title_sized_block(lines: list, large: dict, hint: tuple) -> None:
    assert title_hint(lines, large, 16.0) == hint


FULL = "一二三四五六七八九十" * 4  # 40 CJK characters: a line filling a text block of 82 columns


@pytest.mark.parametrize(
    ("lines", "capacity", "expected"),
    [
        (  # full lines go on in the next; a short line ends its paragraph
            [FULL, FULL, "段尾。", FULL, "第二段尾。"],
            82,
            [FULL + FULL + "段尾。", FULL + "第二段尾。"],
        ),
        (  # a full line ending a sentence, then a section marker: a new paragraph after all
            [FULL, FULL[:-1] + "。", "二、第二部分", FULL, "完。"],
            82,
            [FULL + FULL[:-1] + "。", "二、第二部分", FULL + "完。"],
        ),
        (  # a number inside a sentence is no marker ("1.2万名")
            [FULL, FULL, FULL[:-1] + "。", "1.2万名党员。"],
            82,
            [FULL + FULL + FULL[:-1] + "。1.2万名党员。"],
        ),
        (  # within 1.5 characters of the width counts as full; “ ” are wide
            [FULL, FULL[:-1] + "我", FULL[:-2] + "“”", FULL[:-1], "尾。"],
            82,
            [FULL + FULL[:-1] + "我" + FULL[:-2] + "“”" + FULL[:-1] + "尾。"],
        ),
        (  # lines of equal length far short of the text block are a list, not wrapped text
            ["一、加强组织领导", "二、提高干部素质", "三、改进工作作风", "四、严明工作纪律"],
            82,
            ["一、加强组织领导", "二、提高干部素质", "三、改进工作作风", "四、严明工作纪律"],
        ),
        ([FULL, FULL, "尾。"], 82, [FULL, FULL, "尾。"]),  # two full lines are too few to tell
        ([FULL, FULL, FULL, "尾。"], None, [FULL, FULL, FULL, "尾。"]),  # no geometry: nothing joined
        (  # Latin words split at a line end get their space back
            ["a" * 80, "b" * 80, "c" * 80 + "d", "end", "x" * 20],
            82,
            ["a" * 80 + " " + "b" * 80 + " " + "c" * 80 + "d end", "x" * 20],
        ),
        ([], 82, []),
    ],
)
def test_pdf_wrapped_lines_are_joined(lines: list, capacity: float | None, expected: list) -> None:
    assert unwrap(lines, capacity) == expected


OPENING = FULL[:-2]  # a paragraph's first line: two characters of indent (4 columns), not in the text
URL = "https://www.example.gov.cn/zwgk/2024/notice"


@pytest.mark.parametrize(
    ("lines", "indents", "expected"),
    [
        (  # a full line, then an indented line: the indent opens a paragraph, whatever ends the line
            [OPENING, FULL[:-1] + "。", OPENING, FULL, "尾。", OPENING, FULL, "二、第二部分"],
            {OPENING: 4, "二、第二部分": 4},
            [OPENING + FULL[:-1] + "。", OPENING + FULL + "尾。", OPENING + FULL, "二、第二部分"],
        ),
        (  # a line that stops short because the address after it would not fit goes on in the next
            [OPENING, FULL[:-10] + "网址为", URL + "，" + FULL[:17], "尾。", FULL, FULL],
            {OPENING: 4},
            [OPENING + FULL[:-10] + "网址为" + URL + "，" + FULL[:17] + "尾。", FULL + FULL],
        ),
        (  # so does one short by a character that takes two closing marks with it (避头尾)
            [OPENING, FULL[1:-1], "他”。" + FULL[:20], FULL, FULL],
            {OPENING: 4},
            [OPENING + FULL[1:-1] + "他”。" + FULL[:20], FULL + FULL],
        ),
        (  # a short line before a word that would have fit ends its paragraph; a line ending a
           # sentence stops short only because its paragraph ends
            [OPENING, FULL[:-10], "2024年" + FULL[:10], FULL[:-10] + "。", URL, FULL, FULL],
            {OPENING: 4},
            [OPENING + FULL[:-10], "2024年" + FULL[:10], FULL[:-10] + "。", URL, FULL + FULL],
        ),
    ],
)
def test_pdf_paragraphs_open_at_an_indent(lines: list, indents: dict, expected: list) -> None:
    assert unwrap(lines, 82, indents=indents) == expected


COLUMN = "一二三四五六七八九十一二三四五六七"  # 17 CJK characters: a line filling a column of 34 columns
INDENTED = COLUMN[:-2]  # a paragraph's first line: two characters of indent, not in the text


@pytest.mark.parametrize(
    ("lines", "apart", "indents", "expected"),
    [
        (  # an indented first line is full with its indent; the next indented line opens a paragraph
            [INDENTED, COLUMN, "尾。", INDENTED, COLUMN, COLUMN, "完。"],
            set(), {INDENTED: 4},
            [INDENTED + COLUMN + "尾。", INDENTED + COLUMN + COLUMN + "完。"],
        ),
        (  # a heading one character short of the line, then an indented paragraph: not joined
            ["二、聚焦重点持续发力攻坚突破", INDENTED, COLUMN, COLUMN, "尾。"],
            set(), {"二、聚焦重点持续发力攻坚突破": 4, INDENTED: 4},
            ["二、聚焦重点持续发力攻坚突破", INDENTED + COLUMN + COLUMN + "尾。"],
        ),
        (  # a title set in a larger size is as wide as a column's line, yet never joined
            ["在全县营商环境优化提升大会上的讲话", "同志们：", COLUMN, COLUMN, COLUMN, "尾。"],
            {"在全县营商环境优化提升大会上的讲话"}, {},
            ["在全县营商环境优化提升大会上的讲话", "同志们：", COLUMN + COLUMN + COLUMN + "尾。"],
        ),
    ],
)
def test_pdf_column_lines_are_joined(lines: list, apart: set, indents: dict, expected: list) -> None:
    assert unwrap(lines, 33.0, apart, indents) == expected


# An invented bulletin article for the two-column page: headings one character short of a column's
# line (with the indent), paragraphs that wrap over many lines, digits and Latin letters inside.
COLUMN_TITLE = "在全县营商环境优化提升大会上的讲话"
COLUMN_PARAGRAPHS = [
    "同志们：",
    ("今天召开全县营商环境优化提升大会，主要任务是总结去年以来营商环境建设成效，查找短板弱项，部署今年重点任务。"
     "刚才，县发改局通报了2023年度营商环境评价结果，3个部门作了表态发言，我都赞同。"),
    "一、提高站位，深刻认识优化营商环境的重要意义",
    ("营商环境是发展的生命线。全县市场主体总量突破4.6万户，但与先进地区相比，"
     "我们在政务服务效率、要素保障水平、涉企执法规范等方面还有不小差距，必须下大力气加以解决。"),
    "二、聚焦重点持续发力攻坚突破",
    ("要深化“一网通办”改革，推动高频事项“掌上办、就近办”，全年新增网办事项120项以上；"
     "要落实惠企政策直达快享，确保符合条件的企业应享尽享，让企业把精力用在创新和发展上。"),
    ("要开展涉企检查专项清理，凡是没有法律法规依据的检查一律取消，推行“综合查一次”，"
     "最大限度减少对企业正常经营的干扰，真正做到无事不扰、有求必应。"),
    "三、压实责任确保各项任务见效",
    ("各乡镇、各部门主要负责同志要亲自抓、负总责，把优化营商环境摆在突出位置，定期研究、定期调度；"
     "县委督查室、县政府督查室要加强跟踪问效，对推进不力的要通报批评、严肃问责。"),
    ("同志们，优化营商环境永远在路上。让我们以更大的决心、更实的举措，奋力打造一流营商环境，"
     "为全县高质量发展提供有力支撑！"),
]


@needs_cjk_font
@pytest.mark.parametrize(
    ("repeat", "balance"),
    [
        (1, True),  # one page, both columns
        (3, False),  # the second page holds only the first column's lines: no wider for that
    ],
)
def test_two_column_pdf_gives_whole_paragraphs(tmp_path: Path, repeat: int, balance: bool) -> None:
    assert CJK_FONT is not None
    paragraphs = COLUMN_PARAGRAPHS * repeat
    loaded = load_file(write_columns_pdf(tmp_path, COLUMN_TITLE, paragraphs, CJK_FONT, balance=balance))
    assert [re.sub(r"\s+", "", line) for line in loaded.text.split("\n")] == [COLUMN_TITLE, *paragraphs]


def cjk_pdf(lines: list[tuple[str, float, float]], left: float = 72.0, top: float = 770.0) -> bytes:
    """A one-page PDF of CJK lines, (text, size, character spacing) each, in Adobe's STSong-Light
    (not embedded, UTF-16 codes: no font file needed), every line at the left margin."""
    ops, y = [], top
    for text, size, spacing in lines:
        ops.append(f"BT /F1 {size} Tf {spacing} Tc 1 0 0 1 {left} {y} Tm <{text.encode('utf-16-be').hex()}> Tj ET")
        y -= size * 1.5
    content = "\n".join(ops).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
        b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe)"
        b" /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0"
        b" /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


TEXT_WIDTH = 451.0  # 595 pt page, 72 pt margins


def justified(text: str, size: float = 12.0) -> tuple[str, float, float]:
    """A line spread to the full text width by character spacing, as justified text is set."""
    return text, size, round((TEXT_WIDTH - size * len(text)) / len(text), 4)


def ragged(text: str, size: float = 12.0) -> tuple[str, float, float]:
    return text, size, 0.0


# Paragraph lines of 32, 30 and 32 characters, each spread to the full width: a count of characters
# would take the 30-character line (4 columns short of the longest) for a paragraph's end.
JUSTIFIED_LINES = [
    justified("一、加强组织领导。各级党委要认真履行主体责任，抓好工作落实，推进"),
    justified("各项工作，确保取得实效，切实把各项工作落到实处，确保各项任务"),
    justified("全面完成。（一）健全工作机制，明确责任分工，强化督促检查，完善考"),
    ragged("核办法。"),
    ragged("二、强化督促检查。"),
]


def test_justified_pdf_lines_are_joined_by_their_width_on_the_page() -> None:
    loaded = load_bytes(cjk_pdf([ragged("关于加强工作的意见", 16.0), *JUSTIFIED_LINES]))
    paragraph = "".join(text for text, _, _ in JUSTIFIED_LINES[:4])
    assert loaded.text.split("\n") == ["关于加强工作的意见", paragraph, "二、强化督促检查。"]


def test_pdf_title_set_on_two_lines_in_a_larger_size_is_one_line() -> None:
    lines = [ragged("某某大学信息工程学院", 22.0), ragged("学生奖学金评审办法", 22.0), *JUSTIFIED_LINES]
    loaded = load_bytes(cjk_pdf(lines))
    assert loaded.text.split("\n")[0] == "某某大学信息工程学院学生奖学金评审办法"
    outline = orgdoc.parse_bytes(cjk_pdf(lines))
    assert outline.title == "某某大学信息工程学院学生奖学金评审办法"
    assert [n.marker for n in outline.children] == ["一、", "二、"]


def _pdf_inputs(tmp_path: Path) -> list[bytes]:
    """The PDF shapes of these tests: seeds with header and page numbers, two columns (balanced or
    not), justified lines, a title on two lines in a larger size."""
    title = [ragged("某某大学信息工程学院", 22.0), ragged("学生奖学金评审办法", 22.0), *JUSTIFIED_LINES]
    out = [cjk_pdf([ragged("关于加强工作的意见", 16.0), *JUSTIFIED_LINES]), cjk_pdf(title)]
    if CJK_FONT is not None:
        out += [write_pdf(tmp_path, seed, CJK_FONT).read_bytes() for seed in SEEDS]
        for repeat, balance in ((1, True), (3, False)):
            path = write_columns_pdf(tmp_path, COLUMN_TITLE, COLUMN_PARAGRAPHS * repeat, CJK_FONT, balance=balance)
            out.append(path.read_bytes())
    return out


def test_pypdfium2_and_pypdf_give_the_same_outlines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pypdfium2")
    inputs = _pdf_inputs(tmp_path)
    fast = [orgdoc.parse_bytes(data) for data in inputs]
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # pypdf reads the pages
    slow = [orgdoc.parse_bytes(data) for data in inputs]
    assert [outline_text(o) for o in fast] == [outline_text(o) for o in slow]
    assert [to_json(o) for o in fast] == [to_json(o) for o in slow]  # runs of typed spaces too


# ----------------------------------------------------------------------------------------- properties

PREFIXES = [
    b"",
    b"PK\x03\x04",
    b"%PDF-1.4\n",
    OLE,
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"<html>",
    b"{\\rtf1",
    "一、".encode("gbk"),
    b"\x00",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from(PREFIXES),
    body=st.binary(max_size=600),
    name=st.sampled_from([None, "a.txt", "a.docx", "a.pdf", "a.html", "a.md", "a.doc"]),
    format=st.sampled_from([None, "text", "docx", "html", "markdown", "pdf"]),
)
def test_random_bytes_load_or_raise_an_orgdoc_error(
    prefix: bytes, body: bytes, name: str | None, format: str | None
) -> None:
    try:
        loaded = load_bytes(prefix + body, name=name, format=format)
    except OrgdocError as error:
        assert str(error).endswith(f" — {name or '<bytes>'}")
        return
    assert isinstance(loaded, Loaded) and isinstance(loaded.text, str)
    assert all(0 <= s <= e <= len(loaded.text) and 1 <= level <= 9 for s, e, level in loaded.headings)


# Speech-like text: markers, punctuation and frequent words, in any mix and length.
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_damaged_docx_and_pdf_load_or_raise_an_orgdoc_error(
    small_docx: bytes, small_pdf: bytes, data: st.DataObject
) -> None:
    damaged = bytearray(data.draw(st.sampled_from([small_docx, small_pdf]), label="file"))
    positions = st.integers(0, len(damaged) - 1)
    for position, value in data.draw(
        st.lists(st.tuples(positions, st.integers(0, 255)), min_size=1, max_size=6)
    ):
        damaged[position] = value
    cut = data.draw(st.integers(1, len(damaged)), label="length")
    try:
        loaded = load_bytes(bytes(damaged[:cut]))
    except OrgdocError as error:
        assert str(error).endswith(" — <bytes>")
        return
    assert isinstance(loaded.text, str)


_SPEECH = st.text(
    alphabet=st.sampled_from(
        "一二三四五六七八九十、（）：。，；要是党的组织建设工作加强领导干部推进落实全面 1.\n"
    ),
    min_size=1,
    max_size=60,
)
_TRADITIONAL_SPEECH = st.text(
    alphabet=st.sampled_from("一二三四五、（）：。，要是黨的組織建設工作加強領導幹部"), min_size=4
)


@settings(max_examples=300, deadline=None)
@given(text=_SPEECH, codec=st.sampled_from(["utf-8", "gb18030", "gbk", "utf-16"]))
def test_speech_text_round_trips(text: str, codec: str) -> None:
    assert load_bytes(text.encode(codec)).text == text


@settings(max_examples=200, deadline=None)
@given(text=_TRADITIONAL_SPEECH)
def test_traditional_speech_text_round_trips_through_big5(text: str) -> None:
    assert load_bytes(text.encode("big5")).text == text


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")) | st.sampled_from("\n\t")))
def test_utf8_text_round_trips(text: str) -> None:
    # Up to 8 non-ASCII characters that also read cleanly as GBK or Big5 are ambiguous (UTF-8 "һ" is
    # GBK "一"), and a reading as common Chinese wins; every other UTF-8 text comes back as written.
    non_ascii = [ch for ch in text if ch > "\x7f"]
    ambiguous = 0 < len(non_ascii) <= 8 and not text.startswith("\ufeff") and _reads_as_legacy_chinese(text)
    assume(not ambiguous)
    assume(strip_markup(text) == text)  # <a>, &amp; … are read as markup (tests/test_hostile.py)
    assume(unescape_breaks(text) == text)  # literal \n escapes standing for its lines are read as breaks
    assert load_bytes(text.encode("utf-8"), format="text").text == text


def _reads_as_legacy_chinese(text: str) -> bool:
    data = text.encode("utf-8")
    for codec in ("gb18030", "big5", "cp950", "big5hkscs"):
        try:
            data.decode(codec)
        except UnicodeDecodeError:
            continue
        return True
    return False


_PAGE_TEXTS = st.text(alphabet=st.sampled_from(list("中国发展的工作要一是二、。，；：（）《》体系建設發展們這個\n ab1")), min_size=1,
                      max_size=300)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_PAGE_TEXTS, st.sampled_from(["gbk", "gb18030", "big5", "utf-8", "gb2312"]),
       st.sampled_from(["gbk", "gb18030", "big5", "utf-8", "gb2312", "shift_jis"]))
def test_a_declared_charset_taken_at_once_is_what_the_ranking_chooses(monkeypatch, text: str, written: str,
                                                                     declared: str) -> None:
    from orgdoc.load import encoding

    try:
        data = text.encode(written)
    except UnicodeEncodeError:
        return
    def decoded() -> tuple[str, str] | str:
        try:
            result = encoding.decode_text(data, "page.html", None, declared)
        except OrgdocError as exc:
            return type(exc).__name__
        return result.text, result.encoding

    quick = decoded()
    with monkeypatch.context() as patched:
        patched.setattr(encoding, "_unbeatable", lambda data, declared: None)
        assert decoded() == quick


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_utf8_bom_file_offsets_index_the_text_python_reads(tmp_path: Path, suffix: str) -> None:
    # Notepad saves UTF-8 with a BOM; open(path, encoding="utf-8") keeps it as the first character,
    # so every span counts it, the title's and the headings' alike.
    source = "# 关于加强管理的通知\n\n一、总体要求\n各单位要抓好落实。\n二、工作措施\n要建立台账。\n"
    path = tmp_path / f"notice{suffix}"
    path.write_bytes(b"\xef\xbb\xbf" + source.encode("utf-8"))
    read = path.read_text(encoding="utf-8")
    outline = orgdoc.parse_file(path)
    headings = [(node.heading, read[node.heading_span[0]:node.heading_span[1]]) for node in outline.walk()]
    assert [h for h, _ in headings] == ["总体要求", "工作措施"]
    assert all(h == cut for h, cut in headings)
    for node in outline.walk():
        assert read[node.span[0]:node.span[0] + len(node.marker or "")] == (node.marker or "")


def test_pdf_radicals_read_as_the_characters_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF whose text maps glyphs to radicals (⼀、⼯作⽬标) is read as it shows: 一、工作目标."""
    from orgdoc import load

    shown = "\u2f00、\u2f2f作\u2f6c标\n\u2f06、\u2ed3期任务"
    monkeypatch.setitem(load._LOADERS, "pdf", lambda data, name, encoding, limits: Loaded(shown, "pdf", None, name))
    loaded = load_bytes(b"%PDF-1.4", name="radicals.pdf")
    assert loaded.text == "一、工作目标\n二、长期任务"
    assert any("radical" in w for w in loaded.warnings)
