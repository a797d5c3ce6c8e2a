"""Score orgdoc on the corpus's text documents as other tools would hand them over.

    python scripts/corpus_variants.py                  # one TOTAL line per variant
    python scripts/corpus_variants.py --only crlf,html # some variants
    python scripts/corpus_variants.py --json           # {variant: totals} on the last line

The same document reaches users with Windows line ends, spaces at line ends, half-width punctuation,
every paragraph indented, blank lines between paragraphs, copied from a web page with the site's menu
and footer, or inside a Word file or a saved web page.
Its outline is the same, so each variant is scored against the document's own gold; a variant that
scores below the original shows a rule that leans on one way of typing a document. The variants are
written to a temporary folder at run time (no corpus text is kept in this repository).

Documents whose source is Markdown or HTML-ish text (front matter, `<p>`) are left out of the Word
and web-page variants, whose paragraphs would hold that markup as text.

More shapes of the same text:
- `bom`: a UTF-8 BOM first (Notepad); `compact`: no blank lines at all; `nbsp_indent`, `tab_indent`:
  paragraphs opened with no-break spaces (a web copy) or a tab (a Word copy);
- `full_width_markers`: `1.` `（2）` numbered in full-width digits (`１．` `（２）`); `marker_space`: a space
  after `一、` and `（一）` (GUIDE: any widths, inner spaces);
- `headings_flush`: paragraphs opened with 　　, block headings flush left; `bold_headings`: block headings
  in Markdown bold, the whole line or its first sentence (`**（一）加强领导。**各地要…`);
- `pdf`: text as a PDF extraction gives it, every paragraph cut at 36 characters with no indent, `- N -`
  after every 40 lines; `pdf_gazette`: cut at 32, and every 38 lines `第N页 共M页` and a gazette's running
  header (`某某省人民政府公报　2024年第N期`);
- `wechat`: a WeChat article copied as text (follow prompt, source line, editor's note; END, recommended
  articles, reader buttons);
- `html_word`, `html_br`, `html_table`: web pages as government sites serve them besides `html`'s one
  <p> a paragraph: Word's "save as web page" (MsoNormal paragraphs, a heading's marker in a span of its
  own, <o:p>), an older CMS's one block cut by <br> and &nbsp; indents, and a layout of nested tables
  with the site's menu as a row of cells;
- `gbk`: the file in GBK (written as NAME.text: the scorer reads a .txt as UTF-8 to check spans).

Known drops left alone (see the report of the variants2 branch):
- `wechat`: two documents open with a gov.cn metadata table (索引号…) that follows the editor's note
  here; the table is read only at the page's top, so their title is missed;
- `pdf`, `pdf_gazette`: a flattened table whose second column's cells lose their indent (g004's
  专栏 of industries) reads as a numbered list (the docx and html variants show the same); a block
  heading exactly as long as the wrap width is joined to the paragraph below it.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FOLDERS = ("gov", "speech")  # the text documents; files/ holds .docx, .pdf and .html already

PAGE = ("<html><head><meta charset='utf-8'><title>{title}_新闻中心_某某网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> | <a>新闻中心</a> | <a>政务公开</a> | <a>推荐阅读</a></div>"
        "<div class='crumb'>当前位置：<a>首页</a> &gt; <a>新闻中心</a></div><div id='content'>{body}</div>"
        "<div class='footer'>主办单位：某某市人民政府办公室<br>联系我们 | 网站地图</div></body></html>")


def _split_front_matter(text: str) -> tuple[str, str]:
    """Front matter stays as it is: it is a file's header, not its body's typing."""
    if text.startswith("---\n") and "\n---" in text[4:]:
        end = text.index("\n---", 4) + 4
        end += text.startswith("\n", end)  # the closing fence's line end stays with it
        return text[:end], text[end:]
    return "", text


def _body(change: Callable[[str], str]) -> Callable[[str], str]:
    def apply(text: str) -> str:
        head, body = _split_front_matter(text)
        return head + change(body)
    return apply


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _is_markup_source(text: str) -> bool:
    return text.startswith("---\n") or "<p" in text or text.lstrip().startswith("#")


# A page copied whole as text: the site's menu and breadcrumb above the document, its footer below.
PAGE_TOP = "网站首页 | 新闻中心 | 政务公开 | 政策解读 | 互动交流\n当前位置：首页 > 新闻中心 > 正文\n"
PAGE_BOTTOM = ("\n\n【打印本页】【关闭窗口】\n上一篇：关于开展安全生产大检查的通知\n下一篇：全县经济工作会议召开\n相关阅读\n"
               "县政府召开常务会议 2024-01-03\n全县经济工作会议召开 2023-12-28\n"
               "主办单位：某某县人民政府办公室　版权所有\n备案号：京ICP备12345678号　技术支持：某某科技有限公司\n")


def _copied_page(text: str) -> str:
    head, body = _split_front_matter(text)
    return head + PAGE_TOP + body.strip("\n") + PAGE_BOTTOM


# A block heading at a line's start, as the corpus types them (for variants that restyle heading lines).
HEADING_START = re.compile(r"[\u3000 ]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、]"
                           r"|[（(]\d{1,2}[）)]|第[一二三四五六七八九十百]+[章节条部分])")
# The digits of a marker at a line's start: `1.` `2、` `（3）` `(4)`.
DIGIT_MARKER = re.compile(r"^([\u3000 ]*[（(]?)(\d{1,2})([.．、）)])", re.MULTILINE)
FULL_WIDTH_DIGITS = str.maketrans("0123456789.", "０１２３４５６７８９．")


def _full_width_markers(text: str) -> str:
    """`1.` -> `１．`, `（2）` -> `（２）`: Word and typeset PDFs often number in full-width digits."""
    return DIGIT_MARKER.sub(lambda m: m[1] + (m[2] + m[3]).translate(FULL_WIDTH_DIGITS), text)


def _heading_lines(change_heading: Callable[[str], str], change_other: Callable[[str], str]) -> Callable[[str], str]:
    """Restyle the lines that open with a block heading one way and the other non-empty lines another."""
    def apply(text: str) -> str:
        return "\n".join(change_heading(line) if HEADING_START.match(line) else change_other(line) if line.strip()
                         else line for line in text.split("\n"))
    return _body(apply)


def _bold(line: str) -> str:
    """A heading in Markdown bold, as a web page's <strong> copies: the whole line when it stands alone,
    else its first sentence (`**（一）加强领导。**各地要…`)."""
    indent, rest = line[:len(line) - len(line.lstrip(" \u3000"))], line.strip()
    end = rest.find("。") + 1
    if 0 < end < len(rest):
        return f"{indent}**{rest[:end]}**{rest[end:]}"
    return f"{indent}**{rest}**"


def _pdf_pages(text: str, width: int, page_lines: int, furniture: Callable[[int, int], list[str]]) -> str:
    """Text as a PDF extractor gives it: every paragraph hard-wrapped at `width` with no indent and no
    blank lines, and `furniture(page, pages)` lines (page numbers, a running header) every `page_lines`."""
    head, body = _split_front_matter(text)
    wrapped = [p[k:k + width] for p in _paragraphs(body) for k in range(0, len(p), width)]
    pages = max(1, -(-len(wrapped) // page_lines))
    out: list[str] = []
    for page in range(pages):
        out += wrapped[page * page_lines:(page + 1) * page_lines]
        if page + 1 < pages:
            out += furniture(page + 1, pages)
    return head + "\n".join(out) + "\n"


# A WeChat article copied as text: the follow prompt, source line and editor's note above, the
# reader's buttons and recommended articles below.
WECHAT_TOP = ("点击上方蓝字关注我们\n\n来源：某某日报　作者：张明　编辑：李华\n\n"
              "编者按：本文为近期会议上的重要文件，现全文刊发，供学习参考。\n\n")
WECHAT_BOTTOM = ("\n\n- END -\n\n往期推荐\n\n全市重点项目集中开工\n\n这场会议释放了哪些信号？\n\n"
                 "阅读原文\n\n分享　收藏　点赞　在看\n")


def _wechat(text: str) -> str:
    head, body = _split_front_matter(text)
    return head + WECHAT_TOP + body.strip("\n") + WECHAT_BOTTOM


TEXT_VARIANTS: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "trailing_spaces": _body(lambda t: "\n".join(line + " \u3000" if line.strip() else line for line in t.split("\n"))),
    "half_width": _body(lambda t: t.translate(str.maketrans("，：；（）！？", ",:;()!?"))),
    "indented": _body(lambda t: "\n".join("\u3000\u3000" + line.strip() if line.strip() else "" for line in t.split("\n"))),
    "blank_lines": _body(lambda t: "\n\n".join(t.split("\n"))),
    "copied_page": _copied_page,
    "bom": lambda t: "\ufeff" + t,
    "compact": _body(lambda t: "".join(line + "\n" for line in t.split("\n") if line.strip())),
    "nbsp_indent": _body(lambda t: "\n".join("\xa0\xa0\xa0\xa0" + line.strip() if line.strip() else ""
                                             for line in t.split("\n"))),
    "tab_indent": _body(lambda t: "\n".join("\t" + line.strip() if line.strip() else "" for line in t.split("\n"))),
    "full_width_markers": _body(_full_width_markers),
    "marker_space": _body(lambda t: re.sub(r"^([\u3000 ]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]))(?=\S)",
                                           r"\1 ", t, flags=re.MULTILINE)),
    # Paragraphs opened with 　　 and headings flush left; ASCII spaces (a flattened table's columns) kept.
    "headings_flush": _heading_lines(lambda line: line.lstrip("\u3000"),
                                     lambda line: "\u3000\u3000" + line.lstrip("\u3000")),
    "bold_headings": _heading_lines(_bold, lambda line: line),
    "pdf": lambda t: _pdf_pages(t, 36, 40, lambda page, pages: [f"- {page} -"]),
    "pdf_gazette": lambda t: _pdf_pages(t, 32, 38, lambda page, pages: [
        f"第{page}页 共{pages}页", f"某某省人民政府公报　2024年第{page % 12 + 1}期"]),
    "wechat": _wechat,
}


# Web pages as Chinese government sites serve them, beside the plain `html` page (one <p> a paragraph).
def _word_html(paragraphs: list[str]) -> str:
    """Word's "save as web page", pasted into a site's editor: MsoNormal paragraphs indented by style,
    text in font spans, a heading's marker in a span of its own, empty <o:p> tags, &nbsp; runs."""
    out = []
    for p in paragraphs:
        heading = HEADING_START.match(p)
        if heading:
            marker, rest = html.escape(heading.group()), html.escape(p[heading.end():])
            out.append(f"<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-family:黑体'>{marker}"
                       f"</span></b><b><span style='font-family:黑体'>{rest}<o:p></o:p></span></b></p>\n")
        else:
            out.append(f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span lang=EN-US>"
                       f"&nbsp;</span><span style='font-family:仿宋_GB2312'>{html.escape(p)}<o:p></o:p></span></p>\n")
    return "".join(out)


