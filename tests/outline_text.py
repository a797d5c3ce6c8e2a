"""The outline as indented text, the format of the hand-made gold files: two spaces a level,
`MARKER HEADING` on each line, `·` for an unnumbered run-in heading."""

from __future__ import annotations

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
