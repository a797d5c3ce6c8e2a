"""The title block: title, subtitle, bylines and salutation at the top of a text, and adverts above it.

Lines are read one by one until the body's first line. A title may be split over lines, repeated with
a stray character, preceded by a site's category label, or run together with the opening into a
teaser cut with …; the text may also open with its body and have no title at all. On a web page the
title stands right over the page's stamp (发布时间：… 来源：…), and a label above it (a tab, a column, the
site's name, a breadcrumb) is page top, not the title's first line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from orgdoc.grammar import opening_marker, starts_with_marker
from orgdoc.models import Region, RegionKind, Span, new_region

from .contents import is_contents_line
from .facts import AT_OCCASION_RE, ENDS_GENRE_RE, POST_NAME_RE, is_byline, is_date_line, is_office
from .furniture import crumb_tail, furniture_label, is_advert_line
from .lines import HAN, HAN_RE, Line, joiner, next_content, norm, prev_content, runs_on, set_apart
from .official import (
    Masthead,
    find_masthead,
    is_attachment_label,
    is_doc_mark,
    is_doc_number,
    is_red_header,
    is_standard_number,
    is_title_note,
    issue_titled,
)
from .page import (
    ATX_HEADING_RE,
    LABEL_MAX,
    RULES_TITLE_RE,
    Evidence,
    Labels,
    find_evidence,
    is_page_label,
    over_stamp,
)
from .sidebar import LINK_MAX, column_list

HEAD_LINES: Final = 40  # non-blank lines read for the title block; a title never stands further in
TITLE_MAX: Final = 60  # a title line is short
MARKDOWN_QUOTE: Final = ">"  # opens a quoted line in Markdown
ADVERT_LINE_MAX: Final = 60  # lines of a membership advert block are short
# A site's category label over the real title (领导讲话, 党课讲稿): a title this short gives way to a
# following "X在Y上的…" title.
CATEGORY_MAX: Final = LABEL_MAX

_SALUTATION_RE = re.compile(  # 同志们： 各位领导、同志们： 尊敬的…： 各县（市、区）人民政府： 大家好！
    r"^(?:\*\*|__)?"  # a web copy sets it in Markdown bold: **亲爱的老师们、同学们：**
    r"(?:(?:尊敬的|亲爱的|各位|同志们|同事们|女士们|先生们|朋友们|老师们|同学们|"
    r"各(?:县|市|区|乡|镇|省|自治区|盟|旗|部门|单位|有关单位|成员单位|处室|科室|直属))"
    r"(?:[^。！？!?]{0,60}[：:](?:\s*(?:大家|同志们)好[！!。]?)?|[^。！？!?，,]{0,20}[！!])"  # 各位代表！ too
    r"|(?:各位)?(?:大家|同志们|朋友们|同学们)(?:上午|下午|晚上)?好[！!。，,]?)(?:\*\*|__)?$"
)
_SLOGAN_RE = re.compile(rf"^[{HAN}]{{2,}}(?:[ \u3000]+[{HAN}]{{2,}})+$")  # 凝心聚力 真抓实干: a main title
_SUBTITLE_RE = re.compile(r"^(?:——|--|－－|—|―)\s*(?=\S)")  # ——在…上的讲话
_ELLIPSES = ("...", "…", "。。。", "･･･")


@dataclass
class Head:
    regions: list[Region] = field(default_factory=list)
    title: str | None = None  # folded; what the rules compare
    title_spans: list[Span] = field(default_factory=list)  # where its parts stand: the verbatim title
    title_seps: list[str] = field(default_factory=list)  # what joins each part to the one before: "" or " "
    title_region: int | None = None  # index in regions of the line that gave the title text
    title_lines: int = 0
    subtitle: str | None = None  # folded
    subtitle_spans: list[Span] = field(default_factory=list)
    subtitle_line: Span | None = None  # the whole ——subtitle line, dash included
    subtitle_text: str = ""  # that line, folded
    bylines: list[Line] = field(default_factory=list)
    last: RegionKind | None = None
    saluted: bool = False
    advert: frozenset[int] = frozenset()  # line indexes of the advert block at the top
    in_related: bool = False  # the line before was a related-articles heading or one of its items
    column_end: int = -1  # the last line of a site's column list before the title (sidebar.py)
    body_from: int | None = None  # where the body starts inside its first line (a title run into it)
    masthead: Masthead | None = None  # a bulletin's masthead (简报 / 第6期 / unit and date)
    site: frozenset[str] = frozenset()  # the page's <title>/<h1> where it names the site (read_head)
    stated: bool = False  # the title spells the title the page states: no line past its stamp goes on with it
    grouped: frozenset[int] = frozenset()  # starts of styled heading lines in a group of one level (read_head)

    def add(self, kind: RegionKind, start: int, end: int, label: str | None = None) -> None:
        if end > start:
            self.regions.append(new_region(kind, (start, end), label))
        self.last = kind

    def demote_title(self, label: str) -> None:
        """The line that gave the title was furniture after all (a stray copy, a site category)."""
        if self.title_region is not None:
            earlier = self.regions[self.title_region].span
            self.regions[self.title_region] = Region(kind=RegionKind.BOILERPLATE, span=earlier, label=label)

    def drop_title(self, label: str) -> None:
        """The line that gave the title was furniture, and no title has been read yet."""
        self.demote_title(label)
        self.title, self.title_region, self.title_spans, self.title_seps, self.title_lines = None, None, [], [], 0

    def set_title(self, text: str, line: Line, end: int | None = None) -> None:
        end = line.end if end is None else end
        self.title, self.title_region, self.title_spans = text, len(self.regions), [(line.start, end)]
        self.title_seps = []
        self.add(RegionKind.TITLE, line.start, end)

    def extend_title(self, line: Line, sep: str | None = None) -> None:
        """The title's next line: joined with no space next to a CJK character, else with one (`joiner`)."""
        sep = joiner(self.title or "", line.text) if sep is None else sep
        self.title = f"{self.title}{sep}{line.text}"
        self.title_spans.append((line.start, line.end))
        self.title_seps.append(sep)
        self.title_lines += 1
        self.add(RegionKind.TITLE, line.start, line.end)

    def set_subtitle(self, text: str, start: int, end: int) -> None:
        self.subtitle, self.subtitle_spans = text, [(start, end)]


