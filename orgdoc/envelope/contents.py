"""A table of contents under the title: a 目录 line and the heading lines it lists.

Its lines repeat the section headings of the body, so they are kept out of the outline (a region
of their own) rather than read as a first run of empty sections.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from orgdoc.grammar import starts_with_marker

from .lines import HAN, Line, lines_between, next_content, norm
from .scan import guarded

# the heading of a table of contents
CONTENTS_LINE: Final = re.compile(r"^(?:目\s*录|目\s*次|内容目录|本期要目|本期目录|本期导读)[:：]?$")  # a 简报 lists its articles so
# A bulletin's list of its articles gives their headlines as they stand: no number, no page.
HEADLINES_LINE: Final = re.compile(r"^本期(?:要目|目录|导读)[:：]?$")
PAGE_LEADER: Final = re.compile(r"(?:\.{3,}|…{2,}|·{3,}|－{3,})\s*\d*$|\s\d{1,3}$")  # 一、总体要求……3
MAX_ENTRY: Final = 60  # characters: an entry is a heading, never a paragraph
# PAGE_LEADER behind a guard of its first characters (scan.py): a line of Han characters is passed over
# in one quick scan. Every match runs to the line's end, so its start is where the leader begins.
_LEADER = guarded(PAGE_LEADER)
_HAN_RUN_RE = re.compile(f"[{HAN}]*")


CONTENTS_OPENERS: Final = frozenset("目内本")  # what CONTENTS_LINE opens with: most lines are passed over on it


def is_contents_line(s: str) -> bool:
    return bool(CONTENTS_LINE.match(s))


# non-blank lines of the body's start in which a 目录 line is looked for (after a 序言)
CONTENTS_WINDOW: Final = 12
UNTITLED_MIN: Final = 3  # entries of a contents block without a 目录 line


def read_contents(lines: Sequence[Line], i: int) -> tuple[int, int] | None:
    """A table of contents at the start of the body (line i on): (its first line, its last entry).

    With a 目录 line (within CONTENTS_WINDOW lines: a 序言 may come first) the entries follow it; they
    end at the first line that is not an entry, or at the body's first heading, which repeats the
    first entry (第一章 总 则 after …第一章 总则……1). Without one, a run of at least UNTITLED_MIN
    entries right at i is contents only if its first entry comes back later as a heading."""
    j, seen = i, 0
    while j < len(lines) and seen < CONTENTS_WINDOW:
        if is_contents_line(lines[j].text):
            k = next_content(lines, j + 1)
            bare = k < len(lines) and bool(HEADLINES_LINE.match(lines[j].text)) and not _is_entry(lines[k].text)
            last = _entries(lines, k, bare)
            return (j, last) if last is not None else None
        seen += 1
        j = next_content(lines, j + 1)
    last = _entries(lines, i)
    if last is None or _count(lines, i, last) < UNTITLED_MIN or not _comes_back(lines, i, last):
        return _later_contents(lines, j)
    return i, last


def _later_contents(lines: Sequence[Line], j: int) -> tuple[int, int] | None:
    """A 目录 line further down (a web page saved as text: its menus, a covering notice and the plan's
    title block stand above it), when its entries come back as the body's headings further on."""
    for k in range(j, len(lines)):
        s = lines[k].text
        if s[:1] in CONTENTS_OPENERS and is_contents_line(s):
            first = next_content(lines, k + 1)
            last = _entries(lines, first)
            if last is not None and _count(lines, first, last) >= UNTITLED_MIN and _comes_back(lines, first, last):
                return k, last
            return None
    return None


def _entries(lines: Sequence[Line], j: int, headlines: bool = False) -> int | None:
    """The last of the entries from line j on; the run stops before a repeat of its first entry.
    `headlines`: the entries are bare headlines (a bulletin's 本期要目 that numbers none)."""
    first_key, last = None, None
    while j < len(lines) and (_is_entry(lines[j].text) or (headlines and _is_headline(lines[j].text))
                              or (_is_part(lines[j].text) and (first_key is not None or _entry_at(lines, j + 1)))
                              or (first_key is not None and _is_page_line(lines[j].text))):
        if _is_page_line(lines[j].text):  # a page's number, or an entry's page number wrapped to a line of its own
            j = next_content(lines, j + 1)
            continue
        if first_key is None:
            first_key = _key(lines[j].text)
        elif _may_repeat(lines[j].text, first_key):
            key = _key(lines[j].text)
            if key and (first_key.startswith(key) or key.startswith(first_key)):
                break  # the body's first heading, listed first by the contents
        last = j
        j = next_content(lines, j + 1)
    return last


