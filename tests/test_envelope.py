"""The envelope: title block, salutation, closing and web furniture around the outline.

The table cases are invented examples written in the general shapes seen in speeches copied from the
web (a title repeated with a stray digit, a title split over two lines, a teaser line, a membership
advert before the title, upload stamps, download and copyright notices, related-article lists); none
is taken from the seeds. The seed tests compare titles with the hand-made gold outlines.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgdoc.envelope import Envelope, find_envelope
from orgdoc.models import RegionKind

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLD = Path("/work/shared/eval/gold")

# Invented body paragraphs.
P1 = ("今年以来，全县上下紧紧围绕年初确定的目标任务，坚持稳中求进工作总基调，扎实推进各项重点工作，"
      "经济社会保持平稳健康发展态势，群众获得感幸福感安全感不断增强。")
P2 = ("各乡镇、各部门要切实把思想和行动统一到县委的部署要求上来，主要负责同志要亲自抓、负总责，"
      "分管同志要具体抓、抓具体，确保各项任务按时保质完成。")
P3 = "要坚持问题导向，聚焦群众反映强烈的突出问题，拿出务实管用的举措，一件一件抓落实，一项一项见成效。"
SECTIONS = f"一、提高思想认识\n{P2}\n二、突出工作重点\n{P3}\n三、强化组织保障\n{P1}"


def norm(s: str | None) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", s or "") if unicodedata.category(ch)[0] in "LN")


def region_texts(text: str, env: Envelope, kind: RegionKind) -> list[str]:
    return [text[r.span[0]:r.span[1]] for r in env.regions if r.kind is kind]


def body_text(text: str, env: Envelope) -> str:
    return text[env.body[0]:env.body[1]]


_INSIDE_BODY = (RegionKind.BOILERPLATE, RegionKind.TABLE, RegionKind.CONTENTS, RegionKind.BACK_MATTER)


def assert_covers(text: str, env: Envelope) -> None:
    """Regions and body cover the text; gaps are whitespace; only BOILERPLATE, TABLE, CONTENTS (after
    a preface) and BACK_MATTER (the list of attachments appended after the signature) lie inside the body."""
    start, end = env.body
    assert 0 <= start <= end <= len(text)
    spans = [r.span for r in env.regions]
    assert spans == sorted(spans), "regions in text order"
    for (a, b), (c, d) in itertools.pairwise(spans):
        assert b <= c, f"regions overlap: {(a, b)} {(c, d)}"
    pieces = [(start, end)]
    for region in env.regions:
        s, e = region.span
        assert 0 <= s < e <= len(text), region
        if s < end and e > start:  # touches the body
            assert region.kind in _INSIDE_BODY and start <= s and e <= end, region
        else:
            pieces.append((s, e))
    pos = 0
    for s, e in sorted(pieces):
        assert s >= pos or s == e, f"overlap at {s}"
        assert not text[pos:s].strip(), f"uncovered text {text[pos:s]!r}"
        pos = max(pos, e)
    assert not text[pos:].strip(), f"uncovered text {text[pos:]!r}"


# ---------------------------------------------------------------- titles

TITLE_CASES = [
    pytest.param(f"在全县安全生产工作会议上的讲话\n同志们：\n{P1}\n{SECTIONS}",
                 "在全县安全生产工作会议上的讲话", id="plain"),
    pytest.param(f"在全县乡村振兴推进会上的讲话2\n在全县乡村振兴推进会上的讲话\n同志们：\n{P1}\n{SECTIONS}",
                 "在全县乡村振兴推进会上的讲话", id="repeated-with-stray-digit"),
    pytest.param(f"在全县乡村振兴推进会上的讲话\n在全县乡村振兴推进会上的讲话\n{P1}\n{SECTIONS}",
                 "在全县乡村振兴推进会上的讲话", id="repeated-exactly"),
    pytest.param(f"坚持生态优先绿色发展\n\n奋力建设美丽宜居新家园\n\n同志们：\n\n{P1}\n\n{SECTIONS}",
                 "坚持生态优先绿色发展奋力建设美丽宜居新家园", id="split-over-two-lines"),  # CJK break: no space
    pytest.param("关于进一步加强农村人居环境整治工作的\n实施意见\n" + f"{P2}\n{SECTIONS}",
                 "关于进一步加强农村人居环境整治工作的实施意见", id="split-ending-in-genre"),
    pytest.param("县委书记专题党课：守牢安全底线 护航高质量发展\n\n2023-05-12 09:20:11 来源：会员上传\n\n"
                 "简介：某某范文网小编为您整理了这篇《县委书记专题党课：守牢安全底线 护航高质量发展》。\n\n"
                 f"县委书记专题党课：守牢安全底线\n\n护航高质量发展\n\n同志们：\n\n{P1}\n\n{SECTIONS}",
                 "县委书记专题党课：守牢安全底线 护航高质量发展", id="whole-then-split-after-furniture"),
    pytest.param("区教育局局长专题研讨发言：办好人民满意的教育今年以来，我们认真学习上级精神，"
                 "结合工作实际谈三点体会。一、提高思想认识各乡镇、各部门要切实...\n"
                 f"今年以来，我们认真学习上级精神，结合工作实际谈三点体会。\n{SECTIONS}",
                 "区教育局局长专题研讨发言：办好人民满意的教育", id="teaser"),
    pytest.param(f"资料仅供学习参考\n禁止外传\n精品文库\n扫码加入会员交流群\n【会员福利】\n\n\n"
                 f"在全区招商引资工作推进会上的讲话\n同志们：\n{P1}\n{SECTIONS}",
                 "在全区招商引资工作推进会上的讲话", id="after-advert-block"),
    pytest.param(f"{P1}\n{P2}\n{SECTIONS}", None, id="no-title"),
    pytest.param(f"{SECTIONS}", None, id="opens-with-section"),
    pytest.param(f"要在学中悟，夯实思想根基\n{P1}\n{SECTIONS}", "要在学中悟，夯实思想根基", id="short-first-line"),
    pytest.param("凝心聚力 真抓实干 奋力开创全县工作新局面\n——在县委十五届六次全会上的讲话\n县委书记  王某某\n"
                 f"（2024年1月8日）\n同志们：\n{P1}\n{SECTIONS}",
                 "凝心聚力 真抓实干 奋力开创全县工作新局面", id="with-subtitle-and-byline"),
    pytest.param(f"领导讲话\n在全区招商引资工作推进会上的讲话\n同志们：\n{P1}\n{SECTIONS}",
                 "在全区招商引资工作推进会上的讲话", id="after-site-category-label"),
    pytest.param(f"关于开展2024年度安全生产大检查的通知\n各乡镇人民政府，县直各部门：\n{P2}\n{SECTIONS}",
                 "关于开展2024年度安全生产大检查的通知", id="notice-with-addressees"),
    # letter-spaced titles (Word's spread-out heading) are words of one character: never a menu row
    pytest.param(f"政 府 工 作 报 告\n\n各位代表：\n{P1}\n{SECTIONS}", "政 府 工 作 报 告", id="letter-spaced"),
    pytest.param(f"年轻干部成长的三个关键\n原创 某某 2025-05-01\n{P1}\n{SECTIONS}", "年轻干部成长的三个关键",
                 id="wechat-stamp-under-title"),
    pytest.param(f"关 于 做 好 2024 年 度 防 汛 工 作 的 通 知\n各乡镇人民政府：\n{P2}\n{SECTIONS}",
                 "关 于 做 好 2024 年 度 防 汛 工 作 的 通 知", id="letter-spaced-with-digits"),
]


@pytest.mark.parametrize(("text", "title"), TITLE_CASES)
def test_title(text: str, title: str | None) -> None:
    env = find_envelope(text)
    assert env.title == title
    assert_covers(text, env)
    first_section = re.search("^一、提高思想认识", text, re.MULTILINE)
    assert first_section and env.body[0] <= first_section.start() < env.body[1]


def test_teaser_keeps_repeated_opening_out_of_title_and_body() -> None:
    text = TITLE_CASES[6].values[0]
    env = find_envelope(text)
    assert region_texts(text, env, RegionKind.BOILERPLATE)[0].endswith("...")
    assert body_text(text, env).startswith("今年以来，我们认真学习上级精神")


def test_stray_copy_of_title_is_boilerplate() -> None:
    text = TITLE_CASES[1].values[0]
    env = find_envelope(text)
    labels = [(r.kind, r.label) for r in env.regions]
    assert labels[:2] == [(RegionKind.BOILERPLATE, "repeated title"), (RegionKind.TITLE, None)]


def test_stray_copy_on_the_second_line() -> None:
    text = f"在全县乡村振兴推进会上的讲话\n在全县乡村振兴推进会上的讲话3\n同志们：\n{P1}"
    env = find_envelope(text)
    assert env.title == "在全县乡村振兴推进会上的讲话"
    assert [(r.kind, r.label) for r in env.regions][:2] == [
        (RegionKind.TITLE, None), (RegionKind.BOILERPLATE, "repeated title")]


def test_teaser_without_a_title_part() -> None:
    opening = "今年以来，我们认真学习上级精神，结合工作实际，扎实推进各项工作。"
    long_lead = "全县上下团结一心、攻坚克难，推动经济社会发展取得新成效，各项事业全面进步。"
    text = f"{long_lead}{opening[:30]}...\n{opening}\n{SECTIONS}"
    env = find_envelope(text)
    assert env.title is None
    (teaser,) = [r for r in env.regions if r.kind is RegionKind.BOILERPLATE]
    assert (teaser.label, teaser.span[0]) == ("teaser", 0)
    assert body_text(text, env).startswith(opening)
    assert_covers(text, env)


def test_paragraphs_sharing_a_stock_opening_are_not_a_teaser() -> None:
    stock = "深入学习贯彻党的创新理论，"
    first = f"我们要{stock}把学习成果转化为推动发展的实际成效，切实增强工作的系统性、整体性、协同性，" + P1
    text = f"{first}\n{stock}要坚持学以致用，推动各项工作落地见效。\n{SECTIONS}"
    env = find_envelope(text)
    assert env.title is None and env.regions == ()
    assert env.body == (0, len(text))


def test_subtitle_byline_and_date() -> None:
    text = TITLE_CASES[11].values[0]
    env = find_envelope(text)
    assert env.subtitle == "在县委十五届六次全会上的讲话"
    assert (env.occasion, env.genre, env.date) == ("县委十五届六次全会", "讲话", "2024-01-08")
    assert env.speaker == "县委书记 王某某"
    assert region_texts(text, env, RegionKind.BYLINE) == ["县委书记  王某某", "（2024年1月8日）"]


BYLINE_CASES = [
    pytest.param("（根据录音整理）", None, id="editor-note"),
    pytest.param("作者：王某", "王某", id="author"),
    pytest.param("主讲人：刘某某", "刘某某", id="lecturer"),
    pytest.param("市委副书记 陈某", "市委副书记 陈某", id="post-and-name"),
]


@pytest.mark.parametrize(("byline", "speaker"), BYLINE_CASES)
def test_byline(byline: str, speaker: str | None) -> None:
    text = f"以党建引领基层治理的几点思考\n{byline}\n{P1}\n{SECTIONS}"
    env = find_envelope(text)
    assert region_texts(text, env, RegionKind.BYLINE) == [byline]
    assert (env.speaker, env.subtitle) == (speaker, None)


def test_occasion_from_a_subtitle_without_genre() -> None:
    text = ("政府工作报告\n——2024年1月10日在某某县第十八届人民代表大会第四次会议上\n县长  赵某某\n各位代表：\n"
            f"{P1}\n{SECTIONS}\n各位代表！让我们奋勇争先，再创佳绩！")
    env = find_envelope(text)
    assert (env.genre, env.occasion, env.speaker, env.date) == (
        "报告", "某某县第十八届人民代表大会第四次会议", "县长 赵某某", "2024-01-10")
    assert region_texts(text, env, RegionKind.CLOSING) == ["各位代表！让我们奋勇争先，再创佳绩！"]


def test_bare_name_byline() -> None:
    text = f"在全镇防汛工作会议上的讲话\n李  明\n同志们：\n{P1}"
    env = find_envelope(text)
    assert env.speaker == "李 明"
    assert region_texts(text, env, RegionKind.BYLINE) == ["李  明"]


# ---------------------------------------------------------------- speaker, occasion, genre

FACT_CASES = [
    pytest.param("县长在全县春耕生产工作会议上的讲话", "县长", "全县春耕生产工作会议", "讲话", id="speaker-at-meeting"),
    pytest.param("在全市优化营商环境大会上的讲话", None, "全市优化营商环境大会", "讲话", id="no-speaker"),
    pytest.param("王某某同志在市委理论学习中心组集体学习时的研讨发言", "王某某同志",
                 "市委理论学习中心组集体学习", "研讨发言", id="study-session"),
    pytest.param("局党组书记在庆祝建党节大会上的党课", "局党组书记", "庆祝建党节大会", "党课", id="party-lesson"),
    pytest.param("在全区教育系统年度表彰会上的致辞", None, "全区教育系统年度表彰会", "致辞", id="address"),
    pytest.param("在主题教育动员部署会上的主持词", None, "主题教育动员部署会", "主持词", id="host-script"),
    pytest.param("副县长在全县秋冬季森林防火工作会议上的讲话（摘要）", "副县长",
                 "全县秋冬季森林防火工作会议", "讲话", id="with-abridged-note"),
    pytest.param("区委副书记专题党课：以学促干 担当作为", "区委副书记", None, "党课", id="themed-party-lesson"),
    pytest.param("县纪委副书记专题研讨材料：筑牢拒腐防变思想防线", "县纪委副书记", None, "研讨材料",
                 id="themed-study-material"),
    pytest.param("2022年机关干部专题党课：传承红色基因", None, None, "党课", id="themed-no-speaker"),
    pytest.param("2023年乡镇党委书记抓基层党建述职报告", None, None, "报告", id="report"),
    pytest.param("关于在全县开展文明村镇创建活动的通知", None, None, "通知", id="notice-not-spoken"),
    pytest.param("全面推进乡村振兴的几点思考", None, None, None, id="no-genre"),
]


@pytest.mark.parametrize(("title", "speaker", "occasion", "genre"), FACT_CASES)
def test_title_facts(title: str, speaker: str | None, occasion: str | None, genre: str | None) -> None:
    env = find_envelope(f"{title}\n同志们：\n{P1}\n{SECTIONS}")
    assert env.title == title
    assert (env.speaker, env.occasion, env.genre) == (speaker, occasion, genre)


def test_themed_title_gives_subtitle() -> None:
    env = find_envelope(f"区委副书记专题党课：以学促干 担当作为\n{P1}")
    assert env.subtitle == "以学促干 担当作为"


DATE_CASES = [
    pytest.param("在全县经济工作会议上的讲话\n（2024年2月20日）", "2024-02-20", id="byline-in-brackets"),
    pytest.param("在全县经济工作会议上的讲话\n二〇二三年十二月五日", "2023-12-05", id="chinese-numerals"),
    pytest.param("在全县经济工作会议上的讲话\n（2023年11月）", "2023-11", id="month-only"),
    pytest.param("在全县经济工作会议上的讲话\n2024.3.8", "2024-03-08", id="dotted"),
    pytest.param("在2022年全市统战工作会议上的讲话", "2022", id="year-in-title"),
    pytest.param("在全县经济工作会议上的讲话\n2021-06-01 08:30:00 来源：会员上传", None, id="upload-stamp-ignored"),
    pytest.param("在全县经济工作会议上的讲话", None, id="none"),
    pytest.param("某某县人居环境整治提升实施方案\n（2023—2025年）", None, id="year-range-is-no-date"),
    pytest.param("2023—2024年度冬春防火工作方案", None, id="range-in-title"),
]


@pytest.mark.parametrize(("head", "date"), DATE_CASES)
def test_date(head: str, date: str | None) -> None:
    env = find_envelope(f"{head}\n同志们：\n{P1}")
    assert env.date == date


# ---------------------------------------------------------------- official documents and bylines
# Invented notices and plans in the shape they are issued in: a red header and a document number above
# the title, a title split over lines or carrying a bracketed period, a signature block at the end.

NOTICE_BODY = f"各乡镇人民政府，县直各单位：\n{P2}\n{SECTIONS}"

RED_HEADER_CASES = [
    pytest.param("某某县人民政府办公室文件\n某政办发〔2023〕21号\n\n", id="header-ending-in-文件"),
    pytest.param("中共某某县委办公室\n某办发[2023]7号\n", id="office-over-number"),
    pytest.param("国务院办公厅文件\n国办发〔2023〕5号\n", id="central-body"),
    pytest.param("工业和信息化部文件\n工信部规〔2023〕2号\n", id="ministry"),
    pytest.param("某某县人民政府文件\n\n某政发（2022）第9号  签发人：刘某某\n\n", id="number-with-signer"),
]


@pytest.mark.parametrize("header", RED_HEADER_CASES)
def test_red_header_and_document_number_are_bylines(header: str) -> None:
    text = f"{header}某某县人民政府关于做好\n冬春农田水利建设工作的通知\n{NOTICE_BODY}"
    env = find_envelope(text)
    assert env.title == "某某县人民政府关于做好冬春农田水利建设工作的通知"
    assert [r.label for r in env.regions if r.kind is RegionKind.BYLINE] == ["red header", "document number"]
    assert (env.speaker, env.genre) == (None, "通知")
    assert body_text(text, env).startswith(P2)
    assert_covers(text, env)


MARKS_ABOVE_TITLE = [
    pytest.param("特急\n", ["document mark"], id="urgency"),
    pytest.param("000236\n机密★1年\n特急\n某某县人民政府文件\n", ["document mark"] * 3 + ["red header"],
                 id="copy-number-classification-urgency-header"),
    pytest.param("附件2\n\n", ["attachment label"], id="attachment-filed-alone"),
    pytest.param("附件：\n", ["attachment label"], id="attachment-with-colon"),
]


@pytest.mark.parametrize(("above", "labels"), MARKS_ABOVE_TITLE)
def test_marks_above_the_title_are_bylines(above: str, labels: list[str]) -> None:
    title = "某某县农村供水保障三年行动方案"
    text = f"{above}{title}\n\n为进一步提高保障水平，结合本县实际，制定本方案。\n{SECTIONS}"
    env = find_envelope(text)
    assert env.title == title
    assert [r.label for r in env.regions if r.kind is RegionKind.BYLINE] == labels
    assert_covers(text, env)


# A bulletin's masthead (its name ending in 简报/动态/情况通报, the issue 第N期, the issuing unit and
# the date) is the byline: the one article under it gives the title. An issue that lists its
# articles (本期要目) or carries several keeps the masthead's name as its title.
ARTICLE = f"某某县扎实开展燃气安全专项整治\n{P1}\n{SECTIONS}"
STORIES = (f"某某镇大力发展特色水果种植产业\n{P1}\n某某乡扎实推进高标准农田建设工作\n{P2}\n"
           f"某某村积极探索土地托管服务新模式\n{P3}")
# a bulletin's headlines set after the place they report from (东湖县：…)
PLACED_STORIES = (f"东湖县：“党建+合作社”带富一方百姓\n{P1}\n西山区：“三个聚焦”推动产业提质增效\n{P2}\n"
                  f"南岭镇：农村人居环境整治见成效\n{P3}\n")
MASTHEAD_CASES = [
    pytest.param("安全生产工作动态\n第6期\n某某县安全生产委员会办公室\t2024年4月12日\n" + ARTICLE,
                 "某某县扎实开展燃气安全专项整治", "安全生产工作动态\n第6期\n某某县安全生产委员会办公室\t2024年4月12日",
                 "2024-04-12", id="name-issue-unit-and-date"),
    pytest.param("市场监管情况通报\n2024年第2期\n某某市市场监督管理局\n2024年3月8日\n\n关于2023年度食品抽检情况的通报\n"
                 f"各县（市、区）市场监管局：\n{P2}\n{SECTIONS}", "关于2023年度食品抽检情况的通报",
                 "市场监管情况通报\n2024年第2期\n某某市市场监督管理局\n2024年3月8日", "2024-03-08",
                 id="year-issue-unit-and-date-on-lines-of-their-own"),
    pytest.param("教育工作简报\n（内部资料）\n第3期（总第45期）\n某某市教育局办公室编    2024年5月20日\n━━━━━━━━━━\n"
                 + ARTICLE, "某某县扎实开展燃气安全专项整治",
                 "教育工作简报\n（内部资料）\n第3期（总第45期）\n某某市教育局办公室编    2024年5月20日\n━━━━━━━━━━",
                 "2024-05-20", id="note-running-issue-number-and-rule"),
    pytest.param("农业农村工作简报\n第9期    某某县农业农村局    2024年6月3日\n" + ARTICLE, "某某县扎实开展燃气安全专项整治",
                 "农业农村工作简报\n第9期    某某县农业农村局    2024年6月3日", "2024-06-03", id="issue-unit-and-date-on-one-line"),
    pytest.param("农业农村工作简报\n第9期\n某某县农业农村局    2024年6月3日\n本期要目\n某某镇大力发展特色水果种植产业\n"
                 "某某乡扎实推进高标准农田建设工作\n" + STORIES, "农业农村工作简报", "第9期\n某某县农业农村局    2024年6月3日",
                 "2024-06-03", id="a-list-of-the-articles-keeps-the-masthead-title"),
    pytest.param("农业农村工作简报\n第9期\n某某县农业农村局    2024年6月3日\n" + STORIES, "农业农村工作简报",
                 "第9期\n某某县农业农村局    2024年6月3日", "2024-06-03", id="several-articles-keep-the-masthead-title"),
    pytest.param("农业农村工作简报\n第9期\n某某县农业农村局    2024年6月3日\n" + PLACED_STORIES, "农业农村工作简报",
                 "第9期\n某某县农业农村局    2024年6月3日", "2024-06-03", id="headlines-after-a-place-and-a-colon"),
    pytest.param("农业农村工作简报\n第9期\n" + ARTICLE, "农业农村工作简报", None, None, id="no-date-no-masthead"),
    pytest.param("教育工作简报\n第3期\n某某市教育局办公室编    2024年5月20日\n某某县扎实开展燃气安全专项整治\n为做好今年的燃气安全"
                 "工作，全县各乡镇各部门要进一步提高认识，\n切实加强组织领导和统筹协调\n各地要逐项抓好落实。确保不留死角。\n二、\n"
                 "　　压实各方安全责任到人到岗\n各部门要切实履行监管职责，做到守土有责。全面排查。\n", "某某县扎实开展燃气安全专项整治",
                 "教育工作简报\n第3期\n某某市教育局办公室编    2024年5月20日", "2024-05-20",
                 id="wrapped-lines-and-a-cut-heading-are-no-second-article"),
    pytest.param("某某市人民政府公报\n2024年第3期（总第219期）\n" + ARTICLE, "某某县扎实开展燃气安全专项整治",
                 "某某市人民政府公报\n2024年第3期（总第219期）", None, id="a-gazette-dated-by-its-year-issue"),
    pytest.param("关于2023年度安全生产工作情况通报\n第一期\n某某县应急管理局\n2024年1月5日\n" + SECTIONS,
                 "关于2023年度安全生产工作情况通报", None, "2024-01-05", id="a-notice-titled-about-is-no-masthead"),
]


@pytest.mark.parametrize(("text", "title", "masthead", "date"), MASTHEAD_CASES)
def test_bulletin_masthead_is_a_byline(text: str, title: str, masthead: str | None, date: str | None) -> None:
    env = find_envelope(text)
    bylines = [text[a:b] for a, b in (r.span for r in env.regions if r.label == "masthead")]
    assert (env.title, bylines, env.date) == (title, [masthead] if masthead else [], date)
    assert_covers(text, env)


TITLE_NOTE_CASES = [
    pytest.param("某某县农村供水保障三年行动方案\n（2023—2025年）", "某某县农村供水保障三年行动方案（2023—2025年）",
                 id="period"),
    pytest.param("某某市城市书房管理办法\n（试行）", "某某市城市书房管理办法（试行）", id="trial"),
]


@pytest.mark.parametrize(("head", "title"), TITLE_NOTE_CASES)
def test_bracketed_note_under_title_belongs_to_it(head: str, title: str) -> None:
    text = f"{head}\n\n为进一步提高保障水平，结合本县实际，制定本方案。\n{SECTIONS}"
    env = find_envelope(text)
    assert (env.title, env.date) == (title, None)
    assert not [r for r in env.regions if r.kind is RegionKind.BYLINE]
    assert_covers(text, env)


SIGNATURE_CASES = [
    pytest.param("某某县应急管理局\n2023年11月6日", "2023-11-06", id="office-and-date"),
    pytest.param("中共某某县委办公室\n某某县人民政府办公室\n2022年12月30日\n（此件公开发布）", "2022-12-30",
                 id="two-offices-and-publication-note"),
    pytest.param("某某镇党委\n\n二〇二三年五月八日", "2023-05-08", id="chinese-numerals"),
]


@pytest.mark.parametrize(("signature", "date"), SIGNATURE_CASES)
def test_signature_block_at_the_end(signature: str, date: str) -> None:
    text = f"关于开展2023年度森林防火检查的通知\n{NOTICE_BODY}\n\n{signature}\n"
    env = find_envelope(text)
    assert env.date == date  # the full date of issue, not the year in the title
    assert region_texts(text, env, RegionKind.BYLINE) == [signature]
    assert body_text(text, env).endswith(P1)
    assert_covers(text, env)


def test_signature_before_attachments_gives_the_date_only() -> None:
    attachment = "附件1\n某某县防火检查人员名单\n张某某  县应急管理局\n李某某  县林业局"
    text = f"关于开展2023年度森林防火检查的通知\n{NOTICE_BODY}\n某某县应急管理局\n2023年11月6日\n\n{attachment}"
    env = find_envelope(text)
    assert env.date == "2023-11-06"
    assert not [r for r in env.regions if r.kind is RegionKind.BYLINE]
    assert body_text(text, env).endswith("县林业局")
    assert_covers(text, env)


LISTED_ATTACHMENTS = [  # the list above a signature that the attachments themselves follow
    pytest.param("附件：1.检查人员名单\n2.检查工作底稿", id="items-on-lines"),
    pytest.param("附件：1.检查人员名单\n      2.检查工作底稿\n      3.检查情况汇总表", id="indented-items"),
    pytest.param("附件：\n1.检查人员名单\n2.检查工作底稿", id="cue-alone"),
]


@pytest.mark.parametrize("listed", LISTED_ATTACHMENTS)
def test_attachment_list_above_a_signature_the_attachments_follow(listed: str) -> None:
    attachment = "附件1\n检查人员名单\n张某某  县应急管理局\n李某某  县林业局\n附件2\n检查工作底稿\n检查时间　检查地点　检查人员"
    text = (f"关于开展2023年度森林防火检查的通知\n{NOTICE_BODY}\n四、检查要求\n1.各单位要认真自查。\n"
            f"2.各单位要按时报送。\n{listed}\n某某县应急管理局\n2023年11月6日\n\n{attachment}")
    env = find_envelope(text)
    assert region_texts(text, env, RegionKind.BACK_MATTER) == [listed]
    assert env.date == "2023-11-06"
    assert_covers(text, env)
    outline = outline_text(orgdoc.parse(text))
    assert "检查工作底稿" not in outline and "检查人员名单" not in outline, outline


def test_dated_line_in_the_body_is_no_signature() -> None:
    text = f"在全县经济工作会议上的讲话\n同志们：\n{P1}\n{SECTIONS}\n要坚持问题导向\n2023年11月6日"
    env = find_envelope(text)
    assert env.date is None and not [r for r in env.regions if r.kind is RegionKind.BYLINE]


BYLINE_AFTER_SUBTITLE = [
    pytest.param("镇党委书记  赵XX", "镇党委书记 赵XX", id="post-and-placeholder-name"),
    pytest.param("区长 钱某", "区长 钱某", id="post-and-name"),
    pytest.param("主讲人：孙X", "孙X", id="labelled"),
]


@pytest.mark.parametrize(("byline", "speaker"), BYLINE_AFTER_SUBTITLE)
def test_bylines_after_a_subtitle(byline: str, speaker: str) -> None:
    text = (f"守牢底线 护航发展\n——在全镇安全生产推进会上的讲话\n{byline}\n（2023年9月12日）\n\n同志们：\n"
            f"{P1}\n{SECTIONS}")
    env = find_envelope(text)
    assert (env.speaker, env.date, env.subtitle) == (speaker, "2023-09-12", "在全镇安全生产推进会上的讲话")
    assert region_texts(text, env, RegionKind.BYLINE) == [byline, "（2023年9月12日）"]
    assert body_text(text, env).startswith(P1)


def test_post_and_name_under_a_title_is_a_byline_not_a_subtitle() -> None:
    text = f"在全镇秋粮收购工作会议上的讲话\n副镇长  周XX\n同志们：\n{P1}\n{SECTIONS}"
    env = find_envelope(text)
    assert (env.subtitle, env.speaker) == (None, "副镇长 周XX")
    assert region_texts(text, env, RegionKind.BYLINE) == ["副镇长  周XX"]


def test_office_under_a_title_is_a_byline() -> None:
    text = f"关于全县民宿产业发展情况的调研报告\n县政协经济委课题组\n\n{P1}\n{SECTIONS}"
    env = find_envelope(text)
    assert region_texts(text, env, RegionKind.BYLINE) == ["县政协经济委课题组"]
    assert body_text(text, env).startswith(P1)


SPLIT_TITLE_CASES = [
    pytest.param("某某县农业农村局关于印发\n2023年春季植树造林实施方案的通知",
                 "某某县农业农村局关于印发2023年春季植树造林实施方案的通知", id="cjk-break-no-space"),
    pytest.param("中共某某县委宣传部\n关于开展理论宣讲进基层活动的通知",
                 "中共某某县委宣传部关于开展理论宣讲进基层活动的通知", id="issuer-then-关于"),
    pytest.param("勇于担当  善于作为\n奋力谱写全镇高质量发展新篇章",
                 "勇于担当  善于作为 奋力谱写全镇高质量发展新篇章", id="spaced-phrases-keep-a-space"),
    pytest.param("关于进一步规范村级小微权力运行的\n\n实施意见", "关于进一步规范村级小微权力运行的实施意见",
                 id="blank-but-runs-on"),
    pytest.param("砥砺奋进 勇毅前行\n\n在全镇经济工作会议上的讲话", "砥砺奋进 勇毅前行 在全镇经济工作会议上的讲话",
                 id="blank-after-spaced-slogan"),
    pytest.param("某某县人民政府办公室关于\n进一步规范农村集体资产\n管理的实施意见",
                 "某某县人民政府办公室关于进一步规范农村集体资产管理的实施意见", id="three-lines"),
    pytest.param("某某县农村集体资产管理\n工作推进会议\n实施方案", "某某县农村集体资产管理工作推进会议实施方案",
                 id="three-lines-middle-without-connective"),
    pytest.param("在全县农村集体资产清查工作会议上的\n讲话", "在全县农村集体资产清查工作会议上的讲话",
                 id="genre-word-alone-on-the-last-line"),
    pytest.param("中共某某县委办公室\n某某县人民政府办公室\n关于进一步规范农村集体资产管理的实施意见",
                 "中共某某县委办公室某某县人民政府办公室关于进一步规范农村集体资产管理的实施意见",
                 id="joint-issuers-stacked"),
]


@pytest.mark.parametrize(("head", "title"), SPLIT_TITLE_CASES)
def test_split_title_join(head: str, title: str) -> None:
    text = f"{head}\n{NOTICE_BODY}"
    env = find_envelope(text)
    assert env.title == title
    assert_covers(text, env)


STAMPED_TITLE_CASES = [  # a web page's heading holds the title's first line; its stamp, then the rest
    pytest.param("中共某某县委办公室\n发布时间：2023-06-12 08:40　来源：县委办\n关于做好防汛备汛工作的通知\n",
                 "中共某某县委办公室关于做好防汛备汛工作的通知", id="issuer-stamp-关于"),
    pytest.param("凝心聚力谋发展\n来源：县融媒体中心　发布时间：2023-06-12\n实干担当开新局\n——在全县干部大会上的讲话\n",
                 "凝心聚力谋发展实干担当开新局", id="main-title-stamp-second-line"),
    pytest.param("在全县干部大会上的讲话\n发布时间：2023-06-12 08:40　来源：县委办\n", "在全县干部大会上的讲话",
                 id="whole-title-then-stamp"),
]


@pytest.mark.parametrize(("head", "title"), STAMPED_TITLE_CASES)
def test_title_goes_on_after_a_page_stamp(head: str, title: str) -> None:
    text = f"{head}{NOTICE_BODY}"
    env = find_envelope(text)
    assert env.title == title
    assert [r.label for r in env.regions if r.kind is RegionKind.BOILERPLATE] == ["upload stamp"]
    assert body_text(text, env).startswith(P2)
    assert_covers(text, env)


# A page's label over its article (a tab, a column, the site's name), then the title right over the
# page's stamp: the title is the line over the stamp, the label is page top.
STAMP = "发布时间：2024-03-18 10:20　来源：县政府办公室"
LABEL_OVER_TITLE_CASES = [
    pytest.param("正文", "关于做好防汛备汛工作的通知", id="tab-label"),
    pytest.param("详情", "某某县召开2024年度安全生产工作会议", id="detail-label"),
    pytest.param("通知公告", "关于做好防汛备汛工作的通知", id="column-label"),
    pytest.param("政策解读", "一图读懂某某县2024年民生实事项目", id="column-label-a-cue-word"),
    pytest.param("某某县人民政府", "某某县农村集体资产管理办法", id="site-name"),
    pytest.param("首页 > 政策文件 > 规范性文件", "某某县农村集体资产管理办法", id="breadcrumb"),
]


@pytest.mark.parametrize(("label", "title"), LABEL_OVER_TITLE_CASES)
def test_label_over_the_title_is_page_top(label: str, title: str) -> None:
    text = f"{label}\n{title}\n{STAMP}\n{NOTICE_BODY}"
    env = find_envelope(text)
    assert env.title == title
    assert [r.label for r in env.regions if r.kind is RegionKind.BOILERPLATE][-1] == "upload stamp"
    assert all(r.kind is RegionKind.BOILERPLATE for r in env.regions if r.span[0] < text.index(title))
    assert_covers(text, env)


@pytest.mark.parametrize(("head", "title"), [
    pytest.param("中共某某县委\n关于做好防汛备汛工作的意见", "中共某某县委关于做好防汛备汛工作的意见", id="issuer-over-关于"),
    pytest.param("某某市人民政府办公室关于印发\n某某市城乡环境整治方案的通知", "某某市人民政府办公室关于印发某某市城乡环境整治方案的通知",
                 id="title-runs-on"),
    pytest.param("政府工作报告", "政府工作报告", id="short-title-alone"),
])
def test_title_lines_over_a_stamp_stay_one_title(head: str, title: str) -> None:
    text = f"{head}\n{STAMP}\n{NOTICE_BODY}"
    assert find_envelope(text).title == title


ABOVE_TITLE_CASES = [
    pytest.param("【会员专享】全站精品范文免费下载，开通即享九折优惠！\n马上开通 >>\n\n", id="advert-then-call-to-action"),
    pytest.param("点击下载\n\n", id="download-button"),
    pytest.param("查看更多>>\n", id="see-more"),
    pytest.param("某某范文网精选\n\n", id="line-set-apart-by-a-blank"),
    pytest.param("热点排行\n1. 某某县召开安全生产工作会议\n2. 县领导督导检查春耕备耕工作\n· 某某镇开展义诊活动\n",
                 id="numbered-links-under-a-related-heading"),
]


@pytest.mark.parametrize("above", ABOVE_TITLE_CASES)
def test_lines_above_the_title_are_not_part_of_it(above: str) -> None:
    title = "参加全县年轻干部能力提升培训班学习心得体会"
    text = f"{above}{title}\n{P1}\n{SECTIONS}"
    env = find_envelope(text)
    assert env.title == title
    above_title = [r for r in env.regions if r.span[0] < text.index(title)]
    assert all(r.kind is RegionKind.BOILERPLATE for r in above_title)
    assert_covers(text, env)


# ---------------------------------------------------------------- furniture

FURNITURE_CASES = [
    pytest.param("2022-08-15 10:12:33 作者：网友投稿 浏览：1234", "upload stamp", id="upload-stamp"),
    pytest.param("原创 某某学习 2025-05-01", "upload stamp", id="wechat-original-stamp"),
    pytest.param("来源：某某网  发布时间：2023-04-06", "upload stamp", id="source-line"),
    pytest.param("简介：某某范文网小编为您精心整理了这篇《在全县安全生产工作会议上的讲话》，希望对您有所帮助。",
                 "site blurb", id="site-blurb"),
    pytest.param("下载在全县安全生产工作会议上的讲话.docx", "download notice", id="download-file"),
    pytest.param("点击这里下载全文", "download notice", id="download-click"),
    pytest.param("本文档为WPS格式，请下载到本地电脑后编辑。", "download notice", id="download-format"),
    pytest.param("免责声明：本站部分内容来源于网络，如有侵权请联系删除。", "copyright notice", id="disclaimer"),
    pytest.param("版权所有 某某文库 2019-2024", "copyright notice", id="copyright"),
    pytest.param("投稿邮箱：tougao@example.cn", "link or e-mail", id="e-mail"),
    pytest.param("本文地址：https://www.example.com/a/123.html", "link or e-mail", id="url"),
    pytest.param("＊＊＊＊＊＊＊＊", "separator", id="separator"),
    pytest.param("———————————", "separator", id="dash-separator"),
    pytest.param("关注公众号，获取更多精品材料", "advert", id="advert"),
    pytest.param("首页 > 范文大全 > 领导讲话", "breadcrumb", id="breadcrumb"),
    pytest.param("您现在的位置：首页 >> 县情概况", "breadcrumb", id="breadcrumb-you-are-here"),
    pytest.param("当前位置：网站首页 > 信息公开 > 讲话致辞", "breadcrumb", id="breadcrumb-current-position"),
    pytest.param("所在位置：首页 → 通知公告", "breadcrumb", id="breadcrumb-arrow"),
    pytest.param("网站首页 >> 新闻中心 >> 部门动态", "breadcrumb", id="breadcrumb-double-arrows"),
    pytest.param("首页 | 走进桃源 | 政务公开 | 网上办事 | 政民互动", "navigation", id="menu-with-bars"),
    pytest.param("网站首页　机构设置　政策法规　办事指南", "navigation", id="menu-with-spaces"),
    pytest.param("要闻　动态　政策　互动　服务　数据", "navigation", id="menu-of-short-words"),
    pytest.param("发布日期：2023年11月05日　　信息来源：县应急局", "upload stamp", id="publish-date-and-source"),
    pytest.param("发布时间：2023年11月5日", "upload stamp", id="publish-date-alone"),
    pytest.param("相关链接", "related articles", id="related-links"),
    pytest.param("责任编辑：张某", "source line", id="source-line-editor"),
    pytest.param("马上下载 >>", "advert", id="call-to-action"),
    pytest.param("查看更多>>", "advert", id="see-more-link"),
    pytest.param("一键领取全套范文", "advert", id="one-click-claim"),
    pytest.param("字号：大 中 小", "page control", id="font-size"),
    pytest.param("【字体：大 中 小】", "page control", id="font-size-bracketed"),
    pytest.param("打印本页 关闭窗口", "page control", id="print-close"),
    pytest.param("分享到：", "page control", id="share-to"),
    pytest.param("下一篇：在全镇秸秆禁烧工作会议上的讲话", "page control", id="next-article"),
    pytest.param("【打印】 【关闭】 【收藏】", "page control", id="button-row"),
    pytest.param("您访问的链接即将离开'某某县人民政府网站'是否继续？", "page control", id="exit-link-dialog"),
    pytest.param("继续访问 放弃", "page control", id="exit-link-buttons"),
    pytest.param("X", "page control", id="close-cross"),
    pytest.param("某某网", "site name", id="site-name"),
    pytest.param("某某县人民政府门户网站", "site name", id="government-portal"),
    pytest.param("中华人民共和国中央人民政府", "site name", id="central-government-masthead"),
    pytest.param("相关文件：", "related articles", id="related-documents"),
    pytest.param("相关解读", "related articles", id="related-readings"),
    pytest.param("政策解读：", "related articles", id="policy-readings"),
    pytest.param("热点排行", "related articles", id="most-read"),
    pytest.param("▼ 往期推荐 ▼", "related articles", id="dressed-with-arrows"),
    pytest.param("—— 推荐阅读 ——", "related articles", id="dressed-with-dashes"),
    pytest.param("往期精彩回顾", "related articles", id="past-highlights"),
    pytest.param("▍相关阅读", "related articles", id="dressed-with-a-bar"),
]


@pytest.mark.parametrize(("line", "label"), FURNITURE_CASES)
def test_furniture_at_the_top(line: str, label: str) -> None:
    text = f"{line}\n在全县安全生产工作会议上的讲话\n同志们：\n{P1}\n{SECTIONS}"
    env = find_envelope(text)
    assert env.title == "在全县安全生产工作会议上的讲话"
    assert [r.label for r in env.regions if r.kind is RegionKind.BOILERPLATE] == [label]
    assert line not in body_text(text, env)
    assert_covers(text, env)


@pytest.mark.parametrize(("line", "label"), FURNITURE_CASES)
def test_furniture_at_the_bottom(line: str, label: str) -> None:
    text = f"在全县安全生产工作会议上的讲话\n{P1}\n{SECTIONS}\n\n{line}\n"
    env = find_envelope(text)
    boiler = [r for r in env.regions if r.kind is RegionKind.BOILERPLATE]
    assert [r.label for r in boiler] == [label]
    assert body_text(text, env).endswith(P1)
    assert_covers(text, env)


MID_CASES = [
    pytest.param("2022-08-15 10:12:33 来源：网友上传", "upload stamp", id="upload-stamp"),
    pytest.param("下载本文的word格式文档", "download notice", id="download"),
    pytest.param("- 3 -", "page number", id="page-number"),
    pytest.param("第 2 页 共 5 页", "page number", id="page-of"),
    pytest.param("扫码加入会员交流群，免费领取更多资料", "advert", id="advert"),
    pytest.param("打印本页 关闭窗口", "page control", id="print-close"),
]


@pytest.mark.parametrize(("line", "label"), MID_CASES)
def test_furniture_between_paragraphs(line: str, label: str) -> None:
    text = f"在全县安全生产工作会议上的讲话\n{P1}\n一、提高思想认识\n{P2}\n{line}\n二、突出工作重点\n{P3}"
    env = find_envelope(text)
    (region,) = [r for r in env.regions if r.kind is RegionKind.BOILERPLATE]
    assert region.label == label and text[region.span[0]:region.span[1]] == line
    assert env.body[0] <= region.span[0] and region.span[1] <= env.body[1]
    assert_covers(text, env)


def test_related_articles_and_what_follows() -> None:
    text = (f"在全县安全生产工作会议上的讲话\n{P1}\n{SECTIONS}\n推荐阅读\n在全市统战工作会议上的讲话\n"
            "在全区招商引资推进会上的讲话\n2023年度述职报告")
    env = find_envelope(text)
    (region,) = [r for r in env.regions if r.kind is RegionKind.BOILERPLATE]
    assert region.label == "related articles"
    assert text[region.span[0]:region.span[1]].startswith("推荐阅读")
    assert region.span[1] == len(text)
    assert body_text(text, env).endswith(P1)


def test_web_page_tail_in_order() -> None:
    title = "在全县安全生产工作会议上的讲话"
    tail = (f"下载{title}word格式文档\n下载{title}.doc\n点此处下载文档\n\n文档为doc格式\n\n"
            "声明：本文内容由网友自发上传，本网站不拥有所有权，如有侵权请发送邮件至abc@example.com举报。\n\n"
            f"相关文章\n{title}（一）\n{title}（二）")
    text = f"{title}\n\n同志们：\n\n{P1}\n\n{SECTIONS}\n\n{tail}"
    env = find_envelope(text)
    assert body_text(text, env).endswith(P1)
    labels = [r.label for r in env.regions if r.kind is RegionKind.BOILERPLATE]
    assert labels == ["download notice"] * 4 + ["copyright notice", "related articles"]
    assert_covers(text, env)


KEPT_LINES = [
    pytest.param("要加大知识产权保护力度，严厉打击侵权假冒行为，营造公平竞争的市场环境，让创新主体安心创新。",
                 id="sentence-with-侵权"),
    pytest.param("要畅通信访举报渠道，对群众反映的问题线索逐一核查，做到件件有着落、事事有回音。",
                 id="sentence-with-举报"),
    pytest.param("要用好政务新媒体平台", id="short-line-with-no-cue"),
    pytest.param("（三）用好政务公众号", id="numbered-line-with-cue"),
    pytest.param("为群众免费提供法律咨询", id="short-line-with-two-weak-cues-mid-body"),
    pytest.param("加强版权保护", id="short-heading-with-one-cue-mid-body"),
    pytest.param("立即开展隐患排查", id="urging-word-without-a-page-action"),
    pytest.param("了解群众所思所盼", id="了解-without-更多"),
]


@pytest.mark.parametrize("line", KEPT_LINES)
def test_speech_line_with_a_cue_word_stays_in_body(line: str) -> None:
    for text in (f"在全县安全生产工作会议上的讲话\n{P1}\n{line}\n{P2}",  # mid-body
                 f"在全县安全生产工作会议上的讲话\n{P1}\n{P2}\n{line}"):  # last line
        if ("版权" in line or "免费" in line) and text.endswith(line):
            continue  # at the very end, a short line with such cue words has the shape of a footer
        env = find_envelope(text)
        assert not [r for r in env.regions if r.kind is RegionKind.BOILERPLATE], text
        assert line in body_text(text, env)


# ---------------------------------------------------------------- salutation and closing

SALUTATIONS = ["同志们：", "同志们:", "各位代表：", "各位领导、同志们：", "尊敬的张主任，各位来宾：", "大家好！",
               "各位领导，同志们：大家好！", "各乡镇人民政府，县直各部门："]


@pytest.mark.parametrize("salutation", SALUTATIONS)
def test_salutation(salutation: str) -> None:
    text = f"在全县安全生产工作会议上的讲话\n{salutation}\n{P1}\n{SECTIONS}"
    env = find_envelope(text)
    assert region_texts(text, env, RegionKind.SALUTATION) == [salutation]
    assert body_text(text, env).startswith(P1)


def test_salutation_without_title() -> None:
    text = f"同志们：\n{P1}\n{SECTIONS}"
    env = find_envelope(text)
    assert env.title is None
    assert region_texts(text, env, RegionKind.SALUTATION) == ["同志们："]


CLOSING_CASES = [
    pytest.param("同志们，安全生产责任重于泰山。让我们以更加务实的作风，奋力夺取全年目标任务的全面胜利！",
                 ["同志们，安全生产责任重于泰山。让我们以更加务实的作风，奋力夺取全年目标任务的全面胜利！"],
                 id="comrades-comma"),
    pytest.param("同志们！新的征程已经开启，让我们接续奋斗！",
                 ["同志们！新的征程已经开启，让我们接续奋斗！"], id="comrades-exclamation"),
    pytest.param("谢谢大家！", ["谢谢大家！"], id="thanks-alone"),
    pytest.param("同志们，任务艰巨，使命光荣，希望大家再接再厉。\n谢谢！",
                 ["同志们，任务艰巨，使命光荣，希望大家再接再厉。\n谢谢！"], id="comrades-then-thanks"),
    pytest.param("让我们携起手来，为建设美丽乡村而努力奋斗！",
                 ["让我们携起手来，为建设美丽乡村而努力奋斗！"], id="let-us"),
    pytest.param("同志们，前景光明，任重道远。\n要坚定信心，锐意进取，推动各项工作再上新台阶。\n让我们共同努力！",
                 ["同志们，前景光明，任重道远。\n要坚定信心，锐意进取，推动各项工作再上新台阶。\n让我们共同努力！"],
                 id="three-paragraphs"),
    pytest.param("最后，预祝本次培训取得圆满成功！", ["最后，预祝本次培训取得圆满成功！"], id="last-wishes"),
    pytest.param("祝大家新春愉快、阖家幸福！\n谢谢大家！", ["祝大家新春愉快、阖家幸福！\n谢谢大家！"], id="wishes-then-thanks"),
    pytest.param("在此，我代表县委向全县广大干部群众致以新春的祝福！", ["在此，我代表县委向全县广大干部群众致以新春的祝福！"],
                 id="greetings-on-behalf"),
    pytest.param("最后，要加强组织领导，确保各项任务落到实处。", [], id="last-request-is-no-wish"),
    pytest.param("以上报告，请予审议。", [], id="report-ends-plainly"),
    pytest.param("同志们，节日将至，这里强调三点：一是抓好安全，二是做好慰问，三是严格值守。", [],
                 id="address-that-enumerates-is-outline"),
    pytest.param("同志们，节日将至，这里强调两点：一是抓好安全，二是做好慰问。\n谢谢大家！", ["谢谢大家！"],
                 id="thanks-after-an-enumerating-address"),
]


@pytest.mark.parametrize(("ending", "closing"), CLOSING_CASES)
def test_closing(ending: str, closing: list[str]) -> None:
    text = f"在全县安全生产工作会议上的讲话\n同志们：\n{P1}\n{SECTIONS}\n{ending}"
    env = find_envelope(text)
    assert region_texts(text, env, RegionKind.CLOSING) == closing
    if closing and "一是" not in ending:
        assert body_text(text, env).endswith(P1)
    assert_covers(text, env)


def test_closing_excludes_trailing_furniture() -> None:
    ending = "同志们，让我们真抓实干，奋力谱写高质量发展新篇章！"
    text = f"在全县安全生产工作会议上的讲话\n{P1}\n{SECTIONS}\n{ending}\n\n下载本文的word格式文档\n相关范文推荐\n某某讲话"
    env = find_envelope(text)
    assert region_texts(text, env, RegionKind.CLOSING) == [ending]
    assert [r.label for r in env.regions if r.kind is RegionKind.BOILERPLATE] == [
        "download notice", "related articles"]


def test_closing_before_end_mark_and_source_lines() -> None:
    ending = "同志们，让我们共同努力！"
    text = f"在全县安全生产工作会议上的讲话\n{P1}\n{SECTIONS}\n{ending}\n（完）\n来源：某某县融媒体中心\n审核：李某"
    env = find_envelope(text)
    assert region_texts(text, env, RegionKind.CLOSING) == [ending]
    assert [r.label for r in env.regions if r.kind is RegionKind.BOILERPLATE] == [
        "end mark", "source line", "source line"]


def test_closing_never_takes_a_numbered_paragraph() -> None:
    text = f"在全县安全生产工作会议上的讲话\n{P1}\n一、提高思想认识\n同志们，要提高认识。\n二、突出工作重点\n{P3}"
    env = find_envelope(text)
    assert region_texts(text, env, RegionKind.CLOSING) == []


# ---------------------------------------------------------------- the seeds


def gold_title(seed: Path) -> str | None:
    for line in (GOLD / f"{seed.stem}.outline").read_text(encoding="utf-8").splitlines():
        if line.startswith("@title "):
            return line[len("@title "):].strip()
    return None


def gold_first_numbered(seed: Path) -> tuple[str, str]:
    for line in (GOLD / f"{seed.stem}.outline").read_text(encoding="utf-8").splitlines():
        if line.strip() and line.strip()[0] not in "@#·":
            marker, _, heading = line.strip().partition(" ")
            return marker, heading
    raise AssertionError("no numbered node in gold")


# Web furniture seen in the seeds: none of it may be in the body.
SEED_FURNITURE = ["...", "会员上传", "小编", "word格式", "下载文档", "声明:", "相关范文", "禁止外传", "QQ群", "订阅"]


@pytest.mark.skipif(not GOLD.exists(), reason="gold outlines not available")
@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem[:3] for s in SEEDS])
def test_seed(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    env = find_envelope(text)
    assert norm(env.title) == norm(gold_title(seed))
    assert_covers(text, env)
    marker, heading = gold_first_numbered(seed)
    pattern = re.escape(marker).replace(r"\(", "[(（]").replace(r"\)", "[)）]") + re.escape(heading[:4])
    boiler = [r.span for r in env.regions if r.kind is RegionKind.BOILERPLATE]
    starts = [m.start() for m in re.finditer(pattern, text) if not any(s <= m.start() < e for s, e in boiler)]
    assert starts and env.body[0] <= starts[0] < env.body[1]
    body = body_text(text, env)
    assert not [cue for cue in SEED_FURNITURE if cue in body]


def test_seeds_present() -> None:
    assert SEEDS


# ---------------------------------------------------------------- coverage, on any text

LINE_POOL = [
    "在全县安全生产工作会议上的讲话", "在全县安全生产工作会议上的讲话1", "同志们：", "谢谢大家！", "大家好！",
    "——在县委全会上的讲话", "县委书记 王某某", "（2024年2月20日）", "2022-08-15 10:12:33 作者：会员上传",
    "简介：小编为你整理了这篇《在全县安全生产工作会议上的讲话》", "点此处下载文档", "相关文章", "推荐阅读：",
    "仅供学习 禁止外传", "【会员福利】", "＊＊＊", "- 3 -", "一、提高思想认识", "（二）突出工作重点",
    "一是加强领导。", "同志们，让我们共同努力！", "让我们携手奋进！", P1, P2, P3, "", " ", "\u3000", "...",
    "坚持生态优先绿色发展", "奋力建设美丽宜居新家园", "市委书记专题党课：以学促干", "二〇二三年十二月五日",
    "某某县人民政府办公室文件", "某政办发〔2024〕15号", "某某县人民政府办公室", "2024年3月1日", "（此件公开发布）",
    "（2024—2026年）", "附件1", "立即开通 >>", "字号：大 中 小", "县委书记  王XX", "关于开展安全生产大检查的通知",
]
lines_strategy = st.lists(st.one_of(st.sampled_from(LINE_POOL), st.text(max_size=30)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_coverage_on_any_text(text: str) -> None:
    assert_covers(text, find_envelope(text))


@settings(max_examples=300, deadline=None)
@given(lines_strategy, st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_coverage_on_speech_shaped_text(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    assert_covers(text, find_envelope(text))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(SEEDS), st.lists(st.tuples(st.integers(0, 10_000), st.one_of(
    st.sampled_from(LINE_POOL), st.text(max_size=30))), max_size=8))
def test_coverage_on_seeds_with_lines_inserted(seed: Path, inserts: list[tuple[int, str]]) -> None:
    lines = seed.read_text(encoding="utf-8").split("\n")
    for at, line in inserts:
        lines.insert(at % (len(lines) + 1), line)
    text = "\n".join(lines)
    assert_covers(text, find_envelope(text))


# ---------------------------------------------------------------- traditional characters
# Invented traditional-character texts in the shapes above, some in OpenCC's forms (爲 衆 裏) and some in
# Taiwan's (為 眾 裡 著). Cue words match through fold(); returned strings stay verbatim, the genre is
# a category and is simplified.

TP1 = ("今年以來，全鎮上下圍繞年初確定的目標，堅持穩中求進，紮實推進各項重點工作，經濟社會保持健康發展態勢，"
       "群眾滿意度不斷提高。")
TP2 = "各村、各站所要把思想和行動統一到鎮黨委的部署上來，主要負責同志要親自抓、負總責，確保各項任務按時保質完成。"
TP3 = "要堅持問題導向，聚焦羣衆反映強烈的突出問題，拿出務實管用的舉措，一件一件抓落實，一項一項見成效。"
TSECTIONS = f"一、統一思想認識\n{TP2}\n二、明確工作重點\n{TP3}\n三、強化組織保障\n{TP1}"
TTITLE = "在全縣安全生產工作會議上的講話"


def test_traditional_speech_envelope() -> None:
    text = ("在全市組織工作會議上的講話\n同志們：\n今天召開會議。我講三點意見。\n一、加強黨的建設\n"
            f"{TP2}\n二、強化幹部隊伍\n{TP3}\n同志們，讓我們團結奮鬥！")
    env = find_envelope(text)
    assert (env.title, env.occasion, env.genre, env.speaker) == (
        "在全市組織工作會議上的講話", "全市組織工作會議", "讲话", None)
    assert region_texts(text, env, RegionKind.SALUTATION) == ["同志們："]
    assert region_texts(text, env, RegionKind.CLOSING) == ["同志們，讓我們團結奮鬥！"]
    assert body_text(text, env).startswith("今天召開會議") and body_text(text, env).endswith(TP3)
    assert_covers(text, env)


TRAD_FACT_CASES = [
    pytest.param("市長在全市防汛抗旱工作會議上的講話", "市長", "全市防汛抗旱工作會議", "讲话", id="speaker-at-meeting"),
    pytest.param("在全縣教育系統表彰大會上的發言", None, "全縣教育系統表彰大會", "发言", id="no-speaker"),
    pytest.param("縣長在全縣項目建設推進會上的總結講話", "縣長", "全縣項目建設推進會", "讲话", id="summing-up"),
    pytest.param("區委書記在全區經濟工作會議上的報告", "區委書記", "全區經濟工作會議", "报告", id="report"),
    pytest.param("局黨組書記在七一表彰大會上的黨課", "局黨組書記", "七一表彰大會", "党课", id="party-lesson"),
    pytest.param("鎮黨委書記專題黨課：築牢基層戰鬥堡壘", "鎮黨委書記", None, "党课", id="themed-party-lesson"),
    pytest.param("關於在全區開展環境衛生整治活動的通知", None, None, "通知", id="notice-not-spoken"),
    pytest.param("推動鄉村全面振興的幾點思考", None, None, None, id="no-genre"),
]


@pytest.mark.parametrize(("title", "speaker", "occasion", "genre"), TRAD_FACT_CASES)
def test_traditional_title_facts(title: str, speaker: str | None, occasion: str | None, genre: str | None) -> None:
    env = find_envelope(f"{title}\n同志們：\n{TP1}\n{TSECTIONS}")
    assert env.title == title
    assert (env.speaker, env.occasion, env.genre) == (speaker, occasion, genre)


def test_traditional_themed_title_gives_verbatim_subtitle() -> None:
    env = find_envelope(f"鎮黨委書記專題黨課：築牢基層戰鬥堡壘\n{TP1}")
    assert env.subtitle == "築牢基層戰鬥堡壘"


def test_traditional_subtitle_byline_and_date() -> None:
    text = ("持續優化營商環境 激發市場主體活力\n——在全市優化營商環境推進會上的講話\n縣委書記  王某某\n"
            f"（二〇二四年三月十二號）\n各位領導、同志們：\n{TP1}\n{TSECTIONS}")
    env = find_envelope(text)
    assert (env.title, env.subtitle) == ("持續優化營商環境 激發市場主體活力", "在全市優化營商環境推進會上的講話")
    assert (env.occasion, env.genre, env.date, env.speaker) == ("全市優化營商環境推進會", "讲话", "2024-03-12",
                                                               "縣委書記 王某某")
    assert region_texts(text, env, RegionKind.SALUTATION) == ["各位領導、同志們："]


def test_traditional_labelled_byline() -> None:
    env = find_envelope(f"以黨建引領基層治理的幾點思考\n主講人：劉曉東\n{TP1}\n{TSECTIONS}")
    assert env.speaker == "劉曉東"


def test_traditional_split_title_is_joined_verbatim() -> None:
    text = f"關於進一步加強農村人居環境整治工作的\n實施意見\n{TP2}\n{TSECTIONS}"
    env = find_envelope(text)
    assert (env.title, env.genre) == ("關於進一步加強農村人居環境整治工作的實施意見", "意见")


TRAD_SALUTATIONS = ["同志們：", "各位領導、同志們：", "尊敬的陳主任，各位來賓：", "各鄉鎮人民政府，縣直各部門：",
                    "女士們、先生們：", "各位代表：大家好！"]


@pytest.mark.parametrize("salutation", TRAD_SALUTATIONS)
def test_traditional_salutation(salutation: str) -> None:
    text = f"{TTITLE}\n{salutation}\n{TP1}\n{TSECTIONS}"
    env = find_envelope(text)
    assert region_texts(text, env, RegionKind.SALUTATION) == [salutation]
    assert body_text(text, env).startswith(TP1)


TRAD_CLOSINGS = [
    pytest.param("同志們，征程萬里，重任在肩。讓我們攜手並進，共創美好未來！", id="comrades"),
    pytest.param("謝謝大家！", id="thanks"),
    pytest.param("讓我們凝心聚力，為建設幸福家園而不懈奮鬥！", id="let-us"),
    pytest.param("同事們，新的一年任務更重。\n謝謝！", id="colleagues-then-thanks"),
]


@pytest.mark.parametrize("ending", TRAD_CLOSINGS)
def test_traditional_closing(ending: str) -> None:
    text = f"{TTITLE}\n同志們：\n{TP1}\n{TSECTIONS}\n{ending}"
    env = find_envelope(text)
    assert region_texts(text, env, RegionKind.CLOSING) == [ending]
    assert body_text(text, env).endswith(TP1)


TRAD_FURNITURE = [
    pytest.param("2021-09-03 16:05:27 作者：網友投稿 瀏覽：862", "upload stamp", id="upload-stamp"),
    pytest.param("簡介：某某範文網小編為您精心整理了這篇《在全縣防汛工作會議上的講話》，希望對您有所幫助。",
                 "site blurb", id="site-blurb"),
    pytest.param("下載在全縣防汛工作會議上的講話.docx", "download notice", id="download-file"),
    pytest.param("點擊這裡下載全文", "download notice", id="download-click"),
    pytest.param("免責聲明：本站部分內容來源於網絡，如有侵權請聯繫刪除。", "copyright notice", id="disclaimer"),
    pytest.param("版權所有 某某文庫 2018-2024", "copyright notice", id="copyright"),
    pytest.param("關注公眾號，獲取更多精品材料", "advert", id="advert"),
    pytest.param("首頁 > 範文大全 > 領導講話", "breadcrumb", id="breadcrumb"),
    pytest.param("責任編輯：張某", "source line", id="source-line-editor"),
]


@pytest.mark.parametrize(("line", "label"), TRAD_FURNITURE)
def test_traditional_furniture_at_both_edges(line: str, label: str) -> None:
    for text in (f"{line}\n{TTITLE}\n同志們：\n{TP1}\n{TSECTIONS}", f"{TTITLE}\n{TP1}\n{TSECTIONS}\n\n{line}\n"):
        env = find_envelope(text)
        assert env.title == TTITLE
        assert [r.label for r in env.regions if r.kind is RegionKind.BOILERPLATE] == [label], text
        assert line not in body_text(text, env)
        assert_covers(text, env)


@pytest.mark.parametrize(("line", "label"), [
    pytest.param("第 2 頁 共 5 頁", "page number", id="page-of"),
    pytest.param("下載本文的word格式文檔", "download notice", id="download"),
])
def test_traditional_furniture_between_paragraphs(line: str, label: str) -> None:
    text = f"{TTITLE}\n{TP1}\n一、統一思想認識\n{TP2}\n{line}\n二、明確工作重點\n{TP3}"
    env = find_envelope(text)
    (region,) = [r for r in env.regions if r.kind is RegionKind.BOILERPLATE]
    assert region.label == label and text[region.span[0]:region.span[1]] == line


def test_traditional_related_articles_and_what_follows() -> None:
    text = f"{TTITLE}\n{TP1}\n{TSECTIONS}\n相關文章\n在全市統戰工作會議上的講話\n在全區招商引資推進會上的講話"
    env = find_envelope(text)
    (region,) = [r for r in env.regions if r.kind is RegionKind.BOILERPLATE]
    assert region.label == "related articles" and region.span[1] == len(text)
    assert text[region.span[0]:].startswith("相關文章")
    assert body_text(text, env).endswith(TP1)


def test_traditional_sentence_with_a_cue_word_stays_in_body() -> None:
    line = "要加大知識產權保護力度，嚴厲打擊侵權假冒行為，營造公平競爭的市場環境，讓創新主體安心創新。"
    text = f"{TTITLE}\n{TP1}\n{line}\n{TP2}"
    env = find_envelope(text)
    assert not [r for r in env.regions if r.kind is RegionKind.BOILERPLATE]
    assert line in body_text(text, env)



def test_table_of_contents_is_a_region_of_its_own() -> None:
    text = ("县农业农村局2024年工作总结\n目　录\n一、工作成效\n二、存在问题\n三、工作打算\n\n"
            "今年以来，我局各项工作稳步推进。\n一、工作成效\n粮食生产再获丰收。\n二、存在问题\n基础仍不牢固。\n"
            "三、工作打算\n持续抓好粮食生产。")
    env = find_envelope(text)
    contents = [r for r in env.regions if r.kind.value == "contents"]
    assert [text[r.span[0]:r.span[1]] for r in contents] == ["目　录\n一、工作成效\n二、存在问题\n三、工作打算"]
    assert env.title == "县农业农村局2024年工作总结"
    assert env.speaker is None
    assert text[env.body[0]:].startswith("今年以来")


# ------------------------------------------------------------------ whole pages (issue 8): page labels
# Invented pages in the shapes of saved and copied web pages: menus, breadcrumbs, column labels,
# metadata tables and front matter around an article. Each gives the title and outline it must.

import orgdoc  # noqa: E402
from orgdoc.envelope.furniture import furniture_label  # noqa: E402
from orgdoc.envelope.page import F, label_line, site_pieces  # noqa: E402
from orgdoc.load import sniff  # noqa: E402
from orgdoc.models import DiagnosticCode  # noqa: E402
from tests.outline_text import outline_text  # noqa: E402
from tests.test_properties import check_outline  # noqa: E402

ARTICLE_TITLE = "关于进一步加强基层治理工作的通知"
ARTICLE = f"一、提高思想认识\n{P2}\n二、突出工作重点\n{P3}\n三、强化组织保障\n{P1}"
MENU = ["首页", "机构概况", "新闻中心", "推荐阅读", "政务公开", "学习专栏", "办事服务", "互动交流", "专题专栏"]
RELATED_LINKS = ["相关阅读", "关于做好春节期间安全生产工作的通知 2024-01-05", "县政府召开常务会议 2024-01-03",
                 "全县经济工作会议召开 2023-12-28"]


def top_headings(outline: orgdoc.Outline) -> list[str]:
    return [f"{n.marker}{n.heading}" for n in outline.children]


def parsed(text: str) -> orgdoc.Outline:
    outline = orgdoc.parse(text, include_text=True)
    check_outline(outline.source.text or "", outline)  # regions and nodes still tile the text
    return outline


PAGE_CASES = {
    "menu-with-related-cue-then-related-links": "\n".join(
        [*MENU, ARTICLE_TITLE, "发布时间：2024-02-20 09:30", ARTICLE, *RELATED_LINKS]),
    "breadcrumb-and-column-label": "\n".join(
        ["当前位置：首页 > 政务公开 > 通知公告 > 正文", "通知公告", ARTICLE_TITLE, ARTICLE]),
    "metadata-table-split-title": "\n".join(
        ["索 引 号：", "11340000/2024-00012", "主题分类：", "城乡建设", "发文机关：", "某某县人民政府",
         "标　　题：", ARTICLE_TITLE, "发文字号：", "某政发〔2024〕3号", "主 题 词：",
         "关于进一步加强", "基层治理工作的通知", "某政发〔2024〕3号", ARTICLE]),
    "metadata-table-inline-fields": "\n".join(
        ["索引号：11340000/2024-00012", "生成日期：2024-02-20", "责任部门：县政府办", ARTICLE_TITLE,
         "访问量：1024", ARTICLE]),
    "front-matter-with-site-name": "\n".join(
        ["---", f"title: 某某大学->{ARTICLE_TITLE} | example.edu.cn", "date: 2024-02-20 12:00:00",
         "tags:", "- 某某大学", "categories:", "- example.edu.cn", "---", ARTICLE]),
    "front-matter-quoted-title-repeated-in-bold": "\n".join(
        ["---", f"title: '{ARTICLE_TITLE}'", "toc: true", "---", "", f"**{ARTICLE_TITLE}**", "", ARTICLE]),
    "menu-bar-row": "\n".join(
        ["首页 | 新闻中心 | 推荐阅读 | 政务公开 | 互动交流 | 办事服务", ARTICLE_TITLE, ARTICLE]),
}


@pytest.mark.parametrize("name", sorted(PAGE_CASES))
def test_page_gives_the_articles_title_and_outline(name: str) -> None:
    outline = parsed(PAGE_CASES[name])
    assert outline.title == ARTICLE_TITLE
    assert top_headings(outline) == ["一、提高思想认识", "二、突出工作重点", "三、强化组织保障"]
    assert not [w for w in outline.warnings if w.code is DiagnosticCode.EMPTY_OUTLINE]


def test_related_links_after_the_article_are_boilerplate_and_the_menu_cue_is_not_the_end() -> None:
    text = PAGE_CASES["menu-with-related-cue-then-related-links"]
    outline = parsed(text)
    boiler = [text[a:b] for a, b in (r.span for r in outline.regions if r.kind is RegionKind.BOILERPLATE)]
    assert any(s.startswith("首页") and "推荐阅读" in s for s in boiler)  # the menu, one region
    assert any(s.startswith("相关阅读") and s.endswith("2023-12-28") for s in boiler)  # the related list


def test_a_related_cue_among_the_paragraphs_never_swallows_prose() -> None:
    text = "\n".join([ARTICLE_TITLE, "一、提高思想认识", P2, "推荐阅读", P3, "二、突出工作重点", P1, P2])
    outline = parsed(text)
    assert top_headings(outline) == ["一、提高思想认识", "二、突出工作重点"]


def test_front_matter_is_one_boilerplate_region() -> None:
    text = PAGE_CASES["front-matter-with-site-name"]
    outline = parsed(text)
    first = outline.regions[0]
    assert (first.kind, first.label, first.span[0]) == (RegionKind.BOILERPLATE, "front matter", 0)
    assert text[first.span[0]:first.span[1]].endswith("---")


HTML_SITE_HEADING = f"""<html><head><title>{ARTICLE_TITLE} - 学习专栏 - 某某大学党委宣传部</title></head><body>
<div class="top"><a href="/">首页</a> <a href="/a">学习专栏</a></div>
<h1>学习专栏</h1>
<div class="list"><p>当前位置：<a href="/">首页</a> &gt; <a href="/a">学习专栏</a></p></div>
<h2>{ARTICLE_TITLE}</h2>
<p>发布时间：2024-02-20</p>
{''.join(f'<p>{line}</p>' for line in ARTICLE.splitlines())}
<div><p>相关链接</p><ul><li><a href="/1">县政府召开常务会议</a> 2024-01-03</li><li><a href="/2">全县经济工作会议召开</a> 2023-12-28</li></ul></div>
</body></html>"""


def test_html_title_is_the_articles_not_the_sites_section_heading() -> None:
    outline = orgdoc.parse_bytes(HTML_SITE_HEADING.encode("utf-8"), name="page.html", include_text=True)
    assert outline.title == ARTICLE_TITLE
    assert top_headings(outline) == ["一、提高思想认识", "二、突出工作重点", "三、强化组织保障"]
    assert all("学习专栏" not in n.heading for n in outline.walk())  # not an unnumbered section either
    check_outline(outline.source.text or "", outline)


# Saved pages whose <title> or first heading is a label: the article's own title line wins.
_LABEL_PAGE = ("<html><head><title>{title}</title></head><body>{top}<div class='art'>{head}"
               "<p>发布时间：2024-02-20　来源：县政府办公室</p>"
               + "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines()) + "</div></body></html>")


@pytest.mark.parametrize(("title", "top", "head"), [
    pytest.param("正文", "<div class='tabs'><span>正文</span></div>", f"<div class='tit'>{ARTICLE_TITLE}</div>",
                 id="tab-title"),
    pytest.param("详情", "<h3>详情</h3>", f"<h2>{ARTICLE_TITLE}</h2>", id="detail-heading"),
    pytest.param("首页 &gt; 政策文件 &gt; 通知", "<p>首页 &gt; 政策文件 &gt; 通知</p>", f"<h2>{ARTICLE_TITLE}</h2>",
                 id="breadcrumb-title-spelled"),
    pytest.param("首页 &gt; 政策文件", "<h1>某某县人民政府</h1>", f"<div>{ARTICLE_TITLE}</div>", id="site-name-h1"),
    pytest.param("通知公告", "<p>通知公告</p>", f"<h1>{ARTICLE_TITLE}</h1>", id="column-title-article-h1"),
    pytest.param("某某县人民政府门户网站", "<h2>政策解读</h2>", f"<h1>{ARTICLE_TITLE}</h1>", id="site-title-label-h2"),
])
def test_html_label_title_gives_way_to_the_articles(title: str, top: str, head: str) -> None:
    page = _LABEL_PAGE.format(title=title, top=top, head=head)
    outline = orgdoc.parse_bytes(page.encode("utf-8"), name="page.html", include_text=True)
    assert outline.title == ARTICLE_TITLE
    assert top_headings(outline) == ["一、提高思想认识", "二、突出工作重点", "三、强化组织保障"]
    check_outline(outline.source.text or "", outline)


@pytest.mark.parametrize(("page_title", "pieces"), [
    ("万载县2022年统计公报 _ 万载县人民政府", ["万载县2022年统计公报", "万载县2022年统计公报 _ 万载县人民政府"]),
    ("某某大学->习近平：在大会上的讲话 | example.edu.cn", ["习近平：在大会上的讲话", "某某大学->习近平：在大会上的讲话 | example.edu.cn"]),
    ("关于做好春季防火工作的通知_通知公告_某某镇人民政府", ["关于做好春季防火工作的通知", "关于做好春季防火工作的通知_通知公告_某某镇人民政府"]),
    ("在全市干部大会上的讲话-某某新闻网", ["在全市干部大会上的讲话", "在全市干部大会上的讲话-某某新闻网"]),
    ("某某市2021-2025年发展规划", ["某某市2021-2025年发展规划"]),  # years, not a site's name
    ("首页", []),
])
def test_site_pieces_cut_the_sites_name(page_title: str, pieces: list[str]) -> None:
    assert site_pieces(page_title) == pieces


def test_a_page_title_the_text_never_spells_is_the_title_without_the_sites_name() -> None:
    page = (f"<html><head><title>关于推进基层治理的意见_政策文件_某某县人民政府</title></head><body>"
            f"<ul><li><a>首页</a></li><li><a>政务公开</a></li><li><a>推荐阅读</a></li></ul>"
            f"<div><p>为做好基层治理工作，现提出如下意见。</p><p>一、总体要求</p><p>{P1}</p><p>二、重点任务</p><p>{P2}</p></div>"
            f"<div><p>主办单位：某某县人民政府办公室 版权所有</p></div></body></html>")
    outline = orgdoc.parse_bytes(page.encode("utf-8"), name="page.html", include_text=True)
    assert outline.title == "关于推进基层治理的意见"
    assert top_headings(outline) == ["一、总体要求", "二、重点任务"]
    check_outline(outline.source.text or "", outline)


@pytest.mark.parametrize(("head", "title"), [
    ("全面推进乡村振兴", "全面推进乡村振兴"),
    ("筑牢安全防线\n——在全市安全生产会议上的讲话", "筑牢安全防线"),  # no speaker named: the slogan alone
])
def test_a_menu_of_table_cells_ends_at_the_title_the_page_states(head: str, title: str) -> None:
    """Short menu cells, then a title as short as a menu item: the line that opens the page's stated
    title ends the menu run, and the title lines stay the title's."""
    cells = "".join(f"<td><a>{item}</a></td>" for item in ("首页", "政务公开", "新闻中心", "互动交流"))
    lines = "".join(f"<p>{line}</p>" for line in head.split("\n"))
    page = (f"<html><head><title>{head.splitlines()[0]}_新闻中心_某某市人民政府</title></head><body>"
            f"<table><tr>{cells}</tr></table><table><tr><td>{lines}<p>{P1}</p><p>一、总体要求</p><p>{P2}</p>"
            f"<p>二、重点任务</p><p>{P2}</p></td></tr></table></body></html>")
    outline = orgdoc.parse_bytes(page.encode("utf-8"), name="page.html", include_text=True)
    assert outline.title == title
    assert top_headings(outline) == ["一、总体要求", "二、重点任务"]
    check_outline(outline.source.text or "", outline)