def read_head(lines: Sequence[Line], labels: Labels | None = None, start: int = 0,
              evidence: tuple[Evidence, ...] = (), site: frozenset[str] = frozenset(),
              grouped: frozenset[int] = frozenset()) -> tuple[Head, int]:
    """The title block's regions and facts, and the index of the body's first line. `start`: the
    first line after the page's top (page.py); `evidence`: titles the page states about itself;
    `site`: what it states as its site's name or path (normalized): a line spelling it is page top;
    `grouped`: where the styled heading lines stand that make a group of one level (never the title)."""
    head = Head(advert=_advert_block(lines, start), site=site, grouped=grouped)
    i, seen = next_content(lines, start), 0
    found = find_evidence(lines, labels, i, list(evidence)) if evidence and labels else None
    if found is not None:
        i = _take_evidence(lines, i, found, head)
    else:
        i = _skip_news_lead(lines, i, head)
    while i < len(lines) and seen < HEAD_LINES:
        after = _take_masthead(lines, i, head) if head.title is None and head.masthead is None else None
        if after is None and not _take_head_line(lines, i, head):
            break
        seen += 1
        i = next_content(lines, i + 1) if after is None else after
    return head, i


# What a news page sets over a speech it reprints: the photo's caption, closed by its credit (…发表重要讲话。
# 新华社记者 鞠鹏 摄), and the agency's dateline (新华网北京4月28日电), each a line of its own.
_PHOTO_CAPTION_RE = re.compile(r"^.{8,200}[。！]?[ \u3000]*(?:[\u4e00-\u9fff]{0,6}记者|摄影)[ \u3000]*[\u4e00-\u9fff]{2,4}"
                               r"[ \u3000]*/?[ \u3000]*摄$")
_DATELINE_RE = re.compile(r"^[\u4e00-\u9fff]{2,10}\d{1,2}月\d{1,2}日电$")


def _news_lead(s: str) -> bool:
    """A photo caption or a dateline; the last character asks first (the caption's pattern backtracks
    over up to 200 characters of any line)."""
    return (s.endswith("摄") and _PHOTO_CAPTION_RE.match(s) is not None
            or s.endswith("电") and _DATELINE_RE.match(s) is not None)


def _skip_news_lead(lines: Sequence[Line], i: int, head: Head) -> int:
    """A photo caption and a news dateline over a speech's title (ending in a genre word) are the
    page's: the title is the line after them. The index of the line the head starts at."""
    k = i
    while k < len(lines) and k - i < 3 and _news_lead(lines[k].text):
        k = next_content(lines, k + 1)
    if k == i or k >= len(lines) or not ENDS_GENRE_RE.search(lines[k].text) or not _is_title_line(lines[k].text):
        return i
    j = i
    while j < k:
        label = "photo caption" if _PHOTO_CAPTION_RE.match(lines[j].text) else "dateline"
        head.add(RegionKind.BOILERPLATE if label == "photo caption" else RegionKind.BYLINE,
                 lines[j].start, lines[j].end, label)
        j = next_content(lines, j + 1)
    return k


def _take_masthead(lines: Sequence[Line], i: int, head: Head) -> int | None:
    """A bulletin's masthead at line i is a byline: the article under it gives the title, unless the
    issue lists its articles or carries several (then the masthead's name is the title). The index of
    the line after it."""
    found = find_masthead(lines, i)
    if found is None:
        return None
    head.masthead, start = found, lines[i].start
    if issue_titled(lines, found, _is_title_line):
        head.set_title(lines[i].text, lines[i])
        head.title_lines = 1
        start = lines[next_content(lines, i + 1)].start
    head.add(RegionKind.BYLINE, start, lines[found.last].end, "masthead")
    return next_content(lines, found.last + 1)


def _take_evidence(lines: Sequence[Line], i: int, found: tuple[int, int, Evidence], head: Head) -> int:
    """The lines that spell the page's stated title are the title; what stands above them is the
    page's (a column label, a photo caption, a site heading). The index of the next line."""
    first, last, _ = found
    above = prev_content(lines, first)
    if above >= i:
        head.add(RegionKind.BOILERPLATE, lines[i].start, lines[above].end, "page top")
    head.set_title(lines[first].text, lines[first])
    head.title_lines = 1
    k = next_content(lines, first + 1)
    while k <= last:
        head.extend_title(lines[k])
        k = next_content(lines, k + 1)
    head.stated = True
    return next_content(lines, last + 1)


def _advert_block(lines: Sequence[Line], start: int = 0) -> frozenset[int]:
    """A block of short advert lines at the top: its cue lines and the lines between them."""
    run: list[int] = []
    cues: list[int] = []
    i = next_content(lines, start)
    while i < len(lines) and len(run) < HEAD_LINES:
        s = lines[i].text
        if len(s) > ADVERT_LINE_MAX or "。" in s or _SALUTATION_RE.match(s) or starts_with_marker(s):
            break
        advert = is_advert_line(s)
        if not advert and ENDS_GENRE_RE.search(s):  # a title ends the block
            break
        run.append(i)
        if advert:
            cues.append(i)
        i = next_content(lines, i + 1)
    return frozenset(j for j in run if cues and cues[0] <= j <= cues[-1])


