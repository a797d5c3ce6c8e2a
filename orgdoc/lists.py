"""Inline enumerations: which candidates form real lists, and how lists nest inside one another.

A list is a run of markers of one family inside one scope (the text a block heading owns, or the
top level) whose numbers go 1, 2, 3 …; a single 一是, a lone 首先 or a 其次 with no 首先 is no list.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Final

from .cues import ADDRESS_CUE
from .models import Boundary, Diagnostic, DiagnosticCode, Diagnostics, Marker, Role

# Enum members bound once: `Role.BLOCK` is a look-up through the enum's metaclass each time it is
# read (70 ns on Python 3.11), and these are read for every marker in every pass.
BULLET = Role.BULLET
GLUED: Final = Boundary.GLUED
CLAUSE: Final = Boundary.CLAUSE

MIN_ITEMS: Final = 2  # 一是 with no 二是 is a phrase, not a list
SEQUENCE_FORM: Final = "sequence"
LAST_WORDS: Final = frozenset({"最后", "最後"})  # 最后 closes a 首先… set: nothing goes on after it
MIDDLE_WORDS: Final = frozenset({"然后", "接下来", "接着"})  # only between the first and the last of a set
# 再次 with no separator after it (再次欢迎 再次感谢) is the adverb "again" unless the set has its
# second item.
AGAIN: Final = "再次"
# 最后，我再强调两点： opens the speaker's last requests (the closing part), no item of a list before it.
LAST_REQUESTS_CUE: Final = r"最后[，,]\s*(?:我|再|还|提|讲|强调|希望)"
LAST_REQUESTS: Final = re.compile(LAST_REQUESTS_CUE)
# Photo captions (▲ 会议现场 ■ 图为…) look like bullet items: a run of them is no list (GUIDE: captions of
# figures are not nodes). ▲ under a photo is a caption whenever its items are short lines of their own
# without end punctuation and no line ending in a colon introduces them; ■ also heads parts, so its run
# is read as captions only when an item holds a caption's words (图为… …现场 …摄).
CAPTION_GLYPHS: Final = frozenset("▲△")
CAPTION_OR_BULLET: Final = frozenset("■□")
CAPTION_CUES: Final = re.compile(r"^(?:图为|图片|照片)|(?:现场|合影|摄|供图|截图)[）)]?$")
MAX_CAPTION: Final = 60  # a caption is a line, a sentence at most
CAPTION_ENDS: Final = frozenset("。！？；：!?;:")
# A sentence (or a line) that turns from what was done to what comes next (下一步， 今后， 明年，): the
# points before it end there; a list after it goes on the passage, not the last point (GUIDE, Nesting).
NEXT_STEP_WORDS: Final = ("下一步", "下一阶段", "下阶段", "今后", "明年", "下半年", "新的一年")
CN_VERB_FORM: Final = "cn_verb"
NEXT_STEP: Final = re.compile(rf"[。！？!?\n][ \t\u3000]*(?:{'|'.join(NEXT_STEP_WORDS)})")
# Ordinals in words and in numbers take turns in one list (首先…其次…第三…最后, 第一…其次…再次…), and so
# do counted and plain ordinals (第一步，…；第二，…；第三，…): GUIDE rule 2, a list whose family changes
# while its numbers continue is one list.
COUNTED_FORM: Final = "counted"
ONE_LIST_FAMILIES: Final[dict[str, tuple[str, ...]]] = {
    "ordinal": (SEQUENCE_FORM, COUNTED_FORM), SEQUENCE_FORM: ("ordinal",), COUNTED_FORM: ("ordinal",)}
MAX_GAP: Final = 1  # 一是 二是 四是: one missing number is a typo worth a warning; more is another list
# …also where the paragraph breaks were lost: right after a sentence's end mark, on the same line.
ADDRESS_IN_LINE: Final = re.compile(rf"[。！？!?][”’」』）)]?[ \t\u3000]*(?={ADDRESS_CUE})")
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
    """Markers of one family may continue one list: all 一X verbs together (一要 … 三是); labelled
    ordinals of one label (第一条主线是： 第二条主线是：)."""
    if marker.role is BULLET:
        return "bullet" + marker.word
    if marker.form == LABELLED:
        return LABELLED + label_noun(marker.text)
    return marker.form


LABELLED: Final = "labelled"
LABEL_NUMERALS: Final = "第一二三四五六七八九十"
LABEL_TAILS: Final = "：: \t\u3000是为"


def label_noun(marker: str) -> str:
    """The last character of a labelled ordinal's label, its qualifier and copula aside: 第一条主线是：
    and 第二条主线是： name one thing (线), 我的第一想法是： and 第二点想法是： too (法); 第一书记…顺口溜：
    (溜) goes on with no list of 第N个问题： (题)."""
    label = marker.lstrip(LABEL_NUMERALS).rstrip(LABEL_TAILS)
    if label.endswith(("）", ")")):
        label = label[:max(label.rfind("（"), label.rfind("("), 0)].rstrip(LABEL_TAILS)
    return label[-1:]


def build_lists(text: str, markers: list[Marker], scope_end: int,
                warnings: Diagnostics) -> list[InlineList]:
    """The valid lists among the inline markers of one scope, nested, in document order."""
    runs = _runs(text, markers, warnings)
    runs = [(_without_trailing_middle(run), cap) for run, cap in runs
            if not _glued_alone(run) and not _captions(text, run)]
    runs = [(run, cap) for run, cap in runs if len(run) >= MIN_ITEMS]
    # addresses after a sentence in the scope (rare): found once, not searched for again from each list
    addresses = [a.end() for a in ADDRESS_IN_LINE.finditer(text, markers[0].start, scope_end)] if runs else []
    lists = [InlineList(_items(text, run, cap or scope_end, addresses)) for run, cap in runs]
    for lst in lists:
        _check_family(lst, warnings)
    return _nest(text, sorted(lists, key=lambda lst: lst.start))


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
        if key is not None and run is not None and m.role is BULLET:
            beyond = _list_beyond(run, m, open_runs.values(), done)
            if beyond is not None:  # ——…×4, 第一…第四, then ——… again: the bullets start over
                done.append((run, beyond))
                del open_runs[key]
                key, run = None, None
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


BULLET_STRETCH: Final = 3  # a bullet this many times further on than its run's widest step is no next item
RHYTHM_ITEMS: Final = 8  # the run's last items that set its rhythm (the steps between them)


def _list_beyond(run: Run, m: Marker, open_runs: Iterable[Run],
                 done: list[tuple[Run, int | None]]) -> int | None:
    """Where a list of another family starts between the bullet run's last item and the bullet `m`,
    when `m` stands far beyond the run's rhythm (the widest step between its last RHYTHM_ITEMS items): text whose paragraph breaks were lost runs ——A。——B。
    第一，…第二，… ——C。——D。 on one line, and the bullets after the numbered list are a list of their
    own, not items holding it. None when `m` goes on with the run (a bullet whose paragraph holds a
    list of its own, then the next bullet, is no further on than the run's steps allow)."""
    if len(run) < 2:
        return None
    last = run[-1][0].start
    step = max(b[0].start - a[0].start for a, b in pairwise(run[-RHYTHM_ITEMS:]))  # a bounded look back
    if m.start - last <= BULLET_STRETCH * step:
        return None
    starts = [r[0][0].start for r in (*open_runs, *(d[0] for d in done))
              if r is not run and len(r) >= MIN_ITEMS and last < r[0][0].start < m.start]
    return min(starts, default=None)


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
        goes_on = run and m.ordinal != 1 and run[-1][0].word not in LAST_WORDS \
            and not (m.text == AGAIN and run[-1][1] < 2) \
            and not (_in_clause(m) and not _ordered(run))
        closes_too_soon = run and m.word in LAST_WORDS and len(run) < MIN_ITEMS  # 首先…最后 alone is no set
        return fam if goes_on and not closes_too_soon else None
    keys = (f"{fam}:{m.word}", fam)
    for key in keys:
        run = open_runs.get(key)
        if run and (m.role is BULLET or (m.ordinal is None and len(run) >= MIN_ITEMS)):
            return key
    # A number that goes on exactly outranks one that would skip a number: of the family's open lists,
    # the one whose last item has this verb, else the one that went on last (一要…三要。 一是…四是，五要…:
    # 五要 is the 一是 list's fifth item, GUIDE rule 2; its 六要 then goes on there too).
    exact = [key for key, run in open_runs.items()
             if (key == fam or key.startswith(f"{fam}:")) and m.ordinal == run[-1][1] + 1]
    if exact:
        return max(exact, key=lambda key: (open_runs[key][-1][0].word == m.word, open_runs[key][-1][0].start))
    for key in keys:
        run = open_runs.get(key)
        if run and m.ordinal is not None and run[-1][1] < m.ordinal <= run[-1][1] + 1 + MAX_GAP:
            return key
    return None


def _ordered(run: Run) -> bool:
    """Whether a 首先 set has an item that says its place (其次 再次): then 最后 and 然后 run into a
    clause are its items too (首先要…，其次要…，最后要…). Without one, 然后 and 最后 run into their
    clause (…、然后再加… …，最后只是…) tell what happened next in prose: no items."""
    return any(m.word in PLACE_WORDS for m, _ in run[1:3])  # 其次 is a set's second item, 再次 its third


PLACE_WORDS: Final = frozenset({"其次", "再次"})


def _in_clause(m: Marker) -> bool:
    """A set's word after a comma and run into its clause (…，最后只是… …、然后再加…), not a place word."""
    return m.boundary is CLAUSE and m.text == m.word and m.word not in PLACE_WORDS


def _other_family(text: str, open_runs: dict[str, Run], m: Marker) -> str | None:
    """The open run of another ordinal family that `m` goes on with (第三 after 首先 其次; 其次 after
    第一; 第二 after 第一步), when its own family has none; of two, the one that went on last (a 第二
    after 首先…第一步 goes on with 第一步). 最后，我再… opens the last requests, no item."""
    if m.ordinal == 1 or LAST_REQUESTS.match(text, m.start):
        return None
    if m.form == SEQUENCE_FORM and _in_clause(m):
        return None  # 第一…第三…，最后又追加了…: a word run into a clause tells what came next, no item
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
    follows at a boundary of its own, of the same verb (二是), or, verbs that change, each closed by a
    comma (坚持一听，…；二看，…): else 一是 was part of a word."""
    if run[0][0].boundary is not GLUED:
        return False
    if len(run) < MIN_ITEMS or run[1][0].boundary is GLUED:
        return True
    first, second = run[0][0], run[1][0]
    # 坚持一听，…；二看，…；三查，…: verbs that change, each closed by a comma, count as one list
    return first.form == "cn_verb" and second.word != first.word \
        and not (first.text[-1] in VERB_SEPARATORS and second.text[-1] in VERB_SEPARATORS)


VERB_SEPARATORS: Final = frozenset("，,：:")


def _captions(text: str, run: Run) -> bool:
    """A run of bullets that are photo captions (see CAPTION_GLYPHS): each a short line of its own
    without end punctuation; ▲ not introduced by a line ending in a colon, ■ holding a caption's words."""
    word = run[0][0].word
    if run[0][0].role is not BULLET or word not in CAPTION_GLYPHS and word not in CAPTION_OR_BULLET:
        return False
    lines = []
    for m, _ in run:
        eol = text.find("\n", m.end)
        line = text[m.end:len(text) if eol < 0 else eol].strip(" \t\u3000*")
        if not line or len(line) > MAX_CAPTION or line[-1] in CAPTION_ENDS:
            return False
        lines.append(line)
    if word in CAPTION_OR_BULLET:
        return any(CAPTION_CUES.search(line) for line in lines)
    start = run[0][0].start
    before = text[max(0, start - MAX_CAPTION):start].rstrip(" \t\u3000\n*")  # the line before the first item
    return not before or before[-1] not in "：:"


def _without_trailing_middle(run: Run) -> Run:
    """然后 after the last of a set (首先…其次…然后) is narrative, not an item: drop it from the end."""
    end = len(run)
    while end and run[end - 1][0].word in MIDDLE_WORDS:
        end -= 1
    return run[:end]


def _gap(m: Marker, last: int) -> Diagnostic:
    return Diagnostic(code=DiagnosticCode.NUMBERING_GAP, span=(m.start, m.end),
                      message=f"numbering jumps from {last} to {m.ordinal} at “{m.text}”")


def _items(text: str, run: Run, scope_end: int, addresses: list[int]) -> list[Item]:
    """Each item runs to the next item; the last one to the end of its paragraph, or to an address
    that opens a new one where the breaks were lost (…展现大国担当。主席先生！今年以来…)."""
    items = []
    for k, (m, n) in enumerate(run):
        if k + 1 < len(run):
            end = run[k + 1][0].start
        else:
            newline = text.find("\n", m.end, scope_end)
            if newline >= 0 and not text[m.end:newline].strip():
                newline = text.find("\n", newline + 1, scope_end)  # 最后，⏎竞价成功…: its text is the next line
            end = scope_end if newline < 0 else newline
            at = bisect.bisect_right(addresses, m.end)
            if at < len(addresses) and addresses[at] < end:
                end = addresses[at]
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


def _nest(text: str, lists: list[InlineList]) -> list[InlineList]:
    """Put each list inside the item that holds it whole; drop a list that straddles two items.

    Lists come sorted by start and top-level lists do not overlap, so only the last one can hold
    the next list: the walk stays linear in the number of lists.
    """
    top: list[InlineList] = []
    for lst in lists:
        holder, straddles = _holder(text, top[-1].items if top else [], lst)
        if straddles:
            continue
        if holder is None:
            top.append(lst)
        else:
            holder.children.extend(lst.items)
    return top


def _holder(text: str, items: list[Item], lst: InlineList) -> tuple[Item | None, bool]:
    """The innermost item that contains `lst`, and whether `lst` crosses an item boundary."""
    item = next((i for i in reversed(items) if i.marker.start <= lst.start), None)
    if item is None:
        return None, False
    if item is items[-1] and lst.start < item.end:
        _end_at_turn(text, item, lst)
    if lst.start >= item.end:
        return None, False
    if lst.items[-1].marker.start >= item.end:
        return None, True
    lst.items[-1].end = min(lst.items[-1].end, item.end)  # the last item ends with its holder
    inner, straddles = _holder(text, item.children, lst)
    return (inner or item), straddles


def _end_at_turn(text: str, item: Item, lst: InlineList) -> None:
    """The last item of a 一是 list (a point, the lowest rank of a speech's lists) ends with its sentence
    when the passage then turns to new matter (…二是B。下一步，我们将…：第一，…；第二，…: `NEXT_STEP`)
    before the list of another family that follows: that list goes on the passage, beside the first,
    as the lists of a closing part do (GUIDE, Nesting). Without the turn it elaborates the item and
    nests (二是B。具体包括：①…②…; 三是…。要想…，首先就要…。其次，…); so does the passage of a part
    (第三个方面，…。下一步，我们将…。一要…二要…)."""
    if item.marker.form != CN_VERB_FORM or family(lst.items[0].marker) == family(item.marker):
        return  # 第三个方面，…。下一步，…一要…二要…: a part's passage goes on over its next steps
    turn = NEXT_STEP.search(text, item.marker.end, lst.start)
    if turn is not None and (not item.children or item.children[-1].end <= turn.start() + 1):
        item.end = turn.start() + 1


SENTENCE_CLOSERS: Final = ("。", "！", "？", "!", "?")
