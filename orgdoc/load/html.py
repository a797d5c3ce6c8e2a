"""Saved web pages: the article's text, one line per block, with page chrome (nav, scripts…) dropped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from orgdoc.errors import OrgdocError

from ._common import Loaded, join_lines
from .encoding import canonical, decode_text

# Elements whose whole content is page furniture or code, never the document's text.
# fmt: off
DROPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "head", "title", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "math", "select", "button", "object", "canvas",
})

# Elements that start and end a line (HTML block-level boxes, plus table cells: a layout table
# often holds the whole article in one cell).
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "blockquote", "pre", "address", "center", "figure",
    "figcaption", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
    "caption", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "details", "summary", "fieldset", "legend",
})
# fmt: on

_HEADING_LEVELS = {f"h{n}": n for n in range(1, 7)}

# An article's own <header> holds its title and byline: kept inside these, dropped elsewhere.
_ARTICLE_TAGS = frozenset({"article", "main"})

# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">.
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_PRESCAN_BYTES = 4096

# East Asian wide characters: a source line break between two of them is not a space (CSS Text 3).
_WIDE = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_WIDE_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\r\n\f]*(?=[{_WIDE}])")
_SPACES = re.compile(r"[ \t\r\n\f\xa0]+")


class _TextExtractor(HTMLParser):
    """Collects (line, heading level) pairs; a block boundary ends the current line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, int | None]] = []
        self._parts: list[str] = []
        self._dropped: list[str] = []  # open dropped elements, innermost last
        self._heading: int | None = None
        self._pre = 0  # depth of open <pre>: line breaks in the source are kept
        self._article = 0  # depth of open <article>/<main>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":  # an unclosed <head> ends where the body starts
            self._dropped.clear()
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

    def _drops(self, tag: str) -> bool:
        return tag in DROPPED_TAGS and not (tag == "header" and self._article)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._dropped and tag in ("br", *BLOCK_TAGS):
            self._end_line(force=tag == "br")

    def handle_endtag(self, tag: str) -> None:
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

    def handle_data(self, data: str) -> None:
        if self._dropped:
            return
        if self._pre:
            for i, piece in enumerate(data.split("\n")):
                if i:
                    self._end_line(force=True)
                self._parts.append(piece)
        else:
            self._parts.append(_SPACES.sub(" ", _WIDE_BREAK.sub("", data)))

    def _end_line(self, force: bool = False) -> None:
        line = _SPACES.sub(" ", "".join(self._parts)).strip()
        if line or force:
            self.lines.append((line, self._heading if line else None))
        self._parts = []

    def close(self) -> None:
        super().close()
        self._end_line()


def _collapse_blank_lines(lines: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """At most one blank line in a row, none at either end."""
    out: list[tuple[str, int | None]] = []
    for line in lines:
        if line[0] or (out and out[-1][0]):
            out.append(line)
    while out and not out[-1][0]:
        out.pop()
    return out


def declared_charset(data: bytes) -> str | None:
    """The charset label the page's <meta> declares, as written; None when there is none."""
    match = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    return match.group(1).decode("ascii") if match else None


def _codec(label: str | None) -> str | None:
    try:
        return canonical(label, None) if label else None
    except OrgdocError:  # an unknown label: fall back to detection, as browsers do
        return None


def html_to_lines(markup: str) -> list[tuple[str, int | None]]:
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    return _collapse_blank_lines(parser.lines)


def load_html(data: bytes, name: str | None, encoding: str | None) -> Loaded:
    label = declared_charset(data) if encoding is None else None
    declared = _codec(label)
    decoded = decode_text(data, name, encoding, declared)
    warnings = list(decoded.warnings)
    used = decoded.encoding
    if label and declared is None:
        warnings.append(f"the page declares an unknown charset {label!r}; read as {used}")
    elif declared and used != declared and not data.isascii():
        warnings.append(f"the page declares {label} but its bytes are {used}; read as {used}")
    text, headings = join_lines(html_to_lines(decoded.text))
    return Loaded(text, "html", used, name, headings, tuple(warnings))