def _take_head_line(lines: Sequence[Line], i: int, head: Head) -> bool:
    """Class line i into the title block; False when it is the body's first line."""
    line = lines[i]
    if is_contents_line(line.text):
        return False  # 目录: the table of contents is read after the head (contents.py)
    if head.saluted:  # after 同志们： only another greeting line (大家好！) is not body yet
        return _take_salutation(line, head)
    if i <= head.column_end or _take_column(lines, i, head):
        return True
    if EDITORS_NOTE_RE.match(line.text):  # its lists (一是…二是…) are the editor's, not the outline's
        head.add(RegionKind.EDITORS_NOTE, line.start, line.end)
        return True
    if _form_field(lines, i):  # 时间：⏎到：⏎栏目：⏎关键字：: a sidebar's search form, and the line over it names the form
        if head.title is not None and head.title_lines <= 1 and head.last is RegionKind.TITLE:
            head.drop_title("search form")  # 教育专栏检索 over the form: no title of the article
        head.add(RegionKind.BOILERPLATE, line.start, line.end, "search form")
        return True
    cut = _stamp_after_title(line.text) if head.title is None else None
    if cut is not None:  # 关于…的通知    印发日期：…    字号：大 中 小: the title, then the page's stamp on its row
        head.set_title(line.text[:cut[0]], line, line.start + cut[0])
        head.add(RegionKind.BOILERPLATE, line.start + cut[1], line.end, "upload stamp")
        return True
    label = (furniture_label(line.text, title=head.title) or _related_item(line.text, head)
             or ("site name" if head.site and norm(line.text) in head.site else None))
    head.in_related = label == "related articles"
    if label == "breadcrumb" and head.title is None and _take_crumb_title(line, head):
        return True
    if i in head.advert or label:
        head.add(RegionKind.BOILERPLATE, line.start, line.end, label or "advert")
        return True
    if head.title is not None and _runs_on_title(lines, i, head):
        head.extend_title(line)  # before the bylines: 讲话 or an office line would be taken for one
        return True
    if _take_official(lines, i, head) or _take_salutation(line, head) or _take_byline(line, head):
        return True
    if heads_list(lines, i):
        return False  # 工作职责⏎1、…⏎工作要求⏎1、…: the first of a group of lines heading lists, the body's
    if head.title is None:
        return _take_title(lines, i, head)
    return _take_title_sequel(lines, i, head)


# A page's title row as a converter keeps it: the title, a wide gap, then the stamp's fields on the same line
# (## 关于…的通知    印发日期：2021-08-12      发布日期：…     字号：    [大](…) [中](…) [小](…)).
_STAMP_ROW_RE = re.compile(r"(?P<title>.*?\S)[ \t\u3000]{3,}(?=(?:印发日期|发布日期|发布时间|成文日期|发文日期|生成日期"
                           r"|来源|字号)[ \t]*[:：])")
STAMP_ROW_TITLE_MIN: Final = 8  # Han characters of the title part: a shorter one is a label


def _stamp_after_title(s: str) -> tuple[int, int] | None:
    """(end of the title, start of the stamp) when line s is a title followed by its page's stamp."""
    if "：" not in s and ":" not in s:
        return None  # most lines hold no field: no lazy walk of the line for a gap before one
    m = _STAMP_ROW_RE.match(s)
    if m is None or len(HAN_RE.findall(m["title"])) < STAMP_ROW_TITLE_MIN or not _is_title_line(m["title"]):
        return None
    return m.end("title"), m.end()


# A field of a search form left by the page (时间：⏎到：⏎栏目：⏎关键字：): a short label with nothing after its
# colon, next to another such line. One alone is a label over the text below it (防范要点：), not a field.
_FORM_FIELD_RE = re.compile(r"^[\u4e00-\u9fff]{1,5}[:：]$")


def _form_field(lines: Sequence[Line], i: int) -> bool:
    if not _FORM_FIELD_RE.match(lines[i].text):
        return False
    before, after = prev_content(lines, i), next_content(lines, i + 1)
    return any(0 <= j < len(lines) and _FORM_FIELD_RE.match(lines[j].text) for j in (before, after))


MAX_LIST_HEAD: Final = 16  # as blocks.MAX_LIST_HEAD: a label over a list, not a title sentence
LIST_HEAD_LOOK: Final = 400  # lines looked at for a second label over a list restarted at 1


def heads_list(lines: Sequence[Line], i: int) -> bool:
    """Line i is a short label right over a list's first item (工作职责⏎1、…), and a later label heads a
    list of that form restarted at 1 the same way (工作要求⏎1、…): a group of lines heading lists (GUIDE
    rule 6; blocks.with_list_heads), no title. A lone label over a list may be its title."""
    shape = _label_over_first(lines, i)
    if shape is None:
        return False
    counted = COUNT_HEAD.fullmatch(_label(lines[i])) is not None
    k = next_content(lines, i + 1)
    for j in range(k + 1, min(len(lines), k + LIST_HEAD_LOOK)):
        other = _label_over_first(lines, j)
        if other == shape or (counted and other is not None and COUNT_HEAD.fullmatch(_label(lines[j]))):
            return True  # 三点认识⏎一、…⏎六点建议⏎1．…: labels naming counts head lists of any form
    return False


# A label naming the count of the points under it (as blocks.COUNT_HEAD).
COUNT_HEAD: Final = re.compile(r"[一二两三四五六七八九十]{1,3}(?:点|条|个方面|项|个)[\u4e00-\u9fff]{1,6}")


def _label(line: Line) -> str:
    return line.text.strip(" \t\u3000#*")


