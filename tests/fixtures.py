"""Input files built from the seed documents: the same speech as GBK, UTF-16, Big5, .docx, HTML, PDF.

Every builder writes into a directory (pytest's `tmp_path`) and returns the path it wrote. Loader
tests check the decoded text against the seed; parser tests can check that each file gives the
same outline as the clean seed.
"""

from __future__ import annotations

import codecs
import html
import re
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"

# Written for the Big5 fixture (the simplified seeds cannot be Big5-encoded): every character is in Big5.
TRADITIONAL_TEXT = """加強黨的建設工作會議講話
同志們：
今天召開會議，主要任務是總結工作、部署任務。下面，我講三點意見。
一、加強組織領導
（一）健全工作機制。一是明確責任分工，二是強化督促檢查，三是完善考核辦法。
（二）壓實主體責任。各級黨組織要切實擔負起管黨治黨政治責任。
二、提高幹部素質
1.加強理論學習。要堅持不懈用黨的創新理論武裝頭腦。
2.注重實踐鍛煉。一要深入基層，二要勇於擔當。
三、改進工作作風
同志們，讓我們團結一致，奮發有為，為開創新局面而努力奮鬥！
"""

# How a fixture encoding is written: a codec name, or one of these byte layouts.
_LAYOUTS = {
    "utf-16-be-bom": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "utf-16-le-nobom": lambda text: text.encode("utf-16-le"),
}
ENCODINGS = ("gbk", "gb18030", "utf-16", "utf-16-be-bom", "utf-16-le-nobom", "utf-8-sig", "big5")


def seed_names() -> list[str]:
    return sorted(path.stem for path in SEEDS_DIR.glob("*.txt"))


def seed_text(name: str) -> str:
    return (SEEDS_DIR / f"{name}.txt").read_text(encoding="utf-8")


def encode(text: str, encoding: str) -> bytes:
    layout = _LAYOUTS.get(encoding)
    return layout(text) if layout else text.encode(encoding)


def can_encode(text: str, encoding: str) -> bool:
    """Whether `text` survives `encoding` (seed 003's "•" is not in GBK; no simplified seed is Big5)."""
    try:
        encode(text, encoding)
    except UnicodeEncodeError:
        return False
    return True


def write_encoded(directory: Path, name: str, encoding: str, text: str | None = None) -> Path:
    """The seed `name` (or `text`) written in `encoding`, as `<name>.<encoding>.txt`."""
    path = directory / f"{name}.{encoding}.txt"
    path.write_bytes(encode(seed_text(name) if text is None else text, encoding))
    return path


# ---------------------------------------------------------------------------------------------- docx

# Section markers the .docx fixture moves from the text into Word's automatic numbering.
CN_DUN = re.compile(r"^([一二三四五六七八九十]+)、")  # 一、  → list level 0
CN_PAREN = re.compile(r"^([（(])([一二三四五六七八九十]+)([）)])")  # （一） → list level 1
_CN_NUMBERS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

# A small table the numbered .docx gets before its first numbered paragraph: cells come out as lines.
DOCX_TABLE = (("重点任务", "牵头单位"), ("理论武装", "市委宣传部"), ("组织建设", "市委组织部"))


@dataclass(frozen=True)
class Para:
    """A paragraph of a built .docx."""

    text: str
    level: int | None = None  # ilvl in list `num`, None when not numbered
    num: int = 0  # index into write_docx's `lists`
    style: str | None = None  # e.g. "Heading 1"
    outline: int | None = None  # w:outlineLvl written on the paragraph itself


Table = Sequence[Sequence[str]]


