"""How the report flows from page to page: a heading goes with the start of what follows it, never with all of a
long table (which left most of a page blank), and never stays alone at the foot of a page."""

from __future__ import annotations

import datetime as dt

import pdfplumber
import pytest

from maturity_app.report.builder import ReportOptions, build_report

TODAY = dt.date(2026, 6, 1)
MM = 72 / 25.4
HEADING_SIZES = (19.0, 12.5, 10.0)  # h1, h2, h3 (all bold); contents entries are 10.5 and 9.5


def _is_heading(words) -> bool:
    return bool(words) and all("Bold" in w["fontname"] and any(abs(w["size"] - s) < 0.05 for s in HEADING_SIZES)
                               for w in words)


def _pages(path) -> list[dict]:
    """Per page: how far down the body its text reaches (0-1), its last line, whether that line is a heading,
    and whether the page opens a section (its first line a section heading)."""
    pages = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            top, bottom = 24 * MM, page.height - 20 * MM  # between the header and the footer
            words = [w for w in page.extract_words(extra_attrs=["size", "fontname"])
                     if w["top"] > top - 2 and w["bottom"] < bottom + 2]
            if not words:
                pages.append({"fill": 0.0, "last": "", "heading_last": False, "opens_section": False})
                continue
            lowest = max(w["bottom"] for w in words)
            last = sorted((w for w in words if abs(w["bottom"] - lowest) < 2), key=lambda w: w["x0"])
            first = min(words, key=lambda w: (w["top"], w["x0"]))
            pages.append({"fill": (lowest - top) / (bottom - top), "last": " ".join(w["text"] for w in last),
                          "heading_last": _is_heading(last),
                          "opens_section": "Bold" in first["fontname"] and first["size"] >= 18})
    return pages


def _holes(pages: list[dict]) -> list:
    """Pages more than ~40 % empty although the section goes on on the next page (the rule counts 40 % of the
    frame from where the next flowable would start, its space before included: a little slack here)."""
    return [(n, f"{p['fill']:.0%}", p["last"]) for n, p in enumerate(pages[:-1], 1)
            if n > 1 and p["fill"] < 0.57 and not pages[n]["opens_section"]]


def _tables_begun_twice(path) -> list:
    """Body pages showing more table header rows than one carried over plus one per heading: reportlab let the
    rest of a split table break again near its top, and the remainder began anew, header and all, below it."""
    bad = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages[1:], 2):  # the cover's details are a table of its own
            words = page.extract_words(extra_attrs=["size", "fontname"])
            header_tops = sorted({round(w["top"]) for w in words
                                  if "Bold" in w["fontname"] and abs(w["size"] - 7.6) < 0.05})  # cell_head
            header_rows = sum(1 for i, top in enumerate(header_tops) if i == 0 or top - header_tops[i - 1] > 15)
            headings = {round(w["top"]) for w in words if "Bold" in w["fontname"]
                        and any(abs(w["size"] - size) < 0.05 for size in HEADING_SIZES)}
            if header_rows > 1 + len(headings):
                bad.append((number, header_rows))
    return bad


def _stranded_headings(pages: list[dict]) -> list:
    return [(n, p["last"]) for n, p in enumerate(pages, 1) if p["heading_last"]]


@pytest.mark.parametrize("language, page_size", [("en", "a4"), ("de", "letter")])
def test_no_page_of_the_full_report_is_half_empty_or_ends_with_a_heading(tmp_path, language, page_size):
    """The action plan's "Within 90 days · 41" heading was kept with its whole 41-row table: both moved to the
    next page and left the page of the plan's introduction nearly blank."""
    from maturity_app.domain.pack_loader import load_pack
    from maturity_app.paths import asset
    from maturity_app.report.samples import sample_score

    score, info = sample_score(load_pack(asset("questionnaires") / "core.yaml"), TODAY)
    out = tmp_path / "core.pdf"
    build_report(score, info, out, ReportOptions(language=language, page_size=page_size), report_date=TODAY)
    pages = _pages(out)
    assert len(pages) > 30
    assert _holes(pages) == []
    assert _stranded_headings(pages) == []
    assert _tables_begun_twice(out) == []


def test_a_larger_assessment_has_no_holes_or_stranded_headings(mini_pack, tmp_path):
    from maturity_app.report.samples import replicated_pack, sample_score

    score, info = sample_score(replicated_pack(mini_pack, 6, 12), TODAY, budget=5)
    out = tmp_path / "large.pdf"
    build_report(score, info, out, ReportOptions(), report_date=TODAY)
    pages = _pages(out)
    assert _holes(pages) == []
    assert _stranded_headings(pages) == []
    assert _tables_begun_twice(out) == []


