"""Table tests for shapes met in an eleventh round of real saved web pages (a pet-care page whose
sections each sit in a box named "…-top", a party branch's 七一 plan kept in a script string with its
line breaks lost, a traffic office's checklist held in Java string literals, a company's tabbed page with a 1.–5. list before its 一、 sections, a law-education
page with 环节（一）： labels and an image row over its <h2> headings): one table per class of miss.

The snippets were written for these tests in the shapes those pages show; none is copied from a page.
Each row: an id, the page (or text), the title, the outline (two spaces a level, `MARKER HEADING`). Rows
named `…_stays` are guards of what the fix must keep (they pass before it too).
"""

from __future__ import annotations

import pytest

from tests.outline_text import dedent, titled_outline

BODY = "各单位要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"

# GUIDE rule 2: a counted ordinal (第一个方面是) may count a short clause made a noun by 的 before its 是
# (第一个要强调的是, 第二个就是): a speaker counting what he has to say. Without the 的 a verb follows
# (第二层防线实际是): no ordinal.
COUNTED_CLAUSES = [
    ("clause_before_shi", f"会议纪要\n\n第一个要强调的是抓好安全生产\n{BODY}\n第二个就是抓好冬季防火\n{BODY}\n"
     f"第三个就是抓好信访稳定\n{BODY}\n", "会议纪要", """
        第一个要强调的是 抓好安全生产
        第二个就是 抓好冬季防火
        第三个就是 抓好信访稳定"""),
    ("clause_in_a_paragraph", f"会议纪要\n\n第一个需要说明的就是经费保障，{BODY}第二个需要说明的就是人员保障，{BODY}\n",
     "会议纪要", """
        第一个需要说明的就是 经费保障，各单位要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效
        第二个需要说明的就是 人员保障，各单位要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效"""),
    ("verb_before_shi_stays", f"风险管理\n\n第二层防线实际是合规部门，第三层防线实际是审计部门。{BODY}\n", "风险管理", ""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in COUNTED_CLAUSES], ids=[r[0] for r in COUNTED_CLAUSES])
def test_counted_clauses(text: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, "page.txt") == (title, dedent(expected))


# GUIDE rule 3: a labelled ordinal's number may stand in brackets (环节（一）： 步骤(2)：), the marker still
# the label up to its colon; a caption's or an attachment's label stays none.
BRACKETED_LABELS = [
    ("bracketed_cn_numbers", "五、活动流程\n环节（一）：播放普法短片。\n环节（二）：讲述法治故事。\n环节（三）：现场答疑。\n", None, """
        环节（一）： 播放普法短片
        环节（二）： 讲述法治故事
        环节（三）： 现场答疑"""),
    ("bracketed_arabic_numbers", f"一、操作流程\n步骤(1)：登录系统。\n{BODY}\n步骤(2)：填写信息。\n{BODY}\n", None, """
        一、 操作流程
          步骤(1)： 登录系统
          步骤(2)： 填写信息"""),
    ("bracketed_attachment_labels_stay", f"一、工作要求\n{BODY}\n附件（一）：报名表\n附件（二）：汇总表\n", None, """
        一、 工作要求"""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in BRACKETED_LABELS], ids=[r[0] for r in BRACKETED_LABELS])
def test_bracketed_labels(text: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, "page.txt") == (title, dedent(expected))


def _sections_page(box: str, sections: list[tuple[str, str]]) -> str:
    """A page whose sections each sit in a box of one class (`box`), an <h3> heading over <br> lines."""
    parts = "".join(f'<div class="{box}"><h3>{head}</h3><p>{body}</p></div>' for head, body in sections)
    return (f'<html><head><title>Title</title></head><body><div class="menu"><a href="/">首页</a></div>'
            f'<h3>养宠须知</h3>{parts}<div class="footer">版权所有 某某宠物网</div></body></html>')


CAT = ("养猫要注意的地方", f"<br>第一个就是给猫一个环境<br>{BODY}<br>第二个就是要保护好猫<br>{BODY}")
DOG = ("养狗要注意的地方", f"<br>一是狗粮的问题<br>{BODY}<br>二是疫苗一定要打<br>{BODY}<br>三是洗澡不要太勤<br>{BODY}")

# A page has one header: boxes of one class named "…-top" (or "…-bottom") that each hold a section are the
# blocks of its content template, kept with their sentences when together they hold the article (each
# alone too short to); the first section's heading is no second line of the page's title when a later
# line heads a section the same way (养猫要注意的地方 / 养狗要注意的地方).
REPEATED_BLOCKS = [
    ("sections_in_top_boxes", _sections_page("about-top", [CAT, DOG]), "养宠须知", """
        · 养猫要注意的地方
          第一个就是 给猫一个环境
          第二个就是 要保护好猫
        · 养狗要注意的地方
          一是 狗粮的问题
          二是 疫苗一定要打
          三是 洗澡不要太勤"""),
    ("a_lone_top_box_stays_furniture", '<html><body><div class="top">某某宠物网是一家专业的宠物服务网站，欢迎您的光临和惠顾。'
     '</div><h1>养宠须知</h1><div class="content"><p>一、喂养</p><p>' + BODY + '</p><p>二、防疫</p><p>' + BODY
     + '</p></div></body></html>', "养宠须知", """
        一、 喂养
        二、 防疫"""),
]


@pytest.mark.parametrize("page,title,expected", [r[1:] for r in REPEATED_BLOCKS], ids=[r[0] for r in REPEATED_BLOCKS])
def test_repeated_blocks(page: str, title: str | None, expected: str) -> None:
    assert titled_outline(page, "page.html") == (title, dedent(expected))


