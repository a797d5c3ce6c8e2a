"""Saved web pages: the article's text, one line per block, with page furniture dropped.

Page furniture goes in three ways (and what the page hides from its reader goes too: html_style.py):

- code, widgets and the page head (script, style, select…) and the HTML5 furniture elements (nav,
  header, footer, aside) never give text; an <article>'s own <header> is its title block and stays;
- an element whose class or id names it as furniture (navigation, breadcrumb, footer, sidebar,
  related links, share bar…: `FURNITURE_NAMES`) is dropped with all it holds, unless it holds the
  article after all: the page's <h1> title, its body (TRS_Editor, zoom, <article>…), or most of the
  page's text, or of its text outside links, in sentences — then it is a wrapper with an unlucky name
  (a site's menus and link lists can hold more characters than a short notice);
- above the page's title (its first <h1>, else an element named as the title, e.g. td.biaoti), lines
  made mostly of links outside the article's body are an unnamed menu or breadcrumb and go too; so do
  such lines after the article's body (its last line inside an element named as the body): an unnamed
  column of hot or latest articles set after the article, a footer's links.

What stays is the text a reader sees in the article, so the title is the first line on most pages.

This module decodes the page and builds its lines; html_parser.py reads the markup (the first way),
html_furniture.py holds the furniture names and rules (the other two).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from orgdoc.errors import OrgdocError
from orgdoc.grammar import starts_with_marker

from ._common import DEFAULT_LIMITS, Limits, Loaded, join_lines, line_spans, unescape_breaks
from .encoding import canonical, decode_text
from .html_furniture import Line, drop_links_above_title, drop_links_below_body, dropped_furniture, gone
from .html_parser import BOLD_LINE_LEVEL, DEFAULT_MAX_DEPTH, SPACES, TextExtractor, extract
from .html_start import is_html  # noqa: F401  # where the .docx reader's MHT parts look for it
from .html_style import show_hidden_body

# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">.
_META_CHARSET = re.compile(rb"<meta[^>]{0,512}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_PRESCAN_BYTES = 4096
# A server page's template code (JSP, ASP: <%@ page …%>, <%=…%>), as a page kept in its source form
# holds it: no text a reader sees, though a parser reads it as text.
SERVER_CODE = re.compile(r"<%.*?%>", re.DOTALL)
# In such a page, a tag library's self-closing tag (<s:url value="/img/top.jpg"/>, <c:out value="${x}"/>) is
# template code as well; set inside an attribute's quotes (background="<s:url value="…"/>") it would end the
# attribute and the tag early and leave `">` before the text of the cell (">工程建设领域…目录).
SERVER_TAG = re.compile(r"<[A-Za-z][\w-]*:[\w.-]+(?:\s[^<>]*)?/>")
# A line break a database dump keeps escaped between two block elements (<p>…</p>\r\n<p>…</p>, a field
# exported with its newlines written out): the layout's white space, which a parser reads as text.
_ESCAPED_BREAKS = re.compile(r"(?:\\[rnt])+")
# A Vue single-file component (<script setup>…</script> <template>…</template> <style scoped>…): its root
# <template> block, a tag at the start of a line, is the page's markup, not an inert HTML <template> (which
# the parser drops, and libxml2 puts in the <head> after a leading <script>). Only where no <html>/<body>
# makes it a page of its own.
_SFC_OPEN = re.compile(r"^<template(?:\s[^>]*)?>", re.MULTILINE)
_SFC_CLOSE = re.compile(r"^</template>[ \t]*$", re.MULTILINE)
_PAGE_TAGS = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)


def _unwrap_component(markup: str) -> str:
    """A single-file component's markup with its root <template> tags taken away (their content kept)."""
    if _PAGE_TAGS.search(markup):  # a page (its <html> comes first): its <template>s are inert
        return markup
    opened = _SFC_OPEN.search(markup)
    if opened is None:
        return markup
    closes = list(_SFC_CLOSE.finditer(markup, opened.end()))
    if not closes:
        return markup
    close = closes[-1]
    return markup[:opened.start()] + markup[opened.end():close.start()] + markup[close.end():]


# a line, its heading level, in a data table, under a picture (1: right under it, 2: the next line, and the
# two between it and the next picture)
_Marked = tuple[str, int | None, bool, int]


