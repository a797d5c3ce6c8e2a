"""The document around the outline: title block, salutation, closing, and web-page furniture.

`find_envelope` reads the edges of a text (about 40 non-blank lines at each end, plus one cheap pass
over the short lines in between) and returns the title, who spoke where, and the `body` span in which
the outline is looked for. Rules follow the general shape of speeches and of the web pages they are
copied from; the cue words are data tables in the module that uses them:

- `lines`: the line model (folded text, original offsets) and stepping over blank lines;
- `page`: each line labelled when first read (prose, menu item, furniture, field, listed article…); the page's
  top (front matter, metadata table, menu), the title evidence it states, and the article span;
- `furniture`: web-page furniture cue tables and the per-line furniture and advert tests;
- `scan`: patterns run over many lines at once (joined, or their first characters) to find the few
  lines a per-line rule needs to test;
- `head`: the title block (adverts, title, subtitle, bylines, salutation) and where the body starts;
- `sidebar`: a site's column of numbered links before the title (信息公开目录 / 1. 机构职能 …);
- `contents`: a table of contents; `tables`: tables and boxes flattened into lines, under a caption or
  told by their shape (`grids`: separated rows, a header row of column names, cells one a line;
  `counts`: a statistical table's labels and counts one a line);
- `tail`: trailing furniture, a related-articles list, the closing words;
- `official`: an official document's red header, document number, title notes and signature block;
- `backmatter`: notes, glossary, references, attachment list, licence box after the body;
- `facts`: speaker, occasion, genre and date read from the title, subtitle and bylines.

This module joins them and computes the body span.

Traditional characters: every rule reads `fold(text)`, in which each traditional character is
replaced by its simplified form one for one, so the cue tables hold simplified words only; title,
subtitle, speaker and occasion are cut from the original text at the same offsets and stay verbatim.
The genre is a category and so always simplified (講話 and 讲话 are both 讲话).

Coverage: the regions and `body` together cover the whole text, and whatever lies between them is
whitespace. Every region lies outside `body` except BOILERPLATE found between paragraphs (an advert
or download line pasted mid-text), TABLE regions, and CONTENTS after a preface: such a region lies
inside `body`, and the parser ignores markers inside it. Regions never overlap each other and come
in text order.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import Final

from orgdoc.fold import fold
from orgdoc.grammar import opening_marker, starts_with_marker
from orgdoc.models import Region, RegionKind, Role, Span, trimmed_span

from .backmatter import find_back_matter
from .contents import read_contents
from .facts import AT_OCCASION_RE, ENDS_GENRE_RE, byline_speaker, find_date, read_title
from .furniture import mid_furniture
from .head import Head, read_head, title_over_contents
from .lines import Line, Pair, first_chars, lines_between, next_content, norm, prev_content, split_lines
from .official import find_appended, find_signature, first_appended_label
from .page import Evidence, Labels, article_span, label_lines, read_page
from .tables import find_tables
from .tail import find_closing, find_related, read_tail

__all__ = ["Envelope", "find_envelope"]

SHORT_TITLE: Final = 16  # letters and digits: a main title this short takes its ——subtitle along


@dataclass(frozen=True)
class Envelope:
    title: str | None  # lines of a split title joined as `lines.joiner` says; a teaser's title part
    subtitle: str | None
    speaker: str | None  # 市委书记 from 市委书记在全市组织工作会议上的讲话
    occasion: str | None  # 全市组织工作会议
    genre: str | None  # 讲话 发言 党课 研讨材料 报告 …: a category, simplified even for a traditional text
    date: str | None  # ISO date of a byline, the signature, the subtitle or the title (never an upload stamp)
    regions: tuple[Region, ...]  # in text order, non-overlapping
    body: tuple[int, int]  # where the outline is looked for
    title_parts: tuple[tuple[str, Span], ...] = ()  # (joiner, span) of each title part the text spells
    appended: tuple[int, ...] = ()  # where each appended document (附件1 over its title) starts in the body


def find_envelope(text: str, hints: tuple[str, ...] = (), notes: int | None = None,
                  tables: tuple[Span, ...] = (), figures: tuple[Span, ...] = (),
                  headings: tuple[tuple[int, int, int], ...] = ()) -> Envelope:
    """The title block, salutation, closing and furniture of `text`, and the body span between them.
    `hints`: titles the source states outside the text (an HTML page's <title> and <h1>); `notes`:
    where notes the source marks end the text (a PDF's footnotes, gathered there by its loader):
    back matter, kept out of everything else; `tables`: spans of data tables the source marks (a Word
    table of rows and columns), TABLE regions where they stand in the body; `figures`: the lines the source
    sets right after a picture (an HTML <img>), whose captions are kept out of the outline; `headings`:
    (start, end, level) of the lines the source styles as headings (<h2>, Word's Heading 2)."""
    if notes is not None and text[notes:].strip() and text[:notes].strip():
        envelope = find_envelope(text[:notes], hints, tables=tables, figures=figures, headings=headings)
        start = notes + len(text[notes:]) - len(text[notes:].lstrip())
        region = Region(kind=RegionKind.BACK_MATTER, span=(start, len(text.rstrip())), label="notes")
        return replace(envelope, regions=(*envelope.regions, region))
    lines = split_lines(fold(text))  # rules read simplified characters; offsets are the same
    labels = label_lines(lines)
    page = read_page(lines, labels, hints)
    grouped = _grouped_headings(text, headings) if hints else frozenset()
    head, first = read_head(lines, labels, page.start, tuple(page.evidence), page.site, grouped)
    if head.title is None and page.evidence:  # stated by the page, not spelled in the head
        _evidence_title(head, page.evidence[0], text)
    _with_short_title_subtitle(head)
    contents = read_contents(lines, first)
    inner: list[Region] = []  # a table of contents after a 序言: inside the body span
    if contents is not None:  # 目录 and its entries: a region of their own
        span = (lines[contents[0]].start, lines[contents[1]].end)
        if contents[0] == first:
            head.add(RegionKind.CONTENTS, *span)
            first = next_content(lines, contents[1] + 1)
        else:
            inner.append(Region(kind=RegionKind.CONTENTS, span=span))
            if head.title is None:  # a covering note's tail over the document's title and its 目录
                title_over_contents(head, lines, first, contents[0])
    firsts = first_chars(lines)
    tail, stop = read_tail(lines, first, head.title, _related(lines, firsts, labels, first))
    signature = find_signature(lines, firsts, first, stop)
    if signature is not None and signature.at_end:  # 临江市人民政府办公室 / 2024年2月20日 after the body
        tail.append(Region(kind=RegionKind.BYLINE, label="signature",
                           span=(lines[signature.first].start, lines[signature.last].end)))
        stop = signature.first
    after = first  # where back matter ending the text may begin
    # The attachments appended after the notice (附件1：…) end its body, signed or not: the list naming them
    # (附件：1.…⏎2.…) stands above them, in the body; the attachments are no back matter.
    appended = signature.first if signature is not None and not signature.at_end else \
        first_appended_label(lines, firsts, first, stop) if signature is None else None
    if appended is not None:
        listed = find_back_matter(lines, firsts, first, appended)
        if listed is not None and listed[1] == "attachments":
            end = lines[prev_content(lines, appended)].end
            inner.append(Region(kind=RegionKind.BACK_MATTER, span=(lines[listed[0]].start, end), label=listed[1]))
    if signature is not None and not signature.at_end:
        after = signature.last
    back = find_back_matter(lines, firsts, after, stop)
    if back is not None:  # 注释 [1]…, 名词解释 1.…, 附件：1.…: after the body, not nodes
        end = lines[prev_content(lines, stop)].end
        tail.append(Region(kind=RegionKind.BACK_MATTER, span=(lines[back[0]].start, end), label=back[1]))
        stop = back[0]
    closing = find_closing(lines, first, stop)
    body_stop = stop if closing is None else closing
    if closing is not None:
        end = lines[prev_content(lines, stop)].end
        tail.append(Region(kind=RegionKind.CLOSING, span=(lines[closing].start, end)))
    inner = _disjoint(inner, tail)  # a 目录 after the body's end (in an attachment list) is the tail's
    inner += _disjoint(_marked_tables(text, tables, lines, first, body_stop), [*inner, *tail])
    found = find_tables(text, lines, firsts, first, body_stop)
    inner += _disjoint(found, inner)  # a table running into a 目录 (or into a table the source marks) is none
    inner += _disjoint(_figure_captions(figures, lines, first, body_stop), inner)
    regions = [*page.regions, *head.regions, *inner, *_outside_spans(mid_furniture(lines, first, body_stop), inner),
               *tail]
    regions.sort(key=lambda r: r.span)
    title = _verbatim(head.title, head.title_spans, head.title_seps, text)
    if title is None and head.title is not None:  # a page's <title>: outside the text
        title = fold(head.title), head.title
    subtitle = _verbatim(head.subtitle, head.subtitle_spans, [], text)
    bylines = [(b.text, text[b.start:b.end]) for b in head.bylines]
    speaker, occasion, genre, theme = read_title(title, subtitle)
    return Envelope(
        title=title[1] if title else None, subtitle=subtitle[1] if subtitle else theme,
        speaker=speaker or byline_speaker(bylines), occasion=occasion, genre=genre,
        date=find_date([*(b.text for b in head.bylines), head.masthead.date if head.masthead else "",
                        signature.date if signature else "",
                        head.subtitle or "", head.title or ""]),
        regions=tuple(regions),
        body=_body_span(lines, first, body_stop, [*page.regions, *head.regions], head.body_from),
        title_parts=tuple(zip(["", *head.title_seps], head.title_spans)) if title and head.title_spans else (),
        appended=find_appended(lines, firsts, first, body_stop))


def _marked_tables(text: str, tables: tuple[Span, ...], lines: Sequence[Line], first: int,
                   stop: int) -> list[Region]:
    """The source's data tables that stand in the body (one above it was read with the head)."""
    if not tables or first >= len(lines):
        return []
    start, end = lines[first].start, lines[prev_content(lines, stop)].end
    spans = (trimmed_span(text, a, b) for a, b in tables)
    return [Region(kind=RegionKind.TABLE, span=_with_caption(lines, span, first), label="table")
            for span in spans if span is not None and start <= span[0] and span[1] <= end]


# A table's caption: the short line right above it, no sentence and no numbered heading (主要工业产品产量,
# 2023年主要指标完成情况): part of the table, as `tables.py` takes a 表1 caption in. Left in the text it
# would read as a heading line over the paragraph after the table.
MAX_CAPTION: Final = 30
_SENTENCE_ENDS: Final = frozenset("。！？；：!?;:，,")


def _with_caption(lines: Sequence[Line], span: Span, first: int) -> Span:
    """The table's span, taking in its caption line (`MAX_CAPTION`) when one stands right above it."""
    i = bisect.bisect_left(lines, span[0], key=lambda line: line.start)
    above = lines[i - 1] if first < i < len(lines) else None
    if above is None or not above.text or len(above.text) > MAX_CAPTION or above.text[-1] in _SENTENCE_ENDS \
            or starts_with_marker(above.text):
        return span
    return above.start, span[1]


# A picture's caption: the short line the source sets right under an <img> (大会开幕式, 实验小学教师代表队),
# no sentence and no numbered heading. Left in the text, a row of them reads as parallel heading lines
# over the paragraphs between the pictures (GUIDE: captions of figures are not nodes).
MAX_FIGURE_CAPTION: Final = 40


def _figure_captions(figures: tuple[Span, ...], lines: Sequence[Line], first: int, stop: int) -> list[Region]:
    """The body's lines under a picture that are its caption, each a `table` region labelled `caption`
    (as a picture table's caption is: tables.py), so never a heading. `figures`: per picture, the line
    right under it, or that line and the next when both stand before the next picture; the second is a
    caption only under a first that is one."""
    found: list[Region] = []
    for start, end in figures:
        i = bisect.bisect_left(lines, start, key=lambda line: line.start)
        while first <= i < stop and lines[i].start < end and _caption_shaped(lines[i].text) \
                and not _over_first_item(lines, i):
            found.append(Region(kind=RegionKind.TABLE, span=(lines[i].start, lines[i].end), label="caption"))
            i = next_content(lines, i + 1)
    return found


def _over_first_item(lines: Sequence[Line], i: int) -> bool:
    """Line i stands right over a list's first item (发型⏎一、头发保持自然…, set after the pictures of the
    part before): it heads that list, as a label does (GUIDE rule 6), and captions no picture."""
    k = next_content(lines, i + 1)
    shape = opening_marker(lines[k].text) if k < len(lines) else None
    return shape is not None and shape.ordinal == 1 and shape.role is Role.BLOCK


def _caption_shaped(s: str) -> bool:
    s = s.strip()
    return bool(s) and len(s) <= MAX_FIGURE_CAPTION and s[-1] not in _SENTENCE_ENDS and not starts_with_marker(s)


def _related(lines: Sequence[Line], firsts: str, labels: Labels, first: int) -> int | None:
    """The related-articles heading that ends the text: one after the article's prose. The article's
    span reads every line's label, so it is found only when some heading could count."""
    heading = find_related(lines, firsts, first)
    if heading is None:
        return None
    if _only_links_after(lines, heading):
        return heading  # nothing but link titles after it: the list ends the text, wherever the prose is
    article = article_span(lines, labels.all())
    return find_related(lines, firsts, max(first, article[1] + 1 if article else first))


LINK_TITLE_MAX: Final = 60  # a related article's title as a list gives it


def _only_links_after(lines: Sequence[Line], heading: int) -> bool:
    """Whether every line after `heading` is a short title without a full stop (1.某某如何…？ 5个技巧…),
    at most RELATED_LINKS_MAX of them (the walk stops there: a heading high up costs no pass)."""
    seen = 0
    for line in lines_between(lines, heading + 1, len(lines)):
        if not line.text:
            continue
        seen += 1
        if seen > RELATED_LINKS_MAX or len(line.text) > LINK_TITLE_MAX or "。" in line.text:
            return False
    return seen > 0


RELATED_LINKS_MAX: Final = 30  # a longer run after the heading is read with the article's span


def _disjoint(regions: list[Region], others: list[Region]) -> list[Region]:
    """The regions that overlap none of `others`."""
    if not regions or not others:
        return regions
    starts, reach = _reaches(others)
    return [r for r in regions if not _reached(starts, reach, r.span[1], r.span[0], bisect.bisect_left)]


def _outside_spans(regions: list[Region], spans: list[Region]) -> list[Region]:
    """The regions that start inside none of `spans`."""
    if not regions or not spans:
        return regions
    starts, reach = _reaches(spans)
    return [r for r in regions if not _reached(starts, reach, r.span[0], r.span[0], bisect.bisect_right)]


def _reaches(regions: list[Region]) -> tuple[list[int], list[int]]:
    """The regions' starts in order, and the furthest end of those up to each: a look-up answers
    whether any region opening before a point reaches past another (a page with thousands of
    tables and furniture lines made the pairwise test quadratic)."""
    spans = sorted(r.span for r in regions)
    return [a for a, _ in spans], list(accumulate((b for _, b in spans), max))


def _reached(starts: list[int], reach: list[int], before: int, past: int, cut) -> bool:  # type: ignore[no-untyped-def]
    """Whether a region opening before `before` (at or before it, with cut=bisect_right) ends past `past`."""
    k = cut(starts, before) - 1
    return k >= 0 and reach[k] > past


MIN_GROUPED: Final = 3  # styled heading lines of one level that make the text's own section headings
MAX_GROUPED: Final = 30  # characters: a section heading line, not a styled paragraph


def _grouped_headings(text: str, headings: tuple[tuple[int, int, int], ...]) -> frozenset[int]:
    """Where the styled heading lines stand that share their level with two others or more, none of them
    numbered (文明发帖 / 用户评论 / 反馈和举报, each an <h2>): the text's own parallel section headings
    (GUIDE rule 6), the first of which is no title, though it opens the text. Only asked where the source
    states its title apart (an HTML <title>): the title falls back on that."""
    by_level: dict[int, list[int]] = {}
    for start, end, level in headings:
        line = text[start:end]
        s = line.strip()
        if s and len(s) <= MAX_GROUPED and not starts_with_marker(s):
            by_level.setdefault(level, []).append(start + len(line) - len(line.lstrip()))
    return frozenset(at for starts in by_level.values() if len(starts) >= MIN_GROUPED for at in starts)


def _evidence_title(head: Head, evidence: Evidence, text: str) -> None:
    """The title a page states (front matter `title:`, a metadata table's 标题) when no line of the
    head spells it: cut from where it stands, or (an HTML <title>) kept as stated."""
    if evidence.span is None:
        head.title, head.title_spans = evidence.text, []
    else:
        head.title, head.title_spans = fold(text[evidence.span[0]:evidence.span[1]]), [evidence.span]
    head.title_seps = []


def _with_short_title_subtitle(head: Head) -> None:
    """A short slogan over a ——subtitle that names speaker, occasion and genre (同心共筑百年梦 /
    ——X在Y上的讲话) says little alone: the title is both lines, as an editor cites it."""
    if head.title is None or head.subtitle_line is None or not head.title_spans:
        return
    if len(norm(head.title)) > SHORT_TITLE or any(ch.isspace() for ch in head.title):
        return  # spaced phrases (多路径 多梯次 …) are a main title's own shape
    named = AT_OCCASION_RE.match(head.subtitle or "")
    if ENDS_GENRE_RE.search(head.title) or not named or not named["speaker"].strip():
        return  # 政府工作报告 / ——在…会议上: the title says what it is; the subtitle only where
    start, end = head.subtitle_line
    head.title = f"{head.title}{head.subtitle_text}"
    head.title_spans.append((start, end))
    head.title_seps.append("")


def _verbatim(folded: str | None, spans: list[Span], seps: list[str], text: str) -> Pair | None:
    """A folded string of the head with the same characters from the original text, parts joined alike."""
    if folded is None or not spans:  # no part stands in the text (an HTML <title>): the caller decides
        return None
    return folded, "".join(sep + text[a:b] for sep, (a, b) in zip(["", *seps], spans, strict=True))


def _body_span(lines: Sequence[Line], first: int, stop: int, head: list[Region],
               body_from: int | None = None) -> tuple[int, int]:
    """From the first line of the body (or where it starts inside it, after a title run into it) to the
    last before `stop`."""
    last = prev_content(lines, stop)
    if first < len(lines) and last >= first:
        start = lines[first].start if body_from is None else max(lines[first].start, body_from)
        return start, max(start, lines[last].end)
    at = max((r.span[1] for r in head), default=0)
    return at, at

