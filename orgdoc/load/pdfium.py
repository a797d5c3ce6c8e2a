"""PDF pages read with pypdfium2 (PDFium, the extra `pdf`): each page's text and the geometry the
layout rules of `pdf` need (text runs with their baseline start and size, where each line's last
glyph ends); the loader runs four to six times faster than with pypdf.

PDFium keeps each run of text drawn with one operator as a text object (often a single glyph);
runs of one size that follow each other on a baseline are merged into one piece, near what pypdf
reports, so the same rules decide on the same lines whichever library read the page.
"""

from __future__ import annotations

import ctypes
import functools
import math
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .pdf_layout import PageText, Piece, display_width, has_astral, line_ends, page_layout

LOCK = threading.Lock()  # held while a document is open: PDFium is not thread-safe
_BUFFER = 4_096  # bytes of UTF-16 fetched per text object in one call (longer texts take a second call)


def available() -> bool:
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


def open_document(data: bytes) -> Any:
    """The PDFium document; PdfiumError when PDFium cannot read it (the caller says why)."""
    import pypdfium2

    return pypdfium2.PdfDocument(data)


def is_password_error(exc: Exception) -> bool:
    import pypdfium2.raw as pdfium_c

    return getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD


def page_text(document: Any, number: int) -> PageText:
    """Page `number` (from 0): its text as PDFium lays it out in lines, and what its geometry says."""
    page = document[number]
    textpage = page.get_textpage()
    try:
        chars = textpage.get_text_range()
        text = _typed_spaces(textpage.raw, chars).replace("\r\n", "\n").replace("\r", "\n")
        runs = list(_runs(page.raw, textpage.raw))
        left, right = _width(page)
        return page_layout(text, _merged(runs), left, right,
                           lambda size: line_ends(_advance_ends(textpage.raw, runs, size, chars), size))
    finally:
        textpage.close()
        page.close()


MAX_TYPED_SPACES = 100  # spaces given back for one that PDFium kept (more is a gap, not typing)


def _typed_spaces(textpage: Any, text: str) -> str:
    """PDFium's text with each run of typed spaces whole again: PDFium keeps one space of a run
    ("第一部分  深刻…" comes out with one); the next glyph of the same text object standing a whole
    number of space widths away says how many there were (pypdf keeps them all)."""
    import pypdfium2.raw as pdfium_c

    out: list[str] = []
    done = 0
    at = text.find(" ")
    x, y, box = ctypes.c_double(), ctypes.c_double(), pdfium_c.FS_RECTF()
    while at >= 0:
        count = 0
        if at + 1 < len(text) and text[at + 1] not in " \r\n" and not pdfium_c.FPDFText_IsGenerated(textpage, at):
            pdfium_c.FPDFText_GetCharOrigin(textpage, at, x, y)
            start = x.value
            pdfium_c.FPDFText_GetCharOrigin(textpage, at + 1, x, y)
            gap = x.value - start
            if pdfium_c.FPDFText_GetLooseCharBox(textpage, at, box) and box.right - box.left > 0:
                width = box.right - box.left
                count = round(gap / width)
                if abs(count * width - gap) > width / 10 or not 2 <= count <= MAX_TYPED_SPACES or not _same_object(
                        textpage, at, at + 1):
                    count = 0
        if count:
            out.append(text[done:at] + " " * count)
            done = at + 1
        at = text.find(" ", at + 1)
    return "".join(out) + text[done:]


def _same_object(textpage: Any, first: int, second: int) -> bool:
    owner = _owner()
    return owner is None or owner(textpage, first) == owner(textpage, second)


def _width(page: Any) -> tuple[float, float]:
    """The page's media box left and right: its own, else the one it inherits (PDFium's page box)."""
    import pypdfium2.raw as pdfium_c

    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if pdfium_c.FPDFPage_GetMediaBox(page.raw, left, bottom, right, top):
        return float(left.value), float(right.value)
    box = page.get_bbox()  # the inherited media box (within the crop box)
    return float(box[0]), float(box[2])


