"""Table tests: snippets in the shape of real speeches and the outline each must give.

The snippets were written for these tests after the forms found in party-lesson texts, work reports
and implementation plans (the seeds in `seeds/` and similar public documents); none is copied from
the seeds. Each row: an id, the text, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import dedent, outline_text

BODY = "各级党组织要高度重视，认真抓好落实。"

MARKER_FORMS = [
    ("cn_dun", f"一、加强组织领导\n{BODY}\n二、强化督促检查\n{BODY}", """
        一、 加强组织领导
        二、 强化督促检查"""),
    ("cn_dun_dots", f"一．提高认识\n{BODY}\n二.压实责任\n{BODY}", """
        一． 提高认识
        二. 压实责任"""),
    ("cn_dun_spaces", f"一 、 提高认识\n{BODY}\n二、  压实责任\n{BODY}", """
        一 、 提高认识
        二、 压实责任"""),
    ("cn_paren_widths", f"（一）总体要求\n{BODY}\n(二)主要任务\n{BODY}\n（三)保障措施\n{BODY}\n〔四〕工作要求\n{BODY}", """
        （一） 总体要求
        (二) 主要任务
        （三) 保障措施
        〔四〕 工作要求"""),
    ("cn_paren_inner_spaces", f"（ 一 ）总体要求\n{BODY}\n（ 二 ）主要任务\n{BODY}", """
        （ 一 ） 总体要求
        （ 二 ） 主要任务"""),
    ("ar_dot", f"1.摸清底数\n{BODY}\n2、建立台账\n{BODY}\n3．跟踪问效\n{BODY}", """
        1. 摸清底数
        2、 建立台账
        3． 跟踪问效"""),
    ("ar_paren", f"（1）摸清底数\n{BODY}\n(2)建立台账\n{BODY}\n⑶跟踪问效\n{BODY}", """
        （1） 摸清底数
        (2) 建立台账
        ⑶ 跟踪问效"""),
    ("circled_block", f"①摸清底数\n{BODY}\n②建立台账\n{BODY}", """
        ① 摸清底数
        ② 建立台账"""),
    ("part_chapter_section", (f"第一部分 总体要求\n{BODY}\n第一章 总则\n{BODY}\n第一节 组织机构\n{BODY}\n"
                             f"第二节 工作职责\n{BODY}\n第二章 附则\n{BODY}\n第二部分 主要任务\n{BODY}"), """
        第一部分 总体要求
          第一章 总则
            第一节 组织机构
            第二节 工作职责
          第二章 附则
        第二部分 主要任务"""),
    ("article", "第一条 为加强干部管理，制定本办法。\n第二条 本办法适用于全市各级机关。\n第三条 本办法自印发之日起施行。", """
        第一条 为加强干部管理，制定本办法
        第二条 本办法适用于全市各级机关
        第三条 本办法自印发之日起施行"""),
    ("lone_numeral_divider", "一\n统一思想，提高站位。各级党组织要认真学习。\n二\n突出重点，狠抓落实。各地要结合实际推进。", """
        一 统一思想，提高站位
        二 突出重点，狠抓落实"""),
    ("arabic_chapters_and_articles", "第1章　总则\n第1条　为规范管理，制定本办法。\n第2条　本办法适用于全公司。\n"
                                     "第2章　标准\n第3条　违反第1条规定的，按第5条处理。\n", """
        第1章 总则
          第1条 为规范管理，制定本办法
          第2条 本办法适用于全公司
        第2章 标准
          第3条 违反第1条规定的，按第5条处理"""),
    ("zero_padded_dividers", "01\n稳岗扩岗\n1. 给予补助。\n2. 降低费率。\n02\n促进就业\n3. 实施专项计划。\n", """
        01 稳岗扩岗
          1. 给予补助
          2. 降低费率
        02 促进就业
          3. 实施专项计划"""),
    ("zero_padded_run_in_headings", "01综合\n初步核算，全年地区生产总值增长4.7%。\n02农业\n全年粮食产量2151.9万吨。\n"
                                    + "".join(f"{n:02d}第{n}部分\n全年指标增长5%。\n" for n in range(3, 10))
                                    + "10科学技术与教育\n全年授权专利7.6万件。\n11文化旅游、卫生健康与体育\n全年旅游收入5758.7亿元。\n"
                                    + "12月份工作安排\n12万元以下项目\n", """
        01 综合
        02 农业
        03 第3部分
        04 第4部分
        05 第5部分
        06 第6部分
        07 第7部分
        08 第8部分
        09 第9部分
        10 科学技术与教育
        11 文化旅游、卫生健康与体育"""),
    ("articles_after_their_chapter_and_a_gap", "第一章 总则 第一条 为规范管理，制定本办法。\n第二条 本办法适用于机关。"
                                               "　第三条 本办法由办公室负责解释。\n第二章 附则 第四条 本办法自发布之日起施行。\n", """
        第一章 总则
          第一条 为规范管理，制定本办法
          第二条 本办法适用于机关
          第三条 本办法由办公室负责解释
        第二章 附则
          第四条 本办法自发布之日起施行"""),
    ("bracketed_articles_of_a_collection", "某某讲稿范文两篇\n\n【篇一】守好初心\n\n一、读原著。要坚持读。\n\n二、悟原理。要深入悟。\n\n"
                                           "【篇二】 担当作为\n\n一、敢担当。要挺身而出。\n\n二、善作为。要讲究方法。\n\n"
                                           "我们要把【篇三】留到下次。\n", """
        【篇一】 守好初心
          一、 读原著
          二、 悟原理
        【篇二】 担当作为
          一、 敢担当
          二、 善作为"""),
    ("article_cited_in_a_sentence_stays_text", "第一条 为规范管理，制定本办法。依照第二条处理。\n第二条 本办法适用于机关。\n", """
        第一条 为规范管理，制定本办法
        第二条 本办法适用于机关"""),
    ("articles_of_a_collection", "心得体会（精选2篇）\n篇一：学习心得\n一、提高了认识。要深入学习。\n二、找准了差距。要对照检查。\n"
                                 "篇二：培训体会\n第一，认识到必须忠诚。第二，认识到必须担当。\n"
                                 "篇三：学习体会\n培训虽然结束了，但学习永无止境。回顾培训，体会深刻。\n"
                                 "（一）要做明白人。要讲政治。\n（二）要做实干家。要抓落实。\n", """
        篇一： 学习心得
          一、 提高了认识
          二、 找准了差距
        篇二： 培训体会
          第一， 认识到必须忠诚
          第二， 认识到必须担当
        篇三： 学习体会
          （一） 要做明白人
          （二） 要做实干家"""),
    ("marker_alone_then_blank_line", "一、\n\n统一思想\n\n各级党组织要认真学习。\n\n二、\n\n狠抓落实\n\n各地要结合实际推进。", """
        一、 统一思想
        二、 狠抓落实"""),
    ("past_ten_cn", "".join(f"{n}、第{n}项任务\n{BODY}\n" for n in
                            ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]), "\n".join(
        f"{n}、 第{n}项任务" for n in ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"])),
    ("past_ten_arabic", "".join(f"{n}. 第{n}项任务\n{BODY}\n" for n in range(1, 13)),
     "\n".join(f"{n}. 第{n}项任务" for n in range(1, 13))),
    ("heading_and_body_share_a_line", "（一）加强组织领导。各级党委要把这项工作摆上重要议程。\n（二）强化督促检查。要定期通报进展。", """
        （一） 加强组织领导
        （二） 强化督促检查"""),
    ("levels_by_first_appearance", (f"一、总体要求\n{BODY}\n（一）指导思想\n{BODY}\n1.坚持党的领导\n{BODY}\n"
                                   f"2.坚持人民至上\n{BODY}\n（二）基本原则\n{BODY}\n二、主要任务\n{BODY}"), """
        一、 总体要求
          （一） 指导思想
            1. 坚持党的领导
            2. 坚持人民至上
          （二） 基本原则
        二、 主要任务"""),
    ("arabic_above_paren", f"1.总体要求\n{BODY}\n（一）指导思想\n{BODY}\n（二）基本原则\n{BODY}\n2.主要任务\n{BODY}", """
        1. 总体要求
          （一） 指导思想
          （二） 基本原则
        2. 主要任务"""),
    ("starts_at_paren", f"（一）指导思想\n{BODY}\n（二）基本原则\n{BODY}", """
        （一） 指导思想
        （二） 基本原则"""),
    ("latin_letters", f"一、存在问题\n{BODY}\nA. 规模偏小。{BODY}\nB. 创新不足。{BODY}\nC. 人才短缺。{BODY}", """
        一、 存在问题
          A. 规模偏小
          B. 创新不足
          C. 人才短缺"""),
    ("two_halves", (f"上篇　工作回顾\n一、经济平稳\n{BODY}\n二、民生改善\n{BODY}\n下篇　工作安排\n一、稳增长\n{BODY}\n"
                   f"二、惠民生\n{BODY}"), """
        上篇 工作回顾
          一、 经济平稳
          二、 民生改善
        下篇 工作安排
          一、 稳增长
          二、 惠民生"""),
    ("numbering_carried_into_a_later_section", (f"一、问题\n一是认识不足。{BODY}\n二是措施不实。{BODY}\n二、打算\n"
                                                f"三是压实责任。{BODY}\n四是完善制度。{BODY}"), """
        一、 问题
          一是 认识不足
          二是 措施不实
        二、 打算
          三是 压实责任
          四是 完善制度"""),
    ("paragraph_items_then_sections", (f"一、存在问题\n一是学习不够。\n二是调研不深。\n下一步，我将重点抓好以下工作：\n"
                                      f"（一）加强学习。{BODY}\n（二）深入调研。{BODY}"), """
        一、 存在问题
          一是 学习不够
          二是 调研不深
          （一） 加强学习
          （二） 深入调研"""),
    ("skipped_level", f"一、总体要求\n{BODY}\n（一）指导思想\n{BODY}\n二、主要任务\n{BODY}\n1.抓好学习\n{BODY}\n2.抓好落实\n{BODY}", """
        一、 总体要求
          （一） 指导思想
        二、 主要任务
          1. 抓好学习
          2. 抓好落实"""),
]

INLINE_FORMS = [
    ("shi_list", "今年要重点抓好三项工作：一是抓学习，提高理论水平；二是抓队伍，增强履职本领；三是抓作风，树立良好形象。", """
        一是 抓学习，提高理论水平
        二是 抓队伍，增强履职本领
        三是 抓作风，树立良好形象"""),
    ("yao_list", "我们要做到三点。一要坚定信念。信念是灵魂。二要勤学苦练。本领是基础。三要廉洁自律。纪律是底线。", """
        一要 坚定信念
        二要 勤学苦练
        三要 廉洁自律"""),
    ("other_verbs", "抓好这项工作，一抓责任落实，二抓制度建设，三抓督促检查。做好群众工作，一靠真心，二靠真情。", """
        一抓 责任落实
        二抓 制度建设
        三抓 督促检查
        一靠 真心
        二靠 真情"""),
    ("yize", "之所以如此，一则基础薄弱，二则投入不足。", """
        一则 基础薄弱
        二则 投入不足"""),
    ("qi", "原因有二：其一，思想认识不到位；其二，工作措施不得力。", """
        其一， 思想认识不到位
        其二， 工作措施不得力"""),
    ("ordinal_comma", "第一，要提高政治站位。这是前提。第二，要压实工作责任。这是关键。第三，要严格督促检查。", """
        第一， 要提高政治站位
        第二， 要压实工作责任
        第三， 要严格督促检查"""),
    ("ordinal_words", "第一是理论学习要深入。第二是调查研究要扎实。第三点，整改落实要到位。", """
        第一是 理论学习要深入
        第二是 调查研究要扎实
        第三点， 整改落实要到位"""),
    ("sequence_set", "对此我谈几点看法。首先，要提高认识。其次，要明确责任。再次，要加强协调。最后，要严格考核。", """
        首先， 要提高认识
        其次， 要明确责任
        再次， 要加强协调
        最后， 要严格考核"""),
    ("circled_inline", "主要做法有：①建立台账；②定期调度；③严格考核。", """
        ① 建立台账
        ② 定期调度
        ③ 严格考核"""),
    ("circled_inline_glued_to_its_verb", "每村建立①定期培训、②岗位锻炼、③跟踪考察三项制度。", """
        ① 定期培训
        ② 岗位锻炼
        ③ 跟踪考察三项制度"""),
    ("bullets_dash", "今后五年的目标是：\n——经济实力明显增强。地区生产总值年均增长6%。\n——改革开放持续深化。营商环境不断优化。\n——人民生活更加美好。", """
        —— 经济实力明显增强
        —— 改革开放持续深化
        —— 人民生活更加美好"""),
    ("bullets_signs", "重点任务如下。\n●完善制度体系\n●强化监督问责\n■抓好宣传引导\n■营造良好氛围", """
        ● 完善制度体系
        ● 强化监督问责
        ■ 抓好宣传引导
        ■ 营造良好氛围"""),
    ("inline_under_block", "一、统一思想\n要深刻认识重要意义。一是提高站位。二是强化担当。\n二、狠抓落实\n要细化措施。一要明确责任。二要严格考核。", """
        一、 统一思想
          一是 提高站位
          二是 强化担当
        二、 狠抓落实
          一要 明确责任
          二要 严格考核"""),
    ("family_change_one_list", "具体要做到：一要抓学习。二要抓调研。三是抓整改。四是抓长效。", """
        一要 抓学习
        二要 抓调研
        三是 抓整改
        四是 抓长效"""),
    ("eleventh_point", "要推进以下工作：" + "".join(f"{n}是推进第{n}项工作。" for n in
                                            ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"]),
     "\n".join(f"{n}是 推进第{n}项工作" for n in ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"])),
    ("nested_inline", "一是加强学习，主要有：①读原著；②学原文；③悟原理。二是加强实践。", """
        一是 加强学习，主要有
          ① 读原著
          ② 学原文
          ③ 悟原理
        二是 加强实践"""),
    ("ascii_full_stops", "会议要求：一是事故总量仍在高位.去年共发生事故41起.二是风险交织.货车增至1.2万辆.", """
        一是 事故总量仍在高位
        二是 风险交织"""),
    ("marker_after_quote", "他说：“这是根本。”一是要坚守初心。“这是关键。”二是要勇于担当。", """
        一是 要坚守初心
        二是 要勇于担当"""),
]

LOOKALIKES = [
    ("first_priority", "抓好党建是最大政绩，第一要务是发展。第一要素是人才。", ""),
    ("yifangmian", "一方面要加强管理，另一方面要优化服务。", ""),
    ("tongyi", "统一是前提，唯一是目标。统一要求，分类指导。", ""),
    ("yi_shi_yi", "汇报工作要一是一、二是二，不夸大也不缩小。", ""),
    ("city_tiers", "今年以来，一、二线城市房价趋稳。", ""),
    ("city_tiers_line_start", "一、二线城市房价趋稳，三四线城市库存下降。", ""),
    ("quarters", "三、四季度经济稳中向好，全年目标有望完成。", ""),
    ("plenums", "深入学习贯彻党的十九届二中、三中、四中全会精神。党的十九届二、三、四中全会作出了部署。", ""),
    ("article_item_reference", "依照本条例第三条（一）项规定，并参照第（2）项执行。按照（一）、（二）项的要求办理。", ""),
    ("date_in_brackets", "在全市工作会议上的讲话\n（2024年2月20日）\n同志们：今天召开会议。", ""),
    ("quantities", "全年完成投资1.5亿元，增长2.5万亿元，其中：1.5亿元用于基建。", ""),
    ("lone_first", "各项工作，首先要抓好学习，这是基础。", ""),
    ("lone_shi", "我们的目标，一是明确的。", ""),
    ("cross_reference_paren_range", "依据第二章（一）至（三）的规定执行。", ""),
    ("first_secretary", "选派第一书记，第一时间到位，第一责任人要负总责。", ""),
    ("numbered_article_mid_line", "在“十三个坚持”中，第一条就是坚持党的领导。", ""),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in MARKER_FORMS], ids=[c[0] for c in MARKER_FORMS])
def test_marker_forms(text: str, expected: str) -> None:
    assert outline_text(orgdoc.parse(text)) == dedent(expected)


@pytest.mark.parametrize("text,expected", [c[1:] for c in INLINE_FORMS], ids=[c[0] for c in INLINE_FORMS])
def test_inline_forms(text: str, expected: str) -> None:
    assert outline_text(orgdoc.parse(text)) == dedent(expected)


@pytest.mark.parametrize("text,expected", [c[1:] for c in LOOKALIKES], ids=[c[0] for c in LOOKALIKES])
def test_lookalikes_make_no_nodes(text: str, expected: str) -> None:
    assert outline_text(orgdoc.parse(text)) == dedent(expected)


def test_family_change_is_one_list_with_a_warning() -> None:
    outline = orgdoc.parse(next(text for name, text, _ in INLINE_FORMS if name == "family_change_one_list"))
    assert [w.code.value for w in outline.warnings] == ["family_changed"]
    assert [n.kind.value for n in outline.children] == ["directive", "directive", "point", "point"]


def test_kinds() -> None:
    outline = orgdoc.parse("一、总体要求\n一是提高认识。二是明确责任。\n二、工作要求\n一要严格。二要细致。\n——坚持。\n——落实。")
    kinds = [(n.marker, n.kind.value) for n in outline.walk()]
    assert kinds == [("一、", "section"), ("一是", "point"), ("二是", "point"), ("二、", "section"),
                     ("一要", "directive"), ("二要", "directive"), ("——", "item"), ("——", "item")]


def test_node_fields() -> None:
    text = "（一）加强组织领导。各级党委要负总责。\n（二）强化督促检查。"
    first = orgdoc.parse(text).children[0]
    assert (first.kind.value, first.marker, first.form, first.ordinal, first.level) == (
        "section", "（一）", "cn_paren", 1, 1)
    assert text[first.heading_span[0]:first.heading_span[1]] == first.heading == "加强组织领导"
    assert first.span == (0, text.index("\n"))
    assert first.marker_span == (0, 3)


def test_a_long_documents_heap_trimming_changes_nothing(monkeypatch) -> None:
    from orgdoc import api
    from orgdoc.export import to_json

    text = f"关于加强基层治理的实施方案  \n一、总体要求\n{BODY}\n（一）指导思想\n{BODY}\n二、主要任务\n{BODY}\n"
    expected = to_json(orgdoc.parse(text))
    calls = []
    monkeypatch.setattr(api, "TRIM_FROM", 0)  # as if the seed were a 100 MB document
    if api._malloc_trim is not None:
        monkeypatch.setattr(api, "_malloc_trim", lambda pad: calls.append(pad) or api._find_malloc_trim()(pad))
    assert to_json(orgdoc.parse(text)) == expected
    assert api._malloc_trim is None or calls == [0, 0]
