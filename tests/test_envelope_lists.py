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
