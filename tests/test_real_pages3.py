"""Table tests for shapes met in a third round of saved pages: gov.cn policy pages that forward a report
or carry attachments, a county platform's notice page, a district site's work reports, a company's
culture page: one table per class of miss.

The snippets were written for these tests in the shapes those pages show; none is copied from a page.
Each row: an id, the page (or its article, wrapped here), the expected outline or title.
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import checked_page as _parse
from tests.outline_text import dedent, outline_text

BODY = "各地区各部门要结合实际认真研究，制定具体措施，抓好贯彻落实，确保取得实效。"


def _p(text: str) -> str:
    return f'<p style="text-indent:2em">{text}</p>'


GAP = "<p><br> </p>"  # the empty paragraph a CMS sets before an addressee and after a title


def _page(article: str, title: str = "某某办公厅关于某某事项的复函") -> str:
    return (f"<html><head><title>{title}</title></head><body><div class=\"nav\"><a href=\"/\">首页</a></div>"
            f"<div class=\"content\">{article}</div></body></html>")


# An office's name closed by a colon on a line of its own (某省人民政府： 国务院：) is the addressee of the
# letter, or of the report the letter forwards or attaches: two of them in one text are no group of
# labels, whatever paragraphs they stand over. Labels of parts (工作目标：) still group.
ADDRESSEES = [
    ("letter_and_attached_report", _page(
        _p("<b>某某办公厅关于某某事项的复函</b>") + GAP + _p("某某省人民政府：") + _p("你省关于某某事项的请示收悉。" + BODY)
        + _p("附件：某某部关于某某事项的报告") + _p("<b>附件</b>") + _p("<b>某某部关于某某事项的报告</b>")
        + GAP + _p("国务院：") + _p("为落实有关批示，我部组织专家组进行了现场调查。" + BODY) + _p("<b>一、基本情况</b>") + _p(BODY)
        + _p("<b>二、工作建议</b>") + _p(BODY)), """
        一、 基本情况
        二、 工作建议"""),
    ("forwarded_report_of_a_ministry", _page(
        GAP + _p("某某县人民政府：") + _p("某某局的报告已经同意，现转发给你们，请认真贯彻执行。" + BODY)
        + _p("<b>某某局关于某某工作的报告</b>") + GAP + _p("某某市人民政府办公室：") + _p("根据工作安排，我局对全市情况进行了调查。" + BODY)
        + _p("一、关于工作目标") + _p(BODY) + _p("二、关于工作措施") + _p(BODY)), """
        一、 关于工作目标
        二、 关于工作措施"""),
    ("labels_of_parts_still_group", _page(
        _p("一、总体安排") + _p("工作目标：" + BODY) + _p("工作要求：" + BODY) + _p("二、保障措施") + _p(BODY)), """
        一、 总体安排
          · 工作目标
          · 工作要求
        二、 保障措施"""),
]


@pytest.mark.parametrize("page, expected", [c[1:] for c in ADDRESSEES], ids=[c[0] for c in ADDRESSEES])
def test_addressees_are_no_labels(page: str, expected: str) -> None:
    assert outline_text(_parse(page)) == dedent(expected)


def _platform(stamp: str) -> str:
    """A platform page: the site's name as <title>, a column label (…详情) in an <h3> over the title,
    a stamp under the title, the notice, a comments box."""
    return ("<html><head><title>欢迎访问某某县网络平台</title></head><body><div class=\"box\">"
            "<h3>信息详情</h3><div class=\"sum\">关于做好某某工作的通知<p>" + stamp + "</p></div>"
            "<div class=\"text\">各乡镇、各部门：<b>一、提高认识</b>" + BODY + "<b>二、加强领导</b>" + BODY
            + "</div><h3>评论回复</h3></div></body></html>")


# The page's stamp under its title: fields of who posted and when, the date under a bare 时间： or 日期：
# key (发布人：某某 联络点：某地 时间：3月5号). The column label over the title (信息详情) is then no line of
# the title. A bare key ending a longer word (会议时间：) is no stamp field.
STAMPED_TITLES = [
    ("poster_and_bare_date", _platform("发布人：张某 联络点：某某镇 时间：3月5号"), "关于做好某某工作的通知"),
    ("source_and_bare_date", _platform("来源：某某局 日期：2030-03-05"), "关于做好某某工作的通知"),
]


@pytest.mark.parametrize("page, title", [c[1:] for c in STAMPED_TITLES], ids=[c[0] for c in STAMPED_TITLES])
def test_column_label_over_a_stamped_title(page: str, title: str) -> None:
    assert _parse(page).title == title


@pytest.mark.parametrize("line, stamp", [
    ("发布人：张某 联络点：某某镇 时间：3月5号", True),
    ("日期：2030-03-05 来源：本站", True),
    ("会议时间：3月5日 主持人：张某", False),
    ("时间：3月5日 地点：会议室", False),
])
def test_bare_date_key_beside_a_stamp_field(line: str, stamp: bool) -> None:
    from orgdoc.envelope.furniture import furniture_label
    assert (furniture_label(line) == "upload stamp") is stamp


def _plan(*paragraphs: str) -> str:
    """A work plan's second part as plain text: its head, then the paragraphs, then a numbered list."""
    return ("一、上年工作总结\n" + BODY + "\n二、今年工作思路\n" + "\n".join(paragraphs)
            + "\n围绕上述要求，重点抓好以下工作：\n（一）抓项目建设\n" + BODY + "\n（二）抓品质提升\n" + BODY + "\n")


