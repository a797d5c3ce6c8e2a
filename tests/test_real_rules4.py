"""Table tests for shapes met in real rules and charters (a company's 管理办法 and 实施细则 kept as text
extracted from PDF, an association's working rules and charter from web pages, a student club's 制度,
an alliance's charter exported from Word to HTML): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from orgdoc import normalize
from tests.outline_text import dedent, outline_text


def _outline(text: str) -> str:
    """The outline as the tables write it. A heading joined across a wrap keeps the input's line
    break in its verbatim text; the tables write it without."""
    outline = orgdoc.parse(text)
    for n in outline.walk():
        assert text[n.heading_span[0]:n.heading_span[1]] == n.heading
        n.heading = n.heading.replace("\n", "")
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


def _pdf_lines(paragraphs: list[str], widths: tuple[int, ...] = (25, 23, 26, 24)) -> str:
    """Paragraphs as text extracted from a justified PDF page: cut into lines of about one width in
    characters, a little short now and then (squeezed punctuation), no blank lines between them."""
    lines: list[str] = []
    k = 0
    for paragraph in paragraphs:
        while paragraph:
            width = widths[k % len(widths)]
            k += 1
            lines.append(paragraph[:width])
            paragraph = paragraph[width:]
    return "\n".join(lines) + "\n"


ARTICLES = [
    "第一章  总  则",
    "第一条 为规范本公司分支机构的设立、变更和日常经营管理，促进各项业务健康有序发展，根据国家有关法律法规和公司章程的规定，制定本办法。",
    "第二条 本办法适用于公司在全国范围内设立的各级分支机构，以及分支机构负责人和全体工作人员。",
    "第三条 分支机构开展业务应当遵守国家法律法规和监管规定，坚持诚实信用、公开公平的原则，不得损害客户的合法权益。",
    "第二章  设立管理",
    "第四条 设立分支机构应当具备下列条件，并向当地主管部门办理备案手续：",
    "（一）具有与业务规模相适应的营运资金和固定的经营场所，配置必要的安全保障措施；",
    "（二）设立完备的内部组织机构，配备满足经营需要的管理人员和业务人员；",
    "（三）建立健全业务管理、内部控制和风险管理等各项规章制度。",
    "第五条 分支机构变更经营场所或者主要负责人的，应当在变更后十个工作日内按照当地主管部门的要求办理报备手续。",
    "第三章  附  则",
    "第六条 本办法由公司合规管理部门负责解释和修订，自发布之日起施行。",
]


# Text extracted from a justified PDF page (a company's 管理办法 kept as text in a knowledge base): the
# lines were cut at one width but run a few characters short or long, so no length is exact often
# enough for the strict measure; a band of lines just under the widest common length, nearly all
# ending mid-sentence in Chinese, shows the wrap, and the lines are joined before headings are read.
# A table's aligned rows end in figures and stay as they are.
LOOSE_WRAP = [
    ("justified_pdf_rules", "分支机构管理办法\n" + _pdf_lines(ARTICLES), """
        第一章 总  则
          第一条 为规范本公司分支机构的设立、变更和日常经营管理，促进各项业务健康有序发展，根据国家有关法律法规和公司章程的规定，制定本办法
          第二条 本办法适用于公司在全国范围内设立的各级分支机构，以及分支机构负责人和全体工作人员
          第三条 分支机构开展业务应当遵守国家法律法规和监管规定，坚持诚实信用、公开公平的原则，不得损害客户的合法权益
        第二章 设立管理
          第四条 设立分支机构应当具备下列条件，并向当地主管部门办理备案手续
            （一） 具有与业务规模相适应的营运资金和固定的经营场所，配置必要的安全保障措施
            （二） 设立完备的内部组织机构，配备满足经营需要的管理人员和业务人员
            （三） 建立健全业务管理、内部控制和风险管理等各项规章制度
          第五条 分支机构变更经营场所或者主要负责人的，应当在变更后十个工作日内按照当地主管部门的要求办理报备手续
        第三章 附  则
          第六条 本办法由公司合规管理部门负责解释和修订，自发布之日起施行"""),
]


# Every table above: (table, id, text, the outline it must give).
TABLES = {"list_dots": LIST_DOTS, "bracketed_chapters": BRACKETED_CHAPTERS, "loose_wrap": LOOSE_WRAP}
ROWS = [(table, *row) for table, rows in TABLES.items() for row in rows]


@pytest.mark.parametrize("text,expected", [r[2:] for r in ROWS], ids=[f"{r[0]}-{r[1]}" for r in ROWS])
def test_real_rules4(text: str, expected: str) -> None:
    assert _outline(text) == dedent(expected)


def test_table_rows_are_no_loose_wrap() -> None:
    """A flattened table's rows of about one length end in figures, not mid-sentence: they stay lines."""
    names = ["东城区", "西城", "南部新区", "北区", "江岸区", "江汉经开区"] * 4
    rows = [f"{name}营业网点{k}个，从业人员{100 + 7 * k}人，全年业务量{3.5 * k:.1f}" for k, name in enumerate(names, start=1)]
    lines = ["各分支机构基本情况", *rows]
    assert normalize._loose_wrap(lines, []) is None  # (the strict measure may still find a width)


# A knowledge base's Markdown export opens with a front matter fenced by `---` whose keys are Chinese
# words in Markdown bold (**版本**: …): it is front matter, and the title is the line after it. Under a
# `# ` title, the notice that issued the rules quoted in Markdown (`> **关于发布…的通知**`) is none of it.
FRONT_MATTER_TITLES = [
    ("bold_chinese_keys", "---\n**版本**: 从PDF内容提取\n**来源**: /docs/制度/分公司管理办法.pdf\n**更新时间**: 2026-01-05\n---\n\n"
                          "某某科技有限公司分公司管理办法\n第一章 总则\n第一条 为加强分公司管理，制定本办法。\n"
                          "第二条 本办法适用于公司设立的分公司。\n", "某某科技有限公司分公司管理办法"),
    ("yaml_keys", "---\ntitle: 学生社团管理办法\ntags: 制度\n---\n\n学生社团管理办法\n第一条 为规范学生社团管理，制定本办法。\n"
                  "第二条 本办法适用于全体学生社团。\n", "学生社团管理办法"),
    ("quoted_notice_under_title", "# 某协会专业委员会工作规则\n\n> **关于发布《专业委员会工作规则》的通知**\n>\n"
                                  "> 各会员单位：\n>\n> 《某协会专业委员会工作规则》已经理事会审议通过，现予发布。\n\n---\n\n"
                                  "## 第一章 总则\n\n**第一条** 为规范专业委员会工作，制定本规则。\n\n"
                                  "**第二条** 委员会是协会的分支机构。\n", "某协会专业委员会工作规则"),
]


@pytest.mark.parametrize("text,title", [r[1:] for r in FRONT_MATTER_TITLES], ids=[r[0] for r in FRONT_MATTER_TITLES])
def test_front_matter_title(text: str, title: str) -> None:
    assert orgdoc.parse(text).title == title