def _page_lines(page: TextExtractor) -> list[_Marked]:
    """The page's lines without its furniture and hidden elements, each with its heading level,
    whether it is a line of a data table and whether it stands under a picture (<img>)."""
    if page.hidden:
        show_hidden_body(page.furniture, page.raw)
    dropped = dropped_furniture(page.furniture, page.total, page.prose, page.raw)
    kept: list[Line] = []
    for line in page.raw:
        parts = [p for p in line.parts if not gone(dropped, p.furniture)]
        text = SPACES.sub(" ", "".join(p.text for p in parts)).strip()
        if _ESCAPED_BREAKS.fullmatch(text):
            continue
        blank = line.forced and not any(p.text.strip() for p in line.parts)
        if text or (blank and not gone(dropped, line.furniture)):
            line.parts, line.text = parts, text
            kept.append(line)
    kept = drop_links_below_body(drop_links_above_title(kept), page.deepest)
    bold = _bold_headings(kept)
    stacked = _stacked_bold(kept) if bold else set()
    return [(line.text, line.heading if line.text and (bold and k not in stacked or line.heading != BOLD_LINE_LEVEL)
             else None, line.table, 2 if line.under_image else int(line.after_image)) for k, line in enumerate(kept)]


def _stacked_bold(lines: list[Line]) -> set[int]:
    """Bold lines next to another with no text between (a piece's title set over two lines, a title and
    its subtitle): one heading block, no part headings of their own (a part's heading has text under it)."""
    texts = [k for k, line in enumerate(lines) if line.text]
    stacked: set[int] = set()
    for a, b in pairwise(texts):
        if lines[a].heading == BOLD_LINE_LEVEL and lines[b].heading == BOLD_LINE_LEVEL:
            stacked.update((a, b))
    return stacked


def _bold_headings(lines: list[Line]) -> bool:
    """Whether the page's bold lines may be part headings: not where one of them is numbered (一、基本情况
    in bold). Such a page sets its numbered headings in bold; its other bold lines are an attachment's
    label and title, a signature, a date — no part headings."""
    return not any(line.heading == BOLD_LINE_LEVEL and starts_with_marker(line.text) for line in lines)


def _collapse_blank_lines(lines: list[_Marked]) -> list[_Marked]:
    """At most one blank line in a row, none at either end."""
    out: list[_Marked] = []
    for line in lines:
        if line[0] or (out and out[-1][0]):
            out.append(line)
    while out and not out[-1][0]:
        out.pop()
    return out


def declared_charset(data: bytes) -> str | None:
    """The charset label the page's <meta> declares, as written; None when there is none."""
    match = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    return match.group(1).decode("ascii") if match else None


def _codec(label: str | None) -> str | None:
    try:
        return canonical(label, None) if label else None
    except OrgdocError:  # an unknown label: fall back to detection, as browsers do
        return None


def html_to_lines(markup: str) -> list[tuple[str, int | None]]:
    return page_lines(markup)[0]


def _table_ranges(marked: list[_Marked]) -> list[tuple[int, int]]:
    """[first, end) of each run of data-table lines."""
    ranges: list[tuple[int, int]] = []
    first = -1
    for k, (_, _, table, _) in enumerate(marked):
        if table and first < 0:
            first = k
        elif not table and first >= 0:
            ranges.append((first, k))
            first = -1
    if first >= 0:
        ranges.append((first, len(marked)))
    return ranges


