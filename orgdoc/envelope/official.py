"""Official documents (通知, 意见, 方案): red header, document number, title notes, a bulletin's masthead
and the signature block.

A document as issued opens with a red header (`XX市人民政府办公室文件`, or the issuing office alone) and
a document number (`X政办发〔2024〕15号`) above the real title, and ends with a signature block: the
issuing office(s) and the date of issue, sometimes with a publication note (`（此件公开发布）`).

Header and number are classed BYLINE, not BOILERPLATE: they are the document's own statement of who
issued it, not web-page furniture (the label says which: "red header", "document number"). Neither
names a speaker and neither gives the title. The signature block at the very end of a text is one
BYLINE region labelled "signature" after the body; its date is the document's date. When attachments
follow the signature (`附件1` and its text) the block stays in the body and only its date is read.

A bulletin (简报, 工作动态, 情况通报) opens with a masthead: its name, the issue (`第6期`, `2024年第2期`), the
issuing unit and the date. It is the issue's byline: an issue carrying one article is titled by the
article's heading, under it. An issue that lists its articles (本期要目) or carries several keeps the
masthead's name as its title.

The office words and note words are data tables; every test reads one stripped, folded line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final, NamedTuple

from orgdoc.grammar import split_marker, starts_with_marker

from .contents import is_contents_line
from .facts import (
    LABELLED_NAME_RE,
    NOTE_RE,
    OFFICE_CHARS,
    OFFICE_HEADS,
    OFFICE_LINE_MAX,
    POST_NAME_RE,
    find_date,
    full_date,
    is_date_line,
    is_office,
)
from .lines import HAN, HAN_RE, MARKUP, Line, bare, next_content, prev_content
from .scan import opening_class, opening_lines

SIGNATURE_LINES_MAX: Final = 4  # offices signing one document together
# What a title may carry in brackets on its own line: a period (（2024—2026年）) or a draft status.
TITLE_NOTES: Final = ("试行", "暂行", "修订", "修订稿", "修订版", "草案", "征求意见稿", "送审稿", "讨论稿", "代拟稿")

_RED_HEADER_RE = re.compile(rf"^[{OFFICE_CHARS}\s]{{2,{OFFICE_LINE_MAX}}}文件$")  # XX市人民政府办公室文件
_DOC_NUMBER_RE = re.compile(  # 临政办发〔2024〕15号 / X发[2024]3号, a signer's name may follow
    rf"^[{HAN}Xx×]{{1,12}}\s*[〔\[［【(（]\s*(?:19|20)\d{{2}}\s*[〕\]］】)）]\s*第?\s*\d{{1,4}}\s*号"
    r"(?:\s+签发人\s*[:：]\s*\S{2,12})?$")
# A standard's number over its title: GB/T 1234.1-2020, NB/T XXXX－20YY (a draft's placeholders).
_STANDARD_NUMBER_RE = re.compile(
    r"^[A-Z]{1,4}(?:/[A-Z]{1,2})?\s*[0-9A-Zx×.]{1,14}\s*[-－—–]\s*(?:(?:19|20)\d{2}|[0-9Yy]{2,4})$")
_TITLE_NOTE_RE = re.compile(
    rf"^[（(](?:(?:19|20)\d{{2}}\s*年?\s*[—–\-~～至到]+\s*(?:(?:19|20)\d{{2}})\s*年?度?"
    rf"|(?:(?:19|20)\d{{2}}\s*年)?(?:{'|'.join(TITLE_NOTES)}))[）)]$")
_PUBLICATION_NOTE_RE = re.compile(r"^[（(](?:此件|本件|此页)[^（()）]{1,12}[）)]$")  # （此件公开发布）
_ATTACHMENT_RE = re.compile(r"^附件\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[:：]?$")  # 附件1 heading its text
_ATTACHMENT_OPENS = opening_class(_ATTACHMENT_RE)
_LIST_CUE_RE = re.compile(r"^附件\s*[:：]$")  # 附件： over 1.… 2.…: the list of the attachments, not one of them
_FIRST_ITEM_RE = re.compile(r"^[1１]\s*[.．、]")
# What a document as issued may print above its red header and title (GB/T 9704): a copy number of six
# digits (000128), a classification with its period (机密★1年), an urgency (特急).
_DOC_MARK_RE = re.compile(r"^(?:\d{6}|(?:绝密|机密|秘密)(?:\s*★\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[年月]?)?"
                          r"|特急|加急|特提|平急|急件|紧急)$")


def is_doc_number(s: str) -> bool:
    return bool(_DOC_NUMBER_RE.match(s) or (s[:1] in MARKUP and _DOC_NUMBER_RE.match(bare(s))))




def is_doc_mark(s: str) -> bool:
    """000128, 机密★1年, 特急: a copy number, classification or urgency above a document's header."""
    return bool(_DOC_MARK_RE.match(s))


