"""Reading HTML into lines of text: a target for lxml's HTML parser (libxml2) that drops code,
widgets and the HTML5 furniture elements, ends a line at each block element or <br>, and records each
piece of text with where it stands (in a link, the body, the title, furniture-named elements: see
html_furniture.py; hidden elements: html_style.py). An <ol>'s items get the numbers a browser draws
(html_lists.py).

libxml2 reads the markup in one pass in C and hands over balanced events: it closes what an earlier
start tag left open (<li>a<li>b, <td>a<td>b, <p>a<div>), drops stray end tags and survives any bytes
(the standard library's html.parser is quadratic on `<a`×n, `</`×n and stray end tags, and raises an
AssertionError on `<![C<`). Each event here costs the same at any depth: nothing walks the stack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from lxml import etree

from orgdoc.grammar import starts_with_marker

from ._common import DEFAULT_LIMITS, safe_text
from .html_furniture import (
    BODY_NAMES,
    BODY_TAGS,
    STRONG_BODY_NAMES,
    Attrs,
    Furniture,
    Line,
    Part,
    furniture_kind,
    is_title_name,
    named,
)
from .html_lists import Item, OrderedList, list_item, ordered_list
from .html_style import NO_STYLE, PageStyle, page_style

# fmt: off
# Elements whose whole content is page furniture or code, never the document's text.
DROPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "head", "title", "nav", "header", "footer", "aside",
    "iframe", "svg", "math", "select", "button", "object", "canvas",
})

# Elements that start and end a line (HTML block-level boxes, plus table cells: a layout table
# often holds the whole article in one cell).
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "blockquote", "pre", "address", "center", "figure",
    "figcaption", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
    "caption", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "details", "summary", "fieldset", "legend",
})

# Elements without content or end tag: never left open.
VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr", "basefont", "frame", "keygen",
})
# fmt: on

_HEADING_LEVELS = {f"h{n}": n for n in range(1, 7)}
# A line wholly in bold with no end mark, short, is a heading in a page with no heading tags (Word
# pasted into a CMS sets its unnumbered part headings so): reported one level below <h6>, so that two
# or more of them in the body make a group (blocks.with_styled), and one alone stays text.
BOLD_LINE_LEVEL: Final = 7
_BOLD_TAGS = frozenset({"strong", "b"})
_BOLD_LINE_MAX = 60  # characters
_END_MARKS = "。！？!?；;：:"
_BRACKETS = "【[（(〔<《"

# The attributes read: the names (class, id: html_furniture.py), what hides an element and how a list
# is numbered (html_style.py, html_lists.py).
READ_ATTRIBUTES = frozenset({"class", "id", "style", "hidden", "type", "start", "reversed", "value"})

# Lists: an <ol>'s items are numbered (html_lists.py); an <li> in the others is not.
_LIST_TAGS = frozenset({"ol", "ul", "menu", "dir", "li"})

# An article's own <header> holds its title and byline: kept inside these, dropped elsewhere (HTML5: a
# <header> in a <section> is that section's, as a blog template's post box sets its <h2> and byline).
_ARTICLE_TAGS = frozenset({"article", "main", "section"})

# East Asian wide characters: a source line break between two of them is not a space (CSS Text 3).
_WIDE = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_WIDE_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\r\n\f]*(?=[{_WIDE}])")
SPACES = re.compile(r"[ \t\r\n\f\xa0]+")
# A line break of the source inside a block: a browser shows a space (or nothing between wide characters).
_SOURCE_BREAK = re.compile(r"[ \t\r\f]*\n[ \t\r\n\f]*")
_WIDE_CHAR = re.compile(rf"[{_WIDE}]")
# A block laid out in the source one item a line (a hand-written page: <p>二、…⏎1.…⏎2.…</p>, <span>s of
# 1、… on lines of their own) keeps those lines: this many of its source lines open with a numbering marker.
MIN_MARKED_SOURCE_LINES = 2
# Plain text put in a page as it was typed (a CMS shows a textarea's text in a <div>: lines ended by
# newlines, a bold heading alone on its line): so many of a block's source lines ending a sentence or a
# label show that its newlines end its lines.
MIN_SENTENCE_BREAKS = 2
TYPED_LINE_ENDS = frozenset("。！？；：")


DEFAULT_MAX_DEPTH = DEFAULT_LIMITS.max_html_depth
_CHUNK = 1 << 20  # bytes fed to libxml2 at a time

# What a start event did, kept per open element so that its end event undoes just that.
_DROPPED, _OPENED, _FLAT = 0, 1, 2

# A data table, as the .docx reader tells one (docx_body.is_data_table): at least DATA_ROWS rows of two
# cells or more holding text. A page also lays itself out in tables (the article in one cell, a menu
# in the next), so here a data table holds no table of its own and no cell longer than MAX_DATA_CELL
# characters: a table with prose in it is the page's layout, its text runs on.
DATA_ROWS = 2
MAX_DATA_CELL = 40
_CELL_TAGS = frozenset({"td", "th"})
# A picture's caption set over more than one line: all the lines of text between two pictures, when
# they are at most this many, are marked as standing under the first (the envelope reads their shape).
MAX_CAPTION_LINES = 2
_TABLE_PARTS = frozenset({"td", "th", "tr", "table"})


@dataclass
class _Table:
    """An open <table>: what tells a data table from a layout table."""

    first: int  # its first line (an index into TextExtractor.raw)
    rows: int = 0  # rows of two cells or more holding text, so far
    cells: int = 0  # cells holding text in the open row
    cell: int = 0  # characters of text in the open cell
    longest: int = 0  # characters of the longest cell
    nested: bool = False  # holds a table of its own: a layout table


@dataclass
class _Open:
    """An open element of the body: what the rules need to know about it."""

    tag: str
    furniture: int | None = None  # index in TextExtractor.furniture when it is named as furniture
    body: bool = False  # named as the article's body
    title: bool = False  # <h1>, or named as the title (and not as furniture)
    box: int | None = None  # the innermost furniture-named or hidden element at or around it
    list: bool = False  # an <ol>, <ul>…: it has its entry in TextExtractor._lists


class TextExtractor:
    """Collects lines of text parts; a block boundary ends the current line. An lxml parser target:
    `start`, `end`, `data` and `close` are libxml2's events."""

    def __init__(self, max_depth: int = DEFAULT_MAX_DEPTH, style: PageStyle = NO_STYLE) -> None:
        self.raw: list[Line] = []
        self.furniture: list[Furniture] = []  # the furniture-named and the hidden elements
        self.max_depth = max_depth
        self.style = style
        self._rules_hide = bool(style.hidden)  # some rule of the page's <style> hides a class or id
        self.hidden = 0  # hidden elements (boxes in `furniture`)
        self.flattened = 0  # elements past max_depth read as if their tags were not there
        self._parts: list[Part] = []
        self._breaks: list[int] = []  # indices in _parts of the parts a source line break stands before
        self._open: list[_Open] = []  # open elements of the body, innermost last
        self._done: list[int] = []  # per open element (all of them), what its start event did
        self._dropping = 0  # open elements at or inside a dropped element
        self._text: list[str] = []  # text since the last tag (libxml2 hands it over in pieces)
        self._heading: int | None = None
        self._pre = 0  # depth of open <pre>: line breaks in the source are kept
        self._article = 0  # depth of open <article>/<main>
        self._links = 0  # depth of open <a>
        self._bold = 0  # depth of open <strong>/<b>
        self._tables: list[_Table] = []  # the open <table>s, innermost last
        # The open lists from the outermost <ol> in, innermost last (None: not ordered).
        self._lists: list[OrderedList | None] = []
        self._ordered = 0  # open <ol>
        self._pending: Item | None = None  # an <ol>'s item whose number waits for its first text
        # Counters of the open elements, kept as they open and close, so that no step walks the stack.
        self._bodies = 0  # open elements named as the body
        self._titles = 0  # open elements named as the title
        self._h1s = 0  # open <h1> title elements
        self.total = 0  # characters of text outside dropped elements
        self.prose = 0  # …outside links
        self.deepest = 0  # the most elements named as the body that text stands in (html_furniture.Part.body)
        self.page_title = ""  # the page's <title>: evidence for the article's title, not text
        self._in_title = False
        self._image = False  # an <img> since the last line of text, before any text of the line
        self._under_image: list[int] = []  # the lines of text since the last <img>, when one stood above them

    # ----------------------------------------------------------------------------- tags

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self._flush()
        self._in_title = tag == "title" and not self.page_title
        if self._dropping or self._drops(tag):
            self._dropping += 1
            self._done.append(_DROPPED)
            return
        self._article += tag in _ARTICLE_TAGS
        if tag == "img" and not any(part.text.strip() for part in self._parts):
            self._image = True  # a picture standing before the next line: that line may be its caption
            if len(self._under_image) <= MAX_CAPTION_LINES:  # the lines between two pictures: a caption
                for k in self._under_image[1:]:  # set over two lines (商丘市委书记王战营 / 宣布…开幕辞)
                    self.raw[k].under_image = True
            self._under_image = []
        if tag == "br":
            self._end_line(force=True)
        elif tag in BLOCK_TAGS:
            self._end_line()
            self._heading = _HEADING_LEVELS.get(tag, self._heading)
            self._pre += tag == "pre"
        if tag in VOID_TAGS or len(self._done) >= self.max_depth:
            self.flattened += tag not in VOID_TAGS
            self._done.append(_FLAT)
        else:
            attrs: Attrs = [(k, v) for k, v in attrib.items() if k in READ_ATTRIBUTES] if attrib else []
            names: Attrs = [kv for kv in attrs if kv[0] == "class" or kv[0] == "id"] if attrs else attrs
            self._push(tag, names, attrs)
            self._done.append(_OPENED)
            if tag == "table":
                if self._tables:
                    self._tables[-1].nested = True
                self._tables.append(_Table(len(self.raw)))

    def _drops(self, tag: str) -> bool:
        return tag in DROPPED_TAGS and not (tag == "header" and self._article)

    def _push(self, tag: str, names: Attrs, attrs: Attrs) -> None:
        """Open an element; `names`: its class and id (all a name says), `attrs`: all attributes read."""
        element = _Open(tag, body=tag in BODY_TAGS or bool(names) and named(names, BODY_NAMES))
        kind = (names and furniture_kind(names)) or ("widget" if tag == "form" else None)
        if kind is not None and element.body:
            kind = None
        # (the call is left out where it could find nothing: an element of names only, no rule hiding any)
        hidden = bool(attrs) and (len(attrs) > len(names) or self._rules_hide) and self.style.hides(
            tag, names, attrs)
        around = self._box()
        if kind is not None or hidden:
            element.furniture = len(self.furniture)
            self.furniture.append(Furniture(kind or "hidden", parent=around, hidden=hidden,
                                            name=" ".join(v or "" for k, v in names if k == "class")))
            self.hidden += hidden
        element.box = element.furniture if element.furniture is not None else around
        element.title = kind is None and (tag == "h1" or bool(names) and is_title_name(names))
        if tag == "ol" or self._ordered and tag in _LIST_TAGS:  # outside an <ol>, other lists say nothing
            self._list_tag(element, names, attrs)
        if (tag in BODY_TAGS or bool(names) and named(names, STRONG_BODY_NAMES)) and around is not None:
            self.furniture[around].body = True  # passed on to the boxes around it as they close
        self._links += tag == "a"
        self._bold += tag in _BOLD_TAGS
        self._bodies += element.body
        self._titles += element.title
        self._h1s += element.title and tag == "h1"
        self._open.append(element)

    def _list_tag(self, element: _Open, names: Attrs, attrs: Attrs) -> None:
        """A list opens (its entry in `_lists`), or an item of the innermost one (its number waits)."""
        if element.tag == "li":
            ordered = self._lists[-1]
            if ordered is not None:
                self._pending = list_item(attrs)
                ordered.items.append(self._pending)
            return
        element.list = True
        if element.tag == "ol":
            self._ordered += 1
            self._lists.append(ordered_list(attrs, self.style.list_style("ol", names, attrs)))
        else:
            self._lists.append(None)

    def _pop(self) -> None:
        """Close the innermost open element; a closing furniture box passes its counts to the box
        around it, a closing <ol> writes its numbers."""
        element = self._open.pop()
        if element.list:
            ordered = self._lists.pop()
            if ordered is not None:
                ordered.draw()
                self._ordered -= 1
                self._pending = None
        self._links -= element.tag == "a"
        self._bold -= element.tag in _BOLD_TAGS
        self._bodies -= element.body
        self._titles -= element.title
        self._h1s -= element.title and element.tag == "h1"
        if element.furniture is not None:
            box = self.furniture[element.furniture]
            if box.parent is not None:
                box.close_into(self.furniture[box.parent])

    def end(self, tag: str) -> None:
        self._flush()
        self._in_title = False
        done = self._done.pop() if self._done else _FLAT
        if done == _DROPPED:
            self._dropping -= 1
            return
        self._article -= tag in _ARTICLE_TAGS and self._article > 0
        if tag in BLOCK_TAGS:
            self._end_line()
            if tag in _HEADING_LEVELS:
                self._heading = None
            if tag == "pre" and self._pre:
                self._pre -= 1
        if done == _OPENED:
            self._pop()
            if self._tables and tag in _TABLE_PARTS:
                self._table_end(tag)

    def _table_end(self, tag: str) -> None:
        """A cell, row or table of the innermost open table closes; a data table's lines are marked."""
        table = self._tables[-1]
        if tag == "tr":
            table.rows += table.cells >= 2
            table.cells = 0
        elif tag != "table":
            table.cells += table.cell > 0
            table.longest = max(table.longest, table.cell)
            table.cell = 0
        else:
            self._tables.pop()
            if table.rows >= DATA_ROWS and not table.nested and table.longest <= MAX_DATA_CELL:
                for line in self.raw[table.first:]:
                    line.table = True

    # ----------------------------------------------------------------------------- text

    def _box(self) -> int | None:
        """The innermost open furniture-named element."""
        return self._open[-1].box if self._open else None

    def data(self, data: str) -> None:
        self._text.append(data)

    def comment(self, text: str) -> None:
        pass

    def _flush(self) -> None:
        """The text since the last tag, as one piece (a line break between two wide characters is
        found across libxml2's pieces too)."""
        if not self._text:
            return
        data = "".join(self._text)
        self._text = []
        if self._in_title:
            self.page_title += data
        if self._dropping:
            return
        if self._pre:
            for i, piece in enumerate(data.split("\n")):
                if i:
                    self._end_line(force=True)
                self._add(piece)
        elif data and not data.strip(" \t\r\n\f\xa0"):
            self._add(" ")  # the run between two tags, most pieces of a page: no pattern needed
            if "\n" in data and self._parts:
                self._breaks.append(len(self._parts))
        elif "\n" not in data:
            self._add(SPACES.sub(" ", data))
        else:
            for i, piece in enumerate(_SOURCE_BREAK.split(data)):
                if i:  # kept as a part of its own: _end_line may make the break a line's end
                    self._breaks.append(len(self._parts))
                    before = self._parts[-1].text[-1:] if self._parts else ""
                    wide = bool(before and piece and _WIDE_CHAR.match(before) and _WIDE_CHAR.match(piece))
                    piece = piece if wide else " " + piece
                self._add(SPACES.sub(" ", piece))

    def _add(self, text: str) -> None:
        box = self._box()
        link = self._links > 0
        if self._ordered:
            self._number(text, link, box)
        part = Part(text, box, link, self._bodies, not link and self._h1s > 0, not link and self._titles > 0,
                    self._bold > 0)
        self._parts.append(part)
        size = len(text.strip())
        if self._tables:
            self._tables[-1].cell += size
        self.total += size
        self.prose += 0 if link else size
        if self._bodies > self.deepest and size:
            self.deepest = self._bodies
        if box is not None:
            self.furniture[box].add(part, size)

    def _number(self, text: str, link: bool, box: int | None) -> None:
        """Inside an <ol>: the text counts to the innermost list's item (when that is an <ol>), and the
        first text of an item gets the part its number is written in (when the list closes)."""
        ordered = self._lists[-1]
        if ordered is not None:
            ordered.add_text(text, link)
        if self._pending is not None and text.strip():
            self._pending.marker = Part("", box, False, self._bodies, self._h1s > 0, self._titles > 0)
            self._parts.append(self._pending.marker)
            self._pending = None

    def _end_line(self, force: bool = False) -> None:
        text = any(part.text.strip() for part in self._parts)
        if text or force:
            heading = self._heading if self._heading is not None else _bold_line(self._parts)
            self.raw.append(Line(self._parts, heading, self._box(), force, self._breaks))
        if text:  # a blank line (<br>) between a picture and its caption keeps the picture pending
            if self._image or 0 < len(self._under_image) <= MAX_CAPTION_LINES:  # (past that, no caption)
                self._under_image.append(len(self.raw) - 1)
            self.raw[-1].after_image, self._image = self._image, False
        self._parts = []
        self._breaks = []

    def close(self) -> None:
        self._flush()
        self._end_line()
        self.raw = source_lines(self.raw)
        while self._open:  # boxes left open pass their counts on too
            self._pop()