def test_a_page_title_naming_a_menu_item_does_not_cut_the_menu() -> None:
    """<title> 通知公告_某某市人民政府 names a column that is also a menu cell: the menu stays whole."""
    cells = "".join(f"<td><a>{item}</a></td>" for item in ("首页", "通知公告", "政务公开", "互动交流"))
    page = (f"<html><head><title>通知公告_某某市人民政府</title></head><body><table><tr>{cells}</tr></table>"
            f"<p>关于做好春节期间安全生产工作的通知</p><p>{P1}</p><p>一、总体要求</p><p>{P2}</p>"
            f"<p>二、重点任务</p><p>{P2}</p></body></html>")
    outline = orgdoc.parse_bytes(page.encode("utf-8"), name="page.html", include_text=True)
    assert outline.title == "关于做好春节期间安全生产工作的通知"
    assert top_headings(outline) == ["一、总体要求", "二、重点任务"]
    assert any(r.label == "navigation" for r in outline.regions)


@pytest.mark.parametrize(("head", "title"), [
    ("NB/T XXXX－20YY\n某某设备定期检验规程 第1部分：通用要求\n编制说明", "某某设备定期检验规程 第1部分：通用要求 编制说明"),
    ("GB/T 12345.1-2020\n某某产品技术条件", "某某产品技术条件"),
    ("同心筑梦\n——张三董事长在年度表彰大会上的讲话", "同心筑梦——张三董事长在年度表彰大会上的讲话"),
    ("凝心聚力谋发展\n——在全县干部大会上的讲话", "凝心聚力谋发展"),  # no speaker named: the slogan alone
])
def test_title_behind_a_number_or_over_a_subtitle(head: str, title: str) -> None:
    assert parsed(f"{head}\n{ARTICLE}").title == title


