"""orgdoc: the outline of a Chinese speech or official document, as a tree tied to the source text.

    >>> import orgdoc
    >>> outline = orgdoc.parse("一、加强组织领导。各级党委要…\\n二、强化督促检查。")
    >>> [(n.marker, n.heading) for n in outline.children]
    [('一、', '加强组织领导'), ('二、', '强化督促检查')]
"""

from .api import parse, parse_bytes, parse_file
from .errors import DecodeError, LimitError, OrgdocError, ReadError, UnsupportedFormatError
from .load import Limits
from .models import (
    Announcement,
    Diagnostic,
    DiagnosticCode,
    Node,
    NodeKind,
    Outline,
    Region,
    RegionKind,
    Source,
    Span,
)

__all__ = [
    "Announcement",
    "DecodeError",
    "Diagnostic",
    "DiagnosticCode",
    "LimitError",
    "Limits",
    "Node",
    "NodeKind",
    "OrgdocError",
    "Outline",
    "ReadError",
    "Region",
    "RegionKind",
    "Source",
    "Span",
    "UnsupportedFormatError",
    "parse",
    "parse_bytes",
    "parse_file",
]
__version__ = "0.1.0"