def _advance_ends(textpage: Any, runs: list[_Run], size: float, chars: str = "") -> list[tuple[float, float, float, str]]:
    """(x, baseline y, end, text) of each run, where the rightmost run of each line ends where its last
    glyph's advance ends (a glyph's box stops short of it: "，" fills only the left of its em square),
    found from that glyph's loose box; its own box's right edge when the glyph cannot be found. The
    other runs of a line end where they start: only a line's end counts (and boxes are dear to get).

    The last glyph is looked up in the page's text (`chars`, PDFium's text, one character an index),
    where the runs' texts stand in their drawing order; PDFium's search by position, which reads
    every character of the page (20 µs a line), is asked only when that lookup fails."""
    import pypdfium2.raw as pdfium_c

    rows: dict[int, _Run] = {}
    for run in runs:
        key = round(run.y / (size / 3))
        if key not in rows or run.x > rows[key].x:
            rows[key] = run
    last = _last_glyphs(runs, chars)
    box = pdfium_c.FS_RECTF()
    corners = tuple(ctypes.c_float() for _ in range(4))  # one set for every run: ctypes objects are dear
    owner = _owner()
    ends: dict[int, float] = {}
    for run in rows.values():
        end = _box_end(run, corners)
        index = last.get(id(run), -1)
        if index < 0 or owner is None or not _owned(owner, textpage, index, run):
            index = pdfium_c.FPDFText_GetCharIndexAtPos(textpage, end - 0.3, run.y + run.size / 4,
                                                        run.size / 2, run.size / 2)
            if index < 0 or not _owned(owner, textpage, index, run):
                index = -1
        if index >= 0 and pdfium_c.FPDFText_GetLooseCharBox(textpage, index, box):
            end = max(end, box.right)
        ends[id(run)] = end
    return [(run.x, run.y, ends.get(id(run), run.x), run.text) for run in runs]


def _last_glyphs(runs: list[_Run], chars: str) -> dict[int, int]:
    """id(run) → the index in the page's text of the run's last character, for the runs found there in
    order (a run's text is found after the one before it). None are found on a page holding characters
    beyond the BMP: there a Python index is not PDFium's."""
    found: dict[int, int] = {}
    if not chars or has_astral(chars):  # the page's own index counts such a character twice
        return found
    at = 0
    for run in runs:
        body = run.text
        where = chars.find(body, at)
        if where >= 0:
            at = where + len(body)
            found[id(run)] = at - 1
    return found


def _box_end(run: _Run, corners: tuple[ctypes.c_float, ...]) -> float:
    """The right edge of the run's glyph boxes on the page (`corners`: four c_floats to write into)."""
    import pypdfium2.raw as pdfium_c

    left, bottom, right, top = corners
    pdfium_c.FPDFPageObj_GetBounds(run.handle, left, bottom, right, top)
    return right.value if run.outer is _IDENTITY else _apply_x(run.outer, right.value, bottom.value)


def _owned(owner: Any, textpage: Any, index: int, run: _Run) -> bool:
    """Whether character `index` is drawn by the run's text object (`owner`: see _owner; builds
    before 2023 lack it and cannot tell: taken as yes, the glyph was found at the run's end)."""
    return owner is None or owner(textpage, index) == _address(run.handle)


@functools.cache
def _owner() -> Any:
    """PDFium's FPDFText_GetTextObject answering with the object's address as a number (pypdfium2's
    binding answers with a pointer object, which costs two casts to compare); None where it is missing."""
    import pypdfium2.raw as pdfium_c

    function = getattr(pdfium_c, "FPDFText_GetTextObject", None)
    if function is None:
        return None
    prototype = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
    return prototype(_address(function))


_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(slots=True)
class _Run:
    """One text object: its first glyph's origin, size on the page, text, the right edge of its
    glyphs' boxes, and its handle (to find its glyphs)."""

    x: float
    y: float
    size: float
    text: str
    outer: _Matrix  # the form XObjects' placement around it (its box is in their space)
    handle: Any  # the text object (valid while its page is open)
    upright: bool = True  # set level, not rotated or mirrored


