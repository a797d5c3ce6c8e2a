"""Layout repair: damaged copies of the seed speeches come back to the clean form."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgdoc.fold import RADICALS
from orgdoc.normalize import Repaired, _opens_paragraph, repair

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
SEED_IDS = [path.stem[:3] for path in SEEDS]

# What repair may drop or turn into a line break, for the no-character-lost property: whitespace
# (line breaks, NBSP) and the invisible format characters the module documents as removed.
IGNORED = re.compile(r"[\s\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def read_seed(path: Path) -> str:
    return path.read_text(encoding="utf-8")


NARROW = str.maketrans("，；：！？（）", ",;:!?()")  # repair widens ASCII punctuation beside Chinese


def trimmed_seed(path: Path) -> str:
    """A seed without the spaces that end its lines (which repair drops anyway): the text a wrapper cuts."""
    return re.sub(r"[ \t\u3000]+(?=\n|$)", "", read_seed(path))


# --- wrappers that damage a clean text the way real tools do ------------------------------------------


def columns(text: str) -> int:
    """Display width: wide and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def chunks_by_characters(line: str, width: int) -> list[str]:
    """Cut every `width` code points, as a naive exporter does."""
    return [line[i : i + width] for i in range(0, len(line), width)] or [""]


def chunks_by_columns(line: str, width: int) -> list[str]:
    """Greedy cut at `width` display columns: a wide character that does not fit moves down."""
    chunks, current, used = [], "", 0
    for ch in line:
        if used + columns(ch) > width:
            chunks.append(current)
            current, used = "", 0
        current += ch
        used += columns(ch)
    return [*chunks, current]


NO_LINE_START = set("，。、；：？！”）,.;:?!)")


def chunks_with_kinsoku(line: str, width: int) -> list[str]:
    """Cut every `width` code points, but never start a line with punctuation (stop one early)."""
    chunks, start = [], 0
    while len(line) - start > width:
        cut = start + width - (line[start + width] in NO_LINE_START)
        chunks.append(line[start:cut])
        start = cut
    return [*chunks, line[start:]]


Chunker = Callable[[str, int], list[str]]


def hard_wrap(text: str, chunker: Chunker, width: int) -> str:
    return "\n".join(chunk for line in text.split("\n") for chunk in chunker(line, width))


def expected_unwrap(
    text: str, chunker: Chunker, width: int, looks_full: Callable[[str, str], bool]
) -> tuple[str, int]:
    """The best any repair can do from the wrapped copy, and how many original breaks it must lose.

    An original paragraph whose last chunk looks full (`looks_full(chunk, next line)`: it reached
    the width, or the next line's first character would not have fitted) is indistinguishable from
    a paragraph cut by the wrapper, so its break to the next line is joined — unless the break
    follows a sentence end and the next line opens with a heading marker or an indent, which the
    repair always keeps as a paragraph break (so a wrapper's cut there by chance stays a break too).
    A wrapped-off chunk of nothing but spaces stays on its own line: it looks like a blank line.
    """
    parts: list[str] = []
    previous: str | None = None
    lost = 0
    for line in text.split("\n"):
        for position, chunk in enumerate(chunker(line, width)):
            if previous is not None:
                if not chunk.strip() or not previous.strip():
                    parts.append("\n")  # never across a blank line
                elif _opens_paragraph(previous, chunk):
                    parts.append("\n")  # a sentence end, then a heading marker or an indent: kept
                    lost += position > 0  # …even where the wrapper cut there by chance
                elif position > 0:
                    parts.append("")  # the wrapper's own cut
                elif looks_full(previous, chunk):
                    parts.append("")  # an original break that looks like a cut
                    lost += 1
                else:
                    parts.append("\n")
            parts.append(chunk)
            previous = chunk
    return "".join(parts), lost


def full_by_characters(width: int, slack: int = 0) -> Callable[[str, str], bool]:
    return lambda chunk, following: len(chunk) >= width - slack


