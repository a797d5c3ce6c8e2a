"""Table tests for shapes met in real rules and charters (a company's 管理办法 and 实施细则 kept as text
extracted from PDF, an association's working rules and charter from web pages, a student club's 制度,
an alliance's charter exported from Word to HTML): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import dedent, outline_text


def _outline(text: str) -> str:
    outline = orgdoc.parse(text)
    for n in outline.walk():
        assert text[n.heading_span[0]:n.heading_span[1]] == n.heading
    return outline_text(outline)


# Word's list numbering typed out with its dot and a run of spaces (第一章.   宗旨, 第一条.      目标), as a
# charter exported to HTML shows it: the dot belongs to the marker, the heading follows it.
LIST_DOTS = [
    ("chapter_and_article", "联盟章程\n\n第一章.   总则和宗旨\n第一条.      宗旨\n1.      服务本地的开发者。\n"
                            "2.      推动开源协作。\n第二条.      原则\n1.      自愿加入，自由退出。\n"
                            "2.      公开透明。\n第二章.   成员\n第三条.      入会\n成员须由两名会员推荐。\n", """
        第一章. 总则和宗旨
          第一条. 宗旨
            1. 服务本地的开发者
            2. 推动开源协作
          第二条. 原则
            1. 自愿加入，自由退出
            2. 公开透明
        第二章. 成员
          第三条. 入会"""),
    ("full_width_dot", "社团章程\n\n第一章．总则\n第一条．本社名称为星火读书会。\n第二条．本社接受学院指导。\n"
                       "第二章．会员\n第三条．凡本校学生均可申请入社。\n", """
        第一章． 总则
          第一条． 本社名称为星火读书会
          第二条． 本社接受学院指导
        第二章． 会员
          第三条． 凡本校学生均可申请入社"""),
]


# A club's 制度 sets its chapter headings in black lenticular brackets (【第一章  总 则】): the bracket keeps
# the line start for the marker and closes no part of the heading; a chapter holding only a paragraph is
# still a chapter, and the articles restart in every chapter.
BRACKETED_CHAPTERS = [
    ("club_rules", "读书会管理制度\n\n【第一章  总 则】\n本制度依据学校社团管理规定制定，适用于全体会员。\n"
                   "【第二章 组织机构】\n第一条：读书会设会长一名。\n第二条：会长由全体会员选举产生。\n"
                   "【第三章 活动管理】\n第一条：读书会每月举办一次读书分享。\n第二条：会员应按时参加活动。\n", """
        第一章 总 则
        第二章 组织机构
          第一条 读书会设会长一名
          第二条 会长由全体会员选举产生
        第三章 活动管理
          第一条 读书会每月举办一次读书分享
          第二条 会员应按时参加活动"""),
]


# Every table above: (table, id, text, the outline it must give).
TABLES = {"list_dots": LIST_DOTS, "bracketed_chapters": BRACKETED_CHAPTERS}
ROWS = [(table, *row) for table, rows in TABLES.items() for row in rows]


@pytest.mark.parametrize("text,expected", [r[2:] for r in ROWS], ids=[f"{r[0]}-{r[1]}" for r in ROWS])
def test_real_rules4(text: str, expected: str) -> None:
    assert _outline(text) == dedent(expected)
