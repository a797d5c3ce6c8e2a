"""Saved web pages: the article's text, one line per block, with page furniture dropped.

Page furniture goes in three ways:

- code, widgets and the page head (script, style, select…) and the HTML5 furniture elements (nav,
  header, footer, aside) never give text; an <article>'s own <header> is its title block and stays;
- an element whose class or id names it as furniture (navigation, breadcrumb, footer, sidebar,
  related links, share bar…: `FURNITURE_NAMES`) is dropped with all it holds, unless it holds the
  article after all: the page's <h1> title, its body (TRS_Editor, zoom, <article>…), or most of the
  page's text in sentences — then it is a wrapper with an unlucky name;
- above the page's title (its first <h1>, else an element named as the title, e.g. td.biaoti), lines
  made mostly of links outside the article's body are an unnamed menu or breadcrumb and go too.

What stays is the text a reader sees in the article, so the title is the first line on most pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from orgdoc.errors import OrgdocError

from ._common import Loaded, join_lines
from .encoding import canonical, decode_text

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

# Page furniture named by an element's class or id: kind → the words that name it. A name is cut
# into words (main-nav → main nav, leftSide → left side, nav2 → nav); GENERIC_WORDS at its end are
# passed over and the last other word decides, so main-nav, nav_list and footer-content are
# furniture while position-relative, news-title and con_left are not. Pinyin names are common on
# Chinese government sites (daohang 导航, weizhi 位置, xgxw 相关新闻).
FURNITURE_NAMES: dict[str, tuple[str, ...]] = {
    "navigation": ("nav", "navbar", "navi", "navigation", "subnav", "topnav", "mainnav", "menu", "menus",
                   "submenu", "menubar", "daohang"),
    "breadcrumb": ("breadcrumb", "breadcrumbs", "crumb", "crumbs", "position", "location", "path", "weizhi",
                   "dqwz", "curpos"),  # 您现在的位置：首页 >> …
    "header": ("header", "head", "top", "topbar", "banner"),
    "logo": ("logo",),
    "footer": ("footer", "foot", "bottom", "copyright", "banquan"),  # 版权所有, ICP备案号
    "sidebar": ("sidebar", "side", "aside"),
    "related": ("related", "relate", "recommend", "xgxw", "xglj", "xgwz", "xgwj", "tuijian"),  # 相关链接, 推荐
    "share": ("share", "bdsharebuttonbox", "fenxiang", "jiathis", "social"),  # 分享到：微信 微博
    "tools": ("toolbar", "tools", "gotop", "backtop"),  # (print: a page's print area is its article)
    "comment": ("comment", "comments", "pinglun"),  # 评论
    "widget": ("search", "login", "ad", "ads", "advert", "pagination", "pager", "form"),
}
GENERIC_WORDS = frozenset({
    "box", "wrap", "wrapper", "list", "lists", "con", "cont", "content", "bar", "inner", "area", "main",
    "left", "right", "ul", "link", "links", "news", "article", "articles", "item", "items", "btn", "btns",
    "button", "buttons", "panel", "block", "container", "section", "bg", "fl", "fr", "mod", "module", "part",
    "div", "tit", "title", "info", "nr",
})
# The article's body: an element so named (lower case, - and _ left out) is never furniture; an
# element with a STRONG body name (or <article>, <main>) keeps a furniture-named element around it.
BODY_NAMES = frozenset({
    "article", "content", "main", "maincontent", "articlecontent", "articlebody", "text", "detail",
    "contentbody", "newscontent", "trseditor", "zoom", "zhengwen", "jscontent", "artibody",
})
STRONG_BODY_NAMES = frozenset({"trseditor", "zoom", "zhengwen", "articlecontent", "articlebody", "jscontent",
                               "artibody"})
BODY_TAGS = frozenset({"article", "main"})
# An element whose name ends with one of these holds the article's title (h1.title, td.biaoti,
# div.article-title, h1.rich_media_title); on a page without <h1>, a header-named box around it stays.
TITLE_WORDS = frozenset({"title", "biaoti", "headline"})
# Furniture kinds the page's <h1> keeps (a logo's <h1> is the site's name, never the article's);
# the kinds an element named as the title keeps (a sidebar box has its own "title").
H1_KEEPS = frozenset(FURNITURE_NAMES) - {"logo"}
TITLE_KEEPS = frozenset({"header"})
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

# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">.
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_PRESCAN_BYTES = 4096

# East Asian wide characters: a source line break between two of them is not a space (CSS Text 3).
_WIDE = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_WIDE_BREAK = re.compile(rf"(?<=[{_WIDE}])[ \t\r\f]*\n[ \t\r\n\f]*(?=[{_WIDE}])")
_SPACES = re.compile(r"[ \t\r\n\f\xa0]+")
_NAME_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")  # leftSide → left Side; TRS_Editor → TRS Editor
_SENTENCE = re.compile(r"[^。！？!?]{20,}[。！？!?]")  # a sentence of the article, not a link title
LINK_SHARE = 0.5  # a line above the title with this share of its letters in links is a menu or breadcrumb


Attrs = list[tuple[str, str | None]]


def _names(attrs: Attrs) -> list[str]:
    """An element's class and id names."""
    return [name for key, value in attrs if key in ("class", "id") and value for name in value.split()]