@pytest.mark.parametrize("domains, per_domain, language, page_size", [
    (10, 4, "en", "letter"),  # five exposed questions and plan horizons of five moved whole: 40-60 % blank pages
    (8, 2, "de", "letter"),  # the quadrant chart did not fit under the domain bars and left half a page blank
])
def test_other_pack_shapes_have_no_holes_or_stranded_headings(tmp_path, domains, per_domain, language, page_size):
    from maturity_app.domain.pack_loader import load_pack
    from maturity_app.paths import asset
    from maturity_app.report.samples import replicated_pack, sample_score

    core = load_pack(asset("questionnaires") / "core.yaml")
    score, info = sample_score(replicated_pack(core, domains, per_domain), TODAY)
    out = tmp_path / "shape.pdf"
    build_report(score, info, out, ReportOptions(language=language, page_size=page_size), report_date=TODAY)
    pages = _pages(out)
    assert _holes(pages) == []
    assert _stranded_headings(pages) == []
    assert _tables_begun_twice(out) == []


def _flow(tmp_path, filler_lines: int, rows: int = 40):
    """A body page filled with *filler_lines* lines of text, then a sub-heading, an introduction kept with it
    and a table of *rows* rows: the text of each page, laid out by the report's own document."""
    from reportlab.platypus import PageBreak, Paragraph, TableStyle

    from maturity_app.report import styles as st
    from maturity_app.report.document import BoardDocument, PageInfo
    from maturity_app.report.flowables import ReportTable, kept_with_next
    from maturity_app.report.fonts import register_fonts
    from maturity_app.report.styles import styles

    register_fonts()
    s = styles()
    out = tmp_path / "flow.pdf"
    doc = BoardDocument(str(out), ReportOptions(), PageInfo(subject="Flow", label="Label", fingerprint="0" * 64))
    table = ReportTable([[Paragraph("Due", s.cell_head), Paragraph("Action", s.cell_head)]]
                        + [[Paragraph(f"Row {i:02d}", s.cell), Paragraph(f"Action text {i}", s.cell)]
                           for i in range(1, rows + 1)], colWidths=[100, doc.content_width - 100], repeatRows=1)
    table.setStyle(TableStyle(st.grid_table_style()))
    story = [Paragraph("Cover", s.body), PageBreak()]
    story += [Paragraph(f"Filler line {i}", s.body) for i in range(filler_lines)]
    story += [Paragraph("Within 90 days · 41", s.h3), kept_with_next(Paragraph("An introduction.", s.muted)), table]
    doc.lay_out(story)
    with pdfplumber.open(out) as pdf:
        return [page.extract_text() for page in pdf.pages]


def test_a_heading_starts_its_long_table_on_the_same_page_when_the_first_rows_fit(tmp_path):
    pages = _flow(tmp_path, filler_lines=10)
    body = pages[1]
    assert "Within 90 days" in body and "An introduction." in body
    assert "Row 01" in body and "Row 03" in body  # the header and the first rows follow the heading
    assert "Row 40" in pages[-1] and len(pages) >= 3
    for later in pages[2:]:
        # The header row repeats on every page the table continues, once: the rest of a split table used to
        # break again near its top and begin anew, header and all, below itself on the same page.
        assert later.count("Due Action") == 1
    rows = [line for page in pages for line in page.splitlines() if line.startswith("Row ")]
    assert rows == [f"Row {i:02d} Action text {i}" for i in range(1, 41)]


def test_a_heading_moves_with_its_table_when_the_first_rows_do_not_fit(tmp_path):
    """Near the foot of a page, where the header and three rows do not fit, the heading is not left behind."""
    pages = _flow(tmp_path, filler_lines=34)
    assert "Filler line 33" in pages[1]
    assert "Within 90 days" not in pages[1] and "Row 01" not in pages[1]
    assert "Within 90 days" in pages[2] and "Row 01" in pages[2]



# -- what may move to the next page: only what leaves no hole (at most ~40 % of a page blank) ----------------------

def _lay_out(tmp_path, body: list, page_size: str = "a4") -> list[str]:
    """*body* laid out by the report's own document after a cover page: the text of each page."""
    from reportlab.platypus import PageBreak, Paragraph

    from maturity_app.report.document import BoardDocument, PageInfo
    from maturity_app.report.fonts import register_fonts
    from maturity_app.report.styles import styles

    register_fonts()
    out = tmp_path / "flow.pdf"
    doc = BoardDocument(str(out), ReportOptions(page_size=page_size),
                        PageInfo(subject="Flow", label="Label", fingerprint="0" * 64))
    doc.lay_out([Paragraph("Cover", styles().body), PageBreak(), *body])
    with pdfplumber.open(out) as pdf:
        return [page.extract_text() for page in pdf.pages]