def _add_list(numbering: Any, levels: Sequence[tuple[str, str]]) -> int:
    """Add a w:abstractNum with `levels` [(numFmt, lvlText)…] and a w:num using it; return the numId."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    existing = [int(el.get(qn("w:abstractNumId"))) for el in numbering.findall(qn("w:abstractNum"))]
    abstract_id = max(existing, default=-1) + 1
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    for ilvl, (fmt, text) in enumerate(levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:suff", "nothing"), ("w:lvlText", text)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            lvl.append(child)
        abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))  # schema order: every abstractNum before the nums
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    return numbering.add_num(abstract_id).numId


def _add_paragraph(document: Any, para: Para, num_ids: list[int]) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = document.add_paragraph(para.text, style=para.style)
    ppr = paragraph._p.get_or_add_pPr()
    if para.level is not None:
        num_pr = ppr.get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = para.level
        num_pr.get_or_add_numId().val = num_ids[para.num]
    if para.outline is not None:
        outline = OxmlElement("w:outlineLvl")
        outline.set(qn("w:val"), str(para.outline))
        ppr.append(outline)


def write_docx(
    directory: Path,
    filename: str,
    body: Sequence[Para | Table],
    lists: Sequence[Sequence[tuple[str, str]]] = (),
    style_numbering: Mapping[str, tuple[int, int]] | None = None,
) -> Path:
    """A .docx whose body is `body` (paragraphs and tables in order), numbered with `lists`; with
    `style_numbering` {style name: (list index, ilvl)} a paragraph style carries the numbering, as
    Word's multi-level lists linked to 标题 1/标题 2 do."""
    from docx import Document

    document = Document()
    numbering = document.part.numbering_part.element
    num_ids = [_add_list(numbering, levels) for levels in lists]
    for style, (which, ilvl) in (style_numbering or {}).items():
        num_pr = document.styles[style].element.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = ilvl
        num_pr.get_or_add_numId().val = num_ids[which]
    for block in body:
        if isinstance(block, Para):
            _add_paragraph(document, block, num_ids)
        else:
            table = document.add_table(rows=len(block), cols=len(block[0]))
            for row, values in zip(table.rows, block):
                for cell, value in zip(row.cells, values):
                    cell.text = value
    path = directory / filename
    document.save(str(path))
    return path


def _numbered_body(text: str) -> tuple[list[Para], str]:
    """Seed lines as paragraphs, 一、/（一） markers moved into numbering; and the level-1 lvlText.

    Raises ValueError if the seed's own numbering is not what Word would count (一、二、… and
    （一）（二）… restarting under each 一、), since the restored text would then differ."""
    paras: list[Para] = []
    counts, paren = [0, 0], "（%2）"
    for line in text.split("\n"):
        match = CN_DUN.match(line) or CN_PAREN.match(line)
        if match is None:
            paras.append(Para(line))
            continue
        level = 0 if match.re is CN_DUN else 1
        counts[level] += 1
        counts[1] = 0 if level == 0 else counts[1]
        if match.group(level + 1) != _CN_NUMBERS[counts[level] - 1]:
            raise ValueError(f"seed numbering is not consecutive at {line[:20]!r}")
        if level == 1:
            paren = f"{match.group(1)}%2{match.group(3)}"
        paras.append(Para(line[match.end() :], level, style="Heading 1" if level == 0 else None))
    return paras, paren


def numbered_docx_expected(name: str, *, table: bool = True) -> str:
    """The text loading `write_numbered_docx(…, name)` must give: the seed, table cells as lines."""
    lines = seed_text(name).split("\n")
    if table:
        at = next(
            (i for i, line in enumerate(lines) if CN_DUN.match(line) or CN_PAREN.match(line)), len(lines)
        )
        lines[at:at] = [cell for row in DOCX_TABLE for cell in row]
    return "\n".join(lines)


def write_numbered_docx(directory: Path, name: str, *, table: bool = True) -> Path:
    """The seed as .docx: 一、 lines are Heading 1 on list level 0 (chineseCounting, "%1、"), （一） lines
    list level 1 ("（%2）", or "(%2)" as the seed writes it); markers are only in numbering.xml.
    With `table`, DOCX_TABLE stands before the first numbered paragraph."""
    paras, paren = _numbered_body(seed_text(name))
    body: list[Para | Table] = list(paras)
    if table:
        body.insert(next((i for i, p in enumerate(paras) if p.level is not None), len(paras)), DOCX_TABLE)
    lists = [[("chineseCounting", "%1、"), ("chineseCounting", paren)]]
    return write_docx(directory, f"{name}.docx", body, lists)


# ---------------------------------------------------------------------------------------------- html

# Page furniture put around the seed; none of it may survive loading.
HTML_NOISE = (
    "某某范文网首页导航",
    "范文下载中心",
    "广告位招租",
    "var _hmt",
    "font-family",
    "相关推荐阅读",
    "版权所有某某范文网",
    "站内搜索按钮",
    "百度统计代码",
    "请开启浏览器脚本",
)

