"""The end of a text: trailing furniture, a related-articles list, and the speech's closing words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from orgdoc.grammar import enumerates, starts_with_marker
from orgdoc.models import Region, RegionKind

from .furniture import RELATED_RE, furniture_label
from .lines import Line, next_content, norm, prev_content
from .scan import opening_class, opening_lines

TAIL_LINES: Final = 40  # non-blank lines read backwards for trailing furniture
RELATED_LINE_MAX: Final = 16  # a "related articles" heading is a short line
CLOSING_WINDOW: Final = 3  # the closing is at most this many paragraphs
_COMRADES_RE = re.compile(r"^(?:同志们|同事们|朋友们|各位代表|各位委员|各位同仁)[，,！!]")  # opens a closing
_THANKS_RE = re.compile(r"^(?:谢谢大家|谢谢各位|谢谢)[！!。.]?$")
_LET_US_RE = re.compile(r"^让我们.{0,200}[！!]$")
# A last paragraph of wishes or greetings (最后，预祝…圆满成功！ / 在此，我代表…向…致以…问候！): the closing
# courtesy, even when it opens with the 最后 of a 首先…最后 set.
_WISHES_RE = re.compile(r"^(?:最后|在此)?[，,]?\s*(?:我|我们)?(?:(?:衷心|真诚|诚挚)地?)?"
                        r"(?:(?:预祝|祝愿|祝福|恭祝|祝)|(?:代表[^。！!？?]{1,40}?)?向[^。！!？?]{1,60}?(?:致以|致敬))"
                        r"[^。！!？?]{1,80}[！!。]$")
_RELATED_OPENS = opening_class(RELATED_RE)


def read_tail(lines: Sequence[Line], first: int, title: str | None,
              related: int | None = None) -> tuple[list[Region], int]:
    """Trailing furniture, and the index just past the last line the body may take. `related`: the
    related-articles heading that ends the text (`find_related`), if any."""
    regions: list[Region] = []
    stop = len(lines)
    if related is not None:
        end = lines[prev_content(lines, len(lines))].end
        regions.append(Region(kind=RegionKind.BOILERPLATE, span=(lines[related].start, end),
                              label="related articles"))
        stop = related
    i, seen = prev_content(lines, stop), 0
    while i >= first and seen < TAIL_LINES:
        label = furniture_label(lines[i].text, title=title) or _repeats_title(lines[i].text, title)
        if label is None:
            break
        regions.append(Region(kind=RegionKind.BOILERPLATE, span=(lines[i].start, lines[i].end), label=label))
        stop, seen = i, seen + 1
        i = prev_content(lines, i)
    return regions, stop


def find_related(lines: Sequence[Line], firsts: str, first: int) -> int | None:
    """A 相关文章 / 推荐阅读 heading line at or after `first`: it and everything after it are the
    page's, not the speech's. The caller starts it after the article's prose (page.article_span): a
    heading inside a menu above the article, or among its paragraphs, never ends it. `firsts`: the
    lines' first characters (`lines.first_chars`)."""
    for i in opening_lines(firsts, _RELATED_OPENS, first, len(lines)):
        s = lines[i].text
        if len(s) <= RELATED_LINE_MAX and RELATED_RE.match(s):
            return i
    return None


def _repeats_title(s: str, title: str | None) -> str | None:
    """A short line that is the title again (a file name, a footer)."""
    if not title or "。" in s or len(s) > len(title) + 24:
        return None
    old = norm(title)
    return "repeated title" if len(old) >= 4 and old in norm(s) else None


def _after_enumerations(lines: Sequence[Line], j: int, last: int) -> int | None:
    """Line j, or the line after the last of lines j..last that enumerates (None when that is the last)."""
    for k in range(last, j - 1, -1):
        if enumerates(lines[k].text):
            after = next_content(lines, k + 1)
            return after if after <= last else None
    return j


def find_closing(lines: Sequence[Line], first: int, stop: int) -> int | None:
    """The first line of the closing: 同志们，… / 让我们…！ / 谢谢大家！ among the last paragraphs. A
    paragraph that enumerates (同志们，这里强调三点：一是…，二是…) is no closing courtesy: its points are
    the outline's (GUIDE: lists in the closing part stand at the top level), so the closing can only
    start after it."""
    last = prev_content(lines, stop)
    if last <= first:
        return None
    start, k = None, last
    if _THANKS_RE.match(lines[k].text):
        start, k = k, prev_content(lines, k)
    j = k
    for _ in range(CLOSING_WINDOW):
        if j <= first or starts_with_marker(lines[j].text):
            break
        if _COMRADES_RE.match(lines[j].text):
            return _after_enumerations(lines, j, last)
        j = prev_content(lines, j)
    if k > first and (_LET_US_RE.match(lines[k].text) or _WISHES_RE.match(lines[k].text)):
        return k
    return start
