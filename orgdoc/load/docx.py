"""Word .docx: body paragraphs and table cells in document order, automatic numbering written out.

The package is read with zipfile and lxml directly (not python-docx, which refuses a whole file for
one dangling relationship): only the main document part is required, each part is checked against
the byte budgets before it is inflated, and the XML parser expands no entities.

The body is read into lines by docx_body.py; documents it imports (w:altChunk) by docx_chunks.py.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
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
    line_spans,
    missing_extra_error,
    over_limit,
)
from .docx_body import Body, Styles, body_lines
from .docx_chunks import read_chunk
from .numbering import Numbering, W

# Relationship types end with these names (transitional and strict OOXML differ only in the prefix).
_REL_MAIN, _REL_STYLES, _REL_NUMBERING, _REL_CHUNK = "/officeDocument", "/styles", "/numbering", "/aFChunk"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}Override"
_DEFAULTS = "{http://schemas.openxmlformats.org/package/2006/content-types}Default"
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
        self._rels: dict[str, list[tuple[str, str, str]]] = {}
        self._types: dict[str, str] | None = None
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
        return [(kind, target) for _, kind, target in self._relationships(part)]

    def targets(self, part: str, kind: str) -> dict[str, str]:
        """Relationship id → target part, for the relationships of `part` whose type ends with `kind`."""
        return {rid: target for rid, k, target in self._relationships(part) if k.endswith(kind)}

    def _relationships(self, part: str) -> list[tuple[str, str, str]]:
        if part not in self._rels:
            folder, _, base = part.rpartition("/")
            rels = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
            found = self.xml(rels).iter(_RELS) if rels in self.parts else ()
            self._rels[part] = [(rel.get("Id", ""), rel.get("Type", ""), _resolve(folder, rel.get("Target", "")))
                                for rel in found if rel.get("TargetMode") != "External" and rel.get("Target")]
        return self._rels[part]

    def content_type(self, part: str) -> str:
        """The part's content type: its Override in [Content_Types].xml, else the Default for its extension."""
        if self._types is None:
            self._types = self._content_types()
        extension = part.rpartition(".")[2].lower() if "." in part.rpartition("/")[2] else ""
        return self._types.get(part) or self._types.get("." + extension, "")

    def _content_types(self) -> dict[str, str]:
        """Part name → content type, and ".extension" → the default content type."""
        if "[Content_Types].xml" not in self.parts:
            return {}
        try:
            types = self.xml("[Content_Types].xml")
        except OrgdocError:
            return {}
        found = {"." + d.get("Extension", "").lower(): d.get("ContentType", "") for d in types.iter(_DEFAULTS)}
        found.update((o.get("PartName", "").lstrip("/"), o.get("ContentType", "")) for o in types.iter(_TYPES))
        return found


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
    read = _document(package, part, warnings, 0)
    text, headings = join_lines(read.lines)
    return Loaded(text, "docx", None, name, headings, tuple(warnings), tables=line_spans(read.lines, read.tables))


def _document(package: _Package, part: str, warnings: list[str], depth: int) -> Body:
    """The lines of a main document part, with the documents it imports (w:altChunk) where they stand."""
    body = _body(package, part)
    rels = package.relationships(part)
    warnings += _dangling(package, rels)
    styles = Styles(_optional_part(package, rels, _REL_STYLES, warnings))
    numbering = Numbering(_optional_part(package, rels, _REL_NUMBERING, warnings), styles.num_ids(),
                          package.limits.max_numbering_chars)
    chunks = _Chunks(package, package.targets(part, _REL_CHUNK), warnings, depth)
    read = body_lines(body, styles, numbering, chunks.read)
    warnings += numbering.warnings
    return read


MAX_CHUNK_DEPTH = 3  # .docx chunks inside .docx chunks: one deeper (a zip that holds itself) is left out


class _Chunks:
    """Reads the parts w:altChunk elements name (docx_chunks.py), a .docx chunk as a document of its own
    whose parts count against the same budgets."""

    def __init__(self, package: _Package, targets: dict[str, str], warnings: list[str], depth: int) -> None:
        self.package, self.targets, self.warnings, self.depth = package, targets, warnings, depth

    def read(self, rid: str) -> Body | None:
        part = self.targets.get(rid)
        if part is None or part not in self.package.parts:
            return None  # a dangling relationship is named among the missing parts
        try:
            data = self.package.read(part)
            body, notes = read_chunk(data, self.package.content_type(part), part, self.package.name,
                                     self.package.limits, lambda nested: self._docx(nested, part))
        except LimitError:
            raise
        except OrgdocError as exc:
            cause = str(exc).split(": ", 1)[-1].rsplit(" — ", 1)[0]
            body, notes = None, [f"the embedded document {part} could not be read and was left out ({cause})"]
        self.warnings += notes
        return body

    def _docx(self, data: bytes, part: str) -> Body:
        if self.depth >= MAX_CHUNK_DEPTH:
            raise self.package.error(f"{part} is a document embedded more than {MAX_CHUNK_DEPTH} deep")
        nested = _Package(data, self.package.name, self.package.limits)
        nested.unzipped = self.package.unzipped  # one budget for every part inflated
        try:
            return _document(nested, _main_part(nested), self.warnings, self.depth + 1)
        finally:
            self.package.unzipped = nested.unzipped
