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
    "问", "答", "注", "附件", "附", "备注", "参会人员", "出席", "列席", "记录", "审核", "发布",
})

# A sentence that introduces what follows (具体如下： 下面我讲三点意见： 重点做好8方面工作：) is no label of a part.
INTRODUCER: Final = re.compile(r"如下|以下|下列|下面|几点|[一二三四五六七八九十两几0-9０-９]+(?:点|个|条|项|件|方面)")

# A lead sentence that states (X是Y), asks or counts is prose; heading-like leads name an action or
# a result (国民经济继续保持平稳较快增长). Only loose groups, with no shared opening, check this.
STATEMENT: Final = re.compile(r"[是吗呢么]|为什么|在于|[0-9０-９]|[一二两三四五六七八九十几][项个条点件种次]")
