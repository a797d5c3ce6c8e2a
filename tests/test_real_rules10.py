"""Table tests for shapes met in a tenth round of real rules and charters (a forum's WML rules pages kept
as ASP, two national laws extracted from a PDF with their attachments, school and community rules pages
in JSP and PHP whose parts are <h2> lines over lists the page numbers by CSS): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the file name, the title, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import dedent, titled_outline

BODY = "要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"


# 一: 二: 三: — a part's number typed with a colon for 、, alone on its line over the part's own items
# (1）… 2）…): one style with 一、, so the items nest under it. Its heading is empty (the next line is its
# first item's). Doubtful as 一， is: a lone 一： opening a line, with no 二： after it, stays text, and so does
# a time (三:30).
COLON_PARTS = [
    ("numeral_colon_over_items",
     ("会员有下列情形之一的，管理员有权处理：\n一:\n1）使用不文明的昵称；\n2）冒用他人名义发帖。\n"
     "二:\n1）发布广告信息的；\n2）重复发帖的；\n3）发布无关内容的。\n三:\n1)遵守社区公约；\n2)尊重其他会员。\n"),
     "rules.txt", None, """
        一:
          1） 使用不文明的昵称
          2） 冒用他人名义发帖
        二:
          1） 发布广告信息的
          2） 重复发帖的
          3） 发布无关内容的
        三:
          1) 遵守社区公约
          2) 尊重其他会员"""),
    ("lone_numeral_colon_is_text",
     "活动安排如下：\n一：上午参观展览。\n" + BODY + "\n1、集合时间为三:30。\n2、地点在东门。\n",
     "plan.txt", None, """
        1、 集合时间为三
        2、 地点在东门"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in COLON_PARTS], ids=[r[0] for r in COLON_PARTS])
def test_colon_parts(text: str, name: str, title: str | None, expected: str) -> None:
    found, outline = titled_outline(text, name)
    assert (found, "\n".join(line.rstrip() for line in outline.split("\n"))) == (title, dedent(expected))


def _wrapped(text: str, width: int) -> str:
    """`text` hard-wrapped at `width` characters, a paragraph a line before (as a PDF's extraction cuts it)."""
    return "\n".join(p[k:k + width] for p in text.split("\n") for k in range(0, len(p), width))