def full_by_columns(width: int) -> Callable[[str, str], bool]:
    return lambda chunk, following: columns(chunk) + columns(following[0]) > width


WRAPPERS = [
    pytest.param(chunks_by_characters, 30, full_by_characters(30), "width 30)", id="30-characters"),
    pytest.param(chunks_by_columns, 40, full_by_columns(40), "width 40 display columns", id="40-columns"),
    pytest.param(chunks_by_columns, 35, full_by_columns(35), "width 35 display columns", id="35-columns"),
    # Kinsoku stops lines one early before punctuation; the detected slack of one makes lines of 29
    # full too, so paragraphs ending at 29 characters are ambiguous as well.
    pytest.param(chunks_with_kinsoku, 30, full_by_characters(30, slack=1), "width 30)", id="30-kinsoku"),
]


# --- character repair ---------------------------------------------------------------------------------

CHARACTER_CASES = [
    ("crlf", "同志们：\r\n一、总体要求\r\n", "同志们：\n一、总体要求\n", "CRLF"),
    ("lone-cr", "同志们：\r一、总体要求", "同志们：\n一、总体要求", "lone CR"),
    ("mixed-breaks", "甲\r\n乙\r丙\n丁", "甲\n乙\n丙\n丁", "CRLF"),
    ("line-separator", "一、总体要求\u2028二、主要任务", "一、总体要求\n二、主要任务", "line separator"),
    (
        "paragraph-separator",
        "一、总体要求\u2029二、主要任务",
        "一、总体要求\n二、主要任务",
        "paragraph separator",
    ),
    ("form-feed", "第一页。\f第二页。", "第一页。\n第二页。", "form feed"),
    ("zero-width-in-marker", "一\u200b、总体要求", "一、总体要求", "zero-width"),
    ("zero-width-joiner", "（\u200d一）加强领导", "（一）加强领导", "zero-width"),
    ("bom-at-start", "\ufeff同志们：", "同志们：", "zero-width"),
    ("bom-mid-text", "同志们：\n\ufeff一、总体要求", "同志们：\n一、总体要求", "zero-width"),
    ("word-joiner", "一是\u2060加强学习", "一是加强学习", "zero-width"),
    ("kangxi-radicals", "\u2f00、\u2f2f作\u2f6c标\n\u2f06、任务", "一、工作目标\n二、任务", "radical"),
    ("supplement-radicals", "\u2ed3期坚持\u2ed4槛", "长期坚持门槛", "radical"),
    ("soft-hyphen", "组织\u00ad工作", "组织工作", "zero-width"),
    ("nbsp", "第一\u00a0部分", "第一 部分", "no-break"),
    ("nbsp-count-kept", "a\u00a0\u00a0b", "a  b", "no-break"),
]


@pytest.mark.parametrize(
    ("text", "expected", "note_word"), [c[1:] for c in CHARACTER_CASES], ids=[c[0] for c in CHARACTER_CASES]
)
def test_character_repair(text: str, expected: str, note_word: str) -> None:
    result = repair(text)
    assert result.text == expected
    assert result.changed is True
    assert any(note_word in note for note in result.notes), result.notes


def test_notes_count_each_kind() -> None:
    result = repair("甲\r\n乙\r\n丙\u200b\u200b丁\u00a0")
    assert result.notes == (
        "converted 2 CRLF line breaks",
        "removed 2 zero-width or invisible format characters",
        "replaced 1 no-break spaces with spaces",
    )


CLEAN_CASES = [
    ("empty", ""),
    ("one-line", "同志们：今天召开会议。一、总体要求。二、主要任务。"),
    ("ideographic-space-kept", "\u3000\u3000一、总体要求\n\u3000\u3000（一）加强领导"),
    ("full-width-forms-kept", "１．总体要求\n（１）加强领导\n一 、空格在标记里"),
    ("ascii-between-latin-and-digits-kept", "会议时间10:30, see f(x)."),
    ("traditional-kept", "一、總體要求\n二、主要任務"),
    ("trailing-newline", "一、总体要求\n"),
]


