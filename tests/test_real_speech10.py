"""Table tests for shapes met in a tenth round of real speech-source documents (an anthology's speeches
as plain text with typeset notes, a speaker's talks as blog posts, meeting reports in JSP pages and a
Java bean, a newspaper's RSS feed kept as XML): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the file name, the expected title (None: not checked) and the
outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

from tests.outline_text import dedent, titled_outline

# A book's notes after the body under a letter-spaced label (注　　释, 注 释): the label is the back
# matter's cue as it is unspaced, so the numbered notes (〔1〕) are no points of the last section.
SPACED_BACK_MATTER_CUE = [
    ("full_width_spaced_notes", "学习的方法\n\n（一九五〇年五月）\n\n　　一、要读原著⑴。原著是根本。\n\n"
     + "　　二、要联系实际。学了就要用。\n\n\n　　注　　释\n\n　　〔1〕 原著指经典著作本身。\n\n"
     + "　　〔2〕 见本书第二卷。\n",
     "essay.txt", None, """
        一、 要读原著⑴
        二、 要联系实际"""),
    ("ascii_spaced_notes", "读书札记\n\n　　一、要先立志⑴。志不立则学不成。\n\n　　二、要常反省。日省其身。\n\n\n"
     + "注 释\n\n〔1〕 立志之说见前篇。\n\n〔2〕 语出《论语·学而》。\n",
     "notes.txt", None, """
        一、 要先立志⑴
        二、 要常反省"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in SPACED_BACK_MATTER_CUE],
                         ids=[r[0] for r in SPACED_BACK_MATTER_CUE])
def test_spaced_back_matter_cue(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name)[1] == dedent(expected)


# A speech whose points change their mark on the way (一、…⏎二、…⏎第三，…): the paragraph-opening 第三
# is the third heading of the 、 list (GUIDE rule 2: a list whose family changes while its numbers
# continue is one list), unless the section before it numbers points of its own (then 第三 is theirs:
# the last row, which held before the rule and must keep holding).
ORDINAL_AFTER_DUN_HEADINGS = [
    ("third_point_changes_mark", "同志们：\n\n今天讲三点。\n\n一、要统一思想。\n\n思想统一了，工作才好做。\n\n"
     + "二、要突出重点。\n\n重点抓住了，全局就活了。\n\n第三，要狠抓落实。\n\n一分部署，九分落实。\n",
     "speech.txt", None, """
        一、 要统一思想
        二、 要突出重点
        第三， 要狠抓落实"""),
    ("thanks_before_points", "## 在表彰会上的讲话\n\n首先我要感谢大家一年来的辛苦付出。\n\n其次，感谢兄弟单位的支持。\n\n"
     + "这一年大家受了不少委屈，我代表班子向大家致歉。\n\n"
     + "一、成绩来之不易。\n\n大家吃了很多苦。\n\n二、经验值得总结。\n\n要把做法固定下来。\n\n"
     + "第三，明年任务更重。\n\n要早谋划早动手。\n",
     "speech.md", None, """
        首先 我要感谢大家一年来的辛苦付出
        其次， 感谢兄弟单位的支持
        一、 成绩来之不易
        二、 经验值得总结
        第三， 明年任务更重"""),
    ("section_numbers_its_own", "一、形势。\n\n形势很好。\n\n二、任务。\n\n今年的任务有三项。首先，抓生产。"
     + "其次，抓安全。\n\n第三，抓队伍。队伍要稳定。\n",
     "plan.txt", None, """
        一、 形势
        二、 任务
          首先， 抓生产
          其次， 抓安全
          第三， 抓队伍"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in ORDINAL_AFTER_DUN_HEADINGS],
                         ids=[r[0] for r in ORDINAL_AFTER_DUN_HEADINGS])
def test_ordinal_after_dun_headings(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name)[1] == dedent(expected)


# One item of a news feed kept as XML (<item><title><![CDATA[…]]></title><link>…<description><![CDATA[<P>…]]>):
# the feed's elements and the CDATA wrappers are markup, so the item's title stands alone on its line.
FEED_ITEM = [
    ("rss_item_speech", "    <item>\n        <title><![CDATA[在全市防汛工作会议上的讲话]]></title>\n"
     + "        <link>http://news.example.cn/n1/2021/0601/c1024-1.html</link>\n"
     + "        <pubDate>2021-06-01</pubDate>\n        <author>王某某</author>\n"
     + "        <description><![CDATA[<P>同志们：</P><P>　　今天召开会议，部署防汛工作。</P>"
     + "<P>　　第一，压实责任。各级要守土有责。</P><P>　　第二，排查隐患。要逐一过堂。</P>"
     + "<P>　　第三，备足物资。要宁可备而不用。</P>]]></description>\n    </item>\n",
     "feed.xml", "在全市防汛工作会议上的讲话", """
        第一， 压实责任
        第二， 排查隐患
        第三， 备足物资"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in FEED_ITEM], ids=[r[0] for r in FEED_ITEM])
def test_feed_item(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# A free page template's view (no <head>, no <h1>): the template's credit above the content in a
# `copyrights` box (Collect from 网页模板) is furniture, and the post's own <header> inside its <section>
# (HTML5: that section's header) holds its title and byline, so the <h2> is the title.
TEMPLATE_SECTION_HEADER = [
    ("section_header_title", "\n\t<div id=\"main-wrapper\">\n\t\t<div class=\"copyrights\">Collect from "
     + "<a href=\"http://www.example.com/\" >网页模板</a></div>\n\t\t<div id=\"content\">\n\t\t\t<section>\n"
     + "\t\t\t\t<header>\n\t\t\t\t\t<h2>守初心：在平凡岗位上建功立业</h2>\n"
     + "\t\t\t\t\t<span class=\"byline\">局长在青年干部座谈会上的讲话摘要</span>\n\t\t\t\t</header>\n"
     + "\t\t\t\t<p>局长对青年干部提出两点希望。一是加强学习，练就过硬本领。学习是成长的阶梯。"
     + "二是勇于担当，敢于攻坚克难。困难面前要冲得上去。</p>\n\t\t\t</section>\n\t\t</div>\n\t</div>\n",
     "index.php", "守初心：在平凡岗位上建功立业", """
        一是 加强学习，练就过硬本领
        二是 勇于担当，敢于攻坚克难"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in TEMPLATE_SECTION_HEADER],
                         ids=[r[0] for r in TEMPLATE_SECTION_HEADER])
def test_template_section_header(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))