@pytest.mark.parametrize(("line", "flags"), [
    ("新闻中心", F.MENU),
    ("推荐阅读", F.RELATED),
    ("索 引 号：", F.FIELD),
    ("县政府召开常务会议 2024-01-03", F.LISTED),
    ("一、提高思想认识", F.MARKER),
    (P1, F.PROSE),
])
def test_line_labels(line: str, flags: F) -> None:
    assert label_line(line) & flags == flags


def test_an_empty_outline_is_never_silent() -> None:
    outline = parsed(f"{ARTICLE_TITLE}\n{P1}\n{P2}")
    assert [w.code for w in outline.warnings] == [DiagnosticCode.EMPTY_OUTLINE]


def test_a_page_that_is_mostly_furniture_says_so() -> None:
    text = "\n".join([*MENU, *MENU, "短讯", P3, *RELATED_LINKS, "版权所有：某某县人民政府 地址：某某路1号 电话：0000-1234567"])
    codes = {w.code for w in parsed(text).warnings}
    assert DiagnosticCode.MOSTLY_BOILERPLATE in codes


def test_the_tree_view_shows_the_empty_outline_warning(tmp_path: Path) -> None:
    from orgdoc.cli import main
    path = tmp_path / "p.txt"
    path.write_text(P1, encoding="utf-8")
    import contextlib
    import io
    out = io.BytesIO()
    with contextlib.redirect_stdout(io.TextIOWrapper(out, encoding="utf-8")) as wrapper:
        main(["parse", str(path)])
        wrapper.flush()
    assert "empty_outline" in out.getvalue().decode("utf-8")


