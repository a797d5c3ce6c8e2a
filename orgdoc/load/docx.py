"""Word .docx: body paragraphs and table cells in document order, automatic numbering written out.

The package is read with zipfile and lxml directly (not python-docx, which refuses a whole file for
one dangling relationship): only the main document part is required, each part is checked against
the byte budgets before it is inflated, and the XML parser expands no entities.

A paragraph numbered by Word keeps its "一、" in numbering.xml, not in its text; the outline parser
only sees text, so the marker is rendered (see numbering.py) and put back at the line start.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from orgdoc.errors import DecodeError, LimitError, OrgdocError

from ._common import (
    DEFAULT_LIMITS,
    OLE_MAGIC,
    Limits,
    Loaded,
    fail,
    join_lines,
    legacy_doc_error,
    missing_extra_error,
    over_limit,
)
from .numbering import Numbering, W, as_int, child_val

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# Run content other than w:t → the characters Word shows for it.
# fmt: off
_RUN_CHARS = {
    W + "tab": "\t", W + "ptab": "\t", W + "cr": "\n", W + "noBreakHyphen": "-", W + "softHyphen": "",
}

# Subtrees that are not the paragraph's visible text: properties, deleted or moved-away revisions,
# field codes, the fallback copy of alternate content, text boxes (drawn apart from the text flow).
_SKIPPED = frozenset({
    W + "pPr", W + "rPr", W + "del", W + "moveFrom", W + "instrText", W + "delText", W + "txbxContent",
    MC + "Fallback",
})
# fmt: on

# Content controls and custom XML wrap paragraphs, rows and cells without changing them.
_WRAPPERS = frozenset({W + "sdt", W + "sdtContent", W + "customXml"})

# Built-in heading styles ("heading 1" in styles.xml, shown as 标题 1 in Chinese Word; WPS may store 标题 1).
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None  # w:outlineLvl 0-8 (9 = body text)


class _Styles:
    """styles.xml: the numbering and heading level a paragraph inherits from its style chain."""

    def __init__(self, root: Any | None) -> None:
        self._styles: dict[str, _Style] = {}
        self._numbering: dict[str | None, tuple[str | None, int | None]] = {}
        self._levels: dict[str | None, int | None] = {}
        self.default: str | None = None
        for el in root.findall(W + "style") if root is not None else ():
            ppr = el.find(W + "pPr")
            num_pr = ppr.find(W + "numPr") if ppr is not None else None
            style_id = el.get(W + "styleId", "")
            self._styles[style_id] = _Style(
                child_val(el, "name") or "",
                child_val(el, "basedOn"),
                child_val(num_pr, "numId"),
                as_int(child_val(num_pr, "ilvl"), None),
                as_int(child_val(ppr, "outlineLvl"), None),
            )
            if el.get(W + "type") == "paragraph" and el.get(W + "default") in ("1", "true"):
                self.default = style_id

    def chain(self, style_id: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            yield self._styles[style_id]
            style_id = self._styles[style_id].based_on

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        # Answers are kept per style: every paragraph of a style would walk its whole chain again.
        if style_id not in self._numbering:
            self._numbering[style_id] = next(
                ((s.num_id, s.ilvl) for s in self.chain(style_id) if s.num_id is not None), (None, None))
        return self._numbering[style_id]

    def heading_level(self, style_id: str | None) -> int | None:
        if style_id not in self._levels:
            self._levels[style_id] = self._heading_level(style_id)
        return self._levels[style_id]

    def _heading_level(self, style_id: str | None) -> int | None:
        for style in self.chain(style_id):
            named = _HEADING_STYLE.match(style.name.strip())
            if named:
                return int(named.group(1))
            if style.outline is not None:
                return style.outline + 1 if style.outline < 9 else None
        return None

    def num_ids(self) -> dict[str, str]:
        return {sid: style.num_id for sid, style in self._styles.items() if style.num_id}


def _text(el: Any) -> str:
    """The visible text of a paragraph (or any element inside one)."""
    parts: list[str] = []
    for child in el:
        tag = child.tag
        if tag in _SKIPPED:
            continue
        if tag == W + "t":
            parts.append(child.text or "")
        elif tag == W + "br":  # page and column breaks are layout; a text-wrapping break is a new line
            parts.append("" if child.get(W + "type") in ("page", "column") else "\n")
        elif tag in _RUN_CHARS:
            parts.append(_RUN_CHARS[tag])
        else:
            parts.append(_text(child))
    return "".join(parts)


def _children(el: Any, tag: str) -> Iterator[Any]:
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


def _paragraphs(parent: Any, in_table: bool = False) -> Iterator[tuple[Any, bool]]:
    """Every w:p in document order, tables walked row by row and cell by cell where they stand."""
    for child in parent:
        if child.tag == W + "p":
            yield child, in_table
        elif child.tag == W + "tbl":
            for row in _children(child, W + "tr"):
                for cell in _children(row, W + "tc"):
                    yield from _paragraphs(cell, True)
        elif child.tag in _WRAPPERS:
            yield from _paragraphs(child, in_table)


def _num_ref(p: Any, styles: _Styles, numbering: Numbering) -> tuple[str, int] | None:
    """(numId, ilvl) of a numbered paragraph: its own w:numPr, else its style's; None if unnumbered."""
    ppr = p.find(W + "pPr")
    num_pr = ppr.find(W + "numPr") if ppr is not None else None
    style_id = child_val(ppr, "pStyle") or styles.default
    num_id, ilvl = child_val(num_pr, "numId"), as_int(child_val(num_pr, "ilvl"), None)
    if num_id is None:
        num_id, style_ilvl = styles.numbering(style_id)
        ilvl = style_ilvl if ilvl is None else ilvl
    if not num_id or num_id == "0":  # numId 0 switches numbering off
        return None
    if ilvl is None and style_id:
        ilvl = numbering.style_level(num_id, style_id)
    return num_id, ilvl or 0


