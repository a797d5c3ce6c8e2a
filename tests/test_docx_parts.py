"""Word .docx beyond running paragraphs: data tables (their cells are data, not the outline's text),
embedded documents (w:altChunk: HTML, MHT, another .docx) and list levels that show no number.

The packages are built here in the shapes Word and WPS write (a task table under a section, a
one-column 专栏 box, an altChunk part an HTML-to-Word converter leaves, a multi-level list whose
heading level has numFmt none); the words are made up.
"""

from __future__ import annotations

import io
import quopri
import zipfile

import pytest

import orgdoc
from orgdoc.errors import LimitError
from orgdoc.load import Limits, load_bytes
from orgdoc.load.docx import MAX_CHUNK_DEPTH
from tests.outline_text import dedent, outline_text
from tests.test_docx_word import REL_NS, W_NS, docx, para

TITLE = "临江市关于推进社区服务提质增效的实施方案"


def table(*rows: tuple[str, ...]) -> str:
    """A w:tbl: one row per tuple, one cell per string (an empty string is an empty cell, a table a
    nested table)."""
    cells = ("".join(f"<w:tc>{text if text.startswith('<w:tbl>') else para(text)}</w:tc>" for text in row)
             for row in rows)
    return "<w:tbl>" + "".join(f"<w:tr>{row}</w:tr>" for row in cells) + "</w:tbl>"


SECTIONS = (para("一、总体目标") + para("到2025年底，社区服务站点实现全覆盖。") + para("二、重点任务")
            + para("（一）完善服务设施。各街道要统筹利用现有场地。"))
TAIL = para("（二）优化服务流程。推行一窗受理、全程代办。") + para("三、保障措施") + para("各部门要加强组织领导。")
OUTLINE = """
    一、 总体目标
    二、 重点任务
      （一） 完善服务设施
      （二） 优化服务流程
    三、 保障措施
"""

# ------------------------------------------------------------------------------------- data tables

# (the table standing between （一） and （二）, the outline, the table regions' text): a table of rows
# and columns is data, its row labels and lead sentences no headings; a table used as layout (one
# column: a box around paragraphs; one row: issuer | date) is running text.
def _case(tbl: str, expected: str, tables: list[str], id: str, regions: list[str] | None = None) -> object:
    """A row: the table regions are the loader's tables unless given (a caption line above one joins it)."""
    return pytest.param(tbl, expected, tables, tables if regions is None else regions, id=id)


TABLE_CASES = [
    _case(table(("类别", "主要内容"), ("一、设施建设", "新建服务驿站十个"), ("二、流程优化", "推行一窗受理")),
                 OUTLINE, ["类别\n主要内容\n一、设施建设\n新建服务驿站十个\n二、流程优化\n推行一窗受理"],
                 id="row labels 一、 二、 are no sections"),
    _case(table(("序号", "任务", "牵头单位"), ("1", "建设服务驿站", "区民政局"), ("2", "推行一窗受理", "区政务中心")),
                 OUTLINE, ["序号\n任务\n牵头单位\n1\n建设服务驿站\n区民政局\n2\n推行一窗受理\n区政务中心"],
                 id="numbers of a 序号 column are no points"),
    _case(table(("1", "要在设施上下功夫。新建服务驿站十个，补齐短板。"),
                       ("2", "要在流程上下功夫。推行一窗受理，压缩时限。")),
                 OUTLINE, ["1\n要在设施上下功夫。新建服务驿站十个，补齐短板。\n2\n要在流程上下功夫。推行一窗受理，压缩时限。"],
                 id="parallel lead sentences in cells are no run-ins"),
    _case(table(("重点任务分工",), ("一、设施建设", "区民政局"), ("二、流程优化", "区政务中心")),
                 OUTLINE, ["重点任务分工\n一、设施建设\n区民政局\n二、流程优化\n区政务中心"],
                 id="a merged caption row over rows of cells"),
    _case(table(("专栏1 重点工程",), ("1．驿站建设工程。新建服务驿站十个。",), ("2．流程再造工程。推行一窗受理。",)),
                 """
                 一、 总体目标
                 二、 重点任务
                   （一） 完善服务设施
                     1． 驿站建设工程
                     2． 流程再造工程
                   （二） 优化服务流程
                 三、 保障措施
                 """, [],
                 id="a one-column box: its list is the outline's"),
    _case(table(("临江市民政局", "2024年3月1日")), OUTLINE, [], id="a one-row table is layout"),
    _case(table(("临江市民政局", ""), ("2024年3月1日", "")), OUTLINE, [], id="a second column left empty is layout"),
    _case(table(("专栏1",), (table(("一、设施建设", "区民政局"), ("二、流程优化", "区政务中心")),)),
                 OUTLINE, ["一、设施建设\n区民政局\n二、流程优化\n区政务中心"], id="a data table inside a box",
          regions=["专栏1\n一、设施建设\n区民政局\n二、流程优化\n区政务中心"]),  # the box's caption goes with it
    _case(table(("事项", "说明"), ("驿站", table(("一、新建", "十个"), ("二、改建", "五个"))), ("窗口", "一窗受理")),
                 OUTLINE, ["事项\n说明\n驿站\n一、新建\n十个\n二、改建\n五个\n窗口\n一窗受理"],
                 id="a table nested in a data table is part of it"),
]