# Shapes that backtracked exponentially (issue 11): each finishes at once now; the benchmark
# (bench/adversarial.py) times them at growing sizes.
@pytest.mark.parametrize(("line", "label"), [
    (" | ".join(MENU * 4), "navigation"),  # a copied menu of 36 items (143 characters took 31 s)
    (" | ".join(MENU[1:] * 4) + " | 这一项远远超过八个字的长度", None),  # nearly a menu: fails fast
    ("首页 > " + " > ".join(MENU + MENU[:1]), "breadcrumb"),
    ("文章  >  " + "  >  ".join(f"栏目 {i} 甲" for i in range(12)) + "  >  ", None),  # nearly a trail
])
def test_furniture_shapes_are_read_in_linear_time(line: str, label: str | None) -> None:
    assert furniture_label(line) == label


def test_html_comments_before_any_text_sniff_in_linear_time() -> None:
    assert sniff(b"<!---->" * 40 + b"\n" + "一、总体要求".encode()) is None
    assert sniff(b"<!---->" * 40 + b"<html><body>x</body></html>") == "html"


# ------------------------------------------------------------------ back matter, contents, tables (issue 7, classes 3 and 5)

BACK_MATTER_CASES = {
    "glossary": ("名词解释\n1.基层治理：指……的总称。\n2.网格化管理：指把辖区划成网格的管理方式。\n3.接诉即办：指群众诉求的快速响应。",
                 "glossary"),
    "notes-heading": ("注释\n\n[1] 本文写于某年某月。\n\n[2] 某某，当时任某县县长。", "notes"),
    "inline-note": ("注：1.本方案由县委办负责解释；2.自印发之日起施行。", "notes"),
    "attachment-list": ("附件：1.任务分工表\n2.进度安排表\n3.联系人名单", "attachments"),
    "attachment-list-under-a-bare-label": ("附件\n1.任务分工表\n2.进度安排表", "attachments"),
    "references": ("参考文献\n[1] 某某.基层治理研究[M].北京：某出版社，2020.\n[2] 某某.网格化管理[J].某学报，2021.",
                   "references"),
    "answer-key": ("参考答案：\n一、1.B　2.A　3.D\n二、1.√　2.×\n三、略", "answer key"),
    "licence-box": ("本作品是某国的法律法规，根据某法第五条不适用于该法，属于公有领域。\nPublic domain\nfalse",
                    "licence box"),
}


