"""Web-page furniture: which single line is an upload stamp, a download or copyright notice, an advert.

The cue words are data tables. A "strong" pattern marks a line even when it is a long sentence; a
"short" pattern marks only a short line, so one cue word never throws away a line of speech. At the
top and bottom of a text (`edge`) cues count more than between the body's paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Final

from orgdoc.grammar import starts_with_marker
from orgdoc.models import Region, RegionKind
from orgdoc.normalize import running_headers

from .lines import HAN, Line, lines_between, norm, prev_content
from .scan import any_of, guarded, hit_lines, is_anchored, line_scan

SENTENCE_MIN: Final = 24  # a line this long with a 。 is a sentence: one cue word does not make it furniture
MID_LINE_MAX: Final = 100  # mid-body lines longer than this are never furniture (keeps the pass cheap)
# a longer line is body text run together (a speech pasted on one line), never furniture
FURNITURE_MAX: Final = 400

STAMP_CUES: Final = "作者|上传|来源|浏览|阅读|字数|发布|点击|编辑|责编|收藏|评论|栏目|分类|原创"  # page stamps (原创: WeChat's)
# 来源： 发布日期： 浏览次数：
STAMP_FIELD: Final = rf"(?:{STAMP_CUES})(?:时间|日期|次数|量|者|人|单位)?\s*[:：]"
# 时间：7月8号 beside a stamp field (发布人：某某 联络点：某地 时间：…): a bare date key, not one word's end (会议时间：)
DATE_FIELD: Final = r"(?<![\u4e00-\u9fff])(?:时间|日期)\s*[:：]"
ADVERT_STRONG: Final = (  # membership and chat-group adverts: one is enough on a short line
    "禁止外传|仅供学习|仅供参考|仅供个人|[Qq]{2}群|会员群|微信群|交流群|加群|扫码|扫一扫|二维码|"
    "公众号|订阅|倒卖|客服|VIP|vip|开通会员|会员专享|充值|长按识别|蓝字|关注我们"
)
# at the edges two different ones make an advert line
ADVERT_WEAK: Final = "会员|举报|资料|免费|权益|独家|打击"
# A call to action: an urging word and what to do (立即开通, 点击下载), a "see more" link, or a link arrow.
CTA_URGE: Final = "立即|马上|现在就?|点击|点此|点我|一键|赶快|赶紧|快来|免费"
CTA_DO: Final = "开通|下载|购买|领取|查看|阅读|注册|登录|加入|升级|订阅|获取|收藏|体验|试用|抢购|充值|咨询"
CALL_TO_ACTION: Final = (rf"^[【\[]?(?:{CTA_URGE})\s*(?:{CTA_DO})|^(?:查看|阅读|展开|显示|浏览|了解)\s*(?:更多|全文|原文|详情)"
                  r"|(?:>>|＞＞|»|→)\s*$")
# Page controls of a web article: font size, print, close, share, previous and next article.
PAGE_CONTROLS: Final = (
    r"^[【\[]?(?:字号|字体|文字|字体大小|字号大小)\s*[:：]?\s*[【\[]?[大中小]"  # 字号：大 中 小 / 【字体：大 中 小】
    # the same control cut into lines by its markup (<span>字号：</span> <a>大</a><a>中</a><a>小</a>):
    # the key alone, closed by its colon, and the three sizes alone
    r"|^[【\[]?(?:字号|字体|字体大小|字号大小)\s*[:：]\s*$|^[【\[]?大[】\]]?\s*[【\[]?中[】\]]?\s*[【\[]?小[】\]]?$"
    r"|打印本页|打印此页|打印本文|打印文章|关闭窗口|关闭本页|返回顶部|回到顶部|返回首页|加入收藏|收藏本页|设为首页"
    r"|^(?:分享到|分享至|转发到|分享)\s*[:：]|^(?:上一篇|下一篇|上一页|下一页|上篇|下篇)\s*[:：]"
    r"|^(?:[【\[][^】\]]{1,6}[】\]]\s*){2,}$"  # 【打印】 【关闭】: a row of bracketed buttons
    # a government site's exit-link dialog (您访问的链接即将离开'XX网站'是否继续？ 继续访问 放弃) and its ✕
    r"|即将离开.{0,40}?是否继续|^(?:继续访问\s*放弃|[Xx×✕✖])$"
    # a search box's labels and button alone on their lines (智能搜索 / 搜一下, 站内搜索, 搜索)
    r"|^(?:智能|站内|全站|全文|高级)?(?:搜索|检索|搜一下)$"
)
RELATED: Final = (  # a heading after which the page lists other articles, to the end of the text
    "相关范文推荐|相关文章推荐|相关范文|相关文章|相关推荐|相关阅读|推荐阅读|延伸阅读|猜你喜欢|"
    "热门推荐|热门文章|更多相关|往期推荐|往期回顾|精彩推荐|为你推荐|你可能感兴趣的|相关文档|相关下载|"
    "相关链接|相关新闻|相关稿件|相关信息|相关文件|相关解读|政策解读|相关附件|热点排行|最新发布|本期目录|热点推荐|"
    "热点新闻|最新文章|最新动态|最新资讯|最新新闻|图片新闻|专题专栏|往期精彩回顾|往期精彩|精彩回顾|推荐文章|附件下载|"
    # a sidebar's ranking of the site's articles, and its contact box, set after the article on a saved page
    "新闻排行榜|新闻排行|点击排行|阅读排行|热门排行|联系我们"
)
# The heading as pages dress it: 【往期推荐】 ▼ 往期推荐 ▼ - 往期推荐 - —— 推荐阅读 —— 推荐阅读 ↓ ▍相关阅读,
# and as Markdown sets it: ## 相关阅读, **热点推荐**
_DRESS_OPEN = r"[【\[▼▽▍▌▎█■◆●\-—–－·•#*\s]*"
_DRESS_CLOSE = r"[】\]▼▽↓\-—–－·•*\s]*"
# A box's heading may carry its link to the full list: 新闻排行榜 更多+, 相关新闻 更多>>
_MORE = r"(?:更多\s*[+＋>＞»]*\s*)?"
RELATED_RE: Final = re.compile(rf"^{_DRESS_OPEN}(?:{RELATED}){_DRESS_CLOSE}(?:[:：]\s*)?{_MORE}$")
# A breadcrumb: 您现在的位置：… / 当前位置：… / 首页 > 政务公开 > 领导讲话 / 首页 >> 领导讲话, also stepped with 》 and
# set between ornaments (※当前位置》学生管理》有关须知※)
_CRUMB_SEP = r"(?:>>?|＞＞?|›|»|》|→|&gt;)"
_CRUMB_ORNAMENT = r"[※★☆◆◇■□●○▶►\s]*"
BREADCRUMB_START: Final = (rf"{_CRUMB_ORNAMENT}(?:(?:您(?:现在|当前)?的?|当前|现在|所在)?(?:所在)?位置\s*[:：>›»》]"
                           # the cue set off by a space alone, before the first step (当前位置 主页>> 关于我们)
                           rf"|(?:您(?:现在|当前)?的?|当前|现在|所在)(?:所在)?位置\s+\S{{1,8}}\s*{_CRUMB_SEP}"
                           rf"|(?:网站)?[首主]页\s*{_CRUMB_SEP})")
# A site's menu line: 首页 | 政务公开 | 互动交流 | 办事服务, 网站首页 · 新闻中心, 首页　政务公开　在线服务
_MENU_SEP = r"[|｜·•/／]"
_NUM_DATE = r"\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
_FURNITURE: tuple[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None], ...] = (
    # (label, pattern marking even a sentence line, pattern marking a short line)
    ("upload stamp",  # 2020-11-03 14:40:40 作者:会员上传 / 来源：XX网 发布时间：2024-01-05
     re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}"),
     re.compile(rf"\d{{4}}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}日?\s*\d{{1,2}}[:：]\d{{2}}"
                rf"|{STAMP_FIELD}.{{0,40}}(?:{STAMP_FIELD}|{DATE_FIELD})|{DATE_FIELD}.{{0,40}}{STAMP_FIELD}"
                rf"|^(?:发布|更新|上传|录入)(?:时间|日期)\s*[:：]\s*\d{{4}}"
                rf"|{_NUM_DATE}.{{0,40}}(?:{STAMP_CUES})|(?:{STAMP_CUES}).{{0,40}}{_NUM_DATE}")),
    ("site blurb",  # 简介:XX文库小编为你整理了这篇《…》
     re.compile(r"^(?:内容)?(?:简介|摘要|导读|提要)\s*[:：].*(?:小编|为你|为您|文库|范文|这篇)"
                r"|小编(?:为你|为您|精心|帮你)?(?:整理|收集|推荐)"),
     None),
    ("download notice",  # 下载《…》word格式文档 / 点此处下载文档 / 文档为doc格式
     re.compile(r"下载.{0,80}?(?i:word|docx?|pdf|wps)|点击?(?:此处|这里)?下载|文档为\s*\w{0,5}\s*格式"
                r"|请勿使用迅雷|下载到(?:自己|本地)?的?电脑|下载本文|免费下载|下载地址"),
     re.compile(r"下载.{0,20}(?:文档|全文|原文|附件)")),
    ("copyright notice",  # 声明:本文内容由互联网用户… / 版权所有 / 如有侵权请联系删除
     re.compile(r"^(?:免责|版权|特别)?声明\s*[:：]|版权所有|(?i:all rights reserved)|©"
                r"|本(?:网)?站.{0,40}(?:侵权|删除|版权|所有权)|侵权(?:必究|请联系|联系删除)|联系删除"),
     re.compile(r"版权|侵权|转载请注明")),
    ("advert", None, re.compile(f"{ADVERT_STRONG}|{CALL_TO_ACTION}")),
    ("page control", None, re.compile(PAGE_CONTROLS)),
    # what a government page's accessible markup tells a screen reader about a part of the page, kept as a
    # heading by a converter (## 该区域包含搜索框和检索按钮,…按回车键进行搜索; ## …请使用tab按钮切换浏览)
    ("accessibility hint", re.compile(r"该区域包含|请使用\s*tab\s*(?:键|按钮)|(?i:tab)\s*(?:键|按钮)切换|按回车键进行"), None),
    # An address's name part is looked at from its @ back (one character is enough): `[\w.+-]+@` tried
    # at every letter of a line of Han characters rescans the whole run each time (quadratic).
    ("link or e-mail", None, re.compile(r"https?://|www\.|(?<=[\w.+-])@[\w-]+(?:\.[\w-]+)+")),
    ("page number", None,  # 第 3 页 共 9 页 / - 3 -
     re.compile(r"^(?:第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|[-－—–]\s*\d{1,3}\s*[-－—–])$")),
    ("breadcrumb", None, re.compile(rf"^(?:{BREADCRUMB_START})")),  # and `_crumb_trail` below
    ("navigation", None, re.compile(rf"^(?:网站)?首页(?:\s*{_MENU_SEP}|(?:\s++\S{{2,8}}+){{2,}}$)")),  # and `_menu_row`
    ("related articles", None, RELATED_RE),
    ("source line", None,  # 来源：XX组工 / 责任编辑：XX / 审核：XX under an article (作者： is a byline)
     re.compile(r"^(?:来源|出处|编辑|责编|责任编辑|审核|审校|校对|供稿|排版|美编|摄影|图片|出品|监制)\s*[:：|丨]")),
    ("end mark", None, re.compile(r"^[（(【\[]?(?:完|全文完|(?i:end))[）)】\]]?$")),  # （完）
    # A database's record key over a document it exports (【法宝引证码】 CLI.12.748997, 索引号：000014349/2018-00222):
    # a short key, bracketed or closed by a colon, then only a code of ASCII letters and digits held together
    # by . / - (a phone number alone is no code: its key names a contact, runin.words.DATA_LABELS)
    ("record id", None,
     re.compile(rf"^(?:[【\[]\s*[{HAN}]{{2,8}}\s*[】\]]\s*[:：]?|[{HAN}]{{2,8}}\s*[:：])\s*"
                r"(?=[A-Za-z0-9._/\-]*[A-Za-z._/\-])(?=[A-Za-z0-9._/\-]*\d)[A-Za-z0-9][A-Za-z0-9._/\-]{3,40}$")),
    # a Markdown container's fence (VuePress, markdown-it-container): ::: tip 修订信息, ::: details 目录, ::: right
    ("container fence", re.compile(r"^:{3,}[ \t]*[A-Za-z][\w-]*(?:[ \t].*)?$"), None),
    ("site name", None,  # a masthead over the article: 人民网, 中国政府网, XX市人民政府门户网站
     re.compile(rf"^(?:[{HAN}]{{2,5}}网|[{HAN}Xx×]{{2,20}}(?:门户网站|政府网|网站|客户端)|中华人民共和国中央人民政府)$")),
)
# Lines that are one link of a page's list and nothing more: whatever number opens them, the number is
# the list's, never a point of the outline, so they are told before the marker test (`furniture_label`).
_FILE_END = r"\.(?i:docx?|xlsx?|wps|et|pdf|ofd|zip|rar|7z|pptx?|txt|csv)[ \t]*(?:[（(][ \t]*[\d.]+[ \t]*[KMG]?B[ \t]*[）)])?$"
_LIST_LINKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a file offered for download: 1. 某某清单.xls / 附件2：某某名单.pdf（35KB）; a short line, no sentence
    ("download notice", re.compile(rf"^[^。，；\n]{{1,80}}?(?<=[^\s.]){_FILE_END}")),
    # a Markdown link alone on its line, bulleted or numbered, maybe dated: 1. [标题](https://…) 2024-01-05;
    # the link may carry its title, as converters write a page's links (1. [首页](https://… "首页")), and its
    # closing bracket may have been widened before Chinese text (normalize)
    ("link or e-mail", re.compile(r"^(?:[-*+]|\d{1,3}[.．、)）])?[ \t]*\[[^\]\n]{1,120}\]\([^)）\s]{1,400}"
                                  r"(?:[ \t]+(?:\"[^\"\n]{0,120}\"|'[^'\n]{0,120}'))?[)）]"
                                  r"[ \t]*(?:[\[（(]?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[\]）)]?)?$")),
)
_CRUMB_STEP_RE = re.compile(r"\s(?:>>?|＞＞?|›|»)")
_CRUMB_CHAR_RE = re.compile(r"[>＞›»]")
_MENU_BAR_RE = re.compile(r"[|｜]")
_SHAPES: dict[str, Callable[[str], bool]] = {}  # label → a shape test beside its pattern (set below)
# Between paragraphs only these short-line labels apply: elsewhere (版权, 公众号, 相关文章) a short
# unnumbered heading of the speech could carry the cue word.
MID_BODY_LABELS: Final = frozenset(
    {"upload stamp", "download notice", "link or e-mail", "page number", "page control"})
_ADVERT_STRONG_RE = re.compile(f"{ADVERT_STRONG}|{CALL_TO_ACTION}")
_ADVERT_ANY_RE = re.compile(f"{ADVERT_STRONG}|{ADVERT_WEAK}")
# 【打击…活动】: an advert tag at the top of a page; but not 【第一章  总则】, a rules' numbered chapter
# heading set in brackets
_BRACKET_LINE_RE = re.compile(r"^【(?![ \u3000]*第[ \u3000]*[一二三四五六七八九十百0-9]+[ \u3000]*[章节條条部篇编])[^】]{1,20}】$")
_ALNUM_RE = re.compile(r"[^\W_]")  # str.isalnum's characters: \w without the underscore
_ATX_RE = re.compile(r"#{1,6}[ \t]")  # a Markdown heading line


# The rules as they run: each pattern behind a guard of its first characters (scan.py), so that a line
# holding none of them costs one quick scan instead of trying every alternative at every character.
_RULES = tuple((label, guarded(strong) if strong else None, guarded(short) if short else None)
               for label, strong, short in _FURNITURE)
_ADVERT_STRONG = guarded(_ADVERT_STRONG_RE)
_ADVERT_ANY = guarded(_ADVERT_ANY_RE)  # whether there is a cue; `_ADVERT_ANY_RE.findall` lists them


def furniture_label(s: str, edge: bool = True, title: str | None = None) -> str | None:
    """Why a line is web furniture, or None. `edge`: at the top or bottom, where cues count more."""
    if not s or len(s) > FURNITURE_MAX:
        return None
    label = _edge_label(s) if edge else _label(s, False)
    # a Markdown heading naming the titled document (##### 关于《X》征询公众意见的公告 under X) is a heading
    # of the page's own, over the notice it titles, not the title echoed in a link or a footer
    if label is None and title and "《" in s and not _is_sentence(s) and not starts_with_marker(s) \
            and not _ATX_RE.match(s) and len(norm(title)) >= 4 and norm(title) in norm(s):
        return "repeated title"
    return label


@lru_cache(maxsize=1024)
def _edge_label(s: str) -> str | None:
    """`_label` of a line at the top or bottom: the page's first lines are asked about by several
    rules (the menu, the title block, the site's name), each with the same line."""
    return _label(s, True)


# A line of the source code a page's text is kept in (a mini-program's page module, a class holding a
# sample response, a JSON record): a comment (//…, /**), an import, a JSON key ({"title":…), a declaration
# opening a block (Page({ data: { public class X {), a key opening or holding a value (text: ` userInfo:
# {},), or the closing of one (`, }, });). Text in the code's strings is the document; the code around it
# at the top is no title.
_CODE_LINE = re.compile(
    r"\s*(?://.*|/\*.*|\*/"
    r"|(?:package|import)\s+[\w.]+(?:\.\*)?;|[\[{]*\s*\"[A-Za-z_$][\w$]*\"\s*:.*"
    r"|(?:(?:public|private|protected|static|final|export|default)\s+)*(?:class|interface)\s+\w+[^{}]*\{"
    r"|[A-Za-z_$][\w$.]*\s*\(?\s*[{(\[`]+"
    r"|[A-Za-z_$][\w$.]*\s*:\s*(?:[{(\[`]+|\{\}|\[\]|true|false|null|\d+)\s*,?"
    r"|[`'\"]?\s*[})\]]+[,;)\]}]*|`\s*,?)\s*"
)


def _label(s: str, edge: bool) -> str | None:
    if edge and _CODE_LINE.fullmatch(s):
        return "source code"
    for label, link in _LIST_LINKS:
        if link.match(s):
            return label
    if starts_with_marker(s):
        return None
    if not _ALNUM_RE.search(s):
        return "separator"
    sentence = _is_sentence(s)
    for label, strong, short in _RULES:
        if strong is not None and strong.search(s):
            return label
        if short is None or sentence or not (edge or label in MID_BODY_LABELS):
            continue
        if short.search(s) or (label in _SHAPES and _SHAPES[label](s)):
            return label
    if not sentence and _two_advert_cues(s) and (edge or _ADVERT_STRONG.search(s)):
        return "advert"
    return None


# A page's trail and its article's title set side by side in one block (<span>当前位置：首页 > 公告</span>
# <span>关于…的通知</span>) read as one line: the trail's last step, a space, then the title.
_CRUMB_SEP_RE = re.compile(r">>?|＞＞?|›|»|→")
_CRUMB_TAIL_RE = re.compile(r"\s*\S{1,16}\s+(?=\S)")


def crumb_tail(s: str) -> int | None:
    """Where the text after a breadcrumb's last step starts (当前位置：首页 > 公告 关于…的通知: at 关于);
    None when the last step ends the line."""
    last = None
    for last in _CRUMB_SEP_RE.finditer(s):
        pass
    m = _CRUMB_TAIL_RE.match(s, last.end()) if last is not None else None
    return m.end() if m is not None else None


def crumb_last_step(s: str) -> tuple[int, int] | None:
    """Where a breadcrumb's last step stands when it ends the line (当前位置：首页 > 举报须知: 举报须知);
    None when the line has no step separator or text runs on after the step (crumb_tail)."""
    last = None
    for last in _CRUMB_SEP_RE.finditer(s):
        pass
    if last is None or crumb_tail(s) is not None:
        return None
    start = len(s) - len(s[last.end():].lstrip())
    end = len(s.rstrip())
    return (start, end) if start < end else None


def _crumb_trail(s: str) -> bool:
    """A line ending in two or more ` > item` steps (首页 > 政务公开 > 领导讲话), items of 1-16
    characters. Cut at the separators instead of one regex: a repeated group whose items may hold the
    spaces around the separators backtracks exponentially on a line that nearly matches."""
    steps = _CRUMB_STEP_RE.split(s)
    if len(steps) < 3:
        return _bare_crumb(s)
    return all(0 < len(step.lstrip()) <= 16 and not _CRUMB_CHAR_RE.search(step) for step in steps[-2:]) \
        and bool(steps[-1].strip())


# A trail whose separators were icons (lost with the markup): a few words ending in the article page's
# own step (人人创新券 人人创新券公告信息 公告正文; 首页 通知公告 详情), never a title's last word.
_BARE_CRUMB_END_RE = re.compile(r"^\S{0,6}(?:正文|详情|详细内容|详细信息|内容页)$")
_BARE_CRUMB_WORDS = (3, 6)  # two words may be a heading set apart (请阅读以下 正文)


def _bare_crumb(s: str) -> bool:
    words = s.split()
    low, high = _BARE_CRUMB_WORDS
    return low <= len(words) <= high and bool(_BARE_CRUMB_END_RE.match(words[-1])) \
        and all(len(word) <= 16 and word.isalnum() for word in words)


def _menu_row(s: str) -> bool:
    """A row of at least four menu items of 1-8 characters between | bars (首页 | 政务公开 | …), or of
    at least MENU_WORDS words of at most 4 characters between spaces (国务院　总理　新闻　政策　互动…: a
    spaced title holds a few longer phrases, a letter-spaced one (关 于 做 好 2025 年 度 …) mostly single
    characters, which menu items never are); cut at the bars for the same reason as `_crumb_trail`."""
    items = _MENU_BAR_RE.split(s)
    if len(items) >= 4 and all(0 < len(item.strip()) <= 8 for item in items):
        return True
    words = s.split()
    return len(words) >= MENU_WORDS and all(len(word) <= 4 and word.isalnum() for word in words) \
        and 2 * sum(len(word) == 1 for word in words) < len(words)  # 政 府 工 作 报 告: a letter-spaced title


MENU_WORDS: Final = 5


def is_advert_line(s: str) -> bool:
    return bool(_ADVERT_STRONG.search(s) or _BRACKET_LINE_RE.match(s) or _two_advert_cues(s))


def _two_advert_cues(s: str) -> bool:
    """Two different advert words (会员 and 资料) in the line."""
    return _ADVERT_ANY.search(s) is not None and len(set(_ADVERT_ANY_RE.findall(s))) >= 2


MID_WINDOW = 20_000  # lines looked at together (the patterns are line by line): a long text's passes stay small


def mid_furniture(lines: Sequence[Line], first: int, stop: int) -> list[Region]:
    """Furniture pasted between the body's paragraphs (kept inside the body span). The patterns that
    can label a line there run once over all the body's short lines (scan.py), those for short lines
    only over the lines that are not sentences; `furniture_label` then decides on the lines they hit.
    A long body is looked at MID_WINDOW lines at a time."""
    return [region for at in range(first, stop, MID_WINDOW)
            for region in _mid_furniture(lines, at, min(at + MID_WINDOW, stop))]


def _mid_furniture(lines: Sequence[Line], first: int, stop: int) -> list[Region]:
    at = [k for k, line in enumerate(lines_between(lines, first, stop), first)
          if line.text and len(line.text) <= MID_LINE_MAX]
    short = [lines[k] for k in at]
    texts = [line.text for line in short]
    plain = [k for k, s in enumerate(texts) if not _is_sentence(s)]
    hits = set(hit_lines(texts, _MID_ANY_LINE))
    # A separator: no letter or digit. Most lines open with one, which a str method tells quicker.
    hits.update(k for k, s in enumerate(texts) if not s[0].isalnum() and not _ALNUM_RE.search(s))
    hits.update(plain[k] for k in hit_lines([texts[k] for k in plain], _MID_PLAIN_LINE))
    # A PDF's running header (某某公报 2024年第3期), once a page: no cue word, only its repeats tell it.
    running = set(running_headers(texts, [line.start for line in short], lambda k: _text_before(lines, at[k])))
    hits.update(running)
    found = []
    for k in sorted(hits):
        label = furniture_label(texts[k], edge=False) or ("running header" if k in running else None)
        if label:
            span = (short[k].start, short[k].end)
            found.append(Region(kind=RegionKind.BOILERPLATE, span=span, label=label))
    return found


def _text_before(lines: Sequence[Line], k: int) -> str:
    """The text of the last line with text before lines[k] ("" at the start)."""
    j = prev_content(lines, k)
    return lines[j].text if j >= 0 else ""


def _is_sentence(s: str) -> bool:
    """A line this long with a 。: one cue word does not make it furniture."""
    return "。" in s and len(s) > SENTENCE_MIN


def _strong_scans() -> tuple[re.Pattern[str], ...]:
    """The strong patterns as `hit_lines` runs them: one anchored at the line's start alone (tried after
    each newline only), the others as one alternation: their first characters are rare, and one guard
    skipping to any of them costs less than a pass for each."""
    strong = [p for _, p, _ in _FURNITURE if p is not None]
    anchored = [p for p in strong if is_anchored(p)]
    links = [re.compile(_FILE_END, re.MULTILINE), _LIST_LINKS[1][1]]  # a file's name found from its dot
    return (*map(line_scan, anchored + links), line_scan(any_of([p for p in strong if p not in anchored])))


# What can give a line a label between paragraphs (`furniture_label` with edge=False): on any line, a
# strong pattern or a list's link (or no letter or digit at all); on a line that is not a sentence, a short pattern of
# MID_BODY_LABELS or a strong advert cue.
_MID_ANY_LINE = _strong_scans()
_MID_PLAIN_LINE = (line_scan(_ADVERT_STRONG_RE), *(line_scan(short) for label, _, short in _FURNITURE
                                                    if short is not None and label in MID_BODY_LABELS))


_SHAPES.update({"breadcrumb": _crumb_trail, "navigation": _menu_row})
