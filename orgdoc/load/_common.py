"""What every loader shares: the `Loaded` result and error messages that end with the file name."""

from __future__ import annotations

from dataclasses import dataclass

from orgdoc.errors import OrgdocError, UnsupportedFormatError

FORMATS = ("text", "docx", "html", "markdown", "pdf")

# Legacy binary Office files (Word 97-2003 .doc, WPS .wps, .xls…) are OLE compound documents.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class Loaded:
    """A decoded document: the text plus what the source itself said about its structure."""

    text: str  # BOM removed; line breaks as decoded (a later stage normalises CRLF etc.)
    format: str  # one of FORMATS
    encoding: str | None  # codec used; None for docx/pdf, which carry their own
    path: str | None = None
    headings: tuple[tuple[int, int, int], ...] = ()  # (start, end, level) of source-marked heading lines
    warnings: tuple[str, ...] = ()  # plain-words notes on anything lossy or guessed
    title_hints: tuple[str, ...] = ()  # titles the source states outside the text (an HTML <title>, <h1>)


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
