"""The document around the outline: title block, salutation, closing, and web-page furniture.

`find_envelope` reads the edges of a text (about 40 non-blank lines at each end, plus one cheap pass
over the short lines in between) and returns the title, who spoke where, and the `body` span in which
the outline is looked for. Rules follow the general shape of speeches and of the web pages they are
copied from; the cue words are data tables below.

Traditional characters: every rule reads `fold(text)`, in which each traditional character is
replaced by its simplified form one for one, so the cue tables hold simplified words only; title,
subtitle, speaker and occasion are cut from the original text at the same offsets and stay verbatim.
The genre is a category and so always simplified (講話 and 讲话 are both 讲话).

Coverage: the regions and `body` together cover the whole text, and whatever lies between them is
whitespace. Every region lies outside `body` except BOILERPLATE found between paragraphs (an advert
or download line pasted mid-text): such a region lies inside `body`, and the parser ignores markers
inside it. Regions never overlap each other and come in text order.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple

from .fold import fold
from .grammar import starts_with_marker
from .models import Region, RegionKind, Span
from .numerals import to_int

HEAD_LINES = 40  # non-blank lines read for the title block; a title never stands further in
TAIL_LINES = 40  # non-blank lines read backwards for trailing furniture
TITLE_MAX = 60  # a title line is short
SENTENCE_MIN = 24  # a line this long with a 。 is a sentence: one cue word does not make it furniture
MID_LINE_MAX = 100  # mid-body lines longer than this are never furniture (keeps the pass cheap)
FURNITURE_MAX = 400  # a longer line is body text run together (a speech pasted on one line), never furniture
ADVERT_LINE_MAX = 60  # lines of a membership advert block are short
RELATED_LINE_MAX = 16  # a "related articles" heading is a short line
CLOSING_WINDOW = 3  # the closing is at most this many paragraphs
HAN = "\u3400-\u4dbf\u4e00-\u9fff"

# ---------------------------------------------------------------- data tables

# Genre words a title ends with (surface form → genre); the regex tries longer forms first.
GENRES: dict[str, str] = {
    "讲话": "讲话", "讲话稿": "讲话", "讲话提纲": "讲话", "讲稿": "讲话",  # 讲稿: a speech text
    "重要讲话": "讲话", "动员讲话": "讲话", "总结讲话": "讲话", "主持讲话": "讲话",
    "发言": "发言", "发言稿": "发言", "发言材料": "发言", "交流发言": "发言", "表态发言": "发言",
    "典型发言": "发言",
    "研讨发言": "研讨发言", "研讨交流发言": "研讨发言",  # kept apart: study-session contributions
    "研讨材料": "研讨材料", "研讨交流材料": "研讨材料", "交流研讨材料": "研讨材料",
    "党课": "党课", "党课讲稿": "党课", "讲课": "讲课", "辅导讲座": "讲课",
    "报告": "报告", "工作报告": "报告", "辅导报告": "报告", "述职报告": "报告", "调研报告": "报告",
    "汇报": "汇报", "工作汇报": "汇报",
    "主持词": "主持词", "致辞": "致辞", "致词": "致辞", "贺词": "致辞", "开幕词": "致辞",
    "闭幕词": "致辞", "演讲": "演讲", "演讲稿": "演讲",
    "心得体会": "心得体会",  # essays: they end without a closing
    "实施方案": "方案", "工作方案": "方案", "方案": "方案",  # official documents
    "通知": "通知", "意见": "意见", "实施意见": "意见", "工作总结": "总结", "总结": "总结",
}
_GENRE_ALT = "|".join(sorted(map(re.escape, GENRES), key=len, reverse=True))
# Genres of something said at an occasion: only these take the "X在Y上的讲话" reading (a 通知 does not).
SPOKEN = frozenset({"讲话", "发言", "研讨发言", "研讨材料", "党课", "讲课", "报告", "主持词", "致辞",
                    "演讲", "汇报"})
# Endings of a post or title of address: "X专题党课：…" names a speaker only when X is a post or a name.
POST_SUFFIXES = (
    "书记", "部长", "主任", "局长", "厅长", "处长", "科长", "省长", "市长", "县长", "区长", "镇长",
    "乡长", "主席", "院长", "校长", "行长", "所长", "社长", "会长", "组长", "队长", "经理", "董事长",
    "秘书长", "理事长", "政委", "检察长", "委员", "常委", "负责人", "同志", "专员", "巡视员",
)
_NAME = rf"(?:[{HAN}](?:[ \u3000]*[{HAN}]){{1,2}}|[Xx×＊*某]{{2,3}})"  # 张三, 欧阳修, 张  三, XXX

# Web furniture cue words. A "strong" pattern marks a line even when it is a long sentence; a "short"
# pattern marks only a short line, so one cue word never throws away a line of speech.
STAMP_CUES = "作者|上传|来源|浏览|阅读|字数|发布|点击|编辑|责编|收藏|评论|栏目|分类"  # page stamps
ADVERT_STRONG = (  # membership and chat-group adverts: one is enough on a short line
    "禁止外传|仅供学习|仅供参考|仅供个人|[Qq]{2}群|会员群|微信群|交流群|加群|扫码|扫一扫|二维码|"
    "公众号|订阅|倒卖|客服|VIP|vip|开通会员|会员专享|充值|长按识别"
)
ADVERT_WEAK = "会员|举报|资料|免费|权益|独家|打击"  # at the edges two different ones make an advert line
RELATED = (  # a heading after which the page lists other articles, to the end of the text
    "相关范文推荐|相关文章推荐|相关范文|相关文章|相关推荐|相关阅读|推荐阅读|延伸阅读|猜你喜欢|"
    "热门推荐|热门文章|更多相关|往期推荐|往期回顾|精彩推荐|为你推荐|你可能感兴趣的"
)
_RELATED_RE = re.compile(rf"^[【\[]?(?:{RELATED})[】\]]?\s*[:：]?$")
_NUM_DATE = r"\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
_FURNITURE: tuple[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None], ...] = (
    # (label, pattern marking even a sentence line, pattern marking a short line)
    ("upload stamp",  # 2020-11-03 14:40:40 作者:会员上传 / 来源：XX网 发布时间：2024-01-05
     re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}"),
     re.compile(rf"\d{{4}}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}日?\s*\d{{1,2}}[:：]\d{{2}}"
                rf"|(?:{STAMP_CUES})\s*[:：].{{0,40}}(?:{STAMP_CUES})\s*[:：]"
                rf"|{_NUM_DATE}.{{0,40}}(?:{STAMP_CUES})|(?:{STAMP_CUES}).{{0,40}}{_NUM_DATE}")),
    ("site blurb",  # 简介:XX文库小编为你整理了这篇《…》
     re.compile(r"^(?:内容)?(?:简介|摘要|导读|提要)\s*[:：].*(?:小编|为你|为您|文库|范文|这篇)"
                r"|小编(?:为你|为您|精心|帮你)?(?:整理|收集|推荐)"),
     None),
    ("download notice",  # 下载《…》word格式文档 / 点此处下载文档 / 文档为doc格式
     re.compile(r"下载.{0,80}?(?i:word|docx?|pdf|wps)|点击?(?:此处|这里)?下载|文档为\s*\w{0,5}\s*格式"
                r"|请勿使用迅雷|下载到(?:自己|本地)?的?电脑|下载本文|免费下载|下载地址"),
     re.compile(r"下载.{0,20}(?:文档|全文|原文|附件)")),
    ("copyright notice",  # 声明:本文内容由互联网用户… / 版权所有 / 如有侵权请联系删除
     re.compile(r"^(?:免责|版权|特别)?声明\s*[:：]|版权所有|(?i:all rights reserved)|©"
                r"|本(?:网)?站.{0,40}(?:侵权|删除|版权|所有权)|侵权(?:必究|请联系|联系删除)|联系删除"),
     re.compile(r"版权|侵权|转载请注明")),
    ("advert", None, re.compile(ADVERT_STRONG)),
    ("link or e-mail", None, re.compile(r"https?://|www\.|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("page number", None,  # 第 3 页 共 9 页 / - 3 -
     re.compile(r"^(?:第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|[-－—–]\s*\d{1,3}\s*[-－—–])$")),
    ("breadcrumb", None, re.compile(r"^(?:首页|当前位置|您的位置|位置)\s*[:：>›»]|(?:\s[>›»]\s*[^>›»]{1,16}){2,}$")),
    ("related articles", None, _RELATED_RE),
    ("source line", None,  # 来源：XX组工 / 责任编辑：XX / 审核：XX under an article (作者： is a byline)
     re.compile(r"^(?:来源|出处|编辑|责编|责任编辑|审核|审校|校对|供稿|排版|美编|摄影|图片|出品|监制)\s*[:：|丨]")),
    ("end mark", None, re.compile(r"^[（(【\[]?(?:完|全文完|(?i:end))[）)】\]]?$")),  # （完）
)
# Between paragraphs only these short-line labels apply: elsewhere (版权, 公众号, 相关文章) a short
# unnumbered heading of the speech could carry the cue word.
MID_BODY_LABELS = frozenset({"upload stamp", "download notice", "link or e-mail", "page number"})
# A site's category label over the real title (领导讲话, 党课讲稿): a title this short gives way to a
# following "X在Y上的…" title.
CATEGORY_MAX = 8
_ADVERT_STRONG_RE = re.compile(ADVERT_STRONG)
_ADVERT_ANY_RE = re.compile(f"{ADVERT_STRONG}|{ADVERT_WEAK}")
_BRACKET_LINE_RE = re.compile(r"^【[^】]{1,20}】$")  # 【打击…活动】: an advert tag at the top of a page

_SALUTATION_RE = re.compile(  # 同志们： 各位领导、同志们： 尊敬的…： 各县（市、区）人民政府： 大家好！
    r"^(?:(?:尊敬的|亲爱的|各位|同志们|同事们|女士们|先生们|朋友们|老师们|同学们|"
    r"各(?:县|市|区|乡|镇|省|自治区|盟|旗|部门|单位|有关单位|成员单位|处室|科室|直属))"
    r"[^。！？!?]{0,60}[：:](?:\s*(?:大家|同志们)好[！!。]?)?"
    r"|(?:各位)?(?:大家|同志们|朋友们|同学们)(?:上午|下午|晚上)?好[！!。，,]?)$"
)
_SUBTITLE_RE = re.compile(r"^(?:——|--|－－|—|―)\s*(?=\S)")  # ——在…上的讲话
_DATE = (r"(?P<y>(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年(?:\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})"
         r"\s*月(?:\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?)?")
_DATE_RE = re.compile(f"{_DATE}|(?P<ny>(?:19|20)\\d{{2}})[-./](?P<nm>\\d{{1,2}})[-./](?P<nd>\\d{{1,2}})")
_POST_NAME_RE = re.compile(  # 市委书记 张三 / XX市委书记 XXX
    rf"^(?P<post>[{HAN}（）()、·\w]{{0,24}}?(?:{'|'.join(POST_SUFFIXES)}))[ \u3000]*(?P<name>{_NAME})$")
_LABELLED_NAME_RE = re.compile(r"^(?:主讲人|发言人|报告人|讲话人|主讲|作者|撰稿人?)\s*[:：]\s*(?P<name>\S{2,20})$")
_NOTE_RE = re.compile(r"^[（(][^（()）]{1,20}[）)]$")  # （根据录音整理） （摘要）: an editor's note under the title
_NAME_RE = re.compile(rf"^{_NAME}$")
_AT_OCCASION_RE = re.compile(  # X在Y上的讲话: speaker X (may be empty), occasion Y
    rf"^(?P<speaker>[^在]{{0,40}}?)在(?P<occasion>.{{2,80}}?)(?:上|时|中|期间|之际)?的\s*(?P<genre>{_GENRE_ALT})"
    rf"(?P<rest>[^{HAN}].*)?$")
_AT_RE = re.compile(  # ——2024年1月10日在XX会议上: the occasion a subtitle names without a genre
    rf"在(?P<occasion>.{{2,80}}?)(?:上|时|中|期间|之际)(?:的\s*(?:{_GENRE_ALT}))?$")
_THEMED_RE = re.compile(  # X专题党课：主题 / X专题研讨材料：主题
    rf"^(?P<who>.{{0,40}}?)(?:专题)?(?P<genre>{_GENRE_ALT})\s*[：:]\s*(?P<theme>.+)$")
_ENDS_GENRE_RE = re.compile(rf"(?P<genre>{_GENRE_ALT})\s*(?:[（(][^（()）]{{0,20}}[）)])?$")
_YEAR_PREFIX_RE = re.compile(r"^(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年度?")
_COMRADES_RE = re.compile(r"^(?:同志们|同事们|朋友们|各位代表|各位委员|各位同仁)[，,！!]")  # opens a closing
_THANKS_RE = re.compile(r"^(?:谢谢大家|谢谢各位|谢谢)[！!。.]?$")
_LET_US_RE = re.compile(r"^让我们.{0,200}[！!]$")
_HAN_RE = re.compile(f"[{HAN}]")
_ELLIPSES = ("...", "…", "。。。", "･･･")
_CN_YEAR_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
_Pair = tuple[str, str]  # a string of the head as the rules read it (folded) and verbatim: same length


# ---------------------------------------------------------------- the result


@dataclass(frozen=True)
class Envelope:
    title: str | None  # lines of a split title joined with one space; a teaser's title part
    subtitle: str | None
    speaker: str | None  # 市委书记 from 市委书记在全市组织工作会议上的讲话
    occasion: str | None  # 全市组织工作会议
    genre: str | None  # 讲话 发言 党课 研讨材料 报告 …: a category, simplified even for a traditional text
    date: str | None  # ISO date the title or a byline states (never a web upload stamp)
    regions: tuple[Region, ...]  # in text order, non-overlapping
    body: tuple[int, int]  # where the outline is looked for


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the first non-space character (the line start when blank)
    end: int  # offset after the last non-space character
    text: str  # the folded line (simplified) without surrounding whitespace; "" when blank


@dataclass
class _Head:
    regions: list[Region] = field(default_factory=list)
    title: str | None = None  # folded; what the rules compare
    title_spans: list[Span] = field(default_factory=list)  # where its parts stand: the verbatim title
    title_region: int | None = None  # index in regions of the line that gave the title text
    title_lines: int = 0
    subtitle: str | None = None  # folded
    subtitle_spans: list[Span] = field(default_factory=list)
    bylines: list[_Line] = field(default_factory=list)
    last: RegionKind | None = None
    saluted: bool = False
    advert: frozenset[int] = frozenset()  # line indexes of the advert block at the top

    def add(self, kind: RegionKind, start: int, end: int, label: str | None = None) -> None:
        if end > start:
            self.regions.append(Region(kind=kind, span=(start, end), label=label))
        self.last = kind

    def demote_title(self, label: str) -> None:
        """The line that gave the title was furniture after all (a stray copy, a site category)."""
        if self.title_region is not None:
            earlier = self.regions[self.title_region].span
            self.regions[self.title_region] = Region(kind=RegionKind.BOILERPLATE, span=earlier, label=label)

    def set_title(self, text: str, line: _Line, end: int | None = None) -> None:
        end = line.end if end is None else end
        self.title, self.title_region, self.title_spans = text, len(self.regions), [(line.start, end)]
        self.add(RegionKind.TITLE, line.start, end)

    def extend_title(self, line: _Line) -> None:
        """The title's next line: joined with one space."""
        self.title = f"{self.title} {line.text}"
        self.title_spans.append((line.start, line.end))
        self.title_lines += 1
        self.add(RegionKind.TITLE, line.start, line.end)

    def set_subtitle(self, text: str, start: int, end: int) -> None:
        self.subtitle, self.subtitle_spans = text, [(start, end)]


