"""Table tests for shapes met in a twelfth round of real government documents (notices and plans kept as
fields of SQL dumps, JSON and page scripts, a 中央一号文件 as plain text, a branch's rules as HTML): one
table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the file name (its suffix picks the reader), the outline (two spaces
a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

from tests.outline_text import dedent, titled_outline

BODY = "要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"


def _p(text: str) -> str:
    return f'<p style="text-indent:32px">{text}</p>'


def _h(level: int, text: str) -> str:
    return f'<h{level} style="text-align:center">{text}</h{level}>'


# Heading lines without numbers (an <h2>, a Markdown ##) that head a list restarting at 一、 or 1. after a
# nested list has been open (三、…⏎1、…9、⏎<h2>…</h2>⏎一、…): the line stands beside the list it restarts
# (GUIDE rule 6, and "attached documents that restart 一、 are a new top-level list"), never under the last
# item of the nested list before it.
STYLED_OVER_RESTART = [
    ("h2_rules_after_a_nested_list",
     "".join([_p("为加强党风廉政建设，结合实际，特制定以下制度。"), _p("一、总则"), _p(BODY), _p("二、责任范围"), _p(BODY),
              _p("三、内容"), _p("书记的责任内容："), _p("1、认真贯彻落实上级的部署和要求。"), _p("2、严格控制各项开支。"),
              _h(2, "党支部廉政建设制度"), _p("一、党员干部要带头反腐倡廉。"), _p("二、党员干部要秉公办事。"),
              _h(2, "党支部党员责任制度"), _p("为发挥党员先锋模范作用，特制定本制度。"), _p("一、建立党员责任区。"),
              _p("二、负责宣传党的路线方针政策。")]),
     "rules.html", """
        一、 总则
        二、 责任范围
        三、 内容
          1、 认真贯彻落实上级的部署和要求
          2、 严格控制各项开支
        · 党支部廉政建设制度
          一、 党员干部要带头反腐倡廉
          二、 党员干部要秉公办事
        · 党支部党员责任制度
          一、 建立党员责任区
          二、 负责宣传党的路线方针政策"""),
    ("h3_lines_restarting_a_second_level_list",
     "".join([_p("一、主要任务"), _p(f"1.完善工作机制。{BODY}"), _p(f"2.强化督导检查。{BODY}"),
              _h(3, "城区片"), _p(f"1.整治背街小巷。{BODY}"), _p(f"2.改造老旧小区。{BODY}"),
              _h(3, "乡镇片"), _p(f"1.整治村庄环境。{BODY}"), _p(f"2.治理河塘沟渠。{BODY}"),
              _p("二、保障措施"), _p(BODY)]),
     "plan.html", """
        一、 主要任务
          1. 完善工作机制
          2. 强化督导检查
          · 城区片
            1. 整治背街小巷
            2. 改造老旧小区
          · 乡镇片
            1. 整治村庄环境
            2. 治理河塘沟渠
        二、 保障措施"""),
    ("markdown_headings_after_a_nested_list",
     "\n\n".join(["一、工作目标", BODY, "二、工作措施", "（一）加强组织领导。" + BODY, "（二）强化宣传引导。" + BODY,
                  "## 城区实施细则", "一、摸底排查。" + BODY, "二、集中整治。" + BODY,
                  "## 乡镇实施细则", "一、宣传发动。" + BODY, "二、全面推进。" + BODY]) + "\n",
     "plan.md", """
        一、 工作目标
        二、 工作措施
          （一） 加强组织领导
          （二） 强化宣传引导
        · 城区实施细则
          一、 摸底排查
          二、 集中整治
        · 乡镇实施细则
          一、 宣传发动
          二、 全面推进"""),
]


@pytest.mark.parametrize("text,name,expected", [r[1:] for r in STYLED_OVER_RESTART],
                         ids=[r[0] for r in STYLED_OVER_RESTART])
def test_styled_heading_over_restarted_list(text: str, name: str, expected: str) -> None:
    assert titled_outline(text, name)[1] == dedent(expected)


# A styled line that heads no restarted list keeps its place: under the open item when the list goes on
# (1.…⏎<h3>…</h3>⏎2.…), and beside its own level's lines otherwise.
STYLED_KEPT = [
    ("h3_lines_between_items_of_one_list",
     "".join([_p("一、主要任务"), _h(3, "城区片"), _p(f"1.整治背街小巷。{BODY}"), _p(f"2.改造老旧小区。{BODY}"),
              _h(3, "乡镇片"), _p(f"3.整治村庄环境。{BODY}"), _p(f"4.治理河塘沟渠。{BODY}"), _p("二、保障措施"), _p(BODY)]),
     "plan.html", """
        一、 主要任务
          · 城区片
            1. 整治背街小巷
            2. 改造老旧小区
          · 乡镇片
            3. 整治村庄环境
            4. 治理河塘沟渠
        二、 保障措施"""),
]


@pytest.mark.parametrize("text,name,expected", [r[1:] for r in STYLED_KEPT], ids=[r[0] for r in STYLED_KEPT])
def test_styled_heading_kept(text: str, name: str, expected: str) -> None:
    assert titled_outline(text, name)[1] == dedent(expected)