def is_attachment_label(s: str) -> bool:
    """附件, 附件2, 附件二：: the label over an attachment's title (a file of the attachment alone opens so)."""
    return bool(_ATTACHMENT_RE.match(s))


def is_standard_number(s: str) -> bool:
    return bool(_STANDARD_NUMBER_RE.match(s))


def is_red_header(lines: Sequence[Line], i: int) -> bool:
    """A line above the title naming the issuer: `…文件`, or an office line over a document number."""
    s = lines[i].text
    s = bare(s)
    if _RED_HEADER_RE.match(s):
        return any(h in s for h in OFFICE_HEADS)
    j = next_content(lines, i + 1)
    return is_office(s) and j < len(lines) and is_doc_number(lines[j].text)


def is_title_note(s: str) -> bool:
    """（2024—2026年） （试行） （征求意见稿）: the bracketed end of a title on a line of its own."""
    return bool(_TITLE_NOTE_RE.match(s))


class Signature(NamedTuple):
    first: int  # index of the block's first line
    last: int  # index of its last line
    date: str  # ISO date of issue
    at_end: bool  # the text ends with it (no attachments after it)


def find_signature(lines: Sequence[Line], firsts: str, first: int, stop: int) -> Signature | None:
    """The signature block that ends the text, or that stands just before the first attachment heading.

    The block is one to SIGNATURE_LINES_MAX office (or signer) lines, a full date, and perhaps a
    publication note. Only the last line and the 附件 lines are tested: linear and cheap. `firsts`: the
    lines' first characters (`lines.first_chars`).
    """
    last = prev_content(lines, stop)
    block = _signature_ending_at(lines, first, last)
    if block is not None:
        return Signature(block[0], last, block[1], True)
    for i in opening_lines(firsts, _ATTACHMENT_OPENS, first + 1, stop):  # the appended attachments: 附件1
        if _appended_label(lines, i):
            end = prev_content(lines, i)
            block = _signature_ending_at(lines, first, end)
            return Signature(block[0], end, block[1], False) if block else None
    return None


def first_appended_label(lines: Sequence[Line], firsts: str, first: int, stop: int) -> int | None:
    """The line of the first 附件 label over an appended document (附件1：), or None."""
    return next((i for i in opening_lines(firsts, _ATTACHMENT_OPENS, first + 1, stop) if _appended_label(lines, i)),
                None)


def find_appended(lines: Sequence[Line], firsts: str, first: int, stop: int) -> tuple[int, ...]:
    """Where the documents appended to the text start: each 附件 label line (附件2) in the body, not its
    first line, and each bracketed label of an appended piece over its title (【参考资料】⏎《…》,
    【华为文件】⏎…的八条要求). An appended document's outline is its own: its headings nest under nothing
    before, and no heading of the text before holds its lists."""
    found = [i for i in opening_lines(firsts, _ATTACHMENT_OPENS, first + 1, stop) if _appended_label(lines, i)]
    found += [i for i in opening_lines(firsts, _PIECE_OPENS, first + 1, stop)
              if _PIECE_RE.match(lines[i].text) and _piece_title(lines, next_content(lines, i + 1), stop)]
    found += [j for i in opening_lines(firsts, _NAMED_OPENS, first + 1, stop)
              if (j := _named_title(lines, i, stop)) is not None]
    found += [i for i in opening_lines(firsts, _APPENDIX_OPENS, first + 1, stop)
              if _APPENDIX_RE.match(lines[i].text) and _piece_title(lines, next_content(lines, i + 1), stop)]
    found += [i for i in opening_lines(firsts, _HEADED_OPENS, first + 1, stop) if _HEADED_RE.match(lines[i].text)]
    found += [i for i in opening_lines(firsts, _SEPARATOR_OPENS, first + 1, stop)
              if _SEPARATOR_RE.match(lines[i].text) and _piece_title(lines, next_content(lines, i + 1), stop)]
    return tuple(lines[i].start for i in sorted(set(found)))