def _filler(lines: int) -> list:
    from reportlab.platypus import Paragraph

    from maturity_app.report.styles import styles

    return [Paragraph(f"Filler line {i}", styles().body) for i in range(lines)]  # 19.5 pt each


def _table(rows: int, row_height: float = 0, label: str = "Row"):
    from reportlab.platypus import Paragraph, TableStyle

    from maturity_app.report import styles as st
    from maturity_app.report.flowables import ReportTable
    from maturity_app.report.styles import styles

    s = styles()
    table = ReportTable([[Paragraph("Item", s.cell_head), Paragraph("Text", s.cell_head)]]
                        + [[Paragraph(f"{label} {i:02d}", s.cell), Paragraph(f"{label} text {i}", s.cell)]
                           for i in range(1, rows + 1)],
                        colWidths=[100, 380], repeatRows=1,
                        rowHeights=[None] + [row_height or None] * rows)
    table.setStyle(TableStyle(st.grid_table_style()))
    return table


def _figure(height: float, title: str = "The chart"):
    """A heading with a drawing *height* points tall under it, as a figure."""
    from reportlab.graphics.shapes import Drawing, Rect

    from reportlab.platypus import Paragraph

    from maturity_app.report.flowables import FitDrawing
    from maturity_app.report.keeping import Figure
    from maturity_app.report.styles import styles

    drawing = Drawing(400, height)
    drawing.add(Rect(0, 0, 400, height))
    return Figure([Paragraph(title, styles().h2), FitDrawing(drawing, min_scale=1.0)])


def _sub_heading(text: str):
    from reportlab.platypus import Paragraph

    from maturity_app.report.styles import styles

    return Paragraph(text, styles().h3)


def _section(text: str):
    from maturity_app.report.document import Heading
    from maturity_app.report.styles import styles

    return Heading(text, styles().h1, level=0, outline_title=text, key=text)


def _page_of(pages: list[str], text: str) -> int:
    return next(n for n, page in enumerate(pages, 1) if text in page)


def test_a_short_table_breaks_early_rather_than_leave_half_a_page_blank(tmp_path):
    """Five tall rows (an exposed-questions list, an action plan horizon) could not split under the orphan rule
    and moved whole, leaving most of the page above them blank."""
    pages = _lay_out(tmp_path, [*_filler(16), _sub_heading("Exposed (5)"), _table(5, row_height=90)])
    assert _page_of(pages, "Exposed (5)") == 2 and _page_of(pages, "Row 01") == 2 and _page_of(pages, "Row 02") == 2
    assert _page_of(pages, "Row 05") == 3 and pages[2].count("Item Text") == 1  # the header repeats once


def test_a_short_table_still_moves_whole_when_little_room_is_left(tmp_path):
    pages = _lay_out(tmp_path, [*_filler(26), _sub_heading("Exposed (5)"), _table(5, row_height=90)])
    assert "Exposed (5)" not in pages[1] and "Row 01" not in pages[1]
    assert all(f"Row 0{i}" in pages[2] for i in range(1, 6))


def test_a_figure_that_does_not_fit_opens_the_next_page_and_what_follows_fills_this_one(tmp_path):
    """The quadrant chart (or the workshop's friction map) moved to the next page and left half a page blank;
    now the section's next table starts above it, and the figure opens the next page, whole."""
    pages = _lay_out(tmp_path, [*_filler(14), _figure(460), _sub_heading("Domains in figures"), _table(30),
                                _section("Next section")])
    assert _page_of(pages, "Domains in figures") == 2 and "Row 03" in pages[1]  # the page is filled
    third = pages[2]
    assert "The chart" in third and third.index("The chart") < third.index("Item Text")  # figure first, then the rest
    assert _page_of(pages, "Row 30") >= 3
    assert "The chart" not in pages[1]
    assert "Next section" in pages[-1]
    lines = [line for page in pages for line in page.splitlines() if line.startswith("Row ")]
    assert lines == [f"Row {i:02d} Row text {i}" for i in range(1, 31)]  # every row once, in order


def test_a_figure_is_placed_before_the_section_ends_even_when_what_follows_fits(tmp_path):
    from reportlab.platypus import PageBreak

    pages = _lay_out(tmp_path, [*_filler(14), _figure(460), _sub_heading("Domains in figures"), _table(3),
                                PageBreak(), _section("Next section")])
    assert _page_of(pages, "Row 03") == 2
    assert _page_of(pages, "The chart") == 3 and "Next section" not in pages[2]
    assert _page_of(pages, "Next section") == 4


