"""Table tests for shapes met in a round of real work summaries (an open-source team's yearly and quarterly
reports in plain text, one with its English version after a rule, a blogger's year-end summaries in
Markdown, a town's brief held in an Android screen's joined strings, a unit's energy report held in the
script that builds its .docx): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the file name, the title, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

from tests.outline_text import dedent, titled_outline

BODY = "各项工作有序推进，取得了较好成效。"


# A report whose achievements 一、…五、 end with a whole sentence, then, as a paragraph of its own, an intro
# of the plan (…计划如下：) and the plan restarting 一、: the document's next list, not the last item's
# sub-list. A label whose details go on to such an intro (三、联系方式：⏎联系人：…⏎…如下：) keeps its sub-list.
RESTARTS = [
    ("plan_after_whole_sentence_item",
     "某某小组年度工作总结\n\n    本年度主要进展如下：\n\n一、完成了平台的第一版。\n二、新吸收成员二十人。\n"
     "三、编写了使用手册。\n\n    新的一年，小组的计划如下：\n\n一、发布平台第二版。\n二、继续完善各类文档。\n",
     "report.txt", "某某小组年度工作总结", """
        一、 完成了平台的第一版
        二、 新吸收成员二十人
        三、 编写了使用手册
        一、 发布平台第二版
        二、 继续完善各类文档"""),
    ("label_details_keep_their_sublist",
     "某某项目公示\n\n现将有关事项公示如下：\n\n一、项目名称：某某服务。\n二、公示期限：五个工作日。\n"
     "三、联系方式：\n联系人：李四\n\n监督举报方式如下：\n\n一、电话：12345678\n二、信箱：设在一楼大厅\n",
     "notice.txt", "某某项目公示", """
        一、 项目名称
        二、 公示期限
        三、 联系方式
          一、 电话
          二、 信箱"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in RESTARTS], ids=[r[0] for r in RESTARTS])
