"""Table tests for shapes met in a third round of real government documents of the corpus's sources
(regulations and opinions as VuePress Markdown, city five-year plans saved from web pages or news apps,
a State Council letter with its attachments from a gov.cn database dump): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import dedent, outline_text

BODY = "各地区各部门要结合实际认真研究，制定具体措施，抓好贯彻落实，确保取得实效。"
E = "&emsp;&emsp;"


def _check(outline: orgdoc.Outline, text: str) -> str:
    for n in outline.walk():
        assert text[n.heading_span[0]:n.heading_span[1]] == n.heading
    return outline_text(outline)


def _markdown(text: str) -> orgdoc.Outline:
    return orgdoc.parse_bytes(text.encode("utf-8"), name="page.md", include_text=True)


def _article(n: int, name: str, body: str, items: tuple[str, ...] = ()) -> str:
    lines = [f'<p id="t{n}">{E}<b>{name}</b>{body}'] + [f"{E}{item}" for item in items]
    return "<br>\n".join(lines) + "</p>\n"


FRONT = "---\ntitle: 某某执法办法\nicon: article\ndate: 2011-05-01\ncategory:\n  - 规章\n---\n\n"

# A VuePress page of a regulation: front matter; containers (`::: tip 修订信息` over the promulgation note in
# brackets, `::: details 目录` over a link list, `::: right` around the signature), which are markup, so neither
# the fence nor the bracketed note under it is the title; chapter headings closed by an attribute list
# (`{align="center"}`), which is markup too, not the heading's words.
MARKDOWN_PAGES = [
    ("attribute_lists_and_tip", FRONT + "::: tip 修订信息\n\n（2011年3月2日某某部令第9号公布&emsp;自2011年5月1日起施行）\n\n"
     ":::\n\n::: details 目录\n\n[[toc]]\n\n:::\n\n"
     '## 第一章&emsp;总则{align="center"}\n\n'
     + _article(1, "第一条", "【目的】为规范执法行为，制定本办法。")
     + _article(2, "第二条", "【原则】执法应当遵循下列原则：", ("（一）依法办事；", "（二）公开公正。"))
     + '\n## 第二章&emsp;程序{align="center"}\n\n### 第一节&emsp;受理{align="center"}\n\n'
     + _article(3, "第三条", "【受理】符合条件的，予以受理。"),
     "某某执法办法", """
        第一章 总则
          第一条 【目的】为规范执法行为，制定本办法
          第二条 【原则】执法应当遵循下列原则
            （一） 依法办事
            （二） 公开公正
        第二章 程序
          第一节 受理
            第三条 【受理】符合条件的，予以受理"""),
    ("signature_container", FRONT + f"<p>{E}为做好有关工作，提出以下意见：<br>\n{E}一、加强统筹。{BODY}<br>\n"
     f"{E}二、压实责任。{BODY}</p>\n\n::: right\n\n某某部\n\n2018年8月27日\n\n:::\n\n---\n\n"
     "::: warning 原文链接\n\n<https://www.example.gov.cn/a/b.htm>\n\n:::",
     "某某执法办法", """
        一、 加强统筹
        二、 压实责任"""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in MARKDOWN_PAGES], ids=[r[0] for r in MARKDOWN_PAGES])
def test_markdown_pages(text: str, title: str, expected: str) -> None:
    outline = _markdown(text)
    assert outline.title == title
    assert _check(outline, outline.source.text or "") == dedent(expected)


# A plan's table of contents with no page numbers that lists its unnumbered parts too (前 言 before 第一章),
# and one that stands far down a web page saved as text (menus, a covering 通知 and the plan's title block
# above it): both are contents, not a first run of empty chapters.
CONTENTS = [
    ("bare_entries_with_preface", "某市发展规划纲要\n\n目 录\n\n前 言\n\n第一章 发展基础\n\n第一节 主要成就\n\n第二节 发展环境\n\n"
     f"第二章 主要目标\n\n前 言\n\n{BODY}\n\n第一章 发展基础\n\n{BODY}\n\n第一节 主要成就\n\n{BODY}\n\n第二节 发展环境\n\n{BODY}\n\n"
     f"第二章 主要目标\n\n{BODY}\n", """
        第一章 发展基础
          第一节 主要成就
          第二节 发展环境
        第二章 主要目标"""),
    ("contents_after_notice", "某市规划纲要的通知 - 某市人民政府门户网站\n\n首页\n\n政务公开\n\n当前位置：\n首页\n > \n法规公文\n\n"
     "某府〔2026〕4号\n\n某市人民政府关于印发某市发展规划纲要的通知\n\n各区人民政府，市政府各部门：\n\n"
     "　　《某市发展规划纲要》业经市人大审查批准，现印发给你们，请认真组织实施。\n\n某市人民政府\n\n2026年5月21日\n\n"
     "某市发展规划纲要\n\n（2026年1月21日市人大审查批准）\n\n2026年5月\n\n目 录\n\n"
     "　　第一篇 锚定目标 \n\n　　第一章 发展基础 \n\n　　　第一节 主要成就 \n\n　　　第二节 发展环境 \n\n"
     "　　第二章 主要目标 \n\n　　名词解释 \n\n"
     f"　　本规划纲要是全市人民共同的行动纲领。\n\n第一篇 锚定目标\n\n　　{BODY}\n\n第一章 发展基础\n\n　　{BODY}\n\n"
     f"第一节 主要成就\n\n　　{BODY}\n\n第二节 发展环境\n\n　　{BODY}\n\n第二章 主要目标\n\n　　{BODY}\n", """
        第一篇 锚定目标
          第一章 发展基础
            第一节 主要成就
            第二节 发展环境
          第二章 主要目标"""),
]


def _wrap(paragraph: str, width: int = 28) -> str:
    """A paragraph as a PDF's text gives it: cut into lines of `width` characters, no indent."""
    return "\n".join(paragraph[k:k + width] for k in range(0, len(paragraph), width))