@pytest.mark.parametrize("name", sorted(BACK_MATTER_CASES))
def test_back_matter_is_a_region_after_the_body_not_nodes(name: str) -> None:
    back, label = BACK_MATTER_CASES[name]
    text = f"{ARTICLE_TITLE}\n{ARTICLE}\n{back}"
    outline = parsed(text)
    assert top_headings(outline) == ["一、提高思想认识", "二、突出工作重点", "三、强化组织保障"]
    assert [len(n.children) for n in outline.children] == [0, 0, 0]  # nothing nested under 三、
    regions = [r for r in outline.regions if r.kind is RegionKind.BACK_MATTER]
    assert [(r.label, text[r.span[0]:r.span[1]]) for r in regions] == [(label, back)]


@pytest.mark.parametrize("label", ["附件：某某工作实施细则\n", "附件\n\n"])
def test_an_attached_document_with_its_own_outline_stays_in_the_body(label: str) -> None:
    text = (f"{ARTICLE_TITLE}\n{ARTICLE}\n{label}某某工作实施细则\n一、适用范围\n{P3}\n"
            f"二、职责分工\n{P2}")
    outline = parsed(text)
    assert [n.marker for n in outline.children] == ["一、", "二、", "三、", "一、", "二、"]
    assert not [r for r in outline.regions if r.kind is RegionKind.BACK_MATTER]


