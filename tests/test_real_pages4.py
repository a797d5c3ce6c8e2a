"""Table tests for shapes met in a fourth round of saved pages, kept whole (gov.cn answers to deputies'
proposals from a database dump; a district site's feedback letter, statistical bulletin, meeting reports,
government work report, hearing minutes and relief rules): one table per class of miss.

The snippets were written for these tests in the shapes those pages show; none is copied from a page.
Each row: an id, the text (or a page), the expected outline.
"""

from __future__ import annotations

import pytest

from tests.outline_text import checked_outline, checked_page, dedent, outline_text

BODY = "各地区各部门要结合实际认真研究，制定具体措施，抓好贯彻落实，确保取得实效。"


def _p(text: str) -> str:
    return f'<p style="text-indent:2em">{text}</p>'


def _page(article: str) -> str:
    return ("<html><head><title>某某局关于某某工程进展情况的函</title></head><body><div class=\"nav\"><a href=\"/\">首页</a>"
            f"</div><div class=\"content\">{article}</div></body></html>")


# A list number whose text opens with a digit where no decimal fraction can stand: a designation numbered
# with # (1.3#楼… 1.4#~5#泊位…: buildings, berths, units No. N) or a year (1.2023年…, as 一.2023年 already
# was). The item is 1., not section 1.3 or 1.4, nor body text; its list goes on at 2.
DIGIT_AFTER_DOT = [
    ("designation_after_dot", f"关于工程进展情况的报告\n\n一、存在的问题\n\n（一）东区工程\n\n1.施工许可尚未办结。{BODY}\n\n"
     f"2.用地手续尚未完成。{BODY}\n\n（二）西区工程\n\n1.3#~6#楼基础工程尚未开工，征地补偿仍在协商。{BODY}\n\n"
     f"2.施工用水没有保证。{BODY}\n", """
        一、 存在的问题
          （一） 东区工程
            1. 施工许可尚未办结
            2. 用地手续尚未完成
          （二） 西区工程
            1. 3#~6#楼基础工程尚未开工，征地补偿仍在协商
            2. 施工用水没有保证"""),
    ("full_width_designation", f"关于机组检修情况的报告\n\n一、检修安排\n\n1．2＃机组大修已完成。{BODY}\n\n2．3＃机组小修正在进行。{BODY}\n", """
        一、 检修安排
          1． 2＃机组大修已完成
          2． 3＃机组小修正在进行"""),
    ("year_after_dot", f"某局工作总结\n\n一、工作回顾\n\n1.2023年工作完成情况。{BODY}\n\n2.2024年工作计划。{BODY}\n", """
        一、 工作回顾
          1. 2023年工作完成情况
          2. 2024年工作计划"""),
    # look-alikes stay text: a quantity at a wrapped line's start, a duration, decimal numbering still decimal
    ("quantity_not_item", f"某局工作总结\n\n一、主要成效\n\n全年完成投资\n1.4亿元，同比增长百分之十。{BODY}\n\n二、存在问题\n\n{BODY}\n", """
        一、 主要成效
        二、 存在问题"""),
    ("decimal_numbering_kept", f"某某应急预案\n\n1 总则\n\n1.1 编制目的\n\n{BODY}\n\n1.2 适用范围\n\n{BODY}\n\n2 组织体系\n\n"
     f"2.1 指挥机构\n\n{BODY}\n", """
        1 总则
          1.1 编制目的
          1.2 适用范围
        2 组织体系
          2.1 指挥机构"""),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in DIGIT_AFTER_DOT], ids=[r[0] for r in DIGIT_AFTER_DOT])
def test_digit_after_dot(text: str, expected: str) -> None:
    assert checked_outline(text) == dedent(expected)


def test_designation_number_in_its_own_span() -> None:
    """A Word page sets the number in a span of its own (<span>1.</span><span>4#…</span>): one line."""
    page = _page(_p("<b>一、存在的问题</b>") + _p("<b>（一）西区工程</b>")
                 + _p("<span>1.4#</span><span>~6#楼基础工程尚未开工。</span>" + BODY)
                 + _p("<span>2.</span><span>施工用水没有保证。</span>" + BODY))
    assert outline_text(checked_page(page)) == dedent("""
        一、 存在的问题
          （一） 西区工程
            1. 4#~6#楼基础工程尚未开工
            2. 施工用水没有保证""")


# A report's address to its deputies (各位代表，…) or a speech's (同志们！) steps out of a section's
# unnumbered points as it does out of its numbered sub-headings: the last point ends before it, a lead
# after it is no further point of the run (the section's closing words), and a list after it (困难：一是…)
# is the section's own.
LEAD = "坚持稳中求进，统筹推进各项工作，经济运行总体平稳，发展质量稳步提升，人民生活持续改善。"
STEP_OUT = [
    ("report_address_ends_points", f"某县政府工作报告\n\n一、过去五年工作回顾\n\n五年来，产业结构更优了。{LEAD}\n\n"
     f"五年来，城乡面貌更新了。{LEAD}\n\n五年来，民生保障更实了。{LEAD}\n\n各位代表，回顾五年的工作，我们深深体会到，必须始终坚持"
     f"人民至上。{LEAD}\n\n回首过去五年，砥砺奋进、成绩斐然。{LEAD}同时，我们也清醒地看到，发展中还面临不少困难：一是产业基础仍然"
     "薄弱；二是公共服务存在短板；三是干部作风有待改进。\n\n二、今后五年目标任务\n\n" + BODY + "\n", """
        一、 过去五年工作回顾
          · 五年来，产业结构更优了
          · 五年来，城乡面貌更新了
          · 五年来，民生保障更实了
          一是 产业基础仍然薄弱
          二是 公共服务存在短板
          三是 干部作风有待改进
        二、 今后五年目标任务"""),
    ("points_without_address_unchanged", f"某县政府工作报告\n\n一、过去五年工作回顾\n\n五年来，产业结构更优了。{LEAD}\n\n"
     f"五年来，城乡面貌更新了。{LEAD}\n\n五年来，民生保障更实了。{LEAD}\n\n{LEAD}发展中还面临不少困难：一是产业基础仍然薄弱；"
     "二是公共服务存在短板。\n\n二、今后五年目标任务\n\n" + BODY + "\n", """
        一、 过去五年工作回顾
          · 五年来，产业结构更优了
          · 五年来，城乡面貌更新了
          · 五年来，民生保障更实了
            一是 产业基础仍然薄弱
            二是 公共服务存在短板
        二、 今后五年目标任务"""),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in STEP_OUT], ids=[r[0] for r in STEP_OUT])
def test_step_out_of_points(text: str, expected: str) -> None:
    assert checked_outline(text) == dedent(expected)
