"""Table tests for shapes met in a ninth round of real rules and charters (a Vue single-file component
with the charter hard-coded in its template, a lottery's rules page in ASP.NET whose articles run to
第三十六条 with full-width colons, one of them run into the paragraph before it, a club's charter kept as one
row of a MySQL dump with escaped line breaks): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the file name, the title, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

from tests.outline_text import dedent, titled_outline

BODY = "要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"


# A Vue single-file component that opens with its <script setup> keeps the page in its root <template>
# block: that block is the page's markup, not an inert HTML <template> (which libxml2 would put in the
# <head> after the script, and the page reader drops).
VUE_SFC = [
    ("script_before_root_template",
     "<script setup lang=\"ts\">\nconst menu = [\n  { name: '首页', path: '/' },\n  { name: '协会章程', path: '/charter' }\n]\n"
     "</script>\n\n<template>\n  <div class=\"about-page\">\n    <div class=\"page-content\">\n"
     "      <h2 class=\"page-title\">某某研究会章程</h2>\n      <h3>第一章 总则</h3>\n"
     f"      <p><strong>第一条</strong> 本会是学术性社会组织。{BODY}</p>\n"
     f"      <p><strong>第二条</strong> 本会的业务范围：</p>\n      <p>（一）开展学术交流；</p>\n      <p>（二）举办培训。</p>\n"
     "      <h3>第二章 附则</h3>\n      <p><strong>第三条</strong> 本章程自通过之日起生效。</p>\n"
     "    </div>\n  </div>\n</template>\n\n<style scoped>\n.page-content {\n  padding: 20px 0;\n}\n</style>\n",
     "charter.vue", "某某研究会章程", """
        第一章 总则
          第一条 本会是学术性社会组织
          第二条 本会的业务范围
            （一） 开展学术交流
            （二） 举办培训
        第二章 附则
          第三条 本章程自通过之日起生效"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in VUE_SFC], ids=[r[0] for r in VUE_SFC])
def test_vue_component(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# 第十一条：… — an article numbered past ten, its number set off by a colon: the number takes its numerals
# whole, so 第十一条 is an article, not the ordinal 第十 labelled 一条 (as 第一条主线是： is labelled). And an
# article run into the paragraph before it after a full stop (…投注。第十六条：…), the next number of the
# article opening that line, is an article of its own where the line break was lost.
ARTICLES = [
    ("article_past_ten_with_colon",
     "第一章 总则\n" + "".join(f"第{n}条：本规则第{n}项规定的内容。{BODY}\n"
                            for n in ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")),
     "rule.txt", None, """
        第一章 总则
          第一条 本规则第一项规定的内容
          第二条 本规则第二项规定的内容
          第三条 本规则第三项规定的内容
          第四条 本规则第四项规定的内容
          第五条 本规则第五项规定的内容
          第六条 本规则第六项规定的内容
          第七条 本规则第七项规定的内容
          第八条 本规则第八项规定的内容
          第九条 本规则第九项规定的内容
          第十条 本规则第十项规定的内容
          第十一条 本规则第十一项规定的内容
          第十二条 本规则第十二项规定的内容"""),
    ("next_article_after_full_stop",
     f"第一章 总则\n第一条：本规则适用于全体会员。{BODY}\n第二条：会员应当按时参加活动。第三条：会员应当遵守纪律。{BODY}\n"
     f"第四条：本规则自发布之日起施行。\n",
     "rule.txt", None, """
        第一章 总则
          第一条 本规则适用于全体会员
          第二条 会员应当按时参加活动
          第三条 会员应当遵守纪律
          第四条 本规则自发布之日起施行"""),
    ("cross_reference_after_full_stop_runs_on",
     f"第一章 总则\n第一条：本规则适用于全体会员。{BODY}\n第二条：会员应当按时参加活动。第三条规定的情形除外。\n"
     f"第三条：本规则自发布之日起施行。\n",
     "rule.txt", None, """
        第一章 总则
          第一条 本规则适用于全体会员
          第二条 会员应当按时参加活动
          第三条 本规则自发布之日起施行"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in ARTICLES], ids=[r[0] for r in ARTICLES])
def test_articles(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# One row of a MySQL dump whose text field is HTML with the dump's escapes (\r\n between lines, \" for a
# quote): the escapes are the characters they stand for, so each <p> stands on a line of its own.
SQL_ESCAPES = [
    ("escaped_line_breaks_in_a_row",
     "INSERT INTO `about` VALUES ('3', '某某社简介', '<p class=\\\"MsoNormal\\\">\\r\\n\t第一章 总则\\r\\n</p>\\r\\n"
     f"<p>\\r\\n\t第一条 本社是学生自愿组成的公益组织。{BODY}\\r\\n</p>\\r\\n"
     "<p>\\r\\n\t第二条\\r\\n</p>\\r\\n<p>\\r\\n\t本社的宗旨：服务社会。\\r\\n</p>\\r\\n"
     "<p>\\r\\n\t第二章 附则\\r\\n</p>\\r\\n<p>\\r\\n\t第三条 本章程自通过之日起生效。\\r\\n</p>', "
     "'关于我们', '2013-11-04', 'admin');\n",
     "about.sql", "某某社简介", """
        第一章 总则
          第一条 本社是学生自愿组成的公益组织
          第二条 本社的宗旨
        第二章 附则
          第三条 本章程自通过之日起生效"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in SQL_ESCAPES], ids=[r[0] for r in SQL_ESCAPES])
def test_sql_escapes(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# A Markdown page of a handbook states its title as its one level-1 heading over `##` sections, however
# short (# 请假, # 处罚: a GitBook page a chapter); a list item (`- …`) is never a title.
MARKDOWN_TITLES = [
    ("short_h1_over_sections",
     f"# 请假\n\n## 考勤\n\n考勤按月统计。{BODY}\n\n## 年假\n\n1. 年假按工龄计算；\n2. 年假当年有效。\n",
     "leave.md", "请假", """
        · 考勤
        · 年假
          1. 年假按工龄计算
          2. 年假当年有效"""),
    ("short_headings_at_top_are_no_menu",
     "# 请假\n\n## 考勤\n\n### 工作时间\n\n- 公司实行每周五天工作制\n\n### 迟到\n\n- 迟到十分钟内提醒一次\n\n"
     f"## 年假\n\n公司为同事们提供带薪年假。{BODY}\n",
     "leave.md", "请假", """
        · 考勤
          · 工作时间
          · 迟到
        · 年假"""),
    ("list_items_are_no_title",
     f"- 本制度适用于全体员工和实习人员\n- 员工应当按时上下班\n\n一、考勤要求\n\n员工每日按时打卡。{BODY}\n\n"
     f"二、请假要求\n\n员工请假须提前申请。{BODY}\n",
     "rules.txt", None, """
        一、 考勤要求
        二、 请假要求"""),
    ("two_h1s_are_sections",
     f"# 考勤\n\n考勤按月统计。{BODY}\n\n# 年假\n\n年假按工龄计算。{BODY}\n",
     "leave.md", None, """
        · 考勤
        · 年假"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in MARKDOWN_TITLES],
                         ids=[r[0] for r in MARKDOWN_TITLES])
def test_markdown_titles(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))