@pytest.mark.parametrize(("tbl", "expected", "tables", "regions"), TABLE_CASES)
def test_data_tables_are_no_outline(tbl: str, expected: str, tables: list[str], regions: list[str]) -> None:
    data = docx(para(TITLE) + SECTIONS + tbl + TAIL)
    loaded = load_bytes(data, name="a.docx")
    outline = orgdoc.parse_bytes(data, name="a.docx")
    regions = [outline.text[a:b] for a, b in (r.span for r in outline.regions if r.kind.value == "table")]
    assert (outline_text(outline), [loaded.text[a:b] for a, b in loaded.tables], regions) == (
        dedent(expected), tables, regions)


# ----------------------------------------------------------------------------------------- altChunk

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
PACKAGE_RELS = (f'<Relationships xmlns="{REL_NS}"><Relationship Id="r1" Type="{R_NS}/officeDocument" '
                'Target="word/document.xml"/></Relationships>')


def package(body: str, chunks: dict[str, tuple[str, bytes]] | None = None, numbering: str = "") -> bytes:
    """A .docx whose document.xml holds `body`; `chunks` maps a relationship id to the (part name,
    bytes) a w:altChunk with that r:id imports (the content type from the part's extension)."""
    parts = {"word/document.xml": f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>'.encode()}
    rels = [f'<Relationship Id="{rid}" Type="{R_NS}/aFChunk" Target="{part}"/>' for rid, (part, _) in (chunks or {}).items()]
    parts.update((f"word/{part}", data) for part, data in (chunks or {}).values())
    if numbering:
        parts["word/numbering.xml"] = f'<w:numbering xmlns:w="{W_NS}">{numbering}</w:numbering>'.encode()
        rels.append(f'<Relationship Id="rn" Type="{R_NS}/numbering" Target="numbering.xml"/>')
    parts["word/_rels/document.xml.rels"] = f'<Relationships xmlns="{REL_NS}">{"".join(rels)}</Relationships>'.encode()
    parts["_rels/.rels"] = PACKAGE_RELS.encode()
    defaults = "".join(f'<Default Extension="{ext}" ContentType="{ctype}"/>' for ext, ctype in CHUNK_TYPES.items())
    parts["[Content_Types].xml"] = f'<Types xmlns="{CT_NS}">{defaults}</Types>'.encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, content in parts.items():
            archive.writestr(path, content)
    return buffer.getvalue()


# The content types Word gives the parts of alternative formats.
CHUNK_TYPES = {"htm": "text/html", "mht": "message/rfc822", "txt": "text/plain", "rtf": "application/rtf",
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
               "bin": "application/octet-stream"}


def chunk(rid: str = "c1") -> str:
    return f'<w:altChunk r:id="{rid}"/>'


def html(*paragraphs: str, head: str = '<meta charset="utf-8">') -> str:
    return f"<html><head>{head}</head><body>{''.join(f'<p>{p}</p>' for p in paragraphs)}</body></html>"


def mht(page: str, charset: str = "utf-8") -> bytes:
    """A web archive as Word saves one: MIME, the page quoted-printable, its charset in the part's header."""
    encoded = quopri.encodestring(page.encode(charset)).decode("ascii").replace("\n", "\r\n")
    return ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01\"\r\n\r\n"
            "------=_NextPart_01\r\nContent-Location: file:///C:/x/afchunk.htm\r\n"
            f"Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"{charset}\"\r\n\r\n"
            f"{encoded}\r\n------=_NextPart_01--\r\n").encode("ascii")


