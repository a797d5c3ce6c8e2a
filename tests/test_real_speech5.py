"""Table tests for shapes met in a fifth round of real speech-source documents (a corporate leader's talks
and press Q&A kept as Markdown, old speeches and directives of a selected-works edition, a leader's
speeches kept one to a CSV field, a university news post kept as Hugo Markdown): one table per class of
miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import checked_outline, dedent, outline_text

BODY = "要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"


# Paragraph-opening ordinals whose family changes while the numbers go on (首先，…第二，…第三，) after an
# earlier section's list of the same numbers (二、…第一，…第二，): the heading 三、 closed that list, so 第三
# goes on with 首先 第二 under 三、, and is not lost as the third of 二、's list.
FAMILIES = [
    ("sequence_then_ordinals_after_a_section", f"一、加强统筹。\n\n第一，明确任务。{BODY}\n\n第二，压实责任。{BODY}\n\n"
     f"二、简化管理。\n\n首先，减少文件。{BODY}\n\n第二，精简流程。{BODY}\n\n第三，人人参与。{BODY}\n", """
        一、 加强统筹
          第一， 明确任务
          第二， 压实责任
        二、 简化管理
          首先， 减少文件
          第二， 精简流程
          第三， 人人参与"""),
    ("nested_set_inside_an_item_stays_nested", f"一、加强统筹。\n\n第一，明确任务。{BODY}首先，摸清底数。其次，"
     f"排出计划。\n\n第二，压实责任。{BODY}\n\n第三，强化考核。{BODY}\n", """
        一、 加强统筹
          第一， 明确任务
            首先， 摸清底数
            其次， 排出计划
          第二， 压实责任
          第三， 强化考核"""),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in FAMILIES], ids=[r[0] for r in FAMILIES])
def test_families(text: str, expected: str) -> None:
    assert checked_outline(text) == dedent(expected)


# Counted ordinals with 就是 (第三种就是…) and with 条是 (第一条是…，第二条是…) count a speech's points;
# 第一条 alone stays a regulation's article.
COUNTED = [
    ("jiushi_closes_the_list", "矛盾有三种力量，第一种是最大的国家，第二种是次一等的国家，第三种就是被压迫民族。"
     f"{BODY}\n", """
        第一种是 最大的国家
        第二种是 次一等的国家
        第三种就是 被压迫民族"""),
    ("tiao_shi_in_a_speech", f"对于这个问题，第一条是不提倡，第二条是有人要做就让他做。{BODY}\n", """
        第一条是 不提倡
        第二条是 有人要做就让他做"""),
    ("article_stays_an_article", "第一章 总则\n\n第一条 为了规范管理，制定本办法。\n\n第二条 本办法适用于全市。\n", """
        第一章 总则
          第一条 为了规范管理，制定本办法
          第二条 本办法适用于全市"""),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in COUNTED], ids=[r[0] for r in COUNTED])
def test_counted(text: str, expected: str) -> None:
    assert checked_outline(text) == dedent(expected)


# A numbered question list whose number slips once (17、 18、 9、 20、: 19 typed as 9, a digit dropped): the slip is
# the item between, not body text; a number that goes back with no next item to confirm it, any other number out
# of turn, and a flattened table's row (two cells' numbers, a wide gap between) stay body text. And an
# interview's speaker turns (某某：… at each answer) key who speaks: no run-in labels, even beside a label.
ANSWER = "某某：谢谢提问。我们一直坚持开放合作。\n\n"
QA = "".join(f"{n}、某某报记者张三：请问第{n}个问题是什么？\n\n{ANSWER}" for n in range(1, 5))
SLIPS = [
    ("slipped_number", QA.replace("3、", "13、") + "5、某某报记者李四：最后一个问题？\n\n某某：关于这个问题：（1）我们坚持开放；"
     "（2）我们加大投入。\n\n", """
        1、 某某报记者张三
        2、 某某报记者张三
        13、 某某报记者张三
        4、 某某报记者张三
        5、 某某报记者李四
          （1） 我们坚持开放
          （2） 我们加大投入"""),
    ("number_going_back_alone", f"1、加强统筹。\n\n{BODY}\n\n2、压实责任。\n\n{BODY}\n\n1、这是另一件事。\n\n{BODY}\n", """
        1、 加强统筹
        2、 压实责任
        1、 这是另一件事"""),
    ("other_number_out_of_turn", "".join(f"{n}、第{n}项任务。{BODY}\n" for n in (10, 11, 5, 12)), """
        10、 第10项任务
        11、 第11项任务
        12、 第12项任务"""),
    ("flattened_table_row", "".join(f"{n}、第{n}项任务。{BODY}\n" for n in (17, 18)) + "9、新材料    19、化工新材料\n"
     + f"20、第20项任务。{BODY}\n", """
        17、 第17项任务
        18、 第18项任务
        20、 第20项任务"""),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in SLIPS], ids=[r[0] for r in SLIPS])
def test_slips(text: str, expected: str) -> None:
    assert checked_outline(text) == dedent(expected)


# A Hugo post whose news credit is cut by a line break inside its bracket (**某某** **新闻网讯** （记者 张三⏎⏎
# 摄影报道）…) as a scrape leaves it: a byline, so the front matter's title stays the title.
FRONT = ("---\ntitle: 某某大学->{title} | example.info\ndate: 2022-05-12 01:21:48\nurlname: 0123abcd\nslug: 0123abcd\n"
         "tags: \n- 某某大学\ncategories:\n- example.info\nauthorbox: false\n---\n")
REPORT = "学校召开党委常委会扩大会议"
POSTS = [
    ("credit_cut_in_its_bracket", FRONT.format(title=REPORT) + "**某某** **新闻网讯** （记者 张三\n\n摄影报道）5月6日，学校召开"
     "会议。\n<!--more-->\n会议要求，一是加强统筹，统一思想。二是压实责任，狠抓落实。\n\n会议强调，" + BODY + "\n",
     REPORT, """
        一是 加强统筹，统一思想
        二是 压实责任，狠抓落实"""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in POSTS], ids=[r[0] for r in POSTS])
def test_posts(text: str, title: str, expected: str) -> None:
    outline = orgdoc.parse_bytes(text.encode("utf-8"), name="post.md", include_text=True)
    assert outline.title == title
    source = outline.source.text or ""
    for n in outline.walk():
        assert source[n.heading_span[0]:n.heading_span[1]] == n.heading
    assert outline_text(outline) == dedent(expected)
