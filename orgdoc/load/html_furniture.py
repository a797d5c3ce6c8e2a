"""Which parts of a web page are its furniture: the class/id names that mark navigation, footers,
sidebars, share bars… (`FURNITURE_NAMES`), when such an element holds the article after all, and the
unnamed menus and breadcrumbs made of links above the page's title.

The HTML parser (html_parser.py) records the text as `Part`s in `Line`s and a `Furniture` box for each
furniture-named element; the rules here decide which boxes and lines go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# fmt: off
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
    "footer": ("footer", "foot", "bottom", "copyright", "copyrights", "banquan"),  # 版权所有, ICP备案号; copyrights: the
    # "Collect from 网页模板" credit a free page template keeps above the content
    "sidebar": ("sidebar", "side", "aside"),
    "related": ("related", "relate", "recommend", "xgxw", "xglj", "xgwz", "xgwj", "tuijian"),  # 相关链接, 推荐
    "share": ("share", "bdsharebuttonbox", "fenxiang", "jiathis", "social",  # 分享到：微信 微博
              "qr", "qrcode", "ewm", "erweima"),  # 扫一扫在手机打开当前页 (ewm: 二维码)
    "tools": ("toolbar", "tools", "gotop", "backtop", "quick", "quickbar"),  # (print: a page's print area is
    # its article); quick_bar: the floating 智能问答 / 政务邮箱 buttons
    "popup": ("modal", "popup", "dialog", "overlay", "mask", "mengban", "tanchuang", "lightbox"),  # 您访问的链接
    # 即将离开…是否继续？ (mengban: 蒙版; tanchuang: 弹窗)
    "comment": ("comment", "comments", "pinglun"),  # 评论
    "widget": ("search", "login", "ad", "ads", "advert", "pagination", "pager", "form"),
    "language": ("language", "languages", "lang"),  # the site's language switch (Languages: English, Русский…)
}
GENERIC_WORDS = frozenset({
    "box", "wrap", "wrapper", "list", "lists", "con", "cont", "content", "bar", "inner", "area", "main",
    "left", "right", "ul", "link", "links", "news", "article", "articles", "item", "items", "btn", "btns",
    "button", "buttons", "panel", "block", "container", "section", "bg", "fl", "fr", "mod", "module", "part",
    "div", "tit", "title", "info", "nr",
})
# The article's body: an element so named (lower case, - and _ left out) is never furniture; an
# element with a STRONG body name (or <article>, <main>, <ucapcontent>) keeps a furniture-named element
# around it. The government CMSs' own body boxes: TRS (TRS_Editor, TRS_UEDITOR, Custom_UnionStyle),
# 开普云/UCAP (UCAP-CONTENT, the <ucapcontent> tag), 博达 (wp_articlecontent), gov.cn (pages_content).
CMS_BODY_NAMES = frozenset({"trseditor", "trsueditor", "customunionstyle", "ucapcontent", "wparticlecontent",
                            "pagescontent"})
BODY_NAMES = frozenset({
    "article", "content", "main", "maincontent", "articlecontent", "articlebody", "text", "detail",
    "contentbody", "newscontent", "zoom", "zhengwen", "jscontent", "artibody",
}) | CMS_BODY_NAMES
STRONG_BODY_NAMES = frozenset({"zoom", "zhengwen", "articlecontent", "articlebody", "jscontent",
                               "artibody"}) | CMS_BODY_NAMES
BODY_TAGS = frozenset({"article", "main", "ucapcontent"})
# An element whose name ends with one of these holds the article's title (h1.title, td.biaoti,
# div.article-title, h1.rich_media_title); on a page without <h1>, a header-named box around it stays.
TITLE_WORDS = frozenset({"title", "biaoti", "headline"})
# Furniture kinds the page's <h1> keeps (a logo's <h1> is the site's name, never the article's);
# the kinds an element named as the title keeps (a sidebar box has its own "title").
H1_KEEPS = frozenset(FURNITURE_NAMES) - {"logo"}
TITLE_KEEPS = frozenset({"header"})
# fmt: on

_NAME_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")  # leftSide → left Side; TRS_Editor → TRS Editor
_SENTENCE_END = re.compile(r"[。！？!?]")  # a sentence of the article (20+ characters and its end), not a link title
SENTENCE_MIN = 20
LINK_SHARE = 0.5  # a line above the title with this share of its letters in links is a menu or breadcrumb


Attrs = list[tuple[str, str | None]]


def _names(attrs: Attrs) -> list[str]:
    """An element's class and id names."""
    return [name for key, value in attrs if key in ("class", "id") and value for name in value.split()]


def _words(name: str) -> list[str]:
    return [w.lower() for w in _NAME_WORDS.findall(name)]


