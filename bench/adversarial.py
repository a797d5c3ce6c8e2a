"""Adversarial shapes at growing sizes: time and peak memory per doubling (a benchmark, not a test).

    python bench/adversarial.py [--only NAME,...] [--limit 30] [--base 1]

Each shape (the inputs that made orgdoc slow or hungry: copied site-menu lines, breadcrumbs, HTML
comments before any text, bullets after an announcement, a speech on one line, deep HTML, Word style
chains, degenerate marker lines, CSS and lists …) is made at n, 2n, 4n and 8n and parsed in a fresh process, so the
peak resident memory is that input's alone. Printed per shape: CPU seconds and peak MB at each size, and
the growth per doubling (the geometric mean of t(2k)/t(k); linear work gives 2.0).

Exit status 1 when any shape grows faster than 2.3× per doubling, runs past the time limit, takes
over 50 ms on an input under 1 KB, or uses more than 10× its input plus 1 KB per node and 64 MB.
The figures are of a parse and its JSON written out (to a file, as `orgdoc parse FILE --format
json` writes it: in pieces, export.write_json).
"""

from __future__ import annotations

import argparse
import io
import math
import multiprocessing as mp
import os
import resource
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

SEED = (Path(__file__).resolve().parent.parent / "seeds" / "001_ea13a1839fb37cfd.txt").read_text(encoding="utf-8")
PROSE = "各级党组织要坚持以人民为中心的发展思想，把各项工作落到实处，确保取得实效。"

Shape = Callable[[int], tuple[bytes, str]]  # n → (input bytes, file name that says its format)


def _txt(text: str) -> tuple[bytes, str]:
    return text.encode("utf-8"), "input.txt"


def _html(markup: str) -> tuple[bytes, str]:
    return f"<html><head><title>标题</title></head><body>{markup}</body></html>".encode(), "page.html"


MENU_ITEMS = ["首页", "新闻中心", "政务公开", "通知公告", "领导活动", "政策解读", "办事服务", "互动交流"]


def menu_line(n: int) -> tuple[bytes, str]:
    """A copied site menu on one line, the items separated by spaces or bars."""
    items = [MENU_ITEMS[i % len(MENU_ITEMS)] for i in range(n)]
    return _txt(" | ".join(items) + "\n关于加强基层党建工作的通知\n" + PROSE + "\n")


def breadcrumb(n: int) -> tuple[bytes, str]:
    return _txt("当前位置：首页 > " + " > ".join(MENU_ITEMS[i % 8] for i in range(n)) + "\n" + PROSE + "\n")


def html_comments(n: int) -> tuple[bytes, str]:
    return _txt("<!---->" * n + "\n一、总体要求\n" + PROSE + "\n")


def bullets_after_announcement(n: int) -> tuple[bytes, str]:
    head = "下面，我讲三点意见。\n一、提高认识\n" + PROSE + "\n"
    return _txt(head + "".join(f"——{PROSE}\n" for _ in range(n)))


def inline_in_first_item(n: int) -> tuple[bytes, str]:
    body = "".join(f"一是{PROSE}二是{PROSE}三是{PROSE}\n" for _ in range(n))
    return _txt("一、加强领导\n" + body + "二、狠抓落实\n" + PROSE + "\n")


def one_line_speech(n: int) -> tuple[bytes, str]:
    return _txt("\u3000\u3000".join([SEED.replace("\n", "\u3000\u3000")] * n))


def marker_dense_line(n: int) -> tuple[bytes, str]:
    return _txt("一是学习，二是落实，三是（一）1.①首先，其次，最后。" * n)


def marker_lines(n: int) -> tuple[bytes, str]:
    return _txt("一、\n" * n)


def colon_first_items(n: int) -> tuple[bytes, str]:
    """A list's first item run in after a colon, its second on the next line, over and over: each first
    item is looked back from and each pair is a candidate preview of the next."""
    return _txt("一、总体要求\n" + "有关要求如下：（一）加强学习；\n（二）抓好落实。\n" * n)


def colon_items(n: int) -> tuple[bytes, str]:
    """Lines opened by a numbered colon form (场景一：), each with an inline list after it."""
    return _txt("".join(f"场景{'一二三四五六七八九'[i % 9]}：{PROSE}一是学习，二是落实。\n" for i in range(n)))


def blank_lines(n: int) -> tuple[bytes, str]:
    return _txt("一、总体要求\n" + "\n" * n + PROSE + "\n")


def html_nesting(n: int) -> tuple[bytes, str]:
    return _html("<div>" * n + f"<p>一、总体要求</p><p>{PROSE}</p>" + "</div>" * n)


def nested_furniture(n: int) -> tuple[bytes, str]:
    return _html('<div class="nav"><ul><li><a href="#">首页</a></li>' * n + "</ul></div>" * n
                 + f"<p>一、总体要求</p><p>{PROSE}</p>")


