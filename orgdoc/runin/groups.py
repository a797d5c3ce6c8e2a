"""Which candidate leads become headings: only those in a group of parallel siblings.

A scope is split by its heading lines if it has two or more, else by its colon labels (two or more,
each a different label), else by its paragraph and inner leads, which count in any of these groups:
  * a shared opening with the same sentence pattern (要在“选”上… 要在“育”上…);
  * the same frame (从国际看，… 从国内看，…), three or more;
  * a run of headline-shaped leads over nearby paragraphs (国民经济继续保持平稳较快增长。… 改革开放
    深入推进。…), as government reports open their points: short, no statement or number in them;
  * verdicts of one pattern (坚持党的领导是根本保证。… 依靠群众力量是重要基础。…), two in nearby paragraphs;
  * inside paragraphs, duties shaped alike (理论学习要… 实践锻炼要…), each heading text of its own, and
    sentences sharing the paragraph's opening words (我们坚持…, `leads._echoes`).
A bold run takes in a plain lead that reads like it (`_unbolded`); a group that opens alike takes in
a member a lost paragraph break left after a sentence end (`mid_members`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise
from typing import Final

from ..cues import STEP_OUT_LINE
from ..grammar import enumerates, starts_with_marker
from .leads import BOLD, DUTY, ECHO, SENTENCE_ENDS, SPEAKER, STOPS, Lead, Paragraph, Shape, duty_shaped
from .words import COUNT_RE, NARRATOR, REPORTED_DOCUMENT, STATEMENT, VERDICT

PREFIX: Final = 2  # leads that share their first two characters may be parallel (要在…, 根本…)
LONG_PREFIX: Final = 4  # …and those sharing four are (教师热爱学生，…)
MIN_SHARED: Final = 2  # parallel leads sharing an opening: two make a group
MIN_LOOSE: Final = 3  # leads with no shared opening need three to be trusted
LENGTH_RATIO: Final = 1.6  # parallel sentences: the longer at most this many times the shorter
MAX_INNER_LEAD: Final = 20  # inside a paragraph, only short sentences can be run-in headings
MAX_FRAME: Final = 10  # 从外部环境看，: the frame of a lead ends at a comma this close to its start
MAX_TIGHT: Final = 30  # a headline-shaped lead with a comma is at most this long…
MAX_TWO_CLAUSES: Final = 50  # …or this long in a run whose leads all have two clauses
MAX_TIGHT_PLAIN: Final = 60  # …and one with no comma at most this long
MAX_PAIR: Final = 20  # two headline-shaped leads alone make a group only when this short
CLAUSE_SPLIT: Final = re.compile("[，,]")
MIN_COUPLET_WORDS: Final = 3  # characters a couplet's two leads share at the same places (一颗…心)
MIN_REST: Final = 20  # a headline-shaped lead heads a paragraph at least this long…
MIN_REST_SHORT: Final = 8  # …or, a lead of a word or two (花鼓。), at least this long and twice the lead
MAX_TOPIC_LABEL: Final = 4  # 牌： 鸦片：: a topic word closed by a colon leads like a sentence
QUOTES: Final = "“‘「《（("
SET_PHRASE: Final = re.compile(r"“[^“”]{1,8}”")  # a lead opening with a quotation or a bracket is prose
MIN_OWN: Final = 9  # characters from a duty's end mark to the next lead of its group, at least: text of its own
MAX_GAP: Final = 2  # a run of headline-shaped leads may skip one paragraph between two of them


def select(text: str, leads: list[Lead]) -> list[Lead]:
    """The leads that split the scope, in text order. A sentence met twice is a repeated paragraph,
    not two points: it takes part in no group. Leads of different shapes never group together, so
    a shape with fewer than two leads is not looked at."""
    if len(leads) < MIN_SHARED:
        return []
    by_shape: dict[Shape, list[Lead]] = {Shape.LINE: [], Shape.LABEL: [], Shape.PARA: [], Shape.INNER: []}
    for lead in leads:
        by_shape[lead.shape].append(lead)
    lines = _unrepeated(text, by_shape[Shape.LINE])
    if len(lines) >= MIN_SHARED:
        return lines
    labels = _unrepeated(text, by_shape[Shape.LABEL])
    if len(labels) >= MIN_SHARED:  # each label different, as repeated ones are gone
        return labels
    # A lone sentence line (`Lead.lone`) is a lead only beside others of its kind that open alike (这一年，
    # 我们…。 ×7): a one-sentence paragraph among headline-shaped leads is prose (今年要…重点抓好…。).
    lone = [lead for lead in by_shape[Shape.PARA] if lead.lone]
    paras = _unrepeated(text, [lead for lead in by_shape[Shape.PARA] if not lead.lone] if lone else by_shape[Shape.PARA])
    chosen: set[Lead] = _paragraph_groups(text, paras) if len(paras) >= MIN_SHARED else set()
    if len(lone) >= MIN_SHARED:
        chosen |= _shared_openings(text, _unrepeated(text, lone))
    led = {lead.paragraph for lead in chosen}  # a paragraph a lead heads: its duties are that lead's text
    inner = [lead for lead in _unrepeated(text, by_shape[Shape.INNER]) if lead.paragraph not in led]
    if len(inner) >= MIN_SHARED:
        # Sentences inside paragraphs group only within one paragraph (GUIDE: inside a paragraph, leads
        # count when they share an opening): duties scattered over a talk's paragraphs (…。要搞社会主义。…
        # …。现在要保证…) are its prose, not points of one passage.
        duties = _groups(inner, lambda lead: f"{_duty_key(text, lead)}{PARA_KEY}{lead.paragraph}", MIN_SHARED)
        duties |= _groups([i for i in inner if i not in duties],
                          lambda lead: f"{DUTY}{PARA_KEY}{lead.paragraph}" if text.startswith(DUTY, lead.start) else None,
                          MIN_LOOSE)
        if duties:
            chosen |= duties | _openers(text, paras, duties)
        chosen |= _groups([i for i in inner if i not in duties and not duty_shaped(text, i.start, i.end)],
                          lambda lead: f"{ECHO_KEY}{text[lead.start:lead.start + PREFIX]}{PARA_KEY}{lead.paragraph}",
                          MIN_LOOSE)  # 打造…。…打造…。…打造…。 in a numbered paragraph's text (`leads._alike`)
    return sorted(chosen, key=_start)


def mid_members(text: str, leads: list[Lead], paras: list[Paragraph]) -> list[Lead]:
    """Members of a group of paragraph leads that a lost paragraph break left inside a paragraph, after
    a sentence end (坚持问题导向，补齐短板弱项。…。坚持系统观念，强化统筹协调。…): a sentence there that
    opens as every member of the group does and reads like each (`_parallel`), and heads text of its own.
    Looked for only where a group opens alike: one `str.find` a paragraph and opening."""
    members = [lead for lead in leads if lead.shape is Shape.PARA]
    if len(members) < MIN_SHARED or len(members) < len(leads):
        return leads
    sentences = [text[lead.start:lead.end] for lead in members]
    opening = sentences[0][:PREFIX]
    if any(not s.startswith(opening) for s in sentences):
        return leads  # a group that does not open alike throughout (a run of headlines)
    common = min(_shared(sentences[0], s) for s in sentences[1:])
    if common >= min(_first_clause(s) or len(s) for s in sentences):
        return leads  # 教师热爱学生，就能…。教师热爱学生，…: a topic each paragraph repeats, no point
    first, last = members[0].paragraph, members[-1].paragraph
    bold = all(lead.bold for lead in members)
    taken = {lead.start for lead in leads}
    found: list[Lead] = []
    for p in paras:
        if not first <= p.number <= last + 1:
            continue
        j = text.find(opening, p.start + 1, p.end)
        while j >= 0:
            start = j - len(BOLD) if bold else j  # a bold group's member keeps its bold
            if (not bold or text.startswith(BOLD, start)) and text[start - 1] in SENTENCE_ENDS and j not in taken:
                lead = _mid_lead(text, p, j, members)
                if lead is not None:
                    found.append(lead)
            j = text.find(opening, j + PREFIX, p.end)
    return sorted(leads + found, key=_start) if found else leads


def _mid_lead(text: str, p: Paragraph, j: int, group: list[Lead]) -> Lead | None:
    """The lead at `j` inside paragraph `p` if it reads like the members of `group`."""
    stop = STOPS.search(text, j, p.end)
    if stop is None or text[stop.start()] != "。":
        return None
    end = stop.start()
    while end > j and text[end - 1] in "*":
        end -= 1
    sentence = text[j:end]
    members = [text[lead.start:lead.end] for lead in group]
    if STATEMENT.search(sentence) and not any(STATEMENT.search(m) for m in members):
        return None  # …。坚持下去是关键。: a statement among plain leads, no point
    if not all(_parallel(sentence, m) for m in members):
        return None
    rest = p.end - stop.end()
    return Lead(j, end, Shape.INNER, p.number, rest) if rest >= MIN_OWN else None


def _openers(text: str, paras: list[Lead], duties: set[Lead]) -> set[Lead]:
    """The first sentence of a paragraph whose later sentences make a group of duties, when it is a
    duty of the same shape (我们要践行初心。… 我们要牢记使命。… 我们要担当作为。…): the group's first member,
    though it opens the paragraph, and heading text of its own before the next."""
    first: dict[int, Lead] = {}
    for lead in sorted(duties, key=_start):
        first.setdefault(lead.paragraph, lead)
    out: set[Lead] = set()
    for p in paras:
        nxt = first.get(p.paragraph)
        if nxt is None or p.end - p.start > MAX_INNER_LEAD or text[p.end:p.end + 1] != "。" \
                or _duty_key(text, p) != _duty_key(text, nxt):
            continue
        if nxt.start - p.end >= MIN_OWN:
            out.add(p)
    return out


def _start(lead: Lead) -> int:
    return lead.start


def _unrepeated(text: str, leads: list[Lead]) -> list[Lead]:
    """The leads whose sentence no other lead of the list repeats."""
    if len(leads) < MIN_SHARED:
        return leads
    sentences = [text[lead.start:lead.end] for lead in leads]
    if len(set(sentences)) == len(sentences):
        return leads
    seen = Counter(sentences)
    return [lead for lead, sentence in zip(leads, sentences) if seen[sentence] == 1]


def _paragraph_groups(text: str, paras: list[Lead]) -> set[Lead]:
    shared = _shared_openings(text, paras)
    chosen = _unwrapped(text, shared, _quoted_openings(text, paras))
    chosen |= _frames(text, [p for p in paras if p not in chosen] if chosen else paras)
    fits = [(p, _headline_fit(text, p)) for p in paras]  # each lead measured once for both runs below
    # A pair of shared openings left out (it wraps another group) still starts the runs it stands in.
    chosen |= _runs(text, [p for p, fit in fits if fit and fit[0] <= (MAX_TIGHT if fit[1] else MAX_TIGHT_PLAIN)],
                    chosen | shared)
    bold = _runs(text, [p for p in paras if p.bold], chosen | shared, MIN_SHARED)
    if bold:
        chosen |= bold | _unbolded(text, paras, bold)
    chosen |= _runs(text, [p for p in paras if _verdict(text, p)], chosen | shared, MIN_SHARED)
    # Leads of two clauses (one comma) up to MAX_TWO_CLAUSES: headline(text, p, MAX_TWO_CLAUSES).
    chosen |= _runs(text, [p for p, fit in fits if fit and fit[1] == 1 and fit[0] <= MAX_TWO_CLAUSES], chosen | shared)
    return chosen


def _shared_openings(text: str, leads: list[Lead]) -> set[Lead]:
    """Leads that open alike and read alike; each is checked against its neighbour of the same
    opening, and failing that against the group's first member, so the pass stays linear."""
    by_key: dict[str, list[Lead]] = {}
    for lead in leads:
        by_key.setdefault(text[lead.start:lead.start + PREFIX], []).append(lead)
    chosen: set[Lead] = set()
    if len(by_key) == len(leads):
        return chosen  # no two open alike
    for group in by_key.values():
        anchor: Lead | None = None  # the group's first member
        for a, b in pairwise(group):
            if _alike_pair(text, a, b):
                chosen.update((a, b))
                anchor = anchor or a
            elif anchor is not None and (_alike_pair(text, anchor, b) or a in chosen and _framed_member(text, anchor, a, b)):
                chosen.add(b)  # 全面建成小康社会，…是主体力量。 / …，…是生力军…。: two statements, each framed as the first
    return chosen


