"""Table tests for shapes met in an eighth round of real rules, charters and agreements (service agreements
kept in Vue templates and JSP pages, a club's rules page with a contact box and a breadcrumb, a lab guide
in an ASP.NET page, a scholarship rule kept in a React Native screen, a club charter in a JSP page): one
table per class of miss.

The snippets were written for these tests in the shapes those documents show; none is copied from a
document. Each row: an id, the text, the file name, the title, the outline (two spaces a level, `MARKER HEADING`).
"""

from __future__ import annotations

import pytest

from tests.outline_text import dedent, titled_outline

BODY = "要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效。"


# A Vue single-file component keeps the document in its <template>: the <template> tag is markup, so the
# heading set first in it is the title, not a line under a stray tag.
VUE = [
    ("template_tag_is_markup",
     "<template>\n\t<div class=\"agreement\">\n\t\t<h2>会员服务协议</h2>\n\t\t<h1>第一章 总则</h1>\n"
     f"\t\t<p>一、本协议适用于全体会员。{BODY}</p>\n\t\t<p>二、会员应遵守本协议。{BODY}</p>\n"
     "\t\t<h1>第二章 附则</h1>\n\t\t<p>三、本协议自发布之日起施行。</p>\n\t</div>\n</template>\n",
     "agreement.vue", "会员服务协议", """
        第一章 总则
          一、 本协议适用于全体会员
          二、 会员应遵守本协议
        第二章 附则
          三、 本协议自发布之日起施行"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in VUE], ids=[r[0] for r in VUE])
def test_vue_template(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# A React Native screen keeps each article in a <Text> component, its words in a template literal
# ({`第一条`}): the component tags and the braces and quotes are markup, and the article's heading is the
# sentence of the element under it.
JSX = [
    ("text_components_and_template_literals",
     "export default class Rule extends Component {\n    render() {\n        return (\n            <View>\n"
     "                <Text style={[styles.word, { color: 'red' }]}>{`第一条`}</Text>\n"
     "                <Text style={styles.word}>{`本办法适用于全体在校学生。`}</Text>\n"
     "                <Text style={[styles.word, { color: 'red' }]}>{`第二条`}</Text>\n"
     "                <Text style={styles.word}>{`评选的基本条件：`}</Text>\n"
     "                <Text style={styles.word}>{`1、遵守校规校纪。`}</Text>\n"
     "                <Text style={styles.word}>{`2、学习成绩优良。`}</Text>\n"
     "                <Text style={[styles.word, { color: 'red' }]}>{'第三条'}</Text>\n"
     "                <Text style={styles.word}>{'本办法由学生处负责解释。'}</Text>\n"
     "            </View>\n        )\n    }\n}\n",
     "rule.js", None, """
        第一条 本办法适用于全体在校学生
        第二条 评选的基本条件
          1、 遵守校规校纪
          2、 学习成绩优良
        第三条 本办法由学生处负责解释"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in JSX], ids=[r[0] for r in JSX])
def test_jsx_components(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


RULES = (f"<p>第一条 社团由会长负总责。{BODY}</p>\n<p>第二条 各部门设部长一名。{BODY}</p>\n"
         f"<p>第三条 本制度自公布之日起执行。{BODY}</p>\n")

# A page's head that names no title of the document: a trail whose cue is set off by a space alone
# (当前位置 主页>> 关于我们) is furniture, and a contact box's fields (地址：… 联系人：…) are data: the
# title is the page's <title>, never a trail or an address.
PAGE_HEADS = [
    ("trail_cue_set_off_by_a_space",
     "<html><head><title>关于我们</title></head><body><div class=\"wz\"><span>当前位置</span>\n"
     "<a href=\"/\">主页</a>>>\n<a href=\"/about\">关于我们</a></div>\n"
     f"<div class=\"box\"><ul><li>地址：某某省某某市某某路11号</li><li>联系人：某某志愿社</li></ul></div>\n{RULES}"
     "</body></html>",
     "about.jsp", "关于我们"),
]


@pytest.mark.parametrize("page,name,title", [r[1:] for r in PAGE_HEADS], ids=[r[0] for r in PAGE_HEADS])
def test_page_head_titles(page: str, name: str, title: str | None) -> None:
    assert titled_outline(page, name) == (title, dedent("""
        第一条 社团由会长负总责
        第二条 各部门设部长一名
        第三条 本制度自公布之日起执行"""))


@pytest.mark.parametrize("line", ["地址：某某市某某路11号", "联系人：某某协会秘书处", "联系电话：某某某某"])
def test_contact_field_is_no_title(line: str) -> None:
    assert titled_outline(f"{line}\n\n{BODY}\n\n一、加强学习。{BODY}\n\n二、压实责任。{BODY}\n", "field.txt")[0] is None


# A guide page that heads its sections with <h1>s opening alike (如何申请…): the first is one of them, not
# the page's title.
PARALLEL_H1 = [
    ("h1_sections_opening_alike",
     "<html><body><div class=\"menu_body\">\n"
     f"<h1>如何申请新建活动室</h1><p>{BODY}</p><p>{BODY}</p>\n"
     f"<h1>如何申请调整活动室</h1><p>{BODY}</p>\n"
     f"<h1>如何申请撤销活动室</h1><p>{BODY}</p>\n</div></body></html>",
     "guide.aspx", None, """
        · 如何申请新建活动室
        · 如何申请调整活动室
        · 如何申请撤销活动室"""),
]


@pytest.mark.parametrize("page,name,title,expected", [r[1:] for r in PARALLEL_H1], ids=[r[0] for r in PARALLEL_H1])
def test_parallel_h1_sections(page: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(page, name) == (title, dedent(expected))


# A division of labour among an organisation's departments (组织部：负责… 宣传部：负责…) keys each
# department's duties: data labels, no run-in headings (as a bureau's 区财政局：负责… is).
DEPARTMENTS = [
    ("department_labels_key_duties",
     "第一章 组织机构\n\n社团下设组织部、宣传部、外联部。\n\n"
     "组织部：负责每次会议的签到工作，维持会场秩序，记录参会人员，活动结束后撰写总结。\n\n"
     "宣传部：负责活动的各项宣传工作，活动前张贴海报，活动中采集画面，活动后制作展板。\n\n"
     "外联部：负责为活动筹集资金，加强与各兄弟组织的联系，争取重大活动的报道。\n\n"
     f"第二章 附则\n\n第一条 本制度自公布之日起执行。{BODY}\n",
     "rules.txt", None, """
        第一章 组织机构
        第二章 附则
          第一条 本制度自公布之日起执行"""),
    # …but a department's name alone on its line over a numbered list of its duties heads that list (who
    # does what), as any standing label does.
    ("department_label_over_its_list_heads_it",
     "三、相关部门职责\n\n后勤保障部：\n1.认真检查教室的公共设施，确保使用安全。\n2.按时打扫教室，确保环境整洁。\n\n"
     "教务处：\n1.合理安排开放教室，及时公布开放时间。\n2.关注教室使用情况，及时调整安排。\n",
     "notice.txt", None, """
        三、 相关部门职责
          · 后勤保障部
            1. 认真检查教室的公共设施，确保使用安全
            2. 按时打扫教室，确保环境整洁
          · 教务处
            1. 合理安排开放教室，及时公布开放时间
            2. 关注教室使用情况，及时调整安排"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in DEPARTMENTS], ids=[r[0] for r in DEPARTMENTS])
def test_department_labels(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# A Markdown list item's * before a role's label is markup: a heading never opens with it.
MD_BULLETS = [
    ("star_bullet_is_no_heading_character",
     "### 组织\n1. 决策层\n\t* 理事会议：由全体理事组成，有权选举和罢免会长、秘书长。每年召开一次。\n"
     "\t* 监事会议：由全体监事组成，有权监督理事会的工作。每年召开一次。\n\n"
     "### 分配\n1. 收入按贡献分配。\n2. 支出按预算执行。\n",
     "club.md"),
]


@pytest.mark.parametrize("text,name", [r[1:] for r in MD_BULLETS], ids=[r[0] for r in MD_BULLETS])
def test_markdown_bullet_is_markup(text: str, name: str) -> None:
    _, outline = titled_outline(text, name)
    headings = [line.strip().split(" ", 1)[1] for line in outline.split("\n")]
    assert "1. 决策层" in outline and not any(h.startswith("*") for h in headings)


# Articles as typed: items of an inline list run on with no stop between them ((一)申请书(二)章程草案), and an
# article numbered again one back between two in turn (第十五条 第十六条 第十五条 第十七条) is a slip kept
# in its place, its own list under it.
ARTICLES = [
    ("inline_items_typed_on_and_a_repeated_article",
     "第十五条 应当具备下列条件。\n"
     "第十六条 社团负责人应当提交下列文件：（一） 筹备申请书（二） 章程草案（三） 发起人登记表（四）指导教师登记表。\n"
     "第十五条 社团章程应当包括下列事项：（一） 名称；（二） 宗旨；（三） 成员资格。\n"
     "第十七条 校团委在收到申请后作出决定。\n"
     f"第十八条 {BODY}\n",
     "charter.txt", None, """
        第十五条 应当具备下列条件
        第十六条 社团负责人应当提交下列文件
          （一） 筹备申请书
          （二） 章程草案
          （三） 发起人登记表
          （四） 指导教师登记表
        第十五条 社团章程应当包括下列事项
          （一） 名称
          （二） 宗旨
          （三） 成员资格
        第十七条 校团委在收到申请后作出决定
        第十八条 要结合实际认真研究，制定具体措施，抓好贯彻落实，确保各项工作取得实效"""),
]


@pytest.mark.parametrize("text,name,title,expected", [r[1:] for r in ARTICLES], ids=[r[0] for r in ARTICLES])
def test_articles_as_typed(text: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(text, name) == (title, dedent(expected))


# A page whose <title> and first <h1> name its column with a genre word (规章制度) over the document's own
# <h1> title (…管理章程): the column is the page's, the title the document's.
COLUMN_OVER_TITLE = [
    ("genre_column_over_the_title",
     "<html><head><title>规章制度</title></head><body><div class=\"side\">规章制度</div>\n"
     "<div class=\"list\"><h1>规章制度</h1><hr><div><h1 align=\"center\">某某学院学生社团管理章程</h1>\n"
     f"<h4><p>第一章 总则</p></h4>\n{RULES}</div></div></body></html>",
     "rule.jsp", "某某学院学生社团管理章程", """
        第一章 总则
          第一条 社团由会长负总责
          第二条 各部门设部长一名
          第三条 本制度自公布之日起执行"""),
]


@pytest.mark.parametrize("page,name,title,expected", [r[1:] for r in COLUMN_OVER_TITLE],
                         ids=[r[0] for r in COLUMN_OVER_TITLE])
def test_genre_column_over_title(page: str, name: str, title: str | None, expected: str) -> None:
    assert titled_outline(page, name) == (title, dedent(expected))
