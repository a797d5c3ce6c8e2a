"""fold(): traditional → simplified one character for one, so offsets hold; and its use by the stages.

The parity tests turn simplified texts (the seeds, invented speeches) into traditional ones with the
inverse of the fold table, and check that the envelope and the announcements come out the same:
same spans, counts and genre, and strings cut verbatim from the traditional text. With OpenCC
installed, the seeds in OpenCC's traditional, Taiwan and Hong Kong forms give the same outline.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import orgdoc
from orgdoc.announce import find_announcements
from orgdoc.envelope import find_envelope
from orgdoc.fold import TABLE_PATH, fold

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
PAIRS: dict[str, str] = json.loads(TABLE_PATH.read_text(encoding="utf-8"))["pairs"]
BEYOND_BMP = sorted(k for k in PAIRS if ord(k) > 0xFFFF)
# One traditional form for each simplified character: enough to test that the stages read fold(text).
TO_TRADITIONAL = str.maketrans({v: k for k, v in PAIRS.items()})

SPEECH = ("在全市组织工作会议上的讲话\n市委书记 王某某\n（2024年1月8日）\n同志们：\n今天召开会议。我讲三点意见。\n"
          "一、加强党的建设\n各单位要坚持问题导向，拿出务实管用的举措。\n二、强化干部队伍\n要严格管理，关心爱护。\n"
          "同志们，让我们团结奋斗！\n下载本文的word格式文档\n声明：本站部分内容来源于网络，如有侵权请联系删除。\n"
          "相关文章\n在全市统战工作会议上的讲话")


# ---------------------------------------------------------------- fold itself

FOLD_CASES = [
    pytest.param("我講三點意見", "我讲三点意见", id="announcement"),
    pytest.param("同志們，讓我們團結奮鬥！", "同志们，让我们团结奋斗！", id="closing"),
    pytest.param("為群眾辦實事，著力解決這裡的難題", "为群众办实事，著力解决这里的难题", id="taiwan-forms"),
    pytest.param("爲羣衆辦實事，這裏", "为群众办实事，这里", id="opencc-forms"),
    pytest.param("關於召開2024年度會議的通知", "关于召开2024年度会议的通知", id="於-and-digits"),
    pytest.param("一、加强党的建设（二）黨的建設", "一、加强党的建设（二）党的建设", id="mixed"),
    pytest.param("薴", "苎", id="chain-resolved"),
]


@pytest.mark.parametrize(("text", "folded"), FOLD_CASES)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("text", [
    "", "abc 123\n", "在全县安全生产工作会议上的讲话\n同志们：\n我讲三点意见。", "著名 瞭望 覆盖 藉此", SPEECH,
    *(p.read_text(encoding="utf-8") for p in SEEDS)])
def test_fold_returns_simplified_text_itself(text: str) -> None:
    assert fold(text) is text


def test_characters_also_used_in_simplified_take_opencc_first_choice() -> None:
    # OpenCC lists the character itself second for these: 关于, not 关於; 乾隆 reads 干隆, which only
    # matters to matching, since returned strings are cut from the original text.
    assert fold("關於 对於 乾隆 徵求") == "关于 对于 干隆 征求"


def test_fold_outside_the_bmp() -> None:
    key = BEYOND_BMP[0]
    assert fold(f"a{key}b") == f"a{PAIRS[key]}b"
    between = next(chr(c) for c in range(ord(BEYOND_BMP[0]), ord(BEYOND_BMP[-1])) if chr(c) not in PAIRS)
    text = f"讲话{between}"
    assert fold(text) is text  # in the range searched for, but not a key


def test_table_is_one_to_one_on_han_characters() -> None:
    assert len(PAIRS) > 3000
    for key, value in PAIRS.items():
        assert len(key) == len(value) == 1 and key != value
        assert unicodedata.category(key) == unicodedata.category(value) == "Lo"
        assert value not in PAIRS  # chains resolved: one pass of str.translate is the whole fold


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_fold_keeps_length_of_any_text(text: str) -> None:
    assert len(fold(text)) == len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from(sorted(PAIRS))), max_size=200))
def test_fold_is_per_character_and_idempotent(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert all(f == fold(c) for f, c in zip(folded, text))
    assert fold(folded) == folded


# ---------------------------------------------------------------- the stages read folded text


def traditional(text: str) -> str:
    out = text.translate(TO_TRADITIONAL)
    assert fold(out) == text and out != text
    return out


def assert_same_envelope(simplified: str) -> None:
    text = traditional(simplified)
    ours, theirs = find_envelope(text), find_envelope(simplified)
    assert (ours.regions, ours.body, ours.genre, ours.date) == (
        theirs.regions, theirs.body, theirs.genre, theirs.date)
    for name in ("title", "subtitle", "speaker", "occasion"):
        got, want = getattr(ours, name), getattr(theirs, name)
        assert got == (want.translate(TO_TRADITIONAL) if want else want), name
        assert got is None or got in text.replace("\n", " ")  # verbatim: cut from the traditional text


def assert_same_announcements(simplified: str) -> None:
    text = traditional(simplified)
    outline = orgdoc.parse(simplified)
    body = (0, len(text))
    ours, ours_warnings = find_announcements(text, body, outline.children)
    theirs, their_warnings = find_announcements(simplified, body, outline.children)
    assert [(a.span, a.count, a.found, a.target) for a in ours] == [
        (a.span, a.count, a.found, a.target) for a in theirs]
    assert all(a.text == text[a.span[0]:a.span[1]] for a in ours)
    assert ours_warnings == their_warnings


@pytest.mark.parametrize("simplified", [SPEECH, *(p.read_text(encoding="utf-8") for p in SEEDS)],
                         ids=["speech", *(p.stem[:3] for p in SEEDS)])
def test_traditional_text_gives_the_same_envelope_and_announcements(simplified: str) -> None:
    assert_same_envelope(simplified)
    assert_same_announcements(simplified)


def test_traditional_speech_end_to_end() -> None:
    text = traditional(SPEECH)
    outline = orgdoc.parse(text)
    assert (outline.title, outline.occasion, outline.genre) == (
        "在全市組織工作會議上的講話", "全市組織工作會議", "讲话")
    (announcement,) = outline.announcements
    assert (announcement.text, announcement.count, announcement.found) == ("我講三點意見。", 3, 2)


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_seeds_in_opencc_traditional_give_the_same_outline(config: str) -> None:
    opencc = pytest.importorskip("opencc")
    converter = opencc.OpenCC(config)
    for seed in SEEDS:
        simplified = seed.read_text(encoding="utf-8")
        text = converter.convert(simplified)
        if len(text) != len(simplified):
            continue  # a phrase rule changed the length: offsets cannot be compared
        ours, theirs = orgdoc.parse(text), orgdoc.parse(simplified)
        assert shape(ours) == shape(theirs), seed.name
        assert (ours.title is None, ours.speaker is None, ours.occasion is None) == (
            theirs.title is None, theirs.speaker is None, theirs.occasion is None)


def shape(outline: orgdoc.Outline) -> tuple[object, ...]:
    """Everything in an outline but its strings: spans, kinds, levels, counts, genre, date."""
    def nodes(ns: list[orgdoc.Node]) -> list[object]:
        return [(n.kind, n.level, n.span, n.heading_span, n.marker_span, n.ordinal, nodes(n.children)) for n in ns]
    return (outline.genre, outline.date, [(r.kind, r.span, r.label) for r in outline.regions],
            [(a.span, a.count, a.found, a.target) for a in outline.announcements],
            [(w.code, w.span) for w in outline.warnings], nodes(outline.children))


@given(st.lists(st.sampled_from([*sorted(PAIRS)[:50], "中", "国", "的", "\U00020000", "a", "\n"]), max_size=300),
       st.integers(min_value=0, max_value=200))
def test_sparse_and_dense_texts_fold_alike(chars: list[str], padding: int) -> None:
    from orgdoc import fold as folding

    text = "".join(chars) + "的" * padding * 10  # few traditional characters (spliced) or many (translated)
    assert fold(text) == folding._translated(text)
