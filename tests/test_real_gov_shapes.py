"""Table tests for shapes met in real government documents of the corpus's sources (reports scraped
from Wikisource, city work reports, policy notices): one table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

import orgdoc
from tests.outline_text import dedent, outline_text

BODY = "各单位要高度重视，认真抓好落实。"


def _outline(text: str) -> str:
    outline = orgdoc.parse(text)
    for n in outline.walk():
        assert text[n.heading_span[0]:n.heading_span[1]] == n.heading
    return outline_text(outline)


# A counted ordinal goes on with plain ordinals (第一步，…；第二，…), and a lone 首先 earlier on (an
# adverb: 以后，首先应当…) takes no part in that list.
COUNTED_THEN_ORDINAL = [
    ("inline_after_adverb", "一、总体情况\n工会成立以后，首先应当引导它与企业主交锋，工人才会感兴趣。\n"
                            "我们的经验是：第一步，在工人之间建立友好关系；第二，从工人当中选拔领袖；"
                            "第三，提醒他们不要忘记目的；最后，第四，利用每一个机会推动工作。\n", """
        一、 总体情况
          第一步， 在工人之间建立友好关系
          第二， 从工人当中选拔领袖
          第三， 提醒他们不要忘记目的
          第四， 利用每一个机会推动工作"""),
    ("paragraph_openers", f"工作分几步走。\n第一步，摸清底数。{BODY}\n第二，建立台账。{BODY}\n第三，跟踪问效。{BODY}\n", """
        第一步， 摸清底数
        第二， 建立台账
        第三， 跟踪问效"""),
    ("counted_alone_still_counted", "建设分三步走。第一步，打好基础。第二步，全面推开。第三步，巩固提升。", """
        第一步， 打好基础
        第二步， 全面推开
        第三步， 巩固提升"""),
    ("sequence_still_takes_ordinals", "作风关系重大。首先，作风是传统。其次，作风是途径。第三，作风是保证。", """
        首先， 作风是传统
        其次， 作风是途径
        第三， 作风是保证"""),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in COUNTED_THEN_ORDINAL], ids=[c[0] for c in COUNTED_THEN_ORDINAL])
def test_counted_then_ordinal(text: str, expected: str) -> None:
    assert _outline(text) == dedent(expected)