def find_envelope(text: str) -> Envelope:
    """The title block, salutation, closing and furniture of `text`, and the body span between them."""
    lines = _split_lines(fold(text))  # rules read simplified characters; offsets are the same
    head, first = _read_head(lines)
    tail, stop = _read_tail(lines, first, head.title)
    closing = _find_closing(lines, first, stop)
    body_stop = stop if closing is None else closing
    regions = [*head.regions, *_mid_furniture(lines, first, body_stop), *tail]
    if closing is not None:
        end = lines[_prev_content(lines, stop)].end
        regions.append(Region(kind=RegionKind.CLOSING, span=(lines[closing].start, end)))
    regions.sort(key=lambda r: r.span)
    title = _verbatim(head.title, head.title_spans, text)
    subtitle = _verbatim(head.subtitle, head.subtitle_spans, text)
    bylines = [(b.text, text[b.start:b.end]) for b in head.bylines]
    speaker, occasion, genre, theme = _read_title(title, subtitle)
    return Envelope(
        title=title[1] if title else None, subtitle=subtitle[1] if subtitle else theme,
        speaker=speaker or _byline_speaker(bylines), occasion=occasion, genre=genre,
        date=_find_date([*(b.text for b in head.bylines), head.subtitle or "", head.title or ""]),
        regions=tuple(regions), body=_body_span(lines, first, body_stop, head.regions))


