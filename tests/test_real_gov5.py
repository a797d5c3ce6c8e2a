"""Table tests for shapes met in a fifth round of real government documents of the corpus's sources
(regulations as VuePress Markdown with an appended standard, local regulations and national laws as
Markdown, a city committee's five-year plan proposal on a web page): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the title, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import checked_outline, dedent, outline_text

BODY = "各地区各部门要结合实际认真研究，制定具体措施，抓好贯彻落实，确保取得实效。"
E = "&emsp;&emsp;"


def _markdown(text: str) -> orgdoc.Outline:
    outline = orgdoc.parse_bytes(text.encode("utf-8"), name="page.md", include_text=True)
    source = outline.source.text or ""
    for n in outline.walk():
        assert source[n.heading_span[0]:n.heading_span[1]] == n.heading
    return outline


def _article(n: int, name: str, body: str, items: tuple[str, ...] = ()) -> str:
    lines = [f'<p id="t{n}">{E}<b>{name}</b>{E}{body}'] + [f"{E}{item}" for item in items]
    return "<br>\n".join(lines) + "</p>\n"


FRONT = "---\ntitle: 某某信息报送办法\nicon: article\ndate: 2012-03-01\n---\n\n"
LAST_ARTICLES = (_article(1, "第一条", "为规范报送工作，制定本办法。")
                 + _article(2, "第二条", "报送分为以下两类：", ("（一）定期报送；", "（二）临时报送。"))
                 + _article(3, "第三条", "本办法自发布之日起施行。"))
GRADES = (f"<p>{E}1、<b>一级</b>事项。<br>\n{E}符合下列情形之一的，为一级事项：<br>\n{E}（1）涉及人数较多的；<br>\n"
          f"{E}（2）涉及金额较大的。</p>\n<p>{E}2、<b>二级</b>事项。<br>\n{E}除一级事项以外的事项。</p>\n")

# An appendix after a regulation's last article, labelled alone on its line (附录) or in a Markdown
# container titled so (`::: info 附录`), over its own title: an appended document, whose 1、2、 stand at
# the top level after the articles instead of under the last one. (The bold lead's tags are blanked, not
# cut, so the heading keeps their width: 一级    事项.)
APPENDICES = [
    ("container_titled_appendix", FRONT + LAST_ARTICLES + "\n---\n\n::: info 附录\n\n## 事项分级标准{align=\"center\"}\n\n"
     f"{E}按照严重程度，事项分为两级。\n" + GRADES + "\n:::\n", """
        第一条 为规范报送工作，制定本办法
        第二条 报送分为以下两类
          （一） 定期报送
          （二） 临时报送
        第三条 本办法自发布之日起施行
        1、 一级    事项
          （1） 涉及人数较多的
          （2） 涉及金额较大的
        2、 二级    事项"""),
    ("bare_appendix_label", ("某某报送办法\n\n第一条 为规范报送工作，制定本办法。\n\n第二条 本办法自发布之日起施行。\n\n"
                             "附录\n\n事项分级标准\n\n1、一级事项。涉及人数较多的。\n\n2、二级事项。除一级事项以外的事项。\n"), """
        第一条 为规范报送工作，制定本办法
        第二条 本办法自发布之日起施行
        1、 一级事项
        2、 二级事项"""),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in APPENDICES], ids=[r[0] for r in APPENDICES])
def test_appendices(text: str, expected: str) -> None:
    if text.startswith("---"):
        assert outline_text(_markdown(text)) == dedent(expected)
    else:
        assert checked_outline(text) == dedent(expected)


# The adoption note under a title, a bracketed date in Chinese numerals whose zero is typed as the digit 0
# or the letter O (（二0二五年十二月十二日…通过）, 二O二四年): a dateline, not the title's second line.
ADOPTION_NOTES = [
    ("digit_zero", ("中共某某市委关于制定某某市发展规划的建议\n\n（二0二五年十二月十二日中共某某市委第十二届委员会第十一次全体会议通过）\n\n"
                    f"一、发展基础\n\n1.取得显著成就。{BODY}\n\n二、主要任务\n\n2.推进科技创新。{BODY}\n"),
     "中共某某市委关于制定某某市发展规划的建议"),
    ("letter_o", ("某某市人民代表大会常务委员会关于加强某某工作的决定\n\n（二O二四年三月五日某某市第十六届人民代表大会常务委员会第九次会议通过）\n\n"
                  f"一、提高认识。{BODY}\n\n二、落实责任。{BODY}\n"),
     "某某市人民代表大会常务委员会关于加强某某工作的决定"),
]


@pytest.mark.parametrize("text,title", [r[1:] for r in ADOPTION_NOTES], ids=[r[0] for r in ADOPTION_NOTES])
def test_adoption_notes(text: str, title: str) -> None:
    assert orgdoc.parse(text).title == title


# A plan saved from a PDF that opens with what its covering note leaves (the note's last sentence, the
# issuing office, the date), then the plan's title over its 目录: the title is the lines right over the
# 目录, set apart from the note and ending in a genre word. Without a genre word nothing is taken.
COVERED_TITLES = [
    ("note_tail_over_plan", ("纲要》已经市人民代表大会审议批准，现印发给你们，请认真贯彻实施。\n\n某某市人民政府\n2026年3月1日\n\n"
                             "某某市国民经济和社会发展\n第十五个五年规划纲要\n\n目 录\n\n第一章 发展基础 1\n第二章 主要目标 3\n\n"
                             f"第一章 发展基础\n{BODY}\n第二章 主要目标\n{BODY}\n"),
     "某某市国民经济和社会发展第十五个五年规划纲要", """
        第一章 发展基础
        第二章 主要目标"""),
    ("no_genre_word", ("现印发给你们，请认真贯彻实施。\n\n某某市人民政府\n2026年3月1日\n\n某某市发展蓝图\n\n目 录\n\n"
                       f"第一章 发展基础 1\n第二章 主要目标 3\n\n第一章 发展基础\n{BODY}\n第二章 主要目标\n{BODY}\n"),
     None, """
        第一章 发展基础
        第二章 主要目标"""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in COVERED_TITLES], ids=[r[0] for r in COVERED_TITLES])
def test_covered_titles(text: str, title: str | None, expected: str) -> None:
    assert orgdoc.parse(text).title == title
    assert checked_outline(text) == dedent(expected)