def test_a_note_mid_body_is_not_back_matter() -> None:
    text = f"{ARTICLE_TITLE}\n一、提高思想认识\n{P2}\n注：1.此项按季度统计。\n二、突出工作重点\n{P3}"
    outline = parsed(text)
    assert [n.marker for n in outline.children] == ["一、", "二、"]
    assert not [r for r in outline.regions if r.kind is RegionKind.BACK_MATTER]


REGULATION = f"第一章 总 则\n第一条 为了规范某某工作，制定本办法。\n第二章 职责\n第二条 {P2}\n第三章 附 则\n第三条 本办法自印发之日起施行。"
CONTENTS_CASES = {
    "contents-then-first-chapter-again": "某某工作管理办法\n目  录\n第一章 总则……1\n第二章 职责……2\n第三章 附则……3\n" + REGULATION,
    "contents-without-page-numbers": "某某工作管理办法\n目录\n第一章 总则\n第二章 职责\n第三章 附则\n" + REGULATION,
    "contents-after-a-preface": f"某某工作管理办法\n序 言\n{P1}\n目录\n第一章 总则 1\n第二章 职责 2\n第三章 附则 3\n" + REGULATION,
    "contents-without-a-contents-line": "某某工作管理办法\n第一章 总则\n第二章 职责\n第三章 附则\n" + REGULATION,
    # From a PDF: a page's number between two pages of the contents, an entry's page number wrapped alone.
    "contents-across-a-page-number": "某某工作管理办法\n目录\n第一章 总则    1\n- 1 -\n第二章 职责\n    2\n第三章 附则    3\n"
                                     + REGULATION,
}


