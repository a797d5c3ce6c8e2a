"""What a saved page hides from its reader, and how it draws its ordered lists: read from the
element's own attributes and from simple rules of the page's own <style> blocks.

An element is hidden by the `hidden` attribute, by `display:none` or `visibility:hidden` in its style
attribute, or by a rule of the page's <style> naming it by one class or id alone (`.hide{display:none}`,
`div#popup{display:none}`). A rule inside an @-block (`@media print {…}`) applies only sometimes. A
rule that shows the class again for elements with one more class (`.tab-pane{display:none}`
`.tab-pane.active{display:block}`: a tab strip, its active pane shown) is honoured; where the class is
shown again under a selector that cannot be told from the element alone (`.menu:hover .sub`,
`.open .sub`), the class is not taken as hidden: the page may show it. External stylesheets are not
read.

The parser (html_parser.py) puts a hidden element's text in a box of its own (`Furniture.hidden`);
`show_hidden_body` keeps the one box that holds the page's body when what is left outside the hidden
boxes is next to no text (some pages hide the article until a script shows it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .html_furniture import Attrs, Furniture, Line, has_sentence

# <style>…</style> anywhere in the page: a browser applies every one to the whole page. The end tag is
# searched for from the start tag (a lazy `.*?` between them tries it at every character of the CSS).
_STYLE_START = re.compile(r"<style\b[^<>]*>", re.IGNORECASE)  # [^<>]: `<style` n times stays linear
_STYLE_END = re.compile(r"</style\s*>", re.IGNORECASE)
# A comment; an unclosed one runs to the end (so `/*` n times is one match, not n scans to the end).
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.DOTALL)
# An @-block (@media print {…}, @supports, @font-face) holding rules of its own or declarations: it
# applies only sometimes, and goes. Blocks in blocks go from the inside out, AT_DEPTH levels deep.
_AT_BLOCK = re.compile(r"@[^{};]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")
AT_DEPTH = 4
# Matched in lower case (a rule's declarations are lowered first: quicker than a case-blind pattern).
_DECLARATION = re.compile(r"(display|visibility|list-style-type|list-style)\s*:\s*([^;]*)")
_NAME = re.compile(r"[.#][\w-]+")
# A selector naming an element by one class or id (`.hide`, `div#popup`), or by its tag alone (`ol`:
# only list styles are read from those); a compound one (`div.tab-pane.active`) shows again.
_SIMPLE_SELECTOR = re.compile(r"([a-z][a-z0-9]*)?([.#][\w-]+)?")
_COMPOUND_SELECTOR = re.compile(r"([a-z][a-z0-9]*)?((?:[.#][\w-]+)+)")
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")  # in lower case

# A class shown again by more compound rules than this is taken as not hidden (real sheets have a few;
# checking an element against thousands would cost as much as the page).
MAX_SHOWS = 32

# What is left outside the hidden boxes is "next to no text" when its sentences hold less than this
# share of what the largest hidden box holds: the box is the page's body.
NEXT_TO_NOTHING = 0.1


@dataclass(frozen=True)
class PageStyle:
    """The simple rules of a page's <style> blocks: the selectors (`.c`, `#i`, `tag.c`) that hide,
    the compound ones that show again (tag or None, names) under each hidden name they hold, and the
    list style each selector (those and bare tags: `ol`) sets."""

    hidden: frozenset[str] = frozenset()
    shows: dict[str, tuple[tuple[str | None, frozenset[str]], ...]] = field(default_factory=dict)  # by name
    list_styles: dict[str, str] = field(default_factory=dict)
    # the class and id names in `hidden`, bare: most elements are told apart with one set operation
    classes: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()

    def hides(self, tag: str, names: Attrs, attrs: Attrs) -> bool:
        """Whether an element is hidden by its `hidden` attribute, its style attribute or a rule
        (`names`: its class and id attributes, `attrs`: all those read)."""
        if len(attrs) > len(names):  # more than its names
            for key, value in attrs:
                if key == "hidden" or key == "style" and value and _hiding(value):
                    return True
        if not self.hidden or not self._named(names):
            return False
        selectors = _selectors(names)
        hit = [name for name in selectors if name in self.hidden or tag + name in self.hidden]
        if not hit:
            return False
        own = set(selectors)
        return not any((shown_tag is None or shown_tag == tag) and need.issubset(own)
                       for name in hit for shown_tag, need in self.shows.get(name, ()))

    def _named(self, names: Attrs) -> bool:
        """Whether a class or id of the element is one a rule hides (a plain loop: this runs for every
        named element of a page whose <style> hides some)."""
        for key, value in names:
            if not value:
                continue
            if value.strip() in self.ids if key == "id" else not self.classes.isdisjoint(value.split()):
                return True
        return False

    def list_style(self, tag: str, names: Attrs, attrs: Attrs) -> str | None:
        """The list-style-type an element's own style or a rule gives it (the inline style first)."""
        style = attribute(attrs, "style")
        own = _list_style(_DECLARATION.findall(style.lower())) if style else None
        if own is not None or not self.list_styles:
            return own
        for key in [tag, *(k for name in _selectors(names) for k in (name, tag + name))][::-1]:
            if key in self.list_styles:
                return self.list_styles[key]
        return None