_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<title>{title} - 某某范文网</title>
<style>body {{ font-family: "SimSun"; }} .nav {{ color: #c00; }}</style>
<script>var _hmt = _hmt || []; document.write("广告位招租");</script>
</head>
<body>
<header><div class="logo">某某范文网首页导航</div></header>
<nav><ul><li><a href="/">范文下载中心</a></li><li><a href="/ad">广告位招租</a></li></ul></nav>
<form action="/s"><input name="q"><button>站内搜索按钮</button></form>
<div class="main"><article>
{body}
</article>
<aside><h3>相关推荐阅读</h3><ul><li>相关推荐阅读一</li></ul></aside>
</div>
<footer><p>版权所有某某范文网 &copy; 2024</p></footer>
<noscript>请开启浏览器脚本</noscript>
<script>/* 百度统计代码 */</script>
</body>
</html>
"""


def _html_line(line: str, first: bool) -> str:
    escaped = html.escape(line)
    if first:
        return f"<h1>{escaped}</h1>"
    return f"<h2>{escaped}</h2>" if CN_DUN.match(line) else f"<p>{escaped}</p>"


def write_html_page(
    directory: Path, name: str, *, encoding: str = "utf-8", charset: str | None = None
) -> Path:
    """The seed as a saved web page: its first line <h1>, 一、 lines <h2>, others <p>, wrapped in page
    furniture (HTML_NOISE). Written in `encoding` (characters it lacks as &#…;), declaring `charset`."""
    lines = [line for line in seed_text(name).split("\n") if line.strip()]
    body = "\n".join(_html_line(line, i == 0) for i, line in enumerate(lines))
    page = _PAGE.format(charset=charset or encoding, title=html.escape(lines[0].strip()), body=body)
    path = directory / f"{name}.{encoding}.html"
    path.write_bytes(page.encode(encoding, errors="xmlcharrefreplace"))
    return path


# ----------------------------------------------------------------------------------------------- pdf

PDF_HEADER = "中共某某市委组织部 内部资料 注意保存"  # running header on every page


def find_cjk_font() -> Path | None:
    """A TrueType/OpenType font with Chinese glyphs (fc-list, then the usual font folders), or None."""
    try:
        listed = subprocess.run(
            ["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=20, check=False
        )
        candidates = [Path(line.split(":")[0].strip()) for line in listed.stdout.splitlines() if line.strip()]
    except (OSError, subprocess.SubprocessError):
        candidates = []
    for folder in (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts"):
        if folder.is_dir():
            candidates += [
                p for p in folder.rglob("*") if re.search(r"(?i)(cjk|wqy|hei|song|kai|ming)", p.name)
            ]
    usable = [p for p in candidates if p.suffix.lower() in (".ttf", ".ttc", ".otf") and p.is_file()]
    return min(usable, key=lambda p: (p.suffix.lower() != ".ttf", str(p)), default=None)


def write_pdf(directory: Path, name: str, font: Path) -> Path:
    """The seed as an A4 PDF set in `font`: PDF_HEADER atop and "- n -" at the foot of every page."""
    from fpdf import FPDF

    class _Pdf(FPDF):
        def header(self) -> None:
            self.set_font("cjk", size=9)
            self.cell(0, 8, PDF_HEADER, align="C")
            self.ln(12)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("cjk", size=9)
            self.cell(0, 8, f"- {self.page_no()} -", align="C")

    pdf = _Pdf(format="A4")
    pdf.add_font("cjk", fname=str(font))
    pdf.add_page()
    pdf.set_font("cjk", size=12)
    for line in seed_text(name).split("\n"):
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    path = directory / f"{name}.pdf"
    pdf.output(str(path))
    return path


def write_columns_pdf(
    directory: Path, title: str, paragraphs: Sequence[str], font: Path, *, balance: bool = True
) -> Path:
    """A bulletin set in two columns (fpdf2 text_columns), balanced on the last page or not: `title`
    centred above them in a larger size, each paragraph with a first-line indent of two characters
    and no typed spaces."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(28, 25, 26)
    pdf.add_font("cjk", fname=str(font))
    pdf.add_page()
    pdf.set_font("cjk", size=18)
    pdf.multi_cell(0, 10, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("cjk", size=12)
    with pdf.text_columns(ncols=2, gutter=8, text_align="L", line_height=1.4, balance=balance) as columns:
        for text in paragraphs:
            with columns.paragraph(first_line_indent=8.5) as paragraph:
                paragraph.write(text)
    path = directory / "columns.pdf"
    pdf.output(str(path))
    return path
