"""Unnumbered run-in headings: fresh snippets in the shapes speeches use, and near-misses."""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import dedent, outline_text

BODY = "各级党组织要结合实际，细化措施，确保落到实处。"

CASES = [
    ("shared_opening", (f"要在学上用力，夯实思想根基。{BODY}\n要在干上见效，扛起责任担当。{BODY}\n"
                       f"要在严上较真，守住纪律底线。{BODY}"), """
        · 要在学上用力，夯实思想根基
        · 要在干上见效，扛起责任担当
        · 要在严上较真，守住纪律底线"""),
    ("topic_then_yao_inside_a_paragraph", (f"一、加强队伍建设\n{BODY}理论学习要突出系统性。{BODY}"
                                          f"实践锻炼要突出针对性。{BODY}考核评价要突出实绩。{BODY}"), """
        一、 加强队伍建设
          · 理论学习要突出系统性
          · 实践锻炼要突出针对性
          · 考核评价要突出实绩"""),
    ("three_consecutive_leads", (f"一、总体思路\n{BODY}\n坚持系统观念，统筹推进各项改革。{BODY}\n"
                                f"坚持问题导向，着力破解发展难题。{BODY}\n突出群众路线，切实解决急难愁盼。{BODY}"), """
        一、 总体思路
          · 坚持系统观念，统筹推进各项改革
          · 坚持问题导向，着力破解发展难题
          · 突出群众路线，切实解决急难愁盼"""),
    ("numbered_points_under_leads", (f"要在对标上下功夫。{BODY}一是学文件。二是找差距。\n"
                                    f"要在落实上下功夫。{BODY}一是抓整改。二是建机制。"), """
        · 要在对标上下功夫
          一是 学文件
          二是 找差距
        · 要在落实上下功夫
          一是 抓整改
          二是 建机制"""),
    ("framed_alike_after_an_introduction", (f"一、形势分析\n今年任务艰巨，挑战不少。{BODY}\n从国际看，外部环境复杂多变。{BODY}\n"
                                            f"从国内看，经济回升向好。{BODY}\n从本地看，发展势头良好。{BODY}"), """
        一、 形势分析
          · 从国际看，外部环境复杂多变
          · 从国内看，经济回升向好
          · 从本地看，发展势头良好"""),
    ("unrelated_short_openings", (f"冬季天寒，安全不容忽视。{BODY}\n出席会议的有：市领导张某同志。{BODY}\n"
                                 f"会议议程共两项。{BODY}\n下面，请王某同志讲话。{BODY}"), ""),
    ("a_lone_short_sentence", f"一、统一思想\n打铁必须自身硬。{BODY}\n{BODY}", "一、 统一思想"),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_run_in_headings(text: str, expected: str) -> None:
    assert outline_text(orgdoc.parse(text)) == dedent(expected)
