"""Cues several stages read where a speech or a report steps out of its points: an address to the audience
(同志们！), a report's turn from its gains to its problems (同时也要看到，…), and a turn of an interview or a
Q&A (问：… 记者：…？). The tree builder ends sub-headings and lists there (`blocks`, `lists`, `tree`), and the
run-in stage ends its last run-in heading there (`runin`): one table of cues, so the stages agree.
"""

from __future__ import annotations

import re
from typing import Final

# An address ending in ！ opens a paragraph that steps out of the points before it (同志们！ 主席先生、各位同事！).
ADDRESSEE: Final = r"(?:同志们|各位代表|各位委员|各位领导|同学们|朋友们|老师们|女士们|先生们|主席先生|各位同事)"
ADDRESS_CUE: Final = rf"(?:{ADDRESSEE}[，,、]){{0,2}}{ADDRESSEE}[！!]"
# An address opening a paragraph (各位代表！ 同志们！): the speaker turns to the audience again and
# steps out of the sub-headings (one pattern, tried after each line break).
# One address or several (各位代表，同志们！ 女士们、先生们！).
# A report's turn from its achievements to its problems (同时也要看到，… 我们也清醒地认识到，… 我也认识到，… 在肯定成绩的
# 同时，…) steps out of the sub-headings the same way: what it lists is the section's, not the last point's.
# A look back may lead it in (在回顾履职情况的时候，我也认识到… 总结一年来的工作，我们也清醒地看到…), and so may
# the gains it turns from (在取得上述成效的同时，我们也清醒认识到… 在看到成绩的同时，我们也要看到…).
TURN_CUE: Final = (r"(?:在?(?:回顾|总结)[^\n，,。！？]{0,12}[，,]|在(?:取得|看到|肯定)[^\n，,。！？]{0,16}?的同时[，,])?"
                   r"(?:(?:同时|但是?|然而)[，,]?)?(?:我们|我)?(?:也|还)(?:要|必须|应当|应该)?(?:清醒|清楚|深刻)?地?"
                   r"(?:看到|认识到)|在肯定成绩的同时")
# A deputies' address with a comma (各位代表，这五年是…) turns a report from its sub-headings to the
# section's whole too: a report addresses its deputies between its parts, never inside a point (同志们，
# with a comma is a speech's aside, and changes nothing).
REPORT_ADDRESS_CUE: Final = r"(?:各位代表|各位委员)[，,]"
STEP_OUT_LINE: Final = re.compile(rf"\n[ \t\u3000]*(?:{ADDRESS_CUE}|{TURN_CUE}|{REPORT_ADDRESS_CUE})")
# A turn of an interview or a Q&A opening a line (问： 记者： 主持人：…？, or a question alone on its line, in
# bold as web copies set it: **下一步有何打算？**): the points before it end there; what the next answer
# lists is no elaboration of the last point before the question.
TURN_LABELS: Final = ("问", "答", "记者", "主持人", "提问", "回答")
MAX_SPEAKER: Final = 8  # 局长： 张某某： a speaker's label before a question is short
MAX_QUESTION: Final = 60  # a question standing alone on its line is short
QUESTION_TURN: Final = re.compile(rf"\n[ \t\u3000]*(?:\*\*)?(?:(?:{'|'.join(TURN_LABELS)})[：:]"
                                  rf"|[^\s，,。：:？?！!；;*]{{1,{MAX_SPEAKER}}}[：:][^\n。！？!?]{{0,80}}[？?]"
                                  rf"|[^\n。！？!?：:；;*]{{2,{MAX_QUESTION}}}[？?](?:\*\*)?[ \t\u3000]*(?:\n|$))")
