"""Real inputs give the outline of the clean UTF-8 seed: other encodings, Word, web pages, PDF,
hard-wrapped lines, and text that lost its line breaks (issue: real inputs).

Fixtures are built from the seeds by `tests/fixtures.py` in a temporary folder.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import orgdoc
from orgdoc.models import Node, NodeKind
from tests import fixtures as fx
from tests.outline_text import outline_text

SEEDS = fx.seed_names()
ENCODED = [(name, enc) for name in SEEDS for enc in ("gbk", "gb18030", "utf-16", "utf-16-le-nobom", "utf-8-sig")
           if fx.can_encode(fx.seed_text(name), enc)]


def clean_outline(name: str) -> str:
    return outline_text(orgdoc.parse(fx.seed_text(name)))


@pytest.mark.parametrize("name,encoding", ENCODED, ids=[f"{n[:3]}-{e}" for n, e in ENCODED])
def test_encodings_give_the_same_outline(tmp_path: Path, name: str, encoding: str) -> None:
    outline = orgdoc.parse_file(fx.write_encoded(tmp_path, name, encoding))
    assert outline_text(outline) == clean_outline(name)
    assert outline.title == orgdoc.parse(fx.seed_text(name)).title


def test_big5_traditional_text(tmp_path: Path) -> None:
    big5 = orgdoc.parse_file(fx.write_encoded(tmp_path, "trad", "big5", fx.TRADITIONAL_TEXT))
    assert big5.source.encoding == "big5"
    assert outline_text(big5) == outline_text(orgdoc.parse(fx.TRADITIONAL_TEXT))
    assert outline_text(big5)  # the text has numbered sections


@pytest.mark.parametrize("name", SEEDS, ids=[n[:3] for n in SEEDS])
def test_docx_with_automatic_numbering(tmp_path: Path, name: str) -> None:
    outline = orgdoc.parse_file(fx.write_numbered_docx(tmp_path, name))
    assert outline.source.format == "docx"
    assert outline_text(outline) == clean_outline(name)


@pytest.mark.parametrize("name", SEEDS, ids=[n[:3] for n in SEEDS])
def test_html_page(tmp_path: Path, name: str) -> None:
    outline = orgdoc.parse_file(fx.write_html_page(tmp_path, name))
    assert outline.source.format == "html"
    assert outline_text(outline) == clean_outline(name)


@pytest.mark.parametrize("name", SEEDS, ids=[n[:3] for n in SEEDS])
def test_pdf(tmp_path: Path, name: str) -> None:
    font = fx.find_cjk_font()
    if font is None:
        pytest.skip("no CJK font on this machine to write a PDF with (apt-get install fonts-wqy-microhei)")
    outline = orgdoc.parse_file(fx.write_pdf(tmp_path, name, font))
    assert outline.source.format == "pdf"
    assert outline_text(outline) == clean_outline(name)


def hard_wrap(text: str, width: int) -> str:
    return "\n".join(line[i:i + width] for line in text.split("\n") for i in range(0, max(len(line), 1), width))


@pytest.mark.parametrize("name", SEEDS, ids=[n[:3] for n in SEEDS])
def test_hard_wrapped_at_30(name: str) -> None:
    """The outline of the clean text; markers and headings quote the caller's string, so one cut by
    the wrap keeps its line break."""
    text = hard_wrap(fx.seed_text(name), 30)
    outline = orgdoc.parse(text)
    assert outline.source.repaired
    assert all(text[n.heading_span[0]:n.heading_span[1]] == n.heading for n in outline.walk())
    for node in outline.walk():
        node.heading = node.heading.replace("\n", "")
        node.marker = node.marker and node.marker.replace("\n", "")
    assert outline_text(outline) == clean_outline(name)


def numbered(nodes: list[Node], depth: int = 0) -> list[tuple[int, str, str]]:
    """Numbered nodes with their depth among numbered nodes (run-in headings need paragraphs)."""
    out = []
    for n in nodes:
        if n.kind is NodeKind.RUN_IN:
            out += numbered(n.children, depth)
        else:
            out.append((depth, n.marker or "", re.sub(r"\W", "", n.heading)))
            out += numbered(n.children, depth + 1)
    return out


ONE_LINE = [pytest.param(n, id=n[:3]) for n in SEEDS if not n.startswith("000")] + [
    pytest.param("000_11f263b6c98ae65b", id="000", marks=pytest.mark.xfail(
        strict=True, reason="a web teaser run into the body cannot be told from the body without line breaks")),
]


@pytest.mark.parametrize("name", ONE_LINE)
def test_no_line_breaks(name: str) -> None:
    """Markers and tree shape survive; a heading without end punctuation runs into its body, so the
    clean heading must be where the run-on heading starts."""
    clean = numbered(orgdoc.parse(fx.seed_text(name)).children)
    run_on = numbered(orgdoc.parse(fx.seed_text(name).replace("\n", "")).children)
    assert [(d, m) for d, m, _ in run_on] == [(d, m) for d, m, _ in clean]
    assert all(r.startswith(c) for (_, _, r), (_, _, c) in zip(run_on, clean))


@pytest.mark.parametrize("name", SEEDS, ids=[n[:3] for n in SEEDS])
def test_full_width_indents(name: str) -> None:
    """　　 opening every paragraph, as most Chinese documents are typed, changes nothing."""
    indented = "\n".join("\u3000\u3000" + line if line.strip() else line for line in fx.seed_text(name).split("\n"))
    outline = orgdoc.parse(indented)
    assert outline_text(outline) == clean_outline(name)
    assert outline.title == orgdoc.parse(fx.seed_text(name)).title