def _br_html(paragraphs: list[str]) -> str:
    """An older CMS: the article one block, its paragraphs cut by <br> and opened by &nbsp; runs."""
    return ("<div id='zoom'><font size='3'>"
            + "<br>\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{html.escape(p)}" for p in paragraphs) + "</font></div>")


def _table_html(paragraphs: list[str]) -> str:
    """A layout of nested tables: the menu in one row, the article's paragraphs in a cell of another."""
    menu = "".join(f"<td><a href='#'>{item}</a></td>" for item in ("首页", "政务公开", "新闻中心", "互动交流"))
    body = "".join(f"<p align='left'>　　{html.escape(p)}</p>" for p in paragraphs)
    return (f"<table width='100%'><tr>{menu}</tr></table><table width='960' align='center'><tr><td>"
            f"<table><tr><td class='content'>{body}</td></tr></table></td></tr></table>")


HTML_VARIANTS: dict[str, Callable[[list[str]], str]] = {
    "html": lambda paragraphs: "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs),
    "html_word": _word_html,
    "html_br": _br_html,
    "html_table": _table_html,
}
FILE_VARIANTS = ("docx", *HTML_VARIANTS, "gbk")


def write_variant(name: str, source: Path, out: Path) -> bool:
    """Write `source` as variant `name` into `out`; False when the variant does not apply to it."""
    text = source.read_text(encoding="utf-8")
    if name in TEXT_VARIANTS:
        (out / source.name).write_bytes(TEXT_VARIANTS[name](text).encode("utf-8"))
        return True
    if name == "gbk":
        # `.text`, not `.txt`: the scorer reads a .txt file as UTF-8 to check spans, and spans are offsets
        # into the decoded text anyway. Characters GBK lacks (rare in these documents) become `?`.
        (out / f"{source.stem}.text").write_bytes(text.encode("gbk", errors="replace"))
        return True
    if _is_markup_source(text):
        return False
    paragraphs = _paragraphs(text)
    if name in HTML_VARIANTS:
        page = PAGE.format(title=html.escape(paragraphs[0][:60]), body=HTML_VARIANTS[name](paragraphs))
        (out / f"{source.stem}.html").write_text(page, encoding="utf-8")
        return True
    import docx  # the test extra's python-docx writes the Word file

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(str(out / f"{source.stem}.docx"))
    return True


