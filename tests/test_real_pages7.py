"""Table tests for shapes met in a seventh round of real saved web pages (a school site's party-study and
principal's columns kept whole as .aspx pages, school news kept as JSP sources, a learned society's
news page kept as a scraper's test fixture): one table per class of miss.

The snippets were written for these tests in the shapes those pages show; none is copied from a page.
Each row: an id, the page, the title, the outline (two spaces a level, `MARKER HEADING`). Rows named
`…_stays` or `…_opens_alike` are guards of what the fix must keep (they pass before it too).
"""

from __future__ import annotations

import pytest

from tests.outline_text import dedent, titled_outline

BODY = "各单位要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"
REPORT = "与会人员围绕主题深入交流，大家一致认为活动形式新颖、内容充实，收获很大。"


def _page(body: str, title: str = "某某中学举办读书节活动", head: str = "") -> str:
    return (f"<html><head><title>{head or title}</title></head><body>"
            '<div class="menu"><a href="/">首页</a> <a href="/news">新闻中心</a> <a href="/about">学校概况</a></div>'
            f'<div class="article"><h1>{title}</h1><p>发布时间：2023-04-20 来源：校办</p>'
            f'<div class="content">{body}</div></div></body></html>')


def _img(n: int) -> str:
    return f'<p style="text-align:center"><img src="/upload/{n}.jpg"></p>'


# A saved page's photo captions: the short line right under each <img> (a centred <p>, or an <h2> after an
# image-only block), and a caption set over two lines between two pictures. Left in the text, a row of them
# read as parallel heading lines over the paragraphs between the pictures; GUIDE: captions are no nodes.
# A numbered heading under a picture, or a sentence, is never taken for a caption.
CAPTIONS = [
    ("centred_captions_under_pictures", _page(
        f"<p>{REPORT}</p>{_img(1)}<p style='text-align:center'>活动启动仪式</p><p>{REPORT}</p>"
        f"{_img(2)}<p style='text-align:center'>读书分享会现场</p><p>{REPORT}</p>"
        f"{_img(3)}<p style='text-align:center'>颁奖环节</p><p>{REPORT}</p>"), "某某中学举办读书节活动", ""),
    ("heading_elements_as_captions", _page(
        f"<p>{REPORT}</p><h2><img src='/a.jpg'></h2><h2>校长为获奖班级颁奖</h2><p>{REPORT}</p>"
        f"<h2><img src='/b.jpg'></h2><h2>教师代表队入场</h2><p>{REPORT}</p>"), "某某中学举办读书节活动", ""),
    ("caption_over_two_lines_between_pictures", _page(
        f"<p>{REPORT}</p>{_img(1)}<h2>区教育局局长</h2><h2>宣布运动会开幕</h2>{_img(2)}"
        f"<h2>学生方阵入场</h2><p>{REPORT}</p>"), "某某中学举办读书节活动", ""),
    ("numbered_heading_under_a_picture_stays", _page(
        f"<p>{REPORT}</p>{_img(1)}<p>一、活动开展情况</p><p>{BODY}</p>{_img(2)}<p>二、下一步打算</p><p>{BODY}</p>"),
     "某某中学举办读书节活动", """
        一、 活动开展情况
        二、 下一步打算"""),
]


@pytest.mark.parametrize("page,title,expected", [r[1:] for r in CAPTIONS], ids=[r[0] for r in CAPTIONS])
def test_captions(page: str, title: str | None, expected: str) -> None:
    assert titled_outline(page, "page.html") == (title, dedent(expected))


