"""A viewer: one self-contained HTML page with the outline beside the text.

Clicking a node in the outline highlights its span in the text (and clicking the text selects the
deepest node there); boilerplate is greyed; warnings are listed with links to their place.

Offsets are Python code points while JavaScript strings count UTF-16 units, so the page never slices
text in the browser: the text is cut here, at every span boundary, into segments that each carry
the ids of the nodes holding them (`data-n`), and the browser only toggles classes on them.
"""

from __future__ import annotations

import html
from itertools import pairwise

from .exports import label
from .models import Node, Outline, Region, RegionKind, Span

__all__ = ["to_html"]

# Region kinds shown greyed: text around the document rather than of it.
GREYED = frozenset({RegionKind.BOILERPLATE.value, "back_matter", "backmatter", RegionKind.EDITORS_NOTE.value})

_CSS = """
body{margin:0;font:15px/1.7 "WenQuanYi Micro Hei","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#222}
header{padding:8px 16px;border-bottom:1px solid #ddd;background:#fafafa}
header h1{font-size:18px;margin:0}
header .facts{color:#666;font-size:13px}
main{display:flex;height:calc(100vh - 64px)}
nav{width:36%;overflow:auto;border-right:1px solid #ddd;padding:8px 12px;font-size:14px}
nav ul{list-style:none;margin:0;padding-left:14px}
nav>ul{padding-left:0}
nav a{color:#124;text-decoration:none;cursor:pointer;display:block;padding:1px 4px;border-radius:3px}
nav a:hover{background:#eef}
nav a.on{background:#ffe08a}
nav .kind{color:#999;font-size:11px;margin-left:4px}
#text{flex:1;overflow:auto;padding:8px 20px;white-space:pre-wrap;word-break:break-all}
#text .hl{background:#fff3b0}
#text .h{font-weight:bold}
#text .grey{color:#aaa}
#warnings{font-size:13px;padding:4px 12px;margin:0;border-bottom:1px solid #ddd;background:#fff8f0}
#warnings a{color:#a40}
"""

_JS = """
const byId = id => document.querySelector('nav a[data-id="' + id + '"]');
function pick(id) {
  document.querySelectorAll('#text .hl').forEach(e => e.classList.remove('hl'));
  document.querySelectorAll('nav a.on').forEach(e => e.classList.remove('on'));
  const parts = document.querySelectorAll('#text [data-n~="' + id + '"]');
  parts.forEach(e => e.classList.add('hl'));
  const link = byId(id);
  if (link) { link.classList.add('on'); link.scrollIntoView({block: 'nearest'}); }
  if (parts.length) parts[0].scrollIntoView({block: 'center'});
}
document.querySelectorAll('nav a[data-id]').forEach(a => a.addEventListener('click', () => pick(a.dataset.id)));
document.getElementById('text').addEventListener('click', ev => {
  const seg = ev.target.closest('[data-n]');
  if (seg) { const ids = seg.dataset.n.split(' '); pick(ids[ids.length - 1]); }
});
"""


def to_html(outline: Outline) -> str:
    """The page for an outline that carries its text (`outline.text`)."""
    title = outline.title or outline.source.path or "(untitled)"
    facts = " · ".join(v for v in (outline.speaker, outline.occasion, outline.genre, outline.date) if v)
    return "".join([
        "<!doctype html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">",
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{html.escape(title)}</h1><div class=\"facts\">{html.escape(facts)}</div></header>",
        _warnings(outline),
        "<main><nav>", _tree(outline.children), "</nav>",
        f"<div id=\"text\">{_text(outline)}</div></main>",
        f"<script>{_JS}</script></body></html>\n",
    ])


def _tree(nodes: list[Node]) -> str:
    if not nodes:
        return ""
    items = []
    for node in nodes:
        items.append(f"<li><a data-id=\"{node.id}\" title=\"{node.span[0]}–{node.span[1]}\">"
                     f"{html.escape(label(node))}<span class=\"kind\">{node.kind.value}</span></a>"
                     f"{_tree(node.children)}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def _warnings(outline: Outline) -> str:
    if not outline.warnings:
        return ""
    items = []
    for k, w in enumerate(outline.warnings):
        text = html.escape(f"{w.code.value}: {w.message}")
        items.append(f"<li><a href=\"#w{k}\">{text}</a></li>" if w.span else f"<li>{text}</li>")
    return "<ul id=\"warnings\">" + "".join(items) + "</ul>"


def _text(outline: Outline) -> str:
    """The text cut at every boundary of a node, heading, region or warning, each segment a span
    element carrying the ids of the nodes holding it."""
    text = outline.text
    nodes = list(outline.walk())  # document order: a parent before its children
    anchors: dict[int, list[int]] = {}
    for k, w in enumerate(outline.warnings):
        if w.span:
            anchors.setdefault(w.span[0], []).append(k)
    spans: list[tuple[Span, tuple[str, Node | Region]]] = []
    spans += [(n.span, ("node", n)) for n in nodes]
    spans += [(n.heading_span, ("heading", n)) for n in nodes]
    spans += [(r.span, ("region", r)) for r in outline.regions]
    spans = [(s, what) for s, what in spans if s[0] < s[1]]
    bounds = sorted({0, len(text), *anchors, *(c for s, _ in spans for c in s)})
    bounds = [c for c in bounds if 0 <= c <= len(text)]
    spans.sort(key=lambda t: t[0][0])
    out, active, k = [], [], 0
    for start, end in pairwise(bounds):
        while k < len(spans) and spans[k][0][0] <= start:  # a sweep: the spans open at `start`
            active.append(spans[k])
            k += 1
        active = [a for a in active if a[0][1] > start]
        out += [f"<a id=\"w{w}\"></a>" for w in anchors.get(start, [])]
        out.append(_segment(text[start:end], [what for _, what in active]))
    return "".join(out)


def _segment(piece: str, holding: list[tuple[str, object]]) -> str:
    nodes = sorted((n for kind, n in holding if kind == "node"), key=lambda n: n.level)  # type: ignore[attr-defined]
    classes = [f"r-{r.kind.value}" for kind, r in holding if kind == "region"]  # type: ignore[attr-defined]
    if any(c[2:] in GREYED for c in classes):
        classes.append("grey")
    if any(kind == "heading" for kind, _ in holding):
        classes.append("h")
    attributes = ""
    if nodes:
        attributes += f" data-n=\"{' '.join(n.id for n in nodes)}\""  # type: ignore[attr-defined]
    if classes:
        attributes += f" class=\"{' '.join(classes)}\""
    return f"<span{attributes}>{html.escape(piece)}</span>" if attributes else html.escape(piece)
