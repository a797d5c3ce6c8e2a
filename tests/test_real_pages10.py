"""Table tests for shapes met in a tenth round of real saved web pages (a city office's anti-fraud
notice kept in a page script, a science park's rules page under an icon breadcrumb, a broker's
investor page with a sidebar search form): one table per class of miss.

The snippets were written for these tests in the shapes those pages show; none is copied from a page.
Each row: an id, the page (or text), the title, the outline (two spaces a level, `MARKER HEADING`). Rows
named `…_stays` are guards of what the fix must keep (they pass before it too).
"""

from __future__ import annotations

import pytest

from orgdoc.envelope.furniture import furniture_label
from tests.outline_text import dedent, titled_outline

BODY = "各单位要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"

# GUIDE rule 3: an ordinal with any label noun, closed by a colon, opening a point (骗术一： 诀窍二：) is a
# labelled ordinal, not only the nouns of the grammar's table (场景 理由 方式…); an open label counts only at
# a line start, in a run of two or more. 附件一： and the like stay no points; 上篇 stays a part.
OPEN_LABELS = [
    ("open_label_ordinals_at_line_starts", f"某某局提醒市民注意以下手法：\n套路一：冒充客服退款。\n{BODY}\n套路二：谎称包裹丢失。\n{BODY}\n", None, """
        套路一： 冒充客服退款
        套路二： 谎称包裹丢失"""),
    ("open_label_with_arabic_numbers", f"诀窍1：先读题目。\n{BODY}\n诀窍2：再列提纲。\n{BODY}\n", None, """
        诀窍1： 先读题目
        诀窍2： 再列提纲"""),
    ("open_label_inside_a_paragraph_stays_prose", f"会上提出两条：对策一：加强巡查，对策二：完善制度。{BODY}\n", None, ""),
    ("attachment_labels_stay_no_points", f"一、工作要求\n{BODY}\n附件一：报名表\n附件二：汇总表\n", None, """
        一、 工作要求"""),
    ("table_label_stays", f"场景一：社区服务。\n{BODY}\n场景二：企业服务。\n{BODY}\n", None, """
        场景一： 社区服务
        场景二： 企业服务"""),
    ("halves_stay_parts", f"上篇　2024年工作回顾\n一、项目建设\n{BODY}\n下篇　2025年工作安排\n一、项目谋划\n{BODY}\n", None, """
        上篇 2024年工作回顾
          一、 项目建设
        下篇 2025年工作安排
          一、 项目谋划"""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in OPEN_LABELS], ids=[r[0] for r in OPEN_LABELS])
def test_open_labels(text: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, "page.txt") == (title, dedent(expected))


# A page sets a bullet (• U+2022) before items counted 第一类，第二类…: 类 counts like 种 and 件, and the
# bullet keeps the line start (it is no dash bullet of GUIDE's, so the ordinal is the marker).
COUNTED_KINDS = [
    ("bulleted_kinds", f"第五条 补贴分为以下几类：\n•  第一类，本地企业使用本地资源，补贴50%；\n•  第二类，本地企业使用外地资源，补贴40%。\n"
     f"第六条 {BODY}\n", None, """
        第五条 补贴分为以下几类
          第一类， 本地企业使用本地资源，补贴50%
          第二类， 本地企业使用外地资源，补贴40%
        第六条 各单位要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效"""),
    ("kinds_in_a_paragraph", f"药品分两类管理。第一类，处方药，凭处方购买；第二类，非处方药，可自行购买。{BODY}\n", None, """
        第一类， 处方药，凭处方购买
        第二类， 非处方药，可自行购买"""),
    ("a_lone_kind_stays_prose", f"一、管理范围\n本办法所称第一类医疗器械，是指风险程度低的器械。{BODY}\n", None, """
        一、 管理范围"""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in COUNTED_KINDS], ids=[r[0] for r in COUNTED_KINDS])
