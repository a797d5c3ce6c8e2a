"""Table tests for shapes met in a ninth round of real saved web pages (a ministry's notice page with
its metadata table and language switch, a state office's article page, a school's speech page with a
news sidebar, course-project copies of a company's about page and of a county office's reporting
pages, a forum page showing a law as its rules): one table per class of miss.

The snippets were written for these tests in the shapes those pages show; none is copied from a page.
Each row: an id, the page (or text), the title, the outline (two spaces a level, `MARKER HEADING`). Rows
named `…_stays` are guards of what the fix must keep (they pass before it too).
"""

from __future__ import annotations

import pytest

from tests.outline_text import dedent, titled_outline

BODY = "各单位要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"
TITLE = "某某部办公厅关于举办2025年校园读书节活动的通知"


def _table_page(rows: str, top: str = "") -> str:
    """A ministry's policy page: (a language switch,) its metadata table, the title in an <h1> broken by
    <br>, the document number, the addressees, then the notice."""
    return ("<html><head><title>" + TITLE + " - 某某部门户网站</title></head><body>" + top
            + f'<table class="policy">{rows}</table>'
            + '<div class="detail"><h1>某某部办公厅关于举办<br>2025年校园读书节<br>活动的通知</h1>'
            + "<p>某教函〔2025〕3号</p><p>各省、自治区、直辖市教育厅：</p>"
            + f"<p>一、活动主题</p><p>{BODY}</p><p>二、活动安排</p><p>（一）启动阶段</p><p>{BODY}</p>"
            + f"<p>（二）展示阶段</p><p>{BODY}</p></div></body></html>")


def _row(key: str, value: str) -> str:
    return f"<tr><td>{key}：</td><td>{value}</td></tr>"


MINISTRY_ROWS = (_row("信息名称", TITLE) + _row("信息索引", "360A-2025-0003") + _row("生成日期", "2025-03-02")
                 + _row("发文机构", "某某部办公厅") + _row("发文字号", "某教函〔2025〕3号")
                 + _row("信息类别", "高等教育") + _row("内容概述", TITLE))
KNOWN_ROWS = _row("标题", TITLE) + _row("索引号", "000014-2025-0003") + _row("发文字号", "某教函〔2025〕3号")
SWITCH = '<div id="lang-switch"><span class="languages">Languages</span></div>'
OUTLINE = """
    一、 活动主题
    二、 活动安排
      （一） 启动阶段
      （二） 展示阶段"""

# A policy page's metadata table spelled with the ministry's own keys (信息索引 发文机构 信息类别 内容概述) is the
# page's, not the text: the title is its 信息名称, and the <h1> that spells it again over the notice (broken by
# <br> into three lines) is the title block, not three heading lines over the outline. A value naming the
# office that opens the title (发文机构：某某部办公厅) is a value while another field follows it. The site's
# language switch above the table is furniture.
METADATA_TABLE = [
    ("ministry_keys_and_broken_h1", _table_page(MINISTRY_ROWS), TITLE, OUTLINE),
    ("language_switch_over_the_table", _table_page(KNOWN_ROWS, SWITCH), TITLE, OUTLINE),
    ("known_keys_table_stays", _table_page(KNOWN_ROWS), TITLE, OUTLINE),
]


@pytest.mark.parametrize("page,title,expected", [r[1:] for r in METADATA_TABLE], ids=[r[0] for r in METADATA_TABLE])
def test_metadata_table(page: str, title: str | None, expected: str) -> None:
    assert titled_outline(page, "page.html") == (title, dedent(expected))


def _speech_page(box: str) -> str:
    """A school's speech page: the speech, then a sidebar box listing the site's latest news (a headline
    and its date each, the same headline over and over on a template)."""
    items = "".join("<li><a><h3>某某中学举行秋季运动会开幕式</h3><div>2024.10.21</div></a></li>" for _ in range(5))
    return ("<html><head><title>校长专栏</title></head><body><h2>立足当下 面向未来——在开学典礼上的讲话</h2>"
            f"<div>同学们：</div><div>一、珍惜时光</div><div>{BODY}</div><div>二、勇于担当</div><div>{BODY}</div>"
            f"<div><h2>{box}</h2><ul>{items}</ul></div></body></html>")


