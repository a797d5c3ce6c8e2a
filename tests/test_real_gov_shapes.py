"""Table tests for shapes met in real government documents of the corpus's sources (reports scraped
from Wikisource, city work reports, policy notices): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import checked_outline as _outline
from tests.outline_text import dedent

BODY = "各单位要高度重视，认真抓好落实。"


# A counted ordinal goes on with plain ordinals (第一步，…；第二，…), and a lone 首先 earlier on (an
# adverb: 以后，首先应当…) takes no part in that list.
COUNTED_THEN_ORDINAL = [
    ("inline_after_adverb", "一、总体情况\n协会成立以后，首先应当引导它开展活动，会员才会关心。\n"
                            "我们的做法是：第一步，摸清会员情况；第二，选出骨干会员；"
                            "第三，明确协会章程；最后，第四，定期开展活动。\n", """
        一、 总体情况
          第一步， 摸清会员情况
          第二， 选出骨干会员
          第三， 明确协会章程
          第四， 定期开展活动"""),
    ("paragraph_openers", f"工作分几步走。\n第一步，摸清底数。{BODY}\n第二，建立台账。{BODY}\n第三，跟踪问效。{BODY}\n", """
        第一步， 摸清底数
        第二， 建立台账
        第三， 跟踪问效"""),
    ("counted_alone_still_counted", "建设分三步走。第一步，打好基础。第二步，全面推开。第三步，巩固提升。", """
        第一步， 打好基础
        第二步， 全面推开
        第三步， 巩固提升"""),
    ("sequence_still_takes_ordinals", "作风关系重大。首先，作风是传统。其次，作风是途径。第三，作风是保证。", """
        首先， 作风是传统
        其次， 作风是途径
        第三， 作风是保证"""),
]


# A lone adverb 首先 inside a clause (以后，首先应当…) makes no set with a 其次 in a later paragraph.
ADVERB_FIRST = [
    ("adverb_then_later_qici", "协会成立以后，首先应当引导它开展工作，会员才会关心。\n"
                               "我们教会员什么呢？我们向他们讲协会的宗旨；其次，向他们介绍各地的做法。\n", ""),
    ("set_within_one_paragraph", "成立以后，首先应当开展工作；其次，应当总结经验。\n", """
        首先 应当开展工作
        其次， 应当总结经验"""),
    ("set_off_by_comma_across_lines", "作风关系重大。首先，作风是优良传统，\n必须坚持。其次，作风是重要途径。\n", """
        首先， 作风是优良传统
        其次， 作风是重要途径"""),
]


# A section that numbers its own points as the sections are numbered (二、…⏎一、…五、⏎三、): the restart
# is a list inside the open heading when a later heading of its style goes on with that heading, not
# with the restart; lists restarted inside those points nest the same way. A restart nothing brings
# back (an attached plan's 一、) stays a list of its own at the top level.
RESTART_INSIDE = [
    ("report_section_points", f"一、回顾\n{BODY}\n二、任务和方针\n{BODY}\n一、确定增长率\n{BODY}\n二、控制投资规模\n{BODY}\n"
                              f"三、发展科学教育\n{BODY}\n三、体制改革\n{BODY}\n", """
        一、 回顾
        二、 任务和方针
          一、 确定增长率
          二、 控制投资规模
          三、 发展科学教育
        三、 体制改革"""),
    ("two_levels_of_restart", f"一、回顾\n{BODY}\n二、方针\n{BODY}\n一、增长率\n{BODY}\n二、投资\n调整的方向是：\n"
                              f"一、\n增加基础设施投资。\n二、\n控制非生产性建设。\n三、\n增加更新改造投资。\n三、科学教育\n{BODY}\n三、改革\n{BODY}\n", """
        一、 回顾
        二、 方针
          一、 增长率
          二、 投资
            一、 增加基础设施投资
            二、 控制非生产性建设
            三、 增加更新改造投资
          三、 科学教育
        三、 改革"""),
    ("attached_plan_stays_top", f"一、目标\n{BODY}\n二、措施\n{BODY}\n附件\n实施方案\n一、任务\n{BODY}\n二、分工\n{BODY}\n", """
        一、 目标
        二、 措施
        一、 任务
        二、 分工"""),
]


# Heading lines (GUIDE rule 6) after numbered paragraphs (三、…runs on into its paragraph) begin a new
# part of the text: they stand beside the numbered paragraphs, not under the last one. Under a numbered
# heading that is a line of its own they stay its children.
LONG = "村里的合作社规模还小，会员分散在各个自然村。为此，我们决定先从种植大户做起，每月办一次技术夜校，逐步扩大影响。"
LINES_AFTER_PARAGRAPHS = [
    ("after_numbered_paragraphs", f"一、城市的情况很复杂，{LONG}\n二、经济状况很简单。{LONG}\n三、交通状况很拥挤。{LONG}\n\n"
                                  f"在农民中的组织工作\n\n{LONG}\n\n{LONG}\n\n在学生中的组织工作\n\n{LONG}\n\n{LONG}\n", """
        一、 城市的情况很复杂，村里的合作社规模还小，会员分散在各个自然村
        二、 经济状况很简单
        三、 交通状况很拥挤
        · 在农民中的组织工作
        · 在学生中的组织工作"""),
    ("under_heading_line_stay", f"一、组织工作\n\n在农民中的组织工作\n\n{LONG}\n\n{LONG}\n\n在学生中的组织工作\n\n{LONG}\n\n{LONG}\n"
                                f"二、宣传工作\n{LONG}\n", """
        一、 组织工作
          · 在农民中的组织工作
          · 在学生中的组织工作
        二、 宣传工作"""),
    ("under_heading_with_stop_stay", f"（一）组织工作。\n\n在农民中的组织工作\n\n{LONG}\n\n{LONG}\n\n在学生中的组织工作\n\n{LONG}\n\n"
                                     f"{LONG}\n（二）宣传工作。\n{LONG}\n", """
        （一） 组织工作
          · 在农民中的组织工作
          · 在学生中的组织工作
        （二） 宣传工作"""),
]


# Run-in leads that open with a short quoted set phrase and go on alike (“实”的基础更加牢固。 “新”的动能
# 加快集聚。) are a pair; two paragraphs framed alike by a time phrase (过去一年，…) that wrap such a group
# are no pair of points.
FACTS = "具体来看，粮食产量再创新高，工业投资较快增长，外贸进出口规模扩大。城乡居民收入持续增加。"
QUOTED_LEADS = [
    ("quoted_pair", f"一、工作回顾\n\n一年来，我们砥砺奋进，攻坚克难，经济运行总体平稳、稳中有进，目标任务顺利完成。\n\n"
                    f"“实”的基础更加牢固。{FACTS}\n\n“新”的动能加快集聚。{FACTS}\n\n二、总体要求\n\n今年是收官之年。\n", """
        一、 工作回顾
          · “实”的基础更加牢固
          · “新”的动能加快集聚
        二、 总体要求"""),
    ("time_frame_pair_wrapping", f"一、工作回顾\n\n过去一年，我国发展历程很不平凡。党的会议胜利召开，作出部署。\n\n"
                                 f"“实”的基础更加牢固。{FACTS}\n\n“新”的动能加快集聚。{FACTS}\n\n"
                                 f"过去一年，大国外交开创新局面。领导人出访多国，成功举办主场外交活动。\n\n二、总体要求\n\n今年是收官之年。\n", """
        一、 工作回顾
          · “实”的基础更加牢固
          · “新”的动能加快集聚
        二、 总体要求"""),
    ("quoted_saying_is_prose", f"一、工作回顾\n\n“民为邦本”，这是我们的信条。{FACTS}\n\n“本固邦宁”，这是我们的追求。{FACTS}\n", """
        一、 工作回顾"""),
]


# A typeset plan's table of contents: dot leaders drawn to the page's edge make an entry longer than a
# heading in characters, and the front matter's pages are numbered I II III between the entries.
LEADERS = "." * 70
CONTENTS = [
    ("long_leaders_and_roman_pages", f"某市发展规划纲要\n目 录\n第一章 发展基础 {LEADERS} 1 \n第二章 面临形势 {LEADERS} 4 \n"
                                     f"第一节 面临形势 {LEADERS} 4 \nI \n第二节 机遇挑战 {LEADERS} 5 \n第三章 主要目标 {LEADERS} 7 \n"
                                     f"第一节 指导思想 {LEADERS} 7 \n第二节 基本原则 {LEADERS} 8 \n"
                                     f"第一章 发展基础\n{BODY}\n第二章 面临形势\n第一节 面临形势\n{BODY}\n第二节 机遇挑战\n{BODY}\n"
                                     f"第三章 主要目标\n第一节 指导思想\n{BODY}\n第二节 基本原则\n{BODY}\n", """
        第一章 发展基础
        第二章 面临形势
          第一节 面临形势
          第二节 机遇挑战
        第三章 主要目标
          第一节 指导思想
          第二节 基本原则"""),
]


def _wrap(paragraphs: list[str], width: int) -> str:
    return "\n".join(p[k:k + width] for p in paragraphs for k in range(0, len(p), width))


def test_typeset_line_with_figures_is_joined() -> None:
    """A justified PDF page cuts lines at one width in CJK characters; a line holding figures and
    the spaces an extraction puts around them is longer in code points, yet is a full line: joined."""
    filler = "各区各部门围绕年度目标排出计划表，逐项压实责任，定期通报进度，确保各项任务按期完成并接受群众监督。" * 3
    item = "有利条件。一是本地制造业门类齐全，配套能力较强。二是全球经贸格局走向重塑，开放型经济有新优势。"
    wrapped = _wrap([filler, item, filler], 20)
    # the line that holds 二是 gets figures: still 20 CJK characters' width, 25 code points
    line = next(x for x in wrapped.split("\n") if "二是" in x)
    cut = line.index("二是") + 2
    figured = line[:cut] + "全球 2.77 万亿" + line[cut + 6:]
    text = wrapped.replace(line, figured)
    outline = orgdoc.parse(text)
    headings = [n.heading for n in outline.walk() if n.marker == "二是"]
    assert headings and headings[0].startswith("全球 2.77 万亿") and headings[0].replace("\n", "").endswith("开放型经济有新优势")


# A colon line that counts the list it introduces (重点做好8方面工作：) is no label of a part, in
# Arabic figures as in Chinese numerals; a lone label left beside it makes no group.
LONG_TARGETS = "地区生产总值增长5%左右，在实际工作中努力争取更好结果；城镇调查失业率控制在5%左右；居民消费价格涨幅2%左右。"
COUNTING_LABELS = [
    ("arabic_count", f"三、今年工作安排\n\n五年看头年，全局看开局。今年主要预期目标安排：{LONG_TARGETS}\n\n重点做好8方面工作：\n\n"
                     f"（一）聚力挖掘内需潜能\n\n充分释放政策效能。{LONG_TARGETS}\n\n推动消费转型升级。{LONG_TARGETS}\n\n"
                     f"（二）聚力推进科技自立自强\n\n全力建设创新高地。{LONG_TARGETS}\n\n全力打造孵化基地。{LONG_TARGETS}\n", """
        三、 今年工作安排
          （一） 聚力挖掘内需潜能
            · 充分释放政策效能
            · 推动消费转型升级
          （二） 聚力推进科技自立自强
            · 全力建设创新高地
            · 全力打造孵化基地"""),
]


# A report scraped without its title opens with the address, closed by ！ as often as by ：: a
# salutation, not the title.
ADDRESS_FIRST = [
    ("exclamation", f"各位代表！\n\n　　现在，我代表国务院，向大会作政府工作报告。\n\n一、过去一年的工作\n\n{BODY}\n\n二、今年的任务\n\n{BODY}\n"),
    ("colon", f"各位代表：\n\n　　现在，我代表国务院，向大会作政府工作报告。\n\n一、过去一年的工作\n\n{BODY}\n\n二、今年的任务\n\n{BODY}\n"),
    ("comrades", f"同志们！\n\n　　现在，我代表中央委员会向大会作报告。\n\n一、过去一年的工作\n\n{BODY}\n\n二、今年的任务\n\n{BODY}\n"),
]


@pytest.mark.parametrize("text", [c[1] for c in ADDRESS_FIRST], ids=[c[0] for c in ADDRESS_FIRST])
def test_address_first_is_no_title(text: str) -> None:
    outline = orgdoc.parse(text)
    assert outline.title is None
    assert _outline(text) == "一、 过去一年的工作\n二、 今年的任务"


# Leads that share a whole opening clause and more (在过去的五年中，我国…) are parallel even where one of
# them states (…，改善幅度之大是少有的。) while the others name results; its list is its own.
STAT = "这五年平均每年增长百分之十，增速高于世界许多国家同期的增长速度，为经济的稳定增长创造了条件。"
FRAMED = [
    ("one_member_states", f"一、回顾\n\n五年来，计划规定的任务绝大部分都已提前完成。\n\n在过去的五年中，我国粮食生产连年丰收。{STAT}\n\n"
                          f"在过去的五年中，我国交通建设成效显著。{STAT}\n\n在过去的五年中，我国人民生活得到显著改善，改善幅度之大是少有的。"
                          f"这可以从以下两个方面来看：一是，城乡居民收入大幅度增长。{STAT}二是，城乡居民储蓄大幅度增加。{STAT}\n\n"
                          f"二、任务\n\n{BODY}\n", """
        一、 回顾
          · 在过去的五年中，我国粮食生产连年丰收
          · 在过去的五年中，我国交通建设成效显著
          · 在过去的五年中，我国人民生活得到显著改善，改善幅度之大是少有的
            一是， 城乡居民收入大幅度增长
            二是， 城乡居民储蓄大幅度增加
        二、 任务"""),
    ("short_shared_opening_stays_strict", f"一、回顾\n\n我们坚持改革开放。{STAT}\n\n我们的方针是正确的。{STAT}\n\n二、任务\n\n{BODY}\n", """
        一、 回顾
        二、 任务"""),
]


# A report's address to its deputies with a comma (各位代表，这五年是…) after its last sub-heading
# steps out of the sub-headings: the parallel leads after it are the section's, not the last point's.
# 同志们， with a comma inside a point is a speech's aside and changes nothing.
FIVE = "全市上下团结奋斗，主要指标稳居前列，城市能级持续提升，人民生活持续改善，各项事业全面进步。"
DEPUTIES_COMMA = [
    ("deputies_comma", f"一、过去一年和五年的工作\n\n（一）着力稳定经济。{FIVE}\n\n（二）着力增进民生。{FIVE}\n\n"
                       f"各位代表，这五年是砥砺奋进的五年。{FIVE}\n\n五年来，我们稳住基本盘，在转型发展中打开局面。{FIVE}\n\n"
                       f"五年来，我们补齐短板，在民生改善中兑现承诺。{FIVE}\n\n二、今年的任务\n\n{BODY}\n", """
        一、 过去一年和五年的工作
          （一） 着力稳定经济
          （二） 着力增进民生
          · 五年来，我们稳住基本盘，在转型发展中打开局面
          · 五年来，我们补齐短板，在民生改善中兑现承诺
        二、 今年的任务"""),
    ("comrades_comma_stays", f"一、工作回顾\n\n（一）着力稳定经济。{FIVE}\n\n（二）着力增进民生。{FIVE}\n\n"
                             f"同志们，这些成绩来之不易。{FIVE}\n\n为此，一是要加强领导。{FIVE}二是要落实责任。{FIVE}\n\n二、今年的任务\n\n{BODY}\n", """
        一、 工作回顾
          （一） 着力稳定经济
          （二） 着力增进民生
            一是 要加强领导
            二是 要落实责任
        二、 今年的任务"""),
]


def test_wrapped_extract_under_a_long_contents() -> None:
    """A short extract of a hard-wrapped plan under its long 目录: the entries (leaders drawn to the
    page's edge, then a space and the page) are not held against the wrap, and are not joined."""
    para = "各区各部门围绕年度目标排出计划表，逐项压实责任，定期通报进度，确保各项任务按期完成并接受群众监督。"
    entries = [f"第{n}节 重点任务之{n} {'.' * 60} {k + 2} " for k, n in enumerate("一二三四五六七八")]
    chapter = "第一章 发展基础"
    body = _wrap([para * 4], 20)
    text = "某市规划纲要\n目 录\n" + f"{chapter} {'.' * 60} 1 \n" + "\n".join(entries) + "\n" + chapter + "\n" + body + "\n"
    outline = orgdoc.parse(text)
    assert any(w.code.value == "text_repaired" and "hard-wrapped" in w.message for w in outline.warnings)
    assert [n.marker for n in outline.walk()] == ["第一章"]


# Every table above: (table, id, text, the outline it must give).
TABLES = {"counted_then_ordinal": COUNTED_THEN_ORDINAL, "adverb_first": ADVERB_FIRST, "restart_inside": RESTART_INSIDE, "lines_after_paragraphs": LINES_AFTER_PARAGRAPHS, "quoted_leads": QUOTED_LEADS, "contents": CONTENTS, "counting_labels": COUNTING_LABELS, "framed": FRAMED, "deputies_comma": DEPUTIES_COMMA}
ROWS = [(table, *row) for table, rows in TABLES.items() for row in rows]


@pytest.mark.parametrize("text,expected", [r[2:] for r in ROWS], ids=[f"{r[0]}-{r[1]}" for r in ROWS])
def test_real_gov_shapes(text: str, expected: str) -> None:
    assert _outline(text) == dedent(expected)
