"""Outlines out: JSON (with its JSON Schema), Markdown, and a plain-text tree for the terminal."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from .load._common import safe_text
from .models import Node, Outline

FORMATS = ("json", "markdown", "tree")


def to_json(outline: Outline, *, indent: int | None = 2) -> str:
    """The outline as JSON; Chinese stays unescaped. Always succeeds: a string UTF-8 cannot hold (a
    lone surrogate put into a model by hand) is written with U+FFFD in its place."""
    try:
        return outline.model_dump_json(indent=indent)
    except ValueError:  # pydantic refuses surrogates; the parse functions never leave any
        data = _encodable(outline.model_dump(mode="python"))
        return type(outline).model_validate(data).model_dump_json(indent=indent)


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


def render(outline: Outline, fmt: str) -> str:
    if fmt == "json":
        return to_json(outline)
    if fmt == "markdown":
        return to_markdown(outline)
    if fmt == "tree":
        return to_tree(outline)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


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