def _framed_member(text: str, anchor: Lead, before: Lead, lead: Lead) -> bool:
    """A lead framed as the group's first member (the same opening clause and more), as long as the member
    before it and read alike with it: the third of a run of statements set in one frame (全面建成小康社会，
    我国广大知识分子能够…。 …，亿万劳动群众是主体力量。 …，广大青年是生力军和突击队。), whatever its length
    against the first: a frame three paragraphs repeat is the author's (two may be a report's time phrase)."""
    x, y, z = text[anchor.start:anchor.end], text[before.start:before.end], text[lead.start:lead.end]
    return (text[lead.end:lead.end + 1] == "。" and _parallel(y, z) and _framed_alike(x, z)
            and not _only_reported_alike(x, z) and (_plain(text, anchor) or _plain(text, lead)))


def _alike_pair(text: str, a: Lead, b: Lead) -> bool:
    """Two leads of one opening that read alike: both plain, or one plain and framed alike."""
    x, y = text[a.start:a.end], text[b.start:b.end]
    if not _parallel(x, y) or text[a.end:a.end + 1] != "。" or text[b.end:b.end + 1] != "。" \
            or _only_reported_alike(x, y):
        return False
    plain = _plain(text, a), _plain(text, b)
    return all(plain) or any(plain) and _framed_alike(x, y)


