"""Table tests for shapes met in an eighth round of real speech-source documents (company and school
addresses in PHP page templates, a Markdown study note with HTML cards, a blog post on writing and giving a
年终总结 report): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the file name, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

from tests.outline_text import dedent, titled_outline

BODY = "要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"


# A spoken preview given line by line: the parts named one a line (numbered from one, nothing under them),
# then given again as sections with the same numbers and alike headings. The preview lines are the
# announcement, not a list (GUIDE); each part is listed once, as its section.
LINE_PREVIEWS = [
    ("markdown_steps_then_sections", "分三个步骤来做：\n\n第一步：定目标（PLAN）\n\n第二步：抓落实（DO）\n\n"
     + "第三步：勤复盘（CHECK）\n\n下面分别说说。\n\n"
     + f"### 第一步：定目标\n\n{BODY}\n\n### 第二步：抓落实\n\n{BODY}\n\n### 第三步：勤复盘\n\n{BODY}\n",
     "talk.md", """
        第一步： 定目标
        第二步： 抓落实
        第三步： 勤复盘"""),
    ("plain_text_questions_then_sections", "同志们：\n今天我讲三个问题：\n一、为什么要学\n二、重点学什么\n"
     + f"三、怎样学得好\n下面逐一来讲。\n一、为什么要学\n{BODY}\n二、重点学什么\n{BODY}\n三、怎样学得好\n{BODY}\n",
     "lecture.txt", """
        一、 为什么要学
        二、 重点学什么
        三、 怎样学得好"""),
    ("html_parts_closed_by_colons", "<html><body><p>这次党课分三个部分：</p><p>第一部分：回顾历程</p>"
     + "<p>第二部分：把握要求</p><p>第三部分：落实行动</p>"
     + f"<h3>第一部分：回顾历程</h3><p>{BODY}</p><h3>第二部分：把握要求</h3><p>{BODY}</p>"
     + f"<h3>第三部分：落实行动</h3><p>{BODY}</p></body></html>",
     "dangke.html", """
        第一部分 回顾历程
        第二部分 把握要求
        第三部分 落实行动"""),
]


@pytest.mark.parametrize("text,name,expected", [r[1:] for r in LINE_PREVIEWS], ids=[r[0] for r in LINE_PREVIEWS])
def test_line_previews(text: str, name: str, expected: str) -> None:
    assert titled_outline(text, name)[1] == dedent(expected)


# What stays: lines whose headings the later sections do not give again are no preview, and sections
# with text of their own are sections whatever follows them.
NOT_PREVIEWS = [
    ("other_headings_later", f"今天讲两点：\n一、健全制度\n二、强化监督\n下面展开。\n一、加强学习\n{BODY}\n二、改进作风\n{BODY}\n",
     "talk.txt", """
        一、 健全制度
        二、 强化监督
        一、 加强学习
        二、 改进作风"""),
    ("sections_with_text_repeated", f"一、加强学习\n{BODY}\n二、改进作风\n{BODY}\n一、加强学习\n{BODY}\n二、改进作风\n{BODY}\n",
     "twice.txt", """
        一、 加强学习
        二、 改进作风
        一、 加强学习
        二、 改进作风"""),
]


@pytest.mark.parametrize("text,name,expected", [r[1:] for r in NOT_PREVIEWS], ids=[r[0] for r in NOT_PREVIEWS])
def test_not_previews(text: str, name: str, expected: str) -> None:
    assert titled_outline(text, name)[1] == dedent(expected)


# A number inside a path, file name or link (Hugo's {{<figure src="/img/talk/01.jpg">}}, …/docs/1.pdf) is
# part of the name: no heading run into the text before it, even in a text whose headings are all
# mid-line. A number run into Chinese text (重点任务1.加快…) still is one.
NAMES = [
    ("hugo_figure_shortcodes", "## 开场\n\n{{<figure src=\"/img/talk/01.jpg\">}}\n\n{{<figure src=\"/img/talk/02.jpg\">}}\n\n"
     + f"## 正文\n\n第一点，要读原著。{BODY}\n\n第二，要悟原理。{BODY}\n",
     "post.md", """
        · 开场
        · 正文
          第一点， 要读原著
          第二， 要悟原理"""),
    ("links_to_numbered_files", "同志们：\n今天的材料已经发到大家手中，原文见 http://example.org/docs/1.pdf 和 "
     + f"http://example.org/docs/2.pdf，请会后认真学习。\n第一，要读原著。{BODY}\n第二，要悟原理。{BODY}\n",
     "talk.txt", """
        第一， 要读原著
        第二， 要悟原理"""),
]


@pytest.mark.parametrize("text,name,expected", [r[1:] for r in NAMES], ids=[r[0] for r in NAMES])
def test_numbers_in_names(text: str, name: str, expected: str) -> None:
    assert titled_outline(text, name)[1] == dedent(expected)


def test_number_run_into_text_stays() -> None:
    text = "会议部署了今年的重点任务1.加快项目建设，" + BODY + "2.优化营商环境，" + BODY + "3.保障改善民生，" + BODY
    assert [line.split(" ")[0] for line in titled_outline(text, "oneline.txt")[1].splitlines()] == ["1.", "2.", "3."]
