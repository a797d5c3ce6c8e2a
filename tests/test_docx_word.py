"""Word .docx as Word shows it: list counters shared by the nums of one abstractNum, the marker's
suffix, tracked deletions, hidden text and text boxes.

The cases are small packages built here, shaped after what Word and WPS write (numbering.xml as
Word saves "restart at 1" and "continue numbering", text boxes as mc:AlternateContent with a VML
fallback); the words are made up.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

import orgdoc
from orgdoc.load import load_bytes
from orgdoc.load.numbering import Numbering, W

W_NS = W[1:-1]
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# The namespaces a body with text boxes uses (as Word declares them on w:document).
NAMESPACES = {
    "w": W_NS,
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
}
XMLNS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items())


def docx(body: str, numbering: str = "", styles: str = "") -> bytes:
    """A minimal package: document.xml with `body`, numbering.xml and styles.xml when given."""
    parts = {"word/document.xml": f"<w:document {XMLNS}><w:body>{body}</w:body></w:document>"}
    if numbering:
        parts["word/numbering.xml"] = f'<w:numbering xmlns:w="{W_NS}">{numbering}</w:numbering>'
    if styles:
        parts["word/styles.xml"] = f'<w:styles xmlns:w="{W_NS}">{styles}</w:styles>'
    rels = "".join(f'<Relationship Id="r{i}" Type="{RT}/{part[5:-4]}" Target="{part[5:]}"/>'
                   for i, part in enumerate(parts) if part != "word/document.xml")
    parts["word/_rels/document.xml.rels"] = f'<Relationships xmlns="{REL_NS}">{rels}</Relationships>'
    parts["_rels/.rels"] = (f'<Relationships xmlns="{REL_NS}"><Relationship Id="r1" Type="{RT}/officeDocument" '
                            'Target="word/document.xml"/></Relationships>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path, content in parts.items():
            archive.writestr(path, content)
    return buffer.getvalue()


def para(text: str = "", num: tuple[int, int] | None = None, *, runs: str = "", mark: str = "") -> str:
    """A paragraph: its text as one run (or `runs`), numbered (numId, ilvl), `mark` the run properties
    of its paragraph mark (w:del, w:vanish)."""
    ppr = f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else ""
    ppr += f"<w:rPr>{mark}</w:rPr>" if mark else ""
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs or run(text)}</w:p>"


def run(text: str, rpr: str = "") -> str:
    return f"<w:r>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}<w:t>{text}</w:t></w:r>" if text else ""


def lines(data: bytes) -> list[str]:
    return load_bytes(data, name="a.docx").text.split("\n")


def abstract(ident: int, *levels: tuple[str, str], suff: str = "nothing", extra: str = "") -> str:
    """A w:abstractNum with one w:lvl per (numFmt, lvlText), all with the suffix `suff`."""
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="{suff}"/>'
                   f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
    return f'<w:abstractNum w:abstractNumId="{ident}">{extra}{lvls}</w:abstractNum>'


def num(num_id: int, abstract_id: int, *starts: tuple[int, int]) -> str:
    """A w:num over an abstractNum, with a w:startOverride per (ilvl, start): Word's "restart at"."""
    overrides = "".join(f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                        for ilvl, start in starts)
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


CN = ("chineseCounting", "%1、")
CN_AR = (CN, ("decimal", "%2."))

# ------------------------------------------------------------------------------- list counters

