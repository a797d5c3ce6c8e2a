"""Table tests for shapes met in an eighth round of real saved web pages (course-project copies of a
university department's notice page and of a university news article, kept as PHP and JSP sources):
one table per class of miss.

The snippets were written for these tests in the shapes those pages show; none is copied from a page.
Each row: an id, the page, the title, the outline (two spaces a level, `MARKER HEADING`). Rows named
`…_stays` are guards of what the fix must keep (they pass before it too).
"""

from __future__ import annotations

import pytest

from tests.outline_text import dedent, titled_outline

BODY = "各单位要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"
REPORT = "与会人员围绕主题深入交流，大家一致认为活动形式新颖、内容充实，收获很大。"


def _column_page(links: str, title: str, stamp: str = "<p>发布时间：2022-05-10 09:30:00 作者：</p>",
                 body: str = "") -> str:
    """A page whose left column (no furniture class) lists the site's columns, then a links box
    (相关链接 over plain names), before the article's title."""
    body = body or f"<p>各学院：</p><p>一、活动时间</p><p>{BODY}</p><p>二、工作要求</p><p>{BODY}</p>"
    return ("<html><head><title>通知公告-某部</title></head><body>"
            '<div class="left"><h2>通知公告</h2><p>工作动态</p><p>通知公告</p><p>理论学习</p>'
            f"<h2>相关链接</h2>{links}</div>"
            f'<div class="right"><pre>{title}\n</pre>{stamp}{body}</div></body></html>')


NAMES = "<p>中共某某省委宣传部</p><p>某某市教育委员会办公室</p><p>某某大学</p><p>\"某大青年\"杂志</p>"

# A site's left column copied as text: its column names (short, a menu), then a links box whose heading
# (相关链接) is a related-links cue and whose entries are units' names, longer than a menu item. The names
# are the box's links, not the title (nor the speaker, nor a byline): the menu run goes on through them,
# up to a line that is no name (a sentence, a 《》 title) or the line right over the page's stamp.
LINKS_BOX = [
    ("names_under_links_heading_before_title", _column_page(NAMES, "转发《关于开展读书月活动的通知》"),
     "转发《关于开展读书月活动的通知》", """
        一、 活动时间
        二、 工作要求"""),
    ("short_title_over_stamp_ends_the_box", _column_page(NAMES, "某某大学召开暑期工作部署会"),
     "某某大学召开暑期工作部署会", """
        一、 活动时间
        二、 工作要求"""),
    ("book_title_line_ends_the_box_without_stamp", _column_page(NAMES, "转发《关于做好安全检查工作的通知》", stamp=""),
     "转发《关于做好安全检查工作的通知》", """
        一、 活动时间
        二、 工作要求"""),
]


@pytest.mark.parametrize("page,title,expected", [r[1:] for r in LINKS_BOX], ids=[r[0] for r in LINKS_BOX])
def test_links_box(page: str, title: str | None, expected: str) -> None:
    assert titled_outline(page, "page.html") == (title, dedent(expected))


def _news_page(heading: str) -> str:
    return ("<html><head><title>Title</title></head><body>"
            '<div class="sidebar"><ul><li><a href="/a">综合新闻</a></li><li><a href="/b">校园动态</a></li></ul></div>'
            f'<div class="box"><h2>{heading}</h2><span>日期：2021-11-02</span><span>发布单位：宣传部</span>'
            f"<p>{REPORT}</p><p>{REPORT}</p></div></body></html>")


# A template's slip: the headline printed twice in its heading element (X X, or XX with nothing between). The
# title is one copy; the second is page furniture. A title that only repeats a word (青春 … 青春) stays whole.
DOUBLED = [
    ("headline_printed_twice", _news_page("某某学院举办第五届科技文化节" * 2), "某某学院举办第五届科技文化节", ""),
    ("headline_printed_twice_with_a_space", _news_page("某某学院举办第五届科技文化节 某某学院举办第五届科技文化节"),
     "某某学院举办第五届科技文化节", ""),
    ("repeated_words_in_a_title_stays", _news_page("奋斗青春绽放光彩 青春奋斗绽放光彩"), "奋斗青春绽放光彩 青春奋斗绽放光彩", ""),
]


@pytest.mark.parametrize("page,title,expected", [r[1:] for r in DOUBLED], ids=[r[0] for r in DOUBLED])
def test_doubled_title(page: str, title: str | None, expected: str) -> None:
    assert titled_outline(page, "page.html") == (title, dedent(expected))
