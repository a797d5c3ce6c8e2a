"""The page around an article: each line labelled once, then the page's regions read off the labels.

Real pages have one shape: furniture (front matter, a metadata table, a menu, a breadcrumb), the
article's head (title lines, subtitle, bylines, date, salutation), the body, the closing, furniture
again. Instead of one predicate per case walking the lines back and forth, `label_lines` gives every
line its features (prose, menu item, furniture cue, metadata field, listed article, related-articles
cue), computed once when a rule first reads them, and the decisions read that label sequence:

- `article_span`: the span of lines with the most prose and the fewest furniture lines, found in one
  pass (the maximum-sum run, Kadane's dynamic program) over per-line scores: a prose line scores its
  length, a furniture-shaped line a fixed cost, anything else nothing. Furniture is recognised by its
  shape (short link-like lines, menus of one or two words a line, listed articles with their dates),
  never by a cue word alone: a `推荐阅读` cue ends the article only after this span, so a site menu
  holding the cue above the article never swallows it, and long prose is never furniture;
- `read_page`: the page's top, before the article's head: front matter (`---` `title:` … `---`), a
  metadata table (`索引号：` `发布日期：` `标题：`…), a menu of at least MENU_RUN short lines; and the
  title *evidence* the page states about itself (front matter `title:`, the table's `标题：`, the
  <title> a page saved as text opens with, and for HTML the page's <title> and <h1>, with the site's
  name cut off).

The head reader (head.py) then starts after the page's top; if a line of the head spells the
evidence, that line is the title and whatever stands above it is page furniture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from orgdoc.grammar import starts_with_marker
from orgdoc.models import Region, RegionKind, Span

from .contents import is_contents_line
from .facts import is_office
from .furniture import MID_LINE_MAX, RELATED_RE, crumb_last_step, crumb_tail, furniture_label
from .lines import HAN, HAN_RE, Line, next_content, norm

MENU_MAX: Final = 8  # characters of a menu item (spaces left out)
# a menu has at least this many items, one a line; a title block never has three such lines
MENU_RUN: Final = 3
LINK_NAME_MAX: Final = 20  # letters of an entry under a links heading in the top menu (a unit's, a site's name)
PROSE_MIN: Final = 20  # a line this long with sentence punctuation is prose
FURNITURE_COST: Final = 30  # what a furniture-shaped line costs the article span (in characters of prose)
FRONT_MATTER_LINES: Final = 300  # a front matter block closes within this many lines
FRONT_KEYS_BARE: Final = 2  # ASCII keys of a front matter block that lost its opening `---` (Hexo reads it)
TABLE_MIN: Final = 3  # fields of a metadata table
# non-blank lines of the head searched for the line that spells the title evidence
EVIDENCE_WINDOW: Final = 60
# prose lines (a photo caption, a news agency's dateline) that may stand above the title
PROSE_ABOVE: Final = 2
# letters of a column or tab label a page sets over its article (通知公告, 政策文件, 正文, 详情)
LABEL_MAX: Final = 8
PAGE_TITLE_MAX: Final = 150  # characters of a page's <title> line: a title and a site's name (a longer line is text)
# what a page's stamp under its article's title says it is (发布时间：… 来源：…)
STAMPS: Final = frozenset({"upload stamp", "source line"})

# Keys of a page's metadata table (spaces left out): gov.cn-style 索引号/主题分类/…, a CMS's 生成日期/访问量.
TABLE_KEYS: Final = frozenset({
    "索引号", "主题分类", "主题词", "发文机关", "发布机构", "发布单位", "成文日期", "发文日期", "标题", "题目", "文号",
    "发文字号", "文件编号", "发布日期", "生成日期", "公开方式", "公开时限", "公开范围", "公开日期", "责任部门",
    "信息来源", "访问量", "浏览次数", "点击数", "关联稿件", "有效性", "时效性", "效力状态", "施行日期", "实施日期",
    "废止日期", "分类", "体裁分类", "信息分类", "组配分类", "所属机构", "所属主题", "组织机构", "信息名称", "关键词",
    "关键字", "统一编号", "登记号", "名称",
    # moe.gov.cn's table spells some keys its own way (信息名称/信息索引/生成日期/发文机构/发文字号/信息类别/内容概述)
    "信息索引", "发文机构", "信息类别", "内容概述",
})
TITLE_KEYS: Final = frozenset({"标题", "题目", "信息名称", "名称"})
# The names rules and notices go by besides the genres of facts.py (宿舍管理员须知, 员工手册, 考勤制度)
RULES_TITLE_RE: Final = re.compile(r"(?:须知|手册|守则|制度|规则|细则|说明|协议|指南|规范|公约)$")

_PUNCT_RE = re.compile(r"[，。、：；！？,.;:!?（）()《》“”\"'【】\[\]]")
_SENTENCE_END_RE = re.compile("[。！？!?；;]")
# what a link's name never holds: a sentence's or a clause's mark, a colon, a document title's 《》
_NOT_A_NAME_RE = re.compile(r"[。！？!?；;，,：:《》]")
_FIELD_RE = re.compile(rf"^(?P<key>[{HAN} \u3000\u2002]{{2,12}}?)\s*[：:]\s*(?P<value>.{{0,80}})$")
# a YAML key, in ASCII or in Chinese (标题: 文号: as policy collections write their records' front
# matter; normalizing made the colon after a Chinese key a wide one), or a Chinese one set in Markdown
# bold as knowledge-base exports write it (**来源**: …)
_FRONT_KEY_RE = re.compile(r"^(?:[^\W\d][\w-]{0,40}|\*\*[\w\u4e00-\u9fff -]{1,20}\*\*)\s*[:：](?:\s|$)")
_TITLE_KEY_RE = re.compile(r"^(?:title|标题|题目)\s*[:：]\s*")
# The header a web-to-Markdown reader (Jina Reader's r.jina.ai) writes over a page it converts: the page's
# <title>, its address, maybe its date, then the converted page (Title: … / URL Source: … / Markdown Content:).
_READER_TITLE_RE = re.compile(r"Title[:：][ \t]*")
_READER_FIELD_RE = re.compile(r"(?:URL Source|Published Time|Description|Warning)[:：][ \t]*\S.*")
_READER_BODY_RE = re.compile(r"Markdown Content[:：][ \t]*")
# A listed article: its title and a date (图文解读：《…》 2023-07-12, 关于…的通知 [2024-01-05]).
_LISTED_RE = re.compile(r"\s[\[（(]?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[\]）)]?$")
# Where a page's <title> or a front matter title joins the article's title and the site's name.
# An underscore never stands in a Chinese title, spaced or not (标题_栏目_某某市人民政府); a hyphen
# between Han characters joins a site's name (标题-中国政府网), between digits a span of years; a doubled
# one too (标题--栏目-站名, as PowerEasy-built school sites write the <title>).
_SITE_SEP_CHARS = "_|｜—–->"  # a line with none of them has no separator: no need to split it
_SITE_SEP_RE = re.compile(r"\s*_+\s*|\s+[|｜—–-]+\s+|\s*->\s*|\s*[|｜]\s*|(?<=[\u4e00-\u9fff》”）])[-–]{1,2}(?=[\u4e00-\u9fff])")


class F:
    """A line's features: bits of a plain int (an IntFlag's operators run in Python, a cost on every line)."""

    NONE: Final = 0
    PROSE: Final = 1  # sentences of running text
    MENU: Final = 2  # a short item of one or two words, no punctuation: a menu entry, a column label
    FURNITURE: Final = 4  # a furniture cue of the right shape (furniture.py)
    FIELD: Final = 8  # a metadata table's field (索引号：)
    LISTED: Final = 16  # a listed article with its date
    RELATED: Final = 32  # a related-articles heading (推荐阅读)
    MARKER: Final = 64  # opens with a numbering marker


# A Markdown image and link (`![Image 1](…/logo.png)`, `[政务公开](https://… "政务公开")`): on a page converted to
# Markdown a link shows only its name and an image no text, so a line of a menu's links is as short as the
# menu it shows. An address may hold one level of brackets (javascript:void(0);); a link's name, an image.
# A closing bracket before Chinese text was widened with the punctuation (normalize): `…/logo.png）关注`.
_MD_TARGET = r"\((?:[^()）\n]|\([^()）\n]*[)）])*[)）]"
_MD_IMAGE_RE = re.compile(rf"!\[[^\]\n]*\]{_MD_TARGET}")
_MD_LINK_RE = re.compile(rf"\[([^\]\n]*)\]{_MD_TARGET}")


def shown(s: str) -> str:
    """The text a Markdown line shows: its images left out, its links by their names alone."""
    return _MD_LINK_RE.sub(r"\1", _MD_IMAGE_RE.sub("", s)) if "](" in s else s


def label_line(s: str) -> int:
    if not s:
        return F.NONE
    seen = shown(s)  # prose is what a reader sees: a link's address is no sentence
    if len(seen) > MID_LINE_MAX:  # long lines are text: the cheap case first
        return F.PROSE
    flags = F.NONE
    if starts_with_marker(s):
        flags |= F.MARKER
    if len(seen) >= PROSE_MIN and _SENTENCE_END_RE.search(seen):
        flags |= F.PROSE
    if RELATED_RE.match(s):
        flags |= F.RELATED
    elif not flags and len(s.replace(" ", "").replace("\u3000", "")) <= MENU_MAX \
            and not _PUNCT_RE.search(s) and HAN_RE.search(s):
        flags |= F.MENU
    if _is_field(s):
        flags |= F.FIELD
    if not flags & F.PROSE and _LISTED_RE.search(s):
        flags |= F.LISTED
    if not flags & (F.PROSE | F.MARKER) and furniture_label(s):
        flags |= F.FURNITURE
    return flags


class Labels:
    """Each line's features (`label_line`), computed the first time a rule reads them and kept: most
    texts are read only at the top (the menu run, the title evidence), and the whole sequence is read
    only when a related-articles cue asks where the article ends (`article_span`)."""

    __slots__ = ("_flags", "_lines")

    def __init__(self, lines: Sequence[Line]) -> None:
        self._lines = lines
        self._flags: list[int | None] = [None] * len(lines)

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, i: int) -> int:
        flags = self._flags[i]
        if flags is None:
            text = self._lines[i].text
            flags = self._flags[i] = F.PROSE if len(text) > MID_LINE_MAX and "](" not in text else label_line(text)
        return flags

    def all(self) -> list[int]:
        return [self[i] for i in range(len(self._lines))]


def label_lines(lines: Sequence[Line]) -> Labels:
    return Labels(lines)


def _is_field(s: str) -> bool:
    m = _FIELD_RE.match(s)
    return m is not None and _key(m["key"]) in TABLE_KEYS


def _key(s: str) -> str:
    return "".join(s.split())


def article_span(lines: Sequence[Line], labels: list[int]) -> tuple[int, int] | None:
    """The run of lines (first, last) with the most prose and fewest furniture lines: Kadane's
    maximum-sum run over per-line scores, one pass. None when the text has no prose at all."""
    best, best_span = 0, None
    total, start = 0, 0
    prose, furniture = F.PROSE, F.MENU | F.FURNITURE | F.LISTED | F.RELATED | F.FIELD
    for i, flags in enumerate(labels):
        if flags & prose:
            score = len(lines[i].text)
        elif flags & furniture:
            score = -FURNITURE_COST
        else:
            score = 0
        if total <= 0 and score > 0:
            total, start = 0, i
        total += score
        if total > best:
            best, best_span = total, (start, i)
    return best_span


@dataclass(frozen=True)
class Evidence:
    """A title the page states about itself, and where it stands in the text (None: outside it)."""

    text: str  # folded
    span: Span | None


@dataclass
class Page:
    start: int = 0  # the first line the head reader reads
    regions: list[Region] = field(default_factory=list)  # front matter, metadata table, menu
    evidence: list[Evidence] = field(default_factory=list)  # best first
    site: frozenset[str] = frozenset()  # normalized: the <title> or <h1> where it names the site or the path


def read_page(lines: Sequence[Line], labels: Labels, hints: tuple[str, ...] = ()) -> Page:
    """The page's top (front matter, metadata table, menu) and the title evidence it holds."""
    page = Page(start=next_content(lines, 0))
    _front_matter(lines, page)
    _reader_header(lines, page)
    _title_line(lines, page)
    _metadata_table(lines, page)
    start = page.start
    _menu(lines, labels, page, tuple(_leading_title(hint) for hint in hints))
    if page.start != start:
        _metadata_table(lines, page)  # a page copied whole: the site's menu, then the file's metadata table
    # A page's <title>, then its <h1>: outside the text. One that names the site or the path is no
    # evidence of the article's title; a column or tab label is weighed after the other.
    for hint in sorted(hints, key=is_page_label):
        if not names_the_site(hint):
            page.evidence += [Evidence(piece, None) for piece in site_pieces(hint)]
    page.site |= frozenset(norm(hint) for hint in hints if names_the_site(hint))
    _crumb_title(lines, page)
    return page


