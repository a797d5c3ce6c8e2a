"""Numbers as Chinese documents write them: 一 … 九十九, 0-9 in either width, ① … ⑳, ⑴ … ⒇, ⒈ … ⒛, ㈠ … ㈩, Ⅰ … Ⅻ,
ⅰ … ⅻ, 1️⃣ … 9️⃣, A … Z, a … z."""

from __future__ import annotations

from functools import lru_cache

# Digit values. 〇/零 appear inside years (二〇二四), 两 in counts (两点意见), 壹… in financial style.
CN_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "叄": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6,
    "柒": 7, "捌": 8, "玖": 9,
}
CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100}
CIRCLED_FIRST = ord("①")  # ① … ⑳ are consecutive code points
PAREN_DIGIT_FIRST = ord("⑴")  # ⑴ … ⒇ likewise
PAREN_CN_FIRST = ord("㈠")  # ㈠ … ㈩, ten of them
DIGIT_STOP_FIRST = ord("⒈")  # ⒈ … ⒛, twenty of them
KEYCAP_END = "\u20e3"
ROMAN_FIRST = ord("Ⅰ")  # Ⅰ … Ⅻ, twelve of them, and ⅰ … ⅻ sixteen code points on
ROMAN_LOW_FIRST = ord("ⅰ")
FULLWIDTH_ZERO = ord("０")
ASCII_ROMAN = {r: k for k, r in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), 1)}


STEMS = "甲乙丙丁戊己庚辛壬癸"  # the ten heavenly stems, in order


@lru_cache(maxsize=4096)
def to_int(numeral: str) -> int | None:
    """The value of a numeral as markers use it, or None if it is not one.

    >>> to_int("十一"), to_int("二十三"), to_int("12"), to_int("１２"), to_int("③")
    (11, 23, 12, 12, 3)
    """
    numeral = numeral.strip()
    if not numeral:
        return None
    if len(numeral) == 1 and 0 <= ord(numeral) - CIRCLED_FIRST < 20:
        return ord(numeral) - CIRCLED_FIRST + 1
    if len(numeral) == 1 and 0 <= ord(numeral) - PAREN_DIGIT_FIRST < 20:
        return ord(numeral) - PAREN_DIGIT_FIRST + 1
    if len(numeral) == 1 and 0 <= ord(numeral) - PAREN_CN_FIRST < 10:
        return ord(numeral) - PAREN_CN_FIRST + 1
    if len(numeral) == 1 and 0 <= ord(numeral) - DIGIT_STOP_FIRST < 20:
        return ord(numeral) - DIGIT_STOP_FIRST + 1
    if numeral.endswith(KEYCAP_END):  # 1️⃣: a digit, perhaps the emoji selector, the keycap
        return to_int(numeral[0]) if numeral[0].isascii() and numeral[0].isdigit() else None
    if len(numeral) == 1 and (0 <= ord(numeral) - ROMAN_FIRST < 12 or 0 <= ord(numeral) - ROMAN_LOW_FIRST < 12):
        return (ord(numeral) - ROMAN_FIRST) % 16 + 1
    if numeral in ASCII_ROMAN:  # I. II. III. (I V X alone too: the grammar reads them as numerals)
        return ASCII_ROMAN[numeral]
    if len(numeral) == 1 and numeral in STEMS:  # 甲、乙、丙、: the heavenly stems count 1 … 10
        return STEMS.index(numeral) + 1
    if len(numeral) == 1 and "A" <= numeral <= "Z":  # A. B. C. number points as 1, 2, 3
        return ord(numeral) - ord("A") + 1
    if len(numeral) == 1 and "a" <= numeral <= "z":  # a) b) c) likewise
        return ord(numeral) - ord("a") + 1
    if len(numeral) == 3 and numeral[1] in " \u3000" and numeral[0].isdigit() and numeral[2].isdigit():
        numeral = numeral[0] + numeral[2]  # 第 1 0 条: two digits spaced apart
    ascii_digits = "".join(_ascii_digit(ch) for ch in numeral)
    if ascii_digits.isdigit() and len(ascii_digits) == len(numeral):
        return int(ascii_digits)
    return _cn_to_int(numeral)


def _ascii_digit(ch: str) -> str:
    code = ord(ch) - FULLWIDTH_ZERO
    return str(code) if 0 <= code <= 9 else ch


def _cn_to_int(numeral: str) -> int | None:
    """一 二十 二十三 十一 一百零五; None for anything that is not a well-formed numeral."""
    total, digit = 0, None
    for ch in numeral:
        if ch in CN_DIGITS:
            if digit is not None and digit != 0:
                return None  # two digits in a row (二三) is a list, not a number
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            unit = CN_UNITS[ch]
            total += (1 if digit is None else digit) * unit
            digit = None
        else:
            return None
    return total + (digit or 0)
