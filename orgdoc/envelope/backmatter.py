"""Back matter: what follows the body and is not part of its outline.

Numbered glossaries (`名词解释` 1.–20.), notes (`注释` [1]…, `注：1.…`), attachment lists (`附件：1.…2.…`, or `附件` alone over them),
references (`参考文献`), a test's answer key (`参考答案`), and a wiki's licence box with its footnotes (`本作品…属于公有领域`, `↑`) close a
text after its body. Their numbers are not points of the outline, so they form one BACK_MATTER region
after the body instead of nodes under the last section.

The block starts at a cue line and runs to the end of the text (before trailing furniture and the
signature); it never holds a section of the body's own outline: a line opening with a Chinese-numeral
section marker (`一、` `（一）` `第一章`) after the cue means the text goes on — an attached document
with its own title and outline stays in the body. Cues and sections set in Markdown (`**附件：**`,
`## 参考文献`, `## 第六章 附则`) are read inside the markup. Decided in one backward pass (is there a section
line from here to the end?) and one forward pass over the cues: linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .lines import MARKUP, Line, bare, prev_content
from .scan import opening_class, opening_lines

# Cue line → label. A cue alone on its line, or opening a note/list on the same line (注：1.… 附件：1.…).
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("glossary", re.compile(r"^(?:名词解释|术语解释|名词注释)\s*[:：]?$")),
    ("notes", re.compile(r"^(?:注释|注解|附注|尾注|脚注)\s*[:：]?$|^(?:注|注释|附注)\s*[:：]\s*(?:[0-9０-９①-⑳\[［(（]|$)")),
    ("references", re.compile(r"^(?:主要)?(?:参考文献|参考书目|引用文献)\s*[:：]?$")),
    ("answer key", re.compile(r"^(?:参考答案|答案|答案及解析|答案解析)\s*[:：]?$")),  # a test's answers after it
    ("attachments", re.compile(r"^附\s*件\s*(?:[:：]\s*(?:[0-9０-９][.．、]|$)|$)")),  # 附件：1.… / 附件 alone
    # 附： alone (in Markdown bold as web copies set it) over notes appended after a signature
    ("appended notes", re.compile(r"^(?:\*\*|__)?附\s*[:：]\s*(?:\*\*|__)?$")),
    ("licence box", re.compile(r"^本作品(?:是|来自|在|属于|采用|根据|原文)|^Public domain$|^(?:Retrieved from|取自)")),
)
# A section of the body's outline: after such a line the text has not ended.
_SECTION_RE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百零〇\d]{1,4}[章节篇部条])")
# Markdown around a line (## 第六章 附则, **附件：**, **第三十条**): the cue or the section is the line inside it.
_MARKUP_OPENS = re.compile(f"[{re.escape(MARKUP)}]")
_SECTION_OPENS = re.compile(f"{opening_class(_SECTION_RE).pattern}|{_MARKUP_OPENS.pattern}")
# …but not a row of an answer key: 一、1.B　2.A  二、1.√　2.×  三、略
_ANSWER_ROW_RE = re.compile(r"^\S{1,4}?\s*(?:[0-9０-９]{1,2}\s*[.．、]\s*[A-Da-dＡ-Ｄ√×✓✗对错]|略$)")
_CUE_OPENS = re.compile("|".join([*(opening_class(cue).pattern for _, cue in _CUES), _MARKUP_OPENS.pattern]))
# A cue set letter-spaced, as books and typeset speeches print a short label (注　　释, 参 考 文 献): the whole line is
# single characters parted by spaces, so it is read with the spaces taken out.
_SPACED_LINE_RE = re.compile(r"(?:\S[ \u3000]+)+\S[ \u3000]*[:：]?")
_GAPS_RE = re.compile(r"[ \u3000]+")
# back matter never holds more than this share of the text's lines after the body starts
BACK_SHARE: Final = 0.5
# …but a cue that names nothing else, 附： alone, counts anywhere: the notes appended may outweigh a short appeal
_ANYWHERE: Final = tuple(cue for cue in _CUES if cue[0] == "appended notes")


def find_back_matter(lines: Sequence[Line], firsts: str, first: int, stop: int) -> tuple[int, str] | None:
    """(first line, label) of the back matter that ends the body [first, stop), or None. `firsts`: the
    lines' first characters (`lines.first_chars`): only lines opening as a section or a cue does are
    tested."""
    last = prev_content(lines, stop)
    if last <= first:
        return None
    clean_from = first + 1  # every line from here to the end is free of body sections
    for i in reversed(opening_lines(firsts, _SECTION_OPENS, first + 1, last + 1)):
        s = bare(lines[i].text)
        if _SECTION_RE.match(s) and not _ANSWER_ROW_RE.match(s):
            clean_from = i + 1
            break
    earliest = first + int((last - first) * BACK_SHARE)
    for i in opening_lines(firsts, _CUE_OPENS, clean_from, last + 1):
        s = bare(lines[i].text)
        if len(s) > 200:
            continue
        if _SPACED_LINE_RE.fullmatch(s):
            s = _GAPS_RE.sub("", s)
        for label, cue in _CUES if i >= earliest else _ANYWHERE:
            if cue.match(s):
                return i, label
    return None