def _label_over_first(lines: Sequence[Line], i: int) -> str | None:
    """The form of the first item under line i when line i is a short label without punctuation right
    over a line opening with a marker numbered 1; else None."""
    s = _label(lines[i])
    if not 1 < len(s) <= MAX_LIST_HEAD or not HAN_RE.search(s) or any(ch in s for ch in "。！？；：!?;:，,、…") \
            or starts_with_marker(s.lstrip("【[〔")) \
            or ENDS_GENRE_RE.search(s) or RULES_TITLE_RE.search(s):
        return None  # …须知 …办法 over its list is the document's title
    k = next_content(lines, i + 1)  # blank lines between (a <br> after the label) aside
    if k >= len(lines):
        return None
    shape = opening_marker(lines[k].text)
    return shape.form if shape is not None and shape.ordinal == 1 and shape.role.value == "block" else None


def _take_crumb_title(line: Line, head: Head) -> bool:
    """A breadcrumb line that ends in the article's title: the trail is furniture, the rest the title."""
    cut = crumb_tail(line.text)
    if cut is None or not _is_title_line(line.text[cut:]) or is_page_label(line.text[cut:]):
        return False
    title, at = line.text[cut:], line.start + cut
    head.add(RegionKind.BOILERPLATE, line.start, at, "breadcrumb")
    head.set_title(title, Line(at, line.end, title))
    head.title_lines = 1
    return True


def _take_column(lines: Sequence[Line], i: int, head: Head) -> bool:
    """A site's column list (信息公开目录 / 1. 机构职能 / 2. 政策文件 …) before the title: furniture. A
    short line taken for the title just above it, naming no genre, is the column's heading."""
    if head.title is not None and not (head.last is RegionKind.TITLE and head.title_lines == 1
                                       and len(norm(head.title)) <= LINK_MAX and not ENDS_GENRE_RE.search(head.title)):
        return False
    last = column_list(lines, i, _titles_page)
    if last is None:
        return False
    if head.title is not None:
        head.drop_title("navigation")
    head.add(RegionKind.BOILERPLATE, lines[i].start, lines[last].end, "navigation")
    head.column_end = last
    return True


def _titles_page(s: str) -> bool:
    """A title line that opens an article, not a byline under a title (某某县委办公室, a dateline)."""
    return _is_title_line(s) and not is_byline(s, after_title=True)


def _related_item(s: str, head: Head) -> str | None:
    """An item of the list a related-articles heading opens above the title (热点排行 / 1. 我县召开… /
    2. …): a short numbered or bulleted line without a full stop. The list ends at the first other line."""
    if head.in_related and len(s) <= RELATED_ITEM_MAX and "。" not in s and (
            s[0] in RELATED_BULLETS or starts_with_marker(s)):
        return "related articles"
    return None


RELATED_ITEM_MAX: Final = 60
RELATED_BULLETS: Final = "·•●■▪◆◇○-"


# An editor's note above or below the title: its label in brackets or closed by a colon.
EDITORS_NOTE_RE: Final = re.compile(r"[ \t\u3000]*[【\[〔]?[ \t\u3000]*(?:编者按|编者的话|编辑按|编者注|导[ \t\u3000]*读|导[ \t\u3000]*语|"
                             r"按[ \t\u3000]*语|内容提要)[ \t\u3000]*[】\]〕:：]")


def _take_official(lines: Sequence[Line], i: int, head: Head) -> bool:
    """A red header, a document number, the marks above them (特急, 000128) or an attachment's label
    (附件2, over the title of an attachment filed alone): BYLINE, not the title. Or a title's
    bracketed note (（试行）)."""
    line = lines[i]
    if head.title is None and is_red_header(lines, i):
        head.add(RegionKind.BYLINE, line.start, line.end, "red header")
    elif is_doc_number(line.text):
        head.add(RegionKind.BYLINE, line.start, line.end, "document number")
    elif head.title is None and is_standard_number(line.text):
        head.add(RegionKind.BYLINE, line.start, line.end, "standard number")
    elif head.title is None and is_doc_mark(line.text):
        head.add(RegionKind.BYLINE, line.start, line.end, "document mark")
    elif head.title is None and is_attachment_label(line.text):
        head.add(RegionKind.BYLINE, line.start, line.end, "attachment label")
    elif head.last is RegionKind.TITLE and is_title_note(line.text):
        head.extend_title(line, "")  # （2024—2026年） under …实施方案: a part of the title, not a dateline
    else:
        return False
    return True


def _take_salutation(line: Line, head: Head) -> bool:
    if len(line.text) > TITLE_MAX or not _SALUTATION_RE.match(line.text):
        return False
    head.add(RegionKind.SALUTATION, line.start, line.end)
    head.saluted = True
    return True


def _take_byline(line: Line, head: Head) -> bool:
    """A ——subtitle, a dateline or a speaker line under the title."""
    s = line.text
    dash = _SUBTITLE_RE.match(s)
    if dash and len(s) <= 2 * TITLE_MAX and "。" not in s and HAN_RE.search(s):
        if head.subtitle is None:  # the line is stripped and the dash pattern ends before a non-space
            head.set_subtitle(s[dash.end():], line.start + dash.end(), line.end)
            head.subtitle_line, head.subtitle_text = (line.start, line.end), s
        head.add(RegionKind.SUBTITLE, line.start, line.end)
        return True
    if is_byline(s, after_title=head.title is not None):
        head.bylines.append(line)
        head.add(RegionKind.BYLINE, line.start, line.end)
        return True
    return False