def _only_reported_alike(a: str, b: str) -> bool:
    """Two leads that share no more than the document they report on and a verb of saying
    (《通知》指出，… / 《通知》要求，…: `REPORTED_DOCUMENT`)."""
    said = REPORTED_DOCUMENT.match(a)
    return said is not None and REPORTED_DOCUMENT.match(b) is not None and _shared(a, b) < said.end() + PREFIX


def _framed_alike(a: str, b: str) -> bool:
    """Two leads that share a whole opening clause and more (在过去的五年中，我国…): parallel enough
    that one of them may state (…是少有的) where the other names a result."""
    comma = a.find("，")
    return LONG_PREFIX <= comma < _shared(a, b)


def _unwrapped(text: str, shared: set[Lead], quoted: set[Lead]) -> set[Lead]:
    """The groups of both kinds, less a pair of shared openings that wraps another whole group between
    its two members (过去一年，…。 “实”的…。 “新”的…。 … 过去一年，…。): parallel points do not hold a
    group of their own level inside, so the pair is only two paragraphs framed alike (a time phrase)."""
    if not shared:
        return quoted
    by_key: dict[str, list[Lead]] = {}
    for lead in sorted(shared, key=_start):
        by_key.setdefault(text[lead.start:lead.start + PREFIX], []).append(lead)
    groups = list(by_key.values()) + ([sorted(quoted, key=_start)] if quoted else [])
    chosen = set(quoted)
    for group in by_key.values():
        if len(group) == MIN_SHARED and any(
                other is not group and group[0].start < other[0].start and other[-1].start < group[1].start
                for other in groups):
            continue
        chosen.update(group)
    return chosen