def source_lines(raw: list[Line]) -> list[Line]:
    """The page's lines as a browser shows them, unless its author laid its blocks out one point a line
    in the source (a JSP's <p>二、…⏎1.…⏎2.…</p>, <span>s of 1、… on lines of their own): where some block
    has MIN_MARKED_SOURCE_LINES source lines after a break opening with a numbering marker, every block
    keeps its source lines (<p>一、时间安排⏎2021年…</p> too). Characters set one a line by <br> (a label
    written vertically: 工<br>作<br>职<br>责) are one line either way. A block of text put in the page as
    it was typed (a CMS shows a textarea's text in a <div>, no <p> or <br>) keeps its own source lines
    where MIN_SENTENCE_BREAKS of them end with a sentence end or a colon."""
    cut = any(_marked_lines(line) >= MIN_MARKED_SOURCE_LINES for line in raw if len(line.breaks) > 1)
    out: list[Line] = []
    for line in raw:
        kept = line.breaks and (cut or len(line.breaks) >= MIN_SENTENCE_BREAKS and _typed(line))
        for k, parts in enumerate(_pieces(line) if kept else [line.parts]):
            piece = Line(parts, line.heading, line.furniture, line.forced)
            piece.table = line.table
            if k == 0:  # a picture stands above the first of its source lines only
                piece.after_image, piece.under_image = line.after_image, line.under_image
            out.append(piece)
    return _vertical_labels(out)


