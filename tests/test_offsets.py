"""Offsets into the caller's string: repaired inputs (hard-wrapped, CRLF, zero-width characters) give
spans into the string passed to `parse`, never into the repair."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import orgdoc
from orgdoc.chunks import chunk
from orgdoc.normalize import OffsetMap, repair
from tests.test_properties import SEEDS, check_outline

TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
INVISIBLE = ["\u200b", "\u200d", "\ufeff", "\u2060", "\u00ad"]


def hard_wrap(text: str, width: int) -> str:
    return "\n".join(line[i:i + width] for line in text.split("\n") for i in range(0, max(len(line), 1), width))


def sprinkle(text: str, picks: list[tuple[float, str]]) -> str:
    """Invisible characters put in at the given fractions of the text."""
    cuts = sorted({int(f * len(text)) for f, _ in picks})
    parts, last = [], 0
    for cut, (_, ch) in zip(cuts, picks):
        parts += [text[last:cut], ch]
        last = cut
    return "".join(parts) + text[last:]


def flat(s: str) -> str:
    """What the repair removes from a heading: line breaks, CRs and invisible characters."""
    return re.sub("[\r\n\u200b\u200d\ufeff\u2060\u00ad]", "", s)


damaged = st.tuples(
    st.sampled_from(range(len(TEXTS))),
    st.sampled_from(["wrap", "pages", "crlf", "invisible", "all"]),
    st.integers(20, 45),
    st.lists(st.tuples(st.floats(0, 1), st.sampled_from(INVISIBLE)), min_size=1, max_size=30),
)


def paged(text: str, lines: int) -> str:
    """A page number and a running header after every `lines` lines, as a PDF's text holds them."""
    rows = text.split("\n")
    pages = [rows[i:i + lines] for i in range(0, len(rows), lines)]
    return "\n".join("\n".join([*page, f"- {k + 1} -", f"某某市人民政府公报　2024年第{k + 1}期"])
                     for k, page in enumerate(pages))


def damage(k: int, how: str, width: int, picks: list[tuple[float, str]]) -> str:
    text = TEXTS[k]
    if how in ("wrap", "pages", "all"):
        text = hard_wrap(text, width)
    if how in ("pages", "all"):
        text = paged(text, 40)  # a page of 40 lines: 800 to 1,800 characters
    if how in ("invisible", "all"):
        text = sprinkle(text, picks)
    if how in ("crlf", "all"):
        text = text.replace("\n", "\r\n")
    return text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged)
def test_repaired_inputs_give_spans_into_the_callers_string(case: tuple) -> None:
    text = damage(*case)
    outline = orgdoc.parse(text)
    assert outline.source.repaired
    assert outline.source.length == len(text)
    check_outline(text, outline)  # text[heading_span] == heading, nesting, tiling: in the caller's string


@pytest.mark.parametrize("how", ["crlf", "invisible"])
@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_characters_repaired_keep_the_outline(k: int, how: str) -> None:
    """CRLF and invisible characters change no heading beyond the characters themselves."""
    text = damage(k, how, 0, [(i / 40, INVISIBLE[i % 5]) for i in range(40)])
    clean = [(n.marker, n.heading) for n in orgdoc.parse(TEXTS[k]).walk()]
    damaged = [(flat(n.marker or "") or None, flat(n.heading)) for n in orgdoc.parse(text).walk()]
    assert damaged == clean


CASES = [
    # input, the marker and heading of the first node, verbatim from the input
    ("一、加强\u200b组织领导。各级党委要负总责。\n二、强化督查。", "一、", "加强\u200b组织领导"),
    ("一\u200b、加强组织领导。\r\n二、强化督查。", "一\u200b、", "加强组织领导"),
    ("\ufeff一、加强组织领导\r\n各级党委要负总责。\r\n二、强化督查\r\n", "一、", "加强组织领导"),
]


@pytest.mark.parametrize("text,marker,heading", CASES)
def test_verbatim_from_the_input(text: str, marker: str, heading: str) -> None:
    node = orgdoc.parse(text).children[0]
    assert (node.marker, node.heading) == (marker, heading)
    assert text[node.heading_span[0]:node.heading_span[1]] == heading
    assert node.marker_span is not None and text[node.marker_span[0]:node.marker_span[1]] == marker


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab一、\r\n \u200b\ufeff\u00a0\u2028")), max_size=80))
def test_offset_map_finds_each_kept_character(text: str) -> None:
    """Every repaired character maps back to its own character in the input (a CR turned LF to
    itself), and forth again."""
    repaired = repair(text)
    offsets = repaired.offsets if repaired.changed else OffsetMap()
    for i, ch in enumerate(repaired.text):
        j = offsets.back(i)
        assert text[j] == ch or (ch == "\n" and text[j] in "\r\u2028") or (ch == " " and text[j] == "\u00a0")
        assert offsets.forth(j) == i
    assert offsets.back(len(repaired.text)) == len(text)


def test_heading_joined_across_a_page_break_stops_before_the_furniture() -> None:
    """A wrapped heading cut by a page's number and running header (met on every page): the repair
    joins its two halves, but a quote of the input cannot leave the furniture out, so the heading
    ends before it."""
    page = "\n".join(["乙" * 30] * 15) + "\n乙乙。"
    furniture = "第{0}页 共4页\n某某市人民政府公报　2024年第{0}期"
    heading = "其次，完善工作机制，健全考核评价体系，推动全市各项任务落实落"  # 30 characters: a full line
    pages = [f"首先，{'丙' * 27}\n{page}", f"{page}\n{heading}", f"地见效。{'丁' * 26}\n{page}", page]
    text = "\n".join(f"{p}\n{furniture.format(k + 1)}" for k, p in enumerate(pages)) + "\n"
    outline = orgdoc.parse(text)
    assert any(w.message.startswith("removed 8") for w in outline.warnings)
    node = next(n for n in outline.walk() if n.marker and n.marker.startswith("其次"))
    assert node.heading == heading[3:]
    assert text[node.heading_span[0]:node.heading_span[1]] == node.heading
    check_outline(text, outline)
    # The furniture deleted stays in the text as boilerplate regions, in the node or between nodes,
    # and a chunk leaves it out as it leaves out any boilerplate.
    furniture = [text[a:b] for a, b in (r.span for r in outline.regions if r.label == "page furniture")]
    assert furniture == [line for k in range(1, 5) for line in furniture_lines(k)]
    chunked = "".join(c.text for c in chunk(outline))
    assert "完善工作机制" in chunked and "地见效" in chunked
    assert "公报" not in chunked and "页 共" not in chunked


def furniture_lines(k: int) -> list[str]:
    return [f"第{k}页 共4页", f"某某市人民政府公报　2024年第{k}期"]
