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
    """Pages more than half empty although the section goes on on the next page."""
    return [(n, f"{p['fill']:.0%}", p["last"]) for n, p in enumerate(pages[:-1], 1)
            if n > 1 and p["fill"] < 0.5 and not pages[n]["opens_section"]]


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