def footer_text(n: int) -> tuple[bytes, str]:
    return _txt(f"一、总体要求\n{PROSE}\n版权所有 主办单位 " + "某某市人民政府办公室 " * n + "\n")


def stray_end_tags(n: int) -> tuple[bytes, str]:
    return _html("</div></span></p>" * n + f"<p>一、总体要求</p><p>{PROSE}</p>")


def open_anchors(n: int) -> tuple[bytes, str]:
    return b"<a" * n, "page.html"


def end_tag_openers(n: int) -> tuple[bytes, str]:
    return b"</" * n, "page.html"


def style_openers(n: int) -> tuple[bytes, str]:
    """`<style` n times, none closed by `>`: each start tag's search must stop at the next `<`."""
    return b"<style " * n, "page.html"


def css_comments(n: int) -> tuple[bytes, str]:
    """A <style> block of n hiding rules (html_style.py), n @-blocks nested in each other, n unclosed
    `@m{` and n unclosed `/*`, then the article."""
    rules = "".join(f".h{i}{{display:none}} .h{i}.on{{display:block}}" for i in range(n))
    nested = "@media a{" * n + ".x{display:none}" + "}" * n + "@m{" * n
    return _html(f"<style>{rules}{nested}{'/*' * n}</style>" + f"<p class='h1 x'>{PROSE}</p>" * n)


def ordered_items(n: int) -> tuple[bytes, str]:
    """An <ol> of n items, each with a nested <ol> and a hidden element (numbers drawn as lists close)."""
    item = f"<li>{PROSE}<ol><li>甲</li><li value='5'>乙</li></ol><span hidden>隐藏</span></li>"
    return _html("<ol reversed>" + item * n + "</ol>")


def style_chain(n: int) -> tuple[bytes, str]:
    """A .docx whose paragraphs use the last of a chain of n styles, each based on the one before."""
    import docx  # python-docx (the test extra) writes the package; the chain is put in its styles part

    document = docx.Document()
    for _ in range(20):
        document.add_paragraph(PROSE)
    buffer = io.BytesIO()
    document.save(buffer)
    styles = "".join(f'<w:style w:type="paragraph" w:styleId="s{i}"><w:name w:val="s{i}"/>'
                     + (f'<w:basedOn w:val="s{i - 1}"/>' if i else "") + "</w:style>" for i in range(n))
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/styles.xml":
                data = data.replace(b"</w:styles>", styles.encode() + b"</w:styles>")
            elif item.filename == "word/document.xml":
                data = data.replace(b"<w:p>", f'<w:p><w:pPr><w:pStyle w:val="s{n - 1}"/></w:pPr>'.encode())
            dst.writestr(item, data)
    return out.getvalue(), "input.docx"


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(parts: dict[str, str]) -> tuple[bytes, str]:
    """A minimal Word package holding `parts` (word/document.xml and any others) — loaders' shapes."""
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    numbering_rel = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                     'relationships/numbering" Target="numbering.xml"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/_rels/document.xml.rels", numbering_rel)
        for path, content in parts.items():
            archive.writestr(path, content)
    return out.getvalue(), "input.docx"


def docx_letter_start(n: int) -> tuple[bytes, str]:
    """n paragraphs numbered in letters from a huge w:start (10**13): markers must stay short."""
    numbering = (f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
                 '<w:start w:val="10000000000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1."/>'
                 '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    para = ('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
            f'<w:r><w:t>{PROSE}</w:t></w:r></w:p>')
    document = f'<w:document xmlns:w="{W_NS}"><w:body>{para * n}</w:body></w:document>'
    return _docx({"word/document.xml": document, "word/numbering.xml": numbering})


def docx_zip_bomb(n: int) -> tuple[bytes, str]:
    """A document part of n MB of one repeated byte (deflates ~1000:1): refused before inflating."""
    document = f'<w:document xmlns:w="{W_NS}"><w:body>' + " " * (n << 20) + "</w:body></w:document>"
    return _docx({"word/document.xml": document})


def markup_text(n: int) -> tuple[bytes, str]:
    """Text copied from an editor's source view: entities and inline tags on every line."""
    line = f'<p id="c1">&emsp;&emsp;<b>加强</b>{PROSE}&nbsp;&#12288;</p>\n'
    return _txt("<p><b>一、总体要求</b></p>\n" + line * n)


# shape: (function, n at the smallest size)
def string_pieces(n: int) -> tuple[bytes, str]:
    """Source code holding a document one piece of a string a line ("…" +), read by the loader as that string,
    and a text on one line opened by a quote that nothing closes: the pieces' pattern never walks it twice."""
    pieces = "".join(f'        "　　{k % 9 + 1}、{PROSE}\\r\\n" + \n' for k in range(n))
    one_line = '"' + "".join(f"{k % 9 + 1}、{PROSE} " for k in range(n))
    return f'String doc = "开头" + \n{pieces}        "结尾";\n{one_line}\n'.encode(), "Demo.java"


