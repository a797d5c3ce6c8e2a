"""Table tests for shapes met in a ninth round of real speech-source documents (meeting reports and
addresses kept as SQL rows of CMS dumps, news items held in string literals of Java and Clojure tests, a
述职报告 as a Markdown post): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the file name, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import dedent, titled_outline

# Two speakers' lists in one report: the first 一要…三要, the second 一是…四是 whose last item changes verb
# (五要). The 五 goes on exactly with the 一是 list (GUIDE rule 2: a list whose family changes while its
# numbers continue is one list), not with the 一要 list, where it would skip 四.
VERB_CHANGE_AFTER_BESIDE_LIST = [
    ("fifth_item_changes_verb", "会上，支部书记表示，做好党务工作，一要加强学习，提高素质；二要服务大局，发挥作用；"
     + "三要严格管理，增强战斗力。党委书记提出五点要求：一是要坚定理想信念；二是要抓好作风建设，提升效能；"
     + "三是要深化改革，提升质量；四是加大投入力度，改善条件；五要优化环境，提升水平。\n",
     "report.txt", """
        一要 加强学习，提高素质
        二要 服务大局，发挥作用
        三要 严格管理，增强战斗力
        一是 要坚定理想信念
        二是 要抓好作风建设，提升效能
        三是 要深化改革，提升质量
        四是 加大投入力度，改善条件
        五要 优化环境，提升水平"""),
    ("fourth_item_changes_verb_in_html", "<p>院长讲了三点：一要重安全，守底线；二要重质量，创品牌；三要重团结，聚合力。</p>"
     + "<p>书记强调四个方面：一是要提高站位；二是要压实责任；三要狠抓落实，务求实效；四要严明纪律，"
     + "转变作风。</p>\n",
     "news.html", """
        一要 重安全，守底线
        二要 重质量，创品牌
        三要 重团结，聚合力
        一是 要提高站位
        二是 要压实责任
        三要 狠抓落实，务求实效
        四要 严明纪律，转变作风"""),
]


@pytest.mark.parametrize("text,name,expected", [r[1:] for r in VERB_CHANGE_AFTER_BESIDE_LIST],
                         ids=[r[0] for r in VERB_CHANGE_AFTER_BESIDE_LIST])
def test_verb_change_after_beside_list(text: str, name: str, expected: str) -> None:
    assert titled_outline(text, name)[1] == dedent(expected)


# A 述职报告 in Markdown whose numbered points are set in bold (1. **积极的情绪**, a paragraph under each):
# the emphasis signs are markup at both ends of the heading, and after a bold marker (**第一条** 为规范…).
EMPHASIS = [
    ("bold_point_lines", "## 四、年度总结\n\n综合起来有三点：\n\n1. **积极的情绪**\n\n这一年情绪积极向上。\n\n"
     + "2. **良好的关系**\n\n跟同事相处融洽。\n\n3. **投入：**对需求投入了精力。\n",
     "report.md", """
        四、 年度总结
          1. 积极的情绪
          2. 良好的关系
          3. 投入"""),
    ("bold_marker_then_text", "# 会员服务规则\n\n## 第一章 总则\n\n**第一条** 为规范会员服务，制定本规则。\n\n"
     + "**第二条** 会员服务包括咨询和培训。\n",
     "rules.md", """
        第一章 总则
          第一条 为规范会员服务，制定本规则
          第二条 会员服务包括咨询和培训"""),
    ("single_star_paired", "1. *先立志*\n\n志不立，天下无可成之事。\n\n2. *再力行*\n\n行胜于言。\n",
     "notes.md", """
        1. 先立志
        2. 再力行"""),
]


@pytest.mark.parametrize("text,name,expected", [r[1:] for r in EMPHASIS], ids=[r[0] for r in EMPHASIS])
def test_emphasis_around_headings(text: str, name: str, expected: str) -> None:
    assert titled_outline(text, name)[1] == dedent(expected)


# One row of a CMS table saved as an SQL statement: the statement, ids, paths, dates and the source credit
# are the table's; the first quoted field of Chinese words on one line is the title, the longest field
# after it the text. A text that is not one whole row (a dump, a row cut short) is read as it was.
SQL_ROWS = [
    ("row_with_html_body", "INSERT INTO `news` VALUES (3, '学院召开安全工作推进会', '/upload/img/1.png', "
     + "'（来源：保卫处　张三／文）', '<p>5月12日，学院召开安全工作推进会。</p><p>院长提出三点要求："
     + "一是要压实责任，守牢底线；二是要排查隐患，立行立改；三是要加强宣传，提高意识。</p>', "
     + "'2020-05-12 10:00:00', '2020-05-12 10:00:00');\n",
     "row.sql", "学院召开安全工作推进会", """
        一是 要压实责任，守牢底线
        二是 要排查隐患，立行立改
        三是 要加强宣传，提高意识"""),
    ("row_with_escaped_quotes_and_br", "INSERT INTO `cms_article` VALUES (7,'在新生开学典礼上的讲话',"
     + "'同学们：<br />今天，我讲两点希望。<br />第一，要立志。志不立，天下无可成之事，这是古人的经验。"
     + "<br />第二，要力行。行胜于言，这是学校的校风，也是你们今后四年的功课。<br />谢谢大家！',"
     + "'',10,3,0,'2011-09-01 09:00:00',NULL,0);\n",
     "speech.sql", "在新生开学典礼上的讲话", """
        第一， 要立志
        第二， 要力行"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in SQL_ROWS], ids=[r[0] for r in SQL_ROWS])
def test_sql_rows(text: str, name: str, title: str, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


def test_sql_dump_of_two_rows_is_read_as_it_is() -> None:
    row = ("INSERT INTO `news` VALUES (1, '学院召开会议', '<p>会议提出：一是要加强学习，提高认识；"
           "二是要压实责任，狠抓落实。会议还就有关工作作了部署，要求各单位认真抓好落实。</p>');\n")
    text = row + row.replace("(1,", "(2,")
    outline = orgdoc.parse_bytes(text.encode("utf-8"), name="dump.sql")
    assert not any("SQL row" in w.message for w in outline.warnings)
