"""Bytes → str for text-like inputs.

Order: BOM; strict UTF-8 (most files); BOM-less UTF-16 (NUL parity); then the Chinese legacy codecs,
judged by how much of the decoded text is common Chinese; charset-normalizer last, for text that is
not Chinese. It is not trusted with Chinese: on short or truncated GBK it answers None or cp874
(Thai), and GBK bytes often decode "cleanly" as Big5 nonsense, which only a frequency check catches.

The candidates are judged on a sample of a large file (its head, a middle and a tail slice, cut at
line starts: `sampling`), and the whole file is decoded once, with the winner.
"""

from __future__ import annotations

import codecs
import functools
import re
from contextvars import ContextVar
from dataclasses import dataclass
from itertools import islice

from orgdoc.errors import DecodeError, OrgdocError

from ._common import fail
from .sampling import sample

# Checked longest first: the UTF-32-LE BOM begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Labels decoded with a superset codec: GB18030 contains GBK contains GB2312 (browsers do the same).
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030"}

# Candidates tried after UTF-8 fails, in order of preference when they score the same: UTF-8 (with a
# damaged byte), the Chinese legacy codecs, UTF-16 without BOM and without ASCII (so without NULs).
_LEGACY_CODECS = ("gb18030", "big5", "cp950", "big5hkscs")
_CHINESE_CODECS = ("utf-8", *_LEGACY_CODECS, "utf-16-le", "utf-16-be")

