"""Table tests for shapes met in a seventh round of real official documents (notices, 意见 and a 规划 kept
by a policy collection as Markdown with Chinese front matter keys, ministry documents as text taken
from PDFs, a notice shown in a county office system's JSP page): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the title, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

from tests.outline_text import dedent, titled_outline

BODY = "要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"


# A policy collection's record: YAML front matter whose keys are Chinese (标题: 文号: 发布日期:), then a
# disclaimer and the document (with or without its title line). The block is furniture and its 标题: the
# title, not two of its short field lines run together (normalizing widens the colon after a Chinese key).
FRONT_MATTER = [
    ("chinese_keys", ("---\n标题: 某某区人民政府关于印发《某某区春季防火工作方案》的通知\n文号: 某府发〔2024〕3号\n"
     "发布单位: 区政府\n发布日期: 2024-03-01\n层级: 区级\n类型: 实施方案\n状态: 有效\n---\n\n"
     "> 本文由脚本整理，以官方发布版本为准。\n\n各街镇，区各部门：\n\n现将方案印发给你们，请认真执行。\n\n"
     f"某某区人民政府\n\n2024年3月1日\n\n某某区春季防火工作方案\n\n一、工作目标\n\n{BODY}\n\n二、工作措施\n\n{BODY}\n"),
     "record.md", "某某区人民政府关于印发《某某区春季防火工作方案》的通知", """
        一、 工作目标
        二、 工作措施"""),
    ("chinese_keys_title_line_later", ("---\n标题: 关于印发某某镇环境整治方案的通知\n发布单位: 某某镇人民政府\n层级: 街镇级\n---\n\n"
     f"各村（居）委会：\n\n现将方案印发给你们。\n\n某某镇环境整治方案\n\n一、工作目标\n\n{BODY}\n\n二、工作措施\n\n{BODY}\n"),
     "notice.md", "关于印发某某镇环境整治方案的通知", """
        一、 工作目标
        二、 工作措施"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in FRONT_MATTER], ids=[r[0] for r in FRONT_MATTER])
def test_front_matter(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# Parallel leads that open alike and each name a count of what the inline list right after them holds
# (紧盯三类重点物资。一是…二是…三是…): the count names the list's points, so the leads are run-in headings
# and each list goes under its lead.
COUNT_LEADS = [
    ("count_leads_each_opening_a_list", ("关于做好物资保障工作的通知\n\n一、突出重点\n\n"
     "紧盯三类重点物资。一是储备不足的物资；二是价格波动大的物资；三是需求量高的物资。各地要建立清单。\n\n"
     "紧盯三种异常行为。一是囤积居奇行为；二是哄抬价格行为；三是虚假宣传行为。\n\n"
     "紧盯三类重点主体。一是大型批发企业；二是连锁零售企业；三是电商平台企业。\n\n"
     f"二、工作要求\n\n{BODY}\n"), "note.txt", "关于做好物资保障工作的通知", """
        一、 突出重点
          · 紧盯三类重点物资
            一是 储备不足的物资
            二是 价格波动大的物资
            三是 需求量高的物资
          · 紧盯三种异常行为
            一是 囤积居奇行为
            二是 哄抬价格行为
            三是 虚假宣传行为
          · 紧盯三类重点主体
            一是 大型批发企业
            二是 连锁零售企业
            三是 电商平台企业
        二、 工作要求"""),
    ("two_count_leads_under_a_numbered_point", ("（一）把住两个环节。\n\n"
     "抓好两个环节的衔接。一是事前审核，做到应审尽审；二是事后核查，做到全面覆盖。\n\n"
     "抓好两项制度的落实。一是登记制度，做到一户一档；二是报告制度，做到按月报送。\n\n"
     f"（二）强化组织保障。{BODY}\n"), "points.txt", None, """
        （一） 把住两个环节
          · 抓好两个环节的衔接
            一是 事前审核，做到应审尽审
            二是 事后核查，做到全面覆盖
          · 抓好两项制度的落实
            一是 登记制度，做到一户一档
            二是 报告制度，做到按月报送
        （二） 强化组织保障"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in COUNT_LEADS], ids=[r[0] for r in COUNT_LEADS])
def test_count_leads(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# A notice shown by an office system's page: the text as it was typed, in one <div>, lines ended by
# newlines and no <p> or <br>, each section heading a bold run alone on its line. The newlines are the
# text's line ends (a heading is not run together with the paragraph below it).
TYPED = ('<html><head><title>某某县办公平台</title></head><body><div class="info">{title}</div>'
         '<div class="content">\n\t各乡镇人民政府，县直各部门：\n现将有关事项通知如下。\n'
         '<{tag}>一、全面自查</{tag}>\n各乡镇要对照任务清单逐项自查，查明原因，抓紧整改。\n'
         '<{tag}>二、重点抽查</{tag}>\n县政府将组织力量开展抽查，及时通报抽查结果。<br />\n特此通知。\n</div></body></html>')

TYPED_HTML = [
    ("bold_headings_in_typed_text", TYPED.format(title="关于开展民生政策落实情况自查的通知", tag="b"), "page.jsp",
     "关于开展民生政策落实情况自查的通知", """
        一、 全面自查
        二、 重点抽查"""),
    ("strong_headings_in_typed_text", TYPED.format(title="关于开展民生政策落实情况自查的通知", tag="strong"),
     "page.html", "关于开展民生政策落实情况自查的通知", """
        一、 全面自查
        二、 重点抽查"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in TYPED_HTML], ids=[r[0] for r in TYPED_HTML])
def test_typed_html(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# Guards of the rules above (these pass on the code before them too): a text that opens with a rule and a
# sentence is no front matter; a lead that counts with no list after it stays prose; a <p> whose source
# wraps once after a sentence end keeps one paragraph.
GUARDS = [
    ("rule_then_prose_is_no_front_matter", ("---\n这是一段说明：本文转自某某网站。\n---\n\n"
     f"关于加强安全生产的通知\n\n一、压实责任\n\n{BODY}\n\n二、加强检查\n\n{BODY}\n"), "post.md", """
        一、 压实责任
        二、 加强检查"""),
    ("count_leads_without_a_list", ("一、工作进展\n\n建成三个示范项目。今年以来各项工作稳步推进，成效明显。\n\n"
     f"完成五项重点任务。各部门密切配合，按期完成了年度目标。\n\n二、下步打算\n\n{BODY}\n"), "report.txt", """
        一、 工作进展
        二、 下步打算"""),
    ("one_wrapped_sentence_end_in_a_p", ("<html><body><p>一、加强领导。各部门要高度重视。\n要明确分工，落实责任。</p>"
     f"<p>二、强化督查。{BODY}</p></body></html>"), "page.html", """
        一、 加强领导
        二、 强化督查"""),
]


@pytest.mark.parametrize("text,name,expected", [r[1:] for r in GUARDS], ids=[r[0] for r in GUARDS])
def test_guards(text: str, name: str, expected: str) -> None:
    assert titled_outline(text, name)[1] == dedent(expected)
