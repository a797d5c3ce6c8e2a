"""PDF page layouts the loader must read right: footnotes at a page's foot, pages set in two
columns with lines across both (a running header, a title) or a short second column, against
one-column pages that only look like columns, and content streams that draw out of reading order
(the title or header last, two columns row by row) against a table drawn cell by cell. Each case is a small PDF drawn here line by line (fpdf2
and a CJK font of the machine), in the order a content stream may hold them, read by PDFium and by
pypdf alike. The texts are made up for these tests."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace

import pytest

import orgdoc
from orgdoc.load import load_bytes
from orgdoc.models import RegionKind
from tests.fixtures import find_cjk_font
from tests.outline_text import dedent, outline_text

CJK_FONT = find_cjk_font()
pytestmark = pytest.mark.skipif(
    CJK_FONT is None, reason="no CJK font on this machine (install fonts-wqy-microhei or fonts-noto-cjk)"
)

PAGE_WIDTH, PAGE_HEIGHT = 595.0, 842.0  # A4 in points
LEFT, TOP, BOTTOM = 80.0, 110.0, 740.0  # the text block: left edge, first and last baselines
BLOCK = PAGE_WIDTH - 2 * LEFT
BODY = 16.0  # the body size of an official document (三号)


@dataclass(frozen=True)
class Draw:
    """One line drawn at (x, baseline y from the page's top) in a size."""

    x: float
    y: float
    size: float
    text: str
    angle: float = 0.0  # degrees, anticlockwise around its start (a stamp, a watermark)
    spacing: float = 0.0  # points between characters (character spacing)


def lines_of(text: str, width: float, size: float) -> list[tuple[float, str]]:
    """A paragraph set `width` wide in `size` (CJK glyphs one size wide), its first line indented by
    two characters: (indent, line) each."""
    out: list[tuple[float, str]] = []
    indent, rest = 2 * size, text
    while rest:
        count = int((width - indent) // size)
        out.append((indent, rest[:count]))
        indent, rest = 0.0, rest[count:]
    return out


def flow(paragraphs: Sequence[str], frames: Sequence[tuple[float, float]], size: float = BODY,
         top: float = TOP, bottom: float = BOTTOM) -> list[list[Draw]]:
    """Paragraphs poured into the frames (left edge, width) of each page in turn, one line every 1.75
    sizes from `top` down to `bottom`: the body lines of each page."""
    pages: list[list[Draw]] = [[]]
    frame, y = 0, top
    for text in paragraphs:
        for indent, line in lines_of(text, frames[frame][1], size):
            if y > bottom:
                frame, y = frame + 1, top
                if frame == len(frames):
                    pages.append([])
                    frame = 0
            pages[-1].append(Draw(frames[frame][0] + indent, y, size, line))
            y += size * 1.75
    return pages


def centred(text: str, y: float, size: float) -> Draw:
    return Draw((PAGE_WIDTH - size * len(text)) / 2, y, size, text)


_WRITTEN: dict[int, bytes] = {}  # id of a case's pages → its PDF: each is read twice, and fonts are slow to embed


def write(pages: Sequence[Sequence[Draw]]) -> bytes:
    """The pages as a PDF, each page's lines drawn in the order given."""
    if id(pages) not in _WRITTEN:
        _WRITTEN[id(pages)] = _write(pages)
    return _WRITTEN[id(pages)]


def _write(pages: Sequence[Sequence[Draw]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("cjk", fname=str(CJK_FONT))
    for page in pages:
        pdf.add_page()
        for draw in page:
            pdf.set_font("cjk", size=draw.size)
            pdf.set_char_spacing(draw.spacing)
            with pdf.rotation(draw.angle, draw.x, draw.y):
                pdf.text(draw.x, draw.y, draw.text)
    return bytes(pdf.output())


@pytest.fixture(params=["pdfium", "pypdf"])
def reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each case read by PDFium, then by pypdf (pypdfium2 hidden)."""
    if request.param == "pypdf":
        monkeypatch.setitem(sys.modules, "pypdfium2", None)
    else:
        pytest.importorskip("pypdfium2")
    return str(request.param)


def squeezed(text: str) -> list[str]:
    return [re.sub(r"\s+", "", line) for line in text.split("\n") if line.strip()]


TITLE = "青川县关于推进农村供水保障工作的通知"
SECTIONS = [
    "一、明确工作目标",
    "到年底全县农村自来水普及率达到百分之九十五以上，规模化供水工程覆盖人口比例明显提高，水质达标率稳步提升。",
    "二、突出工作重点",
    "（一）加快水源工程建设。各乡镇要结合实际新建或改造一批骨干水源工程，确保枯水季节群众饮水不受影响。",
    "（二）规范工程运行管理。县水务局要会同各乡镇建立健全管护制度，落实管护主体、管护人员和管护经费。",
    "三、强化工作保障",
    "各乡镇、各有关部门要把农村供水保障摆上重要位置，细化工作措施，按时完成各项任务。",
]
OUTLINE = """
    一、 明确工作目标
    二、 突出工作重点
      （一） 加快水源工程建设
      （二） 规范工程运行管理
    三、 强化工作保障
"""
NOTES = ["①规模化供水工程，是指日供水一千吨以上或者供水人口一万人以上的工程。",
         "②管护经费，包括工程日常维修养护和水质检测所需的费用。"]


def _one_column(paragraphs: Sequence[str], top: float = TOP + 60, bottom: float = BOTTOM) -> list[list[Draw]]:
    """A title in 22 pt, then the paragraphs in one column of the body size."""
    pages = flow(paragraphs, [(LEFT, BLOCK)], top=top, bottom=bottom)
    pages[0].insert(0, centred(TITLE, TOP, 22.0))
    return pages


def _with_notes(pages: list[list[Draw]], first: bool, number_size: float = 14.0) -> list[list[Draw]]:
    """The notes in 10.5 pt at the foot of the first page (drawn before its body when `first`), and a
    page number under them on every page."""
    notes = [Draw(LEFT, 770.0 + 14 * k, 10.5, note) for k, note in enumerate(NOTES)]
    out = []
    for number, page in enumerate(pages, 1):
        foot = [centred(f"— {number} —", 812.0, number_size)]
        if number == 1:
            out.append([*foot, *notes, *page] if first else [*page, *notes, *foot])
        else:
            out.append([*page, *foot])
    return out


# (case, pages, the outline they must give, the notes that must end the text as back matter)
FOOTNOTE_CASES = [
    ("notes drawn after the body", _with_notes(_one_column(SECTIONS), first=False), OUTLINE, NOTES),
    ("notes drawn before the body", _with_notes(_one_column(SECTIONS), first=True), OUTLINE, NOTES),
    # the first page breaks a paragraph; the notes at its foot must not come between its lines
    ("a paragraph goes on past the notes",
     _with_notes(_one_column(SECTIONS, bottom=TOP + 60 + 9 * BODY * 1.75), first=False), OUTLINE, NOTES),
    ("page numbers in the notes' size",
     _with_notes(_one_column(SECTIONS), first=True, number_size=10.5), OUTLINE, NOTES),
    # a small line at the foot that opens with no note mark stays where it stands
    ("a small line without a note mark",
     [[*_one_column(SECTIONS)[0], Draw(LEFT, 790.0, 10.5, "本通知自印发之日起施行。")]],
     OUTLINE, []),
]


@pytest.mark.parametrize(("pages", "outline", "notes"), [c[1:] for c in FOOTNOTE_CASES],
                         ids=[c[0] for c in FOOTNOTE_CASES])
def test_footnotes_are_back_matter(reader: str, pages: list[list[Draw]], outline: str, notes: list[str]) -> None:
    data = write(pages)
    parsed = orgdoc.parse_bytes(data, include_text=True)
    assert parsed.title == TITLE
    assert outline_text(parsed) == dedent(outline)
    text = load_bytes(data).text
    assert squeezed(text)[len(squeezed(text)) - len(notes):] == notes
    back = [r for r in parsed.regions if r.kind == RegionKind.BACK_MATTER]
    assert parsed.source.text is not None
    if notes:
        assert [squeezed(parsed.source.text[slice(*r.span)]) for r in back] == [notes]
    else:
        assert back == []
        assert squeezed(text)[-1] == "本通知自印发之日起施行。"


# Paragraphs of a bulletin article: none fills a whole number of lines of a column or of the page,
# so a line that ends a paragraph is always short of the width.
ARTICLE = [
    "一、明确工作目标",
    ("到年底全县农村自来水普及率达到百分之九十五以上，规模化供水工程覆盖人口比例明显提高，水质达标率稳步提升，"
     "群众饮水安全保障水平得到全面巩固。"),
    "二、突出工作重点",
    ("各乡镇要结合实际新建或改造一批骨干水源工程，确保枯水季节群众饮水不受影响；县水务局要会同各乡镇建立健全管护"
     "制度，落实管护主体、管护人员和管护经费，推动工程长期稳定运行。"),
    "要加强水质检测能力建设，县级水质检测中心每季度对规模化供水工程开展一次全覆盖检测，发现问题及时整改。",
    "三、强化工作保障",
    ("各乡镇、各有关部门要把农村供水保障摆上重要位置，细化工作措施，明确时间节点，按时完成各项任务，"
     "确保群众喝上放心水。"),
]
GUTTER = 24.0
COLUMN = (BLOCK - GUTTER) / 2
TWO = [(LEFT, COLUMN), (LEFT + COLUMN + GUTTER, COLUMN)]


def _two_columns(paragraphs: Sequence[str], header: bool, bottom: float = BOTTOM) -> list[list[Draw]]:
    """The title across both columns, the paragraphs in two columns of 12 pt, and perhaps a running
    header in the body's size centred above them (it runs across the gap between the columns)."""
    pages = flow(paragraphs, TWO, size=12.0, top=TOP + 60, bottom=bottom)
    pages[0].insert(0, centred(TITLE, TOP + 20, 18.0))
    for number, page in enumerate(pages, 1):
        if header:
            page.insert(0, centred("青川县人民政府公报", 70.0, 12.0))
        page.append(centred(f"· {number} ·", 800.0, 10.5))
    return pages


def _one_column_with(paragraphs: Sequence[str], extra: list[Draw]) -> list[list[Draw]]:
    pages = flow(paragraphs, [(LEFT, BLOCK)], size=12.0, top=TOP + 60)
    pages[0][:0] = [centred(TITLE, TOP + 20, 18.0)]
    pages[-1] += extra
    return pages


# Lines at a second left edge right of the middle, in one-column pages: a signature block set at the
# right, and a table of three cells a row (its middle cells end near the third's edge).
SIGNATURE = [Draw(LEFT + 280, 620.0 + 22 * k, 12.0, line) for k, line in
             enumerate(["青川县人民政府办公室", "青川县水务局", "2024年3月8日"])]
CELLS = [Draw(x, 560.0 + 22 * k, 12.0, cell) for k, row in
         enumerate([("城关镇", "已完成改造", "张明远"), ("白马乡", "正在施工中", "李红梅"),
                    ("桥楼乡", "已完成改造", "王建国"), ("大院乡", "计划下半年", "赵秀英")])
         for x, cell in zip((LEFT + 24, LEFT + 100, LEFT + 196), row)]

# (case, pages, the paragraphs they must give: each line of the text, spaces removed)
COLUMN_CASES = [
    ("two columns", _two_columns(ARTICLE * 3, header=False), [TITLE, *ARTICLE * 3]),
    ("two columns under a running header", _two_columns(ARTICLE * 3, header=True), [TITLE, *ARTICLE * 3]),
    # one page; the second column holds a few lines only
    ("a short second column", _two_columns(ARTICLE, header=False, bottom=TOP + 60 + 17 * 21), [TITLE, *ARTICLE]),
    ("one column and a signature at the right", _one_column_with(ARTICLE, SIGNATURE),
     [TITLE, *ARTICLE, "青川县人民政府办公室", "青川县水务局", "2024年3月8日"]),
    ("one column and a table of three cells a row", _one_column_with(ARTICLE, CELLS),
     [TITLE, *ARTICLE, "城关镇已完成改造张明远", "白马乡正在施工中李红梅", "桥楼乡已完成改造王建国", "大院乡计划下半年赵秀英"]),
]


@pytest.mark.parametrize(("pages", "expected"), [c[1:] for c in COLUMN_CASES], ids=[c[0] for c in COLUMN_CASES])
def test_columns_are_read_as_columns_and_only_columns(reader: str, pages: list[list[Draw]], expected: list[str]) -> None:
    assert squeezed(load_bytes(write(pages)).text) == expected


def _drawn_last(pages: list[list[Draw]], first_page: Sequence[Draw], every_page: Sequence[Draw] = ()) -> list[list[Draw]]:
    """The pages with `first_page` drawn after everything else on the first page, `every_page` on each."""
    return [[*page, *(first_page if number == 0 else ()), *every_page] for number, page in enumerate(pages)]


def _halves_swapped(page: list[Draw]) -> list[Draw]:
    """The page's body lines, its second half drawn before its first; the other lines after them."""
    body = [d for d in page if d.size == BODY]
    return [*body[len(body) // 2:], *body[:len(body) // 2], *(d for d in page if d.size != BODY)]


def _by_rows(pages: list[list[Draw]]) -> list[list[Draw]]:
    """Each page's lines drawn row by row: what stands on one baseline, left to right, then the next."""
    return [sorted(page, key=lambda d: (d.y, d.x)) for page in pages]


HEADER = "青川县人民政府文件汇编"
TITLE_LAST = _one_column(SECTIONS, bottom=TOP + 60 + 9 * BODY * 1.75)  # two pages
ROWS = [("城关镇", "已完成改造", "张明远"), ("白马乡", "正在施工中", "李红梅")]
# A table drawn cell by cell: the first cell of each row holds two lines, the others one line set
# between them (centred in the row); the stream's order, row after row, is kept.
TABLE = [Draw(x, 560.0 + 50 * k + dy, 12.0, text) for k, row in enumerate(ROWS)
         for x, cell in zip((LEFT + 24, LEFT + 100, LEFT + 196), row)
         for dy, text in (((0.0, cell[:2]), (17.0, cell[2:])) if x == LEFT + 24 else ((8.5, cell),))]

TABLE_PAGES = _one_column_with(ARTICLE, TABLE)

# (case, pages, the lines they must give: each line of the text, spaces removed)
ORDER_CASES = [
    ("title and running header drawn last",
     _drawn_last([TITLE_LAST[0][1:], *TITLE_LAST[1:]], TITLE_LAST[0][:1], [centred(HEADER, 70.0, 10.5)]),
     [TITLE, *SECTIONS]),
    ("second half of the page drawn first", [_halves_swapped(_one_column(SECTIONS)[0])], [TITLE, *SECTIONS]),
    ("page numbers drawn first", [[centred(f"— {n} —", 812.0, 14.0), *page] for n, page in enumerate(TITLE_LAST, 1)],
     [TITLE, *SECTIONS]),
    ("two columns drawn row by row", _by_rows(_two_columns(ARTICLE * 3, header=True)), [TITLE, *ARTICLE * 3]),
    # a stamp drawn slanted over the text after it stays where the stream has it
    ("a rotated stamp drawn last", [[*_one_column(SECTIONS)[0], Draw(LEFT + 200, 400.0, 20.0, "此件已归档", 30.0)]],
     [TITLE, *SECTIONS, "此件已归档"]),
]


@pytest.mark.parametrize(("pages", "expected"), [c[1:] for c in ORDER_CASES], ids=[c[0] for c in ORDER_CASES])
def test_lines_are_read_in_the_order_they_stand(reader: str, pages: list[list[Draw]], expected: list[str]) -> None:
    assert squeezed(load_bytes(write(pages)).text) == expected


def test_a_table_drawn_cell_by_cell_keeps_the_streams_order(reader: str) -> None:
    """Each row's cells are drawn one after another, the first (two lines) before the others (one
    line, set between those two): the text drawn back up beside the cell before is not moved."""
    text = "".join(squeezed(load_bytes(write(TABLE_PAGES)).text))
    assert text.endswith("".join(ARTICLE) + "城关镇已完成改造张明远白马乡正在施工中李红梅")


def _titled(title: Sequence[Draw], above: Sequence[Draw] = ()) -> list[list[Draw]]:
    """The sections under `title` (and `above` it), in one column."""
    pages = flow(SECTIONS, [(LEFT, BLOCK)], top=TOP + 60)
    pages[0][:0] = [*above, *title]
    return pages


def _placed_apart(text: str, y: float, size: float, step: float) -> list[Draw]:
    """`text` centred with each character placed on its own, `step` sizes from the one before (as
    distributed alignment sets a title)."""
    left = (PAGE_WIDTH - size * (step * (len(text) - 1) + 1)) / 2
    return [Draw(left + k * size * step, y, size, char) for k, char in enumerate(text)]


# (case, pages, the title they must give); each gives OUTLINE
SPACED_CASES = [
    ("a title with a typed space between its characters", _titled([centred(" ".join(TITLE), TOP, 22.0)]), TITLE),
    ("a title whose characters are placed apart", _titled(_placed_apart(TITLE, TOP, 22.0, 1.5)), TITLE),
    ("an attachment label spaced out above the title",
     _titled([centred(TITLE, TOP, 22.0)], [Draw(LEFT, TOP - 40, BODY, "附 件")]), TITLE),
]


@pytest.mark.parametrize(("pages", "title"), [c[1:] for c in SPACED_CASES], ids=[c[0] for c in SPACED_CASES])
def test_letter_spaced_lines_are_closed_up(reader: str, pages: list[list[Draw]], title: str) -> None:
    parsed = orgdoc.parse_bytes(write(pages))
    assert (parsed.title, outline_text(parsed)) == (title, dedent(OUTLINE))


# Paragraphs whose last line fills the width (25 characters after the indent, then 27), each then
# followed by a paragraph of its own: a run-in lead, a heading after a line without end punctuation.
FILLED = "各乡镇要把农村供水保障摆上重要位置，细化工作措施，按时完成各项任务，确保群众喝上放心水，让群众满意放心。"
UNENDED = "县水务局要会同各乡镇建立健全管护制度，落实管护主体、管护人员和管护经费，推动工程长期稳定运行并发挥成效"
LEADS = ["要在“管”上下功夫。" + FILLED, "要在“护”上下功夫。各乡镇要落实管护责任。"]
URL = "https://water.example.gov.cn/report"


def _address_wrapped() -> list[Draw]:
    """A paragraph whose second line stops short: the address after it does not fit, so it opens the
    third line (drawn line by line, the address in its own narrower glyphs)."""
    lines = [(LEFT + 2 * BODY, "各乡镇要在每月五日前通过全县农村供水信息平台报送上"), (LEFT, "月工程运行情况，平台网址为"),
             (LEFT, URL + "，请按时报送。")]
    return [Draw(x, TOP + 60 + k * BODY * 1.75, BODY, text) for k, (x, text) in enumerate(lines)]


def _with_address(pages: list[list[Draw]]) -> list[list[Draw]]:
    shift = 3 * BODY * 1.75
    return [[*pages[0][:1], *_address_wrapped(), *(replace(d, y=d.y + shift) for d in pages[0][1:])]]


QUOTED = ["要坚持问题导向，把群众反映强烈的问题作为重点，做到", "“发现一处、整改一处”，切实解决群众最关心最直接最现实的", "饮水安全问题。"]


def _hung(pages: list[list[Draw]]) -> list[list[Draw]]:
    """A paragraph whose second line opens with a quotation mark hung into the margin by a character,
    before the others."""
    lines = [Draw(x, TOP + 60 + k * BODY * 1.75, BODY, text)
             for k, (x, text) in enumerate(zip((LEFT + 2 * BODY, LEFT - BODY, LEFT), QUOTED))]
    shift = 3 * BODY * 1.75
    return [[*pages[0][:1], *lines, *(replace(d, y=d.y + shift) for d in pages[0][1:])]]


# (case, pages, the paragraphs they must give: each line of the text, spaces removed)
JOIN_CASES = [
    ("a quotation mark hung into the margin", _hung(_one_column([FILLED, "一、明确工作目标", FILLED])),
     [TITLE, "".join(QUOTED), FILLED, "一、明确工作目标", FILLED]),
    ("a full last line before an indented lead or heading",
     _one_column([FILLED, *LEADS, "一、明确工作目标", UNENDED, "二、突出工作重点", FILLED]),
     [TITLE, FILLED, *LEADS, "一、明确工作目标", UNENDED, "二、突出工作重点", FILLED]),
    ("a line stopping short of an address that does not fit",
     _with_address(_one_column([FILLED, "一、明确工作目标", FILLED])),
     [TITLE, "各乡镇要在每月五日前通过全县农村供水信息平台报送上月工程运行情况，平台网址为" + URL + "，请按时报送。",
      FILLED, "一、明确工作目标", FILLED]),
]


@pytest.mark.parametrize(("pages", "expected"), [c[1:] for c in JOIN_CASES], ids=[c[0] for c in JOIN_CASES])
def test_paragraphs_open_at_their_indent(reader: str, pages: list[list[Draw]], expected: list[str]) -> None:
    assert squeezed(load_bytes(write(pages)).text) == expected


# (case, pages, the title they must give); each gives OUTLINE. A title is set in 22 pt over a 16 pt
# body; what stands above it is smaller, or larger but a red header the text itself names.
TITLE_CASES = [
    ("a bulletin's running header and issue line above the title, one page",
     _titled([centred(TITLE, TOP, 22.0)], [Draw(LEFT, TOP - 50, 10.5, "青川县人民政府公报"),
                                            Draw(PAGE_WIDTH - LEFT - 70, TOP - 50, 10.5, "2024年第7期")]), TITLE),
    ("a secrecy mark and a document number above the title",
     _titled([centred(TITLE, TOP, 22.0)], [Draw(LEFT, TOP - 80, BODY, "机密★1年"),
                                            centred("青府办发〔2024〕12号", TOP - 40, BODY)]), TITLE),
    ("a title on two lines under an attachment label",
     _titled([centred(TITLE[:11], TOP, 22.0), centred(TITLE[11:], TOP + 33, 22.0)], [Draw(LEFT, TOP - 40, BODY, "附件1")]),
     TITLE),
    ("a red header larger than the title",
     _titled([centred(TITLE, TOP + 40, 22.0)], [centred("青川县人民政府办公室", TOP - 50, 30.0),
                                                 centred("青府办发〔2024〕12号", TOP, BODY)]), TITLE),
]


@pytest.mark.parametrize(("pages", "title"), [c[1:] for c in TITLE_CASES], ids=[c[0] for c in TITLE_CASES])
def test_the_title_is_the_first_pages_title_sized_text(reader: str, pages: list[list[Draw]], title: str) -> None:
    parsed = orgdoc.parse_bytes(write(pages))
    assert (parsed.title, outline_text(parsed)) == (title, dedent(OUTLINE))
