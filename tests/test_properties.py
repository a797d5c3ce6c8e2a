"""Invariants that hold for any input: parsing never crashes, offsets are valid, nothing is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import orgdoc
from orgdoc.models import Node, Outline
from orgdoc.normalize import blank
from tests.outline_text import dedent, outline_text

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))

# Characters that make markers and boundaries, so random text hits the interesting paths often.
MARKER_ALPHABET = list("一二三四五六七八九十、．.（）()〔〕1234567890①②③⑴⑵是要抓第其首先次再最后部分章节条"
                       "：:，,。；;！？“”——●■ \n\u3000\t")
marker_soup = st.text(alphabet=st.sampled_from(MARKER_ALPHABET), max_size=300)
any_text = st.text(max_size=300)


def seed_with_noise() -> st.SearchStrategy[str]:
    """A seed with random text spliced in at a random place."""
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    return st.tuples(st.sampled_from(texts), st.floats(0, 1), marker_soup).map(
        lambda t: t[0][:int(len(t[0]) * t[1])] + t[2] + t[0][int(len(t[0]) * t[1]):])


def check_node(text: str, node: Node, bounds: tuple[int, int], level: int) -> None:
    s, e = node.span
    assert bounds[0] <= s <= e <= bounds[1], (node.span, bounds)
    hs, he = node.heading_span
    assert text[hs:he] == node.heading
    assert s <= hs <= he <= e
    assert node.level == level
    if node.marker is not None and node.marker_span is not None:
        assert text[node.marker_span[0]:node.marker_span[1]] == node.marker
        assert node.marker_span[0] == s
    previous_end = s
    for child in node.children:
        assert child.span[0] >= previous_end, "children follow each other in order"
        check_node(text, child, (s, e), level + 1)
        previous_end = child.span[1]


def check_outline(text: str, outline: Outline) -> None:
    previous_end = 0
    for node in outline.children:
        assert node.span[0] >= previous_end
        check_node(text, node, (0, len(text)), 1)
        previous_end = node.span[1]
    check_coverage(text, outline)


def check_coverage(text: str, outline: Outline) -> None:
    """Regions (title, boilerplate, preamble, closing …) and top-level nodes tile the text.

    Boilerplate found between the body's paragraphs (an advert in mid-text), a table or a table of
    contents inside the body lies inside the node whose text it interrupts; regions never overlap each other. Between spans lie only whitespace
    and the invisible characters repair removed (a zero-width space alone on a line).
    """
    nodes = [n.span for n in outline.children]
    regions = [r.span for r in outline.regions]
    assert all(a[1] <= b[0] for a, b in zip(sorted(regions), sorted(regions)[1:])), "regions overlap"
    inside = {r.span for r in outline.regions if r.kind.value in ("boilerplate", "table", "contents")
              and any(s <= r.span[0] and r.span[1] <= e for s, e in nodes)}
    spans = sorted([s for s in regions if s not in inside] + nodes)
    position = 0
    for s, e in spans:
        assert s >= position, f"overlap at {s}: {text[s:s + 20]!r}"
        assert blank(text[position:s]), f"text lost at {position}: {text[position:s][:40]!r}"
        position = e
    assert blank(text[position:]), f"text lost at the end: {text[position:][:40]!r}"


def check_parse(text: str) -> Outline:
    """Offsets refer to the string the caller passed, repaired (zero-width removed …) or not."""
    outline = orgdoc.parse(text, include_text=True)
    assert outline.source.text == text
    assert outline.source.length == len(text)
    check_outline(text, outline)
    return outline


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(marker_soup)
def test_marker_soup_parses_with_valid_offsets(text: str) -> None:
    check_parse(text)


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_any_unicode_parses_with_valid_offsets(text: str) -> None:
    check_parse(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed_with_noise())
def test_seeds_with_noise_keep_invariants(text: str) -> None:
    check_parse(text)


def test_seeds_keep_invariants() -> None:
    assert SEEDS
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        assert check_parse(text).source.text == text  # a clean seed is not repaired


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | st.text(max_size=200).map(lambda s: s.encode("gb18030")))
def test_random_bytes_parse_or_raise_the_library_error(data: bytes) -> None:
    """Any bytes: an outline whose offsets hold, or an OrgdocError that names the input."""
    try:
        outline = orgdoc.parse_bytes(data, name="random.bin", include_text=True)
    except orgdoc.OrgdocError as exc:
        assert str(exc).endswith("random.bin")
        return
    assert outline.source.text is not None
    check_outline(outline.source.text, outline)


# Shapes long fuzz runs (ORGDOC_FUZZ_EXAMPLES) found breaking an invariant, each with the outline it
# must give: an id, the text, the outline (two spaces a level, `MARKER HEADING`).
FOUND_BY_FUZZING = [
    # A heading line ending in a colon, right above a heading that closes it, is that heading's own
    # line, not a label standing over the next list: the closed heading keeps its text (its span
    # stays inside its parent's).
    ("colon_heading_above_its_closer", ("关于做好春季农业生产工作的通知\n一、总体要求\n（一）指导思想。要坚持稳中求进。\n"
     "（二）其他事项：\n二、主要任务\n（一）抓好春播。要确保面积稳定。\n"), "a.txt", """
        一、 总体要求
          （一） 指导思想
          （二） 其他事项
        二、 主要任务
          （一） 抓好春播"""),
    # A line of page furniture (a copyright line) right above a list's first item heads nothing: the lines
    # heading lists that restart at 1 are the text's own.
    ("furniture_line_over_a_list_heads_nothing", ("同志们：\n# 版权所有 某某市人民政府\n# 一、\n"
     "# 关于做好春季农业生产工作的通知\n# 一、抓好春耕"), "a.txt", """
        一、 关于做好春季农业生产工作的通知
        一、 抓好春耕"""),
    # An address set as a Markdown heading (同志们！ over a ==== rule) is that heading's line: it ends no
    # sub-heading open above it, so the heading stays inside the one it was placed under.
    ("address_set_as_a_heading", "一、\n（一）压实工作责任。\n同志们！\n====\n关于做好春季农业生产工作的通知\n# 总体要求",
     "a.md", """
        一、
          （一） 压实工作责任
            · 同志们
          · 总体要求"""),
]


@pytest.mark.parametrize("text,name,expected", [r[1:] for r in FOUND_BY_FUZZING], ids=[r[0] for r in FOUND_BY_FUZZING])
def test_found_by_fuzzing(text: str, name: str, expected: str) -> None:
    outline = orgdoc.parse_bytes(text.encode("utf-8"), name=name, include_text=True)
    check_outline(outline.source.text or "", outline)
    assert "\n".join(row.rstrip() for row in outline_text(outline).split("\n")) == dedent(expected)