def _crumb_title(lines: Sequence[Line], page: Page) -> None:
    """The breadcrumb's last step when it names a rules text (首页 > 举报须知, 首页 > 办事指南): evidence of the
    title, weighed last. A page that sets no heading over its list (1、… 2、…) names the document only there."""
    crumbs = [r for r in page.regions if r.label == "breadcrumb"]
    if not crumbs:
        return
    start = crumbs[-1].span[0]
    line = next((ln for ln in lines if ln.start == start), None)
    step = crumb_last_step(line.text) if line is not None else None
    if line is None or step is None:
        return
    text = line.text[step[0]:step[1]]
    if len(HAN_RE.findall(text)) >= 4 and len(norm(text)) == len(text) and RULES_TITLE_RE.search(text):
        page.evidence.append(Evidence(text, (line.start + step[0], line.start + step[1])))


def _title_line(lines: Sequence[Line], page: Page) -> None:
    """A page saved as text opens with what was its <title>: the article's title joined with the site's
    name (关于…的通知 - 某某市人民政府门户网站, X_某某县人民政府). The line is the page's, its site part
    names the site, and its other part is evidence of the title (spelled again under the menus, often
    in full: 某某市人民政府关于印发…的通知)."""
    i = page.start
    if i >= len(lines) or len(lines[i].text) > PAGE_TITLE_MAX or not any(c in lines[i].text for c in _SITE_SEP_CHARS):
        return
    pieces = [piece.strip() for piece in _SITE_SEP_RE.split(lines[i].text) if piece.strip()]
    site = [piece for piece in pieces if names_the_site(piece)]
    rest = sorted((piece for piece in pieces if piece not in site), key=len, reverse=True)
    if len(pieces) < 2 or not site or not rest or len(HAN_RE.findall(rest[0])) < 4:
        return
    at = lines[i].text.find(rest[0])
    page.regions.append(Region(kind=RegionKind.BOILERPLATE, span=(lines[i].start, lines[i].end), label="page title"))
    page.evidence.append(Evidence(rest[0], (lines[i].start + at, lines[i].start + at + len(rest[0]))))
    page.site = frozenset(norm(piece) for piece in site)
    page.start = next_content(lines, i + 1)