def named(attrs: Attrs, table: frozenset[str]) -> bool:
    """Whether a class or id, lower case with - and _ left out, is in `table`."""
    return any(re.sub(r"[-_]", "", name.lower()) in table for name in _names(attrs))


def furniture_kind(attrs: Attrs) -> str | None:
    """The furniture kind an element's class or id names, None for the body or anything else."""
    if named(attrs, BODY_NAMES):
        return None
    for name in _names(attrs):
        words = [w for w in _words(name) if len(w) > 1]
        while words and words[-1] in GENERIC_WORDS:
            words.pop()
        if words and words[-1] in _KIND_OF:
            return _KIND_OF[words[-1]]
        if words and _RELATED_WORD.match(words[-1]):
            return "related"
    return None


# Related-article boxes named in one word: reldocuments, relnews, relatedarticles, xgwz_list (相关文章).
_RELATED_WORD = re.compile(r"rel(?:ated?|doc|news|link|art|info)|xg(?:xw|lj|wz|wj|wd|xx|yd)|tuijian|recommend")


_KIND_OF = {word: kind for kind, words in FURNITURE_NAMES.items() for word in words}


def is_title_name(attrs: Attrs) -> bool:
    """Whether a class or id names the element as the article's title."""
    return any(words[-1] in TITLE_WORDS for words in map(_words, _names(attrs)) if words)


@dataclass
class Part:
    """A piece of the page's text and where it stands."""

    text: str
    furniture: int | None  # the innermost furniture-named element it stands in (its boxes: `Furniture.parent`)
    link: bool  # inside <a>
    body: int  # how many elements named as the body it stands in (main > detail: 2), 0 outside
    h1: bool  # inside <h1> (outside <a>)
    title: bool  # inside an element named as the title (outside <a>)
    bold: bool = False  # inside <strong> or <b>


@dataclass
class Line:
    parts: list[Part]
    heading: int | None
    furniture: int | None = None  # where a forced (<br>) line break stands (the innermost box)
    forced: bool = False
    breaks: list[int] = field(default_factory=list)  # parts a line break of the source stands before
    text: str = field(default="", init=False)
    table: bool = field(default=False, init=False)  # a line of a data table (html_parser._Table)
    after_image: bool = field(default=False, init=False)  # an <img> stands between it and the line before
    under_image: bool = field(default=False, init=False)  # it and the line before stand between two <img>


@dataclass
class Furniture:
    """An element named as furniture: what decides whether it holds the article after all."""

    kind: str
    parent: int | None = None  # the furniture-named element around it
    chars: int = 0  # characters of text inside
    prose: int = 0  # …of them outside links
    sentences: bool = False  # some of it is a sentence outside links
    h1: bool = False  # holds an <h1>'s text outside links
    title: bool = False  # holds an element named as the title
    body: bool = False  # holds an element with a strong body name
    hidden: bool = False  # the element is hidden (html_style.py); its kind is "hidden" when not named
    shown: bool = False  # …but holds the page's body, which a script shows (html_style.show_hidden_body)
    name: str = ""  # its class, as written (boxes of one class are counted together: REPEATED_KINDS)

    def add(self, part: Part, size: int) -> None:
        """Count a part of its text, `size` characters once stripped (the innermost box only: each box
        passes its counts to its parent when it closes, so a part costs the same at any depth)."""
        self.chars += size
        self.prose += 0 if part.link else size
        self.h1 |= part.h1 and size > 0
        self.title |= part.title and size > 0
        self.sentences |= not part.link and has_sentence(part.text)

    def close_into(self, parent: Furniture) -> None:
        parent.chars += self.chars
        parent.prose += self.prose
        parent.h1 |= self.h1
        parent.title |= self.title
        parent.sentences |= self.sentences
        parent.body |= self.body

    def kept(self, total: int, prose: int, page_h1: bool) -> bool:
        """Whether it holds the article after all (see html.py's docstring): most of the page's text,
        or of its text outside links (`prose`: a site's menus and link lists can outweigh a short
        notice), in sentences. When the page has an <h1>, that is its title, and an element merely
        named as a title keeps nothing. A hidden element goes unless it is shown."""
        if self.hidden and not self.shown:
            return False
        if self.kind == "hidden":
            return True
        title = self.title and not page_h1 and self.kind in TITLE_KEEPS
        return (self.body or (self.h1 and self.kind in H1_KEEPS) or title
                or (self.sentences and (2 * self.chars > total or 2 * self.prose > prose)))


def has_sentence(text: str) -> bool:
    """Some run of SENTENCE_MIN characters ends with sentence punctuation. Found by cutting at the
    punctuation: the pattern `[^。]{20,}[。]` searched on a long unpunctuated text retries from every
    position, quadratic in its length."""
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if end.start() - start >= SENTENCE_MIN:
            return True
        start = end.end()
    return False


