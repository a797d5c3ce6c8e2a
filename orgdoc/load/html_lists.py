"""The numbers a browser draws before the items of an <ol>: not in the page's text, but what its reader
sees (`1.` `2.`, `一、` `二、` with list-style-type cjk-ideographic), honouring start=, value= and reversed.

An item's number is a text part put before the item's first text, and written when the list closes:
only then is known how many items a reversed list has, whether some item's text already opens with a
typed marker (1、 一、 （一）: the author numbered it, and a number drawn before it would be a second
marker), and whether the list is one of links (navigation, related articles: no outline of the
document). In those two cases no number is drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from orgdoc.grammar import starts_with_marker

from .html_furniture import Attrs, Part
from .html_style import attribute
from .numbering import NUMBER_FORMATS

# list-style-type → how the counter is written, and what follows it (CSS Counter Styles: the CJK
# styles end with 、, the others with a full stop). Types not listed here (disc, circle, square,
# none) draw no number; an unknown type is decimal, as browsers fall back to.
_DECIMAL = (str, ".")
_CJK = (NUMBER_FORMATS["chineseCounting"], "、")
COUNTER_STYLES: dict[str, tuple[Callable[[int], str], str]] = {
    "decimal": _DECIMAL,
    "decimal-leading-zero": (NUMBER_FORMATS["decimalZero"], "."),
    "lower-alpha": (NUMBER_FORMATS["lowerLetter"], "."),
    "lower-latin": (NUMBER_FORMATS["lowerLetter"], "."),
    "upper-alpha": (NUMBER_FORMATS["upperLetter"], "."),
    "upper-latin": (NUMBER_FORMATS["upperLetter"], "."),
    "lower-roman": (NUMBER_FORMATS["lowerRoman"], "."),
    "upper-roman": (NUMBER_FORMATS["upperRoman"], "."),
    "cjk-ideographic": _CJK,
    "simp-chinese-informal": _CJK,
    "trad-chinese-informal": _CJK,
    "cjk-decimal": (NUMBER_FORMATS["ideographDigital"], "、"),
    "cjk-heavenly-stem": (NUMBER_FORMATS["ideographTraditional"], "、"),
    "cjk-earthly-branch": (NUMBER_FORMATS["ideographZodiac"], "、"),
}
NO_NUMBER = frozenset({"none", "disc", "circle", "square"})
# <ol type=…>, the list's style when neither its style attribute nor a rule gives one.
TYPE_STYLES = {"1": "decimal", "a": "lower-alpha", "A": "upper-alpha", "i": "lower-roman", "I": "upper-roman"}

HEAD_CHARS = 12  # of an item's text, enough to tell whether it opens with a typed marker
LINK_SHARE = 0.5  # a list with this share of its letters in links is a list of links
MAX_COUNTER = 10**6  # a larger start= or value= is not drawn: no real list, and no huge string


@dataclass
class Item:
    """An <li> of an ordered list: its number's part, and what its text says about the list."""

    value: int | None  # its value= attribute
    marker: Part | None = None  # put before its first text; None until that text comes
    head: str = ""  # its first HEAD_CHARS characters
    chars: int = 0
    link_chars: int = 0


@dataclass
class OrderedList:
    style: str  # a list-style-type
    start: int | None
    reversed: bool
    items: list[Item] = field(default_factory=list)

    def add_text(self, text: str, link: bool) -> None:
        """Count a piece of the current item's text."""
        item = self.items[-1] if self.items else None
        if item is None:
            return
        size = len(text.strip())
        item.chars += size
        item.link_chars += size if link else 0
        if len(item.head) < HEAD_CHARS:
            item.head = (item.head + text).lstrip()[:HEAD_CHARS]

    def draw(self) -> None:
        """Write the numbers (when the list closes), or none (see the module's docstring)."""
        counter = COUNTER_STYLES.get(self.style, _DECIMAL)
        if self.style in NO_NUMBER or not self._drawn():
            return
        step = -1 if self.reversed else 1
        n = self.start if self.start is not None else (len(self.items) if self.reversed else 1)
        write, suffix = counter
        for item in self.items:
            n = item.value if item.value is not None else n
            if item.marker is not None and abs(n) <= MAX_COUNTER:
                item.marker.text = write(n) + suffix
            n += step

    def _drawn(self) -> bool:
        chars = sum(item.chars for item in self.items)
        links = sum(item.link_chars for item in self.items)
        return not (chars and links >= LINK_SHARE * chars) and not any(
            starts_with_marker(item.head) for item in self.items)


def ordered_list(attrs: Attrs, style: str | None) -> OrderedList:
    """An <ol> as it opens; `style`: the list-style-type its style or a rule gives it."""
    kind = attribute(attrs, "type")
    style = style or TYPE_STYLES.get(kind.strip() if kind else "1", "decimal")
    return OrderedList(style, _integer(attribute(attrs, "start")), any(k == "reversed" for k, _ in attrs))


def list_item(attrs: Attrs) -> Item:
    return Item(_integer(attribute(attrs, "value")))


def _integer(value: str | None) -> int | None:
    """An HTML integer attribute: an optional sign and digits after spaces, the rest ignored."""
    if not value:
        return None
    text = value.strip()
    digits = len(text) - len(text.lstrip("+-"))
    end = digits
    while end < len(text) and text[end].isascii() and text[end].isdigit():
        end += 1
    if end == digits or digits > 1 or end - digits > len(str(MAX_COUNTER)):
        return None
    return int(text[:end])
