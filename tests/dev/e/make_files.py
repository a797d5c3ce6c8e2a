"""Build real-looking input files from the seeds and the dev documents, for a user-level test of orgdoc.

    .venv/bin/python tests/dev/e/make_files.py OUT_DIR        # default OUT_DIR: /tmp/deve/files

Every file is written as OUT_DIR/<variant>/<stem>.<ext>; OUT_DIR/manifest.json maps each file to the
gold outline of its content (and, for the Big5 files, says the gold is to be read through OpenCC
s2twp). The content is never changed apart from what the variant says, so each file should give the
gold outline of the document it was made from.

Needs python-docx and fpdf2 (orgdoc's extras); the Big5 variant needs `opencc` (pip install opencc;
skipped without it).
"""

from __future__ import annotations

import codecs
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3] if "tests" in Path(__file__).parts else Path("/work/main")
sys.path.insert(0, str(ROOT / "tests"))
import fixtures  # noqa: E402  (find_cjk_font, _add_list)

GOLD_SEEDS = ROOT.parent / "shared" / "eval" / "gold"

CN = "一二三四五六七八九十"
L1 = re.compile(r"^([一二三四五六七八九十]+)、")
L2 = re.compile(r"^[（(]([一二三四五六七八九十]+)[）)]")
L3 = re.compile(r"^(\d+)[.．](?!\d)")
LIST_ITEM = re.compile(r"(?:[一二三四五六七八九十]是)")
END = "。；：！？"


# ------------------------------------------------------------------------------------------ content


def documents() -> list[tuple[str, str, Path]]:
    """(group, stem, gold) for every seed and dev document that has a gold outline."""
    docs = []
    for txt in sorted((ROOT / "seeds").glob("*.txt")):
        gold = GOLD_SEEDS / f"{txt.stem}.outline"
        if gold.exists():
            docs.append(("seed", txt.stem, gold))
    for group in "abc":
        for txt in sorted((ROOT / "tests" / "dev" / group).glob("*.txt")):
            docs.append((group, txt.stem, txt.with_suffix(".outline")))
    return docs


def source(group: str, stem: str) -> str:
    folder = ROOT / "seeds" if group == "seed" else ROOT / "tests" / "dev" / group
    return (folder / f"{stem}.txt").read_text(encoding="utf-8")


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def gold_title(gold: Path) -> str | None:
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.startswith("@title "):
            return line[7:].strip()
    return None


def split_heading(par: str) -> tuple[str, str, str] | None:
    """(marker, heading, rest) for a paragraph opened by 一、 （一） or 1.; heading ends at 。；：！？."""
    for rx in (L1, L2, L3):
        m = rx.match(par)
        if m:
            body = par[m.end():]
            cut = min((body.find(c) for c in END if c in body), default=-1)
            if cut < 0:
                return m.group(0), body, ""
            return m.group(0), body[: cut + 1], body[cut + 1:]
    return None


GOLD_HEADS: set[str] = set()  # marker + first characters of the current document's gold nodes


def _fold(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if unicodedata.category(ch)[0] in "LN")


def load_gold_heads(gold: Path) -> None:
    GOLD_HEADS.clear()
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith(("#", "@")):
            marker, _, heading = line.strip().partition(" ")
            GOLD_HEADS.add(_fold(marker + heading)[:8])


def level_of(par: str) -> int | None:
    """0 for 一、, 1 for （一）, 2 for 1. — only when the gold has a node there (no look-alikes)."""
    for i, rx in enumerate((L1, L2, L3)):
        if rx.match(par) and (not GOLD_HEADS or _fold(par)[:8] in GOLD_HEADS):
            return i
    return None


def is_standalone(par: str) -> bool:
    """A heading line: a marker and a short text with no sentence inside."""
    parts = split_heading(par)
    return bool(parts) and not parts[2] and len(par) <= 60


