"""The board report is laid out once: "Page N of M" and the contents' page numbers are filled in afterwards."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

from maturity_app.report import document
from maturity_app.report.builder import ReportOptions, build_report
from maturity_app.report.flowables import CellParagraph
from maturity_app.report.samples import replicated_pack, sample_score

TODAY = dt.date(2026, 6, 1)


def _pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def _built(pack, tmp_path, monkeypatch, **options) -> tuple[Path, list[int]]:
    builds = []
    original = document.BoardDocument.build

    def counting_build(self, *args, **kwargs):
        builds.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(document.BoardDocument, "build", counting_build)
    out = tmp_path / "r.pdf"
    build_report(*sample_score(pack, TODAY, budget=3), out, ReportOptions(**options), report_date=TODAY)
    return out, builds


def test_every_page_says_its_number_and_the_total_from_one_layout_pass(mini_pack, tmp_path, monkeypatch):
    out, builds = _built(replicated_pack(mini_pack, 4, 6), tmp_path, monkeypatch)
    assert builds == [1]
    pages = _pages(out)
    assert len(pages) > 5
    for number, text in enumerate(pages, start=1):
        assert re.findall(r"Page \d+ of \d+", text) == [f"Page {number} of {len(pages)}"]


def test_contents_page_numbers_are_where_each_section_starts(mini_pack, tmp_path, monkeypatch):
    out, _ = _built(replicated_pack(mini_pack, 4, 6), tmp_path, monkeypatch)
    reader = PdfReader(str(out))
    starts = {item.title: reader.get_destination_page_number(item) + 1
              for item in reader.outline if not isinstance(item, list)}
    contents = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2", str(out), "-"], check=True,
                              capture_output=True, text=True).stdout
    listed = dict(re.findall(r"^\s*(\S.*?)[ .]*\.\s*(\d+)$", contents, flags=re.M))
    listed = {title.strip(): int(page) for title, page in listed.items()}
    assert {"Executive summary", "Top gaps", "Action plan"} <= set(listed)
    for title, page in listed.items():
        assert starts[title] == page, title
        assert title in " ".join(_pages(out)[page - 1].split())


def test_the_board_brief_and_a_short_report_also_number_their_pages(mini_pack, tmp_path, monkeypatch):
    out, builds = _built(mini_pack, tmp_path, monkeypatch, brief=True)
    assert builds == [1]
    assert [re.findall(r"Page \d+ of \d+", t) for t in _pages(out)] == [["Page 1 of 2"], ["Page 2 of 2"]]


def test_a_cell_paragraph_is_broken_into_lines_once_per_width(monkeypatch):
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    from maturity_app.report.flowables import ReportTable

    calls = []
    original = Paragraph.breakLines
    monkeypatch.setattr(Paragraph, "breakLines", lambda self, widths: calls.append(widths) or original(self, widths))
    cell = Paragraph("A sentence long enough to wrap over several lines in a narrow column. " * 3,
                     getSampleStyleSheet()["BodyText"])
    table = ReportTable([[cell, "x"]], colWidths=[120, 40])
    assert isinstance(cell, CellParagraph)
    table.wrap(400, 800)
    table.wrap(400, 800)
    assert len(calls) == 1
    height = cell.height
    cell.wrap(60, 800)  # another width is wrapped again, and its own result is kept
    assert len(calls) == 2 and cell.height > height


def test_a_cell_paragraph_whose_split_dropped_its_lines_is_broken_again():
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph

    from maturity_app.report.flowables import ReportTable

    cell = Paragraph("word " * 200, getSampleStyleSheet()["BodyText"])
    ReportTable([[cell]], colWidths=[100])
    size = cell.wrap(100, 800)
    cell.split(100, 50)  # reportlab deletes blPara when the paragraph cannot be split there
    cell.__dict__.pop("blPara", None)
    assert cell.wrap(100, 800) == size and cell.blPara.lines
