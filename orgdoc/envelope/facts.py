"""What the title block says: speaker, occasion, genre and date, read from the title, subtitle and bylines.

The genre words, posts and names, office names, date and byline shapes are data tables and patterns
here; the head reader uses the same patterns to tell a byline or a title's end. Facts are read on folded
strings and cut from the verbatim ones at the same offsets; the genre is a category and so always
simplified. A year after a range dash (（2024—2026年）) is the end of a period and gives no date.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from orgdoc.models import Span
from orgdoc.numerals import to_int

from .lines import HAN, HAN_RE, Pair

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
    "办法": "办法", "管理办法": "办法", "评审办法": "办法", "实施细则": "细则", "细则": "细则", "规定": "规定",
    "条例": "条例", "章程": "章程", "纲要": "纲要", "规划纲要": "纲要", "公报": "公报", "统计公报": "公报",
    "纪要": "纪要", "会议纪要": "纪要", "座谈会纪要": "纪要", "决定": "决定",
    # replies and letters (国务院办公厅对…第4626号提案的答复, …的复函): a title split over lines ends with them
    "答复": "答复", "复函": "函", "函": "函", "批复": "批复", "决议": "决议", "请示": "请示",
    "通告": "通告", "公告": "公告", "通报": "通报", "指导意见": "意见",
}
_GENRE_ALT = "|".join(sorted(map(re.escape, GENRES), key=len, reverse=True))
# Genres of something said at an occasion: only these take the "X在Y上的讲话" reading (a 通知 does not).
SPOKEN: Final = frozenset({"讲话", "发言", "研讨发言", "研讨材料", "党课", "讲课", "报告", "主持词", "致辞",
                    "演讲", "汇报"})
# Endings of a post or title of address: "X专题党课：…" names a speaker only when X is a post or a name.
POST_SUFFIXES: Final = (
    "书记", "部长", "主任", "局长", "厅长", "处长", "科长", "省长", "市长", "县长", "区长", "镇长",
    "乡长", "主席", "院长", "校长", "行长", "所长", "社长", "会长", "组长", "队长", "经理", "董事长",
    "秘书长", "理事长", "政委", "检察长", "委员", "常委", "负责人", "同志", "专员", "巡视员",
    "总裁", "总监",  # a company's posts (个险分管副总裁 孙某某)
)
OFFICE_LINE_MAX: Final = 30  # an issuing office's name is short
# Endings of an issuing body's name (longest first in the regex).
OFFICE_SUFFIXES: Final = (
    "办公室", "办公厅", "委员会", "人民政府", "政府", "党委", "党组", "党工委", "工委", "纪委", "监委",
    "调研组", "课题组", "工作组", "调查组", "督导组", "写作组", "中心组", "领导小组", "小组", "指挥部",
    "局", "厅", "部", "委", "办", "院", "处", "科", "室", "所", "站", "中心", "公司", "集团", "协会", "学会",
    "联合会", "工会", "支部", "总支", "团委", "妇联", "法院", "检察院",
)
# A word that places an office in the state or party hierarchy or names a firm: an office name holds one,
# a slogan (守正创新开新局) does not.
OFFICE_HEADS: Final = ("省", "市", "县", "区", "州", "盟", "旗", "镇", "乡", "街道", "村", "中共", "中国", "国家",
                "党委", "党组", "集团", "公司", "政府",
                # the central bodies name no place: 国务院办公厅, 教育部, 工业和信息化部
                "国务院", "中央", "全国人大", "全国政协", "最高人民", "外交部", "国防部", "教育部", "科学技术部",
                "科技部", "工业和信息化部", "公安部", "民政部", "司法部", "财政部", "人力资源和社会保障部",
                "人力资源社会保障部", "自然资源部", "生态环境部", "住房和城乡建设部", "住房城乡建设部", "交通运输部",
                "水利部", "农业农村部", "商务部", "文化和旅游部", "退役军人事务部", "应急管理部", "人民银行")
OFFICE_CHARS: Final = f"{HAN}（）()、·Xx×"  # XX市委组织部: a place left out
_OFFICE_ALT = "|".join(sorted(OFFICE_SUFFIXES, key=len, reverse=True))
_OFFICE_RE = re.compile(rf"^[{OFFICE_CHARS}]{{2,{OFFICE_LINE_MAX}}}?(?:{_OFFICE_ALT})$")
_NAME = (rf"(?:[{HAN}](?:[ \u3000]*[{HAN}]){{1,2}}|[{HAN}][ \u3000]*[Xx×＊*○〇]{{1,2}}"  # 张三, 张  三, 张XX
         rf"|[Xx×＊*某]{{2,3}})")  # XXX: a name left out

# A year after a range dash (2024—2026年) ends a period, not a date: the lookbehinds skip it.
_RANGE = "—–\\-~～至到"
# A year in Chinese numerals, its zero typed as 〇, ○ or 零, or as a look-alike typists use in its place:
# the digit 0 or the letter O (二0二五年, 二O二五年), half or full width.
_CN_YEAR = "[一二][〇○零0０OＯ一二三四五六七八九]{3}"
_DATE = (rf"(?<![{_RANGE}])(?<![{_RANGE}]\s)"
         rf"(?P<y>(?:19|20)\d{{2}}|{_CN_YEAR})\s*年(?:\s*(?P<m>\d{{1,2}}|[一二三四五六七八九十]{{1,2}})"
         r"\s*月(?:\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?)?")
_DATE_RE = re.compile(f"{_DATE}|(?P<ny>(?:19|20)\\d{{2}})[-./](?P<nm>\\d{{1,2}})[-./](?P<nd>\\d{{1,2}})")
POST_NAME_RE: Final = re.compile(  # 市委书记 张三 / XX市委书记 XXX
    rf"^(?P<post>[{HAN}（）()、·\w]{{0,24}}?(?:{'|'.join(POST_SUFFIXES)}))[ \u3000]*(?P<name>{_NAME})$")
LABELLED_NAME_RE: Final = re.compile(r"^(?:主讲人|发言人|报告人|讲话人|述职人|主讲|作者|撰稿人?)\s*[:：]\s*(?P<name>\S{2,20})$")
# A news post's credit line: roles with their names, an outlet before the first (南开新闻网记者 张三 通讯员 李四,
# 记者 张三 摄影 李四): a byline wherever it stands, never the title, and no speaker.
_CREDIT_ROLES = "记者|通讯员|特约记者|实习记者|实习生|摄影|摄像|编辑|责任编辑|撰稿|供稿"
# The roles may stand in brackets after the outlet, in Markdown bold or not (**南开新闻网讯**（记者 张三）), the
# bracket left open where the source broke the line inside it (**南开** **新闻网讯** （记者 张三⏎⏎摄影报道）…).
CREDIT_RE: Final = re.compile(
    rf"^(?:\**[{HAN}][{HAN} \u3000*]{{0,20}}[（(])?"
    rf"(?:[{HAN}]{{0,8}}?(?:{_CREDIT_ROLES})(?:[ \u3000]*[:：])?[ \u3000]+[{HAN}]{{2,4}}(?:[ \u3000、，,]+[{HAN}]{{2,4}})*"
    rf"[ \u3000]*)+[）)]?$")
# （根据录音整理） （摘要）: an editor's note under the title
NOTE_RE: Final = re.compile(r"^[（(][^（()）]{1,20}[）)]$")
NAME_RE: Final = re.compile(rf"^{_NAME}$")
AT_OCCASION_RE: Final = re.compile(  # X在Y上的讲话: speaker X (may be empty), occasion Y
    rf"^(?P<speaker>[^在]{{0,40}}?)在(?P<occasion>.{{2,80}}?)(?:上|时|中|期间|之际)?的\s*(?P<genre>{_GENRE_ALT})"
    rf"(?P<rest>[^{HAN}].*)?$")
_AT_RE = re.compile(  # ——2024年1月10日在XX会议上: the occasion a subtitle names without a genre
    rf"在(?P<occasion>.{{2,80}}?)(?:上|时|中|期间|之际)(?:的\s*(?:{_GENRE_ALT}))?$")
_THEMED_RE = re.compile(  # X专题党课：主题 / X专题研讨材料：主题
    rf"^(?P<who>.{{0,40}}?)(?:专题)?(?P<genre>{_GENRE_ALT})\s*[：:]\s*(?P<theme>.+)$")
ENDS_GENRE_RE: Final = re.compile(rf"(?P<genre>{_GENRE_ALT})\s*(?:[（(][^（()）]{{0,20}}[）)])?$")
_YEAR_PREFIX_RE = re.compile(rf"^(?:(?:19|20)\d{{2}}|{_CN_YEAR})\s*年度?")
_CN_YEAR_DIGITS = str.maketrans("〇○零0０OＯ一二三四五六七八九", "0000000123456789")


# a bracketed note under a title (promulgation, adoption, revisions): its length at most
NOTE_LINE_MAX: Final = 160


def is_date_line(s: str) -> bool:
    """（2024年2月20日）, 2024年2月20日, （2024年2月20日，根据录音整理）: a dateline, not a title. A
    bracketed line that opens with its date is one at any length: a regulation's promulgation note
    (（2010年1月19日环境保护部令第8号公布　自2010年3月1日起施行）)."""
    bracketed = s[:1] in ("（", "(") and s[-1:] in ("）", ")")
    m = _DATE_RE.search(s) if len(s) <= 40 or (bracketed and len(s) <= NOTE_LINE_MAX) else None
    if m is None:
        return False
    if bracketed and (len(s) <= 40 or not s[1 : m.start()].strip()):
        return True
    if len(s) > 40:
        return False
    return not HAN_RE.search(s[: m.start()] + s[m.end():])


def is_office(s: str) -> bool:
    """中共XX市委组织部, 临江市人民政府办公室, 市委农办调研组: the name of an issuing body."""
    return bool(len(s) <= OFFICE_LINE_MAX and _OFFICE_RE.match(s) and any(h in s for h in OFFICE_HEADS))


def is_byline(s: str, after_title: bool) -> bool:
    """A dateline, a labelled name; under a title also a note, an office, a name or a post and name."""
    if len(s) > 40:
        return False
    if is_date_line(s) or LABELLED_NAME_RE.match(s) or CREDIT_RE.match(s):
        return True
    if not after_title:  # a bare name or a note is a byline only under a title; a post and a name set
        return _set_apart(POST_NAME_RE.match(s))  # apart by a gap is one wherever it stands (…副主席  吴伟鹏)
    if NOTE_RE.match(s) or is_office(s):  # an editor's note; the office that wrote it (XX调研组)
        return True
    spaced = " " in s or "\u3000" in s
    return bool(NAME_RE.match(s) or (POST_NAME_RE.match(s) and (spaced or len(s) <= 12)))


SPEAKER_GAP: Final = 2  # spaces (or &nbsp;s) between a post and a name: a speaker line, never a title's words


def _set_apart(m: re.Match[str] | None) -> bool:
    return m is not None and m.start("name") - m.end("post") >= SPEAKER_GAP


def full_date(s: str) -> str | None:
    """The ISO date of a line that is a dateline stating year, month and day (2024年2月20日), else None."""
    m = _DATE_RE.search(s) if is_date_line(s) else None
    iso = _iso(m) if m else None
    return iso if iso and iso.count("-") == 2 else None


def read_title(title: Pair | None,
               subtitle: Pair | None) -> tuple[str | None, str | None, str | None, str | None]:
    """(speaker, occasion, genre, theme) from the title, or from a ——subtitle when the title names no genre.

    Read on the folded strings; speaker, occasion and theme are cut from the verbatim ones.
    """
    source, below = title or ("", ""), subtitle or ("", "")
    if below[0] and len(source[0]) > len(below[0]) and source[0].endswith(below[0]):
        source = below  # 同心共筑百年梦——X在…上的讲话: a title that took its subtitle along says it there
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
    m = AT_OCCASION_RE.match(t)
    if m and GENRES[m["genre"]] in SPOKEN and not m["speaker"].endswith("关于"):
        occasion = _strip_span(t, m.span("occasion"))
        # 共抗疫情，共促复苏——在…论坛的致辞: the words before a dash are the title's slogan, no speaker
        who = None if m["speaker"].rstrip(" \u3000").endswith("—") else _who(t, m.span("speaker"))
        return _Facts(who, occasion if occasion[1] > occasion[0] else None, GENRES[m["genre"]], None)
    m = _THEMED_RE.match(t)
    if m:
        who = _who(t, m.span("who"))
        named = who and (t[who[0]:who[1]].endswith(POST_SUFFIXES) or NAME_RE.match(t[who[0]:who[1]]))
        return _Facts(who if named else None, None, GENRES[m["genre"]], _strip_span(t, m.span("theme")))
    m = ENDS_GENRE_RE.search(t)
    return _Facts(None, None, GENRES[m["genre"]] if m else None, None)


def _who(t: str, span: Span) -> Span | None:
    """The speaker part of a title without a leading year and trailing punctuation."""
    start, end = _strip_span(t, span)
    year = _YEAR_PREFIX_RE.match(t[start:end])
    start, end = _strip_span(t, (start + (year.end() if year else 0), end), " \u3000：:，,、—-#*")  # # **: Markdown
    s = t[start:end]
    return (start, end) if HAN_RE.search(s) or NAME_RE.match(s) else None


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


def byline_speaker(bylines: list[Pair]) -> str | None:
    for s, verbatim in bylines:
        m = LABELLED_NAME_RE.match(s)
        if m:
            return verbatim[m.start("name"):m.end("name")]
        if not is_date_line(s) and not NOTE_RE.match(s) and not CREDIT_RE.match(s):
            return " ".join(verbatim.split())  # fold keeps whitespace, so the words are the folded ones
    return None


def find_date(texts: list[str]) -> str | None:
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