def names_the_site(s: str) -> bool:
    """A site's name or masthead (某某县人民政府, …门户网站) or a breadcrumb or menu (首页 > 政策文件 > …)."""
    return is_office(s) or furniture_label(s) is not None


def is_page_label(s: str) -> bool:
    """A line that names the page, not the document: the site or the path (`names_the_site`), or a
    column or tab label (通知公告, 正文, 详情): a few letters, without digits or punctuation."""
    unspaced = len(s.replace(" ", "").replace("\u3000", ""))
    if unspaced <= LABEL_MAX:  # letters only, as many as the line's: a longer line is no label (no norm needed)
        letters = norm(s)
        if 0 < len(letters) <= LABEL_MAX and len(letters) == unspaced and not any(ch.isdigit() for ch in letters):
            return True
    return names_the_site(s)


def over_stamp(lines: Sequence[Line], i: int) -> bool:
    """Line i stands right over the page's stamp for the article (发布时间：… 来源：…)."""
    j = next_content(lines, i + 1)
    return j < len(lines) and furniture_label(lines[j].text) in STAMPS


def site_pieces(title: str) -> list[str]:
    """The parts of a page title joined with its site's name (南开大学->X | nankai.info, X _ 某某人民政府):
    the longest part first, then the whole; parts without four Han characters are left out."""
    pieces = sorted((p.strip() for p in _SITE_SEP_RE.split(title.strip())), key=len, reverse=True)
    out = [p for p in pieces if len(HAN_RE.findall(p)) >= 4][:1]
    if title.strip() not in out and len(HAN_RE.findall(title)) >= 4:
        out.append(title.strip())
    return out


