"""Table tests for shapes met in a fourth round of real speech-source documents (university news posts
kept as Hexo Markdown with their front matter: an open appeal, news reports, profiles): one table per
class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the title, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import dedent, outline_text

FRONT = ("---\ntitle: 某某大学->{title} | example.info\ndate: 2020-09-23 12:31:22\nurlname: 0123abcd\ntags: \n"
         "- 某某大学\ncategories:\n- example.info\n---\n")
BODY = "要从自身做起，从小事做起，形成人人参与、人人共享的良好局面，让良好风尚在校园蔚然成风。"


def _post(title: str, body: str) -> str:
    return FRONT.format(title=title) + body + "\n\n[转入文章首发地址](http://news.example.edu.cn/a/1.shtml)"


def _leads(*leads: str) -> str:
    return "".join(f"**{lead}。**{BODY}\n\n" for lead in leads)


def _markdown(text: str) -> orgdoc.Outline:
    return orgdoc.parse_bytes(text.encode("utf-8"), name="post.md", include_text=True)


APPEAL = "某某校园倡议书"

# A salutation set in Markdown bold (**亲爱的老师们、同学们：**) as a web copy sets it: the address, never
# the title, which the front matter gives. And 附： alone on its line (bold too) over numbered notes appended
# after the signature: back matter, its 1.–3. no points of the outline, though the notes are half the post.
ROWS = [
    ("bold_salutation", _post(APPEAL, "**亲爱的老师们、同学们：**\n\n我们向全体师生发出倡议：\n\n"
                                      + _leads("文明风尚传播好", "文明环境维护好") + "老师们、同学们：\n\n让我们携起手来！"),
     APPEAL, """
        · 文明风尚传播好
        · 文明环境维护好"""),
    ("appended_notes", _post(APPEAL, "同学们：\n\n我们发出倡议：\n\n" + _leads("文明风尚传播好", "文明环境维护好")
                             + "某某大学办公室\n\n2020年9月\n\n**附：**\n\n**1.****文明校园创建**\n\n"
                             + BODY + "\n\n" + BODY + "\n\n**2.创建主题**\n\n" + BODY + "\n\n**3.校训：**\n\n"
                             + "**校训：**勤奋求实\n\n**传统：**爱国敬业\n\n" + BODY),
     APPEAL, """
        · 文明风尚传播好
        · 文明环境维护好"""),
]


NEWS = "某某大学开展实践活动"

# A news feature's credit line opening the body (某某新闻网记者 张三 通讯员 李四): a byline, so the title is the one
# the front matter gives, not the credit line. And a bold lead the converter broke in pieces (**强化组织****，****压实
# 责任。**): a close right reopened closes nothing, so the lead runs to its sentence end.
ROWS += [
    ("credit_line", _post(NEWS, "某某新闻网记者 张三 通讯员 李四\n\n日前，我校实践团队完成了暑期实践。\n\n"
                                "**深入基层  感悟奋斗力量**\n\n" + BODY + "\n\n" + BODY + "\n\n"
                                "**多维调研  体悟时代变化**\n\n" + BODY + "\n\n" + BODY),
     NEWS, """
        · 深入基层  感悟奋斗力量
        · 多维调研  体悟时代变化"""),
    ("broken_bold_lead", _post(NEWS, "日前，学校多措并举推进工作。\n\n**强化组织****，****压实责任****，统筹安排工作。**" + BODY
                               + "\n\n**整合资源，开拓渠道，完善服务体系。**" + BODY
                               + "\n\n**摸清底数，优化流程，做好跟踪服务。**" + BODY),
     NEWS, """
        · 强化组织****，****压实责任****，统筹安排工作
        · 整合资源，开拓渠道，完善服务体系
        · 摸清底数，优化流程，做好跟踪服务"""),
]


# A news report's reported speech: paragraphs opening with one speaker and a verb of saying (张三认为，…
# 张三强调，…) open alike, but they are what was said, no run-ins; the inline list after them stays at the top.
SAID = "要坚持问题导向，找准工作的着力点，在实践中不断推进理论创新和工作创新。"
ROWS += [
    ("reported_speech", _post(NEWS, "日前，某某论坛在我校举行。\n\n张三在报告中强调，要准确研判形势。" + SAID + "\n\n"
                                    "张三认为，应当坚持科学研判。" + SAID + "\n\n张三强调，形势没有改变问题的本质。" + SAID
                                    + "\n\n李四进一步明确了三个问题。一是要聆听时代声音，回答重大课题；二是站在历史高度，"
                                    "作出新的回答；三是致力构建学科体系，贡献力量。\n\n" + BODY),
     NEWS, """
        一是 要聆听时代声音，回答重大课题
        二是 站在历史高度，作出新的回答
        三是 致力构建学科体系，贡献力量"""),
]


@pytest.mark.parametrize("text,title,expected", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_real_speech4(text: str, title: str, expected: str) -> None:
    outline = _markdown(text)
    assert outline.title == title
    source = outline.source.text or ""
    for n in outline.walk():
        assert source[n.heading_span[0]:n.heading_span[1]] == n.heading
    assert outline_text(outline) == dedent(expected)


# 附： heading an appended document with its own sections (一、…) is no back matter: its parts stay nodes.
def test_appended_document_with_sections_stays() -> None:
    text = _post(APPEAL, "同学们：\n\n" + _leads("文明风尚传播好", "文明环境维护好") + "**附：**\n\n某某实施办法\n\n"
                 + f"一、总体要求。{BODY}\n\n二、主要措施。{BODY}")
    assert "一、 总体要求" in outline_text(_markdown(text))