def title_lines(paras: list[str], gold: Path) -> int:
    """How many leading paragraphs make the title (1, or 2 when the gold title spans two lines)."""
    title = _fold(gold_title(gold) or "")
    first, second = (_fold(p) for p in paras[:2]) if len(paras) > 1 else ("", "")
    if len(paras) > 1 and first != title and title.startswith(first) and second in title:
        return 2
    return 1


def wordable(paras: list[str]) -> bool:
    """Whether the document's 一、/（一）/1. numbering is what Word would count (restarting below)."""
    counts = [0, 0, 0]
    for p in paras:
        lv = level_of(p)
        if lv is None:
            continue
        counts[lv] += 1
        for deeper in range(lv + 1, 3):
            counts[deeper] = 0
        m = (L1, L2, L3)[lv].match(p)
        want = str(counts[lv]) if lv == 2 else (CN[counts[lv] - 1] if counts[lv] <= 10 else "?")
        if m.group(1) != want:
            return False
    return True


# --------------------------------------------------------------------------------------- plain text


def hard_wrap(par: str, width: int) -> list[str]:
    return [par[i: i + width] for i in range(0, len(par), width)] or [""]


def text_variants(text: str, paras: list[str], ntitle: int) -> dict[str, tuple[str, bytes]]:
    """variant → (extension, bytes)."""
    out: dict[str, tuple[str, bytes]] = {}
    crlf = text.replace("\n", "\r\n")
    try:
        out["gbk_crlf"] = ("txt", crlf.encode("gbk"))
    except UnicodeEncodeError:
        out["gbk_crlf"] = ("txt", crlf.encode("gbk", errors="replace"))  # e.g. seed 003's "•" → "?"
    out["utf16le_bom"] = ("txt", text.encode("utf-16"))  # Notepad's "Unicode"
    out["utf16be_bom"] = ("txt", codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    out["utf8_bom_crlf"] = ("txt", codecs.BOM_UTF8 + crlf.encode("utf-8"))
    # 公文 layout: title centred by spaces, every other paragraph indented by two full-width spaces.
    centred = ["　" * 8 + p for p in paras[:ntitle]]
    indented = centred + ["　　" + p for p in paras[ntitle:]]
    out["fw_indent"] = ("txt", "\n".join(indented).encode("utf-8"))
    out["fw_indent_blank"] = ("txt", "\n\n".join(indented).encode("utf-8"))
    out["fw_indent_gbk_crlf"] = ("txt", "\r\n".join(indented).encode("gb18030"))
    # copied out of a PDF: each paragraph hard-wrapped at 35 characters, with and without the indent
    wrapped = []
    for p in paras[:ntitle]:
        wrapped.append(p)
    for p in paras[ntitle:]:
        wrapped += hard_wrap("　　" + p, 35)
    out["wrap35_indent"] = ("txt", "\n".join(wrapped).encode("utf-8"))
    flat = list(paras[:ntitle])
    for p in paras[ntitle:]:
        flat += hard_wrap(p, 35)
    out["wrap35"] = ("txt", "\n".join(flat).encode("utf-8"))
    blank_wrapped = list(paras[:ntitle])
    for p in paras[ntitle:]:
        blank_wrapped += [""] + hard_wrap("　　" + p, 35)
    out["wrap35_indent_blank"] = ("txt", "\n".join(blank_wrapped).encode("utf-8"))
    # what pdftotext -layout-less gives for a printed 公文: wrapped lines, a page number and a running
    # header between pages (form feed), every 30 lines
    pages, page_no = [], 1
    body = wrapped[:]
    chunks = [body[i: i + 30] for i in range(0, len(body), 30)]
    for i, chunk in enumerate(chunks):
        if i:
            pages.append("\f临江市人民政府公报　2024年第3期")
        pages += chunk
        pages += ["", f"－ {i + 1} －", ""]
    out["pdftotext_like"] = ("txt", "\n".join(pages).encode("utf-8"))
    out["oneline"] = ("txt", "".join(paras).encode("utf-8"))
    out["oneline_title_nl"] = ("txt", ("\n".join(paras[:ntitle]) + "\n" + "".join(paras[ntitle:])).encode("utf-8"))
    out["ascii_indent_tabs"] = ("txt", "\n".join(["\t\t" + p for p in paras]).encode("utf-8"))
    out["cr_only"] = ("txt", text.replace("\n", "\r").encode("utf-8"))  # old Mac / some exports
    return out


# --------------------------------------------------------------------------------------------- docx


def _bold_run(paragraph, text):
    run = paragraph.add_run(text)
    run.bold = True
    return run


def _body_para(doc, text):
    from docx.shared import Pt

    p = doc.add_paragraph(style="Normal")
    p.paragraph_format.first_line_indent = Pt(32)  # two characters at 16 pt
    p.add_run(text)
    return p


def _centred(doc, text, style="Normal"):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    p = doc.add_paragraph(text, style=style)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _page_furniture(doc):
    """A running header and a PAGE field footer, as a 红头 template has."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    section = doc.sections[0]
    section.header.paragraphs[0].text = "临江市人民政府办公室"
    fp = section.footer.paragraphs[0]
    fp.add_run("- ")
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, None), ("end", None)):
        run = fp.add_run()
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        elif text:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = " PAGE "
            run._r.append(it)
        else:
            run.text = "1"
    fp.add_run(" -")


TASK_TABLE = (
    ("序号", "重点任务", "责任单位", "完成时限"),
    ("1", "制定年度工作计划，明确目标任务", "市发展改革委", "2024年3月底"),
    ("2", "建立工作台账，实行清单化管理", "各县（市、区）", "2024年6月底"),
    ("3", "开展督促检查，通报进展情况", "市委督查室", "2024年12月底"),
)


def _table(doc, rows):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    return table


def docx_styled(paras, ntitle, path, *, table=False, furniture=True):
    """Typed markers: title in Title, 一、 lines Heading 1, （一） lines Heading 2, 1. lines Heading 3
    (when the line is only a heading); run-in headings bold at the start of a Normal paragraph."""
    from docx import Document

    doc = Document()
    if furniture:
        _page_furniture(doc)
    _centred(doc, paras[0], "Title")
    for p in paras[1:ntitle]:
        _centred(doc, p, "Subtitle")
    seen_l1 = 0
    table_done = False
    for p in paras[ntitle:]:
        lv = level_of(p)
        if lv is not None and is_standalone(p):
            doc.add_paragraph(p, style=f"Heading {lv + 1}")
        elif lv is not None:
            marker, head, rest = split_heading(p)
            para = _body_para(doc, "")
            _bold_run(para, marker + head)
            para.add_run(rest)
        else:
            _body_para(doc, p)
        if lv == 0:
            seen_l1 += 1
        if table and not table_done and seen_l1 == 2 and lv is None:
            _body_para(doc, "各项重点任务分工如下表：")
            _table(doc, TASK_TABLE)
            table_done = True
    if table and not table_done:  # a document without a second 一、: the table after the 3rd paragraph
        raise ValueError("no place for the table")
    doc.save(str(path))


def docx_fwindent(paras, ntitle, path):
    """How many office writers really indent: two full-width spaces typed before every paragraph,
    everything in Normal; 一、/（一） lines bold (set in 黑体/楷体 in the real thing)."""
    from docx import Document

    doc = Document()
    _centred(doc, paras[0]).runs[0].bold = True
    for p in paras[1:ntitle]:
        _centred(doc, p)
    for p in paras[ntitle:]:
        para = doc.add_paragraph(style="Normal")
        lv = level_of(p)
        if lv is not None:
            marker, head, rest = split_heading(p)
            _bold_run(para, "　　" + marker + head)
            para.add_run(rest)
        else:
            para.add_run("　　" + p)
    doc.save(str(path))


def docx_autonum(paras, ntitle, path, *, suff_tab=True, cn_format="chineseCounting"):
    """一、/（一）/1. come from Word's automatic numbering (numbering.xml); headings are bold Normal
    paragraphs; the markers are not in the text."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document()
    numbering = doc.part.numbering_part.element
    # Word's "一、 （一） 1." multilevel list; Word writes suff=tab by default (no w:suff element)
    abstract_levels = [(cn_format, "%1、"), (cn_format, "（%2）"), ("decimal", "%3.")]
    num_id = _add_word_list(numbering, abstract_levels, suff_tab)
    _centred(doc, paras[0], "Normal").runs[0].bold = True
    for p in paras[1:ntitle]:
        _centred(doc, p)
    for p in paras[ntitle:]:
        lv = level_of(p)
        if lv is None:
            _body_para(doc, p)
            continue
        marker, head, rest = split_heading(p)
        para = doc.add_paragraph(style="Normal")
        ppr = para._p.get_or_add_pPr()
        num_pr = ppr.get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = lv
        num_pr.get_or_add_numId().val = num_id
        _bold_run(para, head)
        if rest:
            para.add_run(rest)
    doc.save(str(path))


def _add_word_list(numbering, levels, suff_tab):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "7")
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    abstract.append(mlt)
    for ilvl, (fmt, text) in enumerate(levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        tags = [("w:start", "1"), ("w:numFmt", fmt)]
        if not suff_tab:
            tags.append(("w:suff", "nothing"))
        tags += [("w:lvlText", text), ("w:lvlJc", "left")]
        for tag, value in tags:
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            lvl.append(child)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(420 * (ilvl + 1)))
        ind.set(qn("w:hanging"), "420")
        ppr.append(ind)
        lvl.append(ppr)
        abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    return numbering.add_num(7).numId