def _front_matter(lines: Sequence[Line], page: Page) -> None:
    """A block between two `---` lines at the very top, holding `key: value` lines. Hexo reads the
    block without its opening rule too (`title: …` `date: …` then `---`), so a post may open with its
    keys: then at least FRONT_KEYS_BARE of them, in ASCII, before the closing rule."""
    i = page.start
    if i >= len(lines):
        return
    bare = lines[i].text != "---"
    if bare and not (lines[i].text[:1].isascii() and _FRONT_KEY_RE.match(lines[i].text)):
        return
    title, keys = None, 0
    for j in range(i + int(not bare), min(len(lines), i + FRONT_MATTER_LINES)):
        s = lines[j].text
        if s in ("---", "..."):
            if bare and (s != "---" or keys < FRONT_KEYS_BARE):
                return  # a text that opens with a field line and a rule further down
            page.regions.append(Region(kind=RegionKind.BOILERPLATE, span=(lines[i].start, lines[j].end),
                                       label="front matter"))
            page.start = next_content(lines, j + 1)
            if title is not None:
                page.evidence.append(title)
            return
        if s and not (_FRONT_KEY_RE.match(s) or s.startswith(("-", "#"))):
            return  # not YAML: a text that merely opens with a rule
        keys += bool(s) and s[:1].isascii() and s[:1] not in "-#"
        m = _TITLE_KEY_RE.match(s)
        if m and title is None:
            title = _quoted_value(lines[j], m.end())