def _heading_level(p: Any, styles: _Styles) -> int | None:
    ppr = p.find(W + "pPr")
    outline = as_int(child_val(ppr, "outlineLvl"), None)
    if outline is not None:
        return outline + 1 if outline < 9 else None
    return styles.heading_level(child_val(ppr, "pStyle") or styles.default)


# Relationship types end with these names (transitional and strict OOXML differ only in the prefix).
_REL_MAIN, _REL_STYLES, _REL_NUMBERING = "/officeDocument", "/styles", "/numbering"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}Override"
_MAX_DANGLING_NOTES = 3  # missing parts named one by one; more are counted
_BOMB_FLOOR = 1_000_000  # parts smaller than this are never zip bombs, whatever their ratio


def _xml_parser() -> Any:
    """lxml with no entity expansion, no DTD and no network: XXE and billion laughs stay inert."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


class _Package:
    """The zip of a .docx, read part by part within the byte budgets; only the parts asked for are
    inflated, each checked for its uncompressed size and ratio before it is."""

    def __init__(self, data: bytes, name: str | None, limits: Limits) -> None:
        self.name, self.limits, self.unzipped = name, limits, 0
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
            raise self.error(f"broken zip archive ({exc})") from None
        self.parts = {info.filename.lstrip("/"): info for info in self.zip.infolist()}

    def error(self, cause: str) -> OrgdocError:
        return fail(DecodeError, f"cannot read .docx: the file is not a valid Word document: {cause}", self.name)

    def read(self, part: str) -> bytes:
        info = self.parts[part]
        size = info.file_size
        if size > _BOMB_FLOOR and size > self.limits.max_zip_ratio * max(info.compress_size, 1):
            what = f"the part {part} inflates {info.compress_size} bytes to {size} (a zip bomb?)"
            raise over_limit(what, "max_zip_ratio", self.limits, self.name)
        if self.unzipped + size > self.limits.max_unzipped_bytes:
            what = f"the parts read up to {part} inflate to {self.unzipped + size} bytes"
            raise over_limit(what, "max_unzipped_bytes", self.limits, self.name)
        try:
            with self.zip.open(info) as stream:  # reads at most file_size bytes
                content = stream.read(size + 1)
        except RuntimeError as exc:  # zipfile: "File is encrypted, password required"
            raise self.error(f"the part {part} is encrypted ({exc})") from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError) as exc:
            raise self.error(f"broken zip data in {part} ({exc})") from None
        self.unzipped += len(content)
        return content

    def xml(self, part: str) -> Any:
        from lxml import etree

        try:
            return etree.fromstring(self.read(part), _xml_parser())
        except etree.XMLSyntaxError as exc:
            raise self.error(f"broken XML in {part} ({exc})") from None

    def relationships(self, part: str) -> list[tuple[str, str]]:
        """(type, target part) of the internal relationships of `part` (of the package for "")."""
        folder, _, base = part.rpartition("/")
        rels = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        if rels not in self.parts:
            return []
        out = []
        for rel in self.xml(rels).iter(_RELS):
            if rel.get("TargetMode") == "External" or not rel.get("Target"):
                continue
            out.append((rel.get("Type", ""), _resolve(folder, rel.get("Target", ""))))
        return out

    def content_type(self, part: str) -> str:
        if "[Content_Types].xml" not in self.parts:
            return ""
        try:
            types = self.xml("[Content_Types].xml")
        except OrgdocError:
            return ""
        for override in types.iter(_TYPES):
            if override.get("PartName", "").lstrip("/") == part:
                return override.get("ContentType", "")
        return ""


def _resolve(folder: str, target: str) -> str:
    """A relationship target as a part name: absolute (/word/x.xml) or relative to the source's folder."""
    path = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target))
    return path.lstrip("/")