@pytest.mark.parametrize("name", sorted(CONTENTS_CASES))
def test_contents_are_a_region_and_the_body_keeps_its_first_chapter(name: str) -> None:
    text = CONTENTS_CASES[name]
    outline = parsed(text)
    assert [n.marker for n in outline.children] == ["第一章", "第二章", "第三章"]
    assert [len(n.children) for n in outline.children] == [1, 1, 1]
    contents = [text[a:b] for a, b in (r.span for r in outline.regions if r.kind is RegionKind.CONTENTS)]
    assert len(contents) == 1 and "第三章 附则" in contents[0] and "第一条" not in contents[0]


def test_link_titles_after_a_related_heading_end_the_text() -> None:
    links = "▍相关阅读\n1.支部书记如何讲好党课？这几个技巧请收好\n2.2025年党费收缴标准解读\n3.发展党员工作流程图"
    text = f"在全县安全生产工作会议上的讲话\n{P1}\n{SECTIONS}\n{links}"
    outline = parsed(text)
    assert [len(n.children) for n in outline.children] == [0, 0, 0]
    assert [r.label for r in outline.regions if r.kind is RegionKind.BOILERPLATE] == ["related articles"]


@pytest.mark.parametrize("entries", [
    pytest.param("1.某某县召开专题会议\n2.某某镇启动示范村创建", id="numbered"),
    pytest.param("某某县召开专题会议\n某某镇启动示范村创建", id="bare-headlines"),
])
def test_a_bulletins_list_of_articles_is_contents(entries: str) -> None:
    text = f"工作简报\n第8期\n\n本期要目\n{entries}\n\n某某县召开专题会议\n{P1}\n\n某某镇启动示范村创建\n{P2}\n"
    outline = parsed(text)
    assert outline.title == "工作简报"
    assert [(n.marker, n.heading) for n in outline.children] == [(None, "某某县召开专题会议"), (None, "某某镇启动示范村创建")]
    assert [r.kind for r in outline.regions if "本期要目" in text[r.span[0]:r.span[1]]] == [RegionKind.CONTENTS]


