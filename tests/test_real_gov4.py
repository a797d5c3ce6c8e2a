"""Table tests for shapes met in a fourth round of real government documents of the corpus's sources
(judicial interpretations and ministry rules as Markdown, a ministry notice whose last part lost its
`、`, a city report and a city plan saved from web pages, early party reports scraped from a wiki):
one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

from tests.outline_text import checked_outline, checked_page, dedent, outline_text

BODY = "各单位要结合实际认真研究，制定具体措施，抓好贯彻落实，确保取得实效。"

# A numeral alone on its line after `一、` `二、` headings: the last part of a `、` list whose mark a
# converter dropped when it set the number as a heading of its own (`## 三` over the part's one sentence).
# It goes on with the list; a list of lone numerals of its own stays one list.
DIVIDERS = [
    ("markdown_heading_lost_its_mark", "某部关于调整计算办法的通知\n\n## 一、甲项的计算\n\n" + BODY + "\n\n"
     "## 二、乙项的计算\n\n" + BODY + "\n\n## 三\n原发布的有关通知同时废止。\n", """
        一、 甲项的计算
        二、 乙项的计算
        三 原发布的有关通知同时废止"""),
    ("plain_text_with_blank_line", "某部关于调整计算办法的通知\n\n一、甲项的计算\n\n" + BODY + "\n\n"
     "二、乙项的计算\n\n" + BODY + "\n\n三\n\n本通知自发布之日起施行。\n", """
        一、 甲项的计算
        二、 乙项的计算
        三 本通知自发布之日起施行"""),
    ("own_list_of_lone_numerals", "某部关于调整计算办法的通知\n\n一\n甲项按月计算。" + BODY + "\n\n二\n乙项按季计算。"
     + BODY + "\n\n三\n丙项按年计算。" + BODY + "\n", """
        一 甲项按月计算
        二 乙项按季计算
        三 丙项按年计算"""),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in DIVIDERS], ids=[r[0] for r in DIVIDERS])
def test_dividers(text: str, expected: str) -> None:
    assert checked_outline(text) == dedent(expected)


# Labels that key a datum worked out (`工作日：365天-104天＝261天`, `日工资：月收入÷计薪天数`): a table's rows
# set as text, no parts of the section; labels naming parts keep their group.
FORMULAS = [
    ("formula_rows", ("某部关于工作时间折算的通知\n\n一、工作时间的计算\n\n年工作日：365天-104天（休息日）＝261天\n\n"
                      "季工作日：261天÷4季＝65.25天/季\n\n二、工资的折算\n\n日工资：月工资收入÷月计薪天数\n\n"
                      "小时工资：月工资收入÷（月计薪天数×8小时）。\n"), """
        一、 工作时间的计算
        二、 工资的折算"""),
    ("part_labels_kept", "某市工作方案\n\n一、总体安排\n\n总体要求：" + BODY + BODY + "\n\n主要任务：" + BODY + BODY
     + "\n\n二、保障措施\n\n" + BODY + "\n", """
        一、 总体安排
          · 总体要求
          · 主要任务
        二、 保障措施"""),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in FORMULAS], ids=[r[0] for r in FORMULAS])
def test_formulas(text: str, expected: str) -> None:
    assert checked_outline(text) == dedent(expected)


RESULT = "全年各项指标均达到预期，相关工作取得明显进展，为下一阶段发展打下了坚实基础。"
# A section's points as a run of one-clause headline leads, after its opening paragraph whose lead is a
# verdict of two clauses (`过去三年，极不容易。`): the opener is no point of the run.
OPENERS = [
    ("two_clause_opener", "某市发展规划\n\n一、发展基础\n\n过去三年，很不平凡。" + RESULT + "\n\n"
     "综合实力稳步提升。" + RESULT + "\n\n创新能力持续增强。" + RESULT + "\n\n开放水平不断提高。" + RESULT + "\n\n"
     "民生福祉明显改善。" + RESULT + "\n\n二、发展环境\n\n" + BODY + "\n", """
        一、 发展基础
          · 综合实力稳步提升
          · 创新能力持续增强
          · 开放水平不断提高
          · 民生福祉明显改善
        二、 发展环境"""),
    ("opener_like_the_points_kept", "某市发展规划\n\n一、发展基础\n\n经济运行总体平稳。" + RESULT + "\n\n"
     "综合实力稳步提升。" + RESULT + "\n\n创新能力持续增强。" + RESULT + "\n\n开放水平不断提高。" + RESULT + "\n\n"
     "二、发展环境\n\n" + BODY + "\n", """
        一、 发展基础
          · 经济运行总体平稳
          · 综合实力稳步提升
          · 创新能力持续增强
          · 开放水平不断提高
        二、 发展环境"""),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in OPENERS], ids=[r[0] for r in OPENERS])
def test_openers(text: str, expected: str) -> None:
    assert checked_outline(text) == dedent(expected)


GAINS = ("产值规模跨上新台阶，年均增长百分之六以上，总量居全省前列，发展质量和效益同步提升，结构不断优化",
         "研发投入持续加大，高新技术企业数量翻番，一批关键技术取得突破，创新平台建设全面铺开",
         "营商环境持续优化，经营主体数量稳步增加，外资外贸保持增长，对外交流合作更加活跃",
         "居民收入稳步增长，教育医疗养老服务水平不断提高，城乡面貌焕然一新")
# Points inside one long paragraph that open with the same short frame and say one short clause after it
# (`这三年，X。…这三年，Y。…`): leads sharing their opening words (GUIDE), though not the paragraph's first
# sentence; a frame met twice only, or followed by a long clause, stays prose.
FRAMES = [
    ("three_framed_points", ("某市工作报告\n\n一、过去三年的工作\n\n过去三年，我们攻坚克难，推动各项事业取得新进展。"
                             f"这三年，经济实力迈上新台阶。{GAINS[0]}。这三年，创新能力显著增强。{GAINS[1]}。"
                             f"这三年，开放水平不断提高。{GAINS[2]}。这三年，群众生活持续改善。{GAINS[3]}。\n\n"
                             f"二、今年的主要任务\n\n{BODY}\n"), """
        一、 过去三年的工作
          · 这三年，经济实力迈上新台阶
          · 这三年，创新能力显著增强
          · 这三年，开放水平不断提高
          · 这三年，群众生活持续改善
        二、 今年的主要任务"""),
    ("two_frames_are_prose", ("某市工作报告\n\n一、过去三年的工作\n\n过去三年，我们攻坚克难，推动各项事业取得新进展。"
                              f"这三年，经济实力迈上新台阶。{GAINS[0]}。这三年，创新能力显著增强。{GAINS[1]}。"
                              f"{GAINS[2]}。{GAINS[3]}。\n\n二、今年的主要任务\n\n{BODY}\n"), """
        一、 过去三年的工作
        二、 今年的主要任务"""),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in FRAMES], ids=[r[0] for r in FRAMES])
def test_frames(text: str, expected: str) -> None:
    assert checked_outline(text) == dedent(expected)


# A web article's font-size control cut into lines by its markup (<span>字号：</span>, then 大 中 小 as three
# links in a box of their own) under the article's heading: page furniture, never a pair of heading lines
# that would take the whole report under them.
CONTROL = ('<div class="zihao"><div class="through"><span>字号：</span></div>\n<div class="controls">'
           '<a href="#" id="large">大</a>\n<a href="#" id="medium">中</a>\n<a href="#" id="small">小</a></div></div>\n')
PAGE_CONTROLS = [
    ("size_control_in_heading", '<html><head><title>某市市长在市人民代表大会上的政府工作报告</title></head><body>\n'
     '<h2 class="Article-title">某市市长在市人民代表大会上的政府工作报告\n<small>2026-01-20 <span>来源：某某日报</span>'
     '</small>\n' + CONTROL + '</h2>\n<div class="Article_content">\n<p>各位代表：</p>\n<p>现在，我代表市人民政府向大会报告工作。</p>\n'
     f'<p><strong>一、过去一年的工作</strong></p>\n<p>{BODY}{BODY}</p>\n<p><strong>二、今年的主要任务</strong></p>\n'
     f'<p>{BODY}{BODY}</p>\n</div></body></html>', """
        一、 过去一年的工作
        二、 今年的主要任务"""),
]


@pytest.mark.parametrize("page,expected", [r[1:] for r in PAGE_CONTROLS], ids=[r[0] for r in PAGE_CONTROLS])
def test_page_controls(page: str, expected: str) -> None:
    assert outline_text(checked_page(page)) == dedent(expected)