# A long rule of one character alone on its line over a title: a plain-text file sets a second document
# after the first so (its translation, a report it appends: ====⏎CnPack Working Report in 2006⏎…). Ten
# characters at least: a short rule (---, ***) is a Markdown break inside the text.
_SEPARATOR_RE = re.compile(r"^([=＝\-─━—_＿*~])\1{9,}$")
_SEPARATOR_OPENS = opening_class(_SEPARATOR_RE)


# An appendix labelled alone on its line over its title: 附录 (a law's appended standard), a Markdown
# container titled so (VuePress: `::: info 附录⏎## 分级标准`, `::: details 附件1`), or 附： over the notice a
# news report appends (附：⏎关于…的通知). The label alone says nothing of a text; the title line after it
# does, so both are asked for (`_piece_title`).
_APPENDIX_RE = re.compile(r"^(?::{3,}[ \t]*[A-Za-z][\w-]*[ \t]+)?(?:附录|附件)[ \t]*[0-9０-９一二三四五六七八九十]{0,3}$"
                          r"|^附[ \t]*[:：]$")
_APPENDIX_OPENS = opening_class(_APPENDIX_RE)


# A Markdown heading that labels and titles an appended document on one line: # 附件1：某某管理办法.
# A heading is no item of the notice's list of attachments (附件：⏎1.…), so the label opens the document.
_HEADED_RE = re.compile(r"^#{1,6}[ \t]*附件[ \t]*[0-9０-９一二三四五六七八九十]{1,3}[ \t]*[:：][ \t]*[^\s。；].{1,48}$")
_HEADED_OPENS = opening_class(_HEADED_RE)


# 附件：某某规范（试行）: the covering notice names the one document it sends, which follows under its own
# title (# 某某规范, 附件： 某某规范). A name opening with a number lists several (附件：1.…).
_NAMED_RE = re.compile(r"^附件\s*[:：]\s*([^\s0-9０-９].{1,48})$")
_NAMED_OPENS = opening_class(_NAMED_RE)
_KEY_LABEL_RE = re.compile(r"^附件\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[:：]?")
_KEY_NOTE_RE = re.compile(r"[（(][^（()）]{1,8}[）)]$")  # （试行）: a title note the notice may name and the title drop
MIN_NAMED_KEY: Final = 4


def _named_title(lines: Sequence[Line], i: int, stop: int) -> int | None:
    """The line after the 附件：name line i that titles the document it names, if any."""
    named = _NAMED_RE.match(lines[i].text)
    key = _title_key(named.group(1)) if named else ""
    if len(key) < MIN_NAMED_KEY:
        return None
    longest = len(lines[i].text) + MAX_TITLE_MARKUP
    for j in range(i + 1, stop):
        s = lines[j].text
        if s and len(s) <= longest and _title_key(s) == key:
            return j
    return None


MAX_TITLE_MARKUP: Final = 8  # characters a title line may add to the name: Markdown's # and **, a 附件 label


def _title_key(s: str) -> str:
    """A title as the notice names it and as its own line gives it, without markup, label, note or 《》."""
    s = _KEY_LABEL_RE.sub("", s.lstrip("#>*_ \t\u3000").rstrip("*_ \t\u3000")).strip()
    return _KEY_NOTE_RE.sub("", s.replace("《", "").replace("》", "")).replace(" ", "").replace("\u3000", "")