def _take_title(lines: Sequence[Line], i: int, head: Head) -> bool:
    """The first title line, or a web teaser (title run together with the opening, cut with …)."""
    line = lines[i]
    pos = _teaser_split(lines, i)
    if pos is not None:
        part = line.text[:pos].rstrip()
        if _is_title_line(part):
            head.set_title(part, line, line.start + len(part))
        else:
            pos = 0  # an opening cut with … and repeated below, with no title before it
        head.add(RegionKind.BOILERPLATE, line.start + pos, line.end, "teaser")
        return True
    if not _is_title_line(line.text) and not _markdown_title(lines, i):
        if _take_glued_title(line, head):
            return False  # the rest of the line is the body
        if _label_above_title(lines, i):
            head.add(RegionKind.BOILERPLATE, line.start, line.end, "page top")
            return True
        return False  # the text opens with its body: no title, and never the first sentence
    if _heads_like_later_lines(lines, i) or line.start in head.grouped and _heads_part(lines, i):
        return False  # the first of the text's own section headings (rule 6 of the guide), not its title
    half = _doubled(line.text)
    if half:  # the title printed twice on one line by the page's template: the second copy is furniture
        head.set_title(line.text[:half], line, line.start + half)
        head.add(RegionKind.BOILERPLATE, line.start + half, line.end, "repeated title")
    else:
        head.set_title(line.text, line)
    head.title_lines = 1
    return True


def _markdown_title(lines: Sequence[Line], i: int) -> bool:
    """Line i is a Markdown page's one level-1 heading, over its `##` sections (# 请假⏎## 考勤⏎…): the page
    states its title so, however short (a handbook's page: 请假, 薪酬). Not a numbered heading (# 一、总则)."""
    s = lines[i].text
    if not s.startswith(H1_SIGN) or "。" in s or starts_with_marker(s[len(H1_SIGN):]) or not HAN_RE.search(s):
        return False
    later = [line.text for line in lines[i + 1:] if line.text.startswith("#")]
    return not any(t.startswith(H1_SIGN) for t in later) and any(t.startswith("## ") for t in later)


H1_SIGN: Final = "# "  # a Markdown ATX heading of level 1 (## would start with "##")


PEER_SCAN: Final = 400  # lines looked through for the peers of a first heading line
PEER_OPENING: Final = 3  # characters a heading line opens with that its peers repeat


def _heads_like_later_lines(lines: Sequence[Line], i: int) -> bool:
    """Whether line i heads prose as two or more later lines do that open with the same words and
    stand alone over prose too (如何申请成立新的实验室 / …正文… / 如何申请对实验室进行调整 / …正文… /
    如何申请撤销实验室): a page that sets its sections under unnumbered headings, the first of which is
    no title."""
    opening = lines[i].text[:PEER_OPENING]
    if len(HAN_RE.findall(opening)) < PEER_OPENING or not _over_prose(lines, i):
        return False
    peers = 0
    for k in range(i + 1, min(len(lines), i + PEER_SCAN)):
        s = lines[k].text
        if s.startswith(opening) and _is_title_line(s) and _over_prose(lines, k):
            peers += 1
            if peers >= 2:
                return True
    return False


def _heads_part(lines: Sequence[Line], i: int) -> bool:
    """Whether line i heads a part as a section heading does: prose or a list's item right under it, not
    another heading line (铲屎官们要注意了 over the welcome box's own heading heads the page)."""
    k = next_content(lines, i + 1)
    return _over_prose(lines, i) or k < len(lines) and starts_with_marker(lines[k].text)


def _has_later_peer(lines: Sequence[Line], i: int) -> bool:
    """Whether a later title-shaped line opens or ends with the same PEER_OPENING characters as line i
    (养猫咪要注意的地方 / 养狗狗要注意的地方): both head sections of the text, in a parallel group."""
    s = lines[i].text
    opening, ending = s[:PEER_OPENING], s[-PEER_OPENING:]
    if len(s) <= PEER_OPENING or len(HAN_RE.findall(opening + ending)) < 2 * PEER_OPENING:
        return False
    return any(t != s and (t.startswith(opening) or t.endswith(ending)) and _is_title_line(t)
               for t in (lines[k].text for k in range(i + 2, min(len(lines), i + PEER_SCAN))))


def _over_prose(lines: Sequence[Line], i: int) -> bool:
    """Whether the next line with text after line i is a sentence (not another short line)."""
    k = next_content(lines, i + 1)
    return k < len(lines) and "。" in lines[k].text


DOUBLED_MIN: Final = 6  # letters of each copy of a title a template printed twice on its line