def _entry_at(lines: Sequence[Line], j: int) -> bool:
    """Whether the next non-blank line from j on is an entry."""
    k = next_content(lines, j)
    return k < len(lines) and _is_entry(lines[k].text)


def _may_repeat(s: str, first_key: str) -> bool:
    """Whether the key of entry s may be a prefix of `first_key` or start with it. The key starts with
    the entry's leading run of Han ideographs as written (letters, unchanged by NFKC, never composed
    with what follows: checked over the Unicode tables), so where that run and `first_key` part, the
    answer is no without normalizing the entry (a long contents pays `norm` only for its repeats)."""
    run = _HAN_RUN_RE.match(s).group()  # type: ignore[union-attr]  # matches the empty string
    n = min(len(run), len(first_key))
    return run[:n] == first_key[:n]


def _key(s: str) -> str:
    """An entry without its page number, leaders and spaces: how the body's heading compares."""
    m = _LEADER.search(s)
    return norm(s[:m.start()] if m else s)


def _count(lines: Sequence[Line], i: int, last: int) -> int:
    return sum(1 for k in range(i, last + 1) if lines[k].text)


def _comes_back(lines: Sequence[Line], i: int, last: int) -> bool:
    """Whether the first entry is repeated as a line after the block (one linear scan)."""
    key = _key(lines[i].text)
    return bool(key) and any(_key(line.text) == key for line in lines_between(lines, last + 1, len(lines)) if line.text
                             and len(line.text) <= MAX_ENTRY)


# A line of a contents block that is not an entry: a page's number (- 3 -, 第3页 共12页, or the roman
# numbers of front matter: I II … XII, Ⅰ Ⅱ) between two pages of the contents, or an entry's page number
# that a narrow page wrapped to a line of its own.
PAGE_LINE: Final = re.compile(r"\s*(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}"
                              r"|[IVXL]{1,6}|[ivxl]{1,6}|[Ⅰ-Ⅻ])\s*")


def _is_page_line(s: str) -> bool:
    return len(s) <= 20 and PAGE_LINE.fullmatch(s) is not None


def _is_headline(s: str) -> bool:
    return 0 < len(s) <= MAX_ENTRY and "。" not in s


# Unnumbered parts a contents lists beside the numbered ones: the front and back matter of a plan or a
# report (前 言 / 序言 before 第一章, 名词解释 / 附件 after the last). Only inside a block that has entries.
PART_WORDS_RE: Final = re.compile(r"^(?:前|序|引|导|绪)\s*(?:言|论)|^(?:名词解释|附\s*[件录表]|后\s*记|结\s*束\s*语|结\s*语"
                                  r"|编制说明|说\s*明)")


def _is_part(s: str) -> bool:
    """A contents entry naming an unnumbered part (前 言, 名词解释), page leaders and number allowed."""
    if len(s) > MAX_ENTRY:  # first: a paragraph is no entry, and its fold (norm) is dear
        return False
    m = _LEADER.search(s)
    return PART_WORDS_RE.match(norm(s[:m.start()] if m else s)) is not None


def _is_entry(s: str) -> bool:
    """A short line opening with a marker, or one ending in page leaders: no sentence. Its length is
    counted without the leaders, which a typeset contents draws to the page's edge (第一章 发展基础
    …………………… 1 is a short entry however many dots fill the line)."""
    if not s or "。" in s:
        return False
    if len(s) > MAX_ENTRY:
        leader = _LEADER.search(s)
        return leader is not None and leader.start() <= MAX_ENTRY
    return starts_with_marker(s) or bool(_LEADER.search(s))
