"""orgdoc: the outline of a Chinese speech or official document, as a tree tied to the source text.

    >>> import orgdoc
    >>> outline = orgdoc.parse("一、加强组织领导。各级党委要…\\n二、强化督促检查。")
    >>> [(n.marker, n.heading) for n in outline.children]
    [('一、', '加强组织领导'), ('二、', '强化督促检查')]
"""

from . import precompiled

precompiled.warm()  # before the modules below compile their patterns: those of an earlier run are found

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

precompiled.mark()  # the patterns the modules above compiled: orgdoc's own, kept for the next run

__all__ = [
    "BUILD",
    "COMPILED",
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


def _compiled() -> bool:
    """Whether the parse's hot modules run compiled: a wheel built with
    `HATCH_BUILD_HOOK_ENABLE_MYPYC=true pip install .` holds them as mypyc extensions beside their
    sources (the modules are listed in pyproject.toml); any other install runs them as Python."""
    from importlib.machinery import EXTENSION_SUFFIXES

    from .runin import leads

    return (leads.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))


COMPILED = _compiled()  # outputs are the same either way; the compiled parse is about 1.3× as fast
BUILD = "compiled" if COMPILED else "pure Python"  # as `orgdoc --version` and the benchmarks print it