# ---------------------------------------------------------------- lines


def _verbatim(folded: str | None, spans: list[Span], text: str) -> _Pair | None:
    """A folded string of the head with the same characters from the original text, parts joined alike."""
    return None if folded is None else (folded, " ".join(text[a:b] for a, b in spans))


def _split_lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        start = pos + len(raw) - len(raw.lstrip()) if stripped else pos
        lines.append(_Line(start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return lines


def _next_content(lines: list[_Line], i: int) -> int:
    """The first non-blank line at or after i, or len(lines)."""
    while i < len(lines) and not lines[i].text:
        i += 1
    return i


def _prev_content(lines: list[_Line], i: int) -> int:
    """The last non-blank line before i, or -1."""
    i -= 1
    while i >= 0 and not lines[i].text:
        i -= 1
    return i


def _body_span(lines: list[_Line], first: int, stop: int, head: list[Region]) -> tuple[int, int]:
    last = _prev_content(lines, stop)
    if first < len(lines) and last >= first:
        return lines[first].start, lines[last].end
    at = max((r.span[1] for r in head), default=0)
    return at, at


def _norm(s: str) -> str:
    """Letters and digits only, width folded: how two renderings of one title compare."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", s) if unicodedata.category(ch)[0] in "LN")


def _is_title_line(s: str) -> bool:
    """Short, no full stop, no trailing comma or colon, not numbered, not a date: it may be a title."""
    return (0 < len(s) <= TITLE_MAX and "。" not in s and s[-1] not in "，,、；;：:"
            and len(_HAN_RE.findall(s)) >= 4 and not starts_with_marker(s) and not _is_date_line(s))


def _is_date_line(s: str) -> bool:
    """（2024年2月20日）, 2024年2月20日, （2024年2月20日，根据录音整理）: a dateline, not a title."""
    m = _DATE_RE.search(s) if len(s) <= 40 else None
    if m is None:
        return False
    if s[0] in "（(" and s[-1] in "）)":
        return True
    return not _HAN_RE.search(s[: m.start()] + s[m.end():])


# ---------------------------------------------------------------- furniture


def _furniture_label(s: str, edge: bool = True, title: str | None = None) -> str | None:
    """Why a line is web furniture, or None. `edge`: at the top or bottom, where cues count more."""
    if not s or len(s) > FURNITURE_MAX or starts_with_marker(s):
        return None
    if not any(ch.isalnum() for ch in s):
        return "separator"
    sentence = "。" in s and len(s) > SENTENCE_MIN
    for label, strong, short in _FURNITURE:
        if strong is not None and strong.search(s):
            return label
        if short is not None and not sentence and (edge or label in MID_BODY_LABELS) and short.search(s):
            return label
    if not sentence and len(set(_ADVERT_ANY_RE.findall(s))) >= 2 and (edge or _ADVERT_STRONG_RE.search(s)):
        return "advert"
    if title and not sentence and "《" in s and len(_norm(title)) >= 4 and _norm(title) in _norm(s):
        return "repeated title"
    return None


def _is_advert_line(s: str) -> bool:
    return bool(_ADVERT_STRONG_RE.search(s) or _BRACKET_LINE_RE.match(s)
                or len(set(_ADVERT_ANY_RE.findall(s))) >= 2)


def _advert_block(lines: list[_Line]) -> frozenset[int]:
    """A block of short advert lines at the top: its cue lines and the lines between them."""
    run: list[int] = []
    cues: list[int] = []
    i = _next_content(lines, 0)
    while i < len(lines) and len(run) < HEAD_LINES:
        s = lines[i].text
        advert = _is_advert_line(s)
        if len(s) > ADVERT_LINE_MAX or "。" in s or _SALUTATION_RE.match(s) or starts_with_marker(s):
            break
        if not advert and _ENDS_GENRE_RE.search(s):  # a title ends the block
            break
        run.append(i)
        if advert:
            cues.append(i)
        i = _next_content(lines, i + 1)
    return frozenset(j for j in run if cues and cues[0] <= j <= cues[-1])


def _mid_furniture(lines: list[_Line], first: int, stop: int) -> list[Region]:
    """Furniture pasted between the body's paragraphs (kept inside the body span)."""
    found = []
    for line in lines[first:stop]:
        if line.text and len(line.text) <= MID_LINE_MAX:
            label = _furniture_label(line.text, edge=False)
            if label:
                found.append(Region(kind=RegionKind.BOILERPLATE, span=(line.start, line.end), label=label))
    return found


# ---------------------------------------------------------------- the head: title block and salutation


def _read_head(lines: list[_Line]) -> tuple[_Head, int]:
    """The title block's regions and facts, and the index of the body's first line."""
    head = _Head(advert=_advert_block(lines))
    i, seen = _next_content(lines, 0), 0
    while i < len(lines) and seen < HEAD_LINES and _take_head_line(lines, i, head):
        seen += 1
        i = _next_content(lines, i + 1)
    return head, i


def _take_head_line(lines: list[_Line], i: int, head: _Head) -> bool:
    """Class line i into the title block; False when it is the body's first line."""
    line = lines[i]
    if head.saluted:  # after 同志们： only another greeting line (大家好！) is not body yet
        return _take_salutation(line, head)
    label = _furniture_label(line.text, title=head.title)
    if i in head.advert or label:
        head.add(RegionKind.BOILERPLATE, line.start, line.end, label or "advert")
        return True
    if _take_salutation(line, head) or _take_byline(line, head):
        return True
    if head.title is None:
        return _take_title(lines, i, head)
    return _take_title_sequel(lines, i, head)


def _take_salutation(line: _Line, head: _Head) -> bool:
    if len(line.text) > TITLE_MAX or not _SALUTATION_RE.match(line.text):
        return False
    head.add(RegionKind.SALUTATION, line.start, line.end)
    head.saluted = True
    return True


def _take_byline(line: _Line, head: _Head) -> bool:
    """A ——subtitle, a dateline or a speaker line under the title."""
    s = line.text
    dash = _SUBTITLE_RE.match(s)
    if dash and len(s) <= 2 * TITLE_MAX and "。" not in s and _HAN_RE.search(s):
        if head.subtitle is None:  # the line is stripped and the dash pattern ends before a non-space
            head.set_subtitle(s[dash.end():], line.start + dash.end(), line.end)
        head.add(RegionKind.SUBTITLE, line.start, line.end)
        return True
    if _is_byline(s, after_title=head.title is not None):
        head.bylines.append(line)
        head.add(RegionKind.BYLINE, line.start, line.end)
        return True
    return False


def _is_byline(s: str, after_title: bool) -> bool:
    if len(s) > 40:
        return False
    if _is_date_line(s) or _LABELLED_NAME_RE.match(s):
        return True
    if not after_title:  # a bare name or a note is a byline only under a title
        return False
    if _NOTE_RE.match(s):
        return True
    spaced = " " in s or "\u3000" in s
    return bool(_NAME_RE.match(s) or (_POST_NAME_RE.match(s) and (spaced or len(s) <= 12)))


def _take_title(lines: list[_Line], i: int, head: _Head) -> bool:
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
    if not _is_title_line(line.text):
        return False  # the text opens with its body: no title, and never the first sentence
    head.set_title(line.text, line)
    head.title_lines = 1
    return True


def _teaser_split(lines: list[_Line], i: int) -> int | None:
    """Where a teaser line's repeated opening starts: the longest prefix of a next line found in it."""
    teaser = lines[i].text
    ellipsis = teaser.endswith(_ELLIPSES)
    if not ellipsis and len(teaser) <= TITLE_MAX:
        return None
    j = i
    for _ in range(2):  # the opening may be the next line or the one after (同志们： then the text)
        j = _next_content(lines, j + 1)
        if j >= len(lines):
            return None
        nxt = lines[j].text
        shortest = min(len(nxt), 4) if ellipsis else 16
        for k in range(min(len(nxt), 40), shortest - 1, -1):
            pos = teaser.find(nxt[:k], 1, TITLE_MAX + k)
            if pos > 0:  # without …, paragraphs may share a stock opening: a title must precede it
                return pos if ellipsis or _is_title_line(teaser[:pos].rstrip()) else None
    return None


def _take_title_sequel(lines: list[_Line], i: int, head: _Head) -> bool:
    """A line after the title: a repeat of it, its second half, or a subtitle; else the body starts."""
    line, title = lines[i], head.title or ""
    if not _is_title_line(line.text):
        return False
    new, old = _norm(line.text), _norm(title)
    if new and new in old:
        _take_repeat(line, head, new, old)
    elif old and _is_stray_copy(new, old):
        head.add(RegionKind.BOILERPLATE, line.start, line.end, "repeated title")
    elif old and old in new:  # the whole title after a part of it
        head.set_title(line.text, line)
    elif len(title) <= CATEGORY_MAX and head.title_lines == 1 and _AT_OCCASION_RE.match(line.text):
        head.demote_title("site category")
        head.set_title(line.text, line)
    elif head.last is RegionKind.TITLE and _continues_title(lines, i, head):
        head.extend_title(line)
    elif head.subtitle is None and _ENDS_GENRE_RE.search(title) and _block_continues(lines, i, False):
        head.set_subtitle(line.text, line.start, line.end)
        head.add(RegionKind.SUBTITLE, line.start, line.end)
    else:
        return False
    return True


def _take_repeat(line: _Line, head: _Head, new: str, old: str) -> None:
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
        return not _HAN_RE.search(longer[len(shorter):])
    return longer.endswith(shorter) and not _HAN_RE.search(longer[:extra])


def _continues_title(lines: list[_Line], i: int, head: _Head) -> bool:
    """A title-shaped line after an unfinished title is its second line if the block goes on after it."""
    title, s = head.title or "", lines[i].text
    if head.title_lines >= 3 or _ENDS_GENRE_RE.search(title) or len(title) + len(s) > 2 * TITLE_MAX:
        return False
    return bool(_ENDS_GENRE_RE.search(s)) or _block_continues(lines, i, True)


def _block_continues(lines: list[_Line], i: int, numbered_body: bool) -> bool:
    """The next line still belongs to the title block (or, if `numbered_body`, opens numbered text)."""
    j = _next_content(lines, i + 1)
    if j >= len(lines):
        return True
    s = lines[j].text
    return bool(_SALUTATION_RE.match(s) or _SUBTITLE_RE.match(s) or _is_byline(s, True)
                or _furniture_label(s) or (numbered_body and starts_with_marker(s)))


# ---------------------------------------------------------------- the tail: furniture and closing


def _read_tail(lines: list[_Line], first: int, title: str | None) -> tuple[list[Region], int]:
    """Trailing furniture, and the index just past the last line the body may take."""
    regions: list[Region] = []
    stop = len(lines)
    related = _find_related(lines, first)
    if related is not None:
        end = lines[_prev_content(lines, len(lines))].end
        regions.append(Region(kind=RegionKind.BOILERPLATE, span=(lines[related].start, end),
                              label="related articles"))
        stop = related
    i, seen = _prev_content(lines, stop), 0
    while i >= first and seen < TAIL_LINES:
        label = _furniture_label(lines[i].text, title=title) or _repeats_title(lines[i].text, title)
        if label is None:
            break
        regions.append(Region(kind=RegionKind.BOILERPLATE, span=(lines[i].start, lines[i].end), label=label))
        stop, seen = i, seen + 1
        i = _prev_content(lines, i)
    return regions, stop


def _find_related(lines: list[_Line], first: int) -> int | None:
    """A 相关文章 / 推荐阅读 heading line: it and everything after it are the page's, not the speech's."""
    for i in range(first, len(lines)):
        s = lines[i].text
        if s and len(s) <= RELATED_LINE_MAX and _RELATED_RE.match(s):
            return i
    return None


def _repeats_title(s: str, title: str | None) -> str | None:
    """A short line that is the title again (a file name, a footer)."""
    if not title or "。" in s or len(s) > len(title) + 24:
        return None
    old = _norm(title)
    return "repeated title" if len(old) >= 4 and old in _norm(s) else None


def _find_closing(lines: list[_Line], first: int, stop: int) -> int | None:
    """The first line of the closing: 同志们，… / 让我们…！ / 谢谢大家！ among the last paragraphs."""
    last = _prev_content(lines, stop)
    if last <= first:
        return None
    start, k = None, last
    if _THANKS_RE.match(lines[k].text):
        start, k = k, _prev_content(lines, k)
    j = k
    for _ in range(CLOSING_WINDOW):
        if j <= first or starts_with_marker(lines[j].text):
            break
        if _COMRADES_RE.match(lines[j].text):
            return j
        j = _prev_content(lines, j)
    if k > first and _LET_US_RE.match(lines[k].text):
        return k
    return start


# ---------------------------------------------------------------- facts from the title


def _read_title(title: _Pair | None, subtitle: _Pair | None) -> tuple[str | None, str | None, str | None, str | None]:
    """(speaker, occasion, genre, theme) from the title, or from a ——subtitle when the title names no genre.

    Read on the folded strings; speaker, occasion and theme are cut from the verbatim ones.
    """
    source, below = title or ("", ""), subtitle or ("", "")
    facts = _title_facts(source[0])
    if facts.genre is None and below[0]:
        source, facts = below, _title_facts(below[0])
    occasion = _cut(source[1], facts.occasion)
    at = _AT_RE.search(below[0]) if below[0] and facts.occasion is None else None
    if at:  # 政府工作报告 / ——在XX会议上
        occasion = _cut(below[1], _strip_span(below[0], at.span("occasion")))
    return _cut(source[1], facts.speaker), occasion, facts.genre, _cut(source[1], facts.theme)


class _Facts(NamedTuple):
    """What a title says, as spans in it so that the verbatim text can be cut at the same place."""

    speaker: Span | None
    occasion: Span | None
    genre: str | None
    theme: Span | None


def _title_facts(t: str) -> _Facts:
    m = _AT_OCCASION_RE.match(t)
    if m and GENRES[m["genre"]] in SPOKEN and not m["speaker"].endswith("关于"):
        occasion = _strip_span(t, m.span("occasion"))
        return _Facts(_who(t, m.span("speaker")), occasion if occasion[1] > occasion[0] else None,
                      GENRES[m["genre"]], None)
    m = _THEMED_RE.match(t)
    if m:
        who = _who(t, m.span("who"))
        named = who and (t[who[0]:who[1]].endswith(POST_SUFFIXES) or _NAME_RE.match(t[who[0]:who[1]]))
        return _Facts(who if named else None, None, GENRES[m["genre"]], _strip_span(t, m.span("theme")))
    m = _ENDS_GENRE_RE.search(t)
    return _Facts(None, None, GENRES[m["genre"]] if m else None, None)


def _who(t: str, span: Span) -> Span | None:
    """The speaker part of a title without a leading year and trailing punctuation."""
    start, end = _strip_span(t, span)
    year = _YEAR_PREFIX_RE.match(t[start:end])
    start, end = _strip_span(t, (start + (year.end() if year else 0), end), " \u3000：:，,、—-")
    s = t[start:end]
    return (start, end) if _HAN_RE.search(s) or _NAME_RE.match(s) else None


def _strip_span(t: str, span: Span, chars: str | None = None) -> Span:
    """`span` narrowed as str.strip(chars) would narrow t[span]."""
    start, end = span
    piece = t[start:end]
    kept = piece.strip(chars)
    if not kept:
        return start, start
    start += len(piece) - len(piece.lstrip(chars))
    return start, start + len(kept)


def _cut(verbatim: str, span: Span | None) -> str | None:
    return verbatim[span[0]:span[1]] if span is not None else None


def _byline_speaker(bylines: list[_Pair]) -> str | None:
    for s, verbatim in bylines:
        m = _LABELLED_NAME_RE.match(s)
        if m:
            return verbatim[m.start("name"):m.end("name")]
        if not _is_date_line(s) and not _NOTE_RE.match(s):
            return " ".join(verbatim.split())  # fold keeps whitespace, so the words are the folded ones
    return None


def _find_date(texts: list[str]) -> str | None:
    """The most precise date stated in the bylines, the subtitle or the title (first wins a tie)."""
    best, best_parts = None, 0
    for t in texts:
        for m in _DATE_RE.finditer(t):
            iso = _iso(m)
            if iso and iso.count("-") + 1 > best_parts:
                best, best_parts = iso, iso.count("-") + 1
    return best


def _iso(m: re.Match[str]) -> str | None:
    year = (m["y"] or m["ny"]).translate(_CN_YEAR_DIGITS)
    month, day = (m["m"], m["d"]) if m["y"] else (m["nm"], m["nd"])
    parts = [year]
    for value, top in ((month, 12), (day, 31)):
        number = to_int(value) if value else None
        if number is None or not 1 <= number <= top:
            break
        parts.append(f"{number:02d}")
    return "-".join(parts)
