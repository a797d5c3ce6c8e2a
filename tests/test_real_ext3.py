"""Table tests for shapes met in a third round of real official documents from outside the corpus's
sources (a school's party documents and leaders' 述职报告 crawled from its website, university and
county notices kept in JSP/ASP pages, a plan kept in an app's string, a community plan in an SQL dump):
one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

from tests.outline_text import checked_outline as _outline
from tests.outline_text import dedent

BODY = "这一年来认真履行岗位职责，各项工作取得了一定成效。"


def _report(number: int, name: str, sections: str) -> str:
    """One leader's report in a page of several: a numbered name line, a lead paragraph, its sections."""
    return f"{number}.{name}（副校长）\n{BODY}现汇报如下：\n{sections}"


POINTS = f"1.加强学习是做好工作的基础。\n{BODY}\n2.改进作风是做好工作的保证。\n{BODY}\n"

# A list of reports numbered 1. 2. whose sections (一、 二、) number their own points 1. 2. again: the
# restarted points elaborate the section they follow, not the report above it, whether the next
# report brings the outer numbers back or the points close the page.
RESTART_UNDER_SECTION = [
    ("last_report", _report(1, "张明", f"一、思想方面\n{BODY}\n二、工作方面\n{BODY}\n")
     + _report(2, "李华", f"一、思想方面\n{BODY}\n二、作风方面\n{BODY}\n{POINTS}"), """
        1. 张明（副校长）
          一、 思想方面
          二、 工作方面
        2. 李华（副校长）
          一、 思想方面
          二、 作风方面
            1. 加强学习是做好工作的基础
            2. 改进作风是做好工作的保证"""),
    ("next_report_comes_back", _report(1, "张明", f"一、思想方面\n{BODY}\n二、作风方面\n{POINTS}")
     + _report(2, "李华", f"一、思想方面\n{BODY}\n二、工作方面\n{BODY}\n"), """
        1. 张明（副校长）
          一、 思想方面
          二、 作风方面
            1. 加强学习是做好工作的基础
            2. 改进作风是做好工作的保证
        2. 李华（副校长）
          一、 思想方面
          二、 工作方面"""),
    ("dot_after_numeral", _report(1, "张明", f"一.思想方面\n{BODY}\n二.作风方面\n{BODY}\n")
     + _report(2, "李华", f"一.思想方面\n{BODY}\n二.作风方面\n{BODY}\n{POINTS}"), """
        1. 张明（副校长）
          一. 思想方面
          二. 作风方面
        2. 李华（副校长）
          一. 思想方面
          二. 作风方面
            1. 加强学习是做好工作的基础
            2. 改进作风是做好工作的保证"""),
    # a second document after the first one's sections restarts 一、 under its own title line: a list
    # of its own at the top, not points of the last sub-section
    ("second_document_under_its_title", (f"一、总体要求\n（一）工作目标\n{BODY}\n（二）基本原则\n{BODY}\n"
                                         f"关于做好安全工作的通知\n{BODY}\n一、明确责任\n{BODY}\n二、加强检查\n{BODY}\n"), """
        一、 总体要求
          （一） 工作目标
          （二） 基本原则
        一、 明确责任
        二、 加强检查"""),
]


# A report's turn to its shortcomings led in by a look back (在回顾…的时候，我也认识到…：1.…2.…) closes
# its last section as a bare turn does: in a page of reports, what it lists is the report's, beside its
# sections, not the last section's; a turn led in by anything else (通过学习，我也认识到…) is that section's.
LOOK_BACK_TURN = [
    ("look_back", _report(1, "张明", f"一、思想方面\n{BODY}\n二、自律方面\n{BODY}\n"
                                    "在回顾履职情况的时候，我也认识到自身还存在不少问题：1.学习还不够深入。2.调研还不够扎实。\n")
     + _report(2, "李华", f"一、思想方面\n{BODY}\n"), """
        1. 张明（副校长）
          一、 思想方面
          二、 自律方面
          1. 学习还不够深入
          2. 调研还不够扎实
        2. 李华（副校长）
          一、 思想方面"""),
    ("summing_up", (f"一、主要工作\n{BODY}\n二、自律方面\n{BODY}\n"
                    "总结一年来的工作，我们也清醒地看到还存在一些不足：一是学习不够深入；二是调研不够扎实。\n"), """
        一、 主要工作
        二、 自律方面
        一是 学习不够深入
        二是 调研不够扎实"""),
    ("other_lead_stays", (f"一、主要工作\n{BODY}\n二、自律方面\n{BODY}\n"
                          "通过学习，我也认识到纪律的重要：一是要守规矩；二是要讲原则。\n"), """
        一、 主要工作
        二、 自律方面
          一是 要守规矩
          二是 要讲原则"""),
]

RULE = "我珍惜同志间合作共事的机会，自觉加强个人修养，坚持大事讲原则。"

# Two leads set as a couplet (same clause lengths, ending alike, words at the same places) in
# back-to-back paragraphs are a pair of run-ins; prose merely shaped alike is not.
COUPLET = [
    ("couplet", f"一、加强自律\n合作共事，保持一颗平常心。{RULE}\n谨小慎微，坚守一颗廉洁心。{RULE}\n二、其他工作\n{BODY}\n", """
        一、 加强自律
          · 合作共事，保持一颗平常心
          · 谨小慎微，坚守一颗廉洁心
        二、 其他工作"""),
    ("prose_shaped_alike", (f"一、经济形势\n今年以来，我市经济平稳运行。{BODY}\n总体来看，我市形势稳中向好。{BODY}\n"
                            f"二、其他工作\n{BODY}\n"), """
        一、 经济形势
        二、 其他工作"""),
]


# Every table above: (table, id, text, the outline it must give).
TABLES = {"restart_under_section": RESTART_UNDER_SECTION, "look_back_turn": LOOK_BACK_TURN, "couplet": COUPLET}
ROWS = [(table, *row) for table, rows in TABLES.items() for row in rows]


@pytest.mark.parametrize("text,expected", [r[2:] for r in ROWS], ids=[f"{r[0]}-{r[1]}" for r in ROWS])
def test_real_ext3(text: str, expected: str) -> None:
    assert _outline(text) == dedent(expected)