def dropped_furniture(boxes: list[Furniture], total: int, prose: int, lines: list[Line]) -> list[bool]:
    """Per box, whether it goes (itself or a box around it): judged as on a page with an <h1> title,
    unless no <h1> text is left outside the dropped boxes. Index a part's innermost box with
    `gone(dropped, part.furniture)`."""
    repeated = _repeated_blocks(boxes, total, prose)
    dropped = _closure(boxes, [not box.kept(total, prose, True) and k not in repeated for k, box in enumerate(boxes)])
    if not any(p.h1 and p.text.strip() and not gone(dropped, p.furniture) for x in lines for p in x.parts):
        dropped = _closure(boxes, [not box.kept(total, prose, False) and k not in repeated
                                   for k, box in enumerate(boxes)])
    return dropped


# Kinds a page has one of: two or more sibling boxes of one class so named (div.about-top for each of
# a page's sections, "top" naming the upper part of a block) are the blocks of the page's content
# template, not its header or footer.
REPEATED_KINDS: frozenset[str] = frozenset({"header", "footer"})


def _repeated_blocks(boxes: list[Furniture], total: int, prose: int) -> set[int]:
    """The boxes kept as blocks of one content template: of a class that two or more boxes under
    the same parent bear, whose sentences hold the article together (most of the page's text, or of
    its prose), each alone too short to (Furniture.kept); only those that hold sentences themselves."""
    groups: dict[tuple[int | None, str, str], list[int]] = {}
    for k, box in enumerate(boxes):
        if box.kind in REPEATED_KINDS and box.name and not box.hidden:
            groups.setdefault((box.parent, box.kind, box.name), []).append(k)
    kept: set[int] = set()
    for members in groups.values():
        if len(members) > 1 and (2 * sum(boxes[k].chars for k in members) > total
                                 or 2 * sum(boxes[k].prose for k in members) > prose):
            kept.update(k for k in members if boxes[k].sentences)
    return kept


def _closure(boxes: list[Furniture], dropped: list[bool]) -> list[bool]:
    """A box inside a dropped box goes too; parents come first in `boxes` (opened earlier)."""
    for i, box in enumerate(boxes):
        if box.parent is not None and dropped[box.parent]:
            dropped[i] = True
    return dropped


def gone(dropped: list[bool], box: int | None) -> bool:
    return box is not None and dropped[box]


def drop_links_above_title(lines: list[Line]) -> list[Line]:
    """Without the lines above the page's title made mostly of links (a menu, a breadcrumb), unless
    they stand in the article's body; a page with no <h1> and no element named as its title is kept whole
    but for the bars of links it opens with (咨询委员会 我要入会: two buttons side by side, never a title)."""
    title = next((i for i, line in enumerate(lines) if any(p.h1 and p.text.strip() for p in line.parts)), None)
    if title is None:
        title = next((i for i, line in enumerate(lines) if any(p.title and p.text.strip() for p in line.parts)), None)
    if title is None:
        bars = next((i for i, line in enumerate(lines) if not _link_bar(line)), len(lines))
        return lines[bars:] if bars < len(lines) else lines
    return [line for i, line in enumerate(lines) if i >= title or not _mostly_links(line)]


def _link_bar(line: Line) -> bool:
    """Whether the line is two links or more side by side and nothing else, outside the article's body."""
    words = [p for p in line.parts if p.text.strip()]
    return len(words) >= 2 and all(p.link and not p.body for p in words)


def drop_links_below_body(lines: list[Line], depth: int) -> list[Line]:
    """Without the lines after the article's body made mostly of links and standing outside it: a
    column of related or latest articles, a sidebar set after the article, a footer's links. The body
    is the innermost element named as the body, `depth` elements deep (a page-wide `main` around a
    `detail` is no article's body), up to its last line. A page with no element named as the body is
    kept whole. (Only the lines after the body are looked at.)"""
    last = next((i for i in range(len(lines) - 1, -1, -1)
                 if any(p.body == depth and p.text.strip() for p in lines[i].parts)), None) if depth else None
    if last is None:
        return lines
    return lines[:last + 1] + [line for line in lines[last + 1:] if not _mostly_links(line, depth)]


def _mostly_links(line: Line, body: int = 1) -> bool:
    """Whether most of a line's letters are in links, all of it standing outside the body (outside
    the elements named as the body `body` deep)."""
    letters = [(sum(ch.isalnum() for ch in p.text), p.link) for p in line.parts if p.body < body]
    if len(letters) < len(line.parts):  # some of it stands in the body
        return False
    total = sum(n for n, _ in letters)
    return total > 0 and sum(n for n, link in letters if link) >= LINK_SHARE * total
