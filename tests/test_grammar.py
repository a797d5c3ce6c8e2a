"""One grammar rule at a time: each marker form parsed alone, as Lark's `start=` allows."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lark import Lark
from lark.exceptions import LarkError

from orgdoc.grammar import _rule_regexes, candidate_pattern, factored, grammar_path, marker_shape

FORMS = ["cn_dun", "cn_paren", "ar_dot", "ar_paren", "latin", "circled", "part", "half", "article",
         "lone_numeral", "cn_verb", "ordinal", "counted", "qi", "sequence", "bullet"]


@pytest.fixture(scope="module")
def rules() -> Lark:
    return Lark(grammar_path().read_text(encoding="utf-8"), parser="lalr", start=FORMS)


ACCEPTED = [
    ("cn_dun", "一、"), ("cn_dun", "十一．"), ("cn_dun", "二十三 、"), ("cn_dun", "一、二〇二三年"[:2]),
    ("cn_paren", "（一）"), ("cn_paren", "(二)"), ("cn_paren", "（ 三 ）"), ("cn_paren", "〔四〕"),
    ("ar_dot", "1."), ("ar_dot", "12、"), ("ar_dot", "３．"),
    ("ar_paren", "（1）"), ("ar_paren", "(12)"), ("ar_paren", "⑴"),
    ("circled", "①"), ("circled", "⑳"), ("latin", "A."), ("latin", "B、"), ("latin", "（C）"),
    ("half", "上篇"), ("half", "下篇"),
    ("part", "第一部分"), ("part", "第二章"), ("part", "第三节"), ("article", "第十二条"),
    ("part", "第1章"), ("part", "第 2 节"), ("article", "第12条"), ("article", "第３条"),
    ("lone_numeral", "一"), ("lone_numeral", "01"),
    ("cn_verb", "一是"), ("cn_verb", "二要"), ("cn_verb", "三抓"), ("cn_verb", "十一是"), ("cn_verb", "一是，"),
    ("ordinal", "第一，"), ("ordinal", "第二是"), ("ordinal", "第三要"), ("ordinal", "第四点"),
    ("counted", "第一个方面是"), ("counted", "第二件事是"), ("counted", "第三种是"), ("counted", "第一个方面工作，"),
    ("qi", "其一"), ("qi", "其二，"), ("sequence", "首先，"), ("sequence", "最后"),
    ("bullet", "——"), ("bullet", "●"),
]
REJECTED = [
    ("cn_dun", "一"), ("cn_paren", "（一"), ("ar_dot", "1"), ("ordinal", "第一"), ("cn_verb", "一方"),
    ("latin", "a."), ("latin", "AB."), ("counted", "第二层防线实际是"), ("counted", "第二层的责任是"),
]


@pytest.mark.parametrize("rule,text", ACCEPTED, ids=[f"{r}:{t}" for r, t in ACCEPTED])
def test_rule_accepts(rules: Lark, rule: str, text: str) -> None:
    rules.parse(text, start=rule)


@pytest.mark.parametrize("rule,text", REJECTED, ids=[f"{r}:{t}" for r, t in REJECTED])
def test_rule_rejects(rules: Lark, rule: str, text: str) -> None:
    with pytest.raises(LarkError):
        rules.parse(text, start=rule)


# The look-ahead parts of terminals, seen through the scanner: what follows decides.
CANDIDATES = [
    ("一、加强领导", "一、"), ("一、二〇二四年工作回顾", "一、"),
    ("1.5亿元", None), ("1.加强领导", "1."),
    ("第一要务", None), ("第一要素", None), ("第一要坚定信念", "第一要"),
    ("A.M.时段", None), ("A. 产业规模偏小", "A."),
    ("01综合\n", "01"), ("10科学技术与教育\n", "10"), ("12资源、环境和应急管理", "12"),
    ("10月份工作安排\n", None), ("12万元以下\n", None), ("20多家企业参加\n", None),
    ("01综合情况良好，全年增长。\n", None),  # a sentence runs on: no heading line
]


@pytest.mark.parametrize("text,marker", CANDIDATES, ids=[c[0] for c in CANDIDATES])
def test_candidate_lookaheads(text: str, marker: str | None) -> None:
    match = candidate_pattern().match(text)
    assert (match.group() if match else None) == marker


def test_shapes() -> None:
    shape = marker_shape("（十一）")
    assert (shape.form, shape.role.value, shape.ordinal) == ("cn_paren", "block", 11)
    assert marker_shape("最后，").ordinal is None
    assert marker_shape("第一百条") is None  # past 99: a number, not a list item


# --- the factored candidate pattern finds what the rules' plain alternation finds ------------------------

# Characters of every marker form, of its look-alikes and of what stands around them.
MARKER_ALPHABET = ("一二三十五九第章节条部分篇编上中下（）()〔〕.．、是要点件个次阶段项，,：:；。 \t\u3000\n"
                   "1２9０Ab z①⑳⑴㈡§—－─●首先其次再然后接下来着最後场景例题x")


def _spans(pattern: re.Pattern[str], text: str, start: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=MARKER_ALPHABET, max_size=40), st.integers(0, 3))
def test_factored_pattern_finds_the_same_candidates(text: str, start: int) -> None:
    plain = re.compile(_rule_regexes()["start"])
    assert _spans(candidate_pattern(), text, start) == _spans(plain, text, start)


@pytest.mark.parametrize("pattern", [r"ab|ac|[a-c]{1,3}d|x?y*z", r"(?:一|二)+是|[0-9]{1,2}(?=\.)|(?:第)?\s*[一二]条",
                                     r"a", r"[ab]|(?<=a)b"])
def test_factored_matches_plain_on_small_patterns(pattern: str) -> None:
    alphabet = "ab cdxyz一二是第条0.\n"
    texts = ["".join(alphabet[(k * 7 + i * 3) % len(alphabet)] for i in range(k % 13)) for k in range(300)]
    plain, fast = re.compile(pattern), factored(pattern)
    for text in texts:
        assert _spans(fast, text) == _spans(plain, text), text


def test_the_factored_scan_falls_back_to_the_plain_pattern(monkeypatch) -> None:
    import re

    from orgdoc import grammar

    plain = grammar._rule_regexes()["start"]
    for broken in (lambda pattern: 1 / 0, lambda pattern: re.compile("(?!)")):  # raises; finds nothing
        monkeypatch.setattr(grammar, "factored", broken)
        grammar.candidate_pattern.cache_clear()
        try:
            assert grammar.candidate_pattern().pattern == plain
            assert grammar.candidate_pattern().search("一、总体要求") is not None
        finally:
            grammar.candidate_pattern.cache_clear()


def test_every_form_opens_with_a_character_so_the_scan_is_factored() -> None:
    """A form opening with a look-behind (or anything but a character) leaves the scan unfactored, the
    plain alternation tried at every character: 40 times slower, with the same matches."""
    from orgdoc import grammar

    alternatives = grammar._leading(list(grammar.sre_parse.parse(grammar._rule_regexes()["start"]).data))
    assert all(a and grammar._chars(a[0]) for a in alternatives)


def test_the_probe_finds_every_form_the_factored_scan_finds() -> None:
    from orgdoc import grammar

    fast = grammar.factored(grammar._rule_regexes()["start"])
    assert len(list(fast.finditer(grammar._PROBE))) > 30  # the probe exercises the scan, not a few forms