@pytest.mark.parametrize("text", [c[1] for c in CLEAN_CASES], ids=[c[0] for c in CLEAN_CASES])
def test_clean_text_is_returned_as_is(text: str) -> None:
    result = repair(text)
    assert result == Repaired(text, False, ())
    assert result.text is text


@pytest.mark.parametrize("path", SEEDS, ids=SEED_IDS)
def test_clean_seed_is_unchanged(path: Path) -> None:
    """A clean seed loses only the spaces that end its lines and has ASCII punctuation beside Chinese
    widened, silently."""
    seed = read_seed(path)
    result = repair(seed)
    trimmed = re.sub(r"[ \t\u3000]+(?=\n|$)", "", seed)
    assert len(result.text) == len(trimmed) and result.text.translate(NARROW) == trimmed.translate(NARROW)
    assert result.changed is (result.text != seed)
    assert result.notes == ()


WIDENED = [
    ("comma_and_colon", "工作,我们要求:加强领导", "工作，我们要求：加强领导"),
    ("paren_marker", "(一)落实责任", "（一）落实责任"),
    ("after_closing_quote", "“两个维护”,必须", "“两个维护”，必须"),
    ("digits_and_latin_kept", "10:30开会,a,b,f(x)", "10:30开会，a,b,f(x)"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in WIDENED], ids=[c[0] for c in WIDENED])
def test_ascii_punctuation_beside_chinese_is_widened_one_for_one(text: str, expected: str) -> None:
    result = repair(text)
    assert (result.text, result.changed, result.notes) == (expected, True, ())


TRAILING_SPACES = [
    ("line_ends", "一、提高认识 \u3000\n正文。\t\n二、狠抓落实", "一、提高认识\n正文。\n二、狠抓落实"),
    ("text_end", "正文。   ", "正文。"),
    ("blank_line", "甲\n \u3000 \n乙", "甲\n\n乙"),
    ("inner_spaces_kept", "一 工业和农业\n乙", "一 工业和农业\n乙"),
    ("long_run_before_text", " " * 50_000 + "甲", " " * 50_000 + "甲"),  # one pass, not one per space
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TRAILING_SPACES], ids=[c[0] for c in TRAILING_SPACES])
def test_spaces_ending_lines_are_dropped_silently(text: str, expected: str) -> None:
    result = repair(text)
    assert (result.text, result.notes) == (expected, ())
    back = [result.offsets.back(i) for i in range(len(expected))]
    assert [text[k] for k in back] == list(expected)  # each kept character maps to itself
    assert back == sorted(set(back))


# --- hard wrapping ------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=SEED_IDS)
@pytest.mark.parametrize(("chunker", "width", "looks_full", "note"), WRAPPERS)
def test_wrapped_seed_is_restored(
    path: Path, chunker: Chunker, width: int, looks_full: Callable[[str, str], bool], note: str
) -> None:
    seed = trimmed_seed(path)
    wrapped = hard_wrap(seed, chunker, width)
    expected, lost = expected_unwrap(seed, chunker, width, looks_full)
    result = repair(wrapped)
    assert result.text.translate(NARROW) == expected.translate(NARROW)  # ASCII punctuation beside Chinese widened
    assert lost <= 3  # the ambiguity is a rare coincidence of lengths, not the bulk of the breaks
    assert result.changed is True
    assert len(result.notes) == 1 and note in result.notes[0], result.notes


@pytest.mark.parametrize("path", SEEDS, ids=SEED_IDS)
def test_damage_combined_is_restored(path: Path) -> None:
    seed = trimmed_seed(path)
    wrapped = hard_wrap(seed, chunks_by_characters, 30)
    damaged = "\ufeff" + wrapped.replace("、", "\u200b、").replace("\n", "\r\n")
    expected, _ = expected_unwrap(seed, chunks_by_characters, 30, full_by_characters(30))
    result = repair(damaged)
    assert result.text.translate(NARROW) == expected.translate(NARROW)
    assert [note.split()[0] for note in result.notes] == ["converted", "removed", "joined"]
    assert repair(result.text).changed is False  # the repaired text is clean: repair is idempotent


