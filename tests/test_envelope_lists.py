"""Lists a page sets around the article, and tables flattened into lines: their numbers are no outline.

Invented snippets in the shapes of government pages saved as text or Markdown: a site's column of
numbered links before the title (信息公开目录 / 1. 机构职能 …), a list of files to download after the
body (附件下载 / 1. …xls), Markdown link lists at the end (相关推荐 / - [标题](url)); each case gives the
title and the top-level outline it must, and the furniture it must leave out.
"""

from __future__ import annotations

import pytest

import orgdoc
from orgdoc.envelope.furniture import furniture_label
from orgdoc.models import RegionKind
from tests.test_envelope import ARTICLE, ARTICLE_TITLE, P1, P2, P3, parsed, top_headings

OUTLINE = ["一、提高思想认识", "二、突出工作重点", "三、强化组织保障"]


def boilerplate(text: str, outline: orgdoc.Outline) -> list[str]:
    return [text[a:b] for a, b in (r.span for r in outline.regions if r.kind is RegionKind.BOILERPLATE)]


# ---------------------------------------------------------------- a site's column list before the title

COLUMN_CASES = [
    pytest.param("信息公开目录\n1. 机构职能\n2. 政策文件\n3. 规划计划\n4. 人事信息\n", id="numbered-links-under-a-heading"),
    pytest.param("政府信息公开\n一、概况信息\n二、法规文件\n三、规划计划\n四、财政信息\n五、依申请公开\n",
                 id="chinese-numbers-like-the-body's"),
    pytest.param("某某县人民政府门户网站\n首页 | 政务公开 | 互动交流 | 办事服务\n公开目录\n1、机构概况\n2、部门文件\n3、统计数据\n",
                 id="under-the-site's-menu"),
    pytest.param("（1）工作动态\n（2）通知公告\n（3）政策解读\n", id="no-heading"),
]


@pytest.mark.parametrize("column", COLUMN_CASES)
def test_a_column_list_before_the_title_is_navigation(column: str) -> None:
    text = f"{column}{ARTICLE_TITLE}\n{ARTICLE}"
    outline = parsed(text)
    assert outline.title == ARTICLE_TITLE
    assert top_headings(outline) == OUTLINE
    above = [r for r in outline.regions if r.span[0] < text.index(ARTICLE_TITLE)]
    assert above and all(r.kind is RegionKind.BOILERPLATE for r in above)


NOT_A_COLUMN = [  # (text, top-level headings): short numbered lines that are the document's own
    pytest.param(f"某某工作方案\n一、总体要求\n二、主要任务\n三、保障措施\n{P1}", ["一、总体要求", "二、主要任务", "三、保障措施"],
                 id="short-sections-then-prose"),
    pytest.param(f"某某工作要点\n1.抓好党建\n2.抓好发展\n3.抓好民生\n某某县委办公室\n{P1}",  # a title with a genre word
                 ["1.抓好党建", "2.抓好发展", "3.抓好民生"], id="a-title-naming-its-genre-over-the-list"),
    pytest.param(f"学习笔记\n一、理论学习\n二、调查研究\n三、检视问题\n四项工作心得体会\n一、理论学习\n{P2}\n二、调查研究\n{P3}\n"
                 f"三、检视问题\n{P1}", ["一、理论学习", "二、调查研究", "三、检视问题"], id="entries-that-come-back"),
    pytest.param(f"一、提高认识\n三、突出重点\n四、强化保障\n{ARTICLE_TITLE}\n{P1}", ["一、提高认识", "三、突出重点", "四、强化保障"],
                 id="numbers-that-skip"),
]


@pytest.mark.parametrize(("text", "headings"), NOT_A_COLUMN)
def test_short_numbered_lines_of_the_document_stay_nodes(text: str, headings: list[str]) -> None:
    assert top_headings(parsed(text))[:len(headings)] == headings


# ---------------------------------------------------------------- lists of links and files at the end

LINK_LIST_CASES = [
    pytest.param("附件下载\n1. 某某县易涝点整治清单.xls\n2. 排水管网改造项目表.doc\n3. 工作联系人名单.pdf", id="download-heading"),
    pytest.param("1.某某县易涝点整治清单.xlsx\n2.排水管网改造项目表.docx", id="files-without-a-heading"),
    pytest.param("附件1：某某县整治任务清单.docx\n附件2：重点村名单.pdf（128KB）", id="labelled-files"),
    pytest.param("相关推荐\n\n- [在全县招商引资工作会议上的讲话](https://www.example.com/a/1.html)\n"
                 "- [关于优化营商环境的若干措施](https://www.example.com/a/2.html)", id="markdown-bullets"),
    pytest.param("**热点推荐**\n\n1. [全县召开森林防火部署会](https://www.example.gov.cn/n/1.html)\n"
                 "2. [县林业局开展宣传活动](https://www.example.gov.cn/n/2.html)", id="markdown-bold-heading-numbered"),
    pytest.param("## 相关阅读\n1. [森林防火十不准](https://example.cn/kp/1.html) 2025-02-21\n"
                 "2. [野外火灾逃生指南](https://example.cn/kp/2.html) 2025-02-19", id="markdown-heading-dated-links"),
    pytest.param("1. [全县召开森林防火部署会](https://example.cn/1.html)\n2. [县林业局开展宣传活动](https://example.cn/2.html)",
                 id="numbered-links-without-a-heading"),
]