def _quoted_openings(text: str, leads: list[Lead]) -> set[Lead]:
    """“实”的基础更加牢固。 “新”的动能加快集聚。: leads that open with a short quoted set phrase and go
    on alike after it (the same next character), in nearby paragraphs, short and headline-shaped but
    for the quotation (which bars them from the runs of `_runs`)."""
    by_key: dict[str, list[Lead]] = {}
    for lead in leads:
        if text[lead.start] not in QUOTES:
            continue
        sentence = text[lead.start:lead.end]
        phrase = SET_PHRASE.match(sentence)
        if phrase is None or phrase.end() >= len(sentence) or lead.end - lead.start > MAX_TIGHT:
            continue
        if text[lead.end:lead.end + 1] != "。" or lead.rest < MIN_REST or not _plain(text, lead):
            continue
        by_key.setdefault(sentence[phrase.end()], []).append(lead)
    chosen: set[Lead] = set()
    for group in by_key.values():
        for a, b in pairwise(group):
            if b.paragraph - a.paragraph <= MAX_GAP and _parallel(text[a.start:a.end], text[b.start:b.end]):
                chosen.update((a, b))
    return chosen


def _parallel(a: str, b: str) -> bool:
    """Two leads of one pattern: like clauses (the first comma at like places, or none in either)
    and like lengths. The same sentence twice is a repeated paragraph, not two points."""
    if a == b:
        return False
    clauses = _first_clause(a), _first_clause(b)
    if (clauses[0] is None) != (clauses[1] is None):
        return False
    if clauses[0] is not None and clauses[1] is not None and abs(clauses[0] - clauses[1]) > 1:
        return False
    short, long_ = sorted((len(a), len(b)))
    if long_ <= LENGTH_RATIO * short:
        return True
    shared = _shared(a, b)
    # a shared opening clause alone (过去一年，面对…，我们…。 过去一年，全区…成果。) frames prose: unlike lengths part them
    return shared >= LONG_PREFIX and not (clauses[0] is not None and shared == clauses[0] + 1)