def test_counted_kinds(text: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, "page.txt") == (title, dedent(expected))


RULES_TITLE = "某某园区创新券管理办法"
RULES = f"<p>第一章 总则</p><p>第一条 {BODY}</p><p>第二条 {BODY}</p>"


def _crumb_page(crumb: str) -> str:
    """A park's rules page: a breadcrumb whose separators are icons (lost with the markup), the title, its
    date, then the rules."""
    return (f"<html><head><title>某某园区官方网站-科技服务平台</title></head><body><div class=\"nav\">{crumb}</div>"
            f"<div class=\"main\"><p class=\"title\">{RULES_TITLE}</p><p>2017年10月</p>{RULES}</div></body></html>")


def _icons(*steps: str) -> str:
    return '\n<i class="icon-right"></i>\n'.join(f"<a href=\"#\">{s}</a>" for s in steps)


RULES_OUTLINE = """
    第一章 总则
      第一条 各单位要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效
      第二条 各单位要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效"""

# A breadcrumb whose separators were icons reads as a few words ending in the article page's own step
# (公告正文, 详情): page furniture, never the first line of the title under it.
BARE_CRUMBS = [
    ("icon_crumb_ending_in_body_step_stays", _crumb_page(_icons("创新券", "创新券公告信息", "公告正文")), RULES_TITLE, RULES_OUTLINE),
    ("icon_crumb_ending_in_details_stays", _crumb_page(_icons("首页", "通知公告", "详情")), RULES_TITLE, RULES_OUTLINE),
    ("arrow_crumb_stays", _crumb_page("首页 &gt; 通知公告 &gt; 正文"), RULES_TITLE, RULES_OUTLINE),
]


@pytest.mark.parametrize("page,title,expected", [r[1:] for r in BARE_CRUMBS], ids=[r[0] for r in BARE_CRUMBS])
def test_bare_crumbs(page: str, title: str | None, expected: str) -> None:
    assert titled_outline(page, "page.html") == (title, dedent(expected))


# The line such a trail leaves, as the head reads it: a breadcrumb, whatever title comes under it (on the
# page where it was met, the title began with the trail's first step and was read as its continuation).
BARE_CRUMB_LINES = [
    ("body_step", "园区创新券 创新券公告信息 公告正文", "breadcrumb"),
    ("details_step", "首页 通知公告 详情", "breadcrumb"),
    ("title_with_a_space_stays", "凝心聚力 真抓实干", None),
    ("one_word_stays", "公告正文", None),
    ("two_words_stay", "请阅读以下 正文", None),
]


@pytest.mark.parametrize("line,label", [r[1:] for r in BARE_CRUMB_LINES], ids=[r[0] for r in BARE_CRUMB_LINES])
def test_bare_crumb_lines(line: str, label: str | None) -> None:
    assert furniture_label(line) == label


def _form_page(fields: str) -> str:
    """A broker's investor page: a sidebar box headed by its name over a search form (labels whose
    inputs were lost with the markup), then the article's title, twice, and its articles."""
    return ("<html><head><title>某某证券</title></head><body><table><tr><td>栏目检索</td></tr>"
            f"{fields}</table><div>基金投资风险提示</div><p>基金投资风险提示</p>"
            f"<p>第一条 {BODY}</p><p>第二条 {BODY}</p></body></html>")


def _fields(*labels: str) -> str:
    return "".join(f"<tr><td>{label}：</td><td><input type=\"text\"/></td></tr>" for label in labels)


FORM_OUTLINE = """
    第一条 各单位要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效
    第二条 各单位要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效"""