def page_lines(markup: str, max_depth: int = DEFAULT_MAX_DEPTH) -> tuple[
        list[tuple[str, int | None]], tuple[str, ...], tuple[str, ...], list[tuple[int, int]], list[tuple[int, int]]]:
    """The page's lines, the titles it states: its <title> and its first <h1> (evidence the
    envelope weighs; the site's name in the <title> is cut off there), warnings, the [first, end)
    lines of its data tables, and the [first, end) of the lines under each picture: the line right under
    it, with the next one when both stand between it and the next picture (the envelope tells which are
    its caption)."""
    if "<%" in markup:
        markup = SERVER_TAG.sub("", SERVER_CODE.sub("", markup))
    if "<template" in markup:
        markup = _unwrap_component(markup)
    page = extract(markup, max_depth)
    marked = _collapse_blank_lines(_page_lines(page))
    lines = [(text, level) for text, level, _, _ in marked]
    tables = _table_ranges(marked)
    headed = _headed_levels(marked)
    figures = [(k, k + 2 if k + 1 < len(marked) and marked[k + 1][3] == 2 else k + 1)
               for k, (text, level, _, image) in enumerate(marked) if image == 1 and text and level not in headed]
    h1 = _title_h1([text for text, level in lines if level == 1 and text])
    hints = tuple(t for t in (SPACES.sub(" ", page.page_title).strip(), h1) if t)
    if not page.flattened:
        return lines, hints, (), tables, figures
    note = (f"{page.flattened} HTML elements nested deeper than max_html_depth={max_depth} were read as "
            "plain text inside their parent (their text kept); raise it with limits=Limits(max_html_depth=…) "
            "or --limit max_html_depth=…")
    return lines, hints, (note,), tables, figures


def _headed_levels(marked: list[_Marked]) -> set[int]:
    """The heading elements' levels (<h1>…<h6>) that head parts: most of their lines stand under no picture.
    One of them right under a picture heads the next part, no caption (an image gallery, then <h2>内容介绍
    over its paragraph, <h2>项目意义 …); a page that sets its captions in <h2> under each photo sets most
    of its <h2> lines there."""
    total: dict[int, int] = {}
    under: dict[int, int] = {}
    for text, level, _, image in marked:
        if text and level is not None and level < BOLD_LINE_LEVEL:
            total[level] = total.get(level, 0) + 1
            under[level] = under.get(level, 0) + (image == 1)
    return {level for level, n in total.items() if 2 * under[level] <= n}


def _title_h1(h1s: list[str]) -> str:
    """The first <h1>, as a title the page states; none when later <h1>s open as it does (如何申请成立…,
    如何申请调整…, 如何申请撤销…): a page that heads its sections with <h1> has parallel headings there."""
    if not h1s:
        return ""
    first = h1s[0].strip()
    return "" if any(h.strip()[:2] == first[:2] for h in h1s[1:]) else h1s[0]


class Page(NamedTuple):
    lines: list[tuple[str, int | None]]  # (line, heading level or None)
    hints: tuple[str, ...]  # the titles the page states (page_lines)
    encoding: str  # the codec its bytes were read with
    warnings: list[str]
    tables: list[tuple[int, int]]  # [first, end) lines of each data table
    figures: list[tuple[int, int]]  # [first, end) of the lines under each picture (page_lines)


def read_page(data: bytes, name: str | None, encoding: str | None, limits: Limits = DEFAULT_LIMITS,
              sent_as: str | None = None) -> Page:
    """A page's bytes decoded (`encoding`, else the charset its <meta> declares, else the one it was
    `sent_as`: an MHT part's header, else detection) and read into lines."""
    label = (declared_charset(data) or sent_as) if encoding is None else None
    declared = _codec(label)
    decoded = decode_text(data, name, encoding, declared)
    warnings = list(decoded.warnings)
    used = decoded.encoding
    if label and declared is None:
        warnings.append(f"the page declares an unknown charset {label!r}; read as {used}")
    elif declared and used != declared and not data.isascii():
        warnings.append(f"the page declares {label} but its bytes are {used}; read as {used}")
    source = decoded.text.removeprefix("\ufeff")
    unescaped = unescape_breaks(source)  # a page kept as a string field: its \n escapes are the source's breaks
    if unescaped is not source:
        warnings.append("the page's literal \\n escapes were read as its line breaks (a string field's content)")
    lines, hints, notes, tables, figures = page_lines(unescaped, limits.max_html_depth)
    return Page(lines, hints, used, warnings + list(notes), tables, figures)


def load_html(data: bytes, name: str | None, encoding: str | None,
              limits: Limits = DEFAULT_LIMITS) -> Loaded:
    page = read_page(data, name, encoding, limits)
    text, headings = join_lines(page.lines)
    return Loaded(text, "html", page.encoding, name, headings, tuple(page.warnings), title_hints=page.hints,
                  tables=line_spans(page.lines, page.tables), figures=line_spans(page.lines, page.figures))
