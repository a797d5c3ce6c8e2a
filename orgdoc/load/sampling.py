"""A sample of a large file's bytes to judge its encoding on: candidate codecs decode the sample,
and only the winner decodes the whole file (decoding it with every candidate cost more than parsing).

Cuts fall at line starts, where no multi-byte character of the ASCII-based codecs (UTF-8, GBK,
GB18030, Big5) can be split: their trail bytes are never a line feed.
"""

from __future__ import annotations

# Sample of a large file judged instead of the whole: its head (enough for the score's 20,000
# characters even at 4 bytes a character), a slice from the middle and one at the end (damage or a
# change of encoding further on). Each cut moves on to the next line start.
SAMPLE_HEAD = 81_920
SAMPLE_SLICE = 16_384
_CUT_WINDOW = 4_096  # bytes searched for a line start after a cut point


def sample(data: bytes, newline: bytes) -> bytes | None:
    """The head, middle and tail of `data` joined, each cut at a line start (after `newline`) at an
    even offset where there is one near (so UTF-16 stays aligned), else at any line start (ASCII-based
    codecs), else at an even offset; None when the file is small enough to be judged whole."""
    if len(data) <= SAMPLE_HEAD + 2 * SAMPLE_SLICE:
        return None
    head = _line_start(data, SAMPLE_HEAD, newline)
    middle = _line_start(data, max(head, len(data) // 2 - SAMPLE_SLICE // 2), newline)
    middle_end = _line_start(data, middle + SAMPLE_SLICE, newline)
    tail = _line_start(data, max(middle_end, len(data) - SAMPLE_SLICE), newline)
    return data[:head] + data[middle:middle_end] + data[tail:]


def _line_start(data: bytes, pos: int, newline: bytes) -> int:
    """The first offset at or after `pos` (within a window) that starts a line, preferring even ones."""
    end = min(len(data), pos + _CUT_WINDOW)
    odd = None
    found = data.find(newline, pos, end)
    while found != -1:
        cut = found + len(newline)
        if cut % 2 == 0:
            return cut
        odd = cut if odd is None else odd
        found = data.find(newline, found + 1, end)
    if odd is not None and newline == b"\n":  # any line start will do for the ASCII-based codecs
        return odd
    return min(len(data), pos + pos % 2)