# The most frequent characters of Chinese prose and of official documents, simplified and
# traditional, plus full-width punctuation. A right decoding has a large share of these; a wrong
# one (GBK read as Big5, Big5 read as GBK) produces rare characters and almost none of them.
_COMMON = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后"
    "作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心本前开但因只从"
    "想实日者意无力与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应向头文体政"
    "相见被利二等产或新己制身果加月话合回特代内信表化老给世位次度门任常先通教原东提立及比员解水名真论处"
    "义各入几口认条平系气题活更别打变四总何数安少报才结反受目量再感建务做接必场件计管期市直德资命指许统"
    "区保至队形社便决治展基书非则听却界达放强即难且权思象完设式路记品求据程边该交规取格觉术领共确传观清"
    "今切院让识带导争运步改收根干造言联持组每济亲极服快办议往元证近转准布始存未单具字流备连调深商算质团"
    "集百需价党华城级整府况请技际示复究线似官断精满支视消越容照须九增研写称企八功包片史委查轻易曾除农找"
    "广显标谈图念六引历首局突专费号尽另较注语仅考落随选列响虽推势参众构节投某案维革划致律足态护七兴验责"
    "营够章志底严例防族供效续施留讲型料终答紧绝察段依批群项故按围织害双境客纪采举攻密低友诉止细值仍助育"
    "属限职速刻否状率般普苦创承印试益若继素适省初源险待述习置居劳财环排福获模充负层策简判担退既积余检差"
    "协角配征修胜降阶审坚善超免压执抗宣优著份艺背块守央户款靠评座释顾登货互付换核介讨良序升监临野域括"
    "减编测败困封救贵缺县固席短掌遗康虑均销损端探录附予板含督材灭词择健借禁阴园谋避抓荣束顶练训私翻握"
    "隐熟访弱典扩稳齐迎虚途套贸谷延弃申缓售络抵植纯筑折振盛措残培诚宽伸盟违汇献援译偏符勇触课障涉彻役"
    "描患签仿倾奋撤聚启估拒衡码综薄敏碍详幅液辛励辈贯宪绕趋阅插届惠频递拟剂绩截燃吸纳慎"
    "這個們來為國說時會對於過發後裡麼學現當沒動還進樣經種實機無與長將兩間問產見東員論處義總數報結務場"
    "計資統區隊決書聽難權設記據邊規領確傳觀讓識帶導爭運聯組濟親極辦議證轉準單調質團價黨華級請際線滿視"
    "須寫稱農廣顯標談圖歷專費號盡較語隨選響參眾構節維劃護興驗責營紀採舉細職創試繼適習財環獲層簡擔檢協"
    "審堅執優藝監臨減編測敗貴縣遺損練訓隱擴穩虛貿緩絡築誠盟違譯觸課障涉徹幹廉風紀強織職識綱從開關"
    "點業軍頭體條變層歷讀醫館萬億貫徹嚴歸齊顧氣壓熱勞響辯遠術備雙換認績續範門問應無長頭車馬鳥魚"
    "鐵錢銀錯鍵鎮陣陽陰隊險階際難雜雞電靈響項順須頓預領頻類顯風飛飯養餘館驗體髮鬥齡龍龐務勢勵勝"
    "區協卻歲歷壞壯聲處夢夥奪奮婦媽實寧審寶將專尋對導層屬岡嶺幣師帳幫廠廣廳廢廟開張彈彙後徑徵從"
    "復德態慶憂憶懷戰戶拋掃掛採揚換損搖擊擋據擔擴攜敵斷於時晉曉暫書東條極構槍樂標樹橋檢權歡歸殘"
    "殺氣漢沒溝滅滿漲漸潔潛濟濃濕濱灣災為烏煙無煥營燈燒爭爺牆狀獨獎獲環現產畢畫當療盡監盤矛礎確"
    "礦禮禍禦離種積穩窮競筆節範築簡籌糧紅紀約級純紙紛細終組結絕絡給統絲經綠維網緊線緣編緩練縣總"
    "績繁繩繼續罰罷羅義習聞聯聲職聽肅脅脈腦膽臉臨興舉艦艱芻莊華萬葉著蓋蘇處虧號蟲術衛衝補裝複製"
    "見規視親覺覽觀言訂計訊討訓記訪設許診詞詢試詩該詳誇認誤說誰課調談請諸謀講謝證識護讀變讓讚豐"
    "豬貝負財貢貧貨販責貴買費貼賀資賓賞賠賢賣質賴賽贊贏趕趨跡路踐躍軌軍軟載輔輕輛輝輩輪輸轄轉辦"
    "農迴這連週進遊運過達違遙適遲選遺邊邏郵鄉鄰醜釋針鋼錄鏡鐘鑒門閃閉問閒間閱闆隊際陸陳險隨隱隻"
    "雖雲電震霧靜響頁頂項順須顏願類顧飄飲飽餐驅驚體高鬥鬧魯鮮鳴麗黃點齊龍"
    "，。、；：？！“”‘’（）《》〈〉【】—…·　"
    "零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟"  # numerals: every marker has one
    "党政治领导干部群众纪律作风廉监督改革创新思想理论学习贯彻落实推进坚持完善健全深化强化"
)

_MIN_SCORE = 0.25  # share of common characters a Chinese decoding must reach (right ≈ 0.85–0.95)
# Non-UTF-8 bytes pass as UTF-8 only by chance, a chance that shrinks with every character
# (about 8% per GBK character): past this many non-ASCII characters valid UTF-8 is UTF-8.
_UTF8_DOUBT = 8
# A forced encoding (`encoding=`, --encoding) under which more bytes than this, and more than 1% of
# them, do not decode is the wrong one: an error, not a text of replacement characters.
FORCED_STRAY_BYTES = 3
_SCORE_SAMPLE = 20_000  # characters scored; enough to decide, cheap on big files

# C0 controls that no text file carries (tab, line and page breaks, DOS EOF and ESC are allowed).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x19\x1c-\x1f]")
# Characters outside printable ASCII, whitespace, CJK (U+3000–U+9FFF) and full-width forms
# (U+FFFD too: replaced bytes are limited separately).
_UNUSUAL = re.compile(r"[^ -~\t\n\r\f\u3000-\u9fff\uff00-\uffef\ufffd]")


class _TooDamaged(Exception):
    """Raised from the error handler to stop decoding once more bytes are bad than a caller allows."""


_damage: ContextVar[list[int]] = ContextVar("_damage")  # [bad bytes so far, limit or -1]