def _reader_header(lines: Sequence[Line], page: Page) -> None:
    """A reader's header over a converted page (`Title: X - 某某市人民政府门户网站` / `URL Source: https://…` /
    `Markdown Content:`): the page's, like a saved page's <title> line; its title's article part is evidence
    of the title, which the page spells again under its menus (`# X`)."""
    i = page.start
    if i >= len(lines) or not _READER_TITLE_RE.match(lines[i].text):
        return
    j, fields = next_content(lines, i + 1), 0
    while j < len(lines) and _READER_FIELD_RE.fullmatch(lines[j].text):
        j, fields = next_content(lines, j + 1), fields + 1
    if not fields or j >= len(lines) or not _READER_BODY_RE.fullmatch(lines[j].text):
        return
    page.regions.append(Region(kind=RegionKind.BOILERPLATE, span=(lines[i].start, lines[j].end), label="reader header"))
    title = _quoted_value(lines[i], _READER_TITLE_RE.match(lines[i].text).end())  # type: ignore[union-attr]
    if title is not None:
        page.evidence.append(title)
    page.start = next_content(lines, j + 1)


def _quoted_value(line: Line, at: int) -> Evidence | None:
    value = line.text[at:]
    start = line.start + at
    stripped = value.strip().strip("'\"")
    if not stripped:
        return None
    start += value.index(stripped)
    return _best_piece(stripped, start)


def _best_piece(value: str, start: int) -> Evidence:
    """The article's part of a title joined with its site's name, at its place in the text."""
    piece = site_pieces(value)[0] if site_pieces(value) else value
    at = value.find(piece)
    return Evidence(piece, (start + at, start + at + len(piece)))


