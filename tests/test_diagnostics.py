"""Each warning code, from a fresh snippet in the shape that triggers it; a clean text has none."""

from __future__ import annotations

import pytest

import orgdoc

P = "各级党组织要认真抓好落实。"  # a body paragraph

CASES = [
    ("numbering_gap", f"一、统一思想\n{P}\n二、明确任务\n{P}\n四、加强保障\n{P}", "四、"),
    ("numbering_duplicate", f"一、统一思想\n{P}\n二、明确任务\n{P}\n二、加强保障\n{P}", "二、"),
    ("numbering_restart", f"（一）统一思想\n{P}\n（二）明确任务\n{P}\n（一）加强保障\n{P}", "（一）"),
    ("family_changed", f"{P}一要统一思想。二要明确任务。三是加强保障。", "一要"),
    ("level_skipped", (f"一、统一思想\n{P}\n（一）提高认识\n{P}\n1.学习\n{P}\n2.调研\n{P}\n二、明确任务\n{P}\n"
                      f"1.细化分工\n{P}\n2.压实责任\n{P}"), "1."),
    ("announced_count_mismatch", f"下面，我讲三点意见。\n一、统一思想\n{P}\n二、明确任务\n{P}", "我讲三点意见"),
    # a far number opening a paragraph of prose (a heading line after heading lines is a gap: see
    # tests/test_real_shapes.py)
    ("unplaced_text", f"一、统一思想\n{P}\n二、明确任务\n{P}\n九、加强保障。{P}", "九、"),
    ("text_repaired", f"一、统一思想\r\n{P}\r\n二、明确任务\r\n{P}", None),
]


@pytest.mark.parametrize("code,text,where", CASES, ids=[c[0] for c in CASES])
def test_warning_codes(code: str, text: str, where: str | None) -> None:
    outline = orgdoc.parse(text, include_text=True)
    found = [w for w in outline.warnings if w.code.value == code]
    assert len(found) == 1, outline.warnings
    warning = found[0]
    assert warning.message
    if where is not None:
        assert warning.span is not None
        seen = outline.source.text
        assert seen is not None and seen[warning.span[0]:warning.span[1]].startswith(where)


def test_sections_with_their_own_sub_styles_skip_nothing() -> None:
    """一、 with 1. under it and 二、 with （一） under it: two sub-styles, no level left out."""
    text = f"一、统一思想\n{P}\n1.学习\n{P}\n2.调研\n{P}\n二、明确任务\n{P}\n（一）细化分工\n{P}\n1.建台账\n{P}\n" \
           f"2.抓督查\n{P}\n（二）压实责任\n{P}"
    outline = orgdoc.parse(text)
    assert outline.warnings == []
    from tests.outline_text import outline_text
    assert outline_text(outline).splitlines() == [
        "一、 统一思想", "  1. 学习", "  2. 调研", "二、 明确任务", "  （一） 细化分工", "    1. 建台账",
        "    2. 抓督查", "  （二） 压实责任"]


def test_clean_document_has_no_warnings() -> None:
    text = f"下面，我讲两点意见。\n一、统一思想\n{P}一是提高认识。二是强化担当。\n二、明确任务\n{P}"
    outline = orgdoc.parse(text)
    assert outline.warnings == []
    assert [(a.count, a.found) for a in outline.announcements] == [(2, 2)]


@pytest.mark.parametrize("text", ["", "一、甲\n", " \t\n\u3000\xa0\r", "甲\u2003乙\u2028丙\x0b\x1c丁\u205f", "abc  def\n\n"])
def test_visible_characters_are_those_str_isspace_rejects(text: str) -> None:
    from orgdoc.api import _visible

    assert _visible(text) == sum(1 for ch in text if not ch.isspace())


def test_repeated_diagnostics_are_counted_where_they_are_made() -> None:
    """Past MAX_REPEATS of one kind, a stage counts a diagnostic instead of keeping it, in either
    build: compiled code appending past a list subclass's `append` once kept them all to the end."""
    from orgdoc.markers import scan_markers
    from orgdoc.models import MAX_REPEATS
    from orgdoc.tree import build_tree

    text = "一、\n" * 3000
    warnings = build_tree(text, scan_markers(text), (0, len(text))).warnings
    assert len(warnings) <= MAX_REPEATS
    assert sum(warnings.dropped.values()) >= 3000 - 2 * MAX_REPEATS