def _count_and_replace(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    damage = _damage.get()
    damage[0] += err.end - err.start
    if 0 <= damage[1] < damage[0]:
        raise _TooDamaged
    return "\ufffd", err.end


codecs.register_error("orgdoc-count", _count_and_replace)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_counting(data: bytes, encoding: str, limit: int | None = None) -> tuple[str | None, int]:
    """Decode, replacing undecodable bytes with U+FFFD: (text, bytes replaced); (None, count) as soon
    as more than `limit` bytes are bad (a wrong codec fails fast instead of replacing half the file)."""
    try:
        return data.decode(encoding), 0
    except UnicodeDecodeError:
        pass
    token = _damage.set([0, -1 if limit is None else limit])
    try:
        return data.decode(encoding, "orgdoc-count"), _damage.get()[0]
    except _TooDamaged:
        return None, _damage.get()[0]
    finally:
        _damage.reset(token)


def canonical(label: str, name: str | None) -> str:
    """Python's codec name for `label`, superset-mapped; OrgdocError naming it when unknown or when it
    is no text encoding (zlib, base64, rot13…: bytes-to-bytes transforms; idna, punycode: host names)."""
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError, TypeError):
        raise fail(OrgdocError, f"unknown encoding {label!r}", name) from None
    codec = info.name
    if not getattr(info, "_is_text_encoding", True) or codec in _NOT_DOCUMENT_CODECS:
        raise fail(OrgdocError, f"{label!r} is not a text encoding (name one such as utf-8, gb18030 or big5)",
                   name)
    return _SUPERSETS.get(codec.replace("-", "_"), codec)


# Codecs Python calls text encodings that no document is written in: host-name encodings and the
# codec that refuses everything.
_NOT_DOCUMENT_CODECS = frozenset({"idna", "punycode", "undefined"})


def _result(text: str, encoding: str, bad: int) -> Decoded:
    """A UTF-8 BOM stays the text's first character, as Python's utf-8 codec reads it (`open(path,
    encoding="utf-8")`): offsets then count it as every such reader of the file does. The UTF-16 and
    UTF-32 codecs drop theirs, and so does this."""
    warnings = (f"decoded as {encoding} with {bad} undecodable byte{'s' if bad != 1 else ''} replaced",)
    return Decoded(text if encoding == "utf-8" else text.removeprefix("\ufeff"), encoding, warnings if bad else ())


def decode_text(
    data: bytes, name: str | None, encoding: str | None = None, declared: str | None = None
) -> Decoded:
    """Decode `data`: `encoding` forces a codec; `declared` (an HTML meta charset) is a strong hint."""
    if encoding is not None:
        codec = canonical(encoding, name)
        text, bad = decode_counting(data, codec)
        if bad > _forced_tolerance(len(data)):
            raise fail(
                DecodeError,
                f"cannot decode text: the file is not in {encoding} ({bad} of {len(data)} bytes do not decode);"
                " name its real encoding, or leave it out to have it detected",
                name,
            )
        return _result(text or "", codec, bad)
    if not data:
        return Decoded("", "utf-8")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            kept = len(bom) if codec != "utf-8" else 0  # see _result
            text, bad = decode_counting(data[kept:], _bom_codec(bom, codec))
            return _result(text or "", codec, bad)
    if b"\x00" in data:  # no text file has NULs, but UTF-16 without BOM has many
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise fail(DecodeError, "cannot decode text: the bytes look binary (NUL bytes)", name)
        return utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _detect(data, name, declared)
    # A few GBK characters can pass as UTF-8 (一 = D2 BB reads as һ): short non-Chinese UTF-8 lets
    # cleanly decoding Chinese candidates compete.
    non_ascii = _non_ascii_count(data, text)
    if non_ascii == 0 or non_ascii > _UTF8_DOUBT or chinese_score(text) >= _MIN_SCORE:
        return _checked(text, "utf-8", name)
    return _detect(data, name, declared, _LEGACY_CODECS, tolerated=0)