# A piece appended to a talk or an article, labelled in brackets on a line of its own: 【参考资料】 【蓝血文章】
# 【华为文件】 【附录】 【讲话原文】. The label names a text, not a box of the article (【典型案例】 【专家点评】)
# nor a digest's column (【讲话】 【报告】).
_PIECE_RE = re.compile(rf"^[【\[［〔][{HAN}]{{0,6}}(?:资料|文章|文件|附录|原文|全文|材料)[】\]］〕]$")
_PIECE_OPENS = opening_class(_PIECE_RE)
MAX_PIECE_TITLE: Final = 40


def _piece_title(lines: Sequence[Line], i: int, stop: int) -> bool:
    """Whether line i is a title: short, no sentence end, no numbering marker (《…》 or words)."""
    if i >= stop:
        return False
    s = lines[i].text
    return 2 <= len(s) <= MAX_PIECE_TITLE and s[-1] not in "。！？；：，、!?;:," and not starts_with_marker(s)


def _appended_label(lines: Sequence[Line], i: int) -> bool:
    """附件, 附件1 over an appended document; 附件： over a numbered line (1.…) lists them instead."""
    s = lines[i].text
    if not _ATTACHMENT_RE.match(s):
        return False
    if not _LIST_CUE_RE.match(s):
        return True
    j = next_content(lines, i + 1)
    return j >= len(lines) or not _FIRST_ITEM_RE.match(lines[j].text)


def _signature_ending_at(lines: Sequence[Line], first: int, last: int) -> tuple[int, str] | None:
    """(first line, date) of a signature block whose last line is `last`."""
    k = last
    if k > first and _PUBLICATION_NOTE_RE.match(lines[k].text):
        k = prev_content(lines, k)
    date = full_date(lines[k].text) if k > first else None
    if date is None:
        return None
    start, j, signers = None, prev_content(lines, k), 0
    while j > first and signers < SIGNATURE_LINES_MAX and _is_signer(lines[j].text):
        start, j, signers = j, prev_content(lines, j), signers + 1
    return (start, date) if start is not None else None


def _is_signer(s: str) -> bool:
    if starts_with_marker(s):
        return False
    return is_office(s) or bool(LABELLED_NAME_RE.match(s) or POST_NAME_RE.match(s))


# What a bulletin's name ends with (安全生产工作动态, 教育工作简报, 市场监管情况通报, 政务信息), with a note
# in brackets after it (（增刊）).
BULLETIN_NAMES: Final = ("简报", "动态", "情况通报", "快报", "专报", "通讯", "信息", "公报")
_BULLETIN_RE = re.compile(rf"^[{HAN}A-Za-z0-9·\s]{{1,24}}(?:{'|'.join(BULLETIN_NAMES)})(?:\s*[（(][{HAN}]{{1,8}}[）)])?$")
# The issue: 第6期, （第6期）, 2024年第2期, 第3期（总第45期）; the unit and date may follow on the line.
_ISSUE_RE = re.compile(r"^[（(]?(?:(?:19|20)\d{2}\s*年\s*)?第\s*[0-9０-９一二三四五六七八九十百〇零]{1,5}\s*期[）)]?"
                       r"(?:\s*[（(]总第\s*[0-9０-９]{1,5}\s*期[）)])?(?=\s|$)")
_YEAR_ISSUE_RE = re.compile(r"^[（(]?(?:19|20)\d{2}\s*年\s*第")  # 2024年第3期: a gazette's issue dates itself
_RULE_RE = re.compile(r"^[─━—\-=＝_＿*★☆·]{3,}$")  # the rule under a masthead
_ISSUED_BY_RE = re.compile(r"(?:编印|编发|主办|印发|编)$")  # XX办公室编
MASTHEAD_TAIL: Final = 3  # lines after the issue: the unit, the date, a rule
HEADLINE_MIN: Final = 8  # Han characters of an article's headline (主要做法 is a heading inside one)


