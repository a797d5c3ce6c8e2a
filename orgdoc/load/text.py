"""Plain text and Markdown: the decoded text verbatim; Markdown also reports its heading lines.

Text that carries HTML markup (entities such as &emsp; or &#12288;, tags such as <p> or <b>) is read
as such, in place: each entity becomes its character padded with spaces to the entity's length, each
tag becomes spaces (a block's end tag a line break, then spaces), so the parser sees text and spaces
while every offset still points into the file's own text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from ._common import Loaded, unescape_breaks, unjoin_literals, unwrap_call_literals
from .encoding import decode_text

# ATX heading: up to 3 spaces, 1-6 '#', then a space/tab or the line end (CommonMark); or, as Chinese
# authors often type it and lenient renderers take it, the '#'s run straight into a heading in Chinese
# (####总则, ###`欢迎辞`) with no other '#' on the line (a hashtag #话题# is no heading).
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]|$|(?=[`*]*[\u3000-\u9fff\uff00-\uffef])(?![^#\n]*#))")
# Setext underline under a paragraph line: '=' gives level 1, '-' level 2.
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
# Opening/closing fence of a code block: its lines are code, not headings.
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def load_text(data: bytes, name: str | None, encoding: str | None) -> Loaded:
    decoded = decode_text(data, name, encoding)
    text, warnings = _without_markup(universal_newlines(decoded.text), decoded.warnings)
    return Loaded(text, "text", decoded.encoding, name, warnings=warnings)


def load_markdown(data: bytes, name: str | None, encoding: str | None) -> Loaded:
    decoded = decode_text(data, name, encoding)
    text, warnings = without_comments(universal_newlines(decoded.text), decoded.warnings)
    text, warnings = _without_markup(text, warnings)
    text = _ATTRS.sub(lambda m: " " * len(m.group(0)), text)
    return Loaded(text, "markdown", decoded.encoding, name, markdown_headings(text), warnings)


# An HTML comment in Markdown is not rendered (CommonMark passes it through as raw HTML): a post's
# commented-out link list (<!-- 关于我的报道：1. [http://…] … -->) or draft is no part of the text. An
# unclosed one runs to the end, as a browser reads it.
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)


def without_comments(text: str, warnings: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """`text` with each HTML comment blanked in place (its line breaks kept, so lines and offsets hold)."""
    blanked = _COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    if blanked != text:
        warnings = (*warnings, "HTML comments in the Markdown were blanked (they are not rendered)")
    return blanked, warnings


# An attribute list closing a line (markdown-it-attrs, VuePress, Pandoc: ## 第一章 总则{align="center"},
# {#id .class}): markup, not the heading's words. Blanked in place, so offsets hold.
_ATTR = r"""(?:[#.][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s{}"']+))"""
_ATTRS = re.compile(rf"[ \t]*\{{[ \t]*{_ATTR}(?:[ \t]+{_ATTR})*[ \t]*\}}(?=[ \t]*$)", re.MULTILINE)


def universal_newlines(text: str) -> str:
    """CRLF and CR as LF, as Python's text mode reads a file (`open(path).read()`): a file's offsets then
    refer to the text every Python reader of that file gets, whatever system wrote it."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


# JSX, the markup of React and React Native screens (.js, .jsx, .tsx) that keep a document's text in
# their components: <Text style={styles.word}>{`第一条`}</Text>, <View>{'（一）…'}</View>. A component's
# tag (a capitalized name) and the braces and quotes around a string child are markup, not the text's
# words. Read only in a text that closes a component (</Text>), so prose with a stray < is never taken
# for it; blanked in place, so offsets hold.
_JSX_CLOSE = re.compile(r"</[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*\s*>")
_JSX = re.compile(
    r"</?[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*(?:\s[^<>]{0,500})?/?>"
    r"|(?<=>)(?P<lead>[ \t\u3000]*\{\s*[`'\"])(?P<body>[^`'\"{}\n<>]{0,2000})(?P<tail>[`'\"]\s*\})(?=[ \t]*<)"
)


def strip_jsx(text: str) -> str:
    """`text` with JSX component tags and the `{`…`}` around string children blanked (see above)."""
    if "</" not in text or _JSX_CLOSE.search(text) is None:
        return text
    return _JSX.sub(_jsx_replacement, text)


def _jsx_replacement(match: re.Match[str]) -> str:
    if match.group("body") is None:
        return " " * len(match.group(0))
    lead = match.group("lead")
    indent = lead[: len(lead) - len(lead.lstrip(" \t\u3000"))]
    return indent.ljust(len(lead)) + match.group("body") + " " * len(match.group("tail"))


# A dataset's CSV record holding one document (province,year,title,source_url,…,full_text⏎宁夏…,2026,…,"当前
# 位置：…): a header line of three or more column names, then a record whose last field, the text, opens with a
# quote after the other fields. The header and those fields (with the quote) are the dataset's, not the
# document's: blanked in place, so the head reader meets the text's own first line and offsets hold.
_CSV_HEADER = re.compile(r"[A-Za-z_][\w]{0,40}(?:,[A-Za-z_][\w]{0,40}){2,20}")


def blank_record_head(text: str) -> str:
    """`text` with a CSV header and its record's fields before the quoted text field blanked (see above)."""
    eol = text.find("\n")
    if eol < 0 or not _CSV_HEADER.fullmatch(text, 0, eol):
        return text
    fields = text.count(",", 0, eol) + 1
    m = re.compile(rf'(?:[^",\n]*,){{{fields - 1}}}"').match(text, eol + 1)
    if m is None:
        return text
    return " " * eol + "\n" + " " * (m.end() - eol - 1) + text[m.end():]


# One row of a CMS table saved as an SQL statement (INSERT INTO `news` VALUES (1, '学院召开…推进会',
# '/upload/1.png', '（来源：…）', '<p>为进一步…</p>', '2020-05-20 12:57:30');): the statement, the ids, paths
# and dates are the table's, not the document's. Its title is the first quoted field of Chinese words on one
# line (no markup, at most MAX_ROW_TITLE characters), its text the longest such field after it; both are
# kept in place, the title on a line of its own, the rest blanked. Only a text that is that one row.
_SQL_ROW = re.compile(r"[ \t\n]*INSERT[ \t]+INTO[ \t]+[`\"\[]?[\w.]+[`\"\]]?[ \t]*(?:\([^)\n]*\)[ \t]*)?VALUES[ \t]*\(",
                      re.IGNORECASE)
# A row copied out of an extended INSERT (VALUES (1,'…',…),(2,'…',…);, as mysqldump writes them) is the same
# record without the statement: its bracket opens on the row's id, and a comma may follow its close.
_SQL_TUPLE = re.compile(r"[ \t\n]*\((?=[ \t]*\d+[ \t]*,)")
_SQL_BARE = re.compile(r"[^,)'\n]*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
MAX_ROW_TITLE = 120
MIN_ROW_TEXT = 40  # the text field is a document's body, not a label, a date or a path


def blank_sql_row(text: str) -> str:
    """`text` as the title and the text of the one SQL row it holds, the rest blanked (see above)."""
    start = _SQL_ROW.match(text) or _SQL_TUPLE.match(text)
    if start is None:
        return text
    fields, i = _sql_fields(text, start.end())
    if i is None or text[i:].strip(" \t\n;,") != "":
        return text
    title = next((f for f in fields if _row_title(text[f[0]:f[1]])), None)
    if title is None:
        return text
    body = max((f for f in fields if f[0] > title[1] and _CJK.search(text, f[0], f[1])), key=lambda f: f[1] - f[0],
               default=None)
    if body is None or body[1] - body[0] < MIN_ROW_TEXT:
        return text
    blank = re.compile(r"[^\n]")
    between = blank.sub(" ", text[title[1] + 1:body[0]])
    between = "\n" + between[1:] if between else between  # a blank line: the field is the whole title, the body's
    return (blank.sub(" ", text[:title[0]]) + text[title[0]:title[1]] + "\n" + between  # first line no part of it
            + _SQL_ESCAPE.sub(_unescaped, text[body[0]:body[1]]) + blank.sub(" ", text[body[1]:]))


# A dump's string escapes (MySQL's: \r\n between the lines of an HTML field, \" \' \\) are the characters
# they stand for: the backslash a space, the character after it kept (a line break for n), so offsets hold.
_SQL_ESCAPE = re.compile(r"\\(.)")
_SQL_ESCAPED = {"n": "\n", "r": " ", "t": "\t", "0": " ", "Z": " ", "b": " "}


def _unescaped(match: re.Match[str]) -> str:
    ch = match.group(1)
    return " " + _SQL_ESCAPED.get(ch, ch)


def _sql_fields(text: str, i: int) -> tuple[list[tuple[int, int]], int | None]:
    """The (start, end) of each quoted field's content from `i`, and where the row's closing bracket
    ends (None when the row does not close)."""
    fields: list[tuple[int, int]] = []
    n = len(text)
    while i < n:
        while i < n and text[i] in " \t\n":
            i += 1
        if i < n and text[i] == "'":
            j = i + 1
            while j < n and text[j] != "'" or text[j + 1:j + 2] == "'":
                j += 2 if text[j] in "\\'" else 1  # a backslash escape, or a quote doubled
            if j >= n:
                return fields, None
            fields.append((i + 1, j))
            i = j + 1
        else:
            bare = _SQL_BARE.match(text, i)
            assert bare is not None  # the pattern matches the empty string
            i = bare.end()
        while i < n and text[i] in " \t\n":
            i += 1
        if i >= n or text[i] not in ",)":
            return fields, None
        if text[i] == ")":
            return fields, i + 1
        i += 1
    return fields, None


def _row_title(field: str) -> bool:
    return 0 < len(field) <= MAX_ROW_TITLE and "\n" not in field and "<" not in field and _CJK.search(field) is not None


# BBCode, the markup of forum and Q&A software (Discuz, WeCenter) kept in their databases' text fields:
# [b]第一章 总则[/b], [list][*]第一条 …[/*][/list], [i]小标题[/i]. Read only in a text that closes one of its
# tags ([/b], [/*], [/list]…), so a lone [1] or [注] is never taken for it; blanked in place, a list item's or
# a list's end a line break as </li> is.
_BBCODE = re.compile(
    r"\[(?:(?P<close>/)?(?P<tag>b|i|u|s|list|size|color|font|align|center|left|right|url|quote|code|indent|sup|sub)"
    r"(?:=[^\]\n]{0,80})?|(?P<item>/?\*))\]",
    re.IGNORECASE,
)
_BBCODE_CLOSE = re.compile(r"\[/(?:b|i|u|list|\*|size|color|font|align|url|quote)\]", re.IGNORECASE)
_BBCODE_BLOCK_ENDS = frozenset({"/*", "/list", "/quote", "/align", "/center"})


def strip_bbcode(text: str) -> str:
    """`text` with BBCode tags blanked in place (offsets hold), when it closes one of them."""
    if "[/" not in text or _BBCODE_CLOSE.search(text) is None:
        return text
    return _BBCODE.sub(lambda m: _bbcode_replacement(m, text).ljust(len(m.group(0))), text)


def _bbcode_replacement(match: re.Match[str], text: str) -> str:
    tag = match.group("item") or f"{match.group('close') or ''}{match.group('tag')}".lower()
    ends = tag in _BBCODE_BLOCK_ENDS
    return "\n" if ends and text[match.end() : match.end() + 1] not in ("\n", "\r", "") else ""


def _lines(text: str) -> list[tuple[int, str]]:
    """(start offset, line without its terminator) for each line; CRLF, CR and LF all end a line."""
    out, start = [], int(text.startswith("\ufeff"))  # a UTF-8 BOM stands before the first line
    for match in re.finditer(r"\r\n|\r|\n", text):
        out.append((start, text[start : match.start()]))
        start = match.end()
    out.append((start, text[start:]))
    return out


def markdown_headings(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, level) of ATX ('# …') and setext (underlined) heading lines outside code fences."""
    headings: list[tuple[int, int, int]] = []
    fence: str | None = None
    previous: tuple[int, str] | None = None  # the last paragraph line, a setext heading candidate
    for start, line in _lines(text):
        opened = _FENCE.match(line)
        if fence is not None or opened:
            if fence is None and opened:
                fence = opened.group(1)[0] * 3
            elif fence is not None and line.strip().startswith(fence):
                fence = None
            previous = None
            continue
        atx, setext = _ATX.match(line), _SETEXT.match(line)
        if atx:
            headings.append((start, start + len(line), len(atx.group(1))))
        elif setext and previous is not None:
            level = 1 if setext.group(1)[0] == "=" else 2
            headings.append((previous[0], previous[0] + len(previous[1]), level))
        previous = (start, line) if line.strip() and not atx and not setext else None
    return tuple(headings)


# HTML-ish markup in a text or Markdown file (pages saved as .md, VuePress/Hexo sources, text copied
# from an editor's source view): character entities and the tags of inline and block elements. Only
# known tag names count, so a `<` in prose stays; `[^<>]{0,500}` keeps each match bounded and the
# scan linear (a run of `<a` without `>` fails at the next `<`).
# fmt: off
_TAG_NAMES = ("p|div|span|b|strong|i|em|u|s|br|hr|font|a|img|sup|sub|small|big|mark|del|ins|center|section|"
              "article|blockquote|pre|code|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|h[1-6]|template|"
              # an RSS feed's item kept as text (<item><title><![CDATA[…]]></title>…<description>…): its elements
              "item|title|link|pubDate|author|description|guid|category|source|channel")
# fmt: on
# A closing tag may be written <\/p>: HTML kept in a JSON string (an API's or a crawler's record, a
# sample response pasted into source code) escapes its slashes.
_MARKUP = re.compile(
    r"(?P<cdata><!\[CDATA\[|\]\]>)|"
    rf"<(?P<close>(?:\\?/)?)(?P<tag>{_TAG_NAMES})(?![A-Za-z0-9])[^<>]{{0,500}}>"
    r"|&(?P<entity>#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});",
    re.IGNORECASE,
)
# Tags that end a block: a line break unless one follows already. The same tags open a block: a line
# break where text already stands on the line before them (a page's first paragraph written after the
# code that holds it, text1: `<p>一、…; a JSON field's value "content":"<p>…), as a browser starts a block
# on a line of its own.
_BLOCK_ENDS = frozenset({"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
                         "article", "table", "ul", "ol", "dd", "dt", "pre"})
# In a JSON string a character may be written \u201c; where the text holds JSON-escaped markup (<\/p>),
# such an escape is the character, decoded as an entity is.
_JSON_CLOSE = re.compile(r"<\\/[A-Za-z]")
_JSON_CHAR = re.compile(r"\\u(?P<hex>[0-9A-Fa-f]{4})")


# Spacing entities become the spaces Chinese text is typed with: &emsp;&emsp; is the two-character
# paragraph indent (an em is one CJK character wide), so U+3000 as when typed; the others a space.
_SPACES = {"emsp": "\u3000", "nbsp": " ", "ensp": " ", "thinsp": " ", "#12288": "\u3000"}


def has_markup(text: str) -> bool:
    """Whether `text` holds HTML entities or tags (a known name, a decodable entity)."""
    return any(_replacement(m, text) != m.group(0) for m in _MARKUP.finditer(text))


def strip_markup(text: str) -> str:
    """`text` with entities decoded (&emsp; → U+3000, &#12288; → U+3000) and tags blanked, each padded
    with spaces to the length it replaces (offsets hold); a block's end tag (</p>) or <br> becomes a
    line break unless one follows already, a block's start tag (<p>) one where text stands before it on
    its line."""
    escaped = "<\\/" in text and _JSON_CLOSE.search(text) is not None  # markup escaped for JSON: its \uXXXX are characters
    out: list[str] = []
    pos, line_has_text = 0, False
    for match in _MARKUP.finditer(text):
        before = text[pos : match.start()]
        line_has_text = _ends_with_text(before, line_has_text)
        replacement = _replacement(match, text, line_has_text)
        line_has_text = _ends_with_text(replacement, line_has_text)
        out += (before, replacement.ljust(len(match.group(0))))
        pos = match.end()
    if not out:
        return text
    out.append(text[pos:])
    stripped = "".join(out)
    return _JSON_CHAR.sub(lambda m: _json_char(m).ljust(6), stripped) if escaped else stripped


def _ends_with_text(chunk: str, line_has_text: bool) -> bool:
    """Whether the current line holds text after `chunk` is written on it."""
    last_break = chunk.rfind("\n")
    if last_break >= 0:
        return not chunk[last_break + 1 :].isspace() and last_break + 1 < len(chunk)
    return line_has_text or (bool(chunk) and not chunk.isspace())


def _replacement(match: re.Match[str], text: str, line_has_text: bool = False) -> str:
    if match.group("cdata") is not None:
        return ""  # <![CDATA[ and ]]> wrap an element's text in a feed: the text is the element's
    entity = match.group("entity")
    if entity is not None:
        decoded = _SPACES.get(entity.lower()) or html.unescape(match.group(0))
        return match.group(0) if decoded == match.group(0) or _bad_char(decoded) else decoded
    tag = match.group("tag").lower()
    if not match.group("close") and tag in _BLOCK_ENDS:
        return "\n" if line_has_text else ""
    breaks = tag == "br" or (match.group("close") and tag in _BLOCK_ENDS)
    return "\n" if breaks and text[match.end() : match.end() + 1] not in ("\n", "\r", "") else ""


def _json_char(match: re.Match[str]) -> str:
    char = chr(int(match.group("hex"), 16))
    return match.group(0) if _bad_char(char) else char


def _bad_char(decoded: str) -> bool:
    """An entity naming a control or surrogate code point (&#0; &#xD800;) is left as written."""
    return any(ord(ch) < 0x20 and ch not in "\t\n" or 0xD800 <= ord(ch) <= 0xDFFF for ch in decoded)


# What a text file may carry besides its words, read in this order, each with the note it leaves when it
# changed the text: data fields around a text field, a string kept as literals in code, escaped line breaks,
# then the markups (HTML, BBCode, JSX). Each blanks in place or reads one character for one, so offsets hold.
_READINGS: tuple[tuple[Callable[[str], str], str], ...] = (
    (blank_record_head, "a CSV header and the fields before the quoted text field were read as data (blanked in place)"),
    (blank_sql_row, "an SQL row's statement and its fields besides the title and the text were read as data (blanked in place)"),
    (unjoin_literals, "a string joined from literals line by line (\"…\\n\" +) was read as that string (quotes blanked in place)"),
    (unwrap_call_literals, "a script building a document was read as the strings its calls pass (code blanked in place)"),
    (unescape_breaks, "the text's literal \\n escapes were read as its line breaks (a string field's content)"),
    (strip_markup, "HTML entities and tags in the text were read as markup (decoded, tags blanked in place)"),
    (strip_bbcode, "BBCode tags in the text were read as markup (blanked in place)"),
    (strip_jsx, "JSX component tags and string wrappers in the text were read as markup (blanked in place)"),
)


def _without_markup(text: str, warnings: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    for reading, note in _READINGS:
        read = reading(text)
        if read != text:
            text, warnings = read, (*warnings, note)
    return text, warnings