# (numbering.xml content, the (numId, ilvl) of each numbered paragraph in order, the markers Word draws)
COUNTER_CASES = [
    pytest.param(abstract(0, CN) + num(1, 0) + num(2, 0) + num(3, 0),
                 [(1, 0), (2, 0), (3, 0)], ["一、", "二、", "三、"],
                 id="the nums of one abstractNum continue one list"),
    pytest.param(abstract(0, CN) + num(1, 0) + num(2, 0, (0, 1)),
                 [(1, 0), (1, 0), (2, 0), (2, 0), (1, 0)], ["一、", "二、", "一、", "二、", "三、"],
                 id="a startOverride restarts the list where its num begins; the list goes on after"),
    pytest.param(abstract(0, CN) + num(1, 0) + num(2, 0, (0, 1)),
                 [(2, 0), (1, 0), (2, 0)], ["一、", "二、", "三、"],
                 id="a startOverride restarts once, at its num's first paragraph"),
    pytest.param(abstract(0, CN) + num(1, 0, (0, 5)),
                 [(1, 0), (1, 0)], ["五、", "六、"],
                 id="a startOverride on the only num starts the list there"),
    pytest.param(abstract(0, CN) + abstract(1, CN) + num(1, 0) + num(2, 1),
                 [(1, 0), (2, 0), (1, 0), (2, 0)], ["一、", "一、", "二、", "二、"],
                 id="nums of different abstractNums count apart"),
    pytest.param(abstract(0, *CN_AR) + num(1, 0) + num(2, 0),
                 [(1, 0), (2, 1), (2, 1), (1, 0), (2, 1)], ["一、", "1.", "2.", "二、", "1."],
                 id="a level restarts under its parent whichever num numbers either"),
    pytest.param(abstract(0, *CN_AR) + num(1, 0) + num(2, 0, (1, 1)),
                 [(1, 0), (1, 1), (1, 1), (2, 1), (1, 1)], ["一、", "1.", "2.", "1.", "2."],
                 id="a restart of a sublevel leaves the level above counting"),
    pytest.param(abstract(0, CN) + abstract(1, extra='<w:numStyleLink w:val="ListStyle"/>')
                 + num(1, 0) + num(2, 1),
                 [(1, 0), (2, 0), (1, 0)], ["一、", "二、", "三、"],
                 id="a num linked through a list style counts with the style's list"),
]


@pytest.mark.parametrize(("xml", "calls", "markers"), COUNTER_CASES)
def test_list_counters_follow_word(xml: str, calls: list[tuple[int, int]], markers: list[str]) -> None:
    numbering = Numbering(etree.fromstring(f'<w:numbering xmlns:w="{W_NS}">{xml}</w:numbering>'),
                          {"ListStyle": "1"})
    assert [numbering.marker(str(num_id), ilvl) for num_id, ilvl in calls] == markers


def test_headings_on_several_nums_of_one_list_number_on() -> None:
    body = para("临江市关于加强应急管理的意见") + "".join(
        para(heading, (i, 0)) + para("正文内容。") for i, heading in enumerate(["总体要求", "重点任务", "保障措施"], 1))
    data = docx(body, abstract(0, CN) + num(1, 0) + num(2, 0) + num(3, 0))
    outline = orgdoc.parse_bytes(data, name="a.docx")
    assert [(n.marker, n.heading) for n in outline.children] == [
        ("一、", "总体要求"), ("二、", "重点任务"), ("三、", "保障措施")]
    assert [w for w in outline.warnings if w.code.value == "numbering_restart"] == []


# ----------------------------------------------------------------------------- marker suffix

# (w:suff of the level, lvlText, the line Word shows): a tab (Word's default) or a space is written as
# a space, so the marker stays apart from the heading, "nothing" joins them.
SUFFIX_CASES = [
    pytest.param("tab", "%1", "1 总则", id="tab: a space, not 1总则"),
    pytest.param("", "%1", "1 总则", id="no w:suff is a tab"),
    pytest.param("space", "%1", "1 总则", id="space"),
    pytest.param("nothing", "%1、", "一、总则", id="nothing"),
    pytest.param("tab", "第%1章", "第一章 总则", id="tab after a chapter"),
    pytest.param("tab", "", "总则", id="an empty marker takes no suffix"),
]


@pytest.mark.parametrize(("suff", "text", "line"), SUFFIX_CASES)
def test_marker_suffix(suff: str, text: str, line: str) -> None:
    fmt = "chineseCounting" if "、" in text or "章" in text else "decimal"
    level = f'<w:suff w:val="{suff}"/>' if suff else ""
    numbering = (f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                 f'{level}<w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>' + num(1, 0))
    assert lines(docx(para("总则", (1, 0)), numbering)) == [line]


