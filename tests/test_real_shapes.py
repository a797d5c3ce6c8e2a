"""Table tests for the structure of real documents (issue 7): one table per class of miss.

The snippets were written for these tests in the shapes GUIDE v2 describes and real reports, plans,
notices and speeches show (markers with only a closing bracket, counted and labelled ordinals, lists
whose neighbours tell a heading from a look-alike, closing lists, attached plans, gaps); none is copied
from a corpus document. Each row: an id, the text, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from orgdoc.grammar import marker_shape
from orgdoc.markers import scan_markers
from tests.outline_text import dedent, outline_text

BODY = "各单位要高度重视，认真抓好落实。"

# Class 1: marker forms GUIDE v2 names that orgdoc missed.
MISSING_FORMS = [
    ("closing_bracket_only", f"1）摸清底数\n{BODY}\n2）建立台账\n{BODY}\n3)跟踪问效\n{BODY}", """
        1） 摸清底数
        2） 建立台账
        3) 跟踪问效"""),
    ("letters_lower_bracket", f"a)总体目标\n{BODY}\nb)具体指标\n{BODY}", """
        a) 总体目标
        b) 具体指标"""),
    ("letters_full_width_dot", f"A．背景\n{BODY}\nB．做法\n{BODY}", """
        A． 背景
        B． 做法"""),
    ("section_sign", f"§1. 适用范围\n{BODY}\n§2. 基本术语\n{BODY}", """
        §1. 适用范围
        §2. 基本术语"""),
    ("box_drawing_bullets", f"今后的目标是：\n──产业结构更优。{BODY}\n──城乡面貌更新。{BODY}", """
        ── 产业结构更优
        ── 城乡面貌更新"""),
    ("numeral_space_heading", f"一 工业和农业\n{BODY}\n二 城市和乡村\n{BODY}", """
        一 工业和农业
        二 城市和乡村"""),
    ("numeral_alone", f"一\n工业和农业的关系。{BODY}\n二\n城市和乡村的关系。{BODY}", """
        一 工业和农业的关系
        二 城市和乡村的关系"""),
    ("counted_jian", f"第一件　把群众组织起来\n{BODY}\n第二件　把产业发展起来\n{BODY}", """
        第一件 把群众组织起来
        第二件 把产业发展起来"""),
    ("counted_questions", f"我讲两个问题。\n第一个问题，关于形势。{BODY}\n第二个问题，关于任务。{BODY}", """
        第一个问题， 关于形势
        第二个问题， 关于任务"""),
    ("counted_aspects", f"第一个方面，认清形势。{BODY}\n第二个方面，找准差距。{BODY}", """
        第一个方面， 认清形势
        第二个方面， 找准差距"""),
    ("counted_steps_inline", "建设分三步走。第一步，打好基础。第二步，全面推开。第三步，巩固提升。", """
        第一步， 打好基础
        第二步， 全面推开
        第三步， 巩固提升"""),
    ("counted_kinds_and_leaps", "有两种情况。第一种，主动报告。第二种，被动发现。认识有过两次飞跃。第一次飞跃，发生在起步时期。第二次飞跃，发生在转型时期。", """
        第一种， 主动报告
        第二种， 被动发现
        第一次飞跃， 发生在起步时期
        第二次飞跃， 发生在转型时期"""),
    ("labelled_stages_colon", f"第一阶段：动员部署。{BODY}\n第二阶段（5月至6月）：组织实施。{BODY}", """
        第一阶段： 动员部署
        第二阶段（5月至6月）： 组织实施"""),
    ("labelled_lines_colon", f"第一条主线是：深化改革。{BODY}\n第二条主线是：扩大开放。{BODY}", """
        第一条主线是： 深化改革
        第二条主线是： 扩大开放"""),
    ("named_cases", f"场景一：社区服务。{BODY}\n场景二：企业服务。理由一：成本低。理由二：见效快。", """
        场景一： 社区服务
        场景二： 企业服务
          理由一： 成本低
          理由二： 见效快"""),
    ("named_exercises_arabic", f"例题1：求两数之和。{BODY}\n例题2：求两数之差。{BODY}", """
        例题1： 求两数之和
        例题2： 求两数之差"""),
    ("then_inside_set", "办法是：首先，摸清底数。然后，建立台账。最后，逐项销号。", """
        首先， 摸清底数
        然后， 建立台账
        最后， 逐项销号"""),
    ("then_after_last_is_narrative", "办法是：首先，摸清底数。其次，建立台账。最后，逐项销号。然后大家分头落实。", """
        首先， 摸清底数
        其次， 建立台账
        最后， 逐项销号"""),
    ("then_before_other", "做法是：首先是调研。接下来是论证。其次是试点。最后是推广。", """
        首先 是调研
        接下来 是论证
        其次 是试点
        最后 是推广"""),
    ("other_verbs", "干部作风上，一要勤学习，二要勤调研。工作方法上，一可以减少会议，二可以精简文件。", """
        一要 勤学习
        二要 勤调研
        一可以 减少会议
        二可以 精简文件"""),
    ("verbs_wei_buneng", "这项工作，一为保障民生，二为促进发展。底线要求，一不能松劲，二不能停步。", """
        一为 保障民生
        二为 促进发展
        一不能 松劲
        二不能 停步"""),
    ("glued_first_item", "今后一是要加强学习，二是要改进作风。", """
        一是 要加强学习
        二是 要改进作风"""),
    ("glued_labelled_first", "我的第一想法是：要加强学习。第二点想法是：要改进作风。", """
        第一想法是： 要加强学习
        第二点想法是： 要改进作风"""),
]

# Class 1, the other side: what still makes no node.
NOT_MARKERS = [
    ("glued_one_in_a_word", "思想统一是前提，认识唯一是目标，二是重点。", ""),
    ("glued_alone", "今后一是要加强学习。", ""),
    ("counted_alone", "这是我们做的第一件大事。第一次会议，大家都很重视。", ""),
    ("then_without_set", "先摸底。然后，建立台账。", ""),
    ("first_and_last_only", "首先，感谢大家。最后，祝大家顺利。", ""),
]

# Class 2: look-alikes decided by the list around them, not by the characters after them alone.
LOOKALIKES_IN_CONTEXT = [
    ("paren_before_mu", f"（一）目标任务\n{BODY}\n（二）工作措施\n{BODY}", """
        （一） 目标任务
        （二） 工作措施"""),
    ("dun_before_numeral_word", f"一、五育并举\n{BODY}\n二、实施路径\n{BODY}", """
        一、 五育并举
        二、 实施路径"""),
    ("dun_before_numeral_word_mid_list", f"一、总体要求\n{BODY}\n二、重点任务\n{BODY}\n三、三级联动\n{BODY}", """
        一、 总体要求
        二、 重点任务
        三、 三级联动"""),
    ("ar_dun_before_digit_in_list", f"1、总体情况\n{BODY}\n2、5G网络\n{BODY}", """
        1、 总体情况
        2、 5G网络"""),
    ("range_alone_at_line_start", "一、二线城市房价趋稳，三四线城市库存下降。", ""),
    ("range_after_heading", f"一、总体情况\n三、四季度经济稳中向好。{BODY}", """
        一、 总体情况"""),
    ("months_range", "1、2月份工业增加值增长5%。", ""),
    ("cross_reference", "按照（一）项规定执行，并参照（二）款办理。", ""),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in MISSING_FORMS], ids=[c[0] for c in MISSING_FORMS])
def test_missing_forms(text: str, expected: str) -> None:
    assert _outline(text) == dedent(expected)


@pytest.mark.parametrize("text,expected", [c[1:] for c in NOT_MARKERS], ids=[c[0] for c in NOT_MARKERS])
def test_not_markers(text: str, expected: str) -> None:
    assert _outline(text) == dedent(expected)


@pytest.mark.parametrize("text,expected", [c[1:] for c in LOOKALIKES_IN_CONTEXT],
                         ids=[c[0] for c in LOOKALIKES_IN_CONTEXT])
def test_lookalikes_in_context(text: str, expected: str) -> None:
    assert _outline(text) == dedent(expected)


DOUBTFUL = [("一、二线城市", True), ("一、加强领导", False), ("一、二〇二四年回顾", False), ("（一）项", True),
            ("（一）目标", True), ("（一）总体要求", False), ("1、2月份", True), ("1、总体情况", False),
            ("A）方案", False), ("（A）至（C）", True)]


@pytest.mark.parametrize("text,doubtful", DOUBTFUL, ids=[d[0] for d in DOUBTFUL])
def test_doubtful_candidates(text: str, doubtful: bool) -> None:
    first = scan_markers(text)[0]
    assert first.start == 0 and first.doubtful is doubtful


SHAPES = [("第一件　", "counted", 1), ("第三个问题，", "counted", 3), ("第一条主线是：", "labelled", 1),
          ("第二阶段(2010年3月)：", "labelled", 2), ("场景二：", "named", 2), ("例题 3：", "named", 3),
          ("1）", "ar_close", 1), ("b)", "latin", 2), ("§ 4", "section_sign", 4), ("十二　", "numeral_space", 12),
          ("一不能", "cn_verb", 1), ("接下来", "sequence", None), ("第一章", "part", 1), ("第一点：", "ordinal", 1)]


@pytest.mark.parametrize("text,form,ordinal", SHAPES, ids=[s[0] for s in SHAPES])
def test_new_shapes(text: str, form: str, ordinal: int | None) -> None:
    shape = marker_shape(text)
    assert shape is not None and (shape.form, shape.ordinal) == (form, ordinal)


def _outline(text: str) -> str:
    outline = orgdoc.parse(text)
    for n in outline.walk():
        assert text[n.heading_span[0]:n.heading_span[1]] == n.heading
    return outline_text(outline)