def _doubled(s: str) -> int:
    """Where the second copy starts when line s is one title written twice with nothing (or a space)
    between (我校…黑熊和马鹿我校…黑熊和马鹿), else 0."""
    n = len(s)
    for half in (n // 2, (n - 1) // 2):
        rest = s[half:]
        copy = rest.lstrip(" \u3000")
        if half >= DOUBLED_MIN and len(copy) == half and copy == s[:half] and len(rest) - half <= 1:
            return half
    return 0


# A speech's title run into its date and its text on one line, as a page's paragraphs joined into one
# field (a CSV of speeches) give it: 在…座谈会上的讲话（2018年2月12日）习近平　　… The title ends in a genre
# word (讲话 致辞 …) right before a full date in brackets; the date is its byline, the rest the body.
# A slogan may stand before the title's ——part (共抗疫情，共促复苏——在…论坛的致辞, commas and spaces in
# it), the place after the date (（2020年11月12日，北京）), and a news agency's dateline before it all
# (新华社北京11月12日电): a byline too.
_GLUED_TITLE_RE = re.compile(r"(?P<dateline>[\u4e00-\u9fff]{2,8}\d{1,2}月\d{1,2}日电)?"
                             r"(?P<title>(?:[^。！？!?：:；;（()）\n]{2,40}?——)?[^。！？!?，,：:；;（()）\s]{4,60}?)"
                             r"(?P<date>[（(](?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:[，,][^（()）\n]{1,12})?[）)])")


# An article's title run into its author's byline marked ※, as a magazine's pieces in the same fields give it:
# 建设…的考古学 更好认识…的中华文明※习近平我国是…. The title has no sentence mark (a space may part its two
# halves); the byline is the ※ and the name after it, taken as three characters (the names such bylines give),
# since nothing parts it from the body.
_STARRED_TITLE_RE = re.compile(r"(?P<dateline>(?!))?(?P<title>[^。！？!?，,：:；;（()）※\s][^。！？!?，,：:；;（()）※\n]{3,59}?)"
                               r"※(?P<date>[\u4e00-\u9fff]{3})(?=[\u4e00-\u9fff“])")


def _take_glued_title(line: Line, head: Head) -> bool:
    m = _GLUED_TITLE_RE.match(line.text)
    if m is None or not ENDS_GENRE_RE.search(m["title"]) or not _is_title_line(m["title"]):
        m = _STARRED_TITLE_RE.match(line.text)
        if m is None or len(line.text) <= TITLE_MAX or not _is_title_line(m["title"]):
            return False
    if m["dateline"]:
        head.add(RegionKind.BYLINE, line.start, line.start + m.end("dateline"))  # a region; it names no speaker
        line = Line(line.start + m.start("title"), line.end, line.text[m.start("title"):])
        m = _GLUED_TITLE_RE.match(line.text)
        assert m is not None  # the same text without its dateline
    head.set_title(m["title"], line, line.start + m.end("title"))
    date = Line(line.start + m.start("date"), line.start + m.end("date"), m["date"])
    head.bylines.append(date)
    head.add(RegionKind.BYLINE, date.start, date.end)
    head.body_from = date.end
    return True


def _teaser_split(lines: Sequence[Line], i: int) -> int | None:
    """Where a teaser line's repeated opening starts: the longest prefix of a next line found in it."""
    teaser = lines[i].text
    ellipsis = teaser.endswith(_ELLIPSES)
    if not ellipsis and len(teaser) <= TITLE_MAX:
        return None
    j = i
    for _ in range(2):  # the opening may be the next line or the one after (同志们： then the text)
        j = next_content(lines, j + 1)
        if j >= len(lines):
            return None
        nxt = lines[j].text
        shortest = min(len(nxt), 4) if ellipsis else 16
        for k in range(min(len(nxt), 40), shortest - 1, -1):
            pos = teaser.find(nxt[:k], 1, TITLE_MAX + k)
            if pos > 0:  # without …, paragraphs may share a stock opening: a title must precede it
                return pos if ellipsis or _is_title_line(teaser[:pos].rstrip()) else None
    return None


def _take_title_sequel(lines: Sequence[Line], i: int, head: Head) -> bool:
    """A line after the title: a repeat of it, its second half, or a subtitle; else the body starts."""
    line, title = lines[i], head.title or ""
    if not _is_title_line(line.text) or line.text.startswith(MARKDOWN_QUOTE):
        return False  # a Markdown quote under the title (the notice that issued it) is none of it
    if head.last is not RegionKind.TITLE and ATX_HEADING_RE.match(line.text):
        return False  # a Markdown heading below the page's furniture under the title (its tabs): the body's own
    new, old = norm(line.text), norm(title)
    if _dated_label_over_title(head):
        head.demote_title("page top")
        head.set_title(line.text, line)
    elif new and new in old:
        _take_repeat(line, head, new, old)
    elif old and _is_stray_copy(new, old):
        head.add(RegionKind.BOILERPLATE, line.start, line.end, "repeated title")
    elif old and old in new:  # the whole title after a part of it
        head.set_title(line.text, line)
    elif _replaces_title(lines, i, head):
        head.demote_title("site category")
        head.set_title(line.text, line)
    elif _label_over_title(lines, i, head):
        head.demote_title("page top")
        head.set_title(line.text, line)
    elif (head.last is RegionKind.TITLE if head.stated else _after_title(head)) and _continues_title(lines, i, head):
        head.extend_title(line)
    elif (head.subtitle is None and ENDS_GENRE_RE.search(title) and not POST_NAME_RE.match(line.text)
          and _block_continues(lines, i, False)):
        head.set_subtitle(line.text, line.start, line.end)
        head.add(RegionKind.SUBTITLE, line.start, line.end)
    else:
        return False
    return True


# A column's dated label (每周一学（2021年9月27日-10月03日）): a date in brackets, with its year or its day.
_DATED_LABEL_RE = re.compile(r"[（(][^（）()]{0,8}(?:\d{4}年|\d{1,2}月\d{1,2}日)[^（）()]{0,24}[）)]")
# …but a span of years in brackets is a plan's period, part of its title (…行动方案（2025-2030年）)
_PERIOD_RE = re.compile(r"[（(]\s*\d{4}\s*年?\s*[-－—–~～至到]{1,2}\s*\d{4}\s*年?\s*[）)]")


def _dated_label_over_title(head: Head) -> bool:
    """The page's heading right over its stamp carries a dated column label (每周一学（2021年9月27日-10月03日）,
    alone or in front of the article's title): the heading names the CMS item, and the title line under
    the stamp is the document's own title (not the heading's second half, nor a repeat to drop)."""
    regions = head.regions
    return (head.title_lines == 1 and len(regions) >= 2 and regions[-1].label == "upload stamp"
            and head.title_region == len(regions) - 2
            and any(not _PERIOD_RE.fullmatch(m.group()) for m in _DATED_LABEL_RE.finditer(head.title or "")))


def _runs_on_title(lines: Sequence[Line], i: int, head: Head) -> bool:
    """Line i goes on with the title above it though it has the shape of a byline: a genre word alone
    under a title that runs on into it (…会议上的 / 讲话), or a second issuing office between the first
    and the line that ends the title (中共X市委办公室 / X市人民政府办公室 / 关于…的实施意见)."""
    title, s = head.title or "", lines[i].text
    if head.last is not RegionKind.TITLE or not 0 < head.title_lines < 3 or ENDS_GENRE_RE.search(title):
        return False
    if runs_on(title, s) and ENDS_GENRE_RE.fullmatch(s) is not None:
        return True
    return is_office(title) and is_office(s) and _title_ends_below(lines, i, len(title) + len(s))


def _after_title(head: Head) -> bool:
    """The line before was the title's, or a page's date-and-source stamp right under it (a web page
    that sets the title's first line as its heading, the stamp, then the rest of the title)."""
    if head.last is RegionKind.TITLE:
        return True
    k = len(head.regions) - 1
    while k >= 0 and head.regions[k].label == "upload stamp":
        k -= 1
    return k < len(head.regions) - 1 and k >= 0 and head.regions[k].kind is RegionKind.TITLE


def _replaces_title(lines: Sequence[Line], i: int, head: Head) -> bool:
    """A whole title under a one-line stray "title": a site's category label (领导讲话) over an X在Y上的讲话
    title, or a line set apart by a blank line over a line ending in a genre word that does not run on
    from it (立即开通 then …学习心得体会). The blank line alone never makes the two one title; spaced
    phrases (凝心聚力 真抓实干) are a main title's shape and are not replaced."""
    title, s = head.title or "", lines[i].text
    if head.title_lines != 1:
        return False
    if len(title) <= CATEGORY_MAX and AT_OCCASION_RE.match(s):
        return True
    if head.stated and is_page_label(title) and RULES_TITLE_RE.search(title) and ENDS_GENRE_RE.search(s) \
            and len(s) > len(title) and _is_title_line(s):
        return True  # <title>规章制度 / 规章制度 / 某某学院学生社团管理章程: the page's column, then the document's title
    if head.stated and head.last is RegionKind.TITLE and is_page_label(title) and _is_title_line(s) \
            and not runs_on(title, s) and _body_below(lines, i):
        return True  # <title>关于我们 / 关于我们 / 企业文化 / 一、…: the column the <title> names, then the page's own title
    if len(title) <= CATEGORY_MAX and head.last is RegionKind.TITLE and _over_subtitle(lines, i) \
            and not ENDS_GENRE_RE.search(title) and not runs_on(title, s) and not _SLOGAN_RE.match(title):
        return True  # 直击峰会全过程 / 同心共筑百年梦 / ——某某在…上的讲话: a column's label over the title
    if len(title) <= CATEGORY_MAX and head.last is RegionKind.TITLE \
            and (_over_post_name(lines, i) or _over_dedication(lines, i)) and not runs_on(title, s):
        return True  # 领导致辞 / 推动学习的革命 建立专业的团队 / 个险分管副总裁孙某某: the column's label again
    return (head.last is RegionKind.TITLE and set_apart(lines, i) and bool(ENDS_GENRE_RE.search(s))
            and not ENDS_GENRE_RE.search(title) and not runs_on(title, s) and not _SLOGAN_RE.match(title)
            and not (is_office(title) and s.startswith("关于")))  # the issuer, then 关于…的通知


def _body_below(lines: Sequence[Line], i: int) -> bool:
    """The body starts under line i: a numbered line or a line that is no title's (prose), or the end."""
    j = next_content(lines, i + 1)
    return j >= len(lines) or starts_with_marker(lines[j].text) or not _is_title_line(lines[j].text)


def _label_above_title(lines: Sequence[Line], i: int) -> bool:
    """Line i is a label the page sets over its article (正文, 详情: too short for a title) and the
    line under it a title right over the page's stamp."""
    j = next_content(lines, i + 1)
    return (is_page_label(lines[i].text) and j < len(lines) and _is_title_line(lines[j].text)
            and over_stamp(lines, j))


def _label_over_title(lines: Sequence[Line], i: int, head: Head) -> bool:
    """The one-line title read so far is a label the page sets over its article (a site's name, a
    breadcrumb, a column label such as 通知公告) and line i, right over the page's stamp (发布时间：…
    来源：…), is the document's title: where a page puts it. Not when line i goes on from the line
    above (…办公室 / 关于…的通知: an issuer over its title)."""
    title, s = head.title or "", lines[i].text
    return (head.title_lines == 1 and is_page_label(title) and not runs_on(title, s)
            and not (is_office(title) and s.startswith(_GOES_ON)) and over_stamp(lines, i))


_GOES_ON: Final = ("关于", "印发", "转发", "批转")  # a title's line that goes on from the issuers above it


def _take_repeat(line: Line, head: Head, new: str, old: str) -> None:
    """The title again, or a part of a split title; a copy with a stray character loses to the clean one."""
    if _is_stray_copy(old, new) and head.title_lines == 1:
        head.demote_title("repeated title")
        head.set_title(line.text, line)
    else:
        head.add(RegionKind.TITLE, line.start, line.end)


def _is_stray_copy(longer: str, shorter: str) -> bool:
    """`longer` is `shorter` with up to 3 stray non-Han characters at one end (讲话1, 讲话_)."""
    extra = len(longer) - len(shorter)
    if not 0 < extra <= 3:
        return False
    if longer.startswith(shorter):
        return not HAN_RE.search(longer[len(shorter):])
    return longer.endswith(shorter) and not HAN_RE.search(longer[:extra])


def _over_subtitle(lines: Sequence[Line], i: int) -> bool:
    """The line right under line i is a ——subtitle naming its speaker (——张三董事长在…上的讲话, ——某某
    分公司总经理 王五): line i is the main title it goes with."""
    j = i + 1
    if j >= len(lines) or not _SUBTITLE_RE.match(lines[j].text):
        return False
    rest = _SUBTITLE_RE.sub("", lines[j].text, count=1)
    named = AT_OCCASION_RE.match(rest)
    if named:
        return bool(named["speaker"].strip())
    return bool(POST_NAME_RE.match(rest) or is_byline(rest, True))


def _over_post_name(lines: Sequence[Line], i: int) -> bool:
    """The line right under line i gives a post and a name and nothing else (副总裁孙某某, 市长 张三): line i
    is the title whose speaker it names. A label ending in a genre word (领导致辞) over line i is then the
    page's column, as it is over a ——subtitle."""
    j = i + 1
    return j < len(lines) and bool(POST_NAME_RE.match(lines[j].text))


def _over_dedication(lines: Sequence[Line], i: int) -> bool:
    """The line right under line i dedicates it (——致全体员工, --致第三届…会议): line i is the title of an
    address or a letter, and a label over it (领导致辞) the page's column."""
    j = i + 1
    if j >= len(lines) or not _SUBTITLE_RE.match(lines[j].text):
        return False
    rest = _SUBTITLE_RE.sub("", lines[j].text, count=1)
    return rest.startswith("致") and len(HAN_RE.findall(rest)) > MIN_ADDRESSEE


MIN_ADDRESSEE: Final = 2  # Han characters of 致 and whom it addresses (致全体, 致会议)


def _continues_title(lines: Sequence[Line], i: int, head: Head) -> bool:
    """A title-shaped line after an unfinished title is its next line if the title runs on into it
    (…办公室关于 / 进一步…), if the block goes on after it, or if the line right under it ends the
    title (…关于 / 进一步加强…能力 / 建设的实施意见; 中共X市委办公室 / X市人民政府办公室 / 关于…的意见)."""
    title, s = head.title or "", lines[i].text
    if head.title_lines >= 3 or ENDS_GENRE_RE.search(title) or len(title) + len(s) > 2 * TITLE_MAX:
        return False
    if _has_later_peer(lines, i):
        return False  # 养猫咪要注意的地方 … 养狗狗要注意的地方: the first of the text's section headings
    return (bool(ENDS_GENRE_RE.search(s)) or runs_on(title, s) or _block_continues(lines, i, True)
            or _title_ends_below(lines, i, len(title) + len(s)))


def _title_ends_below(lines: Sequence[Line], i: int, length: int) -> bool:
    """The line right under line i (no blank line between) is a title's last line: it ends with a genre
    word, and the three lines together are no longer than a title split over lines."""
    j = i + 1
    if j >= len(lines) or not lines[j].text or length + len(lines[j].text) > 2 * TITLE_MAX:
        return False
    return _is_title_line(lines[j].text) and bool(ENDS_GENRE_RE.search(lines[j].text))


def _block_continues(lines: Sequence[Line], i: int, numbered_body: bool) -> bool:
    """The next line still belongs to the title block (or, if `numbered_body`, opens numbered text)."""
    j = next_content(lines, i + 1)
    if j >= len(lines):
        return True
    s = lines[j].text
    return bool(_SALUTATION_RE.match(s) or _SUBTITLE_RE.match(s) or is_byline(s, True)
                or furniture_label(s) or (numbered_body and starts_with_marker(s)))


def _is_title_line(s: str) -> bool:
    """Short, no full stop, no trailing comma or colon, not numbered, not a date: it may be a title."""
    return (0 < len(s) <= TITLE_MAX and "。" not in s and s[-1] not in "，,、；;：:" and not s.startswith(LIST_SIGNS)
            and not _ASCII_STOP_RE.search(s) and not _CUT_SENTENCE_RE.search(s) and not _CODE_FIELD_RE.match(s)
            and not _CONTACT_FIELD_RE.match(s)
            and len(HAN_RE.findall(s)) >= 4 and not starts_with_marker(s) and not is_date_line(s))


LIST_SIGNS: Final = ("- ", "* ", "+ ")  # a Markdown or plain-text list item, never a title (- 公司实行…)
_ASCII_STOP_RE = re.compile(r"[^\x00-\x7f]\.(?![0-9A-Za-z])")  # …仍在高位.去年…: a '.' typed for 。
# A sentence that trails off (有人说，理想是廉价的，不能带来财富……): clauses, then an ellipsis closing the
# line; a title may hold an ellipsis (关于……的通知) but never ends a clause with one.
# A field keying a code or a number (项目编号:XSB001, 文号：2024-12): data under a title, never the title.
_CODE_FIELD_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]\s*[!-~]+$")
_CUT_SENTENCE_RE = re.compile(r"[，,][^，,]*(?:…|\.\.\.|。。。)+$")
# A contact box's field (地址：湖北省…路11号, 联系人：…, 电话：…): the page's data, never a title.
_CONTACT_FIELD_RE = re.compile(r"^(?:通讯|联系|办公|单位)?(?:地址|联系人|电话|手机|邮箱|传真|邮编)\s*[:：]")


def title_over_contents(head: Head, lines: Sequence[Line], first: int, at: int) -> None:
    """The title set right over a table of contents (line `at`) that stands down the text, when the head
    gave none: the text opens with what a covering note leaves (…现印发给你们 / 某市人民政府 / 2026年3月19日),
    and the document's title comes next, over its 目录 (杭州市…发展 / 第十五个五年规划纲要 / 目 录). One to
    three title lines, set apart from the text above, the last ending in a genre word."""
    last = prev_content(lines, at)
    if last <= first or not ENDS_GENRE_RE.search(lines[last].text):
        return
    top = last
    while top - 1 > first and last - top < 2 and lines[top - 1].text and _is_title_line(lines[top - 1].text):
        top -= 1
    if not lines[top - 1].text and all(_is_title_line(lines[k].text) for k in range(top, last + 1)):
        head.set_title(lines[top].text, lines[top])
        for k in range(top + 1, last + 1):
            head.extend_title(lines[k])