def _metadata_table(lines: Sequence[Line], page: Page) -> None:
    """索 引 号： / 000014349/2019-00005 / 主题分类： / … / 标　　题： / 国务院关于…: fields one or two lines each."""
    i, fields, last, title = page.start, 0, None, None
    while i < len(lines):
        m = _FIELD_RE.match(lines[i].text)
        if not m or _key(m["key"]) not in TABLE_KEYS:
            break
        value_line: Line | None = lines[i]
        at = m.start("value")
        if not m["value"]:  # the value on the next line, unless that is the next field
            j = next_content(lines, i + 1)
            if j < len(lines) and not _is_field(lines[j].text) and len(lines[j].text) <= 60 \
                    and "。" not in lines[j].text \
                    and (not _opens(title, lines[j].text) or _field_follows(lines, j)):
                value_line, at, i = lines[j], 0, j
            else:
                value_line = None
        if value_line is not None and _key(m["key"]) in TITLE_KEYS and title is None:
            text = value_line.text[at:]
            if text:
                title = Evidence(text, (value_line.start + at, value_line.end))
        fields, last = fields + 1, i
        i = next_content(lines, i + 1)
    if fields >= TABLE_MIN and last is not None:
        page.regions.append(Region(kind=RegionKind.BOILERPLATE, span=(lines[page.start].start, lines[last].end),
                                   label="metadata table"))
        page.start = next_content(lines, last + 1)
        if title is not None:
            page.evidence.insert(0, title)


def _field_follows(lines: Sequence[Line], j: int) -> bool:
    """A field comes after line j: line j is a value (发文机构： / 教育部办公厅 / 发文字号：), even when it
    reads as the start of the title the table stated (an office opens its own document's title)."""
    k = next_content(lines, j + 1)
    return k < len(lines) and _is_field(lines[k].text)


def _opens(title: Evidence | None, s: str) -> bool:
    """Whether line s is the start of the title the table stated: the title under an empty last field."""
    return title is not None and bool(norm(s)) and norm(title.text).startswith(norm(s))


def _menu(lines: Sequence[Line], labels: Labels, page: Page, titles: tuple[str, ...] = ()) -> None:
    """A run of at least MENU_RUN menu items (or furniture lines among them) at the top: the site's
    navigation; or a breadcrumb and the column label it names (当前位置：首页 > 通知公告 / 通知公告).
    `titles`: the article titles the page states (`_leading_title`); a short title line right under
    the menu looks like one more item, and the line that opens a stated title ends the run."""
    i, items, last = page.start, [], None
    cues: list[str] = []  # the furniture lines' text (a breadcrumb names the column)
    linked = False  # a links heading (相关链接) stood in the run: the names under it are its links
    while i < len(lines) and (labels[i] & (F.MENU | F.FURNITURE | F.RELATED | F.LISTED)
                              or linked and _link_name(lines, i)) \
            and not labels[i] & (F.PROSE | F.MARKER) and not _opens_title(lines[i].text, titles) \
            and not is_contents_line(lines[i].text) and not ATX_HEADING_RE.match(lines[i].text) \
            and not _titled_crumb(lines[i].text):  # 目录 本期要目: the document's own, never a menu item
        if labels[i] & (F.MENU | F.RELATED | F.LISTED) or linked:
            items.append(lines[i].text)
        else:
            cues.append(lines[i].text)
        linked = linked or bool(labels[i] & F.RELATED)
        last = i
        i = next_content(lines, i + 1)
    named = bool(items) and bool(cues) and all(any(item in cue for cue in cues) for item in items)
    if cues and not items and last is not None:  # 网站首页 | 新闻中心 | … / 当前位置：首页 > …: each line says what it is
        for k in range(page.start, last + 1):
            if lines[k].text:
                page.regions.append(Region(kind=RegionKind.BOILERPLATE, span=(lines[k].start, lines[k].end),
                                           label=furniture_label(lines[k].text)))
        page.start = next_content(lines, last + 1)
    elif (len(items) >= MENU_RUN or named) and last is not None:
        page.regions.append(Region(kind=RegionKind.BOILERPLATE, span=(lines[page.start].start, lines[last].end),
                                   label="navigation"))
        page.start = next_content(lines, last + 1)


