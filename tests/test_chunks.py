"""Chunks: every character of the body in exactly one chunk, cut at nodes first, then sentences, each
with the heading path of the deepest node holding it; on every seed and corpus document."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import orgdoc
from orgdoc.chunks import Chunks
from orgdoc.cli import main
from orgdoc.models import Node, Outline, RegionKind
from tests.test_properties import marker_soup

ROOT = Path(__file__).parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
DOCUMENTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    p for folder in ("gov/raw", "speech/raw", "files/files") for p in (CORPUS / folder).glob("*") if p.is_file())
SENTENCE_ENDS = "。！？；!?;…"
CLOSERS = "”’」』）)】》\"'"


@cache
def parsed(path: Path) -> Outline:
    return orgdoc.parse_file(path)


def bare(s: str) -> str:
    return "".join(s.split())


def deepest(outline: Outline, start: int, end: int) -> Node | None:
    """The deepest node holding [start, end), found by looking at every node."""
    holding = [n for n in outline.walk() if n.span[0] <= start and end <= n.span[1]]
    return max(holding, key=lambda n: n.level, default=None)


def body(outline: Outline) -> str:
    """The text without the boilerplate regions."""
    text = outline.text
    for r in sorted((r for r in outline.regions if r.kind is RegionKind.BOILERPLATE), key=lambda r: -r.span[0]):
        text = text[:r.span[0]] + text[r.span[1]:]
    return text


def sentence_around(text: str, position: int) -> str:
    start = max(text.rfind(ch, 0, position) for ch in SENTENCE_ENDS + "\n") + 1
    ends = [k for k in (text.find(ch, position) for ch in SENTENCE_ENDS + "\n") if k >= 0]
    end = min(ends, default=len(text))
    if end < len(text) and text[end] in SENTENCE_ENDS:  # with its 。 and the closers after it (。”),
        end += 1                                         # as chunks count it
        while end < len(text) and text[end] in CLOSERS:
            end += 1
    return text[start:end]


def check_chunks(outline: Outline, chunks: Chunks, limit: int) -> None:
    text = outline.text
    assert bare("".join(c.text for c in chunks)) == bare(body(outline)), "the chunks give back the body"
    assert chunks.excluded_chars == len(bare(outline.text)) - len(bare(body(outline)))
    starts = {n.span[0] for n in outline.walk()}
    for before, c in zip([None, *chunks], chunks):
        assert c.text == "\n".join(text[s:e] for s, e in c.pieces)
        assert c.span == (c.pieces[0][0], c.pieces[-1][1])
        assert c.size <= limit
        node = deepest(outline, *c.span)
        assert c.heading_path == (outline.path_of(node) if node else [])
        assert c.node_id == (node.id if node else None)
        assert c.title == outline.title
        if before is None:
            continue
        assert before.span[1] <= c.span[0], "chunks follow each other without overlap"
        gap = text[before.span[1]:c.span[0]]
        cut_at_sentence = text[before.span[1] - 1] in SENTENCE_ENDS + CLOSERS or "\n" in gap
        if not (cut_at_sentence or c.span[0] in starts or before.span[1] - 1 in {e - 1 for e in starts}):
            assert len(sentence_around(text, c.span[0])) > limit, f"cut inside a sentence at {c.span[0]}"


@pytest.mark.parametrize("limit", [150, 500])
@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.stem for p in DOCUMENTS])
def test_chunks_give_back_the_body_with_heading_paths(path: Path, limit: int) -> None:
    outline = parsed(path)
    check_chunks(outline, outline.chunks(max_chars=limit), limit)


P = "各级党委要切实负起责任，确保各项任务落到实处。"  # a sentence of 23 characters

CASES = [
    # text, max_chars, expected chunks as (text, heading path)
    (f"一、统一思想\n{P}\n二、明确任务\n{P}", 70,
     [(f"一、统一思想\n{P}\n二、明确任务\n{P}", [])]),  # all fits: one chunk, above both nodes
    (f"一、统一思想\n{P}\n二、明确任务\n{P}", 40,
     [(f"一、统一思想\n{P}", ["一、统一思想"]), (f"二、明确任务\n{P}", ["二、明确任务"])]),
    (f"一、统一思想\n{P}{P}\n（一）提高认识\n{P}\n（二）加强学习\n{P}", 40,  # a node too large: cut at its children
     [(f"一、统一思想\n{P}", ["一、统一思想"]), (P, ["一、统一思想"]),
      (f"（一）提高认识\n{P}", ["一、统一思想", "（一）提高认识"]),
      (f"（二）加强学习\n{P}", ["一、统一思想", "（二）加强学习"])]),
    (f"一、统一思想\n{P}{P}{P}", 50,  # no children: cut between sentences
     [(f"一、统一思想\n{P}", ["一、统一思想"]), (P + P, ["一、统一思想"])]),
    ("一、统一思想\n" + "要" * 30 + "，" + "干" * 30 + "。", 40,  # one sentence too long: cut after its comma
     [("一、统一思想\n" + "要" * 30 + "，", ["一、统一思想"]), ("干" * 30 + "。", ["一、统一思想"])]),
]


@pytest.mark.parametrize("text,limit,expected", CASES)
def test_where_chunks_are_cut(text: str, limit: int, expected: list) -> None:
    outline = orgdoc.parse(text)
    chunks = outline.chunks(max_chars=limit)
    assert [(c.text, c.heading_path) for c in chunks] == expected
    check_chunks(outline, chunks, limit)


def test_overlap_gives_the_previous_chunks_last_sentences() -> None:
    outline = parsed(DOCUMENTS[1])
    chunks = outline.chunks(max_chars=200, overlap=60)
    assert chunks[0].context == ""
    for before, c in zip(chunks, chunks[1:]):
        assert c.context and before.text.endswith(c.context) and len(c.context) <= 60
        assert c.content == c.context + c.text


def test_a_tokenizer_measures_the_chunks() -> None:
    outline = parsed(DOCUMENTS[0])

    def utf8_bytes(s: str) -> int:
        return len(s.encode("utf-8"))

    chunks = outline.chunks(max_chars=600, length=utf8_bytes)
    assert all(c.size == utf8_bytes(c.text) <= 600 for c in chunks)
    assert bare("".join(c.text for c in chunks)) == bare(body(outline))

    def words(s: str) -> list[str]:  # a tokenizer: each CJK character, each Latin word, each mark
        return re.findall(r"[A-Za-z0-9]+|\S", s)

    tokenized = outline.chunks(max_chars=150, tokenizer=words)
    assert all(c.size == len(words(c.text)) <= 150 for c in tokenized)
    assert bare("".join(c.text for c in tokenized)) == bare(body(outline))


def test_more_regions_left_out_on_request() -> None:
    outline = orgdoc.parse(f"关于加强组织工作的通知\n一、统一思想\n{P}")
    chunks = outline.chunks(exclude=["boilerplate", "title"])
    assert [c.text for c in chunks] == [f"一、统一思想\n{P}"]
    assert chunks.excluded_chars == len("关于加强组织工作的通知")


def test_chunks_command_writes_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    seeds = [str(p) for p in DOCUMENTS[:2]]
    assert main(["chunks", *seeds, "-o", str(out), "--max-chars", "300"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    expected = [c for p in DOCUMENTS[:2] for c in parsed(p).chunks(max_chars=300)]
    assert [(r["source"], r["text"], r["heading_path"]) for r in rows] == [
        (c.source, c.text, c.heading_path) for c in expected]
    assert re.search(r"2 files, \d+ chunks", capsys.readouterr().err)


@pytest.mark.parametrize("k", range(5))
def test_chunks_of_a_repaired_input_index_the_callers_string(k: int) -> None:
    """Hard-wrapped, CRLF text with zero-width spaces: chunks quote the caller's string; only the
    invisible characters the repair removed may fall between them."""
    from tests.test_offsets import damage

    text = damage(k, "all", 33, [(i / 25, "\u200b") for i in range(25)])
    outline = orgdoc.parse(text)
    chunks = outline.chunks(max_chars=200)
    for c in chunks:
        assert c.text == "\n".join(text[s:e] for s, e in c.pieces)
        node = deepest(outline, *c.span)
        assert c.heading_path == (outline.path_of(node) if node else [])
    visible = bare("".join(c.text for c in chunks)).replace("\u200b", "")
    assert visible == bare(body(outline)).replace("\u200b", "")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(marker_soup, st.integers(8, 120))
def test_chunks_of_any_text_keep_their_invariants(text: str, limit: int) -> None:
    outline = orgdoc.parse(text)
    check_chunks(outline, outline.chunks(max_chars=limit), limit)