# A sidebar headed 最新动态 (or 最新资讯, 最新新闻) after the article lists the site's other articles: its
# headlines are no heading lines of the last section.
LATEST_NEWS = [
    ("latest_news_box_after_the_speech", _speech_page("最新动态"), "立足当下 面向未来——在开学典礼上的讲话", """
        一、 珍惜时光
        二、 勇于担当"""),
    ("related_news_box_stays", _speech_page("相关新闻"), "立足当下 面向未来——在开学典礼上的讲话", """
        一、 珍惜时光
        二、 勇于担当"""),
]


@pytest.mark.parametrize("page,title,expected", [r[1:] for r in LATEST_NEWS], ids=[r[0] for r in LATEST_NEWS])
def test_latest_news_box(page: str, title: str | None, expected: str) -> None:
    assert titled_outline(page, "page.html") == (title, dedent(expected))


def _about_page(page_title: str, column: str) -> str:
    """A company's about page: the column's heading, a side menu of its pages, the page's own heading,
    then its numbered parts."""
    return (f"<html><head><title>{page_title}</title></head><body><h3>{column}</h3>"
            '<div class="nav"><a href="a.html">公司简介</a><a href="b.html">发展历程</a><a href="c.html">荣誉资质</a></div>'
            f"<h3>人才理念</h3><p><b>一、用人原则</b><br>{BODY}<br><b>二、培养体系</b><br>{BODY}</p></body></html>")


# A page's <title> that only names its column (关于我们), spelled again as the column's heading over the page's
# own heading (人才理念) and the body: the column's label, not the first line of a two-line title.
COLUMN_TITLE = [
    ("column_title_over_page_heading", _about_page("关于我们", "关于我们"), "人才理念", """
        一、 用人原则
        二、 培养体系"""),
    ("page_title_names_the_heading_stays", _about_page("人才理念", "关于我们"), "人才理念", """
        一、 用人原则
        二、 培养体系"""),
]


@pytest.mark.parametrize("page,title,expected", [r[1:] for r in COLUMN_TITLE], ids=[r[0] for r in COLUMN_TITLE])
def test_column_title(page: str, title: str | None, expected: str) -> None:
    assert titled_outline(page, "page.html") == (title, dedent(expected))


def _crumb_page(step: str) -> str:
    """A reporting site's page: no heading over its list, its name only in the breadcrumb."""
    items = "".join(f"<p>{k}、{text}</p>" for k, text in enumerate(
        ("请如实填写表单中的各项内容。", "每人每天最多提交两件。", "反映问题应当具体清楚。"), start=1))
    return ("<html><head><title>12345</title></head><body><div class=\"nav\"><a href=\"/\">首页</a>"
            f'<a href="/n">{step}</a></div><div class="con2"><span>您的位置：</span><a href="/">首页</a> &gt; '
            f'<span>{step}</span></div><div class="main">{items}</div></body></html>')


ITEMS = """
    1、 请如实填写表单中的各项内容
    2、 每人每天最多提交两件
    3、 反映问题应当具体清楚"""

# The breadcrumb's last step names a rules text (…须知, …指南) and nothing in the page heads the list: the step
# is the title. A column name there (意见建议) says nothing of the document: no title.
CRUMB_TITLE = [
    ("rules_name_in_the_breadcrumb", _crumb_page("网上申报须知"), "网上申报须知", ITEMS),
    ("column_name_in_the_breadcrumb_stays", _crumb_page("意见建议"), None, ITEMS),
]


@pytest.mark.parametrize("page,title,expected", [r[1:] for r in CRUMB_TITLE], ids=[r[0] for r in CRUMB_TITLE])
def test_crumb_title(page: str, title: str | None, expected: str) -> None:
    assert titled_outline(page, "page.html") == (title, dedent(expected))


