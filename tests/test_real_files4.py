"""Table tests for shapes met in a fourth round of real rules and talks (a student club's charter as
pandoc Markdown, an association's notices sending its rules and guides as knowledge-base Markdown, a
company's rules from Word, a sales summit's addresses as JSP pages): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the outline (two spaces a level, `MARKER HEADING`) or the title.
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import checked_outline, checked_page, dedent

RULE = "本款规定的事项由理事会负责解释，自通过之日起施行。"

# Markdown's nested ordered lists (pandoc from Word): a list indented under an item of its own style is
# a level below it, though its numbers look alike, and Word's numbering may go on across the parents
# (7. 8. under the second item); uniformly indented paragraphs, or a 1. indented by chance after a
# heading of another style, open no level.
NESTED_LISTS = [
    ("three_levels", "某某协会章程\n=====\n\n第一章 总则\n-----\n\n1.  名称：某某协会。\n\n"
                     "    1.  简称某协。\n\n2.  机构设置如下：\n\n    1.  会长一人，职责包括：\n\n"
                     "        1.  主持日常工作。\n\n        2.  签署对外文件。\n\n    2.  秘书一人，职责包括：\n\n"
                     "        3.  记录会议。\n\n        4.  保管档案。\n\n第二章 会员\n-----\n\n"
                     "1.  入会条件：\n\n    1.  认同本会宗旨。\n\n2.  会员权利：\n\n    2.  参加活动。\n\n"
                     "    3.  提出建议。\n", """
        第一章 总则
          1. 名称
            1. 简称某协
          2. 机构设置如下
            1. 会长一人，职责包括
              1. 主持日常工作
              2. 签署对外文件
            2. 秘书一人，职责包括
              3. 记录会议
              4. 保管档案
        第二章 会员
          1. 入会条件
            1. 认同本会宗旨
          2. 会员权利
            2. 参加活动
            3. 提出建议"""),
    ("uniform_indent_stays_flat", "某某社团管理规定\n\n一、活动要求\n\n    1. 活动须提前报备。\n\n"
                                  "    2. 活动须注意安全。\n\n二、经费要求\n\n    1. 经费须专款专用。\n\n"
                                  "    2. 经费须公开透明。\n", """
        一、 活动要求
          1. 活动须提前报备
          2. 活动须注意安全
        二、 经费要求
          1. 经费须专款专用
          2. 经费须公开透明"""),
    ("indent_after_other_heading", "某某社团管理规定\n\n一、活动要求\n\n1. 活动须提前报备。\n\n"
                                   "2. 活动须注意安全。\n\n二、经费要求\n\n    1. 经费须专款专用。\n\n"
                                   "    2. 经费须公开透明。\n", """
        一、 活动要求
          1. 活动须提前报备
          2. 活动须注意安全
        二、 经费要求
          1. 经费须专款专用
          2. 经费须公开透明"""),
    ("indent_after_markdown_heading", "某某社团管理规定\n\n## 一、活动要求\n\n1. 活动须提前报备。\n\n"
                                      "2. 活动须注意安全。\n\n## 二、经费要求\n\n    1. 经费须专款专用。\n\n"
                                      "    2. 经费须公开透明。\n", """
        一、 活动要求
          1. 活动须提前报备
          2. 活动须注意安全
        二、 经费要求
          1. 经费须专款专用
          2. 经费须公开透明"""),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in NESTED_LISTS], ids=[r[0] for r in NESTED_LISTS])
def test_nested_markdown_lists(text: str, expected: str) -> None:
    assert checked_outline(text) == dedent(expected)


def _guide(chapters: int) -> str:
    parts = ["# 某某服务指引\n"]
    for c in range(1, chapters + 1):
        numeral = "一二三四五"[c - 1]
        parts.append(f"\n## 第{numeral}章 第{numeral}类服务\n\n### {c}.1 服务方式\n\n服务方式由各单位确定，报协会备案。\n"
                     f"\n### {c}.2 服务流程\n\n1. 受理申请。\n\n2. 审核材料。\n\n### {c}.3 服务内容\n\n"
                     + "服务内容包括咨询、培训和检查，各单位可结合实际增加，并在年度报告中说明情况。\n" * 12)
    return "".join(parts)


# A section title every chapter repeats under its own number (1.1 服务方式, 2.1 服务方式, 3.1 服务方式), a
# page's length apart, is no page's running header: the lines differ in their markers only.
RENUMBERED_TITLES = [
    ("decimal_sections", _guide(4), "\n".join(
        f"第{'一二三四'[c - 1]}章 第{'一二三四'[c - 1]}类服务\n  {c}.1 服务方式\n  {c}.2 服务流程\n    1. 受理申请\n"
        f"    2. 审核材料\n  {c}.3 服务内容" for c in range(1, 5))),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in RENUMBERED_TITLES],
                         ids=[r[0] for r in RENUMBERED_TITLES])
def test_renumbered_section_titles(text: str, expected: str) -> None:
    assert checked_outline(text) == expected


# A chapter whose first articles stand before its first 节: the 节 is a part of the chapter beside them,
# and the articles after it are its own, never an article's children.
SECTIONS_AFTER_ARTICLES = [
    ("section_after_articles", "某某自律公约\n\n## 第一章 总则\n\n第一条 为规范行为，制定本公约。\n\n"
                               "## 第二章 业务\n\n第二条 会员应当依法经营。\n\n第三条 会员应当诚实守信。\n\n"
                               "### 第一节 推荐\n\n第四条 推荐应当真实。\n\n第五条 推荐应当合规。\n\n"
                               "### 第二节 维护\n\n第六条 维护应当及时。\n", """
        第一章 总则
          第一条 为规范行为，制定本公约
        第二章 业务
          第二条 会员应当依法经营
          第三条 会员应当诚实守信
          第一节 推荐
            第四条 推荐应当真实
            第五条 推荐应当合规
          第二节 维护
            第六条 维护应当及时"""),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in SECTIONS_AFTER_ARTICLES],
                         ids=[r[0] for r in SECTIONS_AFTER_ARTICLES])
def test_sections_after_articles(text: str, expected: str) -> None:
    assert checked_outline(text) == dedent(expected)


NOTICE = ("# 中国某某协会文件\n\n**某协发[2022] 8 号**\n\n# 中国某某协会关于印发《会员服务规范（试行）》的通知\n\n各会员单位:\n\n"
          "现将《会员服务规范（试行）》印发给你们，请遵照执行。有关事项通知如下。\n\n## 一、抓紧自查整改\n\n"
          "各单位应对照规范开展自查，按期完成整改。\n\n## 二、加强日常管理\n\n各单位应加强管理，定期报告情况。\n\n")

# A notice that sends one document it names (附件：某某规范（试行）), which follows under its own title: the
# attached document's chapters stand at the top level, not under the notice's last section. And a red
# header and document number set in Markdown (# 中国某某协会文件, **某协发[2022] 8 号**) are no title.
NAMED_ATTACHMENT = [
    ("markdown_title", NOTICE + "附件：会员服务规范（试行）\n\n---\n\n# 会员服务规范\n\n## 第一章 总则\n\n"
                       "第一条 为规范会员服务，制定本规范。\n\n## 第二章 服务\n\n"
                       "第二条 会员服务包括：\n\n（一）咨询服务；\n\n（二）培训服务。\n", """
        一、 抓紧自查整改
        二、 加强日常管理
        第一章 总则
          第一条 为规范会员服务，制定本规范
        第二章 服务
          第二条 会员服务包括
            （一） 咨询服务
            （二） 培训服务"""),
    ("labelled_title", NOTICE + "附件: 会员服务规范\n\n附件： 会员服务规范\n\n第一章 总则\n\n"
                       "第一条 为规范会员服务，制定本规范。\n\n第二章 服务\n\n第二条 " + RULE + "\n", """
        一、 抓紧自查整改
        二、 加强日常管理
        第一章 总则
          第一条 为规范会员服务，制定本规范
        第二章 服务
          第二条 本款规定的事项由理事会负责解释，自通过之日起施行"""),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in NAMED_ATTACHMENT], ids=[r[0] for r in NAMED_ATTACHMENT])
def test_named_attachment(text: str, expected: str) -> None:
    assert checked_outline(text) == dedent(expected)
    assert orgdoc.parse(text).title == "中国某某协会关于印发《会员服务规范（试行）》的通知"


PAGE = ('<html><head><title>某某公司-年会</title></head><body><div class="column">领导致辞</div><div id="main">'
        '<p class="t"><font>{title}</font><br>{sub}</p>'
        + "".join(f"<p>{s}</p>" for s in ("新春伊始，万象更新。", "过去一年，我们攻坚克难，业绩稳步增长，队伍不断壮大。",
                                          "新的一年，让我们携手并进，再创佳绩！"))
        + "</div></body></html>")

# A column's label over an address's title whose subtitle dedicates it (——致…, --致…): the title is the
# line over the dedication, not the label.
DEDICATIONS = [
    ("ascii_dashes", PAGE.format(title="携手共进创佳绩", sub="--致全体销售精英"), "携手共进创佳绩"),
    ("em_dashes", PAGE.format(title="携手共进创佳绩", sub="——致第三届年会全体代表"), "携手共进创佳绩"),
]


@pytest.mark.parametrize(("page", "title"), [r[1:] for r in DEDICATIONS], ids=[r[0] for r in DEDICATIONS])
def test_dedication_subtitle(page: str, title: str) -> None:
    assert checked_page(page).title == title


ARTICLES = ("# 会员服务规则\n\n## 第一章 总则\n\n**第一条** 为规范会员服务，制定本规则。\n\n**第二条** 会员服务包括：\n\n"
            "（一）咨询服务；\n\n（二）培训服务。\n\n## 第二章 附则\n\n**第三条** 本规则由理事会负责解释。\n\n")
OUTLINE = """
        第一章 总则
          第一条 为规范会员服务，制定本规则
          第二条 会员服务包括
            （一） 咨询服务
            （二） 培训服务
        第二章 附则
          第三条 本规则由理事会负责解释"""

# Back matter whose cue is set in Markdown (**附件：** over the attachments' names, ## 参考文献): its numbers
# are no points of the last article. A cue inside the body, before sections in Markdown, ends nothing.
MARKED_BACK_MATTER = [
    ("bold_attachments", ARTICLES + "**第四条** 本规则自发布之日起施行。\n\n---\n\n**附件：**\n\n1. 会员服务申请书\n\n"
                         "2. 会员服务评价表\n", dedent(OUTLINE) + "\n  第四条 本规则自发布之日起施行"),
    ("heading_references", ARTICLES + "**第四条** 本规则自发布之日起施行。\n\n## 参考文献\n\n1. 某某著作\n\n2. 某某论文\n",
     dedent(OUTLINE) + "\n  第四条 本规则自发布之日起施行"),
    ("cue_before_sections", "# 会员服务规则\n\n## 第一章 总则\n\n**第一条** 为规范会员服务，制定本规则。\n\n**附件：**\n\n"
                            "1. 会员服务申请书\n\n## 第二章 附则\n\n**第二条** 本规则由理事会负责解释。\n\n"
                            "**第三条** 本规则自发布之日起施行。\n", """
        第一章 总则
          第一条 为规范会员服务，制定本规则
            1. 会员服务申请书
        第二章 附则
          第二条 本规则由理事会负责解释
          第三条 本规则自发布之日起施行"""),
]


@pytest.mark.parametrize(("text", "expected"), [r[1:] for r in MARKED_BACK_MATTER],
                         ids=[r[0] for r in MARKED_BACK_MATTER])
def test_marked_back_matter(text: str, expected: str) -> None:
    assert checked_outline(text).replace("** ", "") == dedent(expected)
