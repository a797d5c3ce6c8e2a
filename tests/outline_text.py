"""The outline as indented text, the format of the hand-made gold files: two spaces a level,
`MARKER HEADING` on each line, `·` for an unnumbered run-in heading."""

from __future__ import annotations

import orgdoc
from orgdoc.models import Node, Outline


def outline_text(outline: Outline | list[Node]) -> str:
    nodes = outline.children if isinstance(outline, Outline) else outline
    lines: list[str] = []

    def walk(ns: list[Node], depth: int) -> None:
        for n in ns:
            lines.append(f"{'  ' * depth}{n.marker or '·'} {n.heading}")
            walk(n.children, depth + 1)

    walk(nodes, 0)
    return "\n".join(lines)


def dedent(block: str) -> str:
    """A table's expected outline, written indented in the test source."""
    rows = [r for r in block.split("\n") if r.strip()]
    if not rows:
        return ""
    margin = min(len(r) - len(r.lstrip(" ")) for r in rows)
    return "\n".join(r[margin:].rstrip() for r in rows)


def checked_outline(text: str) -> str:
    """orgdoc's outline of `text` as indented text, once every heading is checked to be the text its
    span points at: what the table tests of real-document shapes compare."""
    outline = orgdoc.parse(text)
    for n in outline.walk():
        assert text[n.heading_span[0]:n.heading_span[1]] == n.heading
    return outline_text(outline)


def checked_page(page: str) -> Outline:
    """orgdoc's outline of an HTML page given as a string, its text included, every heading checked to
    be the text its span points at."""
    outline = orgdoc.parse_bytes(page.encode("utf-8"), name="page.html", include_text=True)
    assert outline.text is not None
    for n in outline.walk():
        assert outline.text[n.heading_span[0]:n.heading_span[1]] == n.heading
    return outline


def titled_outline(text: str, name: str) -> tuple[str | None, str]:
    """The title and the outline (as indented text) orgdoc gives for `text` read as the file `name` (its
    suffix picks the reader: .html, .md, .txt), once every heading is checked to be the text its span
    points at in the text the offsets refer to."""
    outline = orgdoc.parse_bytes(text.encode("utf-8"), name=name, include_text=True)
    source = outline.source.text or ""
    for n in outline.walk():
        assert source[n.heading_span[0]:n.heading_span[1]] == n.heading
    return outline.title, outline_text(outline)