def _words(name: str) -> list[str]:
    return [w.lower() for w in _NAME_WORDS.findall(name)]


def _named(attrs: Attrs, table: frozenset[str]) -> bool:
    """Whether a class or id, lower case with - and _ left out, is in `table`."""
    return any(re.sub(r"[-_]", "", name.lower()) in table for name in _names(attrs))


def furniture_kind(attrs: Attrs) -> str | None:
    """The furniture kind an element's class or id names, None for the body or anything else."""
    if _named(attrs, BODY_NAMES):
        return None
    for name in _names(attrs):
        words = [w for w in _words(name) if len(w) > 1]
        while words and words[-1] in GENERIC_WORDS:
            words.pop()
        if words and words[-1] in _KIND_OF:
            return _KIND_OF[words[-1]]
    return None


_KIND_OF = {word: kind for kind, words in FURNITURE_NAMES.items() for word in words}


def _is_title_name(attrs: Attrs) -> bool:
    return any(words[-1] in TITLE_WORDS for words in map(_words, _names(attrs)) if words)


@dataclass
class _Open:
    """An open element of the body: what the rules need to know about it."""

    tag: str
    furniture: int | None = None  # index in _TextExtractor.furniture when it is named as furniture
    body: bool = False  # named as the article's body
    title: bool = False  # <h1>, or named as the title (and not as furniture)


@dataclass
class _Furniture:
    kind: str
    chars: int = 0  # characters of text inside
    sentences: bool = False  # some of it is a sentence outside links
    h1: bool = False  # holds an <h1>'s text outside links
    title: bool = False  # holds an element named as the title
    body: bool = False  # holds an element with a strong body name

    def kept(self, total: int, page_h1: bool) -> bool:
        """Whether it holds the article after all (see the module's docstring). When the page has an
        <h1>, that is its title, and an element merely named as a title keeps nothing."""
        title = self.title and not page_h1 and self.kind in TITLE_KEEPS
        return self.body or (self.h1 and self.kind in H1_KEEPS) or title or (self.sentences and 2 * self.chars > total)


@dataclass
class _Part:
    text: str
    furniture: tuple[int, ...]  # the furniture-named elements it stands in
    link: bool  # inside <a>
    body: bool  # inside an element named as the body
    h1: bool  # inside <h1> (outside <a>)
    title: bool  # inside an element named as the title (outside <a>)


@dataclass
class _Line:
    parts: list[_Part]
    heading: int | None
    furniture: tuple[int, ...] = ()  # where a forced (<br>) line break stands
    forced: bool = False
    text: str = field(default="", init=False)


