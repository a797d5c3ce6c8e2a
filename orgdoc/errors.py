"""One error root for everything orgdoc refuses to read."""

from __future__ import annotations


class OrgdocError(ValueError):
    """Base of orgdoc's errors; the message ends with where the problem is."""


class DecodeError(OrgdocError):
    """The bytes are not text in any encoding orgdoc can read (binary, or undecodable)."""


class UnsupportedFormatError(OrgdocError):
    """A file format orgdoc cannot read (legacy .doc, a missing optional extra, …)."""