FULL = "甲" * 30  # a full line at width 30
WRAPPED_BODY = "\n".join(["乙" * 30] * 10) + "\n乙乙。"  # ten full lines: strong evidence of width 30

JOIN_CASES = [
    # (id, wrapped text, the text after repair)
    (
        "marker-after-full-line-joins",
        f"{WRAPPED_BODY}\n{FULL}\n二、主要任务",
        f"{WRAPPED_BODY}\n{FULL}二、主要任务",
    ),
    (
        "marker-after-short-line-stays",
        f"{WRAPPED_BODY}\n甲甲。\n二、主要任务",
        f"{WRAPPED_BODY}\n甲甲。\n二、主要任务",
    ),
    (
        "never-across-empty-line",
        f"{WRAPPED_BODY}\n{FULL}\n\n二、主要任务",
        f"{WRAPPED_BODY}\n{FULL}\n\n二、主要任务",
    ),
    (
        "never-across-blank-line",
        f"{WRAPPED_BODY}\n{FULL}\n \u3000\n二、主要任务",
        f"{WRAPPED_BODY}\n{FULL}\n\n二、主要任务",  # the blank line's spaces dropped, the break kept
    ),
    ("number-cut-by-width", f"{WRAPPED_BODY}\n{'甲' * 28}20\n20年", f"{WRAPPED_BODY}\n{'甲' * 28}2020年"),
    ("ascii-cut-by-width", f"{WRAPPED_BODY}\n{'甲' * 27}PDF\n格式", f"{WRAPPED_BODY}\n{'甲' * 27}PDF格式"),
    ("overlong-line-stays", f"{WRAPPED_BODY}\n{'丙' * 60}\n丁丁。", f"{WRAPPED_BODY}\n{'丙' * 60}\n丁丁。"),
    # After a full line ending a sentence: a heading marker keeps the break, and so does an inline form
    # set apart by a space as heading lines are (第三件　…); run straight on into its sentence, it joins.
    ("full-sentence-then-marker-stays", f"{WRAPPED_BODY}\n{'甲' * 29}。\n二、主要任务",
     f"{WRAPPED_BODY}\n{'甲' * 29}。\n二、主要任务"),
    ("full-sentence-then-spaced-counted-stays", f"{WRAPPED_BODY}\n{'甲' * 29}。\n第三件\u3000修好道路",
     f"{WRAPPED_BODY}\n{'甲' * 29}。\n第三件\u3000修好道路"),
    ("full-sentence-then-counted-sentence-joins", f"{WRAPPED_BODY}\n{'甲' * 29}。\n第三件事是修好道路",
     f"{WRAPPED_BODY}\n{'甲' * 29}。第三件事是修好道路"),
    ("full-sentence-then-point-joins", f"{WRAPPED_BODY}\n{'甲' * 29}。\n一是修好道路",
     f"{WRAPPED_BODY}\n{'甲' * 29}。一是修好道路"),
    # A contents entry that fills the width ends in its page number: the next entry is a line of its own.
    ("contents-entry-then-marker-stays", f"{WRAPPED_BODY}\n第一章  {'甲' * 19}    12\n第二章  乙乙    15",
     f"{WRAPPED_BODY}\n第一章  {'甲' * 19}    12\n第二章  乙乙    15"),
]


PAGE_FURNITURE = {  # a page's furniture between two lines of a paragraph, as a PDF's text holds it
    "page-number": "- {} -",
    "page-of-pages": "第{}页 共9页",
    "running-header": "某某省人民政府公报　2024年第{}期",  # no cue word: met once a page, its digits aside
    "number-then-header": "— {0} —\n某某省人民政府公报　2024年第{0}期",
}