def _non_ascii_count(data: bytes, text: str) -> int:
    """The text's non-ASCII characters, counted up to _UTF8_DOUBT + 1: each took 2–4 bytes of
    `data` (its UTF-8), so many more bytes than characters settle it without a loop over the text."""
    if len(data) - len(text) > 3 * _UTF8_DOUBT:
        return _UTF8_DOUBT + 1
    return len(list(islice((ch for ch in text if ch > "\x7f"), _UTF8_DOUBT + 1)))


def _bom_codec(bom: bytes, codec: str) -> str:
    """The byte-order-specific codec for the bytes after `bom` (the BOM itself is already cut)."""
    if codec == "utf-8":
        return "utf-8"
    little = bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF32_LE)
    return f"{codec}-{'le' if little else 'be'}"


def _checked(text: str, encoding: str, name: str | None, bad: int = 0) -> Decoded:
    """Reject text full of control characters: a valid decoding of binary is still binary."""
    controls = len(_CONTROLS.findall(text))
    if controls and controls * 100 > len(text):
        raise fail(DecodeError, "cannot decode text: the bytes look binary (control characters)", name)
    return _result(text, encoding, bad)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without BOM: NULs (from ASCII, or U+4E00 一) fall mostly on one side of the 2-byte units.
    Both byte orders are judged on a sample of a large file; the whole is decoded with the better."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if len(data) < 4 or not even + odd:
        return None
    order = ("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le")
    sampled = sample(data, "\n".encode(order[0]))
    part = data if sampled is None else sampled
    best: tuple[float, int, str, str, int] | None = None  # (score, -rank, codec, text, bad)
    for rank, codec in enumerate(order):
        text, bad = decode_counting(part, codec, limit=2)
        if text is not None and _looks_like_text(text):
            key = (chinese_score(text), -rank)
            if best is None or key > best[:2]:
                best = (*key, codec, text, bad)
    if best is None or sampled is None:
        return None if best is None else _result(best[3], best[2], best[4])
    for codec in dict.fromkeys((best[2], *order)):  # the sample's choice, else the other order
        text, bad = decode_counting(data, codec, limit=2)
        if text is not None:
            return _result(text, codec, bad)
    return None


def _looks_like_text(text: str) -> bool:
    """Mostly printable ASCII, whitespace, CJK and full-width forms: what these documents are made of."""
    return len(_UNUSUAL.findall(text)) * 10 <= len(text)


def chinese_score(text: str) -> float:
    """Share of non-ASCII characters that are common Chinese characters or punctuation."""
    sample = text[:_SCORE_SAMPLE]
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))  # counted in C, not a loop per character
    if not non_ascii:
        return 0.0
    common = len(sample) - len(_common_runs().sub("", sample))  # runs deleted at once: no string a character
    return common / non_ascii


@functools.lru_cache(maxsize=1)
def _common_runs() -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted(_COMMON))) + "]+")