# A line break lost before a paragraph's indent (a plan kept in a string: 一、活动主题 　　以…): the
# heading ends at the indent. Two ideographic spaces padding a name (张　　三) are no break.
INDENT_GAPS = [
    ("heading_before_an_indent", f"七一活动方案\n\n一、活动主题 　　以纪念建党为主题，{BODY}\n二、活动时间 　　6月下旬至7月\n"
     f"三、活动安排\n{BODY}\n", "七一活动方案", """
        一、 活动主题
        二、 活动时间
        三、 活动安排"""),
    ("padded_names_stay", f"领导小组名单\n\n1. 张　　三（组长）\n2. 李　　四（副组长）\n{BODY}\n", "领导小组名单", """
        1. 张　　三（组长）
        2. 李　　四（副组长）"""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in INDENT_GAPS], ids=[r[0] for r in INDENT_GAPS])
def test_indent_gaps(text: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, "page.txt") == (title, dedent(expected))


# 一、 heads a document's sections: a 一、 list opened after a list of 1. items (a tabbed page's panels)
# stands beside that list, not under its last item. 1. under 一、 stays as it is.
TOP_AFTER_ARABIC = [
    ("dun_list_after_arabic_list", f"量子计算\n\n实现量子计算有三个要求：\n1. 构成量子比特的物理单元。\n2. 可以调整的量子初态。\n"
     f"3. 能够测量的末态。\n量子计算机有着先天优势。\n一、计算速度快。\n{BODY}\n二、能耗低。\n{BODY}\n", "量子计算", """
        1. 构成量子比特的物理单元
        2. 可以调整的量子初态
        3. 能够测量的末态
        一、 计算速度快
        二、 能耗低"""),
    ("arabic_under_dun_stays", f"工作方案\n\n一、总体要求\n1. 坚持问题导向。\n{BODY}\n2. 坚持系统观念。\n{BODY}\n二、主要任务\n{BODY}\n",
     "工作方案", """
        一、 总体要求
          1. 坚持问题导向
          2. 坚持系统观念
        二、 主要任务"""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in TOP_AFTER_ARABIC], ids=[r[0] for r in TOP_AFTER_ARABIC])
def test_top_after_arabic(text: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, "page.txt") == (title, dedent(expected))


def _gallery_page(under: str) -> str:
    """A project page: its plan, a row of pictures, then what stands under them (`under`)."""
    return ('<html><head><title>普法平台</title></head><body><h1>启明倾听</h1><div class="main">'
            f'<p>一、活动目的</p><p>{BODY}</p><p>二、活动环节</p><p>环节一：播放短片。</p><p>环节二：讲述故事。</p>'
            f'<ul><li><img src="a.png"></li><li><img src="b.png"></li></ul>{under}</div></body></html>')


# A heading element right under a picture heads the next part (<h2>内容介绍), no caption; a heading line
# after a labelled point (环节二：…) is no part of the point's run-in text. A short <p> under a picture
# stays its caption, and so do <h2> lines where a page sets most of them under its photos.
UNDER_PICTURES = [
    ("headings_under_a_gallery", _gallery_page(f"<h2>内容介绍</h2><p>{BODY}</p><h2>项目意义</h2><p>{BODY}</p>"), "启明倾听", """
        一、 活动目的
        二、 活动环节
          环节一： 播放短片
          环节二： 讲述故事
          · 内容介绍
          · 项目意义"""),
    ("a_caption_under_a_picture_stays", _gallery_page(f"<p>活动现场</p><p>{BODY}</p>"), "启明倾听", """
        一、 活动目的
        二、 活动环节
          环节一： 播放短片
          环节二： 讲述故事"""),
]


UNDER_PICTURES.append(
    ("h2_captions_under_each_photo_stay", f'<html><body><h1>运动会开幕</h1><div class="main"><p>{BODY}</p>'
     + "".join(f'<p><img src="{k}.jpg"></p><h2>{cap}</h2><p>{BODY}</p>' for k, cap in enumerate(["大会开幕式现场", "教师代表队入场", "学生代表队入场"]))
     + "</div></body></html>", "运动会开幕", ""))


@pytest.mark.parametrize("page,title,expected", [r[1:] for r in UNDER_PICTURES], ids=[r[0] for r in UNDER_PICTURES])
def test_under_pictures(page: str, title: str | None, expected: str) -> None:
    assert titled_outline(page, "page.html") == (title, dedent(expected))


# A text held in code as string literals joined line by line (`"…<p>　　" +⏎        "（二）…`): the literal
# opening the next line opens a line of the text. A quote opening a line with no + before it stays a quote.
STRING_LITERALS = [
    ("literals_joined_by_plus", 'String text = "<p>验车须知</p><p>　　（一）查看行驶证的检验有效期。 </p><p>　　" +\n'
     '        "（二）处理未处理的交通违法行为。 </p><p>　　" +\n'
     '        "（三）检查车辆号牌。号牌不清晰的应更换： </p><p>　" +\n'
     '        "　1、应正面朝外安装。 </p><p>　" +\n'
     '        "　2、不得遮盖号牌。 </p>";\n', None, """
        （一） 查看行驶证的检验有效期
        （二） 处理未处理的交通违法行为
        （三） 检查车辆号牌
          1、 应正面朝外安装
          2、 不得遮盖号牌"""),
    ("quoted_lines_stay", f'他举了两个例子：\n"（一）是去年的事。"\n"（二）是今年的事。"\n{BODY}\n', None, ""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in STRING_LITERALS], ids=[r[0] for r in STRING_LITERALS])
def test_string_literals(text: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, "page.txt") == (title, dedent(expected))
