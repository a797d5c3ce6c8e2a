"""Table tests for shapes found in a second round of talks from the corpus's sources (transcribed talks
of the 1950s with their paragraphs, a company founder's talks with colleagues' remarks and editors'
notes, news pages run into one CSV field, event pages kept as JSP). One table per class of miss; the
snippets were written for these tests in those shapes, none is copied from a source document. Each
row: an id, the text, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import dedent, outline_text

BODY = "各单位要高度重视，认真抓好落实。"

# Duty sentences (…要…。) scattered over a talk's paragraphs, one amid each paragraph's prose, are the
# talk's prose: inside paragraphs, sentences group only within one paragraph.
SCATTERED_DUTIES = [
    ("yao_sentences_one_a_paragraph",
     "开会的事情已经定了，时间就在下个月，地点还没有定下来。要把各村的情况摸清楚。大家回去以后抓紧准备，不要拖到最后再动手。\n"
     "去年有些地方搞得不好，群众意见比较大，上面也批评过。要总结经验教训。有意见就要认真听取，不要护短，更不要压制批评。\n"
     "明年的任务很重，困难也不少，大家心里要有数。要早做打算。各部门之间互相配合，把困难估计得充分一些，把办法想得周全一些。\n",
     ""),
    ("topic_yao_sentences_one_a_paragraph",
     "学生的功课太重，普遍睡不够，身体也跟不上。一定要减少作业。家长也有意见，说孩子没有时间玩，这个意见是对的。\n"
     "教师的负担也不轻，备课到深夜，开会又多。现在要减轻负担。学校的表格太多，检查太多，这些都可以砍掉一半。\n"
     "食堂的伙食也不好，学生吃不饱，这是不行的。总务要多想办法。钱不够可以向上面反映，不要等着别人来解决。\n",
     ""),
    # within one paragraph they still make a group
    ("duties_inside_one_paragraph", f"一、加强队伍建设\n{BODY}理论学习要突出系统性。{BODY}实践锻炼要突出针对性。{BODY}"
     f"考核评价要突出实绩。{BODY}", """
        一、 加强队伍建设
          · 理论学习要突出系统性
          · 实践锻炼要突出针对性
          · 考核评价要突出实绩"""),
]

# A section divider (a numeral, a space, the heading) whose heading opens with a date (一 三月五日的讲话),
# as collected works title a book's talks by their day; another bare numeral after it is no heading.
DATED_DIVIDERS = [
    ("divider_heading_opens_with_a_date", f"# 两次讲话\n\n一 三月五日的讲话\n\n{BODY}\n\n二 （十二月一日）的讲话\n\n{BODY}\n", """
        一 三月五日的讲话
        二 （十二月一日）的讲话"""),
    ("divider_of_a_year", f"一 一九五六年的工作\n{BODY}\n二 一九五七年的打算\n{BODY}\n", """
        一 一九五六年的工作
        二 一九五七年的打算"""),
    ("numerals_in_a_row", f"{BODY}\n一 二 三\n{BODY}\n", ""),
]

# 最后 (and 然后) after a comma, run into its clause, tells what happened next: it goes on no list of ordinals
# before it (第一，…第三，…。…又追加了一笔，最后又追加了一笔); after a sentence end, or with a comma, it does.
NARRATIVE_LAST = [
    ("last_in_a_story_after_ordinals", f"一、控制成本\n\n怎么办呢？第一，压缩开支。{BODY}第二，清理库存。{BODY}第三，核算到人。{BODY}\n\n"
     "有人说太难了。当年修这座桥，先说一千万够了，还是不够，又追加五百万，还是不够，最后又追加了三百万，一千八百万终于修完了。"
     f"\n\n二、改进作风\n\n{BODY}", """
        一、 控制成本
          第一， 压缩开支
          第二， 清理库存
          第三， 核算到人
        二、 改进作风"""),
    ("then_in_a_story_after_ordinals", f"第一，压缩开支。{BODY}第二，清理库存。{BODY}\n\n"
     "有人说太难了。当年修这座桥，先是请人设计，还是不行，又换了一家，然后又请了三个专家，一年以后终于修完了。", """
        第一， 压缩开支
        第二， 清理库存"""),
]

# 第一 run straight into a modal verb (第一必须…；第二必须…, 第一应当…), as talks taken down by a secretary
# number duties, is a list as 第一要… is; 第一需要 stays a noun.
ORDINAL_MODALS = [
    ("must", f"这个公司可以独立经营，第一必须为集团服务，不能到外面揽活；第二必须自负盈亏。{BODY}", """
        第一必须 为集团服务，不能到外面揽活
        第二必须 自负盈亏"""),
    ("should", f"第一应当摸清底数，建立台账。{BODY}第二应当跟踪问效。{BODY}", """
        第一应当 摸清底数，建立台账
        第二应当 跟踪问效"""),
    ("first_need_is_a_noun", f"要把理论学习作为第一需要。{BODY}第二需要的是实践。", ""),
]

# A run of short paragraph leads with no shared opening (a report's headlines) counts no duty (要…。) as a
# member: in a talk, 要搞好团结。 among two other short openers makes no run of three.
TALK = "有些同志思想上还没有转过弯来，总觉得这样做太急，其实条件已经具备，群众也有这个要求，问题在于我们去不去领导。"
OPENER = "这件事情大家议论了很久，有的赞成，有的反对，还有的说等一等再看，我看不能再等了。"
DUTY_IN_RUNS = [
    ("duty_among_short_openers", f"{OPENER}{TALK}\n\n要搞好团结。{TALK}\n\n有句老话，“众人拾柴火焰高”。{TALK}\n\n"
     f"合作社内部，也有分歧。{TALK}\n\n{OPENER}{TALK}\n", ""),
    ("headlines_stay_a_run", f"{OPENER}\n\n改革开放深入推进。{TALK}\n\n社会事业加快发展。{TALK}\n\n"
     f"生态环境持续改善。{TALK}\n", """
        · 改革开放深入推进
        · 社会事业加快发展
        · 生态环境持续改善"""),
]

TABLES = {"scattered_duties": SCATTERED_DUTIES, "dated_dividers": DATED_DIVIDERS, "narrative_last": NARRATIVE_LAST,
          "ordinal_modals": ORDINAL_MODALS, "duty_in_runs": DUTY_IN_RUNS}
ROWS = [(name, *row) for name, table in TABLES.items() for row in table]


@pytest.mark.parametrize("text,expected", [r[2:] for r in ROWS], ids=[f"{r[0]}-{r[1]}" for r in ROWS])
def test_real_speech2_shapes(text: str, expected: str) -> None:
    outline = orgdoc.parse(text)
    for n in outline.walk():
        assert text[n.heading_span[0]:n.heading_span[1]] == n.heading
    assert outline_text(outline) == dedent(expected)


# A server page kept in its source form (JSP, ASP): its template code (<%@ page …%>, <%=…%>) is no text a
# reader sees; the page is read as any page (title block, body), also when no suffix names it.
SERVER_PAGE = (
    '<%@ page language="java" contentType="text/html; charset=GBK"%>\n'
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
    '<title>某某公司-年度峰会</title>\n<link href="<%=request.getContextPath()%>/css/a.css" rel="stylesheet" />\n'
    '</head>\n<body>\n<div id="top">峰会快讯</div>\n<div id="main">\n'
    '<p class="newstitle"><font>携手同行再出发</font><br/>——张三总经理在年度峰会闭幕式上的讲话</p>\n'
    '<p>各位同事：</p>\n<p>大家好！今天我讲两点希望。</p>\n'
    f'<p>一是坚持梦想。{BODY}</p>\n<p>二是专业进取。{BODY}</p>\n<p>谢谢大家！</p>\n</div>\n</body>\n</html>\n'
)
SERVER_PAGES = [
    ("jsp_suffix", "summit.jsp"),
    ("no_suffix", None),
]


@pytest.mark.parametrize("name", [r[1] for r in SERVER_PAGES], ids=[r[0] for r in SERVER_PAGES])
def test_server_page_source(name: str | None) -> None:
    outline = orgdoc.parse_bytes(SERVER_PAGE.encode("utf-8"), name=name)
    assert outline.title == "携手同行再出发——张三总经理在年度峰会闭幕式上的讲话"
    assert [(n.marker, n.heading) for n in outline.children] == [("一是", "坚持梦想"), ("二是", "专业进取")]


# A speech's title run into its date and text on one line (a CSV field of a news page), with a slogan
# before its ——part (commas, a space), the place after the date, and a news agency's dateline before it:
# the title is slogan——part; the dateline and the date are bylines; the slogan names no speaker.
GLUED_SLOGAN_TITLES = [
    ("slogan_with_commas_and_place", "携手并进，共创未来——在某某论坛开幕式上的致辞（2021年5月6日，北京）某国主席 张三尊敬的各位来宾："
     f"今天我提两点倡议。第一，加强合作。{BODY}第二，扩大开放。{BODY}", "携手并进，共创未来——在某某论坛开幕式上的致辞", "2021-05-06"),
    ("agency_dateline_first", "新华社北京5月6日电携手并进，共创未来——在某某论坛开幕式上的致辞（2021年5月6日，北京）某国主席 张三"
     f"尊敬的各位来宾：第一，加强合作。{BODY}第二，扩大开放。{BODY}", "携手并进，共创未来——在某某论坛开幕式上的致辞", "2021-05-06"),
    ("slogan_with_a_space", "团结协作共克时艰 携手同心共谋发展——在某某会议上的讲话（2021年5月6日）张三同志们："
     f"第一，加强合作。{BODY}第二，扩大开放。{BODY}", "团结协作共克时艰 携手同心共谋发展——在某某会议上的讲话", "2021-05-06"),
    ("no_dash_no_comma_in_title", "记者从会上获悉，某某会议的讲话（2021年5月6日）全文如下："
     f"第一，加强合作。{BODY}第二，扩大开放。{BODY}", None, None),
]


@pytest.mark.parametrize("text,title,date", [r[1:] for r in GLUED_SLOGAN_TITLES], ids=[r[0] for r in GLUED_SLOGAN_TITLES])
def test_glued_slogan_title(text: str, title: str | None, date: str | None) -> None:
    outline = orgdoc.parse(text)
    assert outline.title == title
    assert (str(outline.date) if outline.date else None) == date
    assert outline.speaker is None
    assert [n.marker for n in outline.children] == ["第一，", "第二，"]