NO_STYLE = PageStyle()


def _hiding(style: str) -> bool:
    """Whether a style attribute hides its element (most hold neither word: no pattern is tried)."""
    low = style.lower()
    return ("none" in low or "hidden" in low) and _HIDING_STYLE.search(low) is not None


def attribute(attrs: Attrs, key: str) -> str | None:
    """The value of an attribute (None when the element has none)."""
    return next((value for k, value in attrs if k == key), None)


def _selectors(names: Attrs) -> list[str]:
    """An element's classes and id (its class and id attributes) as selectors name them: `.c`, `#i`."""
    out: list[str] = []
    for key, value in names:
        if key == "class" and value:
            out += ["." + c for c in value.split()]
        elif value and value.strip():
            out.append("#" + value.strip())
    return out


@dataclass
class _Sheet:
    """The rules of a page's <style> blocks as they are read."""

    hiding: set[str] = field(default_factory=set)  # simple selectors that hide
    unsure: set[str] = field(default_factory=set)  # names shown again under selectors the element cannot tell
    shows: dict[tuple[str | None, frozenset[str]], None] = field(default_factory=dict)  # compound, in order
    lists: dict[str, str] = field(default_factory=dict)

    def read(self, selectors: str, declared: list[tuple[str, str]]) -> None:
        hides, showing = _visibility(declared)
        if showing:
            self._shown_again(selectors)
        list_style = _list_style(declared)
        for selector in selectors.split(","):
            simple = _SIMPLE_SELECTOR.fullmatch(selector.strip())
            if simple is None or not simple.group(0):
                continue
            if hides and simple.group(2):
                self.hiding.add(simple.group(0))
            if list_style is not None:
                self.lists[simple.group(0)] = list_style

    def _shown_again(self, selectors: str) -> None:
        """A rule that shows: its compound selectors (`.tab-pane.active`) go to `shows`, the names of
        its other selectors to `unsure`."""
        for selector in selectors.split(","):
            compound = _COMPOUND_SELECTOR.fullmatch(selector.strip())
            if compound is not None:
                self.shows[compound.group(1), frozenset(_NAME.findall(compound.group(2)))] = None
            else:
                self.unsure.update(_NAME.findall(selector))

    def style(self) -> PageStyle:
        shows: dict[str, list[tuple[str | None, frozenset[str]]]] = {}
        for show in self.shows:
            for name in show[1]:
                shows.setdefault(name, []).append(show)
        crowded = {name for name, rules in shows.items() if len(rules) > MAX_SHOWS}
        hidden = frozenset(key for key in self.hiding if _name(key) not in self.unsure | crowded)
        if not hidden and not self.lists:
            return NO_STYLE
        names = {_name(key) for key in hidden}
        return PageStyle(hidden, {name: tuple(shows[name]) for name in names if name in shows}, self.lists,
                         frozenset(n[1:] for n in names if n[0] == "."),
                         frozenset(n[1:] for n in names if n[0] == "#"))


def _name(selector: str) -> str:
    """The class or id a simple selector names: `.c` of `div.c`."""
    return selector[min(i for i in (selector.find("."), selector.find("#")) if i >= 0):]