def _pieces(line: Line) -> list[list[Part]]:
    cuts = [0, *line.breaks, len(line.parts)]
    return [line.parts[a:b] for a, b in pairwise(cuts) if a < b]


def _typed(line: Line) -> bool:
    """Whether MIN_SENTENCE_BREAKS of the line's source lines before a break end a sentence or a label."""
    ends = ("".join(p.text for p in parts).rstrip()[-1:] for parts in _pieces(line)[:-1])
    return sum(end in TYPED_LINE_ENDS for end in ends) >= MIN_SENTENCE_BREAKS


def _marked_lines(line: Line) -> int:
    return sum(starts_with_marker("".join(p.text for p in parts).strip()) for parts in _pieces(line)[1:])


def _vertical_labels(lines: list[Line]) -> list[Line]:
    """Runs of two or more <br> lines of one wide character each joined into one line."""
    out: list[Line] = []
    run: list[Line] = []
    for line in [*lines, None]:
        text = "".join(p.text for p in line.parts).strip() if line is not None and line.forced else ""
        if line is not None and len(text) == 1 and _WIDE_CHAR.match(text):
            run.append(line)
            continue
        if len(run) > 1:
            joined = Line([p for r in run for p in r.parts if p.text.strip()], run[0].heading, run[0].furniture, True)
            joined.after_image, joined.under_image = run[0].after_image, run[0].under_image
            out.append(joined)
        else:
            out.extend(run)
        run = []
        if line is not None:
            out.append(line)
    return out


