"""Table tests for shapes met in a twelfth round of real government documents (notices and plans kept as
fields of SQL dumps, JSON and page scripts, a 中央一号文件 as plain text, a branch's rules as HTML): one
table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the file name (its suffix picks the reader), the outline (two spaces
a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

from orgdoc.load._common import unjoin_literals
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


# A document kept in source code as a string split over lines, one piece a line, joined by + (Java, C#, JS
# before template literals) or set side by side (Python): each line opens with the piece's quote and ends
# with it (and the +), and the text in the quotes is the document's line. The reader blanks the quotes and the
# +, so 一要 after the quote opens its paragraph and a heading ends before the closing quote.
STRING_PIECES = [
    ("java_concatenated_pieces",
     "public class Demo {\n    public static void main(String[] args) {\n"
     + "        String text = \"某区政协反映：小区管理存在不少问题，主要体现在：\\r\\n\" + \n"
     + "        \t\t\"　　一是服务质量低。" + BODY + "二是观念陈旧。" + BODY + "\\r\\n\" + \n"
     + "        \t\t\"　　为此，建议：\\r\\n\" + \n"
     + "        \t\t\"　　一要优化准入模式。" + BODY + "\\r\\n\" + \n"
     + "        \t\t\"　　二要加强监管力度。" + BODY + "\";\n"
     + "        System.out.println(text);\n    }\n}\n",
     "Demo.java", """
        一是 服务质量低
        二是 观念陈旧
        一要 优化准入模式
        二要 加强监管力度"""),
    ("js_single_quoted_pieces",
     "var content = '各有关单位：' +\n"
     + "  '一、工作目标' +\n  '" + BODY + "' +\n"
     + "  '二、工作措施' +\n  '（一）加强组织领导。" + BODY + "' +\n"
     + "  '（二）强化督促检查。" + BODY + "';\n",
     "page.js", """
        一、 工作目标
        二、 工作措施
          （一） 加强组织领导
          （二） 强化督促检查"""),
    ("python_adjacent_pieces",
     "TEXT = (\n    \"为做好有关工作，现提出如下要求：\"\n"
     + "    \"一要提高认识。" + BODY + "\"\n"
     + "    \"二要压实责任。" + BODY + "\"\n"
     + "    \"三要严格督查。" + BODY + "\"\n)\n",
     "demo.py", """
        一要 提高认识
        二要 压实责任
        三要 严格督查"""),
]


@pytest.mark.parametrize("text,name,expected", [r[1:] for r in STRING_PIECES], ids=[r[0] for r in STRING_PIECES])
def test_string_pieces_on_lines_of_code(text: str, name: str, expected: str) -> None:
    assert titled_outline(text, name)[1] == dedent(expected)


# A straight quote opening a line of prose that it does not close (a quoted phrase, then the sentence goes
# on) is no piece of a string: what follows it is no heading of a line of its own.
QUOTED_PROSE = [
    ("quote_opening_a_prose_line",
     "关于加强管理的通知\n\n各单位：\n\n\"一要\"和\"二要\"是这次会议反复强调的两个词。" + BODY + "\n\n"
     + "一、工作目标\n\n" + BODY + "\n\n二、工作要求\n\n" + BODY + "\n",
     "notice.txt", """
        一、 工作目标
        二、 工作要求"""),
]


@pytest.mark.parametrize("text,name,expected", [r[1:] for r in QUOTED_PROSE], ids=[r[0] for r in QUOTED_PROSE])
def test_quoted_prose_line(text: str, name: str, expected: str) -> None:
    assert titled_outline(text, name)[1] == dedent(expected)


# Python's adjacent literals are read as one string only inside a bracket: quoted lines of prose one under the
# other are left as written.
QUOTED_LINES = '"（一）是去年的事。"\n"（二）是今年的事。"\n"（三）是明年的事。"\n'


@pytest.mark.parametrize("text,read", [("他举了三个例子：\n" + QUOTED_LINES, False), ("EXAMPLES = (\n" + QUOTED_LINES + ")\n", True)],
                         ids=["quoted_prose_lines", "literals_in_a_bracket"])
def test_adjacent_literals_only_in_a_bracket(text: str, read: bool) -> None:
    unjoined = unjoin_literals(text)
    assert len(unjoined) == len(text)
    assert (unjoined != text) == read
