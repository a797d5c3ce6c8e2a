"""Table tests for shapes that speeches from the corpus's sources show beyond the corpus documents
(news pages whose paragraphs were run into one CSV field, Markdown copies of talks with an article
appended, blog posts): one table per class of miss. The snippets were written for these tests in those
shapes; none is copied from a source document. Each row: an id, the text, the outline (two spaces a
level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import dedent, outline_text

BODY = "各单位要高度重视，认真抓好落实。"
CAPTION = "2020年2月10日，某某同志在某地调研。这是调研现场。 新华社记者 张三/摄"

# A photo's credit (记者 X/摄) run into the point after it ends its caption as a sentence would.
PHOTO_CREDITS = [
    ("credit_glued", f"下面讲三点。{CAPTION}第一，加强领导。{BODY}第二，压实责任。{BODY}{CAPTION}第三，强化保障。{BODY}", """
        第一， 加强领导
        第二， 压实责任
        第三， 强化保障"""),
    ("credit_then_paragraph_spaces", f"{BODY}　　{CAPTION}　　第一，加强领导。{BODY}　　第二，压实责任。{BODY}", """
        第一， 加强领导
        第二， 压实责任"""),
    ("credit_with_space", f"{BODY}记者 李四 摄第一，加强领导。{BODY}第二，压实责任。{BODY}", """
        第一， 加强领导
        第二， 压实责任"""),
]

# …and what stays no marker: 摄 inside a word.
NOT_CREDITS = [
    ("shooting_word", f"这次拍摄第一，安全第二。{BODY}", ""),
]

# A colon between digits is a time or a ratio, no label's end: no run-in heading from it.
TIME_COLONS = [
    ("times_in_paragraphs", "每天早上7:30，铃声一响，大门准时关闭。后来的人只好在门外等着，直到有人来开门。\n\n"
                            "中午11:30 下班，大门边就站满了职工。铃声一响，人群就向宿舍区走去。\n\n"
                            "这样的管理只是停留在表面。", ""),
    ("ratio_full_width", "分配比例为3：1，已经明确。这个比例还可以继续摸索下去，逐步完善。\n\n"
                         "比例为2：1，也有先例。具体到每个人，可以再来进一步研究。", ""),
]

# Labelled ordinals of one list name one thing: a 第一… label of another noun run into a sentence
# (给第一书记编了个顺口溜：) neither restarts nor joins a list of 第N个问题：.
LABELLED_NOUNS = [
    ("other_label_inside_a_part", "讲三个问题。第一个问题：认清形势。" + BODY + "第二个问题：找准差距。"
     "有人给第一书记编了个顺口溜：“书记书记，只剩书书、记记。”" + BODY + "第三个问题：抓好落实。" + BODY, """
        第一个问题： 认清形势
        第二个问题： 找准差距
        第三个问题： 抓好落实"""),
    ("same_label_other_counter", "我的第一想法是：要加强学习。第二点想法是：要改进作风。", """
        第一想法是： 要加强学习
        第二点想法是： 要改进作风"""),
    ("stages_with_qualifier", f"第一阶段（3月至5月）：动员部署。{BODY}\n第二阶段：组织实施。{BODY}", """
        第一阶段（3月至5月）： 动员部署
        第二阶段： 组织实施"""),
]

# A piece appended to a talk under a bracketed label and its own title (【参考资料】⏎《…》): its lists
# are its own, at the top level after the talk's outline, under no section of the talk.
APPENDED_PIECES = [
    ("article_after_talk", f"一、加强学习\n{BODY}\n二、改进作风\n{BODY}\n\n【推荐文章】\n\n《谈谈股权激励》\n\n"
     "这一制度有两个缺陷，一是吸引力要小一些；二是一些人失去了动力。\n\n规定如下：\n\n1、在职人员可以卖出；\n\n2、离职人员不能保留。", """
        一、 加强学习
        二、 改进作风
        一是 吸引力要小一些
        二是 一些人失去了动力
        1、 在职人员可以卖出
        2、 离职人员不能保留"""),
    ("file_after_talk", f"一、加强学习\n{BODY}\n二、改进作风\n{BODY}\n【公司文件】\n关于改进作风的四条要求\n"
     "1、不搞迎来送往。\n2、不给上级送礼。", """
        一、 加强学习
        二、 改进作风
        1、 不搞迎来送往
        2、 不给上级送礼"""),
    # a box of the section (its label names no appended text): its list stays the section's
    ("box_inside_section", f"一、加强学习\n{BODY}\n二、改进作风\n{BODY}\n【典型案例】\n某县的做法\n"
     "这个县一是建台账，二是抓督查。", """
        一、 加强学习
        二、 改进作风
          一是 建台账
          二是 抓督查"""),
]

# 再次 run into its verb (再次欢迎) is "again": after a lone 首先 it makes no set; with a comma, or after
# 其次, it is the third item.
AGAIN = [
    ("again_after_first", "首先，我代表公司向大家表示欢迎！今天的会议很重要。最后，预祝会议成功！再次欢迎大家。", ""),
    ("third_with_comma", f"首先，加强学习。{BODY}其次，改进作风。{BODY}再次，狠抓落实。{BODY}", """
        首先， 加强学习
        其次， 改进作风
        再次， 狠抓落实"""),
    ("third_after_second", f"首先要加强学习。{BODY}其次要改进作风。{BODY}再次要狠抓落实。{BODY}", """
        首先 要加强学习
        其次 要改进作风
        再次 要狠抓落实"""),
]

# Text whose paragraph breaks were lost (one CSV field): bullets far beyond their run's rhythm, after a
# numbered list, start a list of their own; an address after a sentence (主席先生！) ends the last item.
LONG = "我们要树立共同体意识，摒弃意识形态争论，跨越文明冲突陷阱，相互尊重各国自主选择的发展道路。"
RUN_ON_LISTS = [
    ("bullets_list_bullets", "主席先生！疫情终将被战胜！——面对疫情，我们要团结。要科学防治。——面对疫情，我们要合作。"
     "要推进联防联控。——面对疫情，我们要开放。要恢复经济秩序。我们必须做好准备。第一，这场疫情启示我们，各国紧密相连。"
     + LONG * 4 + "第二，这场疫情启示我们，全球治理亟待完善。" + LONG * 4 + "主席先生！我宣布：——中国将提供支持；"
     "——中国将设立基金；——中国将延期五年。", """
        —— 面对疫情，我们要团结
        —— 面对疫情，我们要合作
        —— 面对疫情，我们要开放
        第一， 这场疫情启示我们，各国紧密相连
        第二， 这场疫情启示我们，全球治理亟待完善
        —— 中国将提供支持
        —— 中国将设立基金
        —— 中国将延期五年"""),
    ("bullet_holding_a_list", "困难依然艰巨。——剩余任务艰巨。贫困人口还未全部脱贫。——疫情带来挑战。影响表现在几个方面。"
     "一是外出务工受阻。收入会减少。二是产品销售困难。农产品卖不出去。——巩固成果难度大。有的产业基础薄弱。", """
        —— 剩余任务艰巨
        —— 疫情带来挑战
          一是 外出务工受阻
          二是 产品销售困难
        —— 巩固成果难度大"""),
]

# 然后 and 最后 run into their clause (no comma after them) in a 首先 set with no 其次/再次 tell what
# happened next in prose; with a comma, or in a set that has 其次, they are its items.
NARRATIVE_THEN = [
    ("then_and_last_in_prose", "如何建设好董事会？首先你们要抓点，从点中找出经验来。可以由5名专职董事、然后再加3个业务主管组成。"
     "要把这个国家解剖透彻，然后再把专职董事拆开。如果撒得太开，最后只是在表皮上做工作。", ""),
    ("steps_with_commas", f"首先，摸清底数。{BODY}然后，建立台账。{BODY}最后，跟踪问效。{BODY}", """
        首先， 摸清底数
        然后， 建立台账
        最后， 跟踪问效"""),
    ("set_in_one_sentence", "做好这项工作，首先要加强学习，其次要改进作风，最后要狠抓落实。", """
        首先 要加强学习
        其次 要改进作风
        最后 要狠抓落实"""),
]

# Books counted off (我推荐三本书。第一本：…第二本：…): 本 is a counter like 件 and 种.
COUNTED_BOOKS = [
    ("books_with_colon", "我推荐看三本书。第一本：《论语》，讲怎样做人；第二本：《孟子》，讲怎样养气；第三本：《史记》，讲历史。", """
        第一本： 《论语》，讲怎样做人
        第二本： 《孟子》，讲怎样养气
        第三本： 《史记》，讲历史"""),
    ("my_first_book", "这是我的第一本书，写得不好。后来又写了第二本，好一些。", ""),
]

TABLES = {"photo_credits": PHOTO_CREDITS, "not_credits": NOT_CREDITS, "time_colons": TIME_COLONS,
          "labelled_nouns": LABELLED_NOUNS, "appended_pieces": APPENDED_PIECES, "again": AGAIN, "run_on_lists": RUN_ON_LISTS, "narrative_then": NARRATIVE_THEN, "counted_books": COUNTED_BOOKS}
ROWS = [(name, *row) for name, table in TABLES.items() for row in table]


@pytest.mark.parametrize("text,expected", [r[2:] for r in ROWS], ids=[f"{r[0]}-{r[1]}" for r in ROWS])
def test_real_speech_shapes(text: str, expected: str) -> None:
    outline = orgdoc.parse(text)
    for n in outline.walk():
        assert text[n.heading_span[0]:n.heading_span[1]] == n.heading
    assert outline_text(outline) == dedent(expected)


# A speech's title run into its date and its text on one line (a page's paragraphs joined into one
# field): the title is the words before the bracketed date, ending in a genre word; the rest is body.
GLUED_TITLES = [
    ("title_date_speaker_spaces", "在全省某某工作座谈会上的讲话（2021年3月5日）张三　　同志们，今天讲两点。"
     "第一，加强领导。" + BODY + "第二，压实责任。" + BODY, "在全省某某工作座谈会上的讲话", "2021-03-05"),
    ("title_date_text", "在某某会议研究某项工作时的讲话（2020年2月3日）李四党的十八大以来，我们做了很多工作。"
     "第一，加强领导。" + BODY + "第二，压实责任。" + BODY, "在某某会议研究某项工作时的讲话", "2020-02-03"),
    ("no_genre_word", "全市经济工作会议（2020年2月3日）召开，会议部署了全年工作。第一，加强领导。" + BODY
     + "第二，压实责任。" + BODY, None, None),
]


@pytest.mark.parametrize("text,title,date", [r[1:] for r in GLUED_TITLES], ids=[r[0] for r in GLUED_TITLES])
def test_glued_title(text: str, title: str | None, date: str | None) -> None:
    outline = orgdoc.parse(text)
    assert outline.title == title
    assert (str(outline.date) if outline.date else None) == date
    assert [n.marker for n in outline.children] == ["第一，", "第二，"]
    assert all(n.span[0] >= len(title or "") for n in outline.children)


# A page's column label over the title (直击峰会全过程) when a ——subtitle naming the speaker follows the
# title: the label is page furniture; a short slogan title takes its subtitle along, and the facts are
# read from the subtitle.
LABELLED_TITLES = [
    ("label_slogan_subtitle", "专题报道\n凝心聚力谋发展\n——张三董事长在年度工作会议上的讲话\n同志们：\n今天我讲两点。"
     f"\n一、加强学习\n{BODY}\n二、改进作风\n{BODY}", "凝心聚力谋发展——张三董事长在年度工作会议上的讲话", "张三董事长"),
    ("label_genre_title", "会议直播\n某某公司年会欢迎词\n——某某分公司总经理 王五\n各位来宾：\n大家好！\n"
     f"一、加强学习\n{BODY}\n二、改进作风\n{BODY}", "某某公司年会欢迎词", None),
]


@pytest.mark.parametrize("text,title,speaker", [r[1:] for r in LABELLED_TITLES], ids=[r[0] for r in LABELLED_TITLES])
def test_label_over_title(text: str, title: str, speaker: str | None) -> None:
    outline = orgdoc.parse(text)
    assert (outline.title, outline.speaker) == (title, speaker)
    assert [n.marker for n in outline.children] == ["一、", "二、"]
