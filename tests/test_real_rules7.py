"""Table tests for shapes met in a seventh round of real rules and charters (a club's charter and a company
handbook in Markdown typed without the space after the hashes, a pandoc charter with quoted items, a
tournament's rules in traditional characters, school and dormitory notices kept in JSP page templates
whose blocks hold one point a source line): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the file name, the title, the outline (two spaces a level,
`MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import dedent, titled_outline

BODY = "要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"


def _page(body: str, title: str = "某某学院信息网") -> str:
    return f"<html><head><title>{title}</title></head><body>\n{body}\n</body></html>\n"


# A hand-written page lays a block out one point a source line (<p>二、…⏎1.…⏎2.…</p>, <span>s of 1、… each
# on its own line): a browser shows spaces there, the author meant lines. Two source lines of a block
# opening with a marker keep the page's source lines, in every block of the page.
SOURCE_LINES = [
    ("paragraph_one_point_a_line", _page(
        "<h2>关于假期自习室开放的通知</h2>\n<p>一、开放时间\n每天八时至二十二时。</p>\n"
        "<p>二、开放管理\n1.教室由后勤部门负责开门、锁门并做好记录。\n2.学生在规定教室自习，离开时带走个人物品。</p>\n"
        "<p>三、部门职责\n后勤管理处：\n1. 检查教室的公共设施。\n2. 按时打扫教室。\n各二级学院：\n"
        "1. 安排专人检查自习秩序。\n2. 加强学生自我管理教育。</p>"),
     "notice.jsp", "关于假期自习室开放的通知", """
        一、 开放时间
        二、 开放管理
          1. 教室由后勤部门负责开门、锁门并做好记录
          2. 学生在规定教室自习，离开时带走个人物品
        三、 部门职责
          · 后勤管理处
            1. 检查教室的公共设施
            2. 按时打扫教室
          · 各二级学院
            1. 安排专人检查自习秩序
            2. 加强学生自我管理教育"""),
    ("spans_one_point_a_line", _page(
        "<h2>宿舍管理员须知</h2>\n<div>\n  <span>1、严格执行宿舍管理制度</span>\n"
        "  <span>2、按时开关宿舍楼大门，认真值班；</span>\n  <span>3、及时消除安全隐患，确保安全。</span>\n</div>"),
     "known.jsp", "宿舍管理员须知", """
        1、 严格执行宿舍管理制度
        2、 按时开关宿舍楼大门，认真值班
        3、 及时消除安全隐患，确保安全"""),
]


@pytest.mark.parametrize("page,name,title,expected", [r[1:] for r in SOURCE_LINES], ids=[r[0] for r in SOURCE_LINES])
def test_source_lines(page: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(page, name) == (title, dedent(expected))


def test_vertical_label_is_one_line() -> None:
    """A label written vertically, one character a <br> line (工<br>作<br>职<br>责), reads as one line."""
    page = _page("<h2>宿舍管理员须知</h2><div><i><br>工<br>作<br>职<br>责</i><br>\n"
                 "<span>1、严格执行宿舍管理制度；</span>\n<span>2、按时开关宿舍楼大门。</span></div>")
    text = orgdoc.parse_bytes(page.encode("utf-8"), name="known.jsp", include_text=True).source.text or ""
    assert "\n工作职责\n" in text


# A page's trail stepped with 》 and set between ornaments (※当前位置》学生管理》有关须知※) is furniture, not the title.
def test_ornamented_crumb_is_no_title() -> None:
    page = _page("<strong>※<a href=\"list\">当前位置》学生管理》有关须知</a>※</strong><br><hr>\n"
                 f"<h3>宿舍管理员工作须知</h3><p>一、加强学习。{BODY}</p><p>二、压实责任。{BODY}</p>")
    assert titled_outline(page, "known.jsp")[0] == "宿舍管理员工作须知"


# Marker forms: the financial numerals in traditional characters (貳 參 陸), and 1: / 1： typed for 1. at a
# line start (kept only where the list goes on; never before a digit: 8:00, 1:1).
MARKER_FORMS = [
    ("traditional_financial_numerals", ("2026 某某盃校友賽\n壹、主旨\n\n增進校友感情。\n\n貳、主辦單位\n\n校友會。\n\n"
     "參、比賽時間\n\n七月四日。\n\n肆、比賽地點\n\n體育館。\n\n伍、比賽費用\n\n每隊三千元。\n\n陸、聯絡方法\n\n電話聯絡。\n"),
     "rules.txt", "2026 某某盃校友賽", """
        壹、 主旨
        貳、 主辦單位
        參、 比賽時間
        肆、 比賽地點
        伍、 比賽費用
        陸、 聯絡方法"""),
    ("colon_for_dot_half_width", ("本系统所指的危险化学品分为下列几类：\n1:爆炸品\n2:压缩气体和液化气体\n3:易燃液体\n"
     f"{BODY}\n"), "notice.txt", None, """
        1: 爆炸品
        2: 压缩气体和液化气体
        3: 易燃液体"""),
    ("colon_for_dot_full_width", "本办法所称材料包括：\n1：申请书\n2：身份证明\n" + BODY + "\n", "notice.txt", None, """
        1： 申请书
        2： 身份证明"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in MARKER_FORMS], ids=[r[0] for r in MARKER_FORMS])