class _TextExtractor(HTMLParser):
    """Collects lines of text parts; a block boundary ends the current line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.raw: list[_Line] = []
        self.furniture: list[_Furniture] = []
        self._parts: list[_Part] = []
        self._open: list[_Open] = []  # open elements of the body, innermost last
        self._dropped: list[str] = []  # open dropped elements, innermost last
        self._heading: int | None = None
        self._pre = 0  # depth of open <pre>: line breaks in the source are kept
        self._article = 0  # depth of open <article>/<main>
        self._links = 0  # depth of open <a>
        self.total = 0  # characters of text outside dropped elements

    # ----------------------------------------------------------------------------- tags

    def handle_starttag(self, tag: str, attrs: Attrs) -> None:
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
        if tag not in VOID_TAGS:
            self._push(tag, attrs)

    def _drops(self, tag: str) -> bool:
        return tag in DROPPED_TAGS and not (tag == "header" and self._article)

    def _push(self, tag: str, attrs: Attrs) -> None:
        self._close_implied(tag)
        element = _Open(tag, body=tag in BODY_TAGS or _named(attrs, BODY_NAMES))
        kind = furniture_kind(attrs) or ("widget" if tag == "form" else None)
        if kind is not None and not element.body:
            element.furniture = len(self.furniture)
            self.furniture.append(_Furniture(kind))
        element.title = element.furniture is None and (tag == "h1" or _is_title_name(attrs))
        if tag in BODY_TAGS or _named(attrs, STRONG_BODY_NAMES):
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
        if self._dropped:
            return
        if self._pre:
            for i, piece in enumerate(data.split("\n")):
                if i:
                    self._end_line(force=True)
                self._add(piece)
        else:
            self._add(_SPACES.sub(" ", _WIDE_BREAK.sub("", data)))

    def _add(self, text: str) -> None:
        furniture = self._furniture_open()
        link = self._links > 0
        part = _Part(text, furniture, link, any(e.body for e in self._open),
                     not link and any(e.title and e.tag == "h1" for e in self._open),
                     not link and any(e.title for e in self._open))
        self._parts.append(part)
        size = len(text.strip())
        self.total += size
        for index in furniture:
            box = self.furniture[index]
            box.chars += size
            box.h1 |= part.h1 and size > 0
            box.title |= part.title and size > 0
            box.sentences |= not link and _SENTENCE.search(text) is not None

    def _end_line(self, force: bool = False) -> None:
        if any(part.text.strip() for part in self._parts) or force:
            self.raw.append(_Line(self._parts, self._heading, self._furniture_open(), force))
        self._parts = []

    def close(self) -> None:
        super().close()
        self._end_line()

    # ----------------------------------------------------------------------------- result

    def lines(self) -> list[tuple[str, int | None]]:
        """The page's lines without its furniture, each with its heading level."""
        dropped = {i for i, box in enumerate(self.furniture) if not box.kept(self.total, True)}
        if not any(p.h1 and p.text.strip() and dropped.isdisjoint(p.furniture) for x in self.raw for p in x.parts):
            dropped = {i for i, box in enumerate(self.furniture) if not box.kept(self.total, False)}
        kept: list[_Line] = []
        for line in self.raw:
            parts = [p for p in line.parts if dropped.isdisjoint(p.furniture)]
            text = _SPACES.sub(" ", "".join(p.text for p in parts)).strip()
            blank = line.forced and not any(p.text.strip() for p in line.parts)
            if text or (blank and dropped.isdisjoint(line.furniture)):
                line.parts, line.text = parts, text
                kept.append(line)
        kept = _links_above_title(kept)
        return [(line.text, line.heading if line.text else None) for line in kept]


def _links_above_title(lines: list[_Line]) -> list[_Line]:
    """Without the lines above the page's title made mostly of links (a menu, a breadcrumb), unless
    they stand in the article's body; a page with no <h1> and no element named as its title is kept whole."""
    title = next((i for i, line in enumerate(lines) if any(p.h1 and p.text.strip() for p in line.parts)), None)
    if title is None:
        title = next((i for i, line in enumerate(lines) if any(p.title and p.text.strip() for p in line.parts)), 0)
    return [line for i, line in enumerate(lines) if i >= title or not _mostly_links(line)]


def _mostly_links(line: _Line) -> bool:
    letters = [(sum(ch.isalnum() for ch in p.text), p.link) for p in line.parts if not p.body]
    if len(letters) < len(line.parts):  # some of it stands in the body
        return False
    total = sum(n for n, _ in letters)
    return total > 0 and sum(n for n, link in letters if link) >= LINK_SHARE * total


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
    return _collapse_blank_lines(parser.lines())


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