def test_short_numbered_lines_that_never_come_back_are_the_outline() -> None:
    text = f"某某工作方案\n一、总体要求\n二、主要任务\n三、保障措施\n{P1}"
    assert [n.marker for n in parsed(text).children] == ["一、", "二、", "三、"]


TABLE = "专栏1  主要指标\n序号    指标    目标\n1    地区生产总值    6%\n2    居民收入    6%\n注：1．预期性指标。"
BOX = "专栏2  重点领域\n1．信息服务：聚焦软件和信息技术服务。\n2．科技研发：面向重点产业链提供研发服务。"
INDENTED_BOX = "专栏2  重点领域\n\u3000\u30001．信息服务。聚焦软件和信息技术服务。\n\u3000\u30002．科技研发。面向重点产业链提供研发服务。"


# indicators and their values, one space apart: a row of two cells, not a numbered point
VALUE_TABLE = "专栏1　主要指标\n1.地区生产总值（亿元）　3600\n2.居民人均可支配收入（元）　52000\n3.森林覆盖率（%） 45.5"


@pytest.mark.parametrize("table", [TABLE, VALUE_TABLE], ids=["columns", "values"])
@pytest.mark.parametrize("box", [BOX, INDENTED_BOX], ids=["flush", "paragraph-indent"])
def test_table_cells_are_not_nodes_but_a_boxed_prose_list_is(box: str, table: str) -> None:
    text = f"{ARTICLE_TITLE}\n一、提高思想认识\n{P2}\n{table}\n二、突出工作重点\n{P3}\n{box}\n三、强化组织保障\n{P1}"
    outline = parsed(text)
    assert top_headings(outline) == ["一、提高思想认识", "二、突出工作重点", "三、强化组织保障"]
    assert [[c.marker for c in n.children] for n in outline.children] == [[], ["1．", "2．"], []]
    tables = [text[a:b] for a, b in (r.span for r in outline.regions if r.kind is RegionKind.TABLE)]
    assert tables == [table]


@pytest.mark.parametrize("note", [
    "【编者按】本文谈了两点：一是要敢于投入；二是要尊重人才。",
    "【导  读】文章提出两个动作，一是设立研究所，二是支持学者研究。",
    "编者按：一是要看长远，二是要抓落实。",
    "导语：本期推出讲话全文，首先回顾历程，其次部署任务，最后提出要求。",
])
def test_an_editors_note_and_its_list_are_no_outline(note: str) -> None:
    outline = parsed(f"{ARTICLE_TITLE}\n{note}\n一、提高思想认识\n{P1}\n二、突出工作重点\n{P2}")
    assert top_headings(outline) == ["一、提高思想认识", "二、突出工作重点"]
    assert [n.heading for n in outline.walk()] == ["提高思想认识", "突出工作重点"]
    notes = [r for r in outline.regions if r.kind is RegionKind.EDITORS_NOTE]
    assert [outline.text[slice(*r.span)] for r in notes] == [note]
    assert outline.title == ARTICLE_TITLE


def test_a_paragraph_about_a_guide_is_text() -> None:
    outline = parsed(f"{ARTICLE_TITLE}\n一、提高思想认识\n导读材料要发到每个支部，一是要学，二是要用。\n二、突出工作重点\n{P2}")
    assert not [r for r in outline.regions if r.kind is RegionKind.EDITORS_NOTE]


CAPTIONS = ["表1  2022年年末常住人口数及其构成", "表2  2022年居民消费价格分类别涨跌幅度", "表3　2022年主要产品产量"]


def test_captions_of_tables_printed_as_pictures_are_no_headings() -> None:
    # a saved statistics bulletin: each table an <img>, so a caption stands alone between paragraphs
    text = (f"{ARTICLE_TITLE}\n一、综合\n{P1}\n{CAPTIONS[0]}\n{P2}\n{CAPTIONS[1]}\n二、农业\n{P3}\n"
            f"{CAPTIONS[2]}\n{P1}")
    outline = parsed(text)
    assert [(n.marker, n.heading) for n in outline.walk()] == [("一、", "综合"), ("二、", "农业")]
    captions = [text[a:b] for a, b in (r.span for r in outline.regions if r.label == "caption")]
    assert captions == [CAPTIONS[0], CAPTIONS[2]]  # (a heading right under a caption may be a table's row)


def test_a_metadata_table_under_the_sites_menu_states_the_title() -> None:
    table = "索 引 号：\n000000001/2024-00001\n发文机关：\n某某县人民政府\n标　　题：\n关于做好春季防火工作的通知\n发布日期：\n2024年03月01日\n"
    top = "网站首页 | 政务公开 | 通知公告 | 互动交流\n当前位置：首页 > 政务公开 > 通知公告\n"
    outline = parsed(f"{top}{table}关于做好春季防火工作的通知\n各乡镇：\n一、提高思想认识\n{P1}\n二、突出工作重点\n{P2}")
    assert outline.title == "关于做好春季防火工作的通知"
    assert top_headings(outline) == ["一、提高思想认识", "二、突出工作重点"]
    labels = [r.label for r in outline.regions if r.kind is RegionKind.BOILERPLATE]
    assert labels[-1] == "metadata table" and len(labels) == 3


# --- a long text's lines made when read (lines.TextLines), its body looked at in windows -------------

WHOLE_DOCUMENTS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt")) + sorted(
    (Path(__file__).parent / "dev" / "c").glob("*.txt"))


@pytest.mark.parametrize("path", WHOLE_DOCUMENTS, ids=lambda p: p.stem)
def test_lines_made_when_read_give_the_same_envelope(monkeypatch, path: Path) -> None:
    from orgdoc.envelope import furniture, lines

    text = path.read_text(encoding="utf-8") + "\n下载本文\n" + "\n\n\n\n".join(["本文来源：网络"] * 3)
    expected = find_envelope(text)
    monkeypatch.setattr(lines, "LAZY_FROM", 0)  # every text's lines as a TextLines
    monkeypatch.setattr(furniture, "MID_WINDOW", 7)
    assert isinstance(lines.split_lines(text), lines.TextLines)
    assert find_envelope(text) == expected


@given(st.text(alphabet=st.sampled_from(["\n", " ", "\u3000", "\t", "一", "、", "甲", "。"]), max_size=80))
def test_text_lines_are_the_split_lines(text: str) -> None:
    from orgdoc.envelope import lines

    listed = lines.split_lines(text)
    lazy = lines.TextLines(text)
    assert list(lazy) == listed and [lazy[k] for k in range(len(lazy))] == listed
    assert lazy[1:4] == listed[1:4] and list(lazy.between(2, 5)) == listed[2:5]
    assert lines.first_chars(lazy) == lines.first_chars(listed)


_SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)).map(lambda t: (t[0], t[0] + t[1])), max_size=10)


@given(_SPANS, _SPANS)
def test_region_overlap_look_ups_match_the_pairwise_tests(spans: list, others: list) -> None:
    from orgdoc.envelope import _disjoint, _outside_spans
    from orgdoc.models import Region

    regions = [Region(kind=RegionKind.TABLE, span=s) for s in spans]
    against = [Region(kind=RegionKind.CONTENTS, span=s) for s in others]
    assert _disjoint(regions, against) == [
        r for r in regions if not any(o.span[0] < r.span[1] and r.span[0] < o.span[1] for o in against)]
    assert _outside_spans(regions, against) == [
        r for r in regions if not any(o.span[0] <= r.span[0] < o.span[1] for o in against)]


def test_a_running_header_between_paragraphs_is_boilerplate() -> None:
    # A PDF's text with whole paragraphs: the journal's name and issue head each page, no cue word.
    header = "某某市人民政府公报　2024年第{}期"
    sections = [f"{m}、{h}\n{P1 * 3}\n{header.format(k)}\n{P2 * 3}" for k, (m, h) in
                enumerate([("一", "提高思想认识"), ("二", "突出工作重点"), ("三", "强化组织保障")], 1)]
    text = f"{ARTICLE_TITLE}\n" + "\n".join(sections)
    outline = parsed(text)
    assert [n.marker for n in outline.children] == ["一、", "二、", "三、"]
    running = [text[a:b] for a, b in (r.span for r in outline.regions if r.label == "running header")]
    assert running == [header.format(k) for k in (1, 2, 3)]


def test_a_sub_heading_every_section_repeats_is_no_running_header() -> None:
    # 主要任务 under every section: a short line met once a section, like a page's header, but with no
    # number and never in the middle of a sentence: the document's own heading lines.
    sections = [f"{m}、{h}\n工作目标\n{P1 * 3}\n主要任务\n{P2 * 3}" for m, h in
                [("一", "提高思想认识"), ("二", "突出工作重点"), ("三", "强化组织保障")]]
    outline = parsed(f"{ARTICLE_TITLE}\n" + "\n".join(sections))
    assert not [r for r in outline.regions if r.label == "running header"]
    assert [n.heading for n in outline.children[0].children] == ["工作目标", "主要任务"]


@pytest.mark.parametrize("heading", ["**二、突出工作重点**", "## 二、突出工作重点"])
def test_a_table_ends_at_a_heading_in_markdown(heading: str) -> None:
    text = f"{ARTICLE_TITLE}\n一、提高思想认识\n{P2}\n{TABLE}\n{heading}\n{P3}\n三、强化组织保障\n{P1}"
    outline = parsed(text)
    assert [n.marker for n in outline.children] == ["一、", "二、", "三、"]
    assert [text[a:b] for a, b in (r.span for r in outline.regions if r.kind is RegionKind.TABLE)] == [TABLE]