@pytest.mark.parametrize("links", LINK_LIST_CASES)
def test_a_list_of_links_or_files_after_the_body_is_furniture(links: str) -> None:
    text = f"{ARTICLE_TITLE}\n{ARTICLE}\n\n{links}\n"
    outline = parsed(text)
    assert top_headings(outline) == OUTLINE
    assert [len(n.children) for n in outline.children] == [0, 0, 0]  # nothing hung under 三、
    assert "".join(boilerplate(text, outline)).replace("\n", "") == links.replace("\n", "")


@pytest.mark.parametrize(("line", "label"), [
    ("3. 某某清单.xls", "download notice"),
    ("附件2：名单.pdf (35KB)", "download notice"),
    ("- [某某讲话](https://example.cn/a.html)", "link or e-mail"),
    ("3.报送要求。请将材料命名为单位名称.docx", None),  # a point with its sentence: the outline's
    ("1. [某某讲话](https://example.cn/a.html)：全文见链接，要认真学习。", None),  # a link inside a point's text
])
def test_link_and_file_lines(line: str, label: str | None) -> None:
    assert furniture_label(line) == label


def test_numbered_links_pasted_between_sections_are_furniture() -> None:
    links = "1. [某某县召开专题会议](https://example.cn/1.html)\n2. [某某镇启动示范村创建](https://example.cn/2.html)"
    text = f"{ARTICLE_TITLE}\n一、提高思想认识\n{P2}\n{links}\n二、突出工作重点\n{P3}"
    outline = parsed(text)
    assert top_headings(outline) == OUTLINE[:2]
    assert [len(n.children) for n in outline.children] == [0, 0]


# ---------------------------------------------------------------- tables without a caption

# Each snippet stands between 一、 and 二、 of the article: its numbers are the table's, and the table is
# one region (from its header or first row to its last row).
REPORT_COUNTS = "\n".join([
    "申请人情况", "自然人", "法人或其他组织", "总计",
    "一、本年新收申请数量", "5", "1", "6", "二、上年结转申请数量", "0", "0", "0",
    "三、本年度办理结果", "（一）予以公开", "3", "1", "4", "（二）不予公开", "1.属于国家秘密", "0", "0", "0",
    "2.其他情形", "1", "0", "1", "四、结转下年度继续办理", "1", "0", "1"])
GRID_CASES = [
    pytest.param("序号 | 公开内容 | 条数\n1 | 主动公开 | 321\n2 | 政策解读 | 18\n3 | 回应关切 | 40", id="bars"),
    pytest.param("一、本年新收申请数量 | 27\n二、上年结转申请数量 | 1\n三、本年度办理结果 | （一）予以公开 | 15\n"
                 "（二）不予公开 | 1.属于国家秘密 | 0\n2.其他情形 | 2", id="bars-with-numbered-row-labels"),
    pytest.param("序号\t工作任务\t牵头单位\t完成时限\n1\t隐患排查整治\t区应急局\t2025年6月底前\n"
                 "2\t燃气管道更新\t区住建局\t2025年12月底前", id="tabs"),
    pytest.param("| 序号 | 工作任务 | 牵头单位 |\n| --- | --- | --- |\n| 1 | 隐患排查整治 | 区应急局 |\n| 2 | 燃气管道更新 | 区住建局 |",
                 id="markdown-table"),
    pytest.param("序号 重点任务 责任单位\n1 推进企业 设备上云 市工业和信息化局\n2 建设工业互联网平台 市科技局",
                 id="a-cell-with-a-space-inside"),
    pytest.param("序号 重点任务 责任单位 完成时限\n1. 推进企业设备上云 市工业和信息化局 2026年底前\n"
                 "2. 建设工业互联网平台 市工业和信息化局、市科技局 2025年底前\n3. 培育数字化服务商 市发展改革委 持续推进",
                 id="names-over-rows-between-spaces"),
    pytest.param("序号\n1.\n2.\n3.\n项目名称\n老旧街区改造\n背街小巷整治\n口袋公园建设\n责任单位\n市住建局\n市城管局\n市园林局",
                 id="index-column-one-cell-a-line"),
    pytest.param("序号\n项目名称\n责任单位\n1、\n老旧街区改造\n市住建局\n2、\n背街小巷整治\n市城管局\n3、\n口袋公园建设\n市园林局",
                 id="rows-one-cell-a-line"),
    pytest.param(REPORT_COUNTS, id="counts-one-cell-a-line-with-numbered-row-labels"),
]


