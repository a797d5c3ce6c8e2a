"""Announcements (我讲三点意见, 重点抓好四个方面：) and their link to the list they announce.

Sentences are invented in the shapes speeches use; node trees are built by hand from the text, so
these tests do not depend on the marker scanner or the tree builder. One test checks seed 001's
announcement against the @announced count in its gold outline.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from orgdoc.announce import CLAUSE_BREAKS, CLAUSE_ENDS, find_announcements
from orgdoc.fold import TABLE_PATH
from orgdoc.models import DiagnosticCode, Node, NodeKind
from orgdoc.numerals import to_int

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path("/work/shared/eval/gold")


def node(text: str, marker: str, heading: str, *, level: int = 1, kind: NodeKind = NodeKind.SECTION,
         end: str | None = None, children: tuple[Node, ...] = ()) -> Node:
    """A node whose marker+heading is the first such string in text; it runs to `end` or the text end."""
    start = text.index(marker + heading)
    stop = text.index(end, start) if end else len(text)
    numeral = re.match(r"[（(]?([0-9一二三四五六七八九十两]+)", marker)
    return Node(kind=kind, marker=marker, ordinal=to_int(numeral.group(1)) if numeral else None, level=level,
                heading=heading, heading_span=(start + len(marker), start + len(marker) + len(heading)),
                marker_span=(start, start + len(marker)), span=(start, stop), children=list(children))


def whole(text: str) -> tuple[int, int]:
    return 0, len(text)


# ---------------------------------------------------------------- forms

FORMS = [
    pytest.param("这里，我先强调三点意见。", "我先强调三点意见。", 3, id="强调三点意见"),
    pytest.param("具体工作中，重点抓好四个方面：", "重点抓好四个方面：", 4, id="抓好四个方面"),
    pytest.param("结合分管工作，讲以下几点体会。", "讲以下几点体会。", None, id="讲以下几点体会"),
    pytest.param("在具体工作中，要做到以下几点：", "要做到以下几点：", None, id="做到以下几点"),
    pytest.param("下面，我谈三点认识。", "我谈三点认识。", 3, id="谈三点认识"),
    pytest.param("借此机会，我提几点要求。", "我提几点要求。", None, id="提几点要求"),
    pytest.param("我从三个方面谈谈学习体会。", "我从三个方面谈谈学习体会。", 3, id="从三个方面"),
    pytest.param("我简要讲两点意见。", "我简要讲两点意见。", 2, id="两点"),
    pytest.param("今年要着力抓好以下五项工作：", "今年要着力抓好以下五项工作：", 5, id="以下五项工作"),
    pytest.param("为此，我讲3点意见。", "我讲3点意见。", 3, id="digit-count"),
    pytest.param("我想说三句话", "我想说三句话", 3, id="no-end-punctuation"),
    pytest.param("大家要处理好三个关系：", "大家要处理好三个关系：", 3, id="处理好三个关系"),
    pytest.param("我讲十二个方面的工作。", "我讲十二个方面的工作。", 12, id="十二个方面的工作"),
    pytest.param("最后，我再讲一点：", "我再讲一点：", 1, id="一点-ends-clause"),
    pytest.param("下面我谈两点粗浅的看法。", "下面我谈两点粗浅的看法。", 2, id="点-tail-ends-in-generic-noun"),
    pytest.param("我想从两点入手谈谈感受。", "我想从两点入手谈谈感受。", 2, id="从两点入手"),
]


@pytest.mark.parametrize(("sentence", "clause", "count"), FORMS)
def test_announcement_forms(sentence: str, clause: str, count: int | None) -> None:
    text = f"同志们：{sentence}"
    (found,), warnings = find_announcements(text, whole(text), [])
    assert (found.text, found.count) == (clause, count)
    assert text[found.span[0]:found.span[1]] == found.text
    assert found.found is None and found.target is None and warnings == []


NOT_ANNOUNCEMENTS = [
    pytest.param("要严格落实三项制度改革。", id="named-thing-after-count"),
    pytest.param("这是第三点要求。", id="ordinal"),
    pytest.param("坚决做到“两个维护”。", id="quoted-slogan"),
    pytest.param("要抓好三项制度的落实，确保见效。", id="clause-runs-on"),
    pytest.param("全年新增就业三千人。", id="plain-number"),
    pytest.param("要提高三个能力。", id="提-inside-提高"),
    # 点 as the measure word of an idiom, not a count of points.
    pytest.param("青年干部要从一点一滴中锤炼品格。", id="从一点一滴中"),
    pytest.param("干工作要从一点一滴地积累做起。", id="从一点一滴地"),
    pytest.param("和群众打交道，要多说一点儿实在话。", id="说一点儿"),
    pytest.param("要把握一点点进步的喜悦。", id="把握一点点"),
    pytest.param("我想从三点钟的那次座谈会讲起。", id="从三点钟"),
]


@pytest.mark.parametrize("sentence", NOT_ANNOUNCEMENTS)
def test_not_announcements(sentence: str) -> None:
    assert find_announcements(sentence, whole(sentence), []) == ([], [])


def test_only_inside_body() -> None:
    text = "我讲三点意见。\n我讲两点意见。"
    (found,), _ = find_announcements(text, (8, len(text)), [])
    assert found.count == 2


# ---------------------------------------------------------------- linking

SPEECH = "同志们：今天我讲三点意见。\n一、抓学习。要学深悟透。\n二、抓落实。要真抓实干。\n三、抓作风。要严字当头。"


def sections(text: str, *pairs: tuple[str, str]) -> list[Node]:
    heads = [(m, h) for m, h in pairs]
    out = []
    for i, (marker, heading) in enumerate(heads):
        end = heads[i + 1][0] + heads[i + 1][1] if i + 1 < len(heads) else None
        out.append(node(text, marker, heading, end=end))
    return out


def test_preamble_announces_the_top_level_list() -> None:
    nodes = sections(SPEECH, ("一、", "抓学习"), ("二、", "抓落实"), ("三、", "抓作风"))
    (found,), warnings = find_announcements(SPEECH, whole(SPEECH), nodes)
    assert (found.count, found.found, found.target) == (3, 3, nodes[0].marker_span)
    assert warnings == []


def test_count_mismatch_is_reported() -> None:
    text = SPEECH.replace("三点意见", "四点意见")
    nodes = sections(text, ("一、", "抓学习"), ("二、", "抓落实"), ("三、", "抓作风"))
    (found,), (warning,) = find_announcements(text, whole(text), nodes)
    assert (found.count, found.found) == (4, 3)
    assert warning.code is DiagnosticCode.ANNOUNCED_COUNT_MISMATCH
    assert warning.span == found.span
    assert "4" in warning.message and "3" in warning.message


def test_announcement_inside_a_section_announces_its_children() -> None:
    text = ("一、回顾工作。过去一年成绩明显。\n二、部署任务。重点抓好以下三个方面：\n"
            "（一）稳增长。要扩大有效投资。\n（二）促改革。要深化重点领域改革。\n（三）惠民生。要办好民生实事。")
    kids = [node(text, "（一）", "稳增长", level=2, end="（二）"), node(text, "（二）", "促改革", level=2, end="（三）"),
            node(text, "（三）", "惠民生", level=2)]
    nodes = [node(text, "一、", "回顾工作", end="二、"), node(text, "二、", "部署任务", children=tuple(kids))]
    (found,), warnings = find_announcements(text, whole(text), nodes)
    assert (found.text, found.count, found.found, found.target) == (
        "重点抓好以下三个方面：", 3, 3, kids[0].marker_span)
    assert warnings == []


def test_links_to_the_first_run_after_the_announcement() -> None:
    text = ("一、加强队伍建设。一是强化培训。二是严格管理。要做到以下几点：\n"
            "1.讲政治。要对党忠诚。\n2.重公道。要公道正派。")
    points = [node(text, "一是", "强化培训", level=2, kind=NodeKind.POINT, end="二是"),
              node(text, "二是", "严格管理", level=2, kind=NodeKind.POINT, end="要做到")]
    items = [node(text, "1.", "讲政治", level=2, end="2."), node(text, "2.", "重公道", level=2)]
    nodes = [node(text, "一、", "加强队伍建设", children=(*points, *items))]
    (found,), warnings = find_announcements(text, whole(text), nodes)
    assert (found.count, found.found, found.target) == (None, 2, items[0].marker_span)
    assert warnings == []


def test_no_list_after_the_announcement() -> None:
    text = "一、抓学习。要学深悟透。\n二、抓落实。这里我再强调两点。大家要认真落实。"
    nodes = sections(text, ("一、", "抓学习"), ("二、", "抓落实"))
    (found,), warnings = find_announcements(text, whole(text), nodes)
    assert (found.count, found.found, found.target) == (2, None, None)
    assert warnings == []


def test_inline_list_that_switches_words_is_one_list() -> None:
    text = "在具体落实中要做到以下几点：一要抓统筹。二要抓协调。三是抓督查。四是抓考核。"
    words = [("一要", "抓统筹", NodeKind.DIRECTIVE), ("二要", "抓协调", NodeKind.DIRECTIVE),
             ("三是", "抓督查", NodeKind.POINT), ("四是", "抓考核", NodeKind.POINT)]
    nodes = [node(text, m, h, kind=k, end=words[i + 1][0] if i + 1 < len(words) else None)
             for i, (m, h, k) in enumerate(words)]
    (found,), _ = find_announcements(text, whole(text), nodes)
    assert found.found == 4


RUNS = [
    pytest.param([("一是", NodeKind.POINT), ("二是", NodeKind.POINT), ("1.", NodeKind.SECTION)], 2,
                 id="family-changes"),
    pytest.param([("1.", NodeKind.SECTION), ("2.", NodeKind.SECTION), ("1.", NodeKind.SECTION)], 2,
                 id="numbering-restarts"),
    pytest.param([("（一）", NodeKind.SECTION), ("(二)", NodeKind.SECTION), ("（三）", NodeKind.SECTION)], 3,
                 id="bracket-widths-mixed"),
    pytest.param([("一要", NodeKind.DIRECTIVE), ("三是", NodeKind.POINT)], 1, id="switch-without-counting-on"),
]


@pytest.mark.parametrize(("markers", "length"), RUNS)
def test_run_length(markers: list[tuple[str, NodeKind]], length: int) -> None:
    text = "我讲几点意见。" + "".join(f"{m}第{i}项。" for i, (m, _) in enumerate(markers))
    nodes = [node(text, m, f"第{i}项", kind=k, end=f"{markers[i + 1][0]}第{i + 1}项" if i + 1 < len(markers) else None)
             for i, (m, k) in enumerate(markers)]
    (found,), _ = find_announcements(text, whole(text), nodes)
    assert found.found == length


@pytest.mark.skipif(not GOLD.exists(), reason="gold outlines not available")
def test_seed_announcement_matches_gold_count() -> None:
    text = (ROOT / "seeds" / "001_ea13a1839fb37cfd.txt").read_text(encoding="utf-8")
    gold = (GOLD / "001_ea13a1839fb37cfd.outline").read_text(encoding="utf-8")
    announced = int(re.search(r"^@announced (\d+)", gold, re.MULTILINE).group(1))
    starts = [m.start() for m in re.finditer(r"^[一二三四五六七八九十]+、", text, re.MULTILINE)]
    nodes = [Node(kind=NodeKind.SECTION, marker=text[s:s + 2], ordinal=i + 1, level=1, heading=text[s + 2:s + 6],
                  heading_span=(s + 2, s + 6), marker_span=(s, s + 2),
                  span=(s, starts[i + 1] - 1 if i + 1 < len(starts) else len(text))) for i, s in enumerate(starts)]
    found, warnings = find_announcements(text, (0, len(text)), nodes)
    first = found[0]
    assert (first.count, first.found) == (announced, announced)
    assert warnings == []


# ---------------------------------------------------------------- traditional characters
# Cues are matched on fold(text); the announcement's text is the original, traditional clause.

TRAD_FORMS = [
    pytest.param("會上，我著重強調三點意見。", "我著重強調三點意見。", 3, id="強調三點意見"),
    pytest.param("具體工作中，重點抓好四個方面：", "重點抓好四個方面：", 4, id="抓好四個方面"),
    pytest.param("結合分管工作，講以下幾點體會。", "講以下幾點體會。", None, id="講以下幾點體會"),
    pytest.param("我從三個方面談談學習體會。", "我從三個方面談談學習體會。", 3, id="從三個方面"),
    pytest.param("我簡要講兩點意見。", "我簡要講兩點意見。", 2, id="兩點"),
    pytest.param("為此，我講3點意見。", "我講3點意見。", 3, id="digit-count"),
    pytest.param("大家要處理好三個關係：", "大家要處理好三個關係：", 3, id="處理好三個關係"),
    pytest.param("我說說五個字", "我說說五個字", 5, id="說說五個字"),
]


@pytest.mark.parametrize(("sentence", "clause", "count"), TRAD_FORMS)
def test_traditional_announcement_forms(sentence: str, clause: str, count: int | None) -> None:
    text = f"同志們：{sentence}"
    (found,), warnings = find_announcements(text, whole(text), [])
    assert (found.text, found.count) == (clause, count)
    assert text[found.span[0]:found.span[1]] == found.text
    assert warnings == []


@pytest.mark.parametrize("sentence", [
    pytest.param("要嚴格落實三項制度改革。", id="named-thing-after-count"),
    pytest.param("這是第三點要求。", id="ordinal"),
    pytest.param("要提高三個能力。", id="提-inside-提高"),
    pytest.param("要從一點一滴做起，嚴格要求自己。", id="從一點一滴"),
])
def test_traditional_not_announcements(sentence: str) -> None:
    assert find_announcements(sentence, whole(sentence), []) == ([], [])


TRAD_SPEECH = "同志們：下面我講三點意見。\n一、強基礎。要夯實根基。\n二、補短板。要查漏補缺。\n三、促發展。要擴大投資。"


def test_traditional_announcement_links_to_its_list() -> None:
    nodes = sections(TRAD_SPEECH, ("一、", "強基礎"), ("二、", "補短板"), ("三、", "促發展"))
    (found,), warnings = find_announcements(TRAD_SPEECH, whole(TRAD_SPEECH), nodes)
    assert (found.text, found.count, found.found, found.target) == ("下面我講三點意見。", 3, 3, nodes[0].marker_span)
    assert warnings == []


def test_traditional_count_mismatch_is_reported() -> None:
    text = TRAD_SPEECH.replace("三點意見", "四點意見")
    nodes = sections(text, ("一、", "強基礎"), ("二、", "補短板"), ("三、", "促發展"))
    (found,), (warning,) = find_announcements(text, whole(text), nodes)
    assert (found.text, found.count, found.found) == ("下面我講四點意見。", 4, 3)
    assert warning.code is DiagnosticCode.ANNOUNCED_COUNT_MISMATCH and warning.span == found.span


def test_cues_read_in_traditional_forms_need_no_folded_text() -> None:
    """Cues are found in the original text (each cue folded alone), which holds while the clause
    punctuation and white space fold to themselves, and 兩 幾 from the fold table are counts."""
    pairs = json.loads(TABLE_PATH.read_text(encoding="utf-8"))["pairs"]
    kept = CLAUSE_BREAKS + CLAUSE_ENDS
    assert not [k for k, v in pairs.items() if k in kept or v in kept or k.isspace() or v.isspace()]
    for text, count in (("我講兩點意見。", 2), ("談幾點體會。", None), ("從三個方麵談。", 3)):
        (found,), _ = find_announcements(text, whole(text), [])
        assert found.count == count
