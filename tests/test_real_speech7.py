"""Table tests for shapes met in a seventh round of real speech-source documents (Jekyll posts with
commented-out drafts and link lists, a school CMS's weekly study column of 党课 material, a WeChat
mirror of a 座谈会 speech): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the title, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

from tests.outline_text import dedent, titled_outline

BODY = "要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"


def _p(text: str) -> str:
    return f'<p style="text-indent:2em">{text}</p>'


def _page(article: str) -> str:
    return ('<html><head><title>某某中学</title></head><body><div class="nav"><a href="/">首页</a></div>'
            f'<div class="content">{article}</div></body></html>')


POST = "---\nlayout: post\ntitle: 读书随想\n---\n\n读书是一件慢事。" + BODY + "\n\n"

# An HTML comment in a Markdown post is not rendered: an outline or link list kept in it numbers nothing,
# and a comment's first line beside the title is none of the title.
MARKDOWN_COMMENTS = [
    ("commented_draft_outline", POST + "<!--\n提纲：\n\n1. 先写读书的缘起\n2. 再写读书的体会\n3. 最后写读书的方法\n-->\n",
     "读书随想", ""),
    ("commented_link_list", POST + "<!--\n关于我的报道：\n\n\n1. [http://example.com/show.php?id=12][1]\n"
     "2. [http://example.org/Article.asp?ID=34][2]\n3. [http://example.net/index/id/56][3]\n-->\n", "读书随想", ""),
    ("comment_opening_on_the_line_after_the_title", ("# 读书随想\n\n<!-- 1. 草稿：先写缘起\n2. 草稿：再写体会 -->\n\n"
     f"一、缘起。{BODY}\n\n二、体会。{BODY}\n"), "读书随想", """
        一、 缘起
        二、 体会"""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in MARKDOWN_COMMENTS], ids=[r[0] for r in MARKDOWN_COMMENTS])
def test_markdown_comments(text: str, title: str, expected: str) -> None:
    assert titled_outline(text, "post.md") == (title, dedent(expected))


def _column_page(heading: str, first: str) -> str:
    return (f"<html><head><title>{heading}--学习园地-某某中学</title></head><body><div class=\"path\">当前位置："
            '<a href="/">首页</a> &gt; <a href="/c">学习园地</a></div><h3>学习园地</h3><div class="printArea">'
            f'<h2 class="title">{heading}</h2><div class="property"><span>文章来源：</span> <span>作者：</span> '
            '<span>发布时间：2024年03月05日</span> <span>点击数： 次</span></div><div class="conTxt">'
            + first + _p("某某某") + _p("一") + _p("学习是立身之本。" + BODY) + _p("二") + _p("实践是检验真理的唯一标准。" + BODY)
            + "</div></div></body></html>")


# A weekly column's page heads each item with the column's dated label (每周一学（…日-…日）), alone or in front
# of the article's title; the article's own title is the line under the page's stamp.
DATED_COLUMN_LABELS = [
    ("dated_label_alone", _column_page("每周一学（2024年3月4日-3月10日）", _p("坚持学思践悟 推动工作落实"))),
    ("dated_label_before_the_title", _column_page("每周一学（2024年3月4日-3月10日）坚持学思践悟 推动工作落实",
                                                  _p("<strong>坚持学思践悟 推动工作落实</strong>"))),
]


@pytest.mark.parametrize("page", [r[1] for r in DATED_COLUMN_LABELS], ids=[r[0] for r in DATED_COLUMN_LABELS])
def test_dated_column_labels(page: str) -> None:
    assert titled_outline(page, "Item.aspx") == ("坚持学思践悟 推动工作落实", dedent("""
        一 学习是立身之本
        二 实践是检验真理的唯一标准"""))


# 某某同志指出：“…” gives the speaker of a quotation inside a paragraph, no part's label.
QUOTING_LABELS = [
    ("speakers_of_quotations", _page(
        _p("<strong>坚持学思践悟 推动工作落实</strong>") + _p("学习是立身之本。" + BODY)
        + _p("某某同志指出：“学习不能停，停了就要落后。”" + BODY) + _p("某某同志强调：“要把学到的用到工作中去。”" + BODY)
        + _p("某某同志告诫：“不要满足于一知半解。”" + BODY)), ""),
]


@pytest.mark.parametrize("page,expected", [r[1:] for r in QUOTING_LABELS], ids=[r[0] for r in QUOTING_LABELS])
def test_quoting_labels(page: str, expected: str) -> None:
    assert titled_outline(page, "page.html")[1] == dedent(expected)


# A CMS page with no heading tags sets its unnumbered part headings as paragraphs wholly in bold: two or more
# make a group of headings, however long and unlike their wording.
BOLD_PART_HEADINGS = [
    ("long_unlike_bold_headings", _page(
        _p("<strong>坚持学思践悟 推动工作落实</strong>") + _p("前言一段。" + BODY)
        + _p("　　<strong>深化了我们对理论创新规律的认识，体现深厚的历史逻辑、理论逻辑、实践逻辑</strong>")
        + _p("理论的生命力在于创新。" + BODY)
        + _p("　　<strong>以务实的态度，系统回答了新时代工作中面临的一系列重大理论和实践问题</strong>")
        + _p("学习不能停，停了就要落后。" + BODY)
        + _p("　　<strong>在学用结合中让学习成果转化为推动高质量发展的实际成效</strong>") + _p("学习的目的全在于运用。" + BODY)), """
        · 深化了我们对理论创新规律的认识，体现深厚的历史逻辑、理论逻辑、实践逻辑
        · 以务实的态度，系统回答了新时代工作中面临的一系列重大理论和实践问题
        · 在学用结合中让学习成果转化为推动高质量发展的实际成效"""),
    # A piece's title set in bold over two lines (a title and its second line, then the author) is one heading
    # block, no pair of parts: a part's bold heading has text under it.
    ("stacked_bold_title_lines_are_no_parts", _page(
        _p("本周学习材料如下。" + BODY) + _p("<strong>传承优良作风</strong>") + _p("<strong>奋力书写新时代答卷</strong>")
        + _p("某某某") + _p("今天我们在这里集中学习。" + BODY) + _p("大家要把学习成果转化为工作动力。" + BODY)), ""),
]


@pytest.mark.parametrize("page,expected", [r[1:] for r in BOLD_PART_HEADINGS], ids=[r[0] for r in BOLD_PART_HEADINGS])
def test_bold_part_headings(page: str, expected: str) -> None:
    assert titled_outline(page, "page.html")[1] == dedent(expected)


# Statements opening with one clause (推进强国建设，…): the first names a result, the others say who is what;
# the third reads like the first, not like the second, and is one of them all the same.
FRAMED_STATEMENTS = [
    ("third_framed_like_the_first", ("同志们：\n\n今天请来的是几方面的代表。我讲几点意见。\n\n"
     "推进强国建设，广大科技工作者能够提供重要的人才支撑、智力支撑。希望广大科技工作者勇攀高峰，多出成果。\n\n"
     "科技工作者，就是从事科学技术工作的人，在经济社会发展中作用十分重要。\n\n"
     "推进强国建设，广大工人是主体力量。希望广大工人以劳动模范为榜样，争做新时代的奋斗者。\n\n"
     "劳动创造幸福，我们要在全社会大力弘扬劳动精神。\n\n"
     "推进强国建设，广大青年是生力军。希望广大青年志存高远，在奋斗中书写精彩人生。\n\n"
     "广大青年要自觉加强品德修养，不断养成高尚品格。\n\n我就讲这些。\n"), """
        · 推进强国建设，广大科技工作者能够提供重要的人才支撑、智力支撑
        · 推进强国建设，广大工人是主体力量
        · 推进强国建设，广大青年是生力军"""),
    # …the third sharing with the first no more than the frame (a shorter sentence after 推进强国建设，): still one
    # of them, as a frame three paragraphs repeat is the author's.
    ("third_shares_only_the_frame", ("同志们：\n\n今天请来的是几方面的代表。我讲几点意见。\n\n"
     "推进强国建设，我国广大科技工作者能够提供十分重要的人才支撑和智力支撑。希望大家勇攀高峰，多出成果。\n\n"
     "科技工作者，就是从事科学技术工作的人，在经济社会发展中作用十分重要。\n\n"
     "推进强国建设，我国广大工人是主体力量。希望广大工人以劳动模范为榜样，争做新时代的奋斗者。\n\n"
     "劳动创造幸福，我们要在全社会大力弘扬劳动精神。\n\n"
     "推进强国建设，青年一代是生力军和突击队。希望广大青年志存高远，在奋斗中书写精彩人生。\n\n"
     "广大青年要自觉加强品德修养，不断养成高尚品格。\n\n我就讲这些。\n"), """
        · 推进强国建设，我国广大科技工作者能够提供十分重要的人才支撑和智力支撑
        · 推进强国建设，我国广大工人是主体力量
        · 推进强国建设，青年一代是生力军和突击队"""),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in FRAMED_STATEMENTS], ids=[r[0] for r in FRAMED_STATEMENTS])
def test_framed_statements(text: str, expected: str) -> None:
    assert titled_outline(text, "speech.txt")[1] == dedent(expected)
