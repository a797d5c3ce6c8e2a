"""Table tests for shapes met in a tenth round of real government documents (notices and measures
exported from a law database with their record keys, a bureau's 公告 closing on its contact block, a
notice whose attachments follow its attachment list unsigned, a news report with the
notice it reports on appended): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the title, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

from tests.outline_text import dedent, titled_outline

BODY = "要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"
TITLE = "某某市质量技术监督局关于开展产品质量监督抽查工作的通知"
W = "\u3000\u3000"  # a paragraph's full-width indent
TWO = f"一、抽查范围。{BODY}\n\n二、工作要求。{BODY}\n"
TWO_OUTLINE = """
    一、 抽查范围
    二、 工作要求"""

# A database's record key over the document it exports (a code of ASCII letters and digits joined by . / -
# after a bracketed or colon-closed key): furniture, never the title nor a part of it.
RECORD_KEYS = [
    ("bracketed_key_and_dotted_code", f"【法宝引证码】CLI.12.748997\n\n{TITLE}\n\n各有关单位：\n\n{BODY}\n\n{TWO}"),
    ("bracketed_key_spaced_code", f"【法宝引证码】 CLI.12.7186154\n{TITLE}\n\n{BODY}\n\n{TWO}"),
    ("colon_key_slashed_code", f"索引号：000014349/2018-00222\n\n{TITLE}\n\n各有关单位：\n\n{BODY}\n\n{TWO}"),
    ("bracketed_key_dashed_code", f"【发文字号】ABC-2019-12\n{TITLE}\n\n{BODY}\n\n{TWO}"),
]


@pytest.mark.parametrize("text", [r[1] for r in RECORD_KEYS], ids=[r[0] for r in RECORD_KEYS])
def test_record_key_is_no_title(text: str) -> None:
    assert titled_outline(text, "notice.txt") == (TITLE, dedent(TWO_OUTLINE))


# A notice's contact block: each line keys a datum (传真：… 通讯地址：… 手机：… 邮政编码：…), no run-in heading.
CONTACT_BLOCKS = [
    ("phone_fax_address", f"{TITLE}\n\n{W}{BODY}\n{W}联系电话：68724690（某某科）\n{W}传真：68724683\n"
     f"{W}通讯地址：某某市滨海大道三路\n"),
    ("person_mobile_address_postcode", f"{TITLE}\n\n{W}{BODY}\n{W}联系人：李某（某某处）\n{W}手机：13900001111\n"
     f"{W}联系地址：某某市人民大道8号\n{W}邮政编码：330000\n"),
]


@pytest.mark.parametrize("text", [r[1] for r in CONTACT_BLOCKS], ids=[r[0] for r in CONTACT_BLOCKS])
def test_contact_block_heads_nothing(text: str) -> None:
    assert titled_outline(text, "notice.txt") == (TITLE, "")


# The attachment list (附件：1.…⏎2.…) above the attachments appended unsigned (附件1：⏎…): its numbers are
# no items of the body's last section.
UNSIGNED_ATTACHMENTS = [
    ("three_attachments_indented", W.join(["", f"{TITLE}\n\n各有关单位：\n\n", f"{BODY}\n\n", f"一、抽查范围。{BODY}\n\n",
                                           f"二、工作要求。{BODY}\n\n", "附件：1.产品抽查申请表\n\n", "2.抽查结果汇总表\n\n",
                                           "3.抽查通知单\n\n", "附件1：\n\n", "产品抽查申请表\n申请单位\n联系电话\n\n",
                                           "附件2：\n\n", "抽查结果汇总表\n产品名称\n抽查结果\n"])),
    ("list_items_under_a_contact", W.join(["", f"{TITLE}\n\n", f"{BODY}\n\n", f"一、抽查范围。{BODY}\n\n",
                                           f"二、工作要求。{BODY}\n\n", "联系人：张某\n\n", "附件：1.产品抽查申请表\n\n",
                                           "2.抽查结果汇总表\n\n", "3.抽查通知单\n\n", "附件1：\n\n",
                                           "产品抽查申请表\n申请单位\n联系电话\n"])),
]


@pytest.mark.parametrize("text", [r[1] for r in UNSIGNED_ATTACHMENTS], ids=[r[0] for r in UNSIGNED_ATTACHMENTS])
def test_unsigned_attachment_list(text: str) -> None:
    assert titled_outline(text, "notice.txt") == (TITLE, dedent(TWO_OUTLINE))


def _report(sep: str) -> str:
    """A news report under bold part headings, then 附： over the notice it reports on (bold title, number and
    date set one a line), its paragraphs `sep` apart."""
    paras = [f"<p>近日，某某市公布了企业退休人员基本养老金调整办法。{BODY}</p>", "<p><strong>按缴费年限调整</strong></p>",
             f"<p>{BODY}</p>", "<p><strong>分档调整 向低收入者倾斜</strong></p>", f"<p>{BODY}</p>", "<p><strong>附：</strong></p>",
             "<p><strong>关于某某市2014年调整企业退休人员基本养老金的通知</strong></p>",
             "<p><strong>某人社养发[2014]48号</strong></p>", "<p><strong>2014年03月12日</strong></p>", "<p>各区县人力社保局：</p>",
             f"<p>一、调整范围。{BODY}</p>", f"<p>二、调整办法。{BODY}</p>"]
    return f'<html><body><div class="text">{sep.join(paras)}</div></body></html>'


REPORT_OUTLINE = """
    · 按缴费年限调整
    · 分档调整 向低收入者倾斜
    一、 调整范围
    二、 调整办法"""

# A news report appending the notice it reports on under 附： alone on its line: the notice's sections open at
# the top level, under no part heading of the report; a dump's line breaks kept escaped between the paragraphs
# (…</p>\r\n<p>…, written out) are no text, so the notice's bold title, number and date stay one heading block.
APPENDED_NOTICES = [
    ("real_breaks", _report("\n")),
    ("escaped_breaks", _report("\\r\\n")),
    ("escaped_newlines", _report("\\n")),
]


@pytest.mark.parametrize("page", [r[1] for r in APPENDED_NOTICES], ids=[r[0] for r in APPENDED_NOTICES])
def test_notice_appended_to_report(page: str) -> None:
    assert titled_outline(page, "news.html")[1] == dedent(REPORT_OUTLINE)


# A list item whose name opens with a three-digit number (11.121人才梯队项目: item 11, the “121” project): no
# decimal marker has a number of three digits, so the item is one where its list goes on around it; alone
# (11.121亿元…) it stays a quantity.
PROJECTS = "".join(f"{n}.{name}。{BODY}\n" for n, name in
                   [(9, "青年英才项目"), (10, "特聘岗位项目"), (11, "121人才梯队项目"), (12, "博士后培养项目")])
NUMBERED_NAMES = [
    ("three_digit_name_in_its_list", f"实施以下人才工程：\n{PROJECTS}", """
        9. 青年英才项目
        10. 特聘岗位项目
        11. 121人才梯队项目
        12. 博士后培养项目"""),
]


@pytest.mark.parametrize("text,expected", [r[1:] for r in NUMBERED_NAMES], ids=[r[0] for r in NUMBERED_NAMES])
def test_name_opening_with_a_number(text: str, expected: str) -> None:
    assert titled_outline(text, "plan.txt")[1] == dedent(expected)


def test_three_digit_quantity_alone_is_no_item() -> None:  # a guard: no list goes on around it
    assert titled_outline(f"全年完成投资情况如下：\n11.121亿元用于基础设施建设。{BODY}\n", "plan.txt")[1] == ""