def _shared(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _plain(text: str, lead: Lead) -> bool:
    """A lead that states, asks or counts nothing (no 是, no figure, not 我们…): what
    leads sharing only a short opening must be, since 马克思主义… 我们… open prose alike too."""
    sentence = text[lead.start:lead.end]
    if "“" in sentence:  # a quoted set phrase (“两个确立” “四个意识”) names a thing, it counts nothing
        sentence = SET_PHRASE.sub("", sentence)
    if sentence[:1] == SPEAKER or NARRATOR.search(sentence):
        return False
    return STATEMENT.search(sentence) is None or _announces(text, lead, sentence)


def _announces(text: str, lead: Lead, sentence: str) -> bool:
    """A lead whose only statement is a count, and whose paragraph goes on at once with an inline list
    (紧盯三种重点异常行为。一是…；二是…): it names the points of that list, as a heading does."""
    if any(not COUNT_RE.fullmatch(m.group()) for m in STATEMENT.finditer(sentence)):
        return False
    line_end = text.find("\n", lead.end)
    after = text[lead.end + 1:line_end if line_end >= 0 else len(text)]
    return starts_with_marker(after) and enumerates(after)


def _first_clause(s: str) -> int | None:
    """Where the first clause ends (its comma), or None for a sentence of one clause."""
    k = min((i for i in (s.find("，"), s.find(",")) if i >= 0), default=-1)
    return None if k < 0 else k


def _frames(text: str, leads: list[Lead]) -> set[Lead]:
    """从外部环境看，… 从行业趋势看，…: paragraph leads framed alike (first character, and the last
    one before a near comma) are parallel though their openings differ; three make a group."""
    by_frame: dict[tuple[str, str], list[Lead]] = {}
    for lead in leads:
        comma = text.find("，", lead.start, min(lead.end, lead.start + MAX_FRAME))
        if comma > lead.start + 1:
            by_frame.setdefault((text[lead.start], text[comma - 1]), []).append(lead)
    return {lead for group in by_frame.values() if len(group) >= MIN_LOOSE for lead in group}


def headline(text: str, lead: Lead, limit: int = MAX_TIGHT) -> bool:
    """改革开放深入推进。 继续实施…区域发展总体战略。: a lead that names an action or a result, not a
    statement, question or figure, and heads a paragraph of its own."""
    fit = _headline_fit(text, lead)
    return fit is not None and fit[0] <= (limit if fit[1] else MAX_TIGHT_PLAIN)


def _headline_fit(text: str, lead: Lead) -> tuple[int, int] | None:
    """A lead's length and commas if it is headline-shaped at some length limit (see `headline`),
    else None."""
    size = lead.end - lead.start
    if size == 0 or lead.rest < min(MIN_REST, max(MIN_REST_SHORT, 2 * size)):
        return None
    mark = text[lead.end:lead.end + 1]
    if mark != "。" and not (mark in ("：", ":") and size <= MAX_TOPIC_LABEL):
        return None
    sentence = text[lead.start:lead.end]
    commas = sentence.count("，")
    if commas > 1:
        return None
    return (size, commas) if sentence[0] not in QUOTES and _plain(text, lead) else None


def _unbolded(text: str, paras: list[Lead], bold: set[Lead]) -> set[Lead]:
    """A member of a run of bold leads whose bold the copy lost (**抓党建是最大的政绩。**… **抓发展是第一
    要务。**… 抓民生是根本目的。…): a lead next to the run (MAX_GAP paragraphs) that opens as all of
    its members do and reads like each of them (`_parallel`)."""
    members = sorted(bold, key=_start)
    sentences = [text[lead.start:lead.end] for lead in members]
    common = min(_shared(sentences[0], s) for s in sentences[1:])
    if common == 0:
        return set()
    opening = sentences[0][:common]
    numbers = [lead.paragraph for lead in members]
    return {p for p in paras if not p.bold and numbers[0] - MAX_GAP <= p.paragraph <= numbers[-1] + MAX_GAP
            and text.startswith(opening, p.start)
            and all(_parallel(text[p.start:p.end], s) for s in sentences)}


def _verdict(text: str, lead: Lead) -> bool:
    """党的坚强领导是根本原因。: a verdict (`VERDICT`) heading a paragraph of its own; two in nearby
    paragraphs are parallel points, though each states something."""
    return lead.end - lead.start <= MAX_TIGHT and lead.rest >= MIN_REST and text[lead.end:lead.end + 1] == "。" \
        and VERDICT.fullmatch(text, lead.start, lead.end) is not None


def _runs(text: str, leads: list[Lead], grouped: set[Lead], need: int = MIN_LOOSE) -> set[Lead]:
    """Headline-shaped leads in nearby paragraphs: three or more, or two short ones back to back
    (leads set in bold: two). A run that holds a group of shared openings starts at that group: the
    paragraph before it is the section's introduction. A paragraph skipped between two leads that
    steps out of the points (各位代表，… 同志们！…) ends the run: 五年来，…。 五年来，…。 各位代表，回顾…。
    回首过去五年，…。 the last is the section's closing words, not a sixth point."""
    chosen: set[Lead] = set()
    run: list[Lead] = []
    for lead in [*leads, None]:
        if lead is not None and run and lead.paragraph - run[-1].paragraph <= MAX_GAP \
                and (lead.paragraph == run[-1].paragraph + 1 or STEP_OUT_LINE.search(text, run[-1].end, lead.start) is None):
            run.append(lead)
            continue
        run = _past_opener(text, _from_group(text, run, grouped)) if need == MIN_LOOSE else run
        if need == MIN_LOOSE and not any(r in grouped for r in run):
            run = [r for r in run if not text.startswith(DUTY, r.start)]  # 要搞社会主义。: a talk's duty, no headline
        if len(run) >= need or len(run) == 2 and _pair(text, run):
            chosen.update(run)
        run = [lead] if lead is not None else []
    return chosen


def _past_opener(text: str, run: list[Lead]) -> list[Lead]:
    """The run without its first lead when that one alone has two clauses and the points after it,
    three or more, have one each (过去的五年，极不寻常。 then 综合经济实力持续进位。 城市核心功能持续增强。 …):
    the first is the section's opening verdict, the others its points."""
    if len(run) <= MIN_LOOSE or "，" not in text[run[0].start:run[0].end]:
        return run
    return run[1:] if all("，" not in text[r.start:r.end] for r in run[1:]) else run


def _from_group(text: str, run: list[Lead], grouped: set[Lead]) -> list[Lead]:
    """The run from its first member of a group, or from an earlier one that opens alike."""
    if not run:
        return run
    first = next((k for k, r in enumerate(run) if r in grouped), 0)
    opening = text[run[first].start:run[first].start + PREFIX]
    while first > 0 and text.startswith(opening, run[first - 1].start):
        first -= 1
    return run[first:]


def _pair(text: str, run: list[Lead]) -> bool:
    a, b = run
    if b.paragraph != a.paragraph + 1:
        return False
    return all(lead.end - lead.start <= MAX_PAIR and "，" not in text[lead.start:lead.end] for lead in run) \
        or _couplet(text[a.start:a.end], text[b.start:b.end])


def _couplet(a: str, b: str) -> bool:
    """合作共事，保持一颗平常心。 谨小慎微，坚守一颗廉洁心。: two leads set as a couplet, clause for clause
    of the same lengths, ending alike, with words at the same places (一颗…心): one sentence pattern
    though their openings differ (GUIDE rule 5), so two of them make a pair. Prose that merely opens
    alike in length (今年以来，我市经济平稳运行。 总体来看，我市形势稳中向好。) ends differently."""
    a, b = a.rstrip(SENTENCE_ENDS), b.rstrip(SENTENCE_ENDS)
    clauses = CLAUSE_SPLIT.split(a), CLAUSE_SPLIT.split(b)
    if len(clauses[0]) < 2 or [len(c) for c in clauses[0]] != [len(c) for c in clauses[1]] or a[-1:] != b[-1:]:
        return False
    return sum(x == y for x, y in zip(a, b) if x not in "，,") >= MIN_COUPLET_WORDS


def _duty_key(text: str, lead: Lead) -> str:
    """Parallel duties share their opening (要在…) or their topic length before 要; other leads inside
    a paragraph (`leads._echoes`) share their opening words."""
    if text.startswith(DUTY, lead.start):
        return text[lead.start:lead.start + PREFIX]
    if not duty_shaped(text, lead.start, lead.end):
        return ECHO_KEY + text[lead.start:lead.start + ECHO]
    return f"{text.find(DUTY, lead.start, lead.end) - lead.start}{DUTY}"


ECHO_KEY: Final = "="
PARA_KEY: Final = "@"  # a group key's paragraph part


def _groups(leads: list[Lead], key: Callable[[Lead], str | None], need: int) -> set[Lead]:
    by_key: dict[str, list[Lead]] = {}
    for lead in leads:
        k = key(lead)
        if k is not None:
            by_key.setdefault(k, []).append(lead)
    chosen: set[Lead] = set()
    for k, group in by_key.items():
        if len(group) >= need:
            group = _heading_text(group, MIN_REST if k.startswith(ECHO_KEY) else MIN_OWN)
        if sum(_short(lead) for lead in group) >= need:
            chosen.update(group)
    return chosen


def _heading_text(group: list[Lead], least: int) -> list[Lead]:
    """The members that head text of their own before the next one of the group (GUIDE: a run-in must
    head text of its own): duties that follow each other straight (践行初心要…。牢记使命要…。担当作为要…。)
    are a row of statements, not headings. Sentences that share only their opening words must each
    head as much as a headline-shaped lead does (MIN_REST): 我们走过千山万水。仍需…。我们走过…。 with a
    clause after each is the anaphora of prose."""
    return [lead for lead, nxt in pairwise(group) if nxt.start - lead.end >= least] + group[-1:]


def _short(lead: Lead) -> bool:
    """Inside a paragraph, a group needs short sentences to be trusted as headings."""
    return lead.at_paragraph_start or lead.end - lead.start <= MAX_INNER_LEAD