class Masthead(NamedTuple):
    name: int  # index of the name line
    last: int  # index of its last line
    date: str  # the text of the line that dates the issue


def find_masthead(lines: Sequence[Line], i: int) -> Masthead | None:
    """A bulletin's masthead from line i: its name, perhaps a note in brackets (（内部资料）), the issue,
    then up to MASTHEAD_TAIL lines of issuing unit, date and rule. None unless some line dates the issue
    (a full date, or the year of a gazette's issue: 2024年第3期)."""
    s = lines[i].text
    if not _BULLETIN_RE.match(s) or "关于" in s:
        return None
    j = next_content(lines, i + 1)
    if j < len(lines) and NOTE_RE.match(lines[j].text):
        j = next_content(lines, j + 1)
    if j >= len(lines) or not _ISSUE_RE.match(lines[j].text):
        return None
    last, issue = j, lines[j].text
    date = issue if _dated(issue) else ""
    k = next_content(lines, j + 1)
    for _ in range(MASTHEAD_TAIL):
        if k >= len(lines) or not _masthead_line(lines[k].text):
            break
        last, date = k, date or (lines[k].text if _dated(lines[k].text) else "")
        k = next_content(lines, k + 1)
    return Masthead(i, last, date) if date or _YEAR_ISSUE_RE.match(issue) else None


def _dated(s: str) -> bool:
    found = find_date([s])
    return found is not None and found.count("-") == 2


def _masthead_line(s: str) -> bool:
    """A rule, a date, the issuing unit, or both on one line (某某县农业农村局    2024年6月3日)."""
    if _RULE_RE.match(s) or is_date_line(s):
        return True
    unit = s.split()  # the unit and the date set apart by spaces or a tab
    if len(unit) == 2 and is_date_line(unit[1]):
        s = unit[0]
    return is_office(_ISSUED_BY_RE.sub("", s))


def issue_titled(lines: Sequence[Line], masthead: Masthead, headline: Callable[[str], bool]) -> bool:
    """Whether the masthead titles the issue: a list of its articles (本期要目) follows it, or it carries
    several articles, each a `headline`-shaped line at least HEADLINE_MIN Han characters long, without a
    colon but after a place's name (东湖县：…), with prose under it."""
    i, found = next_content(lines, masthead.last + 1), 0
    if i < len(lines) and is_contents_line(lines[i].text):
        return True
    before = ""
    while i < len(lines):
        nxt = next_content(lines, i + 1)
        s = lines[i].text
        if (nxt < len(lines) and len(HAN_RE.findall(s)) >= HEADLINE_MIN and _no_label(s)
                and headline(s) and _is_prose(lines[nxt].text) and not _marker_alone(before)
                and not _runs_on(before)):
            found += 1
            if found > 1:
                return True
        before, i = s, nxt
    return False


def _no_label(s: str) -> bool:
    """No colon, or only a place's or unit's name set before the headline (东湖县：“党建+合作社”带富一方百姓,
    as bulletins head their articles); a label closed by a colon (主要做法：) heads no article."""
    colon = max(s.find("："), s.find(":"))
    return colon < 0 or 0 < colon <= PLACE_MAX and len(HAN_RE.findall(s[colon + 1:])) >= HEADLINE_MIN \
        and "：" not in s[colon + 1:] and ":" not in s[colon + 1:]


PLACE_MAX: Final = 10  # characters of the place or unit before a bulletin headline's colon


def _marker_alone(s: str) -> bool:
    """一、 alone on its line (a heading cut from its marker, as a PDF's page break leaves it)."""
    found = split_marker(s) if s else None
    return found is not None and not found[1]


def _runs_on(s: str) -> bool:
    """A long line cut mid-sentence: the next is its continuation (hard-wrapped text), no headline."""
    return len(s) >= WRAPPED_LINE_MIN and s[-1] not in "。！？；：!?;:”"


WRAPPED_LINE_MIN: Final = 20


def _is_prose(s: str) -> bool:
    return "。" in s and len(s) > 20