def docx_breaks(paras, ntitle, path):
    """Pasted from a web page: title and byline in one paragraph, and each 一、 section (heading and
    all its paragraphs) one Word paragraph whose lines are separated by manual line breaks <w:br/>."""
    from docx import Document

    doc = Document()
    groups: list[list[str]] = [[]]
    for p in paras:
        if level_of(p) == 0:
            groups.append([])
        groups[-1].append(p)
    head = groups[0]
    for g in [head] + groups[1:]:
        para = doc.add_paragraph(style="Normal")
        for i, line in enumerate(g):
            run = para.add_run(line)
            if i < len(g) - 1:
                run.add_break()  # <w:br/>
    doc.save(str(path))


# --------------------------------------------------------------------------------------------- html

NAV = """<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | <a href="/bsfw/">办事服务</a> | <a href="/wza/">无障碍</a></div>
<div class="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/zwdt/">政务动态</a></li><li><a href="/ldjh/">领导讲话</a></li><li><a href="/zcwj/">政策文件</a></li><li><a href="/zxft/">在线访谈</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/ldjh/">领导讲话</a></div>"""

FOOTER = """<div class="share">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】 分享到：<a class="wx">微信</a><a class="wb">微博</a></div>
<div class="related"><h4>相关链接</h4><ul><li><a href="/a/1.html">1. 市政府召开第12次常务会议</a></li><li><a href="/a/2.html">2. 全市安全生产工作会议召开</a></li></ul></div>
<div class="footer"><p>主办单位：临江市人民政府办公室　承办单位：临江市大数据中心</p>
<p>版权所有：临江市人民政府　网站标识码：3301000001　<a href="https://beian.miit.gov.cn">浙ICP备05012345号-1</a>　<img src="/ga.png">浙公网安备 33010202000123号</p>
<p>建议使用1280×768分辨率 IE9.0以上版本浏览器</p></div>
<script type="text/javascript">var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?abc";})();</script>
<script src="/js/jquery.min.js"></script><script>$(function(){ $(".nav li").hover(function(){ $(this).addClass("on"); }); });</script>"""


