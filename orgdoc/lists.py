"""Inline enumerations: which candidates form real lists, and how lists nest inside one another.

A list is a run of markers of one family inside one scope (the text a block heading owns, or the
top level) whose numbers go 1, 2, 3 …; a single 一是, a lone 首先 or a 其次 with no 首先 is no list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from .models import Boundary, Diagnostic, DiagnosticCode, Diagnostics, Marker, Role

# Enum members bound once: `Role.BLOCK` is a look-up through the enum's metaclass each time it is
# read (70 ns on Python 3.11), and these are read for every marker in every pass.
BULLET = Role.BULLET
GLUED: Final = Boundary.GLUED

MIN_ITEMS: Final = 2  # 一是 with no 二是 is a phrase, not a list
SEQUENCE_FORM: Final = "sequence"
LAST_WORDS: Final = frozenset({"最后", "最後"})  # 最后 closes a 首先… set: nothing goes on after it
MIDDLE_WORDS: Final = frozenset({"然后", "接下来", "接着"})  # only between the first and the last of a set
# 最后，我再强调两点： opens the speaker's last requests (the closing part), no item of a list before it.
LAST_REQUESTS_CUE: Final = r"最后[，,]\s*(?:我|再|还|提|讲|强调|希望)"
LAST_REQUESTS: Final = re.compile(LAST_REQUESTS_CUE)
# Ordinals in words and in numbers take turns in one list (首先…其次…第三…最后, 第一…其次…再次…), and so
# do counted and plain ordinals (第一步，…；第二，…；第三，…): GUIDE rule 2, a list whose family changes
# while its numbers continue is one list.
COUNTED_FORM: Final = "counted"
ONE_LIST_FAMILIES: Final[dict[str, tuple[str, ...]]] = {
    "ordinal": (SEQUENCE_FORM, COUNTED_FORM), SEQUENCE_FORM: ("ordinal",), COUNTED_FORM: ("ordinal",)}
MAX_GAP: Final = 1  # 一是 二是 四是: one missing number is a typo worth a warning; more is another list
# Verbs whose items are duties (directives) rather than points.
DIRECTIVE_WORDS: Final = frozenset("要须需应須應")


@dataclass(slots=True)  # one per list item: no dict of its own
class Item:
    marker: Marker
    ordinal: int
    end: int  # end of the item's text (exclusive, before trimming)
    children: list[Item] = field(default_factory=list)


@dataclass
class InlineList:
    items: list[Item]

    @property
    def start(self) -> int:
        return self.items[0].marker.start

    @property
    def end(self) -> int:
        return self.items[-1].end


def family(marker: Marker) -> str:
    """Markers of one family may continue one list: all 一X verbs together (一要 … 三是)."""
    if marker.role is BULLET:
        return "bullet" + marker.word
    return marker.form


def build_lists(text: str, markers: list[Marker], scope_end: int,
                warnings: Diagnostics) -> list[InlineList]:
    """The valid lists among the inline markers of one scope, nested, in document order."""
    runs = _runs(text, markers, warnings)
    runs = [(_without_trailing_middle(run), cap) for run, cap in runs if not _glued_alone(run)]
    lists = [InlineList(_items(text, run, cap or scope_end)) for run, cap in runs if len(run) >= MIN_ITEMS]
    for lst in lists:
        _check_family(lst, warnings)
    return _nest(sorted(lists, key=lambda lst: lst.start))


Run = list[tuple[Marker, int]]


def _runs(text: str, markers: list[Marker], warnings: Diagnostics) -> list[tuple[Run, int | None]]:
    """Group markers into numbered runs per family; a 1 restarts, a number that fits nowhere drops.

    Each run comes with where it must end at the latest: a run of its family that starts again
    ends it there (一是…二是… 一是…二是… are two lists side by side, not one inside the other).
    A 1 with another verb (一抓 inside 二要's text) opens a list of its own beside the open one
    instead of ending it, so 三要 still goes on with 一要 二要.
    """
    open_runs: dict[str, Run] = {}
    done: list[tuple[Run, int | None]] = []
    beside: list[tuple[Run, Run]] = []  # (list opened beside, the list it was opened beside)
    for m in markers:
        key = _continued(open_runs, m) or _other_family(text, open_runs, m)
        run = open_runs.get(key) if key else None
        if run is not None and m.form == SEQUENCE_FORM and _across_paragraphs(text, run, m):
            key, run = None, None  # 以后，首先应当…⏎…；其次，…: a set's word inside a later paragraph is prose
        last = run[-1][1] if run else 0
        if run is not None and (m.role is BULLET or m.ordinal is None or m.form == SEQUENCE_FORM):
            run.append((m, last + 1))  # bullets, 最后 and 接下来 take the next number
        elif run is not None and m.ordinal is not None:
            if m.ordinal > last + 1:
                warnings.append(_gap(m, last))
            run.append((m, m.ordinal))
        elif m.ordinal == 1 or (m.role is BULLET and key is None):
            key = _restart_key(open_runs, m)
            if key in open_runs:
                done.append((open_runs[key], m.start))
            open_runs[key] = [(m, 1)]
            if key != family(m):
                beside.append((open_runs[key], open_runs[family(m)]))
    done.extend((run, None) for run in open_runs.values())
    return _end_before_successors(done, beside)


def _across_paragraphs(text: str, run: Run, m: Marker) -> bool:
    """Whether a 首先… set's next word stands inside a later paragraph while the set's first word was
    an adverb in a clause (以后，首先应当…⏎…；其次，…): such a set goes on within its paragraph only.
    A 首先 that opens its line or sentence or is set off by a comma (首先，) keeps its set across lines
    (hard-wrapped text breaks lines inside paragraphs)."""
    first = run[0][0]
    if first.boundary is not Boundary.CLAUSE or first.text.endswith(("，", ",", "：", ":")):
        return False
    return m.boundary is not Boundary.LINE and text.find("\n", run[-1][0].end, m.start) >= 0


def _end_before_successors(done: list[tuple[Run, int | None]],
                           beside: list[tuple[Run, Run]]) -> list[tuple[Run, int | None]]:
    """A list opened beside another that the other never goes on after (一抓 二抓 三抓。 一靠 二靠)
    follows it rather than standing inside its last item: the earlier list ends where it starts."""
    caps = {id(run): cap for run, cap in done}
    for new, old in beside:
        if len(new) >= MIN_ITEMS and old[-1][0].start < new[0][0].start:
            start = new[0][0].start
            caps[id(old)] = min(caps[id(old)] or start, start)
    return [(run, caps[id(run)]) for run, _ in done]


def _continued(open_runs: dict[str, Run], m: Marker) -> str | None:
    """The key of the open run that `m` goes on with: its own verb's first, then its family's."""
    fam = family(m)
    if m.form == SEQUENCE_FORM:  # 首先 starts a set; 然后 其次 接下来 再次 最后 go on until 最后
        run = open_runs.get(fam)
        goes_on = run and m.ordinal != 1 and run[-1][0].word not in LAST_WORDS
        closes_too_soon = run and m.word in LAST_WORDS and len(run) < MIN_ITEMS  # 首先…最后 alone is no set
        return fam if goes_on and not closes_too_soon else None
    for key in (f"{fam}:{m.word}", fam):
        run = open_runs.get(key)
        if not run:
            continue
        last = run[-1][1]
        if m.role is BULLET or (m.ordinal is None and len(run) >= MIN_ITEMS):
            return key
        if m.ordinal is not None and last < m.ordinal <= last + 1 + MAX_GAP:
            return key
    return None


def _other_family(text: str, open_runs: dict[str, Run], m: Marker) -> str | None:
    """The open run of another ordinal family that `m` goes on with (第三 after 首先 其次; 其次 after
    第一; 第二 after 第一步), when its own family has none; of two, the one that went on last (a 第二
    after 首先…第一步 goes on with 第一步). 最后，我再… opens the last requests, no item."""
    if m.ordinal == 1 or LAST_REQUESTS.match(text, m.start):
        return None
    best: str | None = None
    for other in ONE_LIST_FAMILIES.get(m.form, ()):
        run = open_runs.get(other)
        if not run or run[-1][0].word in LAST_WORDS:
            continue
        if ((m.ordinal is None and len(run) >= MIN_ITEMS) or m.ordinal == run[-1][1] + 1) and (
                best is None or run[-1][0].start > open_runs[best][-1][0].start):
            best = other
    return best


def _restart_key(open_runs: dict[str, Run], m: Marker) -> str:
    """Where a new list starts: in place of its family's open list, or beside it for another verb."""
    fam = family(m)
    run = open_runs.get(fam)
    if m.form == "cn_verb" and run and run[0][0].word != m.word:
        return f"{fam}:{m.word}"
    return fam


def _glued_alone(run: Run) -> bool:
    """A first item run into the word before it (今后一是) stands only with a second item that
    follows at a boundary of its own, of the same verb (二是): else 一是 was part of a word."""
    if run[0][0].boundary is not GLUED:
        return False
    if len(run) < MIN_ITEMS or run[1][0].boundary is GLUED:
        return True
    return run[0][0].form == "cn_verb" and run[1][0].word != run[0][0].word


def _without_trailing_middle(run: Run) -> Run:
    """然后 after the last of a set (首先…其次…然后) is narrative, not an item: drop it from the end."""
    end = len(run)
    while end and run[end - 1][0].word in MIDDLE_WORDS:
        end -= 1
    return run[:end]


def _gap(m: Marker, last: int) -> Diagnostic:
    return Diagnostic(code=DiagnosticCode.NUMBERING_GAP, span=(m.start, m.end),
                      message=f"numbering jumps from {last} to {m.ordinal} at “{m.text}”")


def _items(text: str, run: Run, scope_end: int) -> list[Item]:
    """Each item runs to the next item; the last one to the end of its paragraph."""
    items = []
    for k, (m, n) in enumerate(run):
        if k + 1 < len(run):
            end = run[k + 1][0].start
        else:
            newline = text.find("\n", m.end, scope_end)
            end = scope_end if newline < 0 else newline
        items.append(Item(m, n, end))
    return items


def _check_family(lst: InlineList, warnings: Diagnostics) -> None:
    words = [item.marker.word for item in lst.items]
    if lst.items[0].marker.form == "cn_verb" and len(set(words)) > 1:
        first = next(item.marker for item in lst.items if item.marker.word != words[0])
        warnings.append(Diagnostic(
            code=DiagnosticCode.FAMILY_CHANGED, span=(lst.start, lst.end),
            message=f"a list of {len(words)} items changes from “{lst.items[0].marker.text}” to "
                    f"“{first.text}” while its numbers go on; read as one list"))


def _nest(lists: list[InlineList]) -> list[InlineList]:
    """Put each list inside the item that holds it whole; drop a list that straddles two items.

    Lists come sorted by start and top-level lists do not overlap, so only the last one can hold
    the next list: the walk stays linear in the number of lists.
    """
    top: list[InlineList] = []
    for lst in lists:
        holder, straddles = _holder(top[-1].items if top else [], lst)
        if straddles:
            continue
        if holder is None:
            top.append(lst)
        else:
            holder.children.extend(lst.items)
    return top


def _holder(items: list[Item], lst: InlineList) -> tuple[Item | None, bool]:
    """The innermost item that contains `lst`, and whether `lst` crosses an item boundary."""
    item = next((i for i in reversed(items) if i.marker.start <= lst.start), None)
    if item is None or lst.start >= item.end:
        return None, False
    if lst.items[-1].marker.start >= item.end:
        return None, True
    lst.items[-1].end = min(lst.items[-1].end, item.end)  # the last item ends with its holder
    inner, straddles = _holder(item.children, lst)
    return (inner or item), straddles
