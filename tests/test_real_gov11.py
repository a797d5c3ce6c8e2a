"""Table tests for shapes met in an eleventh round of real government documents (circulars, a plan, an
emergency plan, a procurement notice and a press answer kept as string fields of source code, JSON
records and SQL dumps): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the file name (its suffix picks the reader), the title, the outline
(two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

from tests.outline_text import dedent, titled_outline

BODY = "要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"
TITLE = "某某市安委会办公室关于上半年安全生产形势的通报"
BR = "\\n"  # the two characters a string literal writes a line break with
CRLF = "\\r\\n"

# A string field's content saved as the text (a JS mock's `content:`, a dump's column, a JSON value): its
# lines are joined by the escapes \n or \r\n, two or four characters, and no real line break stands in it.
# The escapes are its lines, so 一、 after one opens its line and the title stands alone on the first.
ESCAPED_BREAKS = [
    ("js_field_with_escaped_blank_lines",
     BR.join([TITLE, "", "各区县安委会：", "", "现将有关情况通报如下：", "", "一、上半年安全生产形势", "",
              f"（一）事故总量有所下降。{BODY}", "", f"（二）较大事故仍然多发。{BODY}", "", "二、下一步工作要求", "",
              f"（一）严格落实企业主体责任。{BODY}", "", f"（二）加强监管执法。{BODY}"]),
     "field.txt", TITLE, """
        一、 上半年安全生产形势
          （一） 事故总量有所下降
          （二） 较大事故仍然多发
        二、 下一步工作要求
          （一） 严格落实企业主体责任
          （二） 加强监管执法"""),
    ("dump_field_with_escaped_crlf",
     CRLF.join(["各有关单位：", "现将专项检查开展情况通报如下：", "一、检查开展情况",
                f"（一）精心组织，落实责任。一是及时部署。{BODY}二是细化方案。{BODY}",
                f"（二）多措并举，扎实推进。一是开展远程检查。{BODY}二是发挥专家作用。{BODY}"]),
     "field.txt", None, """
        一、 检查开展情况
          （一） 精心组织，落实责任
            一是 及时部署
            二是 细化方案
          （二） 多措并举，扎实推进
            一是 开展远程检查
            二是 发挥专家作用"""),
    ("html_field_with_escaped_breaks_inside_paragraphs",
     (f'<p style=\\"TEXT-INDENT: 2em\\">为办好社区活动，制定本方案。</P>{BR}<p>一、活动目的</P>{BR}<p>{BR}'
     f"（一）增进邻里感情。{BODY}</P>{BR}<p>{BR}（二）营造和谐氛围。{BODY}<br />{BR}{BR}二、活动安排</P>{BR}"
     f"<p>（一）宣传发动阶段<br />{BR}1、建立组织机构；2、制定活动方案。</P>"),
     "field.html", None, """
        一、 活动目的
          （一） 增进邻里感情
          （二） 营造和谐氛围
        二、 活动安排
          （一） 宣传发动阶段
            1、 建立组织机构
            2、 制定活动方案"""),
    ("markdown_field_with_escaped_breaks",
     BR.join(["# " + TITLE, "", "## 一、主要情况", "", BODY, "", "## 二、工作要求", "", BODY]),
     "field.md", TITLE, """
        一、 主要情况
        二、 工作要求"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in ESCAPED_BREAKS], ids=[r[0] for r in ESCAPED_BREAKS])
def test_escaped_breaks(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# A text with lines of its own that quotes an escape (a tutorial's "\n", a path C:\new) keeps it as written,
# and so does an escaped backslash before n (\\n): neither is a line break of the text.
KEPT_ESCAPES = [
    ("text_with_own_lines_quoting_an_escape",
     f"{TITLE}\n\n一、主要情况\n\n程序用 {BR} 表示换行，路径写作 C:{BR}ew。{BODY}\n\n二、工作要求\n\n{BODY}\n"),
    ("escaped_backslash_is_no_break", f"{TITLE}\n\n一、主要情况 a\\\\nb a\\\\nb a\\\\nb\n\n二、工作要求\n\n{BODY}\n"),
]


@pytest.mark.parametrize("text", [r[1] for r in KEPT_ESCAPES], ids=[r[0] for r in KEPT_ESCAPES])
def test_kept_escapes(text: str) -> None:
    title, outline = titled_outline(text, "note.txt")
    assert title == TITLE
    assert [line.split(" ")[0] for line in outline.split("\n")] == ["一、", "二、"]


# A numbered list whose last item introduces a list of its own with a line that says so (…联系方式如下：,
# 须提交以下材料：) restarts at 1 with the same kind of number (1. then 1、, which documents mix freely):
# the restarted list is that item's sub-list. After a bare label (职责：) the restart keeps its place.
NOTICE = "关于某某项目单一来源采购的公示"
INTRODUCED_SUBLISTS = [
    ("contact_list_after_as_follows",
     (f"{NOTICE}\n\n现将有关事项公示如下：\n1.采购项目概况：\n本项目为某某服务采购。\n2.公示期限：\n自1月2日至1月6日。\n"
      "3.联系方式：\n联系人：张三\n违规违纪举报联系方式如下：\n1、电话：12345678\n2、电子邮箱：abc@example.com\n3、信箱：设在一楼门口\n"),
     NOTICE, """
        1. 采购项目概况
        2. 公示期限
        3. 联系方式
          1、 电话
          2、 电子邮箱
          3、 信箱"""),
    ("materials_after_the_following",
     f"{NOTICE}\n\n1.报名时间：1月2日至1月6日。\n2.报名方式：现场报名，须提交以下材料：\n1.营业执照副本；\n2.法定代表人授权书。\n",
     NOTICE, """
        1. 报名时间
        2. 报名方式
          1. 营业执照副本
          2. 法定代表人授权书"""),
    ("bare_label_keeps_the_restart_in_place",
     f"{NOTICE}\n\n1.采购项目概况。{BODY}\n2.公示期限。{BODY}\n职责：\n1.负责项目实施。{BODY}\n2.负责资金管理。{BODY}\n",
     NOTICE, """
        1. 采购项目概况
        2. 公示期限
        1. 负责项目实施
        2. 负责资金管理"""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in INTRODUCED_SUBLISTS], ids=[r[0] for r in INTRODUCED_SUBLISTS])
def test_introduced_sublists(text: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, "notice.txt") == (title, dedent(expected))