def _bold_line(parts: list[Part]) -> int | None:
    """BOLD_LINE_LEVEL for a line whose text is all in bold, outside links, short and with no end mark."""
    text = [part for part in parts if part.text.strip()]
    if not text or any(not part.bold or part.link for part in text):
        return None
    line = "".join(part.text for part in text).strip()
    if len(line) > _BOLD_LINE_MAX or line[-1] in _END_MARKS or line[0] in _BRACKETS or any(c in line for c in "：:"):
        return None  # 【核心提示】 来源：新华社: a box's tag, a key and its datum; not a part's heading
    return BOLD_LINE_LEVEL


def extract(markup: str, max_depth: int = DEFAULT_MAX_DEPTH) -> TextExtractor:
    """The page's text parts and furniture boxes, read by libxml2 (UTF-8 given, so a <meta charset>
    cannot make it read the text again in another encoding)."""
    page = TextExtractor(max_depth, page_style(markup))
    parser = etree.HTMLParser(target=page, encoding="utf-8", huge_tree=True, no_network=True,
                              remove_comments=True, remove_pis=True)
    data = safe_text(markup)[0].encode("utf-8")  # lone surrogates cannot be written as UTF-8
    for at in range(0, len(data), _CHUNK):
        parser.feed(data[at:at + _CHUNK])
    try:
        parser.close()
    except etree.LxmlError:  # nothing but blanks or comments: libxml2 says the document is empty
        page.close()
    return page