# A law extracted from a PDF, hard-wrapped at one width; after its articles, an attached text under its title
# and a one-line bracketed date that happens to fill the width ((1951年…办公厅公布)): the item opening the next
# line is no continuation of the date, though the date's line is full and ends in no full stop.
ASIDE_LINES = [
    ("full_width_date_aside_over_first_item",
     _wrapped("某某标志管理条例\n"
              "第一条 为了规范某某标志的使用，维护标志的尊严，根据有关法律的规定，制定本条例，请各单位认真执行。\n"
              "第二条 本条例适用于在本行政区域内使用某某标志的机关、团体、企业事业单位和其他组织。\n"
              "第三条 本条例自公布之日起施行，以前有关规定与本条例不一致的，以本条例为准。\n"
              "附件:\n某某标志图案说明\n"
              "(1951年9月20日某某市办公厅公布)\n"
              "一、标志由圆环和麦穗组成，圆环居中，麦穗分列左右两侧，整体左右对称，上下比例协调一致。\n"
              "二、标志的颜色为金红二色，圆环内的底色为红色，其余部分一律为金色，不得随意更改。\n"
              "三、标志可以按照比例放大或者缩小，但不得改变各部分之间的比例关系和相对的位置。", 20),
     "law.md", "某某标志管理条例", """
        第一条 为了规范某某标志的使用，维护标志的尊严，根据有关法律的规定，制定本条例，请各单位认真执行
        第二条 本条例适用于在本行政区域内使用某某标志的机关、团体、企业事业单位和其他组织
        第三条 本条例自公布之日起施行，以前有关规定与本条例不一致的，以本条例为准
        一、 标志由圆环和麦穗组成，圆环居中，麦穗分列左右两侧，整体左右对称，上下比例协调一致
        二、 标志的颜色为金红二色，圆环内的底色为红色，其余部分一律为金色，不得随意更改
        三、 标志可以按照比例放大或者缩小，但不得改变各部分之间的比例关系和相对的位置"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in ASIDE_LINES], ids=[r[0] for r in ASIDE_LINES])
def test_aside_lines(text: str, name: str, title: str | None, expected: str) -> None:
    outline = orgdoc.parse(text)
    rows = [f"{n.marker} {n.heading.replace(chr(10), '')}" for n in outline.children]  # headings span the wraps
    assert (outline.title, "\n".join(rows)) == (title, dedent(expected))


# A page whose parts are <h2> lines, none numbered, each over its own prose or list, under a <title> that names
# the page: the first <h2> is the first of the page's sections (GUIDE rule 6), not its title, though it opens
# the text; one over another heading line (the page's welcome box) heads the page (a guard: so it did before).
# And a bold line set right after the pictures of the part before it, right over a list restarting at 一、
# (numbered by CSS): it heads that list, as the bold line over the first list does; no caption.
GROUPED_HEADINGS = [
    ("first_of_three_h2_sections_is_no_title",
     ("<html><head><title>某某社区发帖准则</title></head><body>"
     f"<h2>文明发言</h2><p>发言时注意用语文明。{BODY}</p>"
     f"<h2>尊重隐私</h2><p>不得公开他人的个人信息。{BODY}</p>"
     f"<h2>举报反馈</h2><p>发现违规内容请及时举报。{BODY}</p></body></html>"),
     "norm.jsp", "某某社区发帖准则", """
        · 文明发言
        · 尊重隐私
        · 举报反馈"""),
    ("first_heading_over_a_heading_is_the_title",
     ("<html><head><title>Title</title></head><body><h3>养花的人要注意了</h3><h5>关于养花的几点意见!</h5>"
      f"<h3>浇水要注意的地方</h3><p>浇水要适量，不能过多。{BODY}</p>"
      f"<h3>施肥要注意的地方</h3><p>施肥要薄肥勤施。{BODY}</p></body></html>"),
     "flowers.jsp", "养花的人要注意了", """
        · 浇水要注意的地方
        · 施肥要注意的地方"""),
    ("bold_line_after_pictures_heads_its_list",
     ("<html><head><title>某某中学 | 学生守则 | 校规校纪</title></head><body>"
     f"<h2>仪表规范</h2><p>学生仪表应当整洁大方。{BODY}</p>"
     "<div><b>校服</b><ol style=\"list-style-type: cjk-ideographic;\"><li>按规定穿着校服。</li>"
     "<li>校服应保持干净整洁。</li></ol><div><img src=\"a.jpg\"><img src=\"b.jpg\"></div></div>"
     "<div><b>发型</b><ol style=\"list-style-type: cjk-ideographic;\"><li>不得染发烫发。</li>"
     "<li>男生头发不得过长。</li></ol></div>"
     "<h2>行为规范</h2><ol style=\"list-style-type: cjk-ideographic;\"><li>不得携带手机进入课室。</li>"
     "<li>不得在校园内追逐打闹。</li></ol>"
     "<h2>请假须知</h2><ol style=\"list-style-type: cjk-ideographic;\"><li>请假须由家长签名。</li>"
     "<li>病假须附医院证明。</li></ol></body></html>"),
     "rules.php", "某某中学", """
        · 仪表规范
          · 校服
            一、 按规定穿着校服
            二、 校服应保持干净整洁
          · 发型
            一、 不得染发烫发
            二、 男生头发不得过长
        · 行为规范
          一、 不得携带手机进入课室
          二、 不得在校园内追逐打闹
        · 请假须知
          一、 请假须由家长签名
          二、 病假须附医院证明"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in GROUPED_HEADINGS],
                         ids=[r[0] for r in GROUPED_HEADINGS])
def test_grouped_headings(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# 甲、 乙、 丙、 — the heavenly stems numbering the points of an attached explanation, under its (二) and again
# under its (三): a list at line starts, restarted under each. 甲、乙双方 opening a line, with no 乙、 line after
# it, names a contract's two parties: text.
STEMS = [
    ("stems_under_bracketed_items",
     ("某某图案说明\n(一)图案为圆形，直径与边框之比为十与一之比。\n(二)图案的画法如下:\n"
      "甲、先画一个圆，圆心居中。\n乙、再画五条半径，彼此夹角相等。\n(三)图案的通用尺寸如下:\n"
      "甲、直径60厘米。\n乙、直径40厘米。\n丙、直径20厘米。\n"),
     "notes.txt", "某某图案说明", """
        (一) 图案为圆形，直径与边框之比为十与一之比
        (二) 图案的画法如下
          甲、 先画一个圆，圆心居中
          乙、 再画五条半径，彼此夹角相等
        (三) 图案的通用尺寸如下
          甲、 直径60厘米
          乙、 直径40厘米
          丙、 直径20厘米"""),
    ("parties_of_a_contract_are_text",
     ("合同条款\n一、合同的订立\n甲、乙双方经友好协商，订立本合同。\n" + BODY + "\n二、合同的履行\n"
      "双方应当按照约定全面履行各自的义务。\n"),
     "contract.txt", "合同条款", """
        一、 合同的订立
        二、 合同的履行"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in STEMS], ids=[r[0] for r in STEMS])
def test_stems(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# A page with no <h1> and no element named as its title that opens with a bar of links side by side (two buttons
# of a sidebar): the bar is navigation, never the title; the page's <title> then names it.
LINK_BARS = [
    ("button_bar_over_the_text_is_no_title",
     ("<html><head><title>协会概况</title></head><body><div class=\"icons\"><a href=\"a.jsp\">专家委员会</a> "
      "<a href=\"b.jsp\">我要入会</a></div><div class=\"content\"><p>第一章 总则</p>"
      f"<p>第一条 本会是行业性社会团体。{BODY}</p><p>第二条 本会接受业务主管单位的指导。{BODY}</p></div></body></html>"),
     "about.jsp", "协会概况", """
        第一章 总则
          第一条 本会是行业性社会团体
          第二条 本会接受业务主管单位的指导"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in LINK_BARS], ids=[r[0] for r in LINK_BARS])
def test_link_bars(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))
