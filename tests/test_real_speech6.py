"""Table tests for shapes met in a sixth round of real speech-source documents (a blog post quoting a
commencement address, company and school addresses kept in PHP and JSP page templates, party meeting
reports kept as JSON and SQL fields): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the title, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

from tests.outline_text import dedent, titled_outline

BODY = "要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"


# A Hexo post whose front matter has no opening `---` (Hexo reads `title: …` lines closed by `---` as front
# matter): the block is furniture and its title: the title, not the post's first line, least of all a
# sentence that trails off with an ellipsis.
FRONT_MATTER = [
    ("hexo_keys_without_opening_rule", 'title: "读一篇开学致辞有感"\ndate: 2019-09-01 08:00:00\ntags:\n\n- 随笔\n'
     + "categories: 生活\n\n---\n\n有人说，道理都懂，做起来却很难……\n\n" + f"一、先立志。{BODY}\n\n二、再力行。{BODY}\n",
     "post.md", "读一篇开学致辞有感", """
        一、 先立志
        二、 再力行"""),
    ("trailing_ellipsis_sentence_is_no_title", "有人说，学习是一辈子的事情，不能一蹴而就……\n\n"
     + f"第一，要读原著。{BODY}\n\n第二，要悟原理。{BODY}\n",
     "essay.txt", None, """
        第一， 要读原著
        第二， 要悟原理"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in FRONT_MATTER], ids=[r[0] for r in FRONT_MATTER])
def test_front_matter(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


PAGE = ('<html><head><title>某某集团信息平台</title></head><body><div class="head">'
        '<span class="place">当前位置：首页 &gt; 新闻中心 &gt; {crumb}</span>\n    <span class="title">{title}</span>'
        '<div class="num">{field}</div></div><span class="date">2013-11-29</span><div class="text">'
        f"<p>会议提出了具体要求：一是加强学习，提高认识。{BODY}二是压实责任，狠抓落实。{BODY}</p></div></body></html>")

# A page template that sets the trail and the article's title side by side (two spans of one block, read as
# one line): the trail is furniture, the title what follows its last step; a trail whose last step is all
# the line holds gives no title (the page's <title> then). A field line keying a code under it (项目编号:XSB001) is never the title.
CRUMB_TITLES = [
    ("trail_then_title_in_one_block", PAGE.format(crumb="公司要闻", title="某某集团召开领导班子专题民主生活会",
                                                   field="项目编号:AB2013"),
     "某某集团召开领导班子专题民主生活会", """
        一是 加强学习，提高认识
        二是 压实责任，狠抓落实"""),
    ("trail_whose_last_step_is_a_short_label", PAGE.format(crumb="公司要闻", title="正文", field="项目编号:AB2013"),
     "某某集团信息平台", """
        一是 加强学习，提高认识
        二是 压实责任，狠抓落实"""),
]


@pytest.mark.parametrize("page,title,expected", [r[1:] for r in CRUMB_TITLES], ids=[r[0] for r in CRUMB_TITLES])
def test_crumb_titles(page: str, title: str | None, expected: str) -> None:
    assert titled_outline(page, "news.jsp") == (title, dedent(expected))


@pytest.mark.parametrize("line", ["项目编号:XSB001", "文件编号：2024-12", "合同号:HT-0098"])
def test_code_field_is_no_title(line: str) -> None:
    assert titled_outline(f"{line}\n\n{BODY}\n\n一、加强学习。{BODY}\n\n二、压实责任。{BODY}\n", "field.txt")[0] is None
