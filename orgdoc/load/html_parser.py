"""Reading HTML into lines of text: an `html.parser.HTMLParser` that drops code, widgets and the
HTML5 furniture elements, ends a line at each block element or <br>, closes what an earlier start tag
left open (<li>a<li>b, <td>a<td>b, <p>a<div>), and records each piece of text with where it stands
(in a link, the body, the title, furniture-named elements: see html_furniture.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

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

# Start tags that close what an earlier start tag left open (<li>a<li>b, <td>a<td>b, <p>a<div>):
# tag → (tags it closes, tags that bound the search).
_SECTIONS = frozenset({"thead", "tbody", "tfoot", "tr", "td", "th"})
_IMPLIED_END: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "li": (frozenset({"li"}), frozenset({"ul", "ol", "menu"})),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "tr": (frozenset({"tr", "td", "th"}), frozenset({"table", "thead", "tbody", "tfoot"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "thead": (_SECTIONS, frozenset({"table"})),
    "tbody": (_SECTIONS, frozenset({"table"})),
    "tfoot": (_SECTIONS, frozenset({"table"})),
}
_NOTHING: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
_P = frozenset({"p"})
_CLOSES_P = BLOCK_TAGS - {"td", "th", "tr", "thead", "tbody", "tfoot", "caption", "li", "dt", "dd"}

# East Asian wide characters: a source line break between two of them is not a space (CSS Text 3).
_WIDE = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_WIDE_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\r\n\f]*(?=[{_WIDE}])")
SPACES = re.compile(r"[ \t\r\n\f\xa0]+")


@dataclass
class _Open:
    """An open element of the body: what the rules need to know about it."""

    tag: str
    furniture: int | None = None  # index in TextExtractor.furniture when it is named as furniture
    body: bool = False  # named as the article's body
    title: bool = False  # <h1>, or named as the title (and not as furniture)


class TextExtractor(HTMLParser):
    """Collects lines of text parts; a block boundary ends the current line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.raw: list[Line] = []
        self.furniture: list[Furniture] = []
        self._parts: list[Part] = []
        self._open: list[_Open] = []  # open elements of the body, innermost last
        self._dropped: list[str] = []  # open dropped elements, innermost last
        self._heading: int | None = None
        self._pre = 0  # depth of open <pre>: line breaks in the source are kept
        self._article = 0  # depth of open <article>/<main>
        self._links = 0  # depth of open <a>
        self.total = 0  # characters of text outside dropped elements
        self.page_title = ""  # the page's <title>: evidence for the article's title, not text
        self._in_title = False

    # ----------------------------------------------------------------------------- tags

    def handle_starttag(self, tag: str, attrs: Attrs) -> None:
        if tag == "body":  # an unclosed <head> ends where the body starts
            self._dropped.clear()
        self._in_title = tag == "title" and not self.page_title
        if self._dropped or self._drops(tag):
            if self._drops(tag):
                self._dropped.append(tag)
            return
        self._article += tag in _ARTICLE_TAGS
        if tag == "br":
            self._end_line(force=True)
        elif tag in BLOCK_TAGS:
            self._end_line()
            self._heading = _HEADING_LEVELS.get(tag, self._heading)
            self._pre += tag == "pre"
        if tag not in VOID_TAGS:
            self._push(tag, attrs)

    def _drops(self, tag: str) -> bool:
        return tag in DROPPED_TAGS and not (tag == "header" and self._article)

    def _push(self, tag: str, attrs: Attrs) -> None:
        self._close_implied(tag)
        element = _Open(tag, body=tag in BODY_TAGS or named(attrs, BODY_NAMES))
        kind = furniture_kind(attrs) or ("widget" if tag == "form" else None)
        if kind is not None and not element.body:
            element.furniture = len(self.furniture)
            self.furniture.append(Furniture(kind))
        element.title = element.furniture is None and (tag == "h1" or is_title_name(attrs))
        if tag in BODY_TAGS or named(attrs, STRONG_BODY_NAMES):
            for index in self._furniture_open():
                self.furniture[index].body = True
        self._links += tag == "a"
        self._open.append(element)

    def _close_implied(self, tag: str) -> None:
        closes, bounds = _IMPLIED_END.get(tag, _NOTHING)
        if tag in _CLOSES_P:
            closes, bounds = _P, BLOCK_TAGS - _P
        for k in range(len(self._open) - 1, -1, -1):
            open_tag = self._open[k].tag
            if open_tag in closes:
                self._pop(k)
                return
            if open_tag in bounds:
                return

    def _pop(self, k: int) -> None:
        """Close the open element at index k and everything opened inside it."""
        self._links -= sum(1 for element in self._open[k:] if element.tag == "a")
        del self._open[k:]

    def handle_startendtag(self, tag: str, attrs: Attrs) -> None:
        if not self._dropped and tag in ("br", *BLOCK_TAGS):
            self._end_line(force=tag == "br")

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False
        if self._dropped:
            if tag in self._dropped:  # close it and anything left open inside it
                del self._dropped[len(self._dropped) - 1 - self._dropped[::-1].index(tag) :]
            return
        if tag in _ARTICLE_TAGS and self._article:
            self._article -= 1
        if tag in BLOCK_TAGS:
            self._end_line()
            if tag in _HEADING_LEVELS:
                self._heading = None
            if tag == "pre" and self._pre:
                self._pre -= 1
        for k in range(len(self._open) - 1, -1, -1):
            if self._open[k].tag == tag:
                self._pop(k)
                break

    # ----------------------------------------------------------------------------- text

    def _furniture_open(self) -> tuple[int, ...]:
        return tuple(e.furniture for e in self._open if e.furniture is not None)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.page_title += data
        if self._dropped:
            return
        if self._pre:
            for i, piece in enumerate(data.split("\n")):
                if i:
                    self._end_line(force=True)
                self._add(piece)
        else:
            self._add(SPACES.sub(" ", _WIDE_BREAK.sub("", data)))

    def _add(self, text: str) -> None:
        furniture = self._furniture_open()
        link = self._links > 0
        part = Part(text, furniture, link, any(e.body for e in self._open),
                    not link and any(e.title and e.tag == "h1" for e in self._open),
                    not link and any(e.title for e in self._open))
        self._parts.append(part)
        size = len(text.strip())
        self.total += size
        for index in furniture:
            self.furniture[index].add(part, size)

    def _end_line(self, force: bool = False) -> None:
        if any(part.text.strip() for part in self._parts) or force:
            self.raw.append(Line(self._parts, self._heading, self._furniture_open(), force))
        self._parts = []

    def close(self) -> None:
        super().close()
        self._end_line()