SHAPES: dict[str, tuple[Shape, int]] = {
    "menu_line": (menu_line, 16),
    "breadcrumb": (breadcrumb, 10),
    "html_comments": (html_comments, 40),
    "bullets_after_announcement": (bullets_after_announcement, 500),
    "inline_in_first_item": (inline_in_first_item, 200),
    "one_line_speech": (one_line_speech, 20),
    "marker_dense_line": (marker_dense_line, 2000),
    "marker_lines": (marker_lines, 20000),
    "colon_items": (colon_items, 1000),
    "colon_first_items": (colon_first_items, 5000),
    "blank_lines": (blank_lines, 200000),
    "html_nesting": (html_nesting, 2000),
    "nested_furniture": (nested_furniture, 1000),
    "footer_text": (footer_text, 2000),
    "stray_end_tags": (stray_end_tags, 5000),
    "open_anchors": (open_anchors, 20000),
    "end_tag_openers": (end_tag_openers, 50000),
    "style_openers": (style_openers, 20000),
    "css_comments": (css_comments, 1000),
    "ordered_items": (ordered_items, 1000),
    "style_chain": (style_chain, 1000),
    "docx_letter_start": (docx_letter_start, 500),
    "docx_zip_bomb": (docx_zip_bomb, 4),
    "markup_text": (markup_text, 2000),
    "string_pieces": (string_pieces, 2000),
}


def _measure(data: bytes, name: str, out: mp.Queue) -> None:
    """In a fresh process: parse once, and report seconds, peak RSS growth (bytes) and nodes."""
    import orgdoc
    from orgdoc.errors import OrgdocError
    from orgdoc.export import write_json

    orgdoc.parse("一、预热\n二、预热\n")  # load the grammar outside the timing
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    start = time.process_time()  # CPU seconds: what the load of a shared machine distorts least
    nodes, error = 0, ""
    try:
        outline = orgdoc.parse_bytes(data, name=name)
        with open(os.devnull, "w", encoding="utf-8") as sink:  # as `orgdoc parse FILE --format json` writes it
            write_json(outline, sink)
        nodes = sum(1 for _ in outline.walk())
    except OrgdocError as exc:  # a clear refusal is an acceptable end
        error = type(exc).__name__
    seconds = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - before
    out.put((seconds, peak, nodes, error))


def measure(data: bytes, name: str, limit: float) -> tuple[float, int, int, str] | None:
    """Seconds, peak memory growth, nodes and error of one parse, or None past the time limit."""
    queue: mp.Queue = mp.get_context("fork").Queue()
    proc = mp.get_context("fork").Process(target=_measure, args=(data, name, queue))
    proc.start()
    proc.join(limit)
    if proc.is_alive():
        proc.kill()
        proc.join()
        return None
    return queue.get() if not queue.empty() else (float("nan"), 0, 0, f"exit {proc.exitcode}")


def run_shape(name: str, shape: Shape, n: int, limit: float) -> bool:
    times, ok, cells = [], True, []
    for k in range(4):
        data, file_name = shape(n * 2 ** k)
        result = measure(data, file_name, limit)
        if result is None:
            cells.append(f"{len(data) / 1e3:8.1f} KB  > {limit:.0f} s")
            ok = False
            break
        seconds, peak, nodes, error = result
        if math.isnan(seconds):  # the child died without reporting, a crash and never a pass
            cells.append(f"{len(data) / 1e3:8.1f} KB  crashed ({error})")
            ok = False
            break
        times.append(max(seconds, 1e-4))
        budget = max(10 * len(data) + 1024 * nodes, 64 * 2 ** 20)
        flag = ""
        if len(data) < 1024 and seconds > 0.05:
            flag, ok = " SLOW", False
        if peak > budget:
            flag, ok = flag + " MEMORY", False
        cells.append(f"{len(data) / 1e3:8.1f} KB {seconds:7.3f} s {peak / 2 ** 20:6.0f} MB"
                     f"{' ' + error if error else ''}{flag}")
    growth = (times[-1] / times[0]) ** (1 / (len(times) - 1)) if len(times) > 1 else float("nan")
    # Below ~20 ms a run is start-up noise; judge growth only when the largest size took real time.
    if len(times) == 4 and times[-1] > 0.02 and growth > 2.3:
        ok = False
    print(f"{name:28s} growth/doubling {growth:5.2f} {'ok' if ok else 'FAIL'}")
    for cell in cells:
        print(f"    {cell}")
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="", help="comma-separated shape names")
    ap.add_argument("--limit", type=float, default=30.0, help="seconds allowed for one parse")
    ap.add_argument("--base", type=float, default=1.0, help="scale the smallest n of every shape")
    args = ap.parse_args()
    names = [s for s in args.only.split(",") if s] or list(SHAPES)
    ok = True
    for name in names:
        shape, n = SHAPES[name]
        ok &= run_shape(name, shape, max(1, int(n * args.base)), args.limit)
    print("all shapes within their targets" if ok else "some shapes FAIL their targets")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
