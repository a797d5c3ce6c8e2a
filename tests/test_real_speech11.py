"""Table tests for shapes met in an eleventh round of real speech-source documents (speeches and meeting
reports kept in code: a Python service's sample article, Java tests and a C# demo holding pages in
strings, rows of CMS tables dumped as SQL): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the file name, the expected title (None: not checked) and the
outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import dedent, titled_outline

# Code whose calls close a numbered argument and then their own bracket (append((word, 1)) on line after
# line, 1 to 8): no list opens there, whatever runs its numbers make; items numbered 1) with text after
# them are still a list.
CODE_ARGUMENT_CLOSERS = [
    ("tuple_arguments", "def grade(scores):\n    out = []\n    for s in scores:\n        if s <= 1:\n"
     + "            out.append((s, 1))\n        elif s <= 2:\n            out.append((s, 2))\n"
     + "        else:\n            out.append((s, 3))\n    return out\n",
     "grade.py", None, ""),
    ("list_call_arguments", "rows = [\n    make(name, [1, 2], 1)]\n    make(name, [3, 4], 2)]\n"
     + "    make(name, [5, 6], 3)]\n]\n",
     "rows.py", None, ""),
    ("items_still_a_list", "# 使用说明\n# 1) 先安装依赖，再运行脚本。\n# 2) 结果写入 out 目录。\n"
     + "install((pkg, 1))\nrun((job, 2))\n",
     "setup.py", None, """
        1) 先安装依赖，再运行脚本
        2) 结果写入 out 目录"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in CODE_ARGUMENT_CLOSERS],
                         ids=[r[0] for r in CODE_ARGUMENT_CLOSERS])
def test_code_argument_closers(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name)[1] == dedent(expected)


# One row copied out of an extended INSERT (VALUES (1,'…',…),(2,'…',…); as mysqldump writes them): the row
# without its statement is the same record, its title field the title (standing alone, not run into the
# body's first line), its longest text field the body (a summary column before it is the table's).
EXTENDED_INSERT_ROW = [
    ("row_with_html_body", "(7,'在全校安全工作会议上的讲话','#000000','','本站',1,'<P>老师们：</P>\\r\\n"
     + "<P>一、<B>认清形势</B></P>\\r\\n<P>今年的安全形势总体平稳，隐患仍然不少。</P>\\r\\n"
     + "<P>二、<B>压实责任</B></P>\\r\\n<P>一要落实校长负责制；二要落实班主任责任。</P>',1,1,0)",
     "row.sql", "在全校安全工作会议上的讲话", """
        一、 认清形势
        二、 压实责任
          一要 落实校长负责制
          二要 落实班主任责任"""),
    ("row_with_summary_then_body", "(21, 0, 3, '学院召开招生工作部署会', 2, '4月2日，学院召开招生工作部署会。院长提出"
     + "要求：一要', '<p>4月2日，学院召开招生工作部署会。</p><p>院长提出三点要求：一要摸清生源底数；二要"
     + "做好宣传咨询；三要严守招生纪律。</p>', '1490000000', NULL),\n",
     "row.sql", "学院召开招生工作部署会", """
        一要 摸清生源底数
        二要 做好宣传咨询
        三要 严守招生纪律"""),
    ("first_line_is_a_list_head", "(9,'青年教师培训心得','#000000','<P align=left>两点体会</P>\\r\\n"
     + "<P>一、要甘于坐冷板凳，把课备深备透。</P>\\r\\n<P>二、要善于向老教师请教，少走弯路。</P>\\r\\n"
     + "<P align=left>三条建议</P>\\r\\n<P>1．多听示范课，记下可学的做法。</P>\\r\\n"
     + "<P>2．每周写一篇教学反思。</P>\\r\\n<P>3．学期末上一节汇报课。</P>',1,1)",
     "row.sql", "青年教师培训心得", """
        · 两点体会
          一、 要甘于坐冷板凳，把课备深备透
          二、 要善于向老教师请教，少走弯路
        · 三条建议
          1． 多听示范课，记下可学的做法
          2． 每周写一篇教学反思
          3． 学期末上一节汇报课"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in EXTENDED_INSERT_ROW],
                         ids=[r[0] for r in EXTENDED_INSERT_ROW])
def test_extended_insert_row(text: str, name: str, title: str | None, expected: str) -> None:
    got_title, got = titled_outline(text, name)
    assert got_title == title
    assert got == dedent(expected)


# Labels that name the count of the points under them (两点体会 over 一、…, 三条建议 over 1．…): a group of list
# heads (GUIDE rule 6) though the lists take different forms, and the second list stands under its label,
# not under the last item of the first. The last row (labels over lists of one form) held before the rule
# and must keep holding.
COUNT_HEADS = [
    ("count_heads_two_forms", "读书会发言\n\n两点体会\n\n一、读书要有问题意识。带着问题读，收获更多。\n\n"
     + "二、读书要联系实际。学了就要用。\n\n三条建议\n\n1．每月共读一本书。\n\n2．每次活动留出讨论时间。\n\n"
     + "3．年底评选读书笔记。\n",
     "talk.txt", None, """
        · 两点体会
          一、 读书要有问题意识
          二、 读书要联系实际
        · 三条建议
          1． 每月共读一本书
          2． 每次活动留出讨论时间
          3． 年底评选读书笔记"""),
    ("count_heads_one_form", "工作交流\n\n三点做法\n\n1．建立周例会制度。\n\n2．实行清单管理。\n\n"
     + "3．开展结对帮扶。\n\n两点打算\n\n1．扩大帮扶范围。\n\n2．完善考核办法。\n",
     "talk.txt", None, """
        · 三点做法
          1． 建立周例会制度
          2． 实行清单管理
          3． 开展结对帮扶
        · 两点打算
          1． 扩大帮扶范围
          2． 完善考核办法"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in COUNT_HEADS],
                         ids=[r[0] for r in COUNT_HEADS])
def test_count_heads(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name)[1] == dedent(expected)


# A speaker line (a post, a gap of spaces, a name) under a date line and over the salutation, with no
# title line above it (in a text file, or in paragraphs of HTML there whose &nbsp;s are decoded in place):
# the line names the speaker and is no title.
SPEAKER_LINE_WITHOUT_TITLE = [
    ("post_gap_name", "（2015年3月2日）\n\n市文联党组书记、主席　　张三\n\n同志们：\n\n一、回顾去年工作。\n\n"
     + "去年工作成效明显。\n\n二、部署今年任务。\n\n今年任务更重。\n",
     "speech.txt", "张三", """
        一、 回顾去年工作
        二、 部署今年任务"""),
    ("nbsp_gap_name", "<p>（2016年1月8日）</p>\n<p>县作家协会主席&nbsp;&nbsp;李四</p>\n<p>同志们：</p>\n"
     + "<p>一、总结成绩。</p>\n<p>成绩来之不易。</p>\n<p>二、明确任务。</p>\n<p>任务十分艰巨。</p>\n",
     "speech.txt", "李四", """
        一、 总结成绩
        二、 明确任务"""),
]


@pytest.mark.parametrize("text,name,speaker,expected", [r[1:] for r in SPEAKER_LINE_WITHOUT_TITLE],
                         ids=[r[0] for r in SPEAKER_LINE_WITHOUT_TITLE])
def test_speaker_line_without_title(text: str, name: str, speaker: str, expected: str) -> None:
    outline = orgdoc.parse_bytes(text.encode("utf-8"), name=name)
    assert outline.title is None
    assert outline.speaker is not None and outline.speaker.endswith(speaker)
    assert titled_outline(text, name)[1] == dedent(expected)
