"""Table tests for shapes met in a second round of real government documents of the corpus's sources
(older work reports and congress reports scraped from Wikisource, a city work report, regulations and
opinions from Markdown law collections, gov.cn policy pages): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

from tests.outline_text import checked_outline as _outline
from tests.outline_text import dedent

BODY = "各地区各部门要结合实际认真研究，制定具体措施，抓好贯彻落实，确保取得实效。"
IND = "\u3000\u3000"
NEXT = f"\n\n\n二、其他工作\n\n\n{IND}{BODY}\n"  # a next section, so the one above is a list


def _split(lead: str, body: str = BODY) -> str:
    """A bold lead as a Wikisource scrape leaves it: a line holding only the indent, the lead sentence
    on a line of its own, its paragraph on the next line, a blank line after."""
    return f"{IND}\n{lead}\n{body}\n\n"


# A scrape that split each bold lead sentence (or bold 一是) from its paragraph onto a line of its own,
# after a line holding only the indent: the lead still heads the paragraph on the next line, and a
# bold 四是 alone on its line has its text on the line below, as its siblings do. A book title the
# scrape cut at a link (认真执行《⏎条例⏎》，…) is one line of its paragraph.
SPLIT_LEADS = [
    ("leads", f"一、加快社会事业发展\n\n\n{IND}社会事业关系千家万户。\n\n" + _split("推进文化体育事业。")
              + _split("办好人民满意的教育。") + _split("提高医疗卫生服务水平。") + NEXT, """
        一、 加快社会事业发展
          · 推进文化体育事业
          · 办好人民满意的教育
          · 提高医疗卫生服务水平
        二、 其他工作"""),
    ("book_title_cut_by_a_link", f"一、加强法治建设\n\n\n{IND}法治是治国理政的基本方式。\n\n"
                                 + _split("健全地方立法工作。", "今年要认真执行《\n地方立法条例\n》，提高立法质量。")
                                 + _split("严格规范公正执法。") + _split("深入开展普法宣传。") + NEXT, """
        一、 加强法治建设
          · 健全地方立法工作
          · 严格规范公正执法
          · 深入开展普法宣传
        二、 其他工作"""),
    ("bold_run_of_two_sentences", f"一、扩大对外开放\n\n\n{IND}开放带来进步。\n\n" + _split("稳住外贸基本盘。")
                                  + _split("开放需要资金，要拓宽融资渠道。专项资金用于重点项目。")
                                  + _split("提高利用外资水平。") + NEXT, """
        一、 扩大对外开放
          · 稳住外贸基本盘
          · 开放需要资金，要拓宽融资渠道
          · 提高利用外资水平
        二、 其他工作"""),
    ("split_points", f"一、维护社会稳定\n\n\n{IND}要着重抓好三个方面的工作：\n\n{IND}\n一是\n依法打击各类违法犯罪；\n\n"
                     f"{IND}\n二是\n排查化解矛盾纠纷；\n\n{IND}\n三是\n加强基层队伍建设。\n\n{IND}{BODY}" + NEXT, """
        一、 维护社会稳定
          一是 依法打击各类违法犯罪
          二是 排查化解矛盾纠纷
          三是 加强基层队伍建设
        二、 其他工作"""),
    # a bold lead with no text of its own heads the bold items below it; a bold lead after the last
    # item's paragraph is the section's again, and heads the points after it
    ("lead_over_items", f"一、调整经济结构\n\n\n{IND}结构调整是根本举措。\n\n{IND}\n加快产业优化升级。\n\n\n"
                        f"{IND}\n一要改造提升传统产业。\n{BODY}\n\n{IND}\n二要发展高新技术产业。\n{BODY}\n\n"
                        + _split("推进区域协调发展。") + _split("深化企业各项改革。")
                        + f"{IND}\n一是健全企业制度。\n{BODY}\n\n{IND}\n二是推进企业重组。\n{BODY}\n\n"
                        + _split("推进行业改革。") + NEXT, """
        一、 调整经济结构
          · 加快产业优化升级
            一要 改造提升传统产业
            二要 发展高新技术产业
          · 推进区域协调发展
          · 深化企业各项改革
            一是 健全企业制度
            二是 推进企业重组
          · 推进行业改革
        二、 其他工作"""),
    # one paragraph a line, the first after a blank line: its next line is a paragraph of its own
    ("one_paragraph_a_line", f"第二节 提升农业质效\n\n做强特色农业。{BODY}\n壮大品牌农业。{BODY}\n\n"
                             f"第三节 推进科技强农\n\n建设科技高地。{BODY}\n实施种业行动。{BODY}\n推进智慧农业。{BODY}\n", """
        第二节 提升农业质效
          · 做强特色农业
          · 壮大品牌农业
        第三节 推进科技强农
          · 建设科技高地
          · 实施种业行动
          · 推进智慧农业"""),
]


# Parallel colon labels that open with a short quoted name of a period (“十五五”时期…是：, or with plain
# quotes in a copy that lost the curly ones) are labels like any other; a quotation closing the text
# before a colon is no label.
QUOTED_LABELS = [
    ("curly", f"一、今后五年的目标任务\n\n“九五”时期发展的指导思想是：{BODY}\n\n“九五”时期发展的主要目标是：{BODY}" + NEXT, """
        一、 今后五年的目标任务
          · “九五”时期发展的指导思想是
          · “九五”时期发展的主要目标是
        二、 其他工作"""),
    ("plain_quotes", f'一、今后五年的目标任务\n\n"九五"时期发展的指导思想是：{BODY}\n\n"九五"时期发展的主要目标是：{BODY}' + NEXT, """
        一、 今后五年的目标任务
          · "九五"时期发展的指导思想是
          · "九五"时期发展的主要目标是
        二、 其他工作"""),
    ("quotation_is_no_label", f"一、有关要求\n\n会议强调“要抓落实”：{BODY}\n\n文件指出“要重实效”：{BODY}" + NEXT, """
        一、 有关要求
        二、 其他工作"""),
]


# A list inside a paragraph (…除外：(一)…；(二)…；(三)…) whose numbers also go on the headings above it
# ((一) (二) under （二）): its third item is the paragraph's, not a heading （三） beside （二）.
IN_PARAGRAPH_LIST = [
    ("ascii_brackets", f"一、适用规则\n\n（一）基本规定\n{BODY}\n\n（二）衔接规则\n纪要指出：“原则上适用旧法，但下列情形除外："
                       "(一)另有规定的；(二)适用新法更有利的；(三)依性质应当适用新法的。”\n\n二、处理意见\n\n" + BODY + "\n", """
        一、 适用规则
          （一） 基本规定
          （二） 衔接规则
            (一) 另有规定的
            (二) 适用新法更有利的
            (三) 依性质应当适用新法的
        二、 处理意见"""),
    ("full_width", f"一、适用规则\n\n（一）基本规定\n{BODY}\n\n（二）衔接规则\n具有下列情形之一的除外：（一）另有规定的；"
                   "（二）适用新法更有利的；（三）依性质应当适用新法的。\n\n二、处理意见\n\n" + BODY + "\n", """
        一、 适用规则
          （一） 基本规定
          （二） 衔接规则
            （一） 另有规定的
            （二） 适用新法更有利的
            （三） 依性质应当适用新法的
        二、 处理意见"""),
    # a line break lost after 。: the next heading still goes on with the heading before it
    ("lost_break_still_heading", f"一、主要任务\n\n（一）加强领导。{BODY}\n\n（二）完善机制。{BODY}（三）强化保障。{BODY}\n", """
        一、 主要任务
          （一） 加强领导
          （二） 完善机制
          （三） 强化保障"""),
]


# A paragraph that turns from the achievements to the problems (必须清醒地看到，… 我们也清醒认识到，…) is
# no lead of the achievements before it, though its first clause is short.
TURN_TO_PROBLEMS = [
    ("turn_not_a_lead", f"一、过去五年的工作\n\n经济实力明显增强。{BODY}\n\n改革开放不断深化。{BODY}\n\n"
                        f"人民生活持续改善。{BODY}\n\n必须清醒地看到，工作中还有不少困难。{BODY}\n\n二、今后的任务\n\n{BODY}\n", """
        一、 过去五年的工作
          · 经济实力明显增强
          · 改革开放不断深化
          · 人民生活持续改善
        二、 今后的任务"""),
]


# Every table above: (table, id, text, the outline it must give).
TABLES = {"split_leads": SPLIT_LEADS, "quoted_labels": QUOTED_LABELS, "in_paragraph_list": IN_PARAGRAPH_LIST,
          "turn_to_problems": TURN_TO_PROBLEMS}
ROWS = [(table, *row) for table, rows in TABLES.items() for row in rows]


@pytest.mark.parametrize("text,expected", [r[2:] for r in ROWS], ids=[f"{r[0]}-{r[1]}" for r in ROWS])
def test_real_gov2(text: str, expected: str) -> None:
    assert _outline(text) == dedent(expected)