def test_level_override_keeps_the_suffix_it_does_not_set() -> None:
    override = ('<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0">'
                '<w:numFmt w:val="upperRoman"/></w:lvl></w:lvlOverride></w:num>')
    assert lines(docx(para("总则", (1, 0)), abstract(0, CN, suff="space") + override)) == ["I、 总则"]


def test_tab_after_a_chapter_number_gives_a_chapter_heading() -> None:
    numbering = abstract(0, ("chineseCounting", "第%1章"), suff="tab") + num(1, 0)
    body = para("临江市应急管理办法") + para("总则", (1, 0)) + para("为了加强应急管理，制定本办法。") + para(
        "职责", (1, 0)) + para("各部门按照职责分工负责。")
    outline = orgdoc.parse_bytes(docx(body, numbering), name="a.docx")
    assert [(n.marker, n.heading) for n in outline.children] == [("第一章", "总则"), ("第二章", "职责")]


# ------------------------------------------------------------------------------- hidden text

HIDDEN_STYLES = ('<w:style w:type="character" w:styleId="Note"><w:name w:val="note"/><w:rPr><w:vanish/></w:rPr>'
                 '</w:style><w:style w:type="character" w:styleId="SubNote"><w:name w:val="sub note"/>'
                 '<w:basedOn w:val="Note"/></w:style>')

# (the runs of one paragraph, the line Word shows)
HIDDEN_CASES = [
    pytest.param(run("二、重点任务") + run("（待定）", "<w:vanish/>"), "二、重点任务", id="w:vanish"),
    pytest.param(run("二、重点任务") + run("（待定）", '<w:vanish w:val="1"/>'), "二、重点任务", id="w:vanish on"),
    pytest.param(run("二、") + run("待定", "<w:specVanish/>") + run("重点任务"), "二、重点任务", id="w:specVanish"),
    pytest.param(run("二、重点任务") + run("（待定）", '<w:vanish w:val="0"/>'), "二、重点任务（待定）",
                 id="w:vanish off is shown"),
    pytest.param(run("二、重点任务") + run("（待定）", '<w:rStyle w:val="Note"/>'), "二、重点任务",
                 id="a character style with w:vanish"),
    pytest.param(run("二、重点任务") + run("（待定）", '<w:rStyle w:val="SubNote"/>'), "二、重点任务",
                 id="a character style based on one with w:vanish"),
    pytest.param(run("二、重点任务") + run("（待定）", '<w:rStyle w:val="Note"/><w:vanish w:val="false"/>'),
                 "二、重点任务（待定）", id="the run's own w:vanish off outranks its style"),
    pytest.param(run("二、重点任务") + run("（待定）", "<w:b/>"), "二、重点任务（待定）", id="other properties show"),
]


@pytest.mark.parametrize(("runs", "line"), HIDDEN_CASES)
def test_hidden_text_is_not_read(runs: str, line: str) -> None:
    assert lines(docx(para(runs=runs), styles=HIDDEN_STYLES)) == [line]


# ---------------------------------------------------------------------------- tracked changes

DEL = '<w:del w:id="1" w:author="甲" w:date="2024-03-01T10:00:00Z"/>'
MOVED = '<w:moveFrom w:id="2" w:author="甲" w:date="2024-03-01T10:00:00Z"/>'


def deleted(text: str) -> str:
    return f'<w:del w:id="3" w:author="甲"><w:r><w:delText>{text}</w:delText></w:r></w:del>'


def inserted(text: str) -> str:
    return f'<w:ins w:id="4" w:author="甲">{run(text)}</w:ins>'


