"""One error root for everything orgdoc refuses to read.

Every failure of `parse`, `parse_bytes`, `parse_file` and the `orgdoc` command is an `OrgdocError`
(or a subclass); its message says the cause and ends with the input's name (`<bytes>`, `<text>`).
Wrong argument types are the one exception: a `TypeError` that says what to pass.
"""

from __future__ import annotations


class OrgdocError(ValueError):
    """Base of orgdoc's errors; the message ends with where the problem is."""


class DecodeError(OrgdocError):
    """The bytes are not text in any encoding orgdoc can read (binary, or undecodable)."""


class UnsupportedFormatError(OrgdocError):
    """A file format orgdoc cannot read (legacy .doc, a missing optional extra, …)."""


class ReadError(OrgdocError):
    """The file itself cannot be read: missing, no permission, a directory, a device or a FIFO."""


class LimitError(OrgdocError):
    """The input exceeds one of the budgets in `orgdoc.Limits` (the message names it and its option)."""