def page(title_html: str, body_html: str, charset: str = "utf-8", http_equiv: bool = False) -> str:
    meta = (
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        if http_equiv
        else f'<meta charset="{charset}">'
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{meta}
<title>{title_html}_领导讲话_临江市人民政府门户网站</title>
<meta name="keywords" content="领导讲话,政务公开">
<link rel="stylesheet" href="/css/style.css">
<style>.TRS_Editor P{{margin-top:5px;margin-bottom:5px;line-height:2;font-family:仿宋_GB2312;font-size:16pt;}}</style>
<script>var siteId = "3301"; var columnName = "领导讲话";</script>
</head>
<body>
{NAV}
<div class="article">
<h1 class="title">{title_html}</h1>
<div class="info">来源：市政府办公室　发布时间：2024-03-01 09:30　浏览次数：<span id="hits">1286</span>　字号：[<a>大</a> <a>中</a> <a>小</a>]</div>
{body_html}
</div>
{FOOTER}
</body>
</html>
"""


def html_trs(paras, ntitle, *, split_tags=False) -> tuple[str, str]:
    """A TRS_Editor div, one <p> a paragraph indented with &nbsp;, headings in <strong>."""
    out = []
    for p in paras[1:ntitle]:
        out.append(f'<p align="center">{html.escape(p)}</p>')
    for p in paras[ntitle:]:
        lv = level_of(p)
        nb = "&nbsp;" * 4
        if lv is not None and is_standalone(p):
            if split_tags:
                marker, head, _ = split_heading(p)
                inner = f"<strong>{html.escape(marker)}</strong><strong><span>{html.escape(head)}</span></strong>"
            else:
                inner = f"<strong>{html.escape(p)}</strong>"
            out.append(f'<p style="text-indent:2em;">{nb}{inner}</p>')
        elif lv is not None:
            marker, head, rest = split_heading(p)
            if split_tags:
                inner = f"<b><span>{html.escape(marker)}</span>{html.escape(head)}</b><span>{html.escape(rest)}</span>"
            else:
                inner = f"<strong>{html.escape(marker + head)}</strong>{html.escape(rest)}"
            out.append(f'<p style="text-indent:2em;">{nb}{inner}</p>')
        else:
            out.append(f'<p style="text-indent:2em;">{nb}{html.escape(p)}</p>')
    body = '<div class="TRS_Editor">\n<div class="Custom_UnionStyle">\n' + "\n".join(out) + "\n</div>\n</div>"
    return html.escape(paras[0] + ("" if ntitle == 1 else paras[1])), body


def html_table_layout(paras, ntitle) -> str:
    """An old gov CMS page: layout tables, title in <td class="biaoti">, text in <td id="zoom"> with
    <p> and 　　 indents, GB2312."""
    title = "".join(paras[:ntitle])
    body = "\n".join(f"<P>　　{html.escape(p)}</P>" for p in paras[ntitle:])
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{html.escape(title)}</title><link href="/css/css.css" rel="stylesheet" type="text/css"></head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/banner.jpg"></td></tr>
<tr><td class="daohang"><a href="/">首页</a>　<a href="/zwgk">政务公开</a>　<a href="/zxfw">在线服务</a>　<a href="/gzcy">公众参与</a></td></tr></table>
<table width="1000" border="0" align="center"><tr><td class="weizhi">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/ldjh">领导讲话</a></td></tr>
<tr><td align="center" class="biaoti">{html.escape(title)}</td></tr>
<tr><td align="center" class="shijian">发布日期：2024年03月01日　　来源：县政府办　　【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
<tr><td id="zoom" class="zhengwen">
{body}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr></table>
<table width="1000" align="center" class="bottom"><tr><td align="center">版权所有：临江县人民政府办公室　地址：临江县人民路1号　邮编：331000<br>
ICP备案号：赣ICP备12003456号　技术支持：某某网络科技有限公司<br><script language="javascript" src="/js/count.js"></script>
</td></tr></table></body></html>"""


def html_brbr(paras, ntitle) -> tuple[str, str]:
    """The old CMS way: one <div id="zoom">, paragraphs only separated by <br><br>, 　　 indents."""
    lines = [html.escape(p) for p in paras[1:ntitle]] + ["　　" + html.escape(p) for p in paras[ntitle:]]
    body = '<div id="zoom"><font size="3">' + "<br><br>".join(lines) + "</font></div>"
    return html.escape(paras[0]), body


def html_wechat(paras, ntitle) -> str:
    """A saved WeChat article: #js_content, <section>/<p><span> nesting, headings coloured and bold."""
    out = []
    paras = [" ".join(paras[:ntitle])] + paras[ntitle:]
    ntitle = 1
    for p in paras[ntitle:]:
        lv = level_of(p)
        if lv == 0 and is_standalone(p):
            out.append(
                '<section style="text-align:center;"><section style="display:inline-block;border-bottom:2px solid #c00;">'
                f'<p><span style="color:#c00000;font-size:18px;"><strong>{html.escape(p)}</strong></span></p></section></section>'
            )
        elif lv is not None:
            marker, head, rest = split_heading(p)
            out.append(
                f'<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:16px;"><strong><span style="color:#c00000;">'
                f"{html.escape(marker)}</span>{html.escape(head)}</strong>{html.escape(rest)}</span></p>"
            )
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:16px;">{html.escape(p)}</span></p>')
        out.append('<p><br  /></p>')
    subs = "".join(f"<p style=\"text-align:center;\"><span>{html.escape(p)}</span></p>" for p in paras[1:ntitle])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="{html.escape(paras[0])}">
<title>{html.escape(paras[0])}</title><script>var msg_title = "{html.escape(paras[0])}";</script></head>
<body id="activity-detail"><div class="rich_media_inner"><h1 class="rich_media_title" id="activity-name">
  {html.escape(paras[0])}
</h1><div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">临江发布</span> <em id="publish_time">2024-03-01 20:15</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden;">{subs}{''.join(out)}
<p style="text-align:center;"><span style="color:#888;">来源：临江日报　编辑：王某某　审核：李某某</span></p></div>
<div id="js_pc_qr_code"><p>微信扫一扫<br>关注该公众号</p></div></div></body></html>"""


# ------------------------------------------------------------------------------------------ markdown


def split_items(par: str) -> list[str]:
    """A paragraph with 一是…二是… cut into its lead and one string per item."""
    cuts = [m.start() for m in re.finditer(r"[一二三四五六七八九十]是", par)]
    cuts = [c for c in cuts if c == 0 or par[c - 1] in "，。；：,;:"]
    if len(cuts) < 2 or not par[cuts[0]:].startswith("一是"):
        return [par]
    pieces = [par[: cuts[0]]] + [par[a:b] for a, b in zip(cuts, cuts[1:] + [len(par)])]
    return [x for x in pieces if x]


def markdown(paras, ntitle) -> str:
    out = [f"# {paras[0]}", ""]
    for p in paras[1:ntitle]:
        out += [f"**{p}**", ""]
    for p in paras[ntitle:]:
        lv = level_of(p)
        if lv is not None and is_standalone(p):
            out += [f"{'#' * (lv + 2)} {p}", ""]
            continue
        if lv is not None:
            marker, head, rest = split_heading(p)
            p = f"**{marker}{head}**{rest}"
        pieces = split_items(p)
        if len(pieces) > 1:
            lead = pieces[0] if not pieces[0].startswith("一是") else ""
            items = pieces[1:] if lead else pieces
            if lead:
                out += [lead, ""]
            out += [f"- {it}" for it in items] + [""]
        else:
            out += [p, ""]
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------- pdf


def pdf_doc(paras, ntitle, path, font, *, columns=False):
    from fpdf import FPDF

    class Pdf(FPDF):
        def header(self):
            self.set_font("cjk", size=9)
            self.cell(0, 6, "临江市人民政府公报　2024年第3期", align="C", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(6)

        def footer(self):
            self.set_y(-15)
            self.set_font("cjk", size=10)
            self.cell(0, 8, f"- {self.page_no()} -", align="C")

    pdf = Pdf(format="A4")
    pdf.set_margins(28, 25, 26)
    pdf.add_font("cjk", fname=str(font))
    pdf.add_page()
    pdf.set_font("cjk", size=18)
    for p in paras[:ntitle]:
        pdf.multi_cell(0, 10, p, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("cjk", size=12)
    if columns:
        with pdf.text_columns(ncols=2, gutter=8, text_align="L", line_height=1.4) as cols:
            for p in paras[ntitle:]:
                with cols.paragraph(first_line_indent=8.5) as par:
                    par.write(p)
    else:
        for p in paras[ntitle:]:
            pdf.multi_cell(0, 7.5, "　　" + p, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------------- main


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    font = fixtures.find_cjk_font()
    try:
        import opencc

        s2t = opencc.OpenCC("s2tw")
    except ImportError:
        s2t = None

    def write(variant, stem, ext, data, gold, **extra):
        d = out / variant
        d.mkdir(exist_ok=True)
        path = d / f"{stem}.{ext}"
        if isinstance(data, str):
            data = data.encode("utf-8")
        path.write_bytes(data)
        manifest.append({"file": str(path.relative_to(out)), "gold": str(gold), **extra})
        return path

    for group, stem, gold in documents():
        text = source(group, stem)
        paras = paragraphs(text)
        ntitle = title_lines(paras, gold)
        GOLD_HEADS.clear()
        for variant, (ext, data) in text_variants(text, paras, ntitle).items():
            write(variant, stem, ext, data, gold)
        if s2t is not None:
            trad = s2t.convert(text)
            if all(ch.encode("big5", errors="ignore") for ch in trad):
                write("big5_trad", stem, "txt", trad.replace("\n", "\r\n").encode("big5"), gold, gold_convert="s2tw")
        if group not in "ab":
            continue  # seeds and c/ are web copies: office formats are made from the clean dev documents
        load_gold_heads(gold)
        for variant, fn in (
            ("docx_styled", lambda p: docx_styled(paras, ntitle, p)),
            ("docx_table", lambda p: docx_styled(paras, ntitle, p, table=True)),
            ("docx_breaks", lambda p: docx_breaks(paras, ntitle, p)),
            ("docx_fwindent", lambda p: docx_fwindent(paras, ntitle, p)),
        ):
            d = out / variant
            d.mkdir(exist_ok=True)
            try:
                fn(d / f"{stem}.docx")
            except ValueError:
                continue
            manifest.append({"file": f"{variant}/{stem}.docx", "gold": str(gold)})
        if wordable(paras):
            for variant, tab, fmt in (
                ("docx_autonum", True, "chineseCounting"),
                ("docx_autonum_nosuff", False, "chineseCounting"),
                ("docx_autonum_cct", True, "chineseCountingThousand"),  # Word's own 一, 二, 三 (简)
            ):
                d = out / variant
                d.mkdir(exist_ok=True)
                docx_autonum(paras, ntitle, d / f"{stem}.docx", suff_tab=tab, cn_format=fmt)
                manifest.append({"file": f"{variant}/{stem}.docx", "gold": str(gold)})
        title_html, body = html_trs(paras, ntitle)
        write("html_trs", stem, "html", page(title_html, body), gold)
        title_html, body = html_trs(paras, ntitle, split_tags=True)
        write("html_trs_split", stem, "html", page(title_html, body), gold)
        write(
            "html_gb2312",
            stem,
            "html",
            page(title_html, body, charset="gb2312", http_equiv=True).encode("gbk", errors="xmlcharrefreplace"),
            gold,
        )
        write("html_table_gb2312", stem, "htm",
              html_table_layout(paras, ntitle).encode("gbk", errors="xmlcharrefreplace"), gold)
        title_html, body = html_brbr(paras, ntitle)
        write("html_brbr", stem, "htm", page(title_html, body), gold)
        write("html_wechat", stem, "html", html_wechat(paras, ntitle), gold)
        write("markdown", stem, "md", markdown(paras, ntitle), gold)
        if font is not None:
            for variant, cols in (("pdf_pages", False), ("pdf_2col", True)):
                d = out / variant
                d.mkdir(exist_ok=True)
                pdf_doc(paras, ntitle, d / f"{stem}.pdf", font, columns=cols)
                manifest.append({"file": f"{variant}/{stem}.pdf", "gold": str(gold)})
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(manifest)} files in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/deve/files"))