def score(name: str, corpus: Path, tmp: Path, command: str) -> dict[str, float]:
    gold, texts = tmp / name / "gold", tmp / name / "texts"
    gold.mkdir(parents=True), texts.mkdir(parents=True)
    for folder in FOLDERS:
        for source in sorted((corpus / folder / "raw").glob("*.txt")):
            if write_variant(name, source, texts):
                shutil.copy(corpus / folder / "gold" / f"{source.stem}.outline", gold)
    # One batch run of the orgdoc command writes every outline (a.txt -> pred/a.txt.json, the same JSON
    # as `orgdoc parse --format json a.txt`); the scorer reads them as NAME.json. One process a variant,
    # not one a document: the process start-up was most of the time. A document the command fails on has
    # no file and scores zero.
    pred = tmp / name / "pred"
    subprocess.run(shlex.split(command) + ["-q", "-o", f"{pred}/", str(texts)], capture_output=True, text=True)
    for made in pred.glob("*.json"):
        made.rename(pred / f"{made.name.split('.')[0]}.json")
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(gold), "--texts",
                          str(texts), "--pred", str(pred), "--json"], capture_output=True, text=True)
    lines = out.stdout.strip().splitlines()
    if out.returncode != 0 or not lines:
        raise SystemExit(f"{name}: the scorer failed\n{out.stdout}{out.stderr}")
    return json.loads(lines[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--only", default="", help="comma-separated variant names")
    ap.add_argument("--json", action="store_true", help="print {variant: totals} as JSON on the last line")
    args = ap.parse_args(argv)
    if not (SHARED / "eval" / "score.py").is_file() or not args.corpus.is_dir():
        print(f"no corpus or scorer beside this clone ({args.corpus})", file=sys.stderr)
        return 2
    cli = shutil.which("orgdoc", path=str(Path(sys.executable).parent)) or "orgdoc"
    names = [n for n in args.only.split(",") if n] or ["original", *TEXT_VARIANTS, *FILE_VARIANTS]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        TEXT_VARIANTS.setdefault("original", lambda t: t)
        for name in names:
            totals = score(name, args.corpus, Path(tmp), f"{cli} parse --format json")
            results[name] = totals
            print(f"{name:16} docs={totals['docs']:>3} numbered_structure_f1={totals['numbered_structure_f1']:.4f} "
                  f"all_structure_f1={totals['all_structure_f1']:.4f} runin_f1={totals['runin_f1']:.4f} "
                  f"exact_docs={totals['exact_docs']:.4f} title_accuracy={totals['title_accuracy']:.4f} "
                  f"span_problems={totals['span_problems']}", flush=True)
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
