"""A PDF page's lines in reading order, from where their text stands on the page.

PDFium and pypdf give a page's text in the order its content stream draws it. Most generators draw
top to bottom, column by column, but some draw the running header, the page number or even the
title last, or the rows of two columns across both (a left line, then the right line beside it),
which the libraries then run together on one line. When the stream's order is not the page's, the
text is cut into groups, each drawn in reading order, and the groups are put back in reading order:
lines across the page above the columns, the first column, the second, then lines below them; top
to bottom within each. A group is what the stream draws going down one column row after row, or
back up beside what it drew (the cells of a table's row, each drawn top to bottom, stay one group in
the stream's order): only text drawn above the group before it, or far below it past other text,
starts a group that may move. The characters are the library's own, spaces included; only the
order of the groups changes. Rotated text (a stamp, a watermark) stays with the text drawn before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .pdf_layout import Piece

ROW = 0.3  # baselines closer than this share of the body size are one row (a raised note mark too)
JUMP = 3  # rows a group may go down at once (a table's cells set on baselines of their own, between)

Place = tuple[int, int, int]  # band (0 above the columns, 1 within, 2 below), column, row (from the top)


class Columns(NamedTuple):
    """A two-column page: the second column's left edge, and the top and bottom baselines of the
    lines set within the columns."""

    second: float
    top: float
    bottom: float


def reading_order(text: str, pieces: Sequence[Piece], body: float, columns: Columns | None) -> str:
    """`text` (the library's, lines in stream order) with its lines in reading order; as it is when
    the stream draws in reading order already, or when its characters are not the pieces' own."""
    if columns is None and _going_down(pieces, ROW * body):
        return text
    groups = _groups(_places(pieces, body, columns), pieces)
    keys = [key for key, _ in groups]
    if all(a <= b for a, b in pairwise(keys)):
        return text
    owners = _owners(text, pieces)
    if owners is None:
        return text
    rank = [0] * len(pieces)
    for number, (_, members) in enumerate(sorted(groups, key=lambda g: g[0])):
        for k in members:
            rank[k] = number
    return _reorder(text, owners, rank)


def _going_down(pieces: Sequence[Piece], slack: float) -> bool:
    """Whether each piece stands on the baseline of the one before or below it (the common case, told
    in one pass)."""
    y = float("inf")
    for piece in pieces:
        if piece.y > y + slack:
            return False
        y = piece.y
    return True


def _places(pieces: Sequence[Piece], body: float, columns: Columns | None) -> list[Place]:
    """Each piece's band, column and row (its baseline's rank from the top among its column's)."""
    areas = [_area(p, body, columns) for p in pieces]
    rows: dict[tuple[int, int], dict[float, int]] = {}
    for area in set(areas):
        rows[area] = _rows([p.y for p, a in zip(pieces, areas) if a == area], body)
    return [(*area, rows[area][p.y]) for p, area in zip(pieces, areas)]


def _area(piece: Piece, body: float, columns: Columns | None) -> tuple[int, int]:
    if columns is None:
        return (1, 0)
    if piece.y > columns.top + ROW * body:
        return (0, 0)
    if piece.y < columns.bottom - ROW * body:
        return (2, 0)
    return (1, int(piece.x >= columns.second - body / 2))


def _rows(ys: list[float], body: float) -> dict[float, int]:
    """Each baseline → its row, counted from the top."""
    rows: dict[float, int] = {}
    row, top = -1, None
    for y in sorted(set(ys), reverse=True):
        if top is None or top - y > ROW * body:
            row, top = row + 1, y
        rows[y] = row
    return rows


def _groups(places: list[Place], pieces: Sequence[Piece]) -> list[tuple[Place, list[int]]]:
    """The pieces (their numbers) in stream order cut into groups, each with the place of its top."""
    groups: list[tuple[Place, list[int]]] = []
    bottom = -1  # the lowest row of the last group
    for k, (place, piece) in enumerate(zip(places, pieces)):
        if groups and (not piece.upright or (
                place[:2] == groups[-1][0][:2] and groups[-1][0][2] <= place[2] <= bottom + JUMP)):
            groups[-1][1].append(k)
            bottom = max(bottom, place[2]) if piece.upright else bottom
        else:
            groups.append((place, [k]))
            bottom = place[2]
    return groups


def _owners(text: str, pieces: Sequence[Piece]) -> list[int] | None:
    """For each character of `text` that is not a space, the piece that drew it; None when the text's
    characters are not the pieces' characters in stream order (then it is left as the library made it)."""
    owners: list[int] = []
    flat = "".join(text.split())
    at = 0
    for k, piece in enumerate(pieces):
        chars = "".join(piece.text.split())
        if flat[at:at + len(chars)] != chars:
            return None
        owners += [k] * len(chars)
        at += len(chars)
    return owners if at == len(flat) else None


def _reorder(text: str, owners: list[int], rank: list[int]) -> str:
    """The lines of `text` cut where their characters' groups change (spaces before a cut go with the
    text before it), and the cuts in the order of their groups' ranks, stream order within each."""
    cuts: list[tuple[int, int, str]] = []  # rank, order, text
    flat = 0
    for line in text.split("\n"):
        start, current = 0, -1
        for i, char in enumerate(line):
            if char.isspace():
                continue
            group = rank[owners[flat]]
            flat += 1
            if group != current and current >= 0:
                cuts.append((current, len(cuts), line[start:i].rstrip()))
                start = i
            current = group
        if current >= 0:
            cuts.append((current, len(cuts), line[start:].rstrip()))
    return "\n".join(cut for _, _, cut in sorted(cuts))
