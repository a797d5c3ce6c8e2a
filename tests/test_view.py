"""The viewer page: the text cut server-side into segments that give back the text and each node's
span; in a real browser (Debian's chromium driven by playwright), clicking a node highlights its text."""

from __future__ import annotations

import os
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

import orgdoc
from orgdoc.cli import main
from orgdoc.models import Outline
from orgdoc.view import GREYED, to_html
from tests.test_chunks import DOCUMENTS

SEED = DOCUMENTS[1]
OUTSIDE_BMP = "𠮷😀"  # a CJK Extension B character and an emoji: two UTF-16 units each


class Segments(HTMLParser):
    """The text pane's segments: (node ids, classes, text), and the anchors before them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.inside = 0
        self.stack: list[dict[str, str | None]] = []
        self.segments: list[tuple[list[str], list[str], str]] = []
        self.anchors: list[tuple[str, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id") == "text":
            self.inside = 1
        elif self.inside and tag == "a":
            self.anchors.append((a["id"] or "", len(self.segments)))
        elif self.inside and tag == "span":
            self.stack.append(a)

    def handle_endtag(self, tag: str) -> None:
        if self.inside and tag == "span":
            self.stack.pop()
        elif self.inside and tag == "div":
            self.inside = 0

    def handle_data(self, data: str) -> None:
        if self.inside:
            a = self.stack[-1] if self.stack else {}
            self.segments.append(((a.get("data-n") or "").split(), (a.get("class") or "").split(), data))


def segments(page: str) -> Segments:
    parser = Segments()
    parser.feed(page)
    return parser


def with_wide_characters() -> str:
    """A seed with characters outside the BMP in its first paragraphs, before most nodes."""
    text = SEED.read_text(encoding="utf-8")
    first = orgdoc.parse(text).children[0].span[0]
    return text[:first] + OUTSIDE_BMP + text[first:first + 40] + OUTSIDE_BMP + text[first + 40:]


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.stem for p in DOCUMENTS])
def test_segments_give_back_the_text_and_each_node(path: Path) -> None:
    outline = orgdoc.parse_file(path)
    parsed = segments(to_html(outline))
    assert "".join(t for _, _, t in parsed.segments) == outline.text
    for node in outline.walk():
        assert "".join(t for ids, _, t in parsed.segments if node.id in ids) == outline.text_of(node)
    grey = "".join(t for _, classes, t in parsed.segments if "grey" in classes)
    greyed = [outline.text[s:e] for r in outline.regions if r.kind.value in GREYED for s, e in [r.span]]
    assert "".join(greyed) == grey


def test_warnings_link_to_their_place() -> None:
    text = "一、统一思想\n要抓好。\n二、明确任务\n要落实。\n四、加强保障\n要保障。"
    outline = orgdoc.parse(text)
    page = to_html(outline)
    parsed = segments(page)
    placed = [(k, w) for k, w in enumerate(outline.warnings) if w.span]
    assert placed, "a numbering gap is warned about"
    for k, w in placed:
        assert f'href="#w{k}"' in page
        at = dict(parsed.anchors)[f"w{k}"]
        assert len("".join(t for _, _, t in parsed.segments[:at])) == w.span[0]


def test_view_command_writes_one_page(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    assert main(["view", str(SEED), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<script>" in page and "<style>" in page
    assert "src=" not in page and "href=\"http" not in page  # self-contained


def browser() -> str | None:
    """Debian's chromium (or its headless shell), or the one ORGDOC_CHROMIUM names."""
    for name in (os.environ.get("ORGDOC_CHROMIUM"), "chromium-headless-shell", "chromium", "chromium-browser"):
        found = name and shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def page():  # type: ignore[no-untyped-def]
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    executable = browser()
    if executable is None:
        pytest.skip("no chromium on this machine (apt-get install chromium-headless-shell, or set ORGDOC_CHROMIUM)")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=executable)
        yield launched.new_page()
        launched.close()


def highlighted(page) -> str:  # type: ignore[no-untyped-def]
    return page.evaluate("Array.from(document.querySelectorAll('#text .hl')).map(e => e.textContent).join('')")


def open_view(page, outline: Outline, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "page.html"
    path.write_text(to_html(outline), encoding="utf-8")
    page.goto(path.as_uri())


def test_clicking_a_node_highlights_its_span(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = with_wide_characters()
    outline = orgdoc.parse(text)
    open_view(page, outline, tmp_path)
    for node in [outline.children[0], *list(outline.walk())[3:6], list(outline.walk())[-1]]:
        assert text.find(OUTSIDE_BMP) < node.span[1]
        page.click(f'nav a[data-id="{node.id}"]')
        assert highlighted(page) == outline.text_of(node) == text[node.span[0]:node.span[1]]
        assert page.get_attribute(f'nav a[data-id="{node.id}"]', "class") == "on"
    page.screenshot(path=str(tmp_path / "view.png"))
    assert (tmp_path / "view.png").stat().st_size > 0


def test_clicking_the_text_picks_the_deepest_node(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    outline = orgdoc.parse(with_wide_characters())
    open_view(page, outline, tmp_path)
    deepest = max(outline.walk(), key=lambda n: n.level)
    page.click(f'#text span[data-n$=" {deepest.id}"]:not(.h)', position={"x": 2, "y": 2})
    assert highlighted(page) == outline.text_of(deepest)