# A label naming a part may open with the year it plans for (2031年预期目标： beside 总体要求：): the year does
# not make it a dated line. A year with a month (2031年3月：) keys a date, and a sentence opening with a
# year (2031年，…) is prose: neither leads.
YEAR_LABELS = [
    ("year_label_beside_a_label", _plan("总体要求：" + BODY, "2031年预期目标：全年接待游客八百万人次，旅游收入稳步增长，综合效益显著提高。"), """
        一、 上年工作总结
        二、 今年工作思路
          · 总体要求
          · 2031年预期目标
          （一） 抓项目建设
          （二） 抓品质提升"""),
    ("year_of_a_plan_label", _plan("2031年度主要任务：" + BODY, "2031年度保障措施：" + BODY), """
        一、 上年工作总结
        二、 今年工作思路
          · 2031年度主要任务
          · 2031年度保障措施
          （一） 抓项目建设
          （二） 抓品质提升"""),
    ("dates_are_no_labels", _plan("2031年3月：" + BODY, "2031年6月：" + BODY), """
        一、 上年工作总结
        二、 今年工作思路
          （一） 抓项目建设
          （二） 抓品质提升"""),
    ("dated_sentences_lead_nothing", _plan("2031年，全区经济运行总体平稳。" + BODY, "2032年，全区发展质量不断提升。" + BODY), """
        一、 上年工作总结
        二、 今年工作思路
          （一） 抓项目建设
          （二） 抓品质提升"""),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in YEAR_LABELS], ids=[c[0] for c in YEAR_LABELS])
def test_year_opened_labels(text: str, expected: str) -> None:
    outline = orgdoc.parse(text)
    for n in outline.walk():
        assert text[n.heading_span[0]:n.heading_span[1]] == n.heading
    assert outline_text(outline) == dedent(expected)


# A page saved as text opens with its <title>: the article's title joined with the site's name. That line
# is the page's; its title part is evidence, and the line under the menus that spells it (in full, the
# issuer and 关于印发 that the <title> cut) is the title. With no such line, the title part is the title.
MENU = "\n\n首页\n\n政务公开\n\n通知公告\n\n"
NOTICE = "\n\n各区人民政府：\n\n　　一、提高认识\n\n　　各区要提高认识。\n\n　　二、落实责任\n\n　　各区要落实责任。\n"
TITLE_LINES = [
    pytest.param("关于做好秋季防火工作的通知 - 某某市人民政府门户网站" + MENU + "某某市人民政府关于做好秋季防火工作的通知" + NOTICE,
                 "某某市人民政府关于做好秋季防火工作的通知", id="cut after the issuer, spelled in full below"),
    pytest.param("某某县水利局关于加强河道管理的通知_某某县人民政府" + MENU + "某某县水利局关于加强河道管理的通知" + NOTICE,
                 "某某县水利局关于加强河道管理的通知", id="underscore, spelled again below"),
    pytest.param("关于加强河道管理的通知 - 某某县人民政府" + NOTICE, "关于加强河道管理的通知",
                 id="no title below: the title part"),
    pytest.param("加强河道管理 - 守护绿水青山" + NOTICE, "加强河道管理 - 守护绿水青山",
                 id="no site named: a title with a dash"),
]


@pytest.mark.parametrize(("text", "title"), TITLE_LINES)
def test_a_saved_pages_title_line(text: str, title: str) -> None:
    outline = orgdoc.parse(text)
    assert outline.title == title
    assert [n.marker for n in outline.children] == ["一、", "二、"]


# A title line that spells the page's stated title is all of it past the page's stamp: the lines after the
# stamp (a topic link, the article's own heading, the meeting's date line) do not go on with it.
STATED_TITLE_PAGE = (
    "<html><head><title>2031年某某省政府工作报告全文-新闻中心-某某网</title></head><body>"
    "<p>2031年某某省政府工作报告全文</p><p>2031-01-22 09:34:00 稿源： 某某新闻</p>"
    "<p>【专题】聚焦2031某某两会</p><p>政府工作报告</p><p>2031年1月14日在某某省人民代表大会第四次会议上</p>"
    "<p>各位代表：</p><p>一、过去一年的工作</p><p>" + BODY + "</p><p>二、今年的主要任务</p><p>" + BODY + "</p>"
    "</body></html>")


def test_a_title_spelling_the_stated_title_is_whole() -> None:
    outline = _parse(STATED_TITLE_PAGE)
    assert outline.title == "2031年某某省政府工作报告全文"
    assert [n.marker for n in outline.children] == ["一、", "二、"]