def page_style(markup: str) -> PageStyle:
    """The hiding selectors and list styles of the page's <style> blocks (NO_STYLE when it has none)."""
    sheet = _Sheet()
    for block in _style_blocks(markup):
        css = _CSS_COMMENT.sub(" ", block)
        for _ in range(AT_DEPTH):  # the innermost @-blocks first, then the ones they were in
            css, found = _AT_BLOCK.subn(" ", css)
            if not found:
                break
        low = css.lower()
        if len(low) != len(css):  # a character whose lower case is longer: the rules as written
            low = css
        _read_rules(css, low, sheet)
    return sheet.style()


def _read_rules(css: str, low: str, sheet: _Sheet) -> None:
    """Each rule of a sheet without @-blocks (`selectors { declarations }`, cut at each `}`) that
    names a property read here; `low`: the sheet in lower case, where the properties are found (a rule
    naming none is passed over with str.find, most of a page's sheet)."""
    at = 0
    for rule in low.split("}"):
        brace = rule.find("{")
        if brace >= 0 and (rule.find("display", brace) >= 0 or rule.find("visibility", brace) >= 0
                           or rule.find("list-style", brace) >= 0):
            selectors = css[at:at + brace].rsplit(";", 1)[-1]  # after a statement before it: @import …;
            sheet.read(selectors, _DECLARATION.findall(rule, brace + 1))
        at += len(rule) + 1


def _style_blocks(markup: str) -> Iterator[str]:
    """The text of each <style> element (one left open runs to the end, as libxml2 reads it)."""
    at = 0
    while (start := _STYLE_START.search(markup, at)) is not None:
        end = _STYLE_END.search(markup, start.end())
        yield markup[start.end():end.start() if end else len(markup)]
        if end is None:
            return
        at = end.end()


def _visibility(declared: list[tuple[str, str]]) -> tuple[bool, bool]:
    """Whether a rule's declarations hide the element, and whether they show it (display other than
    none, visibility visible)."""
    hides = shows = False
    for prop, value in declared:
        value = value.strip().removesuffix("!important").strip()
        if prop == "display":
            hides, shows = hides or value == "none", shows or value != "none"
        elif prop == "visibility":
            hides, shows = hides or value == "hidden", shows or value == "visible"
    return hides, shows


def _list_style(declared: list[tuple[str, str]]) -> str | None:
    """The list-style-type declared (by itself or in the list-style shorthand), the last one winning."""
    found = None
    for prop, value in declared:
        words = value.strip().removesuffix("!important").split()
        if prop == "list-style-type" and words:
            found = words[0]
        elif prop == "list-style":
            found = next((w for w in words if w in LIST_STYLE_WORDS), found)
    return found


# The list-style-type keywords the list-style shorthand may hold (the others are positions and images).
LIST_STYLE_WORDS = frozenset({
    "none", "disc", "circle", "square", "decimal", "decimal-leading-zero", "lower-alpha", "upper-alpha",
    "lower-latin", "upper-latin", "lower-roman", "upper-roman", "cjk-ideographic", "cjk-decimal",
    "simp-chinese-informal", "trad-chinese-informal", "cjk-earthly-branch", "cjk-heavenly-stem",
})


def show_hidden_body(boxes: list[Furniture], lines: list[Line]) -> None:
    """Mark shown the hidden box that holds the page's body, if any: the largest outermost hidden box
    with sentences, when the sentences left outside every hidden box hold next to no text beside it."""
    inside = [False] * len(boxes)  # at or inside a hidden box; parents come first (opened earlier)
    for i, box in enumerate(boxes):
        inside[i] = box.hidden or (box.parent is not None and inside[box.parent])
    outer = [box for box in boxes
             if box.hidden and box.sentences and (box.parent is None or not inside[box.parent])]
    if not outer:
        return
    body = max(outer, key=lambda box: box.chars)
    body.shown = not _visible_prose(lines, inside, NEXT_TO_NOTHING * body.chars)


def _visible_prose(lines: list[Line], inside: list[bool], enough: float) -> bool:
    """Whether the lines outside hidden boxes that hold a sentence (links left out) hold `enough`
    characters (the walk stops there: on most pages within the article's first paragraphs)."""
    total = 0
    for line in lines:
        text = "".join([p.text for p in line.parts
                        if not p.link and (p.furniture is None or not inside[p.furniture])])
        if has_sentence(text):
            total += len(text.strip())
            if total >= enough:
                return True
    return False