# A counted ordinal names the way or the case it counts before 是 (第一种路径是… 第二种情况是…): the marker takes
# the noun, as 第一个方面是 does.
COUNTED = [
    ("ways_counted_before_is", dedent("""
        数字化转型的两种路径

        第一种路径是自建平台，企业投入自有团队开发系统，周期较长。

        第二种路径是购买服务，企业借助外部平台快速上线，成本可控。
        """), "数字化转型的两种路径", """
        第一种路径是 自建平台，企业投入自有团队开发系统，周期较长
        第二种路径是 购买服务，企业借助外部平台快速上线，成本可控"""),
    ("cases_counted_before_is", dedent("""
        关于审批时限的说明

        第一种情况是材料齐全，当场受理并在五个工作日内办结。

        第二种情况是材料不全，一次性告知需要补正的全部内容。
        """), "关于审批时限的说明", """
        第一种情况是 材料齐全，当场受理并在五个工作日内办结
        第二种情况是 材料不全，一次性告知需要补正的全部内容"""),
    ("counted_kind_then_comma_stays", dedent("""
        关于审批时限的说明

        第一种，材料齐全的，当场受理。

        第二种，材料不全的，一次性告知补正。
        """), "关于审批时限的说明", """
        第一种， 材料齐全的，当场受理
        第二种， 材料不全的，一次性告知补正"""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in COUNTED], ids=[r[0] for r in COUNTED])
def test_counted_before_is(text: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, "doc.txt") == (title, dedent(expected))


# A list's first item run into the line of the sentence that introduces it, after its colon, while its second
# item opens the next line (…依法处理：（一）…；⏎（二）…): a line break lost there, the first item heads as at a
# line start. So after a short label opening its line (学习内容：1.…⏎2.…), which alone would keep the marker
# mid-line (附件：1.… is a label's list, no lost break): the second item on the next line shows the list,
# and the label heads it as a label standing on the line above would (not the text of the item before it).
# A list kept inside one paragraph stays an inline list.
RUN_IN_FIRST = [
    ("first_item_after_colon_second_on_next_line", dedent("""
        关于维护市场秩序的决定

        一、有下列行为之一的，依法予以处理：（一）销售假冒商品或者作虚假宣传；
        （二）损害他人商业信誉；
        （三）侵犯他人知识产权。
        二、其他违法行为由有关部门依法处理。
        """), "关于维护市场秩序的决定", """
        一、 有下列行为之一的，依法予以处理
          （一） 销售假冒商品或者作虚假宣传
          （二） 损害他人商业信誉
          （三） 侵犯他人知识产权
        二、 其他违法行为由有关部门依法处理"""),
    ("list_in_one_paragraph_stays", dedent("""
        关于维护市场秩序的决定

        一、有下列行为之一的，依法予以处理：（一）销售假冒商品；（二）损害他人商业信誉；（三）侵犯他人知识产权。
        二、其他违法行为由有关部门依法处理。
        """), "关于维护市场秩序的决定", """
        一、 有下列行为之一的，依法予以处理
          （一） 销售假冒商品
          （二） 损害他人商业信誉
          （三） 侵犯他人知识产权
        二、 其他违法行为由有关部门依法处理"""),
    ("first_item_after_a_label_second_on_next_line", dedent("""
        关于开展干部培训的通知

        一、培训安排
        学习内容：1.政治理论，重点学习有关文件精神。
        2.业务知识，提高履职能力。
        3.廉政教育。
        二、工作要求
        各单位要认真组织。
        """), "关于开展干部培训的通知", """
        一、 培训安排
          1. 政治理论，重点学习有关文件精神
          2. 业务知识，提高履职能力
          3. 廉政教育
        二、 工作要求"""),
    ("labels_run_into_their_lists_head_them", dedent("""
        关于推进社区治理的实施方案

        一、主要任务
        工作目标：1.完成网格划分；
        2.实现服务覆盖。
        工作措施：1.加强队伍建设；
        2.强化经费保障。
        二、组织保障
        各单位要加强领导。
        """), "关于推进社区治理的实施方案", """
        一、 主要任务
          · 工作目标
            1. 完成网格划分
            2. 实现服务覆盖
          · 工作措施
            1. 加强队伍建设
            2. 强化经费保障
        二、 组织保障"""),
    ("a_sentence_run_into_the_next_list_heads_nothing", dedent("""
        关于推进社区治理的实施方案

        一、主要任务
        工作目标：1.完成网格划分；
        2.实现服务覆盖。
        为此，要抓好以下几项措施：1.加强队伍建设；
        2.强化经费保障。
        二、组织保障
        各单位要加强领导。
        """), "关于推进社区治理的实施方案", """
        一、 主要任务
          1. 完成网格划分
          2. 实现服务覆盖
          1. 加强队伍建设
          2. 强化经费保障
        二、 组织保障"""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in RUN_IN_FIRST], ids=[r[0] for r in RUN_IN_FIRST])
def test_first_item_run_in(text: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, "doc.txt") == (title, dedent(expected))
