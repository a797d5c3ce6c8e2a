"""Table tests for shapes met in a ninth round of real official documents (a county's policy texts kept as
HTML in a mini-program's page modules, a city statistics bureau's analysis reports kept as JSON-escaped
HTML in a Java class, a notice in a PHP view): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the file name, the title, the outline (two spaces a level,
`MARKER HEADING`).
"""

from __future__ import annotations

import pytest

from tests.outline_text import dedent, titled_outline

BODY = "各有关单位要结合实际认真研究，制定具体措施，抓好贯彻落实。"
P = '<p class="MsoNormal" style="text-indent: 24.0pt;"><span style="font-size: 12.0pt;">{}</span></p>'


def page_module(label: str, paragraphs: list[str]) -> str:
    """A mini-program page module: the page's label and its text as HTML in template literals."""
    body = "\n".join(P.format(p) for p in paragraphs)
    return ("//create by: a page builder\nPage({\n\tdata: {\n\t\t//用户全局信息\n\t\tuserInfo: {},\n"
            f'\t\ttext: `<p style="text-align: center;">{label}</p>`,\n\t\ttext1: `{body}`\n\t}},\n'
            "\tonLoad(option) {\n\t\tthis.init();\n\t},\n\tasync init() {}\n});\n")


# HTML kept in code or in a JSON field: a block's start tag opens a line where text stands before it on its
# line (the template literal's opener, a JSON key), so the first paragraph's marker opens its line; a
# closing tag escaped for JSON (<\/p>) ends a block as </p> does, and the \u escapes of such a string are
# its characters.
BLOCKS_IN_CODE = [
    ("first_paragraph_after_the_literal_opener", page_module("扶持政策", [
        "<strong>一、资金支持</strong>", BODY, "<strong>二、用地保障</strong>", BODY]), "page.js", "扶持政策", """
        一、 资金支持
        二、 用地保障"""),
    ("json_escaped_paragraphs", '{"title":"经济运行情况","content":"<p style=\\"text-indent: 28px\\">'
     '一、工业生产稳中有升<\\/p><p>' + BODY + '<\\/p><p>二、\\u201c两个市场\\u201d同步回暖<\\/p><p>'
     + BODY + '<\\/p>"}\n', "record.txt", None, """
        一、 工业生产稳中有升
        二、 “     两个市场”     同步回暖"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in BLOCKS_IN_CODE], ids=[r[0] for r in BLOCKS_IN_CODE])
def test_blocks_in_code(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# Articles whose two-digit numbers have their digits spaced apart (第 1 0 条), as text copied from a PDF's
# spaced-out characters has them: the article list goes on past 第 9 条.
SPACED_ARTICLES = [
    ("articles_past_nine", "一、支持范围\n" + "".join(f"第 {n} 条 {w}。{BODY}\n" for n, w in (
        ("8", "鼓励企业研发"), ("9", "鼓励企业升级"), ("1 0", "鼓励企业上市"), ("1 1", "鼓励企业重组")))
     + "二、其他\n第 1 2 条 本意见自发布之日起施行。\n", "policy.txt", None, """
        一、 支持范围
          第 8 条 鼓励企业研发
          第 9 条 鼓励企业升级
          第 1 0 条 鼓励企业上市
          第 1 1 条 鼓励企业重组
        二、 其他
          第 1 2 条 本意见自发布之日起施行"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in SPACED_ARTICLES], ids=[r[0] for r in SPACED_ARTICLES])
def test_spaced_articles(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


FIGURES = "实现增加值12.5亿元，同比增长3.1%，增速比一季度提高0.4个百分点。"

# An analysis's parallel paragraphs that open with the angle they look from and the finding, then a colon and
# the figures (从行业看，装备制造业增长较快：…): colon labels of a group, whose heading is the opening up to
# the colon; a finding holding a measure (拉动增长0.6个百分点) is no introducer's count.
ANGLE_LABELS = [
    ("angle_clause_labels", "一、工业生产稳中有升\n全市规上工业增加值增长5%。\n"
     f"从行业看，装备制造业增长较快：{FIGURES}\n从地区看，县域工业拉动全市增长0.6个百分点：{FIGURES}\n"
     f"从企业看，民营企业表现突出：{FIGURES}\n二、消费市场持续回暖\n{BODY}\n", "analysis.txt", None, """
        一、 工业生产稳中有升
          · 从行业看，装备制造业增长较快
          · 从地区看，县域工业拉动全市增长0.6个百分点
          · 从企业看，民营企业表现突出
        二、 消费市场持续回暖"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in ANGLE_LABELS], ids=[r[0] for r in ANGLE_LABELS])
def test_angle_labels(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# The code a page's text is kept in (comments, Page({, data: {, text: `) stands above the text's first line:
# furniture, so the page's label is the title, not a line of code.
CODE_ABOVE_TITLE = [
    ("page_module_label_is_the_title", page_module("关于加快旅游业发展的若干意见", [
        "<strong>一、景区建设</strong>", BODY, "<strong>二、品牌创建</strong>", BODY]), "page.js",
     "关于加快旅游业发展的若干意见", """
        一、 景区建设
        二、 品牌创建"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in CODE_ABOVE_TITLE], ids=[r[0] for r in CODE_ABOVE_TITLE])
def test_code_above_title(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))