SPEECH = ("一、提高站位", "安全生产事关群众生命财产安全。", "二、突出重点", "要聚焦重点行业领域。")
CN_LIST = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
           '<w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'
           '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
NUMBERED = para("提高站位", (1, 0)) + para("安全生产事关群众生命财产安全。") + para("突出重点", (1, 0)) + para("要聚焦重点行业领域。")

# (the chunk's part name and bytes, the lines read): Word shows an imported document where its
# w:altChunk stands, between the paragraphs around it.
CHUNK_CASES = [
    pytest.param("afchunk.htm", html(*SPEECH).encode(), list(SPEECH), id="HTML"),
    pytest.param("afchunk.htm", html(*SPEECH, head='<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
                 .encode("gb2312"), list(SPEECH), id="HTML in the GB2312 its meta declares"),
    pytest.param("afchunk.mht", mht(html(*SPEECH, head="")), list(SPEECH), id="MHT, quoted-printable"),
    pytest.param("afchunk.mht", mht(html(*SPEECH, head=""), "gb18030"), list(SPEECH),
                 id="MHT in the charset its header names"),
    pytest.param("afchunk.docx", package(NUMBERED, numbering=CN_LIST), list(SPEECH),
                 id="a .docx with its own numbering"),
    pytest.param("afchunk.txt", "\r\n".join(SPEECH).encode("gbk"), list(SPEECH), id="plain text"),
    pytest.param("afchunk.bin", html(*SPEECH).encode(), list(SPEECH), id="HTML told by its bytes"),
    pytest.param("afchunk.rtf", b"{\\rtf1\\ansi text}", [], id="RTF is left out"),
]


@pytest.mark.parametrize(("part", "data", "expected"), CHUNK_CASES)
def test_alt_chunks_are_read_where_they_stand(part: str, data: bytes, expected: list[str]) -> None:
    loaded = load_bytes(package(para("前言") + chunk() + para("结尾"), {"c1": (part, data)}), name="a.docx")
    assert loaded.text.split("\n") == ["前言", *expected, "结尾"]


def test_a_chunk_keeps_its_heading_levels_and_tables() -> None:
    inner = package(para("总体要求") + table(("序号", "任务"), ("1", "建设驿站")) + para("一、重点任务"))
    page = "<html><body><h2>保障措施</h2><p>加强领导。</p></body></html>"
    loaded = load_bytes(package(para(TITLE) + chunk("c1") + chunk("c2"),
                                {"c1": ("a.docx", inner), "c2": ("b.htm", page.encode())}), name="a.docx")
    assert [loaded.text[a:b] for a, b in loaded.tables] == ["序号\n任务\n1\n建设驿站"]
    assert [(loaded.text[a:b], level) for a, b, level in loaded.headings] == [("保障措施", 2)]


@pytest.mark.parametrize(("chunks", "warning"), [
    pytest.param({"c1": ("afchunk.rtf", b"{\\rtf1 x}")},
                 "the embedded RTF document word/afchunk.rtf was left out (RTF is not read: save it as .docx)", id="RTF"),
    pytest.param({"c1": ("afchunk.docx", b"PK\x03\x04 broken")},
                 "the embedded document word/afchunk.docx could not be read and was left out (the file is not a valid "
                 "Word document: broken zip archive (File is not a zip file))", id="a broken .docx"),
    pytest.param({"c1": ("afchunk.mht", b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nx")},
                 "the embedded web archive word/afchunk.mht holds no HTML page; it was left out", id="an MHT without a page"),
])
def test_unreadable_chunks_are_left_out_with_a_warning(chunks: dict[str, tuple[str, bytes]], warning: str) -> None:
    loaded = load_bytes(package(para("前言") + chunk() + para("结尾"), chunks), name="a.docx")
    assert (loaded.text, loaded.warnings) == ("前言\n结尾", (warning,))


def test_chunks_nested_too_deep_are_left_out() -> None:
    data = package(para("最里层"))
    for depth in range(MAX_CHUNK_DEPTH + 1):
        data = package(para(f"第{depth}层") + chunk(), {"c1": ("afchunk.docx", data)})
    loaded = load_bytes(data, name="a.docx")
    assert loaded.text.split("\n") == [f"第{d}层" for d in range(MAX_CHUNK_DEPTH, -1, -1)]
    note = ("the embedded document word/afchunk.docx could not be read and was left out (the file is not a valid "
            f"Word document: word/afchunk.docx is a document embedded more than {MAX_CHUNK_DEPTH} deep)")
    assert loaded.warnings == (note,)


def test_a_chunk_counts_against_the_unzipped_budget() -> None:
    inner = package(para("正文" * 5000))
    data = package(para("前言") + chunk(), {"c1": ("afchunk.docx", inner)})
    with pytest.raises(LimitError, match="max_unzipped_bytes"):
        load_bytes(data, name="a.docx", limits=Limits(max_unzipped_bytes=len(data) + 20_000))


def test_a_speech_in_an_html_chunk_gives_its_outline() -> None:
    page = html("同志们：", "今天召开会议，我讲两点意见。", "一、提高站位", "一是要树牢安全理念，二是要守住安全底线。",
                "二、突出重点", "要聚焦重点行业领域。")
    outline = orgdoc.parse_bytes(package(para("在全县安全生产工作会议上的讲话") + chunk(), {"c1": ("a.htm", page.encode())}),
                                 name="a.docx")
    assert (outline.title, outline_text(outline)) == ("在全县安全生产工作会议上的讲话", dedent("""
        一、 提高站位
          一是 要树牢安全理念
          二是 要守住安全底线
        二、 突出重点"""))


# ------------------------------------------------------------------------ list levels without numbers

def levels(*formats: tuple[str, str]) -> str:
    """numbering.xml with one list (numId 1) whose level i has formats[i] = (numFmt, lvlText)."""
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="nothing"/>'
                   f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(formats))
    return f'<w:abstractNum w:abstractNumId="0">{lvls}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'


NONE = ("none", "")
SUMMARY = "临江镇2024年度工作总结"
WORK = "经济运行稳中向好。一是招商引资成效明显，二是农业生产稳步发展。"
PLAN = "新的一年，重点抓好两项工作。一是抓好项目建设，二是推进乡村振兴。"

# (numbering, body, the outline): a paragraph on a list level whose w:numFmt is none shows no number;
# such levels make headings (a multi-level list for plain titles), nested as the levels are.
NONE_CASES = [
    pytest.param(levels(NONE), para("主要工作", (1, 0)) + para(WORK) + para("2025年工作打算", (1, 0)) + para(PLAN), """
        · 主要工作
          一是 招商引资成效明显
          二是 农业生产稳步发展
        · 2025年工作打算
          一是 抓好项目建设
          二是 推进乡村振兴""", id="a top level without numbers"),
    pytest.param(levels(("chineseCounting", "%1、"), NONE),
                 para("工作回顾", (1, 0)) + para("经济运营", (1, 1)) + para(WORK) + para("社会事业", (1, 1))
                 + para("各项社会事业全面发展。") + para("工作打算", (1, 0)) + para(PLAN), """
        一、 工作回顾
          · 经济运营
            一是 招商引资成效明显
            二是 农业生产稳步发展
          · 社会事业
        二、 工作打算
          一是 抓好项目建设
          二是 推进乡村振兴""", id="an unnumbered level under a numbered one"),
    pytest.param(levels(NONE), para("主要工作", (1, 0)) + para(WORK) + para(PLAN), """
        一是 招商引资成效明显
        二是 农业生产稳步发展
        一是 抓好项目建设
        二是 推进乡村振兴""", id="one such line alone heads nothing"),
    pytest.param(levels(NONE), para(WORK, (1, 0)) + para(PLAN, (1, 0)), """
        一是 招商引资成效明显
        二是 农业生产稳步发展
        一是 抓好项目建设
        二是 推进乡村振兴""", id="paragraphs of prose on such a level are no headings"),
]


@pytest.mark.parametrize(("numbering", "body", "expected"), NONE_CASES)
def test_list_levels_without_numbers_are_headings(numbering: str, body: str, expected: str) -> None:
    outline = orgdoc.parse_bytes(package(para(SUMMARY) + para("现将一年来的工作总结如下。") + body, numbering=numbering),
                                 name="a.docx")
    assert outline_text(outline) == dedent(expected)


def test_a_heading_style_outranks_the_list_level() -> None:
    styles = ('<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/></w:style>')
    body = ('<w:p><w:pPr><w:pStyle w:val="H2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            '<w:r><w:t>主要工作</w:t></w:r></w:p>' + para("计划安排", (1, 0)))
    loaded = load_bytes(docx(body, levels(NONE), styles), name="a.docx")
    assert [(loaded.text[a:b], level) for a, b, level in loaded.headings] == [("主要工作", 2), ("计划安排", 1)]
