"""Word .docx beyond running paragraphs: data tables (their cells are data, not the outline's text),
embedded documents (w:altChunk: HTML, MHT, another .docx) and list levels that show no number.

The packages are built here in the shapes Word and WPS write (a task table under a section, a
one-column 专栏 box, an altChunk part an HTML-to-Word converter leaves, a multi-level list whose
heading level has numFmt none); the words are made up.
"""

from __future__ import annotations

import pytest

import orgdoc
from orgdoc.load import load_bytes
from tests.outline_text import dedent, outline_text
from tests.test_docx_word import docx, para

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
TABLE_CASES = [
    pytest.param(table(("类别", "主要内容"), ("一、设施建设", "新建服务驿站十个"), ("二、流程优化", "推行一窗受理")),
                 OUTLINE, ["类别\n主要内容\n一、设施建设\n新建服务驿站十个\n二、流程优化\n推行一窗受理"],
                 id="row labels 一、 二、 are no sections"),
    pytest.param(table(("序号", "任务", "牵头单位"), ("1", "建设服务驿站", "区民政局"), ("2", "推行一窗受理", "区政务中心")),
                 OUTLINE, ["序号\n任务\n牵头单位\n1\n建设服务驿站\n区民政局\n2\n推行一窗受理\n区政务中心"],
                 id="numbers of a 序号 column are no points"),
    pytest.param(table(("1", "要在设施上下功夫。新建服务驿站十个，补齐短板。"),
                       ("2", "要在流程上下功夫。推行一窗受理，压缩时限。")),
                 OUTLINE, ["1\n要在设施上下功夫。新建服务驿站十个，补齐短板。\n2\n要在流程上下功夫。推行一窗受理，压缩时限。"],
                 id="parallel lead sentences in cells are no run-ins"),
    pytest.param(table(("重点任务分工",), ("一、设施建设", "区民政局"), ("二、流程优化", "区政务中心")),
                 OUTLINE, ["重点任务分工\n一、设施建设\n区民政局\n二、流程优化\n区政务中心"],
                 id="a merged caption row over rows of cells"),
    pytest.param(table(("专栏1 重点工程",), ("1．驿站建设工程。新建服务驿站十个。",), ("2．流程再造工程。推行一窗受理。",)),
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
    pytest.param(table(("临江市民政局", "2024年3月1日")), OUTLINE, [], id="a one-row table is layout"),
    pytest.param(table(("临江市民政局", ""), ("2024年3月1日", "")), OUTLINE, [], id="a second column left empty is layout"),
    pytest.param(table(("专栏1",), (table(("一、设施建设", "区民政局"), ("二、流程优化", "区政务中心")),)),
                 OUTLINE, ["一、设施建设\n区民政局\n二、流程优化\n区政务中心"], id="a data table inside a box"),
    pytest.param(table(("事项", "说明"), ("驿站", table(("一、新建", "十个"), ("二、改建", "五个"))), ("窗口", "一窗受理")),
                 OUTLINE, ["事项\n说明\n驿站\n一、新建\n十个\n二、改建\n五个\n窗口\n一窗受理"],
                 id="a table nested in a data table is part of it"),
]


@pytest.mark.parametrize(("tbl", "expected", "tables"), TABLE_CASES)
def test_data_tables_are_no_outline(tbl: str, expected: str, tables: list[str]) -> None:
    data = docx(para(TITLE) + SECTIONS + tbl + TAIL)
    loaded = load_bytes(data, name="a.docx")
    outline = orgdoc.parse_bytes(data, name="a.docx")
    regions = [outline.text[a:b] for a, b in (r.span for r in outline.regions if r.kind.value == "table")]
    assert (outline_text(outline), [loaded.text[a:b] for a, b in loaded.tables], regions) == (
        dedent(expected), tables, tables)
