"""Reading HTML into lines of text: a target for lxml's HTML parser (libxml2) that drops code,
widgets and the HTML5 furniture elements, ends a line at each block element or <br>, and records each
piece of text with where it stands (in a link, the body, the title, furniture-named elements: see
html_furniture.py).

libxml2 reads the markup in one pass in C and hands over balanced events: it closes what an earlier
start tag left open (<li>a<li>b, <td>a<td>b, <p>a<div>), drops stray end tags and survives any bytes
(the standard library's html.parser is quadratic on `<a`×n, `</`×n and stray end tags, and raises an
AssertionError on `<![C<`). Each event here costs the same at any depth: nothing walks the stack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

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

# An article's own <header> holds its title and byline: kept inside these, dropped elsewhere.
_ARTICLE_TAGS = frozenset({"article", "main"})

# East Asian wide characters: a source line break between two of them is not a space (CSS Text 3).
_WIDE = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_WIDE_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\r\n\f]*(?=[{_WIDE}])")
SPACES = re.compile(r"[ \t\r\n\f\xa0]+")


DEFAULT_MAX_DEPTH = DEFAULT_LIMITS.max_html_depth
_CHUNK = 1 << 20  # bytes fed to libxml2 at a time

# What a start event did, kept per open element so that its end event undoes just that.
_DROPPED, _OPENED, _FLAT = 0, 1, 2


@dataclass
class _Open:
    """An open element of the body: what the rules need to know about it."""

    tag: str
    furniture: int | None = None  # index in TextExtractor.furniture when it is named as furniture
    body: bool = False  # named as the article's body
    title: bool = False  # <h1>, or named as the title (and not as furniture)
    box: int | None = None  # the innermost furniture-named element at or around it


class TextExtractor:
    """Collects lines of text parts; a block boundary ends the current line. An lxml parser target:
    `start`, `end`, `data` and `close` are libxml2's events."""

    def __init__(self, max_depth: int = DEFAULT_MAX_DEPTH) -> None:
        self.raw: list[Line] = []
        self.furniture: list[Furniture] = []
        self.max_depth = max_depth
        self.flattened = 0  # elements past max_depth read as if their tags were not there
        self._parts: list[Part] = []
        self._open: list[_Open] = []  # open elements of the body, innermost last
        self._done: list[int] = []  # per open element (all of them), what its start event did
        self._dropping = 0  # open elements at or inside a dropped element
        self._text: list[str] = []  # text since the last tag (libxml2 hands it over in pieces)
        self._heading: int | None = None
        self._pre = 0  # depth of open <pre>: line breaks in the source are kept
        self._article = 0  # depth of open <article>/<main>
        self._links = 0  # depth of open <a>
        # Counters of the open elements, kept as they open and close, so that no step walks the stack.
        self._bodies = 0  # open elements named as the body
        self._titles = 0  # open elements named as the title
        self._h1s = 0  # open <h1> title elements
        self.total = 0  # characters of text outside dropped elements
        self.page_title = ""  # the page's <title>: evidence for the article's title, not text
        self._in_title = False

    # ----------------------------------------------------------------------------- tags

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self._flush()
        self._in_title = tag == "title" and not self.page_title
        if self._dropping or self._drops(tag):
            self._dropping += 1
            self._done.append(_DROPPED)
            return
        self._article += tag in _ARTICLE_TAGS
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
            self._push(tag, [(k, v) for k, v in attrib.items() if k == "class" or k == "id"])  # all a name says
            self._done.append(_OPENED)

    def _drops(self, tag: str) -> bool:
        return tag in DROPPED_TAGS and not (tag == "header" and self._article)

    def _push(self, tag: str, attrs: Attrs) -> None:
        element = _Open(tag, body=tag in BODY_TAGS or bool(attrs) and named(attrs, BODY_NAMES))
        kind = (attrs and furniture_kind(attrs)) or ("widget" if tag == "form" else None)
        around = self._box()
        if kind is not None and not element.body:
            element.furniture = len(self.furniture)
            self.furniture.append(Furniture(kind, parent=around))
        element.box = element.furniture if element.furniture is not None else around
        element.title = element.furniture is None and (tag == "h1" or bool(attrs) and is_title_name(attrs))
        if (tag in BODY_TAGS or bool(attrs) and named(attrs, STRONG_BODY_NAMES)) and around is not None:
            self.furniture[around].body = True  # passed on to the boxes around it as they close
        self._links += tag == "a"
        self._bodies += element.body
        self._titles += element.title
        self._h1s += element.title and tag == "h1"
        self._open.append(element)

    def _pop(self) -> None:
        """Close the innermost open element; a closing furniture box passes its counts to the box
        around it."""
        element = self._open.pop()
        self._links -= element.tag == "a"
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
        else:
            self._add(SPACES.sub(" ", _WIDE_BREAK.sub("", data)))

    def _add(self, text: str) -> None:
        box = self._box()
        link = self._links > 0
        part = Part(text, box, link, self._bodies > 0, not link and self._h1s > 0, not link and self._titles > 0)
        self._parts.append(part)
        size = len(text.strip())
        self.total += size
        if box is not None:
            self.furniture[box].add(part, size)

    def _end_line(self, force: bool = False) -> None:
        if any(part.text.strip() for part in self._parts) or force:
            self.raw.append(Line(self._parts, self._heading, self._box(), force))
        self._parts = []

    def close(self) -> None:
        self._flush()
        self._end_line()
        while self._open:  # boxes left open pass their counts on too
            self._pop()


def extract(markup: str, max_depth: int = DEFAULT_MAX_DEPTH) -> TextExtractor:
    """The page's text parts and furniture boxes, read by libxml2 (UTF-8 given, so a <meta charset>
    cannot make it read the text again in another encoding)."""
    page = TextExtractor(max_depth)
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
