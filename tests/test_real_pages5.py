"""Table tests for shapes met in a fifth round of saved pages, kept whole (a district site's department
notices, work plans, procurement notices and year-end work summaries): one table per class of miss.

The snippets were written for these tests in the shapes those pages show; none is copied from a page.
Each row: an id, the text (or a page), the expected outline.
"""

from __future__ import annotations

import pytest

from tests.outline_text import checked_outline, checked_page, dedent, outline_text

BODY = "各地区各部门要结合实际认真研究，制定具体措施，抓好贯彻落实，确保取得实效。"
POINTS = f"一是健全制度。{BODY}二是压实责任。{BODY}三是强化考核。{BODY}"


def _summary(turn: str, last: str = POINTS) -> str:
    return (f"某局年度工作总结\n\n一、本年度工作情况\n\n（一）深化改革\n\n{BODY}\n\n（二）加强监管\n\n{last}\n\n"
            f"{turn}一是基础较弱；二是人才不足；三是创新不够。{BODY}\n\n二、下一年度工作计划\n\n（一）推进改革\n\n{BODY}\n")


SUMMED_UP = """
    一、 本年度工作情况
      （一） 深化改革
      （二） 加强监管
        一是 健全制度
        二是 压实责任
        三是 强化考核
      一是 基础较弱
      二是 人才不足
      三是 创新不够
    二、 下一年度工作计划
      （一） 推进改革"""

# A report's turn from its gains to its problems at the end of a section (同时，我们也清醒地认识到… 在取得上述
# 成效的同时，我们也清醒认识到…) sums up the section, not its last sub-heading: its 一是…三是 stand under 一、
# beside （一）（二）, also when that last sub-heading's own text was a run of 一是… points (whose text ends
# before the turn, so the stretch after it is no longer the sub-heading's either).
TURN_TO_PROBLEMS = [
    ("gains_led_turn_after_points", _summary("在取得上述成效的同时，我们也清醒认识到工作中还存在一些问题："), SUMMED_UP),
    ("plain_turn_after_points", _summary("同时，我们也清醒地认识到，工作中还存在一些问题："), SUMMED_UP),
    ("seen_gains_led_turn", _summary("在看到成绩的同时，我们也要清醒地看到存在的不足："), SUMMED_UP),
    ("gains_led_turn_after_prose", _summary("在取得这些成绩的同时，我们也清醒地看到存在的困难和问题：", BODY),
     """
        一、 本年度工作情况
          （一） 深化改革
          （二） 加强监管
          一是 基础较弱
          二是 人才不足
          三是 创新不够
        二、 下一年度工作计划
          （一） 推进改革"""),
    # no turn: the problems stay the last sub-heading's text, as before
    ("no_turn_stays_under_point", _summary("工作中还存在一些问题："), """
        一、 本年度工作情况
          （一） 深化改革
          （二） 加强监管
            一是 健全制度
            二是 压实责任
            三是 强化考核
            一是 基础较弱
            二是 人才不足
            三是 创新不够
        二、 下一年度工作计划
          （一） 推进改革"""),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in TURN_TO_PROBLEMS], ids=[r[0] for r in TURN_TO_PROBLEMS])
def test_turn_to_problems(text: str, expected: str) -> None:
    assert checked_outline(text) == dedent(expected)


def test_turn_to_problems_on_a_page() -> None:
    bold = "".join(f"<strong>{m}</strong>{t}。{BODY}" for m, t in (("一是", "健全制度"), ("二是", "压实责任")))
    page = ("<html><head><title>某局年度工作总结</title></head><body><div class=\"crumb\"><a href=\"/\">首页</a></div>"
            "<div class=TRS_Editor><p>一、本年度工作情况</p><p>（一）深化改革</p>"
            f"<p>{BODY}</p><p>（二）加强监管</p><p>{bold}</p>"
            "<p>在取得上述成效的同时，我们也清醒认识到还存在一些问题：<strong>一是</strong>基础较弱；<strong>二</strong>"
            f"<strong>是</strong>人才不足。</p><p>二、下一年度工作计划</p><p>{BODY}</p></div></body></html>")
    assert outline_text(checked_page(page)) == dedent("""
        一、 本年度工作情况
          （一） 深化改革
          （二） 加强监管
            一是 健全制度
            二是 压实责任
          一是 基础较弱
          二是 人才不足
        二、 下一年度工作计划""")


# A division of labour under a plan's 职责分工: paragraphs opened by a bureau's or committee's name and a colon
# (某区发展局：负责… 各片区管理局：配合… 某区卫健委：负责…) key each unit's duties; they are data labels, not run-in
# headings, as 牵头单位： and an organ's name alone already were. Labels naming a part stay run-ins, 局 of a
# situation (发展格局： 空间布局：) included.
DUTIES = f"牵头制定实施细则，统筹推进各项工作，定期通报进展情况，{BODY}"
UNIT_LABELS = [
    ("bureaus_keying_duties", f"某区工作方案\n\n一、工作措施\n\n{BODY}\n\n二、职责分工\n\n某区发展局：{DUTIES}\n\n"
     f"各片区管理局：{DUTIES}\n\n某区卫健委：{DUTIES}\n\n三、工作要求\n\n{BODY}\n", """
        一、 工作措施
        二、 职责分工
        三、 工作要求"""),
    ("situation_labels_stay", f"某区发展规划\n\n一、总体布局\n\n发展格局：{DUTIES}\n\n空间布局：{DUTIES}\n\n"
     f"二、保障措施\n\n{BODY}\n", """
        一、 总体布局
          · 发展格局
          · 空间布局
        二、 保障措施"""),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in UNIT_LABELS], ids=[r[0] for r in UNIT_LABELS])
def test_unit_labels(text: str, expected: str) -> None:
    assert checked_outline(text) == dedent(expected)
