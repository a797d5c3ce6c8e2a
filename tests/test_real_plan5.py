"""Table tests for shapes met in a round of real planning documents (plans, 实施方案 and 行动方案 kept as a
policy analyser's Markdown, as a crawler's Markdown of government pages, as a web reader's Markdown; a
report chapter in a Vue page; a bilingual translation memory): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the title, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

from tests.outline_text import dedent, titled_outline

BODY = "要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"
LISTED = f"一、总体要求。{BODY}\n\n二、重点任务。{BODY}\n"
LISTED_OUTLINE = """
        一、 总体要求
        二、 重点任务"""

# A web reader's Markdown of a page (Title: … / URL Source: … / Markdown Content:, then the page converted): the
# header is the page's and its title (less the site's name) the title the page states; the page's menus, its
# search words and its trail, all Markdown links, are no prose, so the title the page spells again (# …) under
# them is found, and what stands above it is the page's, never run-in headings of the body.
READER = [
    ("reader_header_over_long_link_lines",
     ("Title: 某某区关于开展春季植树活动的通知\n\nURL Source: https://www.example.gov.cn/a/1.html\n\n"
      'Markdown Content:\n[无障碍](javascript:void(0);)[长者模式](javascript:; "长者模式")[繁体版](javascript:void(0);)'
      "[English](https://en.example.gov.cn/)\n\n*   [首页](https://www.example.gov.cn/)\n*   [政务公开](https://www.example.gov.cn/zwgk/)\n"
      "*   [互动交流](https://www.example.gov.cn/hdjl/)\n\n"
      '## 搜索热词：[社保](https://s.example.gov.cn/?q=1 "社保")[医保](https://s.example.gov.cn/?q=2 "医保")'
      '[就业](https://s.example.gov.cn/?q=3 "就业")[住房](https://s.example.gov.cn/?q=7 "住房")\n\n'
      "当前位置：[首页](https://www.example.gov.cn/)>[通知公告](https://www.example.gov.cn/tzgg/)>[区政府文件](https://www.example.gov.cn/qzf/)\n\n"
      f"# 某某区关于开展春季植树活动的通知\n\n{LISTED}"),
     "某某区关于开展春季植树活动的通知", LISTED_OUTLINE),
    ("reader_header_images_in_links",
     ("Title: 某某街道召开垃圾分类工作推进会\n\nURL Source: https://www.example.gov.cn/b/2.html\n\nMarkdown Content:\n"
      "[![Image 1](https://www.example.gov.cn/logo.png)](https://www.example.gov.cn/)\n\n"
      "*   [![Image 2: 关注 · 微博](https://www.example.gov.cn/wb.png)关注 · 微博](https://weibo.example.com/1)\n"
      "*   [![Image 3: 关注 · 微信](https://www.example.gov.cn/wx.png)关注 · 微信](https://weixin.example.com/1)\n"
      "## 热门搜索：[办事指南](https://s.example.gov.cn/?q=4)[政策文件](https://s.example.gov.cn/?q=5)[社区服务](https://s.example.gov.cn/?q=6)\n\n"
      f"# 某某街道召开垃圾分类工作推进会\n\n会议要求：一是提高认识。{BODY}二是压实责任。{BODY}\n"),
     "某某街道召开垃圾分类工作推进会", """
        一是 提高认识
        二是 压实责任"""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in READER], ids=[r[0] for r in READER])
def test_reader_header(text: str, title: str, expected: str) -> None:
    assert titled_outline(text, "page.md") == (title, dedent(expected))


# A crawler's Markdown of a government page: a numbered trail of links that carry their titles (1. [首页](…
# "首页")) is navigation, no list of the outline; the page's title row holds the title, then after a wide gap
# its stamp (印发日期：… 字号：大 中 小); a plan's period in brackets (（2024-2026年）) is part of a title set over
# the page's stamp fields, not a dated column label.
CRAWLED = [
    ("numbered_trail_with_link_titles_and_stamp_row",
     ('1. [首页](https://www.example.gov.cn/index.html "首页")\n2. [政务公开](https://www.example.gov.cn/zwgk/index.html "")\n'
      '3. [政策文件](https://www.example.gov.cn/zcwj/index.html "")\n\n'
      "## 某某市关于加强城市绿化管理的实施意见    印发日期：2024-03-01      某府发〔2024〕3号      字号：    "
      "[大](https://www.example.gov.cn/a.html\\#) [中](https://www.example.gov.cn/a.html\\#) "
      f"[小](https://www.example.gov.cn/a.html\\#)\n\n各区人民政府：\n\n{LISTED}"),
     "某某市关于加强城市绿化管理的实施意见", LISTED_OUTLINE),
    ("plan_period_in_title_over_stamp_fields",
     ("# 关于印发《某某市数字乡村建设行动方案（2024-2026年）》的通知\n\n**发布日期**: 2024-05-10\n"
      f"**发布机构**: 某某市农业农村局\n**原文链接**: [https://www.example.gov.cn/c/3.html](https://www.example.gov.cn/c/3.html)\n\n---\n\n{LISTED}"),
     "关于印发《某某市数字乡村建设行动方案（2024-2026年）》的通知", LISTED_OUTLINE),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in CRAWLED], ids=[r[0] for r in CRAWLED])
def test_crawled_page(text: str, title: str, expected: str) -> None:
    assert titled_outline(text, "page.md") == (title, dedent(expected))


# A consultation page that sets several texts in tabs, each under a Markdown heading of its own (the notice,
# the draft, its reading): the screen-reader hint over the search box and the box's labels are the page's; the
# page's title line stays the title, and the headings below the tab links, one naming the titled draft, are
# the body's: a group of heading lines, each over its text's list.
TABBED = [
    ("tabs_under_page_title",
     ("## 该区域包含搜索框和检索按钮,输入关键字查询网站相关内容，按回车键进行搜索\n\n智能搜索\n\n搜一下\n\n"
      "某某区绿色出行三年规划\n\n\n"
      '- [公告内容](https://www.example.gov.cn/d/4.html#tab1 "公告内容")\n- [草案全文](https://www.example.gov.cn/d/4.html#tab2 "草案全文")\n\n'
      f"##### 关于《某某区绿色出行三年规划（草案）》征求意见的公告\n\n一、意见请寄区发展改革委。{BODY}\n\n二、截止日期为5月1日。{BODY}\n\n"
      f"##### 某某区绿色出行三年规划（草案）\n\n{LISTED}"),
     "某某区绿色出行三年规划", """
        · 关于《某某区绿色出行三年规划（草案）》征求意见的公告
          一、 意见请寄区发展改革委
          二、 截止日期为5月1日
        · 某某区绿色出行三年规划（草案）
          一、 总体要求
          二、 重点任务"""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in TABBED], ids=[r[0] for r in TABBED])
def test_tabbed_page(text: str, title: str, expected: str) -> None:
    assert titled_outline(text, "page.md") == (title, dedent(expected))