# (body, the lines Word shows with the changes accepted); the list is 一、 (numId 1) with no suffix.
TRACKED_CASES = [
    pytest.param(para("总体要求", (1, 0)) + para(runs=deleted("工作原则"), num=(1, 0), mark=DEL) + para("重点任务", (1, 0)),
                 ["一、总体要求", "二、重点任务"], id="a deleted numbered paragraph takes no number and gives no line"),
    pytest.param(para("总体要求", (1, 0)) + para(runs=deleted("工作原则"), num=(1, 0), mark=MOVED) + para("重点任务", (1, 0)),
                 ["一、总体要求", "二、重点任务"], id="so does one moved away"),
    pytest.param(para("甲") + para(runs=deleted("乙"), mark=DEL) + para("丙"), ["甲", "丙"],
                 id="a deleted empty paragraph gives no blank line"),
    pytest.param(para("总体要求", (1, 0)) + para("坚持", mark=DEL) + para("统筹发展。"),
                 ["一、总体要求", "坚持统筹发展。"], id="text left before a deleted mark runs on into the next paragraph"),
    pytest.param(para("坚持", (1, 0), mark=DEL) + para("统筹发展", (1, 0)),
                 ["一、坚持统筹发展"], id="the paragraph whose mark is kept gives the number, once"),
    pytest.param(para("甲", mark=DEL) + para("乙", mark=DEL) + para("丙"), ["甲乙丙"], id="marks deleted in a row"),
    pytest.param(para("末行", mark=DEL), ["末行"], id="text before a deleted last mark stays"),
    pytest.param(
        f"<w:tbl><w:tr><w:tc>{para('格一', mark=DEL)}</w:tc><w:tc>{para('格二')}</w:tc></w:tr></w:tbl>",
        ["格一", "格二"], id="text runs on in its own table cell only"),
    pytest.param(para(runs=run("总体") + inserted("要求"), num=(1, 0)) + para(runs=run("重点") + deleted("工作") + run("任务"),
                                                                               num=(1, 0)),
                 ["一、总体要求", "二、重点任务"], id="insertions are read, deletions inside a paragraph are not"),
    pytest.param(para("总体要求", (1, 0)) + para(runs=run("备注", "<w:vanish/>"), num=(1, 0), mark="<w:vanish/>")
                 + para("重点任务", (1, 0)),
                 ["一、总体要求", "二、重点任务"], id="a hidden paragraph with no text shown takes no number"),
    pytest.param(para("总体要求", (1, 0), mark="<w:specVanish/>") + para("坚持统筹发展。"),
                 ["一、总体要求", "坚持统筹发展。"], id="a heading before a style separator keeps its line"),
]


@pytest.mark.parametrize(("body", "expected"), TRACKED_CASES)
def test_tracked_changes_are_read_accepted(body: str, expected: list[str]) -> None:
    assert lines(docx(body, abstract(0, CN) + num(1, 0))) == expected


# ---------------------------------------------------------------------------------- text boxes