PREFACE = ("本规划纲要根据上级有关建议编制，主要阐明规划期间内全市经济社会发展的总体思路、主要目标、重大任务和主要政策举措，"
           "是政府履职的重要依据，是全市广大人民共同奋斗的行动纲领。")  # 84 characters: its last line is full
WORK = ("全市上下坚持稳中求进工作总基调，统筹发展和安全，扎实推进各项工作，经济社会发展取得新的成效，"
        "人民群众获得感幸福感安全感持续增强，为今后发展奠定了坚实基础。")

# A PDF's text, hard-wrapped with no indents: a 目 录 line right under the 序言's last, full line is a heading of
# its own, not the paragraph's last words (else the contents under it is read as a first run of chapters).
WRAPPED = [
    ("contents_under_full_preface", "某市国民经济和社会发展\n第十五个五年规划纲要\n序 言\n" + _wrap(PREFACE) + "\n目 录\n"
     "第一章 发展基础 ........................ 1 \n第二章 主要目标 ........................ 4 \n"
     "第一章 发展基础\n" + _wrap(WORK * 3) + "\n第二章 主要目标\n" + _wrap(WORK * 2) + "\n", """
        第一章 发展基础
        第二章 主要目标"""),
]


# A typeset plan's dash bullets of three em dashes (———更加注重…。): the marker is all three dashes, the heading
# starts after them.
DASHES = [
    ("three_em_dashes", f"一、指导思想\n{BODY}把握好以下基本要求：\n———更加注重优化功能。{BODY}\n———更加注重增进福祉。{BODY}\n"
                        f"二、主要目标\n{BODY}\n", """
        一、 指导思想
          ——— 更加注重优化功能
          ——— 更加注重增进福祉
        二、 主要目标"""),
]