@pytest.mark.parametrize("name", sorted(PAGE_FURNITURE))
def test_page_furniture_in_a_wrapped_text_is_removed_and_the_paragraph_joined(name: str) -> None:
    body = "\n".join(["乙" * 30] * 15) + "\n乙乙。"  # a page's worth of text above the page's end
    pages = [f"{body}\n{FULL}\n{PAGE_FURNITURE[name].format(k)}\n{FULL}\n丁丁。" for k in range(1, 4)]
    text = "\n".join(pages)
    result = repair(text)
    page = f"{body.replace(chr(10), '')}\n{FULL}{FULL}丁丁。"
    assert result.text == "\n".join([page] * 3)
    assert any(note.startswith("removed") for note in result.notes)
    assert [text[result.offsets.back(k)] for k in range(len(result.text)) if result.text[k] != "\n"] == \
        [ch for ch in result.text if ch != "\n"]  # every kept character maps back to itself


def test_a_footer_after_a_short_last_page_is_still_a_running_header() -> None:
    # the footer ends every page, the last one too, which holds only what is left of the text
    page = "\n".join(["乙" * 30] * 15) + "\n乙乙。"
    pages = [page, page, page, "丙丙。"]
    text = "\n".join(f"{p}\n某某省人民政府公报　2024年第{k + 1}期" for k, p in enumerate(pages))
    assert "公报" not in repair(text).text


def test_a_sub_heading_every_part_repeats_is_kept_in_a_wrapped_text() -> None:
    # 主要任务 under every part: repeated once a page or so, but after a closed paragraph every time
    part = "\n".join(["乙" * 30] * 15) + "\n乙乙。"
    text = "\n".join(f"{k}、第{k}部分\n{part}\n主要任务\n{part}" for k in "一二三四")
    assert repair(text).text.count("主要任务") == 4


def test_a_line_met_only_pages_apart_is_no_running_header() -> None:
    # a line that comes back only every 15,000 characters (a note closing each of several pasted
    # articles) is no page's header: a page holds a few thousand characters
    part = "\n".join(["乙" * 30] * 500) + "\n乙乙。"
    text = "\n".join(f"{part}\n{'丙' * 29}\n来源：某某市人民政府网站2024年" for _ in range(4))
    assert repair(text).text.count("来源：某某市人民政府网站2024年") == 4


def test_a_short_line_repeated_line_after_line_is_no_running_header() -> None:
    # the rows of a table or a log repeat (digits aside) every other line: they are joined as usual
    rows = "\n".join([WRAPPED_BODY] + [f"{FULL}\n某某单位某某项目{k}" for k in range(4)])
    assert "某某单位某某项目0" not in repair(rows).text.split("\n")


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in JOIN_CASES], ids=[c[0] for c in JOIN_CASES])
def test_join_rules(text: str, expected: str) -> None:
    result = repair(text)
    assert result.text == expected.replace(WRAPPED_BODY, WRAPPED_BODY.replace("\n", ""))
    joins = text.count("\n") - result.text.count("\n")
    assert result.notes == (f"joined {joins} hard-wrapped lines (width 30)",)


def test_word_wrap_early_break_gets_its_space_back() -> None:
    # A kinsoku wrapper teaches the detector a slack of one; a line stopped one short between two
    # ASCII words lost the space the word wrapper dropped there.
    seed = read_seed(SEEDS[2])
    english = "甲" * 25 + " xyz abcd 乙乙乙。"
    wrapped = hard_wrap(seed, chunks_with_kinsoku, 30) + "\n" + "甲" * 25 + " xyz\nabcd 乙乙乙。"
    result = repair(wrapped)
    assert result.text.endswith("\n" + english)