def test_a_figure_moves_whole_when_that_leaves_little_blank(tmp_path):
    pages = _lay_out(tmp_path, [*_filler(26), _figure(300), _sub_heading("Domains in figures"), _table(30),
                                _section("Next section")])
    assert "The chart" not in pages[1] and "Domains in figures" not in pages[1]
    assert pages[2].index("The chart") < pages[2].index("Domains in figures")  # in the story's order


def test_a_group_kept_for_reading_flows_rather_than_leave_a_hole(tmp_path):
    """The workshop's agreed outcomes (a heading, a line, a long table) always began a new page."""
    from maturity_app.report.keeping import KeepUnlessHole

    pages = _lay_out(tmp_path, [*_filler(16), KeepUnlessHole([_sub_heading("Agreed outcomes"), _table(25)])])
    assert _page_of(pages, "Agreed outcomes") == 2 and "Row 03" in pages[1]
    short = _lay_out(tmp_path, [*_filler(30), KeepUnlessHole([_sub_heading("Scales"), _table(8)])])
    assert "Scales" not in short[1] and "Scales" in short[2] and "Row 08" in short[2]  # moved whole: little blank


def _workshop(tmp_path):
    """A facilitated workshop on the core pack: five roles rated every question, the room agreed most of them."""
    import random

    from maturity_app.app.assessments import create_assessment
    from maturity_app.app.workshop import add_participant
    from maturity_app.app.workspace import Workspace
    from maturity_app.domain.assessment import Answer
    from maturity_app.domain.pack_loader import load_pack
    from maturity_app.paths import asset

    core = load_pack(asset("questionnaires") / "core.yaml")
    ws = Workspace.open(tmp_path / "workshop.db", today=TODAY, lock=False)
    aid = create_assessment(ws, core, "Nordlicht Versicherung AG", mode="workshop").value
    people = [add_participant(ws, aid, role).value for role in ("Legal", "Finance", "Operations", "IT", "HR")]
    rng = random.Random(7)
    with ws.transaction():
        for index, q in enumerate(core.questions()):
            compliance, capability = rng.randint(1, 4), rng.randint(0, 3)
            for p in people:
                ws.workshop.rate(aid, p.id, q.id, capability=max(0, min(4, capability + rng.randint(-2, 2))),
                                 compliance=compliance)
            if index % 5 != 4:
                ws.assessments.save_answer(aid, Answer(q.id, compliance=compliance, capability=capability,
                                                       proven_on=TODAY, owner="CIO"))
                for axis in ("capability", "compliance"):
                    ws.workshop.set_revealed(aid, q.id, axis, True)
    return ws, aid


@pytest.mark.parametrize("language, page_size", [("de", "letter"), ("en", "a4")])
def test_a_workshop_report_has_no_holes_and_its_friction_map_is_whole(tmp_path, language, page_size):
    """The friction map moved whole below the list of participants and left more than half a page blank, and
    the agreed outcomes (a long list kept together) always began a page of their own."""
    from maturity_app.app.report_inputs import report_inputs
    from maturity_app.domain import i18n

    ws, aid = _workshop(tmp_path)
    options = ReportOptions(language=language, page_size=page_size)
    with i18n.using_language(language):
        inputs = report_inputs(ws, aid)
        for name, value in inputs.extras().items():
            setattr(options, name, value)
        out = tmp_path / "workshop.pdf"
        build_report(inputs.score, inputs.assessment.info, out, options, report_date=TODAY)
        heading = i18n._("Friction map")
        domains = [d.domain.title for d in inputs.score.domains]
    pages = _pages(out)
    assert _holes(pages) == []
    assert _stranded_headings(pages) == []
    assert _tables_begun_twice(out) == []
    with pdfplumber.open(out) as pdf:
        texts = [" ".join(page.extract_text().split()) for page in pdf.pages]
    map_page = next(text for text in texts if heading in text)
    assert all(" ".join(title.split()[:2]) in map_page for title in domains)  # every domain's row on its page


@pytest.mark.parametrize("lines", [33, 34, 35, 36])
def test_a_long_group_at_the_foot_of_a_page_starts_on_the_next_with_its_heading(tmp_path, lines):
    """A group taller than a page, split where its heading no longer fits: reportlab placed the heading at once
    and stopped with a LayoutError (a German Letter workshop report)."""
    from maturity_app.report.keeping import KeepUnlessHole

    pages = _lay_out(tmp_path, [*_filler(lines), KeepUnlessHole([_sub_heading("Agreed outcomes"), _table(45)])])
    heading = _page_of(pages, "Agreed outcomes")
    assert _page_of(pages, "Row 01") == heading  # never a heading alone at the foot of a page
    assert _page_of(pages, "Row 45") > heading
