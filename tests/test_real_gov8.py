"""Table tests for shapes met in an eighth round of real official documents (provincial work reports kept as
CSV records of a dataset, regulators' notices crawled to text a line per page element, a county site's data
module, digests of 意见 on a finance site kept as Hexo posts): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the file name, the title, the outline (two spaces a level,
`MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import dedent, titled_outline

BODY = "要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"
LONG = "全年完成重点项目一百多个，新增就业岗位两万多个，各项指标稳中有进，群众获得感进一步增强，为今后发展打下了基础。"


# Bullet signs are the ones GUIDE lists (—— ● ■ ▲ ◆): a page's • points are no outline nodes.
BULLETS = [
    ("dot_bullets_are_no_nodes", ("关于做好招商工作的意见\n\n一、主要方向\n\n• 依托开发区平台，招引延链补链项目。\n\n"
     "• 发挥综合保税区优势，招引引领性项目。\n\n二、工作要求\n\n" + BODY + "\n"), "digest.txt",
     "关于做好招商工作的意见", """
        一、 主要方向
        二、 工作要求"""),
    ("round_bullets_stay_nodes", ("关于做好招商工作的意见\n\n一、主要目标\n\n● 项目引进实现新突破\n\n" + BODY + "\n\n"
     "● 利用外资实现新增长\n\n" + BODY + "\n\n二、工作要求\n\n" + BODY + "\n"), "digest.txt",
     "关于做好招商工作的意见", """
        一、 主要目标
          ● 项目引进实现新突破
          ● 利用外资实现新增长
        二、 工作要求"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in BULLETS], ids=[r[0] for r in BULLETS])
