"""Word tables for run-in headings: the few cue words that shape alone cannot tell.

Each entry says why it is there; the rules that use them live in `leads.py` and `groups.py`.
"""

from __future__ import annotations

import re
from typing import Final

# An address opening a paragraph (同志们， 各位代表！ 老师们，同学们：) is a salutation, not a lead:
# a clause of at least three characters ending in 们, or one opened by these words.
ADDRESS_OPENERS: Final = ("各位", "亲爱的", "尊敬的")
ADDRESS_END: Final = "们"
PRONOUNS: Final = frozenset({"我们", "你们", "他们", "她们", "咱们", "它们", "人们"})  # 们 words, no address

# A colon label that keys data rather than naming a part of the text (a role, a speaker, a date):
# never a run-in heading, however many of them stand in a row.
DATA_LABELS: Final = frozenset({
    "时间", "地点", "日期", "会议时间", "会议地点", "主持人", "主持", "记者", "编辑", "责任编辑", "作者",
    "来源", "出处", "电话", "联系人", "联系电话", "地址", "邮编", "网址", "邮箱", "关键词", "摘要",
    # the rest of a notice's contact block (联系电话：… 传真：… 通讯地址：…)
    "传真", "通讯地址", "联系地址", "邮政编码", "电子邮箱", "电子信箱", "手机",
    "问", "答", "注", "附件", "附", "备注", "参会人员", "出席", "列席", "记录", "审核", "发布",
    # an official document's distribution lines (版记): the keys of a list of recipients
    "报", "送", "发", "抄送", "抄报", "主送", "分送", "印发", "发送",
})
# Labels that name who or by when (参加人员： 牵头单位： 责任部门： 完成时限： 责任人：), or a payee's bank details
# (银行账户： 税号： 开户行：), key data by their
# last word, whatever comes before it; so does a letter's addressee, an organ's name alone before its
# colon (湖北省人民政府： 国务院： over a 复函 and over the report attached to it), and a bureau or
# committee keying its duties in a division of labour (区经济发展局：负责… 区卫健委：负责…), and so does a
# department of an organisation's (组织部：负责… 宣传部：负责… 财务部：…); 局 of a situation (格局 布局 大局
# 全局 新局) names no organ, nor 部 of a whole or a place (全部 内部 外部 局部 干部 东部 基层部).
DATA_LABEL_END: Final = re.compile(r"(?:人员|单位|部门|时限|[^\W\d_]{2}(?<!的)人"
                                   r"|账户|账号|税号|户名|开户行|开户银行"  # a payee's details (银行账户：…)
                                   r"|人民政府|国务院|办公厅|办公室|委员会|党委|党组|法院|检察院"
                                   r"|[^\W\d_](?<![格布大结全时开终残牌饭变定僵骗赌战乱困破新])局|[^\W\d_]{2}委"
                                   r"|[^\W\d_]{2}(?<![全内外局干细头腹背胸顶底东西南北中上下层])部)$")


# A formula after a label (年工作日：365天-104天＝250天, 日工资：月工资收入÷月计薪天数): the label keys a datum
# worked out, as a table's row would, and names no part; an operator of arithmetic is the sign of one.
FORMULA: Final = re.compile(r"[=＝÷×]")
MAX_FORMULA: Final = 60  # …a datum is a short line: a paragraph of prose may hold a sum in passing


# An organ's or a unit's name (后勤保障部 区经济发展局 学生所在学院): keying its duties in a paragraph it is a data
# label, but alone on its line over a numbered list of them it heads that list (who does what).
ORGAN_LABEL_END: Final = re.compile(r"(?:人民政府|办公厅|办公室|委员会|党委|党组|[^\W\d_](?:局|委|部|院|处|科|中心))$")


def is_data_label(label: str) -> bool:
    return label in DATA_LABELS or DATA_LABEL_END.search(label) is not None

# A sentence that introduces what follows (具体如下： 下面我讲三点意见： 重点做好8方面工作：) is no label of a part.
# A measure is no count of points: 增长0.2个百分点 (a decimal, 个百分点).
INTRODUCER: Final = re.compile(r"如下|以下|下列|下面|几点|(?<![0-9０-９.．])[一二三四五六七八九十两几0-9０-９]+"
                               r"(?:点|个(?!百分点)|条|项|件|方面)")

