"""Table tests for shapes found in a third round of talks (a campus speech kept in a CMS database dump, a
magazine article run into one CSV field with its author's byline). One table per class of miss; the
snippets were written for these tests in those shapes, none is copied from a source document. Each row: an
id, the text, the outline (two spaces a level, `MARKER HEADING`), or the title.
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import dedent, outline_text

BODY = "各单位要高度重视，认真抓好落实。"

# A spoken preview inside one paragraph (今天讲两点：一是团结之心，…；二是奋斗之志，…。) whose parts then open
# paragraphs of their own as another list (首先谈谈团结之心。… 其次谈谈奋斗之志。…) is the announcement, not a
# list: only the parts are. A list whose items name other things, or whose parts stay in its paragraph, stays.
PREVIEW_LISTS = [
    ("preview_then_sequence_parts",
     f"今天我想讲两点，一是团结之心，就是要心往一处想；二是奋斗之志，就是要劲往一处使。\n\n首先谈谈团结之心。{BODY}\n\n"
     f"其次谈谈奋斗之志。{BODY}\n", """
        首先 谈谈团结之心
        其次 谈谈奋斗之志"""),
    ("preview_then_ordinal_parts",
     f"我讲三个问题：一是形势，二是任务，三是措施。\n\n第一，关于形势。{BODY}\n\n第二，关于任务。{BODY}\n\n"
     f"第三，关于措施。{BODY}\n", """
        第一， 关于形势
        第二， 关于任务
        第三， 关于措施"""),
    ("two_lists_of_other_things",
     f"今年要做好两件事，一是修路，二是建桥。\n\n首先要筹集资金。{BODY}\n\n其次要选好队伍。{BODY}\n", """
        一是 修路
        二是 建桥
        首先 要筹集资金
        其次 要选好队伍"""),
    ("parts_in_the_same_paragraph",
     f"我讲两点：一是团结之心，二是奋斗之志。首先谈谈团结之心，{BODY}其次谈谈奋斗之志，{BODY}\n", """
        一是 团结之心
        二是 奋斗之志
          首先 谈谈团结之心，各单位要高度重视，认真抓好落实
          其次 谈谈奋斗之志，各单位要高度重视，认真抓好落实"""),
]

# Labelled ordinals each opening a paragraph after their owner (党八股的第一条罪状是：…) are a list as they would be
# at the line start; an owner too long, or one that is no 的-phrase, leaves the label in the prose. A marker closed
# by a colon with a quotation after it heads the quotation.
OWNED_LABELS = [
    ("owner_before_each_label",
     f"这种文风的第一个毛病是：空话连篇。{BODY}\n\n这种文风的第二个毛病是：装腔作势。{BODY}\n\n"
     f"第三个毛病是：不看对象。{BODY}\n", """
        第一个毛病是： 空话连篇
        第二个毛病是： 装腔作势
        第三个毛病是： 不看对象"""),
    ("long_clause_before_the_label",
     f"我们在这一年的各项工作中所遇到的第一个困难是：资金不足。{BODY}\n\n我们在这一年的各项工作中所遇到的第二个困难是："
     f"人手紧张。{BODY}\n", ""),
    ("quoted_rules_after_colons",
     f"他列举了几条规则。\n\n第一条：“多看看，不看到一点就写。”\n\n{BODY}\n\n第二条：“写不出的时候不硬写。”\n\n{BODY}\n", """
        第一条 “多看看，不看到一点就写
        第二条 “写不出的时候不硬写"""),
]

TABLES = {"preview_lists": PREVIEW_LISTS, "owned_labels": OWNED_LABELS}
ROWS = [(name, *row) for name, table in TABLES.items() for row in table]


@pytest.mark.parametrize("text,expected", [r[2:] for r in ROWS], ids=[f"{r[0]}-{r[1]}" for r in ROWS])
def test_real_speech3_shapes(text: str, expected: str) -> None:
    outline = orgdoc.parse(text)
    for n in outline.walk():
        assert text[n.heading_span[0]:n.heading_span[1]] == n.heading
    assert outline_text(outline) == dedent(expected)


# An article's title run into its author's byline marked ※ and the body, all on one line (a magazine piece
# in a CSV field): the title ends at the ※; a ※ further on, or a short line, is no such title.
LONG = "我们要坚持问题导向，把工作做深做实做细，推动各项任务落地见效，" * 3 + "。"
STARRED_TITLES = [
    ("two_halves_with_a_space", f"推进某某事业高质量发展 更好满足人民群众需要※张三丰{LONG}一、明确目标任务{BODY}",
     "推进某某事业高质量发展 更好满足人民群众需要"),
    ("one_half", f"把某某工作抓紧抓好※李四光我们要{LONG}", "把某某工作抓紧抓好"),
    ("star_in_the_body", f"我们要{LONG}※这是某某同志的讲话。", None),
    ("short_line", "把某某工作抓紧抓好※李四光\n" + f"{BODY}\n", "把某某工作抓紧抓好※李四光"),
]


@pytest.mark.parametrize("text,title", [r[1:] for r in STARRED_TITLES], ids=[r[0] for r in STARRED_TITLES])
def test_starred_byline_title(text: str, title: str | None) -> None:
    outline = orgdoc.parse(text)
    assert outline.title == title


# A page's column label ending in a genre word (领导致辞) over the talk's own title, with the speaker's post and
# name on the line under it and no dash (副总裁王五): the label is the column's, the title the line under it. A
# real title over a line that is no post and name keeps its place.
COLUMN_PAGE = ('<html><head><title>某某公司-年会</title></head><body>\n<div id="content">\n<div id="column">{label}</div>\n'
               '<div id="article">\n<p class="newstitle"><font>凝聚奋进力量 共创美好未来</font><br/>{byline}</p>\n'
               f'<p>{BODY}{BODY}{BODY}{BODY}</p>\n<p>{BODY}{BODY}{BODY}</p>\n</div></div>\n</body></html>\n')
COLUMN_LABELS = [
    ("label_over_title_and_post_name", "领导致辞", "分管副总裁王五", "凝聚奋进力量 共创美好未来"),
    ("label_over_title_and_spaced_name", "领导讲话", "总经理 赵六", "凝聚奋进力量 共创美好未来"),
]


@pytest.mark.parametrize("label,byline,title", [r[1:] for r in COLUMN_LABELS], ids=[r[0] for r in COLUMN_LABELS])
def test_column_label_over_titled_talk(label: str, byline: str, title: str) -> None:
    page = COLUMN_PAGE.format(label=label, byline=byline)
    outline = orgdoc.parse_bytes(page.encode("utf-8"), name="talk.html")
    assert outline.title == title


# A news page's photo caption (…发表重要讲话。 新华社记者 张三 摄) and dateline (新华网北京4月28日电) over a reprinted
# speech's title: the page's, the title is the line under them. A caption over prose that is no titled talk
# leaves the page without a title.
CAPTION = "4月28日，某某大会在北京隆重举行。某某同志发表重要讲话。 新华社记者 张三 摄"
NEWS_LEADS = [
    ("caption_and_dateline", f"{CAPTION}\n新华网北京4月28日电\n在某某大会上的讲话\n（2015年4月28日）\n李四\n同志们：\n{BODY}\n",
     "在某某大会上的讲话"),
    ("dateline_only", f"新华网北京4月28日电\n在某某大会上的讲话\n（2015年4月28日）\n同志们：\n{BODY}\n", "在某某大会上的讲话"),
    ("caption_over_prose", f"{CAPTION}\n{BODY}{BODY}\n{BODY}\n", None),
]


@pytest.mark.parametrize("text,title", [r[1:] for r in NEWS_LEADS], ids=[r[0] for r in NEWS_LEADS])
def test_news_lead_over_speech_title(text: str, title: str | None) -> None:
    outline = orgdoc.parse(text)
    assert outline.title == title


# A Markdown heading's sign is no part of the speaker a title names (# 张三在某某会议上的讲话 → 张三).
MARKDOWN_SPEAKERS = [
    ("hash_heading", f"# 张三在某某会议上的讲话\n\n2018年3月2日\n\n{BODY}\n", "张三"),
    ("bold_heading", f"**李四在某某会议上的讲话**\n\n{BODY}\n", "李四"),
]


@pytest.mark.parametrize("text,speaker", [r[1:] for r in MARKDOWN_SPEAKERS], ids=[r[0] for r in MARKDOWN_SPEAKERS])
def test_markdown_title_speaker(text: str, speaker: str) -> None:
    assert orgdoc.parse(text).speaker == speaker