# A Markdown ATX heading (# 请假, ## 考勤): the document's own heading, never a site menu's item, however short.
ATX_HEADING_RE: Final = re.compile(r"#{1,6}[ \t]")


def _link_name(lines: Sequence[Line], i: int) -> bool:
    """Line i is one more entry of a links box in the page's top menu (相关链接 / 中共中央统一战线工作部 /
    河南大学 / "河大统战"杂志): a name longer than a menu item, but no sentence and no document's title
    (no 《》), and not the line right over the page's stamp (发布时间：…), where the article's title stands."""
    s = lines[i].text
    return len(norm(s)) <= LINK_NAME_MAX and not _NOT_A_NAME_RE.search(s) and not over_stamp(lines, i)


def _titled_crumb(s: str) -> bool:
    """A breadcrumb run together with the article's title (当前位置：首页 > 公告 关于…的通知): the head
    reads it, cutting the trail off the title."""
    at = crumb_tail(s)
    return at is not None and len(norm(s[at:])) > LABEL_MAX and furniture_label(s) == "breadcrumb"


def _leading_title(hint: str) -> str:
    """What a page title holds before its first site separator, normalized: the article's title where
    sites put it first (标题_栏目_站名); "" when that part is too short to tell (a column or site name
    such as 新闻中心 can also be a menu item)."""
    first = norm(_SITE_SEP_RE.split(hint.strip(), maxsplit=1)[0])
    return first if len(HAN_RE.findall(first)) >= 5 else ""


def _opens_title(s: str, titles: tuple[str, ...]) -> bool:
    if not any(titles):
        return False  # a text file, or a page whose <title> states no article title
    line = norm(s)
    return len(line) >= 4 and any(title and title.startswith(line) for title in titles)


_ISSUING_RE: Final = re.compile(r"(?:关于)?(?:印发|转发|批转|公布)?$")


def _issued_by(prefix: str) -> bool:
    """Whether `prefix` (letters only) is an issuer, with the verb that hands the document on
    (某某市人民政府关于印发): what a page's <title> leaves out of a long title."""
    issuer = _ISSUING_RE.sub("", prefix, count=1)
    return bool(issuer) and is_office(issuer)


def find_evidence(lines: Sequence[Line], labels: Labels, start: int,
                  evidence: list[Evidence]) -> tuple[int, int, Evidence] | None:
    """The first lines (first, last) of the head that spell a title the page states, searched for each
    evidence in turn: the line(s) equal to it, or a line that is most of it (习近平：在…上的讲话 over
    在…上的讲话). Never below the article's prose: at most PROSE_ABOVE prose lines stand above it."""
    for ev in evidence:
        target = norm(ev.text)
        if len(target) < 4:
            continue
        i, seen, prose = next_content(lines, start), 0, 0
        while i < len(lines) and seen < EVIDENCE_WINDOW and prose <= PROSE_ABOVE:
            last = _spells(lines, i, target)
            if last is not None:
                return i, last, ev
            seen, prose = seen + 1, prose + bool(labels[i] & F.PROSE)
            i = next_content(lines, i + 1)
    return None


def _spells(lines: Sequence[Line], i: int, target: str) -> int | None:
    got, j = "", i
    for _ in range(3):  # a title split over up to three lines
        if j >= len(lines) or len(lines[j].text) > 2 * len(target) + 8:
            return None
        got += norm(lines[j].text)
        if got == target or (j == i and len(got) >= 0.6 * len(target) and target.endswith(got)):
            return j
        if j == i and got.endswith(target) and _issued_by(got[:-len(target)]):
            return j  # a stated title cut after its issuer: 某某市人民政府关于印发 + X规划的通知
        if not target.startswith(got) or not got:
            return None
        j = next_content(lines, j + 1)
    return None
