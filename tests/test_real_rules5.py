"""Table tests for shapes met in a fifth round of real rules and charters (a university's 社团管理章程 and a
club's charter kept in web pages and database dumps, an association's charter with chapters partly unnumbered,
an association's notice with two attached 办法 in Markdown): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import dedent, outline_text


def _outline(text: str) -> str:
    """The outline of a text file (Markdown kept as .txt, as the corpus keeps it). Offsets refer to the
    text as read, markup blanked in place (`source.text`)."""
    outline = orgdoc.parse_bytes(text.encode("utf-8"), name="page.txt", include_text=True)
    read = outline.source.text
    assert read is not None and len(read) == len(text)
    for n in outline.walk():
        assert read[n.heading_span[0]:n.heading_span[1]] == n.heading
    return outline_text(outline)


# A chapter is no item's child: a charter after an intro that lists the club's services (（一）…（二）⏎1.…),
# or after a notice's list of the documents it sends, opens its 第一章 at the top level.
CHAPTER_AFTER_LIST = [
    ("after_intro_items", ("本会由学生自愿组成。服务范围：\n（一）走访敬老院，陪伴老人。\n（二）开展环保宣传。\n"
                          "1.清理校园垃圾。\n2.组织植树活动。\n\n绿叶志愿社章程\n\n第一章 总则\n"
                          "第一条 本社名称为绿叶志愿社。\n第二条 本社接受校团委指导。\n第二章 会员\n"
                          "第三条 凡本校学生均可申请入社。\n"), """
        （一） 走访敬老院，陪伴老人
        （二） 开展环保宣传
          1. 清理校园垃圾
          2. 组织植树活动
        第一章 总则
          第一条 本社名称为绿叶志愿社
          第二条 本社接受校团委指导
        第二章 会员
          第三条 凡本校学生均可申请入社"""),
    ("under_a_part", ("某某办法\n\n第一编 通则\n第一章 总则\n第一条 为规范管理，制定本办法。\n"
                     "第二条 本办法适用于本会。\n第二章 会员\n第三条 会员应当遵守本办法。\n"), """
        第一编 通则
          第一章 总则
            第一条 为规范管理，制定本办法
            第二条 本办法适用于本会
          第二章 会员
            第三条 会员应当遵守本办法"""),
]

# A Markdown heading that labels and titles an appended document on one line (# 附件1：某某办法) opens that
# document: its headings start at the top level, under no item of the notice before it.
HEADED_ATTACHMENTS = [
    ("sections_restart", ("# 关于印发两个办法的通知\n\n各会员单位：\n\n现将两个办法印发给你们，请结合以下要求遵照执行。\n\n"
                         "一、提高认识。各单位要高度重视。\n\n二、抓好落实。各单位要做到：\n\n（一）明确专人负责。\n\n"
                         "（二）按时报送情况。\n\n# 附件1：甲类事项管理办法\n\n一、总则\n\n为了规范甲类事项，制定本办法。\n\n"
                         "二、要求\n\n报送应当真实。\n\n## 附件2：乙类事项管理办法\n\n一、总则\n\n为了规范乙类事项，制定本办法。\n\n"
                         "二、附则\n\n本办法自发布之日起施行。\n"), """
        一、 提高认识
        二、 抓好落实
          （一） 明确专人负责
          （二） 按时报送情况
        一、 总则
        二、 要求
        一、 总则
        二、 附则"""),
    ("label_alone_is_no_title", ("某某协会文件\n\n一、总体要求\n\n（一）统一思想。\n\n（二）明确目标。\n\n"
                                "# 附件1：\n\n二、主要任务\n\n（三）完善制度。\n"), """
        一、 总体要求
          （一） 统一思想
          （二） 明确目标
        二、 主要任务
          （三） 完善制度"""),
]

# A list's first item run into the line of its lead after a sentence end (PDF text in a <pre>), its second item
# opening the next line: the first item is the list's, not the lead's text.
FIRST_ITEM_RUN_IN = [
    ("pdf_charter", ("第1章 总则\n第 1 条(名称) 本会的名称为星河学会。\n第 2 条(活动) 本会开展以下活动。 (1)举办学术年会。\n"
                     "(2)出版会刊。\n(3)组织会员交流。\n第 3 条(会员) 凡赞同本会宗旨者均可入会。\n"), """
        第1章 总则
          第 1 条 (名称) 本会的名称为星河学会
          第 2 条 (活动) 本会开展以下活动
            (1) 举办学术年会
            (2) 出版会刊
            (3) 组织会员交流
          第 3 条 (会员) 凡赞同本会宗旨者均可入会"""),
    ("second_in_line_too", ("一、总体要求\n会议要求如下。（1）按时到会；（2）遵守纪律。\n二、工作安排\n"
                            "各单位要抓好落实。\n"), """
        一、 总体要求
          （1） 按时到会
          （2） 遵守纪律
        二、 工作安排"""),
    ("not_after_a_label", ("一、总体要求\n各单位要抓好落实。\n注：1.本表数据为预计数。\n2.数据来源于统计局。\n"
                           "二、工作安排\n按计划推进。\n"), """
        一、 总体要求
        二、 工作安排"""),
]

# BBCode kept in a forum's or a Q&A site's text field: chapters in [b]…[/b], articles as [list][*]…[/*] items, a title
# in [i]…[/i]. The tags are markup: the chapter line is a heading, not the document's title.
BBCODE = [
    ("chapters_and_items", ("[b]第一章 总则 [/b]\n[list]\n[*]第一条 为了规范招生工作，制定本章程。 [/*]\n"
                            "[*]第二条 本章程适用于本校招生工作。 [/*]\n[/list]\n[b]第二章 录取[/b] \n[list]\n"
                            "[*]第三条 [i]体检要求[/i] 考生体检执行有关规定。 [/*]\n[/list]\n"), """
        第一章 总则
          第一条 为了规范招生工作，制定本章程
          第二条 本章程适用于本校招生工作
        第二章 录取
          第三条 体检要求     考生体检执行有关规定"""),
    ("no_closing_tag", ("关于会员管理的规定\n\n一、会员须遵守章程[1]。\n\n二、会员须按时缴费[2]。\n"), """
        一、 会员须遵守章程[1]
        二、 会员须按时缴费[2]"""),
]

ROWS = [("chapter_after_list", *r) for r in CHAPTER_AFTER_LIST] \
    + [("headed_attachments", *r) for r in HEADED_ATTACHMENTS] \
    + [("first_item_run_in", *r) for r in FIRST_ITEM_RUN_IN] \
    + [("bbcode", *r) for r in BBCODE]


@pytest.mark.parametrize("text,expected", [r[2:] for r in ROWS], ids=[f"{r[0]}-{r[1]}" for r in ROWS])
def test_real_rules5(text: str, expected: str) -> None:
    assert _outline(text) == dedent(expected)