# A report's numbered paragraph that runs on after its heading into short leads sharing their opening word
# (（一）聚焦…。…。打造A。…。打造B。…。打造C。…: bold in the page, the bold lost in its text): run-ins under the
# heading, three at least, each heading text of its own. Leads that share nothing stay prose (GUIDE).
INLINE_LEADS = [
    ("shared_opening_word", "一、今后五年的任务\n（一）聚焦科技创新，发展新质生产力。深入实施创新工程，加快建成科技强省。"
     f"打造具有影响力的科创高地。{BODY}{BODY}打造先进制造业基地。{BODY}{BODY}打造人工智能发展高地。{BODY}{BODY}\n"
     f"（二）聚焦扩大内需，畅通经济循环。坚持扩大内需战略基点。提振居民消费。{BODY}{BODY}优化投资结构。{BODY}{BODY}"
     f"扩大对外开放。{BODY}{BODY}\n二、今年的工作\n{BODY}\n", """
        一、 今后五年的任务
          （一） 聚焦科技创新，发展新质生产力
            · 打造具有影响力的科创高地
            · 打造先进制造业基地
            · 打造人工智能发展高地
          （二） 聚焦扩大内需，畅通经济循环
        二、 今年的工作"""),
    ("too_short_to_head", "一、今后五年的任务\n（一）聚焦科技创新。加强基础研究。加强应用研究。加强成果转化。"
     f"{BODY}\n二、今年的工作\n{BODY}\n", """
        一、 今后五年的任务
          （一） 聚焦科技创新
        二、 今年的工作"""),
]


# A page saved as text that left each footnote's number on a line of its own inside a paragraph (…建设“12218”
# 现代化产业体系⏎4⏎，制造业…; after a closing quote too: 聚焦“三横、三纵”⏎17⏎全力推动…): the paragraph goes on
# across the number, so its lead still heads text of its own.
FOOTNOTE_CALLS = [
    ("numbers_inside_paragraphs", f"第一节 发展成就\n\n　　经济实力迈上新台阶。全市地区生产总值迈上新台阶。{BODY}\n\n"
     "　　产业体系建设取得新成效。聚焦“三横、三纵”\n17\n全力推动产业发展。\n\n"
     "　　科技创新实现新突破。系统谋划建设现代化产业体系\n4\n，制造业立市根基更加厚实。\n\n第二节 发展环境\n\n"
     f"　　{BODY}\n", """
        第一节 发展成就
          · 经济实力迈上新台阶
          · 产业体系建设取得新成效
          · 科技创新实现新突破
        第二节 发展环境"""),
]


# A box's indicator table as a page's text flattens it: the caption cut after its word (专栏⏎1⏎ 主要指标), then
# column names one a line and each cell a line (1. 地区生产总值年均增长 / % / 5.0左右 / 预期性): its numbered cells
# are rows of the table, not points of the section above it.
SPLIT_CAPTIONS = [
    ("indicator_cells_one_a_line", f"第二节 发展目标\n\n　　经济能级量级更高。{BODY}\n\n　　创新领域更广。{BODY}\n\n"
     "专栏\n\n1\n\n 主要指标\n\n类别\n\n指标\n\n单位\n\n目标值\n\n属性\n\n经济发展\n\n1. 地区生产总值年均增长\n\n%\n\n"
     "5.0左右\n\n预期性\n\n2. 全员劳动生产率\n\n万元/人\n\n36\n\n预期性\n\n3. 工业总产值\n\n万亿元\n\n3\n\n预期性\n\n"
     f"第三节 发展环境\n\n　　{BODY}\n", """
        第二节 发展目标
          · 经济能级量级更高
          · 创新领域更广
        第三节 发展环境"""),
]


# A letter's addressee (湖北省人民政府： over a 复函, 国务院： over the report attached to it): an organ's name
# closed by a colon keys who is written to, never a run-in label, though the two stand alike.
ADDRESSEES = [
    ("letter_and_attached_report", "某某办公厅关于某县\n地质问题的复函\n某办函〔2004〕80号\n\n某某省人民政府：\n"
     f"你省《关于某县有关问题的请示》收悉。经领导同志同意，现将有关意见转复你省。{BODY}\n\n"
     "附件：1.某部关于某县情况的报告\n2.某县情况专家组意见\n某某办公厅\n二〇〇四年十一月四日\n\n附件1\n\n关于某县\n情况的报告\n\n"
     f"国务院：\n为落实批示，我部组织专家组对某县进行了现场调查。{BODY}\n现将有关情况和我部的建议报告如下：\n"
     f"一、基本情况\n{BODY}\n二、建议意见\n{BODY}\n某部\n二〇〇四年十月十日\n\n附件2\n\n某县\n情况调查意见\n{BODY}\n", """
        一、 基本情况
        二、 建议意见"""),
]