# A verdict naming a subject's part in the whole (党的坚强领导是根本原因。 团结奋斗是重要保障。): a statement,
# but paragraphs opening with verdicts of this one pattern are a report's parallel points (体会, 原因).
# The subject is a phrase of four characters or more, the verdict a short noun phrase after 是.
VERDICT: Final = re.compile(r"[^，,、。；;：:“”我这那其它]{1}[^，,。；;：:“”]{3,24}是[^，,。；;：:“”是0-9０-９]{2,6}")

# A count of things in a lead (三项 五个 三种): prose as a rule (建成三个项目。), yet the lead of the list
# its paragraph goes on with when that list follows it at once (紧盯三种异常行为。一是…；二是…).
COUNT: Final = "[一二两三四五六七八九十几][项个条点件种次]"
# A lead sentence that states (X是Y), asks or counts is prose; heading-like leads name an action or
# a result (国民经济继续保持平稳较快增长). Only loose groups, with no shared opening, check this.
STATEMENT: Final = re.compile(rf"[是吗呢么]|为什么|在于|[0-9０-９]|{COUNT}")
# A lead told in the first person singular (在此项目中，我主要负责…。 通过此项目，我发现…。) narrates what the
# writer did or found, the prose of a personal report: no heading (a unit speaks as 我国 我市 我院, a talk as 我们).
NARRATOR: Final = re.compile(r"(?<!自)我(?![们国省市县区镇乡村院校局厅部委司行所处科厂单党军方])")
COUNT_RE: Final = re.compile(COUNT)

# An adverb right before the 要 of a duty (践行初心就要… 我们也要… 关键还要…) makes the sentence a
# consequence or an aside of the prose around it, not the topic-and-duty shape of parallel points
# (教育培养要… 察人识人要…).
DUTY_ADVERBS: Final = frozenset("就也还更都则便才又却")
# 要 as the first character of a word that is no duty (新要求 要素 要点 要务 要害): no duty sentence.
YAO_WORDS: Final = frozenset("求素点领义务闻害件塞职员案")

# A news report's reported speech (王伟光认为，… 李四在报告中强调，…): a speaker, maybe a place or an occasion, a
# verb of saying and a comma. Paragraphs of one speaker open alike, but they are what was said, never parallel
# points an editor would list. (Closed by a colon, 会议强调：… 会议要求：…, it is a label naming a part: not here.)
REPORTED: Final = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:认为|指出|强调|表示|谈到|谈道|(?<!来)说|介绍|提出)[，,]")
# A report on a document (《通知》指出，… 《通知》要求，…): its paragraphs open with the document's name and
# a verb of saying. Sharing only that, they are the report's successive statements; they are parallel
# points only where what is said opens alike too (《通知》强调，要深入学习领会…的科学内涵。 …的理论品格。).
REPORTED_DOCUMENT: Final = re.compile(r"《[^《》\n]{1,20}》[^，,。《\n]{0,6}?(?:指出|强调|明确|要求|提出|规定|认为|表示)[，,]")

# The same verb of saying closing a colon label that a quotation follows (习近平总书记鲜明指出：“…”): the
# label introduces what was said, a quote inside the paragraph, not a part of the text.
QUOTING: Final = re.compile(r"(?:认为|指出|强调|表示|谈到|谈道|(?<!来)说|介绍|提出|写道|告诫)$")
QUOTE_OPENERS: Final = "“「『\""

# A report's turn from its achievements to its problems (必须清醒地看到，… 我们也清醒认识到，… 同时也要看到，…)
# opens a paragraph of another matter: no lead of the points before it, however short its first clause.
TURN_OPENING: Final = re.compile(r"(?:(?:同时|但是?|然而)[，,]?)?(?:我们|我)?(?:也|还)?(?:要|必须|应当|应该)?"
                                 r"(?:(?:清醒|清楚|深刻)地?(?:看到|认识到)|(?<=[也还])(?:要)?(?:看到|认识到))"
                                 r"|在肯定成绩的同时")