def box(inner: str, before: str = "", after: str = "") -> str:
    """A paragraph holding a text box as Word writes it: a DrawingML shape (mc:Choice) with its VML
    twin (mc:Fallback), both holding the same paragraphs; `before` and `after` the paragraph's text
    around the anchor."""
    drawing = ('<w:drawing><wp:anchor><wp:extent cx="5000000" cy="800000"/><wp:docPr id="2" name="文本框 2"/>'
               '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
               f'<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
               '</a:graphicData></a:graphic></wp:anchor></w:drawing>')
    vml = f'<w:pict><v:shape type="#_x0000_t202"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict>'
    anchor = (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
              f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>')
    return f"<w:p>{run(before)}{anchor}{run(after)}</w:p>"


def vml_box(inner: str, before: str = "") -> str:
    """A text box as older Word and WPS write it: VML only."""
    return (f'<w:p>{run(before)}<w:r><w:pict><v:shape type="#_x0000_t202"><v:textbox><w:txbxContent>{inner}'
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")


def cell(*paragraphs: str) -> str:
    return f"<w:tbl><w:tr><w:tc>{''.join(paragraphs)}</w:tc></w:tr></w:tbl>"


# (body, the lines read): a box's paragraphs are read once, as lines of their own, before the paragraph
# that anchors the box when no text comes ahead of the anchor, after it otherwise.
TEXT_BOX_CASES = [
    pytest.param(box(para("甲")) + para("乙"), ["甲", "", "乙"], id="once, not again from the VML fallback"),
    pytest.param(box(para("甲"), after="乙"), ["甲", "乙"], id="anchored ahead of the text: before it"),
    pytest.param(box(para("甲"), before="乙", after="丙"), ["乙丙", "甲"], id="anchored inside the text: after it"),
    pytest.param(vml_box(para("甲"), before="乙"), ["乙", "甲"], id="a VML box alone is read"),
    pytest.param(box(para("甲") + para("乙")), ["甲", "乙", ""], id="every paragraph of the box"),
    pytest.param(box(cell(para("甲"), para("乙"))), ["甲", "乙", ""], id="a table in a box"),
    pytest.param(cell(box(para("甲") + para(""), before="乙")), ["乙", "甲"], id="a box in a table cell"),
    pytest.param(para("总体要求", (1, 0)) + box(para("专栏", (1, 0)), before="正文") + para("重点任务", (1, 0)),
                 ["一、总体要求", "正文", "二、专栏", "三、重点任务"], id="numbered paragraphs in a box count in order"),
    pytest.param(f'<w:p>{run("乙")}<w:del w:id="5" w:author="甲">{box(para("甲"))[5:-6]}</w:del></w:p>', ["乙"],
                 id="a box in a deleted run is not read"),
    pytest.param(box(para(runs=run("甲") + run("注", "<w:vanish/>"))), ["甲", ""], id="hidden text in a box"),
]


@pytest.mark.parametrize(("body", "expected"), TEXT_BOX_CASES)
def test_text_boxes_are_read_once_where_anchored(body: str, expected: list[str]) -> None:
    assert lines(docx(body, abstract(0, CN) + num(1, 0))) == expected


TITLE = "临江市关于加强社区服务能力建设的意见"
BODY = (para("各县（市、区）人民政府，市政府各部门：") + para("为加强社区服务能力建设，现提出如下意见。")
        + para("一、总体要求") + para("坚持以人民为中心，统筹发展和安全。") + para("二、重点任务")
        + para("健全社区服务组织体系，完善工作机制。") + para("三、保障措施") + para("各地要加强组织领导，压实工作责任。")
        + para("临江市人民政府") + para("2024年3月1日"))
THREE = [("一、", "总体要求"), ("二、", "重点任务"), ("三、", "保障措施")]

# (body, the title, the top-level (marker, heading)s): a box holding the title, a 专栏 list, a red
# 版头 line, a logo's caption or only an image keeps the title and the outline whole.
OUTLINE_CASES = [
    pytest.param(box(para(TITLE)) + BODY, TITLE, THREE, id="a title in a box"),
    pytest.param(box(para("临江市人民政府文件")) + para("临政发〔2024〕5号") + para(TITLE) + BODY, TITLE, THREE,
                 id="a 版头 in a box"),
    pytest.param(box(para("临江市民政局")) + para(TITLE) + BODY, TITLE, THREE, id="a logo caption in a box"),
    pytest.param(box('<w:p><w:r><w:drawing/></w:r></w:p>') + para(TITLE) + BODY, TITLE, THREE, id="a box with an image"),
]


@pytest.mark.parametrize(("body", "title", "headings"), OUTLINE_CASES)
def test_text_boxes_keep_title_and_outline(body: str, title: str, headings: list[tuple[str, str]]) -> None:
    outline = orgdoc.parse_bytes(docx(body), name="a.docx")
    assert (outline.title, [(n.marker, n.heading) for n in outline.children]) == (title, headings)


def test_numbered_list_in_a_box_is_read_under_its_heading() -> None:
    column = (para("专栏1 社区服务提升工程") + para("1.社区食堂建设工程。每个街道至少建设1处社区食堂。")
              + para("2.养老驿站建设工程。到2025年底实现城市社区全覆盖。"))
    body = BODY.replace(para("三、保障措施"), box(column) + para("三、保障措施"))
    outline = orgdoc.parse_bytes(docx(body), name="a.docx")
    assert [(n.marker, n.heading) for n in outline.children] == THREE
    assert [(n.marker, n.heading) for n in outline.children[1].children] == [
        ("1.", "社区食堂建设工程"), ("2.", "养老驿站建设工程")]
