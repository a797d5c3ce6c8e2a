"""Outlines out: JSON (with its JSON Schema), Markdown, and a plain-text tree for the terminal."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import TextIO

from pydantic import TypeAdapter

from .load._common import safe_text
from .models import Node, Outline

FORMATS = ("json", "markdown", "tree")
# Exports for other tools (orgdoc/exports.py, orgdoc/adapters/docling.py): the name and the function.
EXPORTS = {
    "markdown-body": "orgdoc.exports:to_markdown_document",
    "opml": "orgdoc.exports:to_opml",
    "csv": "orgdoc.exports:to_csv",
    "parquet": "orgdoc.exports:to_parquet",  # bytes; needs pyarrow
    "docling": "orgdoc.adapters.docling:to_docling_json",  # needs docling-core
}
# The exports `orgdoc parse --format` writes (text), with the suffix of a file per input in `-o DIR/`.
TEXT_EXPORTS = {"markdown-body": ".md", "opml": ".opml", "csv": ".csv", "docling": ".docling.json"}


def to_json(outline: Outline, *, indent: int | None = 2) -> str:
    """The outline as JSON; Chinese stays unescaped. Always succeeds: a string UTF-8 cannot hold (a
    lone surrogate put into a model by hand) is written with U+FFFD in its place. A str of the
    whole JSON costs about twice its size at the peak; `write_json` writes it out in pieces."""
    return _dump(outline, indent)


def write_json(outline: Outline, stream: TextIO, *, indent: int | None = 2) -> None:
    """The outline's JSON (as `to_json` gives it) written to a text stream piece by piece: a big
    outline never stands in memory as one string."""
    stream.writelines(json_pieces(outline, indent=indent))


def json_pieces(outline: Outline, *, indent: int | None = 2) -> Iterator[str]:
    """The outline's JSON in pieces that join to `to_json(outline, indent=indent)`.

    pydantic writes a whole model into one buffer, then copies it into a str: for 100,000 nodes
    that is some 70 MB held at once. Here a run of siblings of at most JSON_PIECE_NODES nodes in all
    is written in one call (fast), and a bigger subtree as its own fields, then its children the
    same way."""
    if not _more_nodes_than(outline.children, JSON_PIECE_NODES):
        yield _dump(outline, indent)
        return
    yield from _pieces(outline, outline.children, _subtree_sizes(outline.children), indent, 0)


JSON_PIECE_NODES = 2000
_NODES = TypeAdapter(list[Node])


def _dump(model: Outline | Node, indent: int | None) -> str:
    try:
        return model.model_dump_json(indent=indent)
    except ValueError:  # pydantic refuses surrogates; the parse functions never leave any
        data = _encodable(model.model_dump(mode="python"))
        return type(model).model_validate(data).model_dump_json(indent=indent)


def _listed_items(nodes: list[Node], indent: int | None, depth: int) -> str:
    """The nodes as the items of a JSON list standing at nesting `depth`, without the brackets: one
    call of the serializer, then its bytes cut and indented (three copies, not five)."""
    try:
        dumped = _NODES.dump_json(nodes, indent=indent)
    except ValueError:  # as in _dump
        dumped = _NODES.dump_json(_NODES.validate_python(_encodable(_NODES.dump_python(nodes))), indent=indent)
    if indent is None:
        return dumped[1:-1].decode("utf-8")
    # b'[\n' and the first item's indent, and b'\n]': the caller writes its own around the items.
    inner = dumped[2 + indent:-2]
    return (inner.replace(b"\n", b"\n" + b" " * (indent * depth)) if depth else inner).decode("utf-8")


def _pieces(model: Outline | Node, children: list[Node], sizes: dict[int, int], indent: int | None,
            depth: int) -> Iterator[str]:
    """`model` at nesting `depth`: its fields with an empty children list, split where the list
    stands, and its children in between: runs of small ones in one call, a big one the same way
    one level down."""
    shell = _indented(_dump(model.model_copy(update={"children": []}), indent), indent, depth)
    empty = '"children":[]' if indent is None else '"children": []'
    cut = shell.index(empty) + len(empty) - 1  # no JSON string holds an unescaped quote: this is the key
    yield shell[:cut]
    comma = "," if indent is None else ",\n" + " " * (indent * (depth + 2))
    for k, (run, big) in enumerate(_runs(children, sizes)):
        yield (comma if k else comma[1:])
        if big:
            yield from _pieces(run[0], run[0].children, sizes, indent, depth + 2)
        else:
            yield _listed_items(run, indent, depth + 1)
    yield ("" if indent is None else "\n" + " " * (indent * (depth + 1))) + shell[cut:]


def _runs(children: list[Node], sizes: dict[int, int]) -> Iterator[tuple[list[Node], bool]]:
    """Consecutive children of at most JSON_PIECE_NODES nodes in all, and each bigger child alone."""
    run: list[Node] = []
    total = 0
    for child in children:
        size = sizes[id(child)]
        if run and (size > JSON_PIECE_NODES or total + size > JSON_PIECE_NODES):
            yield run, False
            run, total = [], 0
        if size > JSON_PIECE_NODES:
            yield [child], True
        else:
            run.append(child)
            total += size
    if run:
        yield run, False


def _indented(json_text: str, indent: int | None, depth: int) -> str:
    return json_text if indent is None or depth == 0 else json_text.replace("\n", "\n" + " " * (indent * depth))


def _subtree_sizes(children: list[Node]) -> dict[int, int]:
    """Nodes in each subtree (the node included), keyed by id(node)."""
    sizes: dict[int, int] = {}

    def size(node: Node) -> int:  # recursion as deep as the outline: a dozen levels
        n = sizes[id(node)] = 1 + sum(map(size, node.children))
        return n

    for child in children:
        size(child)
    return sizes


def _more_nodes_than(children: list[Node], limit: int) -> bool:
    """Whether the outline has more than `limit` nodes, counted only that far."""
    stack, count = list(children), 0
    while stack:
        count += 1
        if count > limit:
            return True
        stack.extend(stack.pop().children)
    return False


def _encodable(value: object) -> object:
    if isinstance(value, str):
        return safe_text(value)[0]
    if isinstance(value, dict):
        return {k: _encodable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_encodable(v) for v in value)
    return value


def json_schema() -> str:
    return json.dumps(Outline.model_json_schema(), ensure_ascii=False, indent=2)


def to_markdown(outline: Outline) -> str:
    """Title as a heading, the facts as a quote, the outline as a nested list."""
    lines = [f"# {outline.title}" if outline.title else "# (untitled)"]
    facts = _facts(outline)
    if facts:
        lines += ["", "> " + " · ".join(facts)]
    lines.append("")
    for node, depth in _walk(outline.children):
        marker = f"**{node.marker}** " if node.marker else ""
        lines.append(f"{'  ' * depth}- {marker}{one_line(node.heading)}")
    return "\n".join(lines) + "\n"


def to_tree(outline: Outline) -> str:
    """Title, speaker, occasion and warnings above an indented tree."""
    lines = [f"title: {outline.title or '—'}"]
    if outline.subtitle:
        lines.append(f"subtitle: {outline.subtitle}")
    lines += [f"{k}: {v}" for k, v in _labelled_facts(outline)]
    for w in outline.warnings:
        where = f" @{w.span[0]}" if w.span else ""
        lines.append(f"warning [{w.code.value}{where}]: {w.message}")
    lines.append("")
    lines += _branches(outline.children, "")
    return "\n".join(lines) + "\n"


def render(outline: Outline, fmt: str) -> str | bytes:
    if fmt in EXPORTS:
        return _export_function(fmt)(outline)
    if fmt == "json":
        return to_json(outline)
    if fmt == "markdown":
        return to_markdown(outline)
    if fmt == "tree":
        return to_tree(outline)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join([*FORMATS, *EXPORTS])}")


def _export_function(fmt: str):  # type: ignore[no-untyped-def]
    import importlib

    module, _, name = EXPORTS[fmt].partition(":")
    return getattr(importlib.import_module(module), name)


_BREAK = re.compile(r"[ \t]*\r?\n[ \t\u3000]*")


def one_line(text: str) -> str:
    """A heading on one line: a heading cut by a hard wrap in the caller's text keeps the break
    (offsets quote that text), which a display drops; a space stays only between two Latin words."""
    if "\n" not in text:
        return text
    return _BREAK.sub(lambda m: " " if _latin(text, m.start() - 1) and _latin(text, m.end()) else "", text)


def _latin(text: str, k: int) -> bool:
    return 0 <= k < len(text) and text[k].isascii() and text[k].isalnum()


def _labelled_facts(outline: Outline) -> list[tuple[str, str]]:
    pairs = [("speaker", outline.speaker), ("occasion", outline.occasion),
             ("genre", outline.genre), ("date", outline.date)]
    return [(k, v) for k, v in pairs if v]


def _facts(outline: Outline) -> list[str]:
    return [f"{k}: {v}" for k, v in _labelled_facts(outline)]


def _walk(nodes: Iterable[Node], depth: int = 0) -> Iterable[tuple[Node, int]]:
    for node in nodes:
        yield node, depth
        yield from _walk(node.children, depth + 1)


def _branches(nodes: list[Node], prefix: str) -> list[str]:
    lines = []
    for k, node in enumerate(nodes):
        last = k == len(nodes) - 1
        label = f"{one_line(node.marker or '·')} {one_line(node.heading)}"
        lines.append(f"{prefix}{'└─ ' if last else '├─ '}{label}")
        lines += _branches(node.children, prefix + ("   " if last else "│  "))
    return lines