# A run of empty labels (时间：⏎到：⏎关键字：) is a search form of the page, and the line over it names the
# form (栏目检索), not the article: the title is the heading that follows. A single label line stays text.
SEARCH_FORMS = [
    ("search_form_under_its_name", _form_page(_fields("时间", "到", "栏目", "关键字")), "基金投资风险提示", FORM_OUTLINE),
    ("two_fields", _form_page(_fields("关键字", "栏目")), "基金投资风险提示", FORM_OUTLINE),
    ("lone_label_over_a_list_stays", f"关于防范电信诈骗的提示\n防范要点：\n一、不要点击陌生链接。\n二、不要向陌生账户转账。\n",
     "关于防范电信诈骗的提示", """
        一、 不要点击陌生链接
        二、 不要向陌生账户转账"""),
]


@pytest.mark.parametrize("page,title,expected", [r[1:] for r in SEARCH_FORMS], ids=[r[0] for r in SEARCH_FORMS])
def test_search_forms(page: str, title: str | None, expected: str) -> None:
    name = "page.txt" if page.startswith("关于") else "page.html"
    assert titled_outline(page, name) == (title, dedent(expected))


def _server_page(cell: str) -> str:
    """A portal's JSP article page in its source form: a directive, table cells whose backgrounds come
    from a tag library's tag set inside the attribute's quotes, the title in such a cell, then the text."""
    img = '<s:url value="/front/bar.jpg"/>'
    return ('<%@ page language="java" contentType="text/html; charset=UTF-8" %>\n<%@ taglib prefix="s" uri="/struts-tags" %>\n'
            f'<html><head><title>信息公开 目录</title></head><body><table><tr><td background="{img}">'
            f'<a href="<s:url action="index"/>">首页</a></td></tr>'
            f'<tr><td background="{img}"><strong>{cell}</strong></td></tr>'
            f'<tr><td background="{img}">发布时间：2011-09-29</td></tr></table>'
            f"<div><p>一、总体要求</p><p>{BODY}</p><p>二、主要任务</p><p>{BODY}</p></div></body></html>")


# A tag library's self-closing tag inside an attribute's quotes is template code like <%…%>: taken away
# with it, the cell reads as its text, and the title stands in it (not the <title>'s 信息公开 目录).
SERVER_TAGS = [
    ("tag_inside_attribute_quotes", _server_page("某某领域项目信息公开基本指导目录"), "某某领域项目信息公开基本指导目录", """
        一、 总体要求
        二、 主要任务"""),
]


@pytest.mark.parametrize("page,title,expected", [r[1:] for r in SERVER_TAGS], ids=[r[0] for r in SERVER_TAGS])
def test_server_tags(page: str, title: str | None, expected: str) -> None:
    assert titled_outline(page, "page.jsp") == (title, dedent(expected))


# GUIDE: a list introduced by a label of another pattern stays a sibling of the labels. After labelled
# ordinals set as heading lines (套路二：“谎称包裹丢失”), a short line of its own closed by a colon (防范要点：)
# introduces the 一、 list below it: that list is no child of the last label. Without such a line, the
# heading line still heads the list under it.
OTHER_LABEL = [
    ("other_label_before_the_list", f"关于防范电信诈骗的提示\n常见手法如下：\n套路一：“冒充客服退款”\n{BODY}\n套路二：“谎称包裹丢失”\n{BODY}\n防范要点：\n一、不要点击陌生链接。\n二、不要向陌生账户转账。\n",
     "关于防范电信诈骗的提示", """
        套路一： “冒充客服退款”
        套路二： “谎称包裹丢失”
        一、 不要点击陌生链接
        二、 不要向陌生账户转账"""),
    ("heading_line_over_its_list_stays", f"关于做好窗口服务的提示\n服务分两种情形：\n场景一：“社区服务”\n{BODY}\n场景二：“企业服务”\n一、上门登记。\n二、窗口受理。\n",
     "关于做好窗口服务的提示", """
        场景一： “社区服务”
        场景二： “企业服务”
          一、 上门登记
          二、 窗口受理"""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in OTHER_LABEL], ids=[r[0] for r in OTHER_LABEL])
def test_other_label(text: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, "page.txt") == (title, dedent(expected))