# A PowerEasy-built page's <title> joins the article's title, the column and the site with a doubled hyphen
# (标题--栏目-站名): split there, it is the page's stated title, so the column's heading line above the article
# is no part of it and a news headline under the date stamp (ending in a genre word, 讲话) does not run on
# into it.
STATED = ('<html><head><title>每周一练（第12期）全市经济工作会议--理论学习-某某市实验中学</title></head><body>'
          '<div class="mBd"><h3>理论学习</h3><h2 class="title">每周一练（第12期）全市经济工作会议</h2>'
          '<div class="property"><span>文章来源：</span> <span>发布时间：2023年01月09日</span></div>'
          '<div class="conTxt"><p style="text-align:center">全市经济工作会议召开 市委书记发表讲话</p>'
          f"<p>会议确定，今年抓好以下重点任务。</p><p>一是稳住工业基本盘。{BODY}</p><p>二是扩大有效投资。{BODY}</p>"
          "</div></div></body></html>")
TITLES = [
    ("doubled_hyphen_title_and_headline_under_stamp", STATED, "每周一练（第12期）全市经济工作会议", """
        一是 稳住工业基本盘
        二是 扩大有效投资"""),
]


@pytest.mark.parametrize("page,title,expected", [r[1:] for r in TITLES], ids=[r[0] for r in TITLES])
def test_stated_titles(page: str, title: str | None, expected: str) -> None:
    assert titled_outline(page, "Item/12.aspx") == (title, dedent(expected))


# Boxes of a sidebar set after the article on a saved page: its contact box (联系我们 over the address lines)
# and its ranking of the site's articles (新闻排行榜 更多+ over numbered titles), their headings marked <h4>:
# like a related-articles heading, each ends the text after the article's prose.
SIDEBAR = ('<html><head><title>学会新闻</title></head><body><div class="news_left"><h5>{title}</h5>'
           f"<p>{REPORT}</p><p>{REPORT}</p><p>{REPORT}</p></div>"
           '<div class="news_right"><div class="cont"><h4>联系我们</h4><p>地 址：某某市某某路1号</p><p>电 话：010-12345678</p>'
           "</div><div class='cont'><h4><b>新闻排行榜</b> <a href='#'>更多+</a></h4>"
           "<a href='/1'><i>1</i><p>学会召开理事会会议</p></a><a href='/2'><i>2</i><p>青年学者论坛举行</p></a>"
           "<a href='/3'><i>3</i><p>科普讲座走进校园</p></a></div></div></body></html>")
BOXES = [
    ("contact_and_ranking_boxes_after_article", SIDEBAR.format(title="某某学会2023年学术年会在某某大学举行"),
     "某某学会2023年学术年会在某某大学举行", ""),
]


@pytest.mark.parametrize("page,title,expected", [r[1:] for r in BOXES], ids=[r[0] for r in BOXES])
def test_sidebar_boxes(page: str, title: str | None, expected: str) -> None:
    assert titled_outline(page, "page.html") == (title, dedent(expected))


# A report on a document: paragraphs that open with the document's name and a verb of saying (《意见》指出，…
# 《意见》要求，…) share only that — the report's statements, no run-in headings. Where what is said opens alike
# too (《意见》强调，要切实加强…的X。), they are the parallel points an editor lists.
REPORTS = [
    ("document_name_and_verb_only", ("关于开展主题活动的报道\n\n"
                                     f"《意见》指出，经上级党组织同意，在全系统开展主题实践活动。{BODY}\n\n"
                                     f"《意见》要求，各级组织要把主题活动作为重要任务，精心组织实施，确保取得实效。{BODY}\n"), ""),
    ("what_is_said_opens_alike", ("关于开展主题活动的报道\n\n"
                                  f"《意见》强调，要切实加强主题活动的组织领导。{BODY}\n\n"
                                  f"《意见》强调，要切实加强主题活动的宣传引导。{BODY}\n\n"
                                  f"《意见》强调，要切实加强主题活动的督促检查。{BODY}\n"), """
        · 《意见》强调，要切实加强主题活动的组织领导
        · 《意见》强调，要切实加强主题活动的宣传引导
        · 《意见》强调，要切实加强主题活动的督促检查"""),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in REPORTS], ids=[r[0] for r in REPORTS])
def test_reported_documents(text: str, expected: str) -> None:
    assert titled_outline(text, "report.txt")[1] == dedent(expected)
