"""The examples in the docstrings run as written."""

from __future__ import annotations

import doctest

import pytest

import orgdoc
import orgdoc.load
import orgdoc.numerals


@pytest.mark.parametrize("module", [orgdoc, orgdoc.numerals, orgdoc.load], ids=lambda m: m.__name__)
def test_docstring_examples(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.attempted > 0 and result.failed == 0
