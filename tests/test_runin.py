"""Unnumbered run-in headings: fresh snippets in the shapes speeches use, and near-misses."""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import dedent, outline_text

BODY = "各级党组织要结合实际，细化措施，确保落到实处。"
LONG = "全年完成各项目标任务，群众满意度明显提升，为下一步工作打下了坚实基础。"

CASES = [
    ("shared_opening", (f"要在学上用力，夯实思想根基。{BODY}\n要在干上见效，扛起责任担当。{BODY}\n"
                       f"要在严上较真，守住纪律底线。{BODY}"), """
        · 要在学上用力，夯实思想根基
        · 要在干上见效，扛起责任担当
        · 要在严上较真，守住纪律底线"""),
    ("topic_then_yao_inside_a_paragraph", (f"一、加强队伍建设\n{BODY}理论学习要突出系统性。{BODY}"
                                          f"实践锻炼要突出针对性。{BODY}考核评价要突出实绩。{BODY}"), """
        一、 加强队伍建设
          · 理论学习要突出系统性
          · 实践锻炼要突出针对性
          · 考核评价要突出实绩"""),
    ("three_consecutive_leads", (f"一、总体思路\n{BODY}\n坚持系统观念，统筹推进各项改革。{BODY}\n"
                                f"坚持问题导向，着力破解发展难题。{BODY}\n突出群众路线，切实解决急难愁盼。{BODY}"), """
        一、 总体思路
          · 坚持系统观念，统筹推进各项改革
          · 坚持问题导向，着力破解发展难题
          · 突出群众路线，切实解决急难愁盼"""),
    ("numbered_points_under_leads", (f"要在对标上下功夫。{BODY}一是学文件。二是找差距。\n"
                                    f"要在落实上下功夫。{BODY}一是抓整改。二是建机制。"), """
        · 要在对标上下功夫
          一是 学文件
          二是 找差距
        · 要在落实上下功夫
          一是 抓整改
          二是 建机制"""),
    ("framed_alike_after_an_introduction", (f"一、形势分析\n今年任务艰巨，挑战不少。{BODY}\n从国际看，外部环境复杂多变。{BODY}\n"
                                            f"从国内看，经济回升向好。{BODY}\n从本地看，发展势头良好。{BODY}"), """
        一、 形势分析
          · 从国际看，外部环境复杂多变
          · 从国内看，经济回升向好
          · 从本地看，发展势头良好"""),
    ("unrelated_short_openings", (f"冬季天寒，安全不容忽视。{BODY}\n出席会议的有：市领导张某同志。{BODY}\n"
                                 f"会议议程共两项。{BODY}\n下面，请王某同志讲话。{BODY}"), ""),
    ("a_lone_short_sentence", f"一、统一思想\n打铁必须自身硬。{BODY}\n{BODY}", "一、 统一思想"),
    # A government report opens its points with headline-shaped leads of unequal length, one
    # paragraph of other text may stand between two of them, and the introduction is no point.
    ("report_leads_of_unequal_length", (f"一、过去一年工作回顾\n过去的一年，我们面对复杂形势，{LONG}\n"
                                        f"农业生产稳中有进。{LONG}\n工业经济加快转型，园区建设明显提速。{LONG}\n"
                                        f"{LONG}{LONG}\n社会治理水平进一步提高。{LONG}"), """
        一、 过去一年工作回顾
          · 农业生产稳中有进
          · 工业经济加快转型，园区建设明显提速
          · 社会治理水平进一步提高"""),
    ("bold_leads", f"**稳住工业基本盘。**{LONG}\n**做强现代服务业。**{LONG}\n**提升农业综合效益。**{LONG}", """
        · 稳住工业基本盘
        · 做强现代服务业
        · 提升农业综合效益"""),
    ("bold_leads_of_any_shape", (f"{LONG}\n**建校之初，风雨如晦，宏业始创。**{LONG}\n"
                                 f"**抗战八年，弦歌不辍，刚毅坚卓。**{LONG}"), """
        · 建校之初，风雨如晦，宏业始创
        · 抗战八年，弦歌不辍，刚毅坚卓"""),
    ("topic_words_closed_by_a_colon_or_a_stop", (f"{LONG}\n烟：各村普遍禁止，效果明显。\n酒：酒席一律从简，不再铺张。\n"
                                                 f"赌博。公开的赌场都已绝迹。\n游手好闲。乡里的游民少了很多。"), """
        · 烟
        · 酒
        · 赌博
        · 游手好闲"""),
    ("notes_are_no_leads", f"{LONG}\n[1] 张某，湖南人。{LONG}\n[2] 李某，湖北人。{LONG}\n[3] 王某，江西人。{LONG}", ""),
    ("short_openings_alike_in_prose", (f"马克思主义是发展的科学。{LONG}\n马克思主义与实践的结合经历了六十多年。{LONG}\n"
                                       f"我们为什么要坚持改革？{LONG}\n我们的事业是面向未来的事业。{LONG}"), ""),
    ("statements_are_no_leads", (f"当今世界是开放的世界。{LONG}\n我国是个多民族的国家。{LONG}\n"
                                 f"全年新增就业3万人。{LONG}\n我们为什么要坚持改革？{LONG}"), ""),
    ("salutations_are_no_leads", (f"一、抓好落实\n同志们，今天的会议很重要。{LONG}\n同志们，刚才几位同志的发言很好。{LONG}"
                                  f"\n一是抓学习。{LONG}\n二是抓落实。{LONG}"), """
        一、 抓好落实
          一是 抓学习
          二是 抓落实"""),
    ("addresses_by_title_are_no_leads", (f"一、抓好落实\n各位代表，今天的会议很重要。{LONG}\n"
                                         f"各位代表，刚才的发言很好。{LONG}\n各位代表，大家辛苦了。{LONG}"), """
        一、 抓好落实"""),
    ("a_repeated_paragraph", f"要把握好这次机遇。{LONG}\n要把握好这次机遇。{LONG}一是抓项目。二是抓招商。", """
        一是 抓项目
        二是 抓招商"""),
    ("colon_labels_and_the_list_under_the_last", (f"一、总体部署\n今年是关键之年。今年工作的总体要求是：{LONG}\n"
                                                   f"主要预期目标是：{LONG}\n全年重点任务是：\n"
                                                   f"（一）加快产业升级。{LONG}\n（二）扩大有效投资。{LONG}"), """
        一、 总体部署
          · 今年工作的总体要求是
          · 主要预期目标是
          · 全年重点任务是
            （一） 加快产业升级
            （二） 扩大有效投资"""),
    ("a_list_introduced_by_another_sentence_stays_a_sibling", (f"一、总体部署\n总体要求是：{LONG}\n"
                                                                f"主要目标是：{LONG}\n为此，要抓好以下工作：\n"
                                                                f"（一）加快产业升级。{LONG}\n（二）扩大有效投资。{LONG}"), """
        一、 总体部署
          · 总体要求是
          · 主要目标是
          （一） 加快产业升级
          （二） 扩大有效投资"""),
    ("labels_with_text_of_their_own_head_no_list", (f"{LONG}\n总体目标：{LONG}\n具体指标：到2025年，{LONG}\n"
                                                    f"一、完善制度体系\n{LONG}\n二、健全标准\n{LONG}"), """
        · 总体目标
        · 具体指标
        一、 完善制度体系
        二、 健全标准"""),
    ("data_labels_are_no_headings", f"会议时间：2024年3月1日上午\n会议地点：市政府第一会议室\n主持人：张某\n{LONG}", ""),
    ("distribution_lines_are_no_headings", (f"{LONG}\n报：市政府办公室，县委、县人大、县政协办公室。\n"
                                           "送：县委各部门，县法院，县检察院。\n发：各乡镇人民政府，县政府各部门。"), ""),
    ("who_and_when_labels_are_no_headings", (f"会议强调：{LONG}\n会议要求：{LONG}\n"
                                            "参加人员：市委宣传部、市文明办、市住建局、市城管局主要负责同志。"), """
        · 会议强调
        · 会议要求"""),
    ("unit_and_deadline_labels_are_no_headings", ("建设内容：新建社区养老服务综合体两处，提供日间照料、助餐、康复护理等服务。\n"
                                                 "牵头单位：区民政局、区财政局、区自然资源局、区卫生健康局等有关部门\n"
                                                 "责任人：区民政局主要负责同志、分管负责同志和有关科室负责同志\n"
                                                 "完成时限：2025年10月底前全部建成并投入使用，年底前完成验收"), ""),
    ("statement_labels_are_no_headings", (f"回顾一年工作，我们深刻体会到：{LONG}\n我们也清醒看到，困难不少：{LONG}"), ""),
    ("a_standing_label_heads_its_list", ("调研发现的问题：\n-制度不够健全；\n-执行不够到位。\n"
                                        "基层反馈的好做法有：\n-建立台账管理；\n-实行清单制度。"), """
        · 调研发现的问题
        · 基层反馈的好做法有"""),
    ("a_lead_after_the_last_point_of_a_list", (f"（一）发展产业\n今年要围绕稳增长，抓好以下工作。\n一是抓项目。{LONG}\n"
                                                f"二是抓招商。{LONG}\n大力推进科技创新。{LONG}\n一要建平台。{LONG}\n"
                                                f"二要引人才。{LONG}\n切实加强节能减排。{LONG}"), """
        （一） 发展产业
          一是 抓项目
          二是 抓招商
          · 大力推进科技创新
            一要 建平台
            二要 引人才
          · 切实加强节能减排"""),
    ("leads_whose_points_follow_on_their_line", (f"（一）稳定经济运行\n{LONG}\n实施积极的财政政策。一是扩大支出。{LONG}"
                                                 f"二是优化结构。{LONG}\n实施稳健的货币政策。一是保持流动性。{LONG}"
                                                 f"二是降低融资成本。{LONG}"), """
        （一） 稳定经济运行
          · 实施积极的财政政策
            一是 扩大支出
            二是 优化结构
          · 实施稳健的货币政策
            一是 保持流动性
            二是 降低融资成本"""),
    # Hard-wrapped lines are no paragraphs: a sentence that starts a wrapped line leads nothing.
    ("hard_wrapped_lines", (f"{LONG}\n一、存在的问题\n存在的问题主要有：一是大气污染\n治理压力依然较大。全县产业结构偏重、能源\n"
                            "结构偏煤，秋冬季重\n污染天气仍时有发生。二是农村环境治理短板比较突出。"), """
        一、 存在的问题
          一是 大气污染
          二是 农村环境治理短板比较突出"""),
    # Heading lines: short lines with no end mark standing above paragraphs; leads below them are
    # their children and numbered lists below them are theirs too.
    ("heading_lines", (f"{LONG}\n集体经济的新变化\n{LONG}\n基层治理的新气象\n{LONG}\n"
                       f"做法。{LONG}\n成效。{LONG}\n几件实事\n{LONG}\n（一）修路。{LONG}\n（二）建校。{LONG}"), """
        · 集体经济的新变化
        · 基层治理的新气象
          · 做法
          · 成效
        · 几件实事
          （一） 修路
          （二） 建校"""),
    ("heading_line_over_a_short_sentence_and_its_list", (f"{LONG}\n保持忠心\n忠诚是首要的品质。\n一是坚定理想信念。\n"
                                                         f"二是严守政治纪律。\n涵养公心\n{LONG}\n永葆恒心\n{LONG}"), """
        · 保持忠心
          一是 坚定理想信念
          二是 严守政治纪律
        · 涵养公心
        · 永葆恒心"""),
    ("heading_lines_over_a_list_inside_a_paragraph", (f"{LONG}\n县委召开专题会议\n会议指出，成绩来之不易。会议要求，一要健全机制；"
                                                      f"二要落实政策。\n某镇启动示范村创建\n{LONG}\n"), """
        · 县委召开专题会议
          一要 健全机制
          二要 落实政策
        · 某镇启动示范村创建"""),
    ("duties_inside_a_led_paragraph_are_its_text", (f"{LONG}\n坚持学思践悟，在坚定理想信念上作表率。要把理论学习作为第一需要。{BODY}\n"
                                                    f"坚持对标对表，在践行初心使命上作表率。要把群众诉求作为工作着力点。{BODY}\n"), """
        · 坚持学思践悟，在坚定理想信念上作表率
        · 坚持对标对表，在践行初心使命上作表率"""),
    ("quoted_set_phrases_count_nothing", (f"{LONG}\n要深刻领悟“两个确立”的决定性意义。{LONG}\n"
                                          f"要深刻把握教育的根本任务。{LONG}\n要坚决做到“两个维护”。{LONG}"), """
        · 要深刻领悟“两个确立”的决定性意义
        · 要深刻把握教育的根本任务
        · 要坚决做到“两个维护”"""),
    ("a_lone_heading_line_and_dates", f"{LONG}\n集体经济的新变化\n{LONG}\n{LONG}\n2024年3月1日\n{LONG}", ""),
    # No blank lines: the indent alone opens the paragraph under a heading line without end punctuation.
    ("leads_right_under_a_heading_line_without_blank_lines",
     (f"{LONG}\n第一件　修好乡村道路\n\u3000\u3000要在“通”上下功夫，打通断头路。{BODY}\n"
      f"\u3000\u3000要在“养”上下功夫，管好已建路。{BODY}\n第二件　办好村级小学\n\u3000\u3000{LONG}"), """
        第一件 修好乡村道路
          · 要在“通”上下功夫，打通断头路
          · 要在“养”上下功夫，管好已建路
        第二件 办好村级小学"""),
    # After the last section, paragraphs opening alike are run-ins of the top level; from a closing cue
    # on (各位代表！ 以上…) they are the speech's closing words, which head nothing.
    ("alike_after_the_last_section", (f"一、总体情况\n{BODY}\n二、下步打算\n{BODY}\n"
                                      f"在新的一年，经济工作要稳中求进。{LONG}\n在新的一年，民生工作要尽力而为。{LONG}"), """
        一、 总体情况
        二、 下步打算
          · 在新的一年，经济工作要稳中求进
          · 在新的一年，民生工作要尽力而为"""),
    ("alike_in_the_closing_part", (f"一、总体情况\n{BODY}\n二、下步打算\n{BODY}\n各位代表！\n"
                                   f"在新的一年，经济工作要稳中求进。{LONG}\n在新的一年，民生工作要尽力而为。{LONG}"), """
        一、 总体情况
        二、 下步打算"""),
    # Inside a paragraph: duties that share an opening count from the paragraph's first sentence on; a
    # row of statements heading nothing, and a consequence (践行初心就要…), are prose.
    ("duties_from_the_paragraph_opening", ("一、坚定理想信念\n我们要守住底线。时时对照党规党纪，查找自身不足。我们要"
                                           "锤炼作风。坚持深入基层，倾听群众呼声。我们要勇于担当。直面矛盾问题，敢于攻坚克难。"
                                           f"\n二、锤炼过硬作风\n{BODY}"), """
        一、 坚定理想信念
          · 我们要守住底线
          · 我们要锤炼作风
          · 我们要勇于担当
        二、 锤炼过硬作风"""),
    ("a_row_of_duty_statements", ("一、坚定理想信念\n守住底线要严于律己。锤炼作风要深入基层。勇于担当要攻坚克难。"
                                  f"这是党员干部的本色，我们必须时刻铭记、终身践行。\n二、锤炼过硬作风\n{BODY}"), """
        一、 坚定理想信念
        二、 锤炼过硬作风"""),
    ("consequences_are_prose", ("一、坚定理想信念\n守住底线就要严于律己。对照党规党纪，查找自身不足。锤炼作风就要深入基层。"
                                "倾听群众呼声，解决急难愁盼。勇于担当就要攻坚克难。直面矛盾问题，不回避不推诿。"
                                f"\n二、锤炼过硬作风\n{BODY}"), """
        一、 坚定理想信念
        二、 锤炼过硬作风"""),
    ("lone_duty_lines_heading_nothing", f"{LONG}\n党员干部要守住纪律底线，严于律己。\n党员干部要锤炼过硬作风，深入基层。", ""),
    # Verdicts of one pattern opening paragraphs (…是根本原因。 …是重要保障。): a report's parallel points.
    ("verdicts_of_one_pattern", (f"一、几点体会\n回顾一年的工作，我们有以下体会。\n坚持党的领导是根本保证。{LONG}\n"
                                 f"依靠群众力量是重要基础。{LONG}\n二、下步打算\n{BODY}"), """
        一、 几点体会
          · 坚持党的领导是根本保证
          · 依靠群众力量是重要基础
        二、 下步打算"""),
    ("a_lone_verdict", f"一、几点体会\n坚持党的领导是根本保证。{LONG}\n{LONG}\n二、下步打算\n{BODY}", """
        一、 几点体会
        二、 下步打算"""),
    # A run of bold leads takes in a member whose bold the copy lost, when it opens and reads like them.
    ("bold_run_with_a_plain_member", (f"一、几点体会\n**抓党建是最大的政绩。**{LONG}\n**抓发展是第一要务。**{LONG}\n"
                                      f"抓民生是根本目的。{LONG}\n二、下步打算\n{BODY}"), """
        一、 几点体会
          · 抓党建是最大的政绩
          · 抓发展是第一要务
          · 抓民生是根本目的
        二、 下步打算"""),
    ("bold_run_and_an_unlike_paragraph", (f"一、几点体会\n**抓党建是最大的政绩。**{LONG}\n**抓发展是第一要务。**{LONG}\n"
                                          f"抓住机遇、乘势而上，是我们今后工作的关键所在。{LONG}\n二、下步打算\n{BODY}"), """
        一、 几点体会
          · 抓党建是最大的政绩
          · 抓发展是第一要务
        二、 下步打算"""),
    # Inside one paragraph, sentences sharing the first sentence's opening words (我们坚持…), each heading
    # text of its own; statements in a row (我们的目标是…) stay prose, and so does 要求 read as a duty.
    ("shared_opening_words_in_a_paragraph", ("一、主要做法\n我们坚持学习在先。通过集中学习、专题研讨等方式，引导干部学深悟透。"
                                             "我们坚持调研开路。围绕群众急难愁盼问题，深入一线摸清实情。我们坚持问题导向。"
                                             f"建立问题清单，逐项推动解决。\n二、下步打算\n{BODY}"), """
        一、 主要做法
          · 我们坚持学习在先
          · 我们坚持调研开路
          · 我们坚持问题导向
        二、 下步打算"""),
    ("shared_opening_ending_in_a_requirement", ("一、形势\n我们面临新形势。各种矛盾交织叠加，各类风险挑战明显增多。我们面临新任务。"
                                                "改革发展稳定各项任务十分繁重，需要我们付出更加艰苦的努力。我们面临新要求。群众期待越来越高。"
                                                f"\n二、下步打算\n{BODY}"), """
        一、 形势
          · 我们面临新形势
          · 我们面临新任务
          · 我们面临新要求
        二、 下步打算"""),
    ("anaphora_with_a_clause_after_each", ("一、回顾\n我们走过千山万水。仍需跋山涉水，一刻不能停歇。我们走过光辉历程。"
                                           "更要开创未来，书写新的篇章。我们走过风风雨雨。始终初心不改，矢志不渝向前。"
                                           f"\n二、下步打算\n{BODY}"), """
        一、 回顾
        二、 下步打算"""),
    # A member of a group of paragraph leads that a lost paragraph break left after a sentence end.
    ("member_after_a_lost_break", (f"一、主要做法\n坚持党建引领，凝聚发展合力。{LONG}\n坚持问题导向，补齐短板弱项。{LONG}"
                                   f"坚持系统观念，强化统筹协调。{LONG}\n二、下步打算\n{BODY}"), """
        一、 主要做法
          · 坚持党建引领，凝聚发展合力
          · 坚持问题导向，补齐短板弱项
          · 坚持系统观念，强化统筹协调
        二、 下步打算"""),
    ("bold_member_after_a_lost_break", (f"一、主要做法\n**坚持党建引领。**{LONG}\n**坚持问题导向。**{LONG}**坚持系统观念。**{LONG}"
                                        f"\n二、下步打算\n{BODY}"), """
        一、 主要做法
          · 坚持党建引领
          · 坚持问题导向
          · 坚持系统观念
        二、 下步打算"""),
    ("unlike_sentence_after_a_group", (f"一、主要做法\n坚持党建引领，凝聚发展合力。{LONG}\n坚持问题导向，补齐短板弱项。{LONG}"
                                       f"坚持下去，就一定能够取得更大成效。{LONG}\n二、下步打算\n{BODY}"), """
        一、 主要做法
          · 坚持党建引领，凝聚发展合力
          · 坚持问题导向，补齐短板弱项
        二、 下步打算"""),
    ("statements_sharing_an_opening", ("一、形势\n我们的目标是明确的。全市上下要凝心聚力。我们的任务是艰巨的。必须付出更大努力。"
                                       f"我们的前景是光明的。只要坚定信心，就一定能够实现。\n二、下步打算\n{BODY}"), """
        一、 形势
        二、 下步打算"""),
    # A colon label alone on its line over a list (保障措施：⏎（一）…): two of them make a group and head
    # the lists below them, though the label stands after the last item of the list before; one alone is text.
    ("standing_labels_over_lists", (f"为解决突出问题，决定开展专项整治。\n主要任务：\n（一）排查隐患。{BODY}\n（二）推动整改。{BODY}\n"
                                    f"保障措施：\n（一）加强领导。{BODY}\n（二）强化督查。{BODY}"), """
        · 主要任务
          （一） 排查隐患
          （二） 推动整改
        · 保障措施
          （一） 加强领导
          （二） 强化督查"""),
    ("standing_labels_over_a_list_going_on", (f"为解决突出问题，决定开展专项整治。\n主要任务：\n1.排查隐患。{BODY}\n"
                                              f"2.推动整改。{BODY}\n保障措施：\n3.加强领导。{BODY}\n4.强化督查。{BODY}"), """
        · 主要任务
          1. 排查隐患
          2. 推动整改
        · 保障措施
          3. 加强领导
          4. 强化督查"""),
    ("a_lone_standing_label", (f"一、主要任务\n（一）排查隐患。{BODY}\n（二）推动整改。{BODY}\n保障措施：\n（三）加强领导。{BODY}\n"
                               f"（四）强化督查。{BODY}\n二、工作要求\n{BODY}"), """
        一、 主要任务
          （一） 排查隐患
          （二） 推动整改
          （三） 加强领导
          （四） 强化督查
        二、 工作要求"""),
    # The last lead heads the text after it up to a numbered block heading or the next turn of a Q&A.
    ("question_turn_ends_the_last_lead", (f"一、关于队伍建设\n要在“选”上突出政治标准。{BODY}\n要在“育”上突出增强本领。{BODY}\n"
                                          f"记者：下一步有什么打算？\n局长：一是完善选拔机制，建立长效机制；二是健全培养体系，"
                                          f"制定培训计划。\n二、关于制度建设\n{BODY}"), """
        一、 关于队伍建设
          · 要在“选”上突出政治标准
          · 要在“育”上突出增强本领
          一是 完善选拔机制，建立长效机制
          二是 健全培养体系，制定培训计划
        二、 关于制度建设"""),
    # A table flattened into lines (表1 and its rows of cells) is data: lead sentences in its cells head nothing.
    ("alike_in_a_table", (f"一、总体目标\n{BODY}\n表1  重点工程\n要在设施上下功夫。  新建服务驿站十个\n"
                          f"要在流程上下功夫。  推行一窗受理\n二、重点任务\n{BODY}"), """
        一、 总体目标
        二、 重点任务"""),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_run_in_headings(text: str, expected: str) -> None:
    assert outline_text(orgdoc.parse(text)) == dedent(expected)