def _main_part(package: _Package) -> str:
    targets = [t for kind, t in package.relationships("") if kind.endswith(_REL_MAIN)]
    for part in [*targets, "word/document.xml"]:
        if part in package.parts:
            return part
    raise package.error("the package has no main document (word/document.xml)")


def _optional_part(package: _Package, rels: list[tuple[str, str]], kind: str, warnings: list[str]) -> Any | None:
    """styles.xml or numbering.xml: None when absent; missing or broken ones are warned about."""
    targets = [t for k, t in rels if k.endswith(kind)]
    if not targets:
        return None
    if targets[0] not in package.parts:
        return None  # named among the missing parts already
    try:
        return package.xml(targets[0])
    except LimitError:
        raise
    except OrgdocError as exc:
        cause = str(exc).split(": ", 1)[-1].rsplit(" — ", 1)[0]
        warnings.append(f"{targets[0]} could not be read and was left out ({cause}): {_LOST[kind]}")
        return None


_LOST = {_REL_STYLES: "heading styles are not known", _REL_NUMBERING: "automatic numbers (一、 1.) are not in the text"}


def _dangling(package: _Package, rels: list[tuple[str, str]]) -> list[str]:
    """Warnings for parts the document refers to that the package lacks (an image, a header…)."""
    missing = sorted({t for _, t in rels if t not in package.parts})
    notes = [f"the package lacks {part}, which the document refers to; read without it"
             for part in missing[:_MAX_DANGLING_NOTES]]
    if len(missing) > _MAX_DANGLING_NOTES:
        notes.append(f"… and {len(missing) - _MAX_DANGLING_NOTES} more missing parts")
    return notes


def _body(package: _Package, part: str) -> Any:
    root = package.xml(part)
    if root.tag != W + "document":
        raise package.error(f"{part} is not a Word document body (its root element is {_local(root.tag)})")
    body = root.find(W + "body")
    if body is None:
        raise package.error(f"{part} has no body (<w:body>)")
    return body


def _local(tag: Any) -> str:
    return f"<{str(tag).rpartition('}')[2]}>"


def _package(data: bytes, name: str | None, limits: Limits) -> _Package:
    if data.startswith(OLE_MAGIC):
        raise legacy_doc_error(name)
    try:
        import lxml.etree  # noqa: F401 - python-docx's dependency, brought by the docx extra
    except ImportError:
        raise missing_extra_error("lxml", "docx", ".docx files", name) from None
    return _Package(data, name, limits)


def load_docx(data: bytes, name: str | None, limits: Limits = DEFAULT_LIMITS) -> Loaded:
    """Only the main document part is required: styles, numbering and every other part are optional,
    and a part the package refers to but lacks is a warning."""
    package = _package(data, name, limits)
    part = _main_part(package)
    warnings: list[str] = []
    if "macroEnabled" in package.content_type(part):
        warnings.append("a macro-enabled document (.docm): its text is read, its macros are not run")
    body = _body(package, part)
    rels = package.relationships(part)
    warnings += _dangling(package, rels)
    styles = _Styles(_optional_part(package, rels, _REL_STYLES, warnings))
    numbering = Numbering(_optional_part(package, rels, _REL_NUMBERING, warnings), styles.num_ids(),
                          limits.max_numbering_chars)
    lines: list[tuple[str, int | None]] = []
    for p, in_table in _paragraphs(body):
        ref = _num_ref(p, styles, numbering)
        line = ((numbering.marker(*ref) if ref else None) or "") + _text(p)
        if in_table and not line.strip():
            continue  # empty and merged-away cells
        lines.append((line, _heading_level(p, styles) if line.strip() else None))
    text, headings = join_lines(lines)
    return Loaded(text, "docx", None, name, headings, tuple(warnings + numbering.warnings))