def test_marker_forms(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


@pytest.mark.parametrize("text", ["开放时间如下。\n8:00-22:00开放。\n9:00-21:00值班。\n",
                                  "加班按比例折算调休：\n1:1的比例折算。\n2:1的比例补贴。\n",
                                  f"注意事项如下。\n1：请按时到场。\n{BODY}\n"])
def test_colon_lookalikes(text: str) -> None:
    assert titled_outline(text, "notice.txt")[1] == ""


# Markdown: a heading typed without the space after its hashes (####总则) is a heading all the same; a list
# restarted in a quote (> 1.…) after an item heads that item's list.
MARKDOWN = [
    ("headings_without_space", ("#某某俱乐部章程\n\n####总则\n本俱乐部是会员自愿组成的团体。\n\n####角色清单\n"
     "1. 会员：按时缴纳会费。\n2. 管理员：负责日常工作。\n\n####任务清单\n1. 会员管理\n2. 资料征集\n"),
     "charter.md", "某某俱乐部章程", """
        · 总则
        · 角色清单
          1. 会员
          2. 管理员
        · 任务清单
          1. 会员管理
          2. 资料征集"""),
    ("quoted_list_under_item", ("1.  总则\n\n第一条 本会的名称是某某协会。\n\n2.  会员\n\n第十条 会员入会的程序是:\n\n"
     "（一）提交入会申请书；\n\n（二）经理事会讨论通过；\n\n> 1.个人会员:由本会会员一人介绍。\n>\n"
     "> 2.单位会员:持本单位介绍信申请。\n\n（三）由理事会发给会员证。\n\n第十一条 会员享有下列权利：\n\n"
     "（一）选举权；\n\n（二）参加活动。\n\n3.  附则\n\n第十二条 本章程自核准之日起生效。\n"), "charter.md", None, """
        1. 总则
          第一条 本会的名称是某某协会
        2. 会员
          第十条 会员入会的程序是
            （一） 提交入会申请书
            （二） 经理事会讨论通过
              1. 个人会员
              2. 单位会员
            （三） 由理事会发给会员证
          第十一条 会员享有下列权利
            （一） 选举权
            （二） 参加活动
        3. 附则
          第十二条 本章程自核准之日起生效"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in MARKDOWN], ids=[r[0] for r in MARKDOWN])
def test_markdown(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# A colon label naming what is ours (我们的愿景： 我们的使命：) labels a part as 愿景： would; a first-person label
# of saying or thinking (我们认为： 我深刻体会到：) still introduces a statement.
OWNED_LABELS = [
    ("owned_labels", "某某公司新员工手册\n\n一、愿景与使命\n\n我们的愿景：成为行业内最受信赖的服务提供者，让每一位客户都满意。\n\n"
     "我们的使命：用心做好每一件产品，为客户创造长期价值和美好体验。\n\n二、行为准则\n\n" + BODY + "\n",
     "handbook.md", "某某公司新员工手册", """
        一、 愿景与使命
          · 我们的愿景
          · 我们的使命
        二、 行为准则"""),
    ("speaking_labels_stay_text", "某某公司新员工手册\n\n一、工作体会\n\n我们认为：做好服务工作关键在于用心，要把客户的事当成自己的事。\n\n"
     "我们觉得：团队协作是成功的基础，每个人都要主动承担自己的责任。\n\n二、行为准则\n\n" + BODY + "\n",
     "handbook.md", "某某公司新员工手册", """
        一、 工作体会
        二、 行为准则"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in OWNED_LABELS], ids=[r[0] for r in OWNED_LABELS])
def test_owned_labels(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# Short lines standing alone over lists that restart at 1 (工作职责⏎1、…⏎工作要求⏎1、…) head those lists (GUIDE
# rule 6), two such lists or more; the first of them is no title. A title over its list (…须知⏎⏎1、…) stays
# the title, a list it does not head stays beside the headed ones, and an attachment's label heads nothing.
LIST_HEADS = [
    ("labels_over_lists", ("门卫值班须知\n\n值班职责\n1、按时开关校门，认真登记来访人员；\n2、夜间定时巡查校园；\n\n"
     "值班要求\n1、坚守岗位，不得脱岗；\n2、文明礼貌，热情服务；\n\n注意事项\n1、发现异常及时报告；\n2、做好交接班记录。\n"),
     "duty.txt", "门卫值班须知", """
        · 值班职责
          1、 按时开关校门，认真登记来访人员
          2、 夜间定时巡查校园
        · 值班要求
          1、 坚守岗位，不得脱岗
          2、 文明礼貌，热情服务
        · 注意事项
          1、 发现异常及时报告
          2、 做好交接班记录"""),
    ("first_label_is_no_title", ("值班职责\n1、按时开关校门，认真登记来访人员；\n2、夜间定时巡查校园；\n\n"
     "值班要求\n1、坚守岗位，不得脱岗；\n2、文明礼貌，热情服务。\n"), "duty.txt", None, """
        · 值班职责
          1、 按时开关校门，认真登记来访人员
          2、 夜间定时巡查校园
        · 值班要求
          1、 坚守岗位，不得脱岗
          2、 文明礼貌，热情服务"""),
    ("title_over_unheaded_list", ("门卫值班须知\n\n1、按时开关校门，认真登记来访人员；\n2、夜间定时巡查校园；\n\n"
     "值班要求\n1、坚守岗位，不得脱岗；\n2、文明礼貌，热情服务；\n\n注意事项\n1、发现异常及时报告；\n2、做好交接班记录。\n"),
     "duty.txt", "门卫值班须知", """
        1、 按时开关校门，认真登记来访人员
        2、 夜间定时巡查校园
        · 值班要求
          1、 坚守岗位，不得脱岗
          2、 文明礼貌，热情服务
        · 注意事项
          1、 发现异常及时报告
          2、 做好交接班记录"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in LIST_HEADS], ids=[r[0] for r in LIST_HEADS])
def test_list_heads(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


def test_attachment_labels_head_nothing() -> None:
    text = ("关于报送材料的通知\n\n各单位：请按要求报送下列材料。\n\n附件1\n1．申报表一份；\n2．证明材料一份。\n\n"
            "附件2\n1．汇总表一份；\n2．情况说明一份。\n")
    assert "·" not in titled_outline(text, "notice.txt")[1]


# A payee's bank details key data (银行账户： 税号： 开户行：), however long the datum: never a run-in heading.
def test_bank_details_are_data() -> None:
    text = ("某某公司报销管理规定\n\n一、报销制度\n\n报销原则：事先申请预算，及时办理报销，票据真实有效，内容填写完整。\n\n"
            "报销流程：填写报销单并附原始票据，经部门负责人审核后交财务部门复核支付。\n\n"
            "银行账户：中国工商银行某某支行 6222 0000 1111 2222 333，户名为某某公司财务部。\n\n二、附则\n\n" + BODY + "\n")
    assert titled_outline(text, "rules.txt")[1] == dedent("""
        一、 报销制度
          · 报销原则
          · 报销流程
        二、 附则""")


# An article going on with the chapter's numbers (第十一条) after the items of a heading it does not know (a draft's
# `### 第n条 会员权利` with a placeholder number) is no item's child: it stands under the chapter.
def test_article_after_unknown_heading() -> None:
    text = ("# 某某协会章程\n## 第一章 总则\n### 第一条 名称\n本会名称为某某协会。\n### 第二条 宗旨\n本会以服务会员为宗旨。\n"
            "## 第二章 会员\n### 第n条 会员义务\n1. 遵守本会章程；\n2. 执行本会决议。\n### 第n条 会员权利\n1. 参加会员大会；\n2. 享有选举权和被选举权；\n3. 对协会工作提出建议。\n"
            "### 第十一条\n会员退会应书面通知协会。\n## 第三章 附则\n### 第十二条\n本章程自通过之日起施行。\n")
    assert titled_outline(text, "charter.md")[1] == dedent("""
        第一章 总则
          第一条 名称
          第二条 宗旨
        第二章 会员
          · 第n条 会员义务
            1. 遵守本会章程
            2. 执行本会决议
          · 第n条 会员权利
            1. 参加会员大会
            2. 享有选举权和被选举权
            3. 对协会工作提出建议
          第十一条 会员退会应书面通知协会
        第三章 附则
          第十二条 本章程自通过之日起施行""")


# Roman numerals typed in ASCII letters (I. II. III.), a line's marker only, the dot or not followed by a
# space: as Ⅰ. Ⅱ. are; I V X alone are the numerals, not letters of an A. B. C. list.
def test_ascii_roman_numerals() -> None:
    text = ("专案管理办法\n\n(1)专案提出有两种方式：\nI. 会员可提交专案申请；\nII.总编辑可提出专案目录。\n"
            "(2)专案应明确以下内容：\nI.案例类型：设计或部署。\nII.问题范围：方法或工具。\nIII.完成期限：三个月内。\n")
    assert titled_outline(text, "rules.txt")[1] == dedent("""
        (1) 专案提出有两种方式
          I. 会员可提交专案申请
          II. 总编辑可提出专案目录
        (2) 专案应明确以下内容
          I. 案例类型
          II. 问题范围
          III. 完成期限""")