@pytest.mark.parametrize("table", GRID_CASES)
def test_a_table_without_a_caption_is_a_region_not_nodes(table: str) -> None:
    text = f"{ARTICLE_TITLE}\n一、提高思想认识\n{P2}\n{table}\n二、突出工作重点\n{P3}\n三、强化组织保障\n{P1}"
    outline = parsed(text)
    assert top_headings(outline) == OUTLINE
    assert [len(n.children) for n in outline.children] == [0, 0, 0]
    assert [text[a:b] for a, b in (r.span for r in outline.regions if r.kind is RegionKind.TABLE)] == [table]


def test_a_report_heading_between_two_count_tables_stays_a_node() -> None:
    """A heading that goes on with the document's numbering cuts a run of cells into two tables; a
    row's label with the same number (四、结转… over its counts) does not."""
    first = "\n".join(["信息内容", "本年制发件数", "现行有效件数", "规章", "0", "0", "行政规范性文件", "3", "12"])
    text = (f"{ARTICLE_TITLE}\n一、总体情况\n{P1}\n（一）主动公开。{P2}\n（二）依申请公开。{P3}\n二、主动公开情况\n{first}\n"
            f"三、办理申请情况\n{REPORT_COUNTS}\n四、复议诉讼情况\n{P1}")
    outline = parsed(text)
    assert top_headings(outline) == ["一、总体情况", "二、主动公开情况", "三、办理申请情况", "四、复议诉讼情况"]
    assert [[c.marker for c in n.children] for n in outline.children] == [["（一）", "（二）"], [], [], []]
    assert [text[a:b] for a, b in (r.span for r in outline.regions if r.kind is RegionKind.TABLE)] == [first, REPORT_COUNTS]


def test_a_table_in_a_document_numbered_with_decimals() -> None:
    """Rows that open with a number and a space look like level-one sections where dotted numbers are."""
    table = "序号 成员单位 主要职责 联系电话\n1 县自然资源局 承担日常工作 0000-1234501\n2 县应急管理局 组织抢险救援 0000-1234502"
    text = f"某某县突发地质灾害应急预案\n1 总则\n1.1 编制目的\n{P1}\n2 组织体系\n2.1 成员单位职责\n{table}\n3 应急响应\n{P2}"
    outline = parsed(text)
    assert [(n.marker, n.heading) for n in outline.children] == [("1", "总则"), ("2", "组织体系"), ("3", "应急响应")]
    assert [[c.marker for c in n.children] for n in outline.children] == [["1.1"], ["2.1"], []]


NOT_A_TABLE = [  # (snippet, the nodes it gives under 一、): numbered lines of the document itself
    pytest.param("1.\t加强组织领导\n2.\t落实资金保障\n3.\t严格督查考核", ["1.", "2.", "3."], id="word-numbers-before-a-tab"),
    pytest.param("（一）\t加强组织领导。各级党委要负总责。\n（二）\t落实资金保障。各级财政要足额安排。", ["（一）", "（二）"],
                 id="tab-after-the-marker-of-a-sentence"),
    pytest.param("凝心聚力 真抓实干 奋力开创\n1.提高站位。要把思想统一到部署上来。\n2.压实责任。要层层传导压力。", ["1.", "2."],
                 id="spaced-phrases-over-prose-points"),
    pytest.param("工作目标\n1.\n全面完成隐患整改。\n2.\n建立长效机制。", ["1.", "2."], id="markers-alone-over-sentences"),
    pytest.param("1.加强领导\n2.落实责任\n3.强化督查", ["1.", "2.", "3."], id="short-points"),
    pytest.param("工作目标\n主要任务\n1、\n加强领导\n2、\n落实责任\n3、\n强化督查", ["1、", "2、", "3、"],
                 id="markers-alone-over-short-headings"),  # two lines a point: no table of three columns
    pytest.param("全年完成情况如下：\n1\n2\n3\n1.完成投资。全年完成投资12亿元。\n2.新增就业。城镇新增就业1200人。", ["1.", "2."],
                 id="stray-numbers-over-points"),
]


@pytest.mark.parametrize(("snippet", "markers"), NOT_A_TABLE)
def test_numbered_lines_of_the_document_are_no_table(snippet: str, markers: list[str]) -> None:
    text = f"{ARTICLE_TITLE}\n一、提高思想认识\n{P2}\n{snippet}\n二、突出工作重点\n{P3}\n三、强化组织保障\n{P1}"
    outline = parsed(text)
    assert top_headings(outline) == OUTLINE
    assert [c.marker for c in outline.children[0].children] == markers
    assert not [r for r in outline.regions if r.kind is RegionKind.TABLE]