SIMILAR_HEADINGS = [
    "新时代党的组织路线6句话、109个字",
    "强调必须扎实做好抓基层、打基础的工作",
    "公心归根到底是对党、对人民、对干部的责任心",
    "一些基层党组织创造力凝聚力战斗力不强",
    "把x市打造成为全省人才集聚的新高地",
    "在全面消除“基本掌柜”、“大概先生”的同时",
    "持续深化作风建设",
    "要在“管”上突出抓常抓细",
    "新时代党的组织路线贯通了组织、干部和人才工作",
    "具有丰富的体系化内涵",
    "从国内外顶尖高校中引进更多青年科技人才",
    "经常给年轻干部念念紧箍咒、打打预防针",
    "自觉把管党治党纳入发展全局",
    "为加快高质量发展提供了强大智力支撑",
    "党的十九大之后",
    "加强党对组织工作的领导",
    "坚持把严管作为最大的公道、最好的爱护",
]

NOT_WRAPPED_CASES = [
    ("speech-on-one-line", "同志们：" + "一、总体要求。" * 300),
    ("seven-equal-lines", "\n".join(["甲" * 30] * 7)),
    ("short-equal-lines", "\n".join(["名单甲乙丙丁戊己庚辛壬"] * 40)),  # width 11 < MIN_WRAP_WIDTH
    ("one-sentence-per-line", "\n".join(["要坚持以人民为中心的发展思想，扎实推进各项工作。"] * 20)),
    ("long-paragraphs", "\n".join(["一、总体要求", "甲" * 500, "二、主要任务", "乙" * 800] * 5)),
    # Eight of these lie within 17–19 characters, but only one is exactly 19: no wrapper made them.
    ("headings-of-similar-length", "\n".join(SIMILAR_HEADINGS)),
    ("spread-lengths", "\n".join("甲" * n + "。" for n in range(10, 200, 7))),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_WRAPPED_CASES], ids=[c[0] for c in NOT_WRAPPED_CASES])
def test_text_that_is_not_wrapped_is_left_alone(text: str) -> None:
    result = repair(text)
    assert result.changed is False
    assert result.text is text


# --- properties ---------------------------------------------------------------------------------------

PARAGRAPH_ALPHABET = list("一二三四五六七八九十、。，；：（）()是要第部分甲乙ab1 2.”—①")
ALPHABET = PARAGRAPH_ALPHABET + [
    "\n",
    "\n",
    "\n",
    "\r",
    "\f",
    "\u2028",
    "\u2029",
    "\x85",
    "\v",
    "\u3000",
    "\u00a0",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u00ad",
    "\u2060",
    "\u202e",
]


def without_ignored(text: str) -> str:
    """The text less what repair documents as dropped, with what it replaces one for one (radicals
    read as their characters, ASCII punctuation widened) in one form."""
    return IGNORED.sub("", text).translate(RADICALS).translate(str.maketrans("，；：！？（）", ",;:!?()"))


def check_no_character_lost(text: str) -> None:
    result = repair(text)
    assert without_ignored(result.text) == without_ignored(text)
    assert not re.search("[\r\f\v\x85\u2028\u2029\u00a0\u00ad\u200b-\u200f\u2060-\u2064\ufeff]", result.text)
    assert result.changed is (result.text is not text)
    assert result.changed is (bool(result.notes) or result.text != text)  # trailing spaces go silently


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=600))
def test_no_character_lost_on_any_text(text: str) -> None:
    check_no_character_lost(text)


@settings(max_examples=200, deadline=None)
@given(
    paragraphs=st.lists(
        st.text(alphabet=st.sampled_from(PARAGRAPH_ALPHABET), max_size=300), min_size=1, max_size=30
    ),
    width=st.integers(min_value=16, max_value=60),
    by_columns=st.booleans(),
)
def test_no_character_lost_on_wrapped_text(paragraphs: list[str], width: int, by_columns: bool) -> None:
    chunker = chunks_by_columns if by_columns else chunks_by_characters
    check_no_character_lost(hard_wrap("\n".join(paragraphs), chunker, width))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_no_character_lost_on_any_unicode(text: str) -> None:
    check_no_character_lost(text)