def _times(m: _Matrix, n: _Matrix) -> _Matrix:
    """m then n (PDF's row-vector convention)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def _runs(page: Any, textpage: Any) -> Iterator[_Run]:
    """Every text object of the page, in content order, form XObjects opened in place."""
    import pypdfium2.raw as pdfium_c

    buffer = ctypes.create_string_buffer(_BUFFER)
    wide = ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR))
    matrix = pdfium_c.FS_MATRIX()
    size = ctypes.c_float()

    def text_of(obj: Any) -> str:
        needed = pdfium_c.FPDFTextObj_GetText(obj, textpage, wide, _BUFFER)
        if needed > _BUFFER:
            longer = ctypes.create_string_buffer(needed)
            pdfium_c.FPDFTextObj_GetText(obj, textpage, ctypes.cast(longer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), needed)
            return longer.raw[: needed - 2].decode("utf-16-le", errors="replace")
        return buffer.raw[: max(0, needed - 2)].decode("utf-16-le", errors="replace")

    text_kind, form_kind = pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_FORM
    kind_of, matrix_of = pdfium_c.FPDFPageObj_GetType, pdfium_c.FPDFPageObj_GetMatrix
    size_of = pdfium_c.FPDFTextObj_GetFontSize

    def walk(objects: list[Any], outer: _Matrix) -> Iterator[_Run]:
        for obj in objects:
            kind = kind_of(obj)
            if (kind != text_kind and kind != form_kind) or not matrix_of(obj, matrix):
                continue
            placed = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
            if outer is not _IDENTITY:
                placed = _times(placed, outer)
            if kind == form_kind:
                count = pdfium_c.FPDFFormObj_CountObjects(obj)
                yield from walk([pdfium_c.FPDFFormObj_GetObject(obj, k) for k in range(count)], placed)
                continue
            text = text_of(obj)
            if not text.strip() or not size_of(obj, size):
                continue
            scaled = round(size.value * math.hypot(placed[0], placed[1]), 1)
            if not scaled:
                continue
            yield _Run(placed[4], placed[5], scaled, text, outer, obj, upright(placed))

    count = pdfium_c.FPDFPage_CountObjects(page)
    yield from walk([pdfium_c.FPDFPage_GetObject(page, k) for k in range(count)], _IDENTITY)


def upright(m: _Matrix) -> bool:
    """Whether text placed by matrix `m` runs level, left to right (not a rotated stamp or watermark)."""
    a, b, c, d = m[:4]
    return a > 0 and d > 0 and abs(b) <= 0.01 * a and abs(c) <= 0.01 * d


def _address(pointer: Any) -> int:
    """A PDFium handle as a number, to compare handles."""
    return ctypes.cast(pointer, ctypes.c_void_p).value or 0


def _apply_x(m: _Matrix, x: float, y: float) -> float:
    return x * m[0] + y * m[2] + m[4]


def _merged(runs: list[_Run]) -> list[Piece]:
    """Runs of one size following each other on one baseline, joined into one piece (pypdf reports a
    line's text in one font as one piece; a line in another size than the body is then one piece, as
    the rule on such lines expects). A gap of two characters or more (`_segments`: the next column,
    drawn row by row with this one) keeps them apart."""
    pieces: list[Piece] = []
    last: _Run | None = None
    for run in runs:
        if (last is not None and pieces and run.size == last.size and abs(run.y - last.y) < 0.5
                and last.x <= run.x <= last.x + (len(last.text) + 1) * last.size
                and (run.x <= last.x + 2 * last.size  # next to it: no need to measure
                     or run.x <= last.x + (display_width(last.text.rstrip()) / 2 + 2) * last.size)):
            top = pieces[-1]
            pieces[-1] = Piece(top.x, top.y, top.size, top.text + run.text, top.upright)
        else:
            pieces.append(Piece(run.x, run.y, run.size, run.text, run.upright))
        last = run
    return pieces
