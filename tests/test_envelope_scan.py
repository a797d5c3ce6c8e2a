"""The envelope's shortcuts never change an answer: the many-line passes (orgdoc/envelope/scan.py) find
every line the per-line rule would, and a contents entry is compared with the first one without
normalizing it only where the answer is already known (contents._may_repeat).

Property tests over lines made of the characters the furniture, table, back-matter and related-articles
patterns look for (cue words, digits, dates, colons, brackets, spaces), so that matches are frequent:
a guarded pattern matches a line exactly when the pattern does, at the same start; a pass over joined
lines hits every line the pattern matches alone; the lines opening a certain way include every line
an anchored pattern matches.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgdoc.envelope import backmatter, contents, official, tables, tail
from orgdoc.envelope import furniture as fu
from orgdoc.envelope.lines import Line
from orgdoc.envelope.scan import hit_lines, line_scan, opening_lines
from orgdoc.patterns import guarded, opening_class

PATTERNS = [p for _, strong, short in fu._FURNITURE for p in (strong, short) if p is not None]
PATTERNS += [fu._ADVERT_STRONG_RE, fu._ADVERT_ANY_RE]
ANCHORED = [tables._CAPTION_RE, official._ATTACHMENT_RE, backmatter._SECTION_RE, fu.RELATED_RE,
            *(cue for _, cue in backmatter._CUES)]

# Pieces of the cue words and shapes, so that generated lines often (nearly) match.
PIECES = ["2024", "-", "/", ".", ":", "：", " ", "\u3000", "年", "月", "日", "12", "来源", "发布", "时间",
          "作者", "下载", "文档", "版权", "所有", "声明", "侵权", "本站", "删除", "扫码", "公众号", "会员",
          "资料", "免费", "立即", "开通", "查看", "更多", ">>", "→", "【", "】", "[", "]", "打印", "关闭",
          "http://", "www.", "a@b.cn", "@", "第", "页", "共", "－", "首页", "|", ">", "相关文章", "推荐阅读",
          "（", "）", "完", "end", "专栏", "表", "附件", "附", "件", "注释", "注", "参考文献", "本作品",
          "一、", "（一）", "第一章", "小编", "整理", "简介", "word", "。", "，", "讲话", "同志们"]
# Whole lines of each shape (written for this test), to be cut and padded with pieces.
EXAMPLES = ["2020-11-03 14:40:40 作者:会员上传", "来源：某某网 发布时间：2024-01-05", "简介:小编为你整理了这篇《讲话》",
            "下载《讲话》word格式文档", "免责声明：本站内容来自网络", "扫码加入会员群，免费领取资料", "立即开通会员",
            "字号：大 中 小", "【打印】 【关闭】", "上一篇：关于某某的通知", "联系我们 a.b@example.cn",
            "第 3 页 共 9 页", "- 3 -", "当前位置：首页 > 通知公告", "首页 | 政务公开 | 互动交流 | 办事服务",
            "网站首页 新闻中心 政务公开", "相关文章：", "责任编辑：某某", "（完）", "专栏3  重点工程", "表1：指标",
            "附件1", "附件：1.名单", "一、总体要求", "（一）工作目标", "第一章 总则", "名词解释：", "注：1.数据",
            "参考文献", "本作品属于公有领域", "Public domain"]
PIECE_RUN = st.lists(st.sampled_from(PIECES), max_size=4).map("".join)
SHAPED = st.tuples(PIECE_RUN, st.sampled_from(EXAMPLES), PIECE_RUN, st.booleans()).map(
    lambda t: t[1] + t[2] if t[3] else t[0] + t[1] + t[2])
LINE = st.one_of(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join), SHAPED) \
    .map(str.strip).filter(bool)


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
@settings(max_examples=150, deadline=None)
@given(line=LINE)
def test_guarded_matches_where_the_pattern_does(pattern: re.Pattern[str], line: str) -> None:
    found, fast = pattern.search(line), guarded(pattern).search(line)
    assert (found is None) == (fast is None)
    assert found is None or fast is None or found.start() == fast.start()


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(LINE, min_size=1, max_size=12))
def test_joined_pass_hits_every_matching_line(lines: list[str]) -> None:
    for pattern in PATTERNS + ANCHORED:
        hits = set(hit_lines(lines, (line_scan(pattern),)))
        assert {k for k, s in enumerate(lines) if pattern.search(s)} <= hits


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(LINE, min_size=1, max_size=12))
def test_mid_body_passes_hit_every_line_a_pattern_labels(lines: list[str]) -> None:
    strong = [p for _, p, _ in fu._FURNITURE if p is not None]
    hits = set(hit_lines(lines, fu._MID_ANY_LINE))
    assert {k for k, s in enumerate(lines) if any(p.search(s) for p in strong)} <= hits


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(st.one_of(LINE, st.just("")), min_size=1, max_size=12))
def test_opening_lines_include_every_match(lines: list[str]) -> None:
    firsts = "".join(s[:1] or " " for s in lines)
    for pattern in ANCHORED:
        found = set(opening_lines(firsts, opening_class(pattern), 0, len(lines)))
        assert {k for k, s in enumerate(lines) if pattern.match(s)} <= found


def test_an_unanchored_pattern_has_no_opening_class() -> None:
    with pytest.raises(ValueError):
        opening_class(re.compile("下载"))


def test_related_heading_found_after_a_start() -> None:
    lines = [Line(0, 4, "相关文章"), Line(5, 9, "推荐阅读")]
    firsts = "相推"
    assert tail.find_related(lines, firsts, 0) == 0
    assert tail.find_related(lines, firsts, 1) == 1


ENTRY = st.text(alphabet="第一二三章节篇总则发展基础中國（）(). ·…１2\u3000\u0301\uf900\u2f00ＡA", max_size=12)


@settings(max_examples=500, deadline=None)
@given(entry=ENTRY, first=ENTRY)
def test_an_entry_ruled_out_is_no_repeat(entry: str, first: str) -> None:
    first_key, key = contents._key(first), contents._key(entry)
    if not contents._may_repeat(entry, first_key):
        assert not (key and (first_key.startswith(key) or key.startswith(first_key)))
