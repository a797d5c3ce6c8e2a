"""What every loader shares: the `Loaded` result, the budgets (`Limits`), and error messages that end
with the file name."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

import regex

from orgdoc.errors import LimitError, OrgdocError, UnsupportedFormatError

FORMATS = ("text", "docx", "html", "markdown", "pdf")

# Legacy binary Office files (Word 97-2003 .doc, WPS .wps, .xls…) are OLE compound documents.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class Loaded:
    """A decoded document: the text plus what the source itself said about its structure."""

    text: str  # a UTF-8 BOM kept (offsets count it, as open(path, encoding='utf-8') reads it); line breaks as
    # Python's text mode reads them
    format: str  # one of FORMATS
    encoding: str | None  # codec used; None for docx/pdf, which carry their own
    path: str | None = None
    headings: tuple[tuple[int, int, int], ...] = ()  # (start, end, level) of source-marked heading lines
    warnings: tuple[str, ...] = ()  # plain-words notes on anything lossy or guessed
    title_hints: tuple[str, ...] = ()  # titles the source states outside the text (an HTML <title>, <h1>; a PDF's
    # first page's one block set in a title's size)
    back_matter: int | None = None  # where the text ends in back matter the source marks (a PDF's footnotes)
    tables: tuple[tuple[int, int], ...] = ()  # (start, end) of data tables the source marks (a Word table of
    # rows and columns): their text is kept, their row labels (1 2 3, 一、) are no headings
    figures: tuple[tuple[int, int], ...] = ()  # (start, end) of each line the source sets right after a picture
    # (an HTML <img>): the envelope keeps the short ones as the pictures' captions, never headings


def where(name: str | None) -> str:
    """The tail every error message ends with."""
    return name if name else "<bytes>"


def fail(kind: type[OrgdocError], what: str, name: str | None) -> OrgdocError:
    """Build an error whose message ends with the file name (callers `raise fail(...)`)."""
    return kind(f"{what} — {where(name)}")


def legacy_doc_error(name: str | None) -> OrgdocError:
    return fail(
        UnsupportedFormatError,
        "cannot read a legacy Word .doc (OLE) file: convert it to .docx first, "
        "e.g. libreoffice --headless --convert-to docx FILE, or open it in Word/WPS and save as .docx",
        name,
    )


def missing_extra_error(module: str, extra: str, what: str, name: str | None) -> OrgdocError:
    return fail(UnsupportedFormatError, f"reading {what} needs {module}: pip install 'orgdoc[{extra}]'", name)


def join_lines(lines: list[tuple[str, int | None]]) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """Join (line, heading level or None) pairs with "\\n", recording heading spans."""
    headings: list[tuple[int, int, int]] = []
    offset = 0
    for line, level in lines:
        if level:
            headings.append((offset, offset + len(line), level))
        offset += len(line) + 1
    return "\n".join(line for line, _ in lines), tuple(headings)


def line_spans(lines: list[tuple[str, int | None]], ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """(start, end) in the joined text of each [first, end) range of lines (`join_lines`)."""
    starts = [0]
    for line, _ in lines:
        starts.append(starts[-1] + len(line) + 1)
    return tuple((starts[first], starts[end] - 1) for first, end in ranges if end > first)


@dataclass(frozen=True)
class Limits:
    """Budgets that keep one hostile or broken input from taking the machine (docs/limits.md).

    Each is raised (or lowered) per call, `parse_file(path, limits=Limits(max_bytes=10**9))`, or on
    the command line, `orgdoc parse --limit max_bytes=1000000000 FILE`. An input over a budget is
    refused with a `LimitError` naming the file, the budget and how to raise it.
    """

    max_bytes: int = 100_000_000  # bytes read from a file or a stream
    max_unzipped_bytes: int = 100_000_000  # uncompressed size of the .docx parts read, all together
    max_zip_ratio: int = 200  # uncompressed ÷ compressed size of a .docx part over 1 MB (zip bombs)
    max_numbering_chars: int = 1_000_000  # characters of Word automatic numbering rendered in one file
    max_pdf_pages: int = 5_000  # pages of a PDF
    max_pdf_stream_bytes: int = 200_000_000  # decoded page content of a PDF, all pages together
    max_html_depth: int = 256  # nesting of HTML elements; deeper ones are read as plain text, with a warning
    max_nodes: int = 200_000  # nodes of one outline; past them the last node holds the rest, with a warning

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


DEFAULT_LIMITS = Limits()


def over_limit(what: str, limit: str, limits: Limits, name: str | None) -> OrgdocError:
    """The error for an input over budget `limit`: what was too large, the budget, how to raise it."""
    return fail(
        LimitError,
        f"too large: {what}, over the limit {limit}={getattr(limits, limit)}; raise it with "
        f"limits=Limits({limit}=…) or --limit {limit}=…",
        name,
    )


def safe_text(text: str) -> tuple[str, int]:
    """`text` with every surrogate code point (a lone half of a UTF-16 pair, or a file name's
    undecodable byte) replaced by U+FFFD, one character for one so offsets stay valid: (text, count).
    Such text cannot be written as UTF-8, so JSON export would fail on it. Every parse pays the
    search; the `regex` module scans for one range four times faster than `re`."""
    if _SURROGATE_SCAN.search(text) is None:
        return text, 0
    count = len(_SURROGATES.findall(text))
    return _SURROGATES.sub("\ufffd", text), count


def safe_name(name: str | None) -> str | None:
    """A file name fit for messages and JSON: undecodable bytes (os.fsdecode's surrogate escapes)
    written as \\xNN, other surrogates as \\udNNN."""
    if name is None or not _SURROGATES.search(name):
        return name
    raw = name.encode("utf-8", "surrogateescape") if _only_escapes(name) else None
    if raw is not None:
        return raw.decode("utf-8", "backslashreplace")
    return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _only_escapes(name: str) -> bool:
    return all("\udc80" <= ch <= "\udcff" for ch in _SURROGATES.findall(name))


_SURROGATES = re.compile("[\ud800-\udfff]")
_SURROGATE_SCAN = regex.compile("[\ud800-\udfff]")


# A string literal's content saved as the text (a JSON or SQL field, a JS/Java/Dart string: "…\n\n一、…")
# keeps its line breaks as the escapes \n, \r\n and its tabs as \t, two characters each. Where such escapes
# outnumber the text's real line breaks, they are its lines: each written in place as the character it
# stands for (the backslash a space, r a space, n a line break, t a tab), so offsets hold and 一、 after
# "\n" opens its line. A backslash escaped itself (\\n) is no break. A text with its own lines (source
# code quoting "\n", a tutorial) is left as it is.
_BREAK_ESCAPE = re.compile(r"(?<!\\)\\([nrt])")
_ESCAPED_AS = {"n": " \n", "r": "  ", "t": " \t"}
MIN_BREAK_ESCAPES = 2


def unescape_breaks(text: str) -> str:
    """`text` with its literal line-break escapes (\\n \\r \\t) read as breaks, when they are its lines."""
    if "\\" not in text:
        return text
    count = sum(1 for m in _BREAK_ESCAPE.finditer(text) if m.group(1) == "n")
    if count < MIN_BREAK_ESCAPES or count <= text.count("\n"):
        return text
    return _BREAK_ESCAPE.sub(lambda m: _ESCAPED_AS[m.group(1)], text)


# A string written in source code as literals one a line, joined with + (an Android screen's
# setText("某镇…。\n" +⏎ "\n" +⏎ "一是…。\n" +⏎ …), Java's "…\r\n" +, a JS constant '…' +) or set side by side
# (Python's ("…"⏎ "…"⏎ "…")): the text is the literals' content. The quotes, the + joining them and the ); closing
# the last are code, blanked in place, and the escapes inside read as their characters (\n a line break, \" a
# quote), so 一是 after "\n" + opens its line and offsets hold. A piece stands at a line's end after ( = , or
# alone on its line; only a run of MIN_JOINED_PIECES pieces joined by + or standing alone on lines one under
# the other counts, so a line of code quoting one string is left as it is. This is the one place such code is
# read: the stages after it see the document's lines.
def _literal(quotes: str) -> str:
    """A one-line string literal in one of `quotes`, its content the group `body_<n>` of its quote (`_body`).
    Written as a loop unrolled over escapes: a group repeated a character at a time keeps the engine's state
    for each, 150 MB for a 4 MB line opened by a quote that nothing closes."""
    return "(?:" + "|".join(rf"{q}(?P<body_{k}>[^{q}\\\n]*(?:\\.[^{q}\\\n]*)*){q}" for k, q in enumerate(quotes)) + ")"


def _body(m: re.Match[str]) -> tuple[int, int]:
    """The span of the content of the literal `m` holds."""
    return next(m.span(g) for g in m.re.groupindex if g.startswith("body_") and m.start(g) >= 0)


_JOINED_PIECE = re.compile(
    r"""(?P<pre>^[ \t]*(?:\+[ \t]*)?|[(=,][ \t]*)""" + _literal("\"'")
    + r"""(?P<post>[ \t]*(?:\+|\)+[ \t]*;?|;)?[ \t\r]*)$""",
    re.MULTILINE)
_PIECE_ESCAPE = re.compile(r"\\(.)")
_PIECE_ESCAPED = {"n": " \n", "r": "  ", "t": " \t"}


def _unescaped(text: str, start: int, end: int) -> str:
    """A literal's content text[start:end] with its escapes read, one character for each of theirs (\\n → " \n")."""
    return _PIECE_ESCAPE.sub(lambda e: _PIECE_ESCAPED.get(e.group(1), " " + e.group(1)), text[start:end])
MIN_JOINED_PIECES = 3


def unjoin_literals(text: str) -> str:
    """`text` with a string joined from literals line by line read as that string (see above)."""
    if '"' not in text and "'" not in text:
        return text
    pieces = list(_JOINED_PIECE.finditer(text))
    plus = [m for k, m in enumerate(pieces) if _joins(text, pieces, k)]
    joined = sorted({m.start(): m for m in plus + _adjacent_runs(text, pieces)}.values(), key=lambda m: m.start())
    if len(joined) < MIN_JOINED_PIECES:
        return text
    out, last = [], 0
    for m in joined:
        body = _unescaped(text, *_body(m))
        pre = m.group("pre").replace("+", " ")
        out += [text[last:m.start()], pre, " ", body, " ", re.sub(r"\S", " ", m.group("post"))]
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _joins(text: str, pieces: list[re.Match[str]], k: int) -> bool:
    """Whether piece k is joined to the piece before or after it by a +: beside it, ending the piece on
    the line before (the last one, "…");) or beginning the piece on the line after (the first one, const s =
    "…"⏎ + "…")."""
    m = pieces[k]
    if "+" in m.group("pre") or "+" in m.group("post"):
        return True
    before = pieces[k - 1] if k else None
    after = pieces[k + 1] if k + 1 < len(pieces) else None
    return (before is not None and "+" in before.group("post") and _next_line(text, before, m)
            or after is not None and "+" in after.group("pre") and _next_line(text, m, after))


def _adjacent_runs(text: str, pieces: list[re.Match[str]]) -> list[re.Match[str]]:
    """Python's adjacent literals in brackets (TEXT = (⏎ "…"⏎ "…"⏎ "…"⏎)): MIN_JOINED_PIECES pieces or more one
    under the other, each alone on its line, the first opening the bracket or right under a line that does.
    Quoted lines of prose ("（一）…"⏎"（二）…") have no bracket above them."""
    found: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for m in [*pieces, None]:
        if m is not None and run and _alone(m) and _next_line(text, run[-1], m):
            run.append(m)
            continue
        if len(run) >= MIN_JOINED_PIECES and _in_bracket(text, run[0]):
            found += run
        run = [m] if m is not None and (_alone(m) or m.group("pre").strip() == "(") else []
    return found


def _in_bracket(text: str, m: re.Match[str]) -> bool:
    """Whether the piece opens a bracket, or the line above it ends with one (read back, never a copy)."""
    if m.group("pre").strip() == "(":
        return True
    k = text.rfind("\n", 0, m.start())
    while k > 0 and text[k - 1] in " \t\r":
        k -= 1
    return k > 0 and text[k - 1] == "("


def _next_line(text: str, m: re.Match[str], n: re.Match[str]) -> bool:
    return text.count("\n", m.end(), n.start()) <= 1


def _alone(m: re.Match[str]) -> bool:
    """A piece that is all its line holds (Python's adjacent literals)."""
    return not m.group("pre").strip() and not m.group("post").strip()


# A script that builds a document from its text (a docx or PDF builder: h1("一、前言"), body("一是…。"),
# doc.add_heading('二、主要做法', level=1), p("注：…", { size: 22 })): the text is the string each call line
# passes, one paragraph a call. The code around the string, the calls' other arguments and the script's
# comments (// ===== 一、前言 ===== repeats the heading it marks) are blanked in place, so each passed string
# stands alone on its line and offsets hold. A string alone on its line, an argument of a call spread over
# lines ("2022年度节能工作报告",), is passed text too. Only a text with MIN_CALL_LITERALS call lines passing
# Chinese text is read so: a program that prints a message or two is left as it is.
_CALL_LITERAL = re.compile(
    r"""^(?P<pre>[ \t]*(?:\.\.\.)?(?:[\w$]+\.)*[\w$]+\((?:[ \t]*[\w$.]+[ \t]*,)*[ \t]*)""" + _literal("\"'`")
    + r"""(?P<post>[^\n]*\)[ \t]*[,;)]*[ \t]*)$""",
    re.MULTILINE)
_LONE_LITERAL = re.compile(r"""^(?P<pre>[ \t]*)""" + _literal("\"'`") + r"""(?P<post>[ \t]*,?[ \t]*)$""", re.MULTILINE)
_SCRIPT_COMMENT = re.compile(r"^[ \t]*(?://|/\*|\*|#(?![#!])).*$", re.MULTILINE)
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
MIN_CALL_LITERALS = 5


def unwrap_call_literals(text: str) -> str:
    """`text` as the strings its call lines pass, when it is a script building a document (see above)."""
    if "(" not in text or not _HAN_CHAR.search(text):
        return text
    calls = [m for m in _CALL_LITERAL.finditer(text) if _HAN_CHAR.search(text, *_body(m))]
    if len(calls) < MIN_CALL_LITERALS:
        return text
    lone = [m for m in _LONE_LITERAL.finditer(text) if _HAN_CHAR.search(text, *_body(m))]
    chars = list(text)
    for m in sorted(calls + lone, key=lambda m: m.start()):
        start, end = _body(m)
        line = " " * (start - m.start()) + _unescaped(text, start, end) + " " * (m.end() - end)
        chars[m.start():m.end()] = list(line)
    for m in _SCRIPT_COMMENT.finditer(text):
        chars[m.start():m.end()] = [" "] * (m.end() - m.start())
    return "".join(chars)