# Every text table above: (table, id, text, the outline it must give).
TABLES = {"contents": CONTENTS, "wrapped": WRAPPED, "dashes": DASHES, "inline_leads": INLINE_LEADS, "footnote_calls": FOOTNOTE_CALLS, "split_captions": SPLIT_CAPTIONS, "addressees": ADDRESSEES}
ROWS = [(table, *row) for table, rows in TABLES.items() for row in rows]


@pytest.mark.parametrize("text,expected", [r[2:] for r in ROWS], ids=[f"{r[0]}-{r[1]}" for r in ROWS])
def test_real_gov3(text: str, expected: str) -> None:
    assert _check(orgdoc.parse(text), text) == dedent(expected)


# A regulation's promulgation note in brackets opens with its date: a dateline at any length, never a title.
@pytest.mark.parametrize("line", ["（2011年3月2日某某部令第9号公布　     自2011年5月1日起施行）",
                                  "（2018年7月27日某市第十五届人民代表大会常务委员会第五次会议通过　根据2020年某决定修正）"])
def test_promulgation_note_is_dateline(line: str) -> None:
    from orgdoc.envelope.facts import is_date_line
    assert is_date_line(line)


# An indicator table in a PDF's text: its caption right under a paragraph whose last line is full stays a line of
# its own (表 1 … is no paragraph's last words), and under the caption its group rows that count their rows
# (一、经济类（3 项）) and its rows opening with an index and a space (1 地区生产总值…, glued rows too) are cells of
# the table, not headings that end it.
def test_caption_under_full_line_keeps_its_line() -> None:
    from orgdoc.normalize import repair
    paragraph = (WORK * 4)[:28 * 9 - 1] + "。"  # nine full lines, the last ending a sentence
    text = _wrap(paragraph) + "\n表 1 主要指标\n序号 指 标 2030 年目标 属性\n1 地区生产总值年均增长（%） 5 左右 预期性\n"
    assert "表 1 主要指标" in repair(text).text.split("\n")


def test_indicator_table_group_rows() -> None:
    from orgdoc.envelope.lines import first_chars, split_lines
    from orgdoc.envelope.tables import find_tables
    text = ("表 1 主要指标\n序号 指 标 2030 年目标 属性\n一、经济类（3 项）\n1 地区生产总值年均增长（%） 5 左右 预期性\n"
            "2 全员劳动生产率年均增长（%） 高于地区生产总值年均增长 预期性3 研发经费支出占比（%） 4.8\n"
            "序号 指 标 2030 年目标 属性\n二、民生类（2 项）\n13 居民人均可支配收入增速（%） 与地区生产总值增长同步 预期性\n"
            "在此基础上再奋斗五年，到二〇三五年，城市综合竞争力、国际影响力、可持续发展能力大幅提升，人民生活更加幸福美好，基本实现社会主义现代化。\n")
    lines = split_lines(text)
    tables = find_tables(text, lines, first_chars(lines), 0, len(lines))
    assert [text[r.span[0]:r.span[1]].split("\n")[-1] for r in tables] == ["13 居民人均可支配收入增速（%） 与地区生产总值增长同步 预期性"]


# A reply's or a letter's title split over two lines ends with its genre word (…第4626号提案的答复, …的复函,
# …的批复): the second line goes on the title.
@pytest.mark.parametrize("second,title", [("第4626号提案的答复", "某某办公厅对全国政协十届四次会议第4626号提案的答复"),
                                          ("有关问题的复函", "某某办公厅关于某县地质灾害险情有关问题的复函")])
def test_reply_title_over_two_lines(second: str, title: str) -> None:
    first = title[: len(title) - len(second)]
    text = (f"{first}\n{second}\n某办函〔2006〕82号\n\n王某某委员：\n\n您提出的提案收悉。经研究，答复如下：\n\n{BODY}\n\n"
            "感谢您对政府工作的关心与支持。\n\n某某办公厅\n\n二〇〇六年十月十八日\n")
    assert orgdoc.parse(text).title == title