def test_bullets(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# A report whose page set each part's lead in a <p> of its own: a one-sentence line opening alike with its
# siblings (这一年，我们…。) right above the paragraph it leads, a paragraph a line.
LONE_LEADS = [
    ("lone_lead_lines_open_alike", ("政府工作报告\n\n一、过去一年工作回顾\n"
     "这一年，我们攻坚克难、真抓实干，重点项目加快推进。\n" + LONG + "\n"
     "这一年，我们守正创新、奋发有为，改革开放不断深化。\n" + LONG + "\n"
     "这一年，我们用心用情、尽力而为，民生福祉持续改善。\n" + LONG + "\n"
     "二、今年工作安排\n" + BODY + "\n"), "report.txt", "政府工作报告", """
        一、 过去一年工作回顾
          · 这一年，我们攻坚克难、真抓实干，重点项目加快推进
          · 这一年，我们守正创新、奋发有为，改革开放不断深化
          · 这一年，我们用心用情、尽力而为，民生福祉持续改善
        二、 今年工作安排"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in LONE_LEADS], ids=[r[0] for r in LONE_LEADS])
def test_lone_leads(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# Text carrying a page's HTML: a <p> opening with the full-width indent starts a paragraph even under a line
# ending without a sentence end (任务〜); a label whose colon the page put in a <p> of its own (目标是⏎：) is no
# heading line (the second row passes before too: it guards the first rule, under which 目标是 and ： would be
# two paragraphs and 目标是 a heading line).
PAGE_PARAGRAPHS = [
    ("indent_behind_a_blanked_tag", ("# 某省出台招商引资意见\n\n<p>　　《意见》明确，要完成这些任务〜</p>\n"
     "<p>　　明确重点招商方向</p>\n<p>　　" + LONG + "</p>\n<p>　　强化重大项目谋划</p>\n<p>　　" + LONG + "</p>\n"
     "<p>　　创新精准招商方法</p>\n<p>　　" + LONG + "</p>\n"), "post.md", "某省出台招商引资意见", """
        · 明确重点招商方向
        · 强化重大项目谋划
        · 创新精准招商方法"""),
    ("colon_on_the_next_line", ("# 某省出台招商引资意见\n\n<p>　　目标是</p>\n<p>　　：</p>\n"
     "<p>　　● 项目引进实现新突破</p>\n<p>　　" + LONG + "</p>\n<p>　　● 利用外资实现新增长</p>\n<p>　　" + LONG + "</p>\n"
     "<p>　　明确重点招商方向</p>\n<p>　　" + LONG + "</p>\n<p>　　强化重大项目谋划</p>\n<p>　　" + LONG + "</p>\n"),
     "post.md", "某省出台招商引资意见", """
        ● 项目引进实现新突破
        ● 利用外资实现新增长
        · 明确重点招商方向
        · 强化重大项目谋划"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in PAGE_PARAGRAPHS], ids=[r[0] for r in PAGE_PARAGRAPHS])
def test_page_paragraphs(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# Markers a scrape cut over lines (an element a line): （⏎三）, （⏎1⏎）, 1⏎．text. The marker is read back from
# the text as it stands, break and all.
CUT_MARKERS = [
    ("bracket_alone_on_its_line", ("关于做好合同签订工作的通知\n一、保障足量签约\n（一）鼓励及时签约。\n" + BODY + "\n"
     "（二）鼓励高比例签约。\n" + BODY + "\n（\n三）保障未参与交易用户用电。\n" + BODY + "\n二、规范签订合同\n" + BODY),
     "notice.txt", "关于做好合同签订工作的通知", """
        一、 保障足量签约
          （一） 鼓励及时签约
          （二） 鼓励高比例签约
          （⏎三） 保障未参与交易用户用电
        二、 规范签订合同"""),
    ("numeral_alone_on_its_line", ("关于开展需求响应工作的通知\n一、参与条件\n（\n1\n）对于连续参与的用户，申报量不低于\n3000\n千瓦时。\n"
     "（\n2\n）对于首次参与的用户，申报量不低于\n6000\n千瓦时。\n二、效果评估\n1\n．需求响应结束后，对实际响应量进行计算。\n"
     "2\n．汇总响应结果，计算补贴金额。\n"), "notice.txt", "关于开展需求响应工作的通知", """
        一、 参与条件
          （⏎1⏎） 对于连续参与的用户，申报量不低于
          （⏎2⏎） 对于首次参与的用户，申报量不低于
        二、 效果评估
          1⏎． 需求响应结束后，对实际响应量进行计算
          2⏎． 汇总响应结果，计算补贴金额"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in CUT_MARKERS], ids=[r[0] for r in CUT_MARKERS])
def test_cut_markers(text: str, name: str, title: str | None, expected: str) -> None:
    outline = orgdoc.parse_bytes(text.encode("utf-8"), name=name)
    rows: list[str] = []

    def walk(nodes: list[orgdoc.Node], depth: int) -> None:
        for n in nodes:
            assert text[n.heading_span[0]:n.heading_span[1]] == n.heading
            rows.append(f"{'  ' * depth}{(n.marker or '·').replace(chr(10), '⏎')} {n.heading}")
            walk(n.children, depth + 1)

    walk(outline.children, 0)
    assert (outline.title, "\n".join(rows)) == (title, dedent(expected))


# A dataset's CSV record holding one document: the header line and the fields before the quoted text field
# are the dataset's; the text's own first line is the title.
CSV_RECORD = [
    ("record_of_a_work_report", ("province,year,title,source_url,full_text\n某省,2026,2026年某省政府工作报告,"
     "https://example.gov.cn/1.html,\"政府工作报告\n——2026年1月20日在某省第十四届人民代表大会第四次会议上\n"
     "某省省长 某某某\n各位代表：\n一、过去一年工作回顾\n" + LONG + "\n二、今年工作安排\n" + BODY + "\"\n"),
     "report.csv", "政府工作报告", """
        一、 过去一年工作回顾
        二、 今年工作安排"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in CSV_RECORD], ids=[r[0] for r in CSV_RECORD])
def test_csv_record(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# A report's points (一是…二是…) each elaborated by paragraphs opening with headline-shaped leads: the last
# point takes its own (they were left to the section); paragraphs that share only an opening time clause
# (过去一年，…) are prose, no run-ins.
ELABORATED_POINTS = [
    ("last_point_keeps_its_parts", ("政府工作报告\n\n一、过去一年工作回顾\n过去一年，面对复杂形势，我们顶压前行、砥砺奋进，经济实现稳中有进、"
     "进中向好。" + LONG + "\n过去一年，各项事业取得新成果。" + LONG + "\n一年来，我们重点抓了两个方面工作：\n"
     "一是突出稳增长，经济发展跃上新台阶。" + BODY + "\n内需拉动明显增强。" + LONG + "\n产业升级步伐加快。" + LONG + "\n"
     "改革开放不断深化。" + LONG + "\n二是推进乡村振兴，城乡融合迈出新步伐。" + BODY + "\n特色产业提质增效。" + LONG + "\n"
     "城镇建设扎实推进。" + LONG + "\n乡村治理不断加强。" + LONG + "\n"), "report.txt", "政府工作报告", """
        一、 过去一年工作回顾
          一是 突出稳增长，经济发展跃上新台阶
            · 内需拉动明显增强
            · 产业升级步伐加快
            · 改革开放不断深化
          二是 推进乡村振兴，城乡融合迈出新步伐
            · 特色产业提质增效
            · 城镇建设扎实推进
            · 乡村治理不断加强"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in ELABORATED_POINTS], ids=[r[0] for r in ELABORATED_POINTS])
def test_elaborated_points(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# Heading lines of a digest below a short inline list (一是…二是…) under the first of them stand beside that
# list's parent line, not inside its last point; a step word ending its line (最后，⏎…) heads the next line.
LINES_AND_STEPS = [
    ("heading_lines_after_a_last_point", ("# 某省保障房意见出炉\n\n<p>　　某省的方案出来了。</p>\n<p>　　" + LONG + "</p>\n"
     "<p>　　大城市新增保障房占比力争达到三成</p>\n"
     "<p>　　" + LONG + "</p>\n<p>　　《意见》提到，将分两个阶段落实上述目标：</p>\n<p>　　一是到2025年，住房保障体系基本完善，住房困难有效缓解。</p>\n"
     "<p>　　二是到2035年，住房供需实现动态平衡，住房保障体系成熟定型。</p>\n<p>　　主要面向无房新市民、青年人</p>\n"
     "<p>　　" + LONG + "</p>\n<p>　　土地财税等多项政策支持</p>\n<p>　　" + LONG + "</p>\n<p>　　重点城市名单包括：</p>\n"
     "<p>　　一、人口净流入的大城市</p>\n<p>　　某某市区、某某县。</p>\n<p>　　二、其他重点发展城市</p>\n<p>　　某某市、某某县。</p>\n"),
     "post.md", "某省保障房意见出炉", """
        · 大城市新增保障房占比力争达到三成
          一是 到2025年，住房保障体系基本完善，住房困难有效缓解
          二是 到2035年，住房供需实现动态平衡，住房保障体系成熟定型
        · 主要面向无房新市民、青年人
        · 土地财税等多项政策支持
          一、 人口净流入的大城市
          二、 其他重点发展城市"""),
    ("step_word_ending_its_line", ("关于开展竞价工作的通知\n一、实施流程\n申报竞价的用户，首先，\n需在规定时间内登录平台填写申报信息；\n"
     "其次，\n由平台进行竞价结果评定；\n最后，\n竞价成功的用户按竞价价格进行补贴。\n二、保障措施\n" + BODY + "\n"),
     "notice.txt", "关于开展竞价工作的通知", """
        一、 实施流程
          首先， 需在规定时间内登录平台填写申报信息
          其次， 由平台进行竞价结果评定
          最后， 竞价成功的用户按竞价价格进行补贴
        二、 保障措施"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in LINES_AND_STEPS], ids=[r[0] for r in LINES_AND_STEPS])
def test_lines_and_steps(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# Guards of the rules above (these pass on the code before them too): a one-sentence paragraph among
# headline-shaped leads stays prose; points that are one paragraph each keep a later lead for the section;
# a text whose first line merely holds commas is no CSV record.
GUARDS = [
    ("lone_sentence_among_headlines", ("政府工作报告\n\n一、今年重点工作\n\n推进金融体制改革。" + LONG + "\n\n"
     "推进国有企业改革。" + LONG + "\n\n加快机构改革，推进事业单位改革。\n\n努力保持外贸稳定增长。" + LONG + "\n"),
     "report.txt", """
        一、 今年重点工作
          · 推进金融体制改革
          · 推进国有企业改革
          · 努力保持外贸稳定增长"""),
    ("single_paragraph_points_release_a_lead", ("政府工作报告\n\n一、今年重点工作\n\n今年要重点抓好结构调整。\n\n"
     "一是实施产业调整振兴规划。\n\n二是扶持中小企业发展。\n\n大力推进科技创新。" + LONG + "\n\n"
     "全面提高产品质量。" + LONG + "\n\n积极发展现代服务业。" + LONG + "\n"), "report.txt", """
        一、 今年重点工作
          一是 实施产业调整振兴规划
          二是 扶持中小企业发展
          · 大力推进科技创新
          · 全面提高产品质量
          · 积极发展现代服务业"""),
    ("commas_in_a_first_line", ("a,b,c\n关于加强管理的通知\n一、总体要求\n" + BODY + "\n二、工作措施\n" + BODY + "\n"), "note.txt", """
        一、 总体要求
        二、 工作措施"""),
]


@pytest.mark.parametrize("text,name,expected", [r[1:] for r in GUARDS], ids=[r[0] for r in GUARDS])
def test_guards(text: str, name: str, expected: str) -> None:
    assert titled_outline(text, name)[1] == dedent(expected)