def test_restarts(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# A plain-text report followed, after a long rule, by a second document under its own title (its English
# version): that document's list stands at the top level after the first one's, under none of its items.
RULED_DOCUMENTS = [
    ("english_version_after_rule",
     "某某小组工作总结\n\n一、发布了新版本。\n二、参加了开源竞赛。\n\n                        某某小组\n\n"
     "==============================\n\nWorking Report of the Team\n\n    Below are our achievements:\n\n"
     "1. A new version was published.\n\n2. We took part in a contest.\n",
     "report.txt", "某某小组工作总结", """
        一、 发布了新版本
        二、 参加了开源竞赛
        1. A new version was published.
        2. We took part in a contest."""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in RULED_DOCUMENTS], ids=[r[0] for r in RULED_DOCUMENTS])
def test_ruled_documents(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# A brief kept in source code as literals joined with +, one a line ("…\n" +): the text is that string, so
# 一是 after "\n" + opens its line; the last piece closes the call ("…");).
JOINED_STRINGS = [
    ("java_set_text",
     'public class Brief {\n    void show() {\n        view.setText("某街道多措并举抓好安全工作。\\n" +\n'
     '                "\\n" +\n                "一是压实责任。街道与各社区签订责任书，明确分工。\\n" +\n'
     '                "\\n" +\n                "二是排查隐患。组织力量逐户走访，建立台账。\\n" +\n'
     '                "\\n" +\n                "三是强化宣传。发放资料五千余份。\\n");\n    }\n}\n',
     "BriefActivity.java", None, """
        一是 压实责任
        二是 排查隐患
        三是 强化宣传"""),
    ("js_plus_first",
     'const brief = "某单位扎实推进节能工作。\\n"\n    + "一是健全制度。制定管理办法，明确岗位职责。\\n"\n'
     '    + "二是加强宣传。开展主题活动，营造节约氛围。\\n"\n    + "三是推进改造。更换节能灯具，降低能耗。";\n',
     "brief.js", None, """
        一是 健全制度
        二是 加强宣传
        三是 推进改造"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in JOINED_STRINGS], ids=[r[0] for r in JOINED_STRINGS])
def test_joined_strings(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# A script that builds a report's .docx from its text, one call a paragraph (h1("一、…"), body("一是…")), with
# comments repeating the sections it marks (// ===== 二、… =====): the text is the strings the calls pass.
JS_BUILDER = (
    "const docx = require('docx');\n\nfunction h1(text) { return p(text, { bold: true }); }\n"
    "function body(text, opts = {}) { return p(text, { ...opts, indent: true }); }\n\n"
    "const doc = new Document({\n  sections: [{\n    children: [\n"
    "      // ===== 一、基本情况 =====\n      h1(\"一、基本情况\"),\n"
    f"      body(\"本年度用电总量比上年下降百分之三。{BODY}\"),\n\n"
    "      // ===== 二、主要做法 =====\n      h1(\"二、主要做法\"),\n      h2(\"（一）完善制度，压实责任\"),\n"
    f"      body(\"一是健全管理制度。{BODY}\"),\n      body(\"二是强化目标考核。{BODY}\"),\n"
    "      h2(\"（二）加快改造，提升效率\"),\n"
    f"      body(\"一是推进照明改造。{BODY}\", {{ before: 40 }}),\n      body(\"二是实施节水改造。{BODY}\"),\n"
    "      h1(\"三、下一步打算\"),\n"
    f"      body(\"1. 建设监管平台。{BODY}\"),\n      body(\"2. 开展节能宣传。{BODY}\"),\n"
    "    ]\n  }]\n});\n")
PY_BUILDER = (
    "from docx import Document\n\ndoc = Document()\n# 一、工作回顾\n"
    "doc.add_heading('一、工作回顾', level=1)\n"
    f"doc.add_paragraph('首先，完成了系统上线。{BODY}')\n"
    f"doc.add_paragraph('其次，培养了业务骨干。{BODY}')\n"
    "doc.add_heading('二、存在问题', level=1)\n"
    f"doc.add_paragraph('（一）数据质量不高。{BODY}')\n"
    f"doc.add_paragraph('（二）人员力量不足。{BODY}')\n"
    "doc.save('report.docx')\n")
BUILDER_SCRIPTS = [
    ("js_docx_builder", JS_BUILDER, "build.js", """
        一、 基本情况
        二、 主要做法
          （一） 完善制度，压实责任
            一是 健全管理制度
            二是 强化目标考核
          （二） 加快改造，提升效率
            一是 推进照明改造
            二是 实施节水改造
        三、 下一步打算
          1. 建设监管平台
          2. 开展节能宣传"""),
    ("python_docx_builder", PY_BUILDER, "build.py", """
        一、 工作回顾
          首先， 完成了系统上线
          其次， 培养了业务骨干
        二、 存在问题
          （一） 数据质量不高
          （二） 人员力量不足"""),
]


@pytest.mark.parametrize("text,name,expected", [r[1:] for r in BUILDER_SCRIPTS], ids=[r[0] for r in BUILDER_SCRIPTS])
def test_builder_scripts(text: str, name: str, expected: str) -> None:
    assert titled_outline(text, name)[1] == dedent(expected)


# A personal summary's project sections, each told in paragraphs whose first sentences narrate in the first
# person (在此项目中，我主要负责…。 通过此项目，我发现…。): prose, not a run of parallel run-in headings.
NARRATED = (
    "---\ntitle: 年度个人工作总结\n---\n\n## 上半年\n\n### 数据平台\n\n数据平台作为今年最重要的项目，在春季正式启动。"
    "平台包括采集、存储、展示三个部分，服务全公司各个部门。\n\n平台包括采集、存储、展示、权限、监控、报表、接口、日志等多个模块，覆盖主要业务流程和常用的管理功能。\n\n"
    "在此项目中，我主要负责前端页面和权限模块的开发工作。开发中和同事共同设计了角色权限架构，并完成了联调。\n\n"
    "通过此项目，我发现设计一套完善的权限架构并不容易。每套系统都有自己的特点，需要周密考虑各种情况。\n\n"
    "## 下半年\n\n### 移动应用\n\n移动应用用于外勤人员上报现场情况，已在三个部门试用。\n")
NARRATED_LEADS = [
    ("first_person_paragraph_leads", NARRATED, "post.md", """
        · 上半年
          · 数据平台
        · 下半年
          · 移动应用"""),
]


@pytest.mark.parametrize("text,name,expected", [r[1:] for r in NARRATED_LEADS], ids=[r[0] for r in NARRATED_LEADS])
def test_narrated_leads(text: str, name: str, expected: str) -> None:
    assert titled_outline(text, name)[1] == dedent(expected)
