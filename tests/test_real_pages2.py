"""Table tests for shapes met in saved statistical-bulletin pages of county, city and province sites
(the corpus's source of f009.html): data tables set in <table> between the paragraphs, with a caption
line above them, and paragraphs opened by short lead sentences.

The snippets were written for these tests in the shapes those pages show; none is copied from a page.
Each row: an id, the page's article (the <body> around it is added here), the outline (two spaces a
level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from orgdoc.models import DiagnosticCode, RegionKind
from tests.outline_text import checked_page as _parse
from tests.outline_text import dedent, outline_text

NAV = '<div class="nav"><a href="/">首页</a> <a href="/a">政务公开</a> <a href="/b">数据发布</a></div>'
FOOT = '<div class="footer"><p>主办：某某县人民政府 版权所有</p></div>'


def _page(article: str, title: str = "某县2030年国民经济和社会发展统计公报") -> str:
    return (f"<html><head><title>{title}</title></head><body>{NAV}<div class=\"article\"><h1>{title}</h1>"
            f"<div class=\"content\">{article}</div></div>{FOOT}</body></html>")


def _p(text: str) -> str:
    return f'<p style="text-indent:2em">{text}</p>'


def _cells(*rows: tuple[str, ...]) -> str:
    return "<table border=\"1\"><tbody>" + "".join(
        "<tr>" + "".join(f"<td><p>{c}</p></td>" for c in row) + "</tr>" for row in rows) + "</tbody></table>"


PRODUCTS = _cells(("产品", "单位", "产量", "增长%"), ("水泥", "万吨", "35.2", "4.10"), ("发电量", "亿度", "12.8", "6.25"),
                  ("1.饲料", "吨", "880", "2.5"), ("2.纸制品", "吨", "610", "3.3"))
LEADS = (_p("工业经济稳中有进。全年规上工业增加值比上年增长百分之七，工业用电量同比增长百分之五。")
         + _p("工业效益持续改善。规上工业企业实现营业收入同比增长百分之九，利润总额增长百分之六。"))

# A data table of short cells between two paragraphs is a table region: its cells (1.饲料, a figure
# like 4.10 starting its line) are neither nodes nor warnings, and the caption above it goes with it.
# A lead sentence after the table still belongs to the run of leads before it. A layout table (a
# cell of prose) and a table of one column are no data tables: their numbered text stays the outline's.
CASES = [
    ("table_between_leads", _page(
        _p("<b>一、工业</b>") + LEADS + _p("主要工业产品产量") + PRODUCTS
        + _p("建筑业平稳发展。全年建筑业总产值比上年增长百分之四，房屋施工面积有所增加。")
        + _p("<b>二、农业</b>") + _p("全年粮食总产量保持稳定，蔬菜和水果产量均有增长。")), """
        一、 工业
          · 工业经济稳中有进
          · 工业效益持续改善
          · 建筑业平稳发展
        二、 农业"""),
    ("layout_table_keeps_the_article", _page(
        "<table><tr><td>栏目导航</td><td>" + _p("一、综合") + _p("全年经济运行总体平稳，主要指标好于预期，发展质量不断提升。")
        + _p("二、农业") + _p("全年粮食总产量保持稳定，蔬菜和水果产量均有增长。") + "</td></tr>"
        "<tr><td>来源</td><td>某县统计局</td></tr></table>"), """
        一、 综合
        二、 农业"""),
    ("one_column_table_is_layout", _page(
        _p("一、综合") + _p("全年经济运行总体平稳，主要指标好于预期。")
        + "<table><tr><td>1.加强监测</td></tr><tr><td>2.完善统计</td></tr></table>"
        + _p("二、农业") + _p("全年粮食总产量保持稳定。")), """
        一、 综合
          1. 加强监测
          2. 完善统计
        二、 农业"""),
    ("data_table_inside_a_layout_table", _page(
        "<table><tr><td>" + _p("一、综合") + _p("全年经济运行总体平稳，主要指标好于预期，发展质量不断提升。")
        + _cells(("一、指标", "数值"), ("二、指标", "数值"), ("三、指标", "数值"))
        + _p("二、农业") + _p("全年粮食总产量保持稳定，蔬菜和水果产量均有增长。") + "</td></tr></table>"), """
        一、 综合
        二、 农业"""),
]


@pytest.mark.parametrize("page, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_saved_bulletin_pages(page: str, expected: str) -> None:
    assert outline_text(_parse(page)) == dedent(expected)


def test_data_table_is_a_region_with_its_caption() -> None:
    outline = _parse(_page(_p("一、工业") + LEADS + _p("主要工业产品产量") + PRODUCTS + _p("二、农业") + _p("全年粮食总产量保持稳定。")))
    assert outline.text is not None
    tables = [r.span for r in outline.regions if r.kind is RegionKind.TABLE]
    assert [outline.text[a:b].split("\n")[0] for a, b in tables] == ["主要工业产品产量"]
    assert not [w for w in outline.warnings if w.code is DiagnosticCode.UNPLACED_TEXT]


def test_numbered_line_above_a_table_is_no_caption() -> None:
    """A numbered heading right above a table keeps its place in the outline."""
    outline = _parse(_page(_p("一、工业") + _p("全年工业平稳。") + _p("（一）主要产品") + PRODUCTS + _p("（二）工业效益")
                           + _p("利润总额增长。") + _p("二、农业") + _p("全年粮食总产量保持稳定。")))
    assert outline_text(outline) == dedent("""
        一、 工业
          （一） 主要产品
          （二） 工业效益
        二、 农业""")


# A colon between two digits is a ratio or a clock time: the figure after it (7.5:41.2:51.3 with
# sections numbered 01 02 …) is no point and no "starts a line" warning. A list after a label's colon
# still is one.
COLON_CASES = [
    ("ratio", "01综合\n全年生产总值增长百分之五。三次产业结构为7.5:41.2:51.3，人均生产总值继续提高。\n"
              "02农业\n全年粮食产量稳定。\n03工业\n全年工业平稳增长。\n", """
        01 综合
        02 农业
        03 工业""", 0),
    ("full_width_ratio_and_time", "一、综合\n三次产业的比重为11.8：47.6：40.6，会议于9:30召开。\n二、农业\n全年粮食产量稳定。\n", """
        一、 综合
        二、 农业""", 0),
    ("list_after_a_label", "一、综合\n主要任务：1.稳住工业增长；2.扩大有效投资。\n二、农业\n全年粮食产量稳定。\n", """
        一、 综合
          1. 稳住工业增长
          2. 扩大有效投资
        二、 农业""", 0),
]


@pytest.mark.parametrize("text, expected, warnings", [c[1:] for c in COLON_CASES], ids=[c[0] for c in COLON_CASES])
def test_colons_between_figures(text: str, expected: str, warnings: int) -> None:
    outline = orgdoc.parse(text)
    assert outline_text(outline) == dedent(expected)
    assert len([w for w in outline.warnings if w.code is DiagnosticCode.UNPLACED_TEXT]) == warnings