def _forced_tolerance(size: int) -> int:
    """Undecodable bytes a forced encoding may meet and still be replaced with a warning: a few stray
    bytes (a cut-off last character, a damaged byte), or up to 1% of a larger file."""
    return max(FORCED_STRAY_BYTES, size // 100)


def _tolerated(size: int) -> int:
    """Undecodable bytes a candidate may have: a cut-off last character, or ~1% damage."""
    return 3 + size // 100


def _detect(
    data: bytes,
    name: str | None,
    declared: str | None,
    candidates: tuple[str, ...] = _CHINESE_CODECS,
    tolerated: int | None = None,
) -> Decoded:
    """The best-scoring Chinese decoding, else UTF-8, else charset-normalizer's guess. Candidates are
    ranked on a sample; the whole file is decoded with the best, or the next when the best fails on
    it, or the best with its undecodable bytes replaced (a warning says how many)."""
    sampled = None if tolerated is not None else sample(data, b"\n")
    part = data if sampled is None else sampled
    limit = _tolerated(len(part)) if tolerated is None else tolerated
    if sampled is None and declared is not None:
        clean = _unbeatable(part, declared)
        if clean is not None:  # what the ranking would choose, without decoding the others
            return _checked(clean, declared, name)
    ranked = _ranked(part, declared, candidates, limit)
    if not ranked:
        return _not_chinese(data, name)
    if sampled is None:  # the file is its own sample: its decoding is the text
        _, bad, codec, text = ranked[0]
        return _checked(text, codec, name, -bad)
    return _decode_whole(data, ranked, name)


def _decode_whole(data: bytes, ranked: list[tuple[float, int, str, str]], name: str | None) -> Decoded:
    """`data` decoded with the sample's best candidate, or the next when the best fails on the whole,
    or the best with its undecodable bytes replaced (a warning says how many)."""
    for score, _, codec, _ in ranked:
        text, bad = decode_counting(data, codec, _tolerated(len(data)))
        if text is None:
            continue
        for other in (entry[2] for entry in ranked if entry[0] == score and entry[2] != codec):
            # Damage on the whole: a codec that scored the same may decode more of it (Big5 and
            # Big5-HKSCS read the same sample alike), as the whole file's count would have ranked it.
            better, fewer = decode_counting(data, other, bad - 1) if bad else (None, 0)
            if better is not None:
                text, bad, codec = better, fewer, other
        return _checked(text, codec, name, bad)
    codec = ranked[0][2]  # no candidate holds on the whole: the sample's best, bytes replaced
    replaced, bad = decode_counting(data, codec)
    return _checked(replaced or "", codec, name, bad)


DECLARED_BONUS = 0.5  # score a page's declared charset is given over the other candidates


def _unbeatable(data: bytes, declared: str) -> str | None:
    """The text of `data` in its declared codec when no candidate could rank above it: it decodes
    every byte and scores at least 1 - DECLARED_BONUS, so with the bonus it reaches 1.0, the most any
    other scores, and wins ties by coming first with no byte replaced."""
    text, bad = decode_counting(data, declared, 0)
    if text is None or bad or not _looks_like_text(text):
        return None
    return text if chinese_score(text) >= 1 - DECLARED_BONUS else None


def _ranked(
    data: bytes, declared: str | None, candidates: tuple[str, ...], limit: int
) -> list[tuple[float, int, str, str]]:
    """(score, -bad bytes, codec, text) of each candidate that decodes `data` to text-like Chinese,
    best first (ties in the order of preference)."""
    scored = []
    for codec in dict.fromkeys(c for c in (declared, *candidates) if c):
        text, bad = decode_counting(data, codec, limit)
        if text is None or not _looks_like_text(text):
            continue
        score = chinese_score(text) + (DECLARED_BONUS if codec == declared else 0.0)
        if score >= _MIN_SCORE:
            scored.append((score, -bad, codec, text))
    return sorted(scored, key=lambda entry: entry[:2], reverse=True)  # stable: ties keep their order


def _not_chinese(data: bytes, name: str | None) -> Decoded:
    """Valid UTF-8, else charset-normalizer's guess, else UTF-8 with a damaged byte or two."""
    try:
        return _checked(data.decode("utf-8"), "utf-8", name)
    except UnicodeDecodeError:
        pass
    for codec in (_normalizer_guess(data), "utf-8"):
        if codec is not None:
            decoded, bad = decode_counting(data, codec, _tolerated(len(data)))
            if decoded is not None:
                return _checked(decoded, codec, name, bad)
    raise fail(DecodeError, "cannot decode text: no known encoding fits the bytes", name)


def _normalizer_guess(data: bytes) -> str | None:
    """charset-normalizer's best encoding, superset-mapped, or None when it finds nothing plausible."""
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None:
        return None
    codec = codecs.lookup(match.encoding).name
    if "\nA1".encode(codec, errors="replace") != b"\nA1":  # EBCDIC & co. "decode" anything: never a guess
        return None
    return _SUPERSETS.get(codec.replace("-", "_"), codec)
