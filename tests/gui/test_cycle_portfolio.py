"""Vendor portfolio: the table model and sort proxy without widgets, then the page with its PDF export."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from maturity_app.domain.assessment import Answer
from maturity_app.domain.schema import Pack
from maturity_app.storage.cycle_store import CycleStore
from maturity_app.ui.cycle.portfolio_model import (
    CLAIMS, EXIT, PROOF, TRUST, VENDOR, AssessmentIdRole, PortfolioSortProxy, PortfolioTableModel,
)
from maturity_app.ui.cycle.portfolio_page import PortfolioPage

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def vendor_pack() -> Pack:
    data = yaml.safe_load((FIXTURES / "mini.yaml").read_text())
    data.update(id="vendor-mini", subject="vendor", title="Vendor trust (test)")
    data["domains"][0]["id"] = "exit-plan"
    return Pack.model_validate(data)


@pytest.fixture
def cycle(store):
    pack = vendor_pack()
    today = dt.date.today()
    for name, capability in (("Beta Hosting", 4), ("Alpha Payroll <SaaS>", 1), ("Gamma & Sons", 2)):
        aid = store.create(pack, name)
        for q in pack.questions():
            store.save_answer(aid, Answer(q.id, compliance=4, capability=capability, proven_on=today))
    store.create(pack, "Unanswered Ltd")
    return CycleStore(store)


def _column(model, col):
    return [model.index(r, col).data() for r in range(model.rowCount())]


def _shown_page(qtbot, cycle) -> PortfolioPage:
    page = PortfolioPage(cycle)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    return page


def test_model_and_proxy_sort_by_value_without_widgets(cycle):
    model = PortfolioTableModel()
    model.set_portfolio(cycle.portfolio())
    proxy = PortfolioSortProxy()
    proxy.setSourceModel(model)
    assert model.rowCount() == 4 and model.headerData(PROOF, Qt.Horizontal) == "Proof"
    proxy.sort(PROOF, Qt.DescendingOrder)
    assert _column(proxy, VENDOR) == ["Beta Hosting", "Gamma & Sons", "Alpha Payroll <SaaS>", "Unanswered Ltd"]
    assert _column(proxy, PROOF) == ["100", "50", "25", "—"]
    proxy.sort(PROOF, Qt.AscendingOrder)  # the unknown stays apart from the numbers
    assert _column(proxy, PROOF) == ["—", "25", "50", "100"]
    proxy.sort(VENDOR, Qt.AscendingOrder)
    assert _column(proxy, VENDOR)[0] == "Alpha Payroll <SaaS>"
    proxy.sort(TRUST, Qt.AscendingOrder)
    assert _column(proxy, TRUST) == ["proven", "claims only", "claims only", "unknown"]
    assert _column(proxy, CLAIMS)[0] == "100"
    assert model.index(0, EXIT).data() in ("yes", "no", "—")
    proxy.setFilterFixedString("gam")
    assert _column(proxy, VENDOR) == ["Gamma & Sons"]
    assert proxy.index(0, 0).data(AssessmentIdRole) == 3


def test_page_sorts_on_header_click_selects_and_exports(qtbot, cycle, tmp_path, monkeypatch):
    page = _shown_page(qtbot, cycle)
    table = page.table
    assert _column(table.model(), VENDOR)[0] == "Unanswered Ltd"  # weakest proof first by default
    header = table.horizontalHeader()
    from PySide6.QtCore import QPoint

    click = QPoint(header.sectionViewportPosition(VENDOR) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=click)
    assert _column(table.model(), VENDOR)[0] == "Alpha Payroll <SaaS>"
    assert not page.open_button.isEnabled()
    table.selectRow(0)
    assert page.open_button.isEnabled()
    with qtbot.waitSignal(page.openRequested) as opened:
        qtbot.mouseClick(page.open_button, Qt.LeftButton)
    assert opened.args == [2]

    out = tmp_path / "scorecards"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "PDF files (*.pdf)")))
    with qtbot.waitSignal(page.exported, timeout=30_000) as done:
        qtbot.mouseClick(page.export_button, Qt.LeftButton)
    assert done.args == [str(out) + ".pdf"]
    assert page.notice.isVisible() and "scorecards.pdf" in page.notice.text()
    text = subprocess.run(["pdftotext", "-layout", str(out) + ".pdf", "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Alpha Payroll <SaaS>" in text and "Gamma & Sons" in text


def test_empty_portfolio_says_how_to_start(qtbot, store):
    page = PortfolioPage(CycleStore(store))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.empty.isVisible() and not page.table.isVisible() and not page.export_button.isEnabled()
    page.resize(1300, 700)
    qtbot.wait(20)
    # The sentence sits right under the filter, not floated halfway down an empty page.
    assert page.empty.geometry().top() - page.filter.geometry().bottom() < 40


def _gate_fonts(monkeypatch):
    """Hold the export's worker at its start (font registration) until the test lets it go: a Cancel click then
    lands before the first cancellation check, whatever the machine's speed."""
    import threading

    import maturity_app.report.fonts as fonts

    gate = threading.Event()
    original = fonts.register_fonts

    def held(*args, **kwargs):
        gate.wait(20)
        return original(*args, **kwargs)

    monkeypatch.setattr(fonts, "register_fonts", held)
    return gate


def _cancel_export_to(qtbot, page, target, gate):
    from PySide6.QtWidgets import QPushButton

    page.export_to(target)
    dialog = page.progress_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)  # it comes up by itself when the export takes a while
    assert not page.export_button.isEnabled()
    cancel = dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.LeftButton)
    assert dialog.labelText() == "Cancelling…" and dialog.isVisible()  # up until the worker has stopped
    gate.set()
    qtbot.waitUntil(lambda: page.progress_dialog is None, timeout=30_000)
    assert "Export cancelled; no file was written" in page.notice.text()
    assert page.export_button.isEnabled()


def test_portfolio_export_shows_progress_and_cancel_leaves_no_file_and_keeps_the_earlier_one(
        qtbot, cycle, tmp_path, monkeypatch):
    page = _shown_page(qtbot, cycle)
    seen = []
    original_progress = PortfolioPage._export_progress
    monkeypatch.setattr(PortfolioPage, "_export_progress",
                        lambda self, fraction, message: (seen.append(fraction), original_progress(self, fraction,
                                                                                                  message)))
    folder = tmp_path / "exports"
    folder.mkdir()
    earlier = folder / "forum.pdf"
    with qtbot.waitSignal(page.exported, timeout=30_000):
        page.export_to(earlier)
    assert seen and seen == sorted(seen) and seen[0] < 0.1 and seen[-1] == 1.0  # real progress, in order
    assert page.progress_dialog is None
    before = earlier.read_bytes()
    assert before.startswith(b"%PDF")

    gate = _gate_fonts(monkeypatch)
    _cancel_export_to(qtbot, page, earlier, gate)
    assert earlier.read_bytes() == before  # a cancelled export never overwrites the earlier file

    gate = _gate_fonts(monkeypatch)
    fresh = folder / "fresh.pdf"
    _cancel_export_to(qtbot, page, fresh, gate)
    assert not fresh.exists()
    assert sorted(p.name for p in folder.iterdir()) == ["forum.pdf"]  # no temporary file left behind


def test_concentration_risk_shows_in_the_table_as_in_the_pdf(store):
    from maturity_app.ui.cycle.portfolio_model import CONCENTRATION

    data = yaml.safe_load((FIXTURES / "mini.yaml").read_text())
    data.update(id="vendor-conc", subject="vendor", title="Vendor trust (test)")
    data["domains"][0]["id"] = "exit-plan"
    data["domains"][1]["id"] = "concentration"
    pack = Pack.model_validate(data)
    today = dt.date.today()
    for name, capability in (("Solid Cloud", 4), ("Locked In Ltd", 1)):
        aid = store.create(pack, name)
        for q in pack.questions():
            store.save_answer(aid, Answer(q.id, compliance=4, capability=capability, proven_on=today))
    portfolio = CycleStore(store).portfolio()
    model = PortfolioTableModel()
    model.set_portfolio(portfolio)
    assert model.headerData(CONCENTRATION, Qt.Horizontal) == "Concentration risk"
    shown = dict(zip(_column(model, VENDOR), _column(model, CONCENTRATION)))
    expected = {r.vendor: {True: "concentration risk", False: "no", None: "—"}[r.concentration_risk]
                for r in portfolio.rows}
    assert shown == expected == {"Solid Cloud": "no", "Locked In Ltd": "concentration risk"}


def test_scorecards_are_exported_on_the_paper_size_chosen_beside_the_button(qtbot, cycle, tmp_path, monkeypatch):
    from pypdf import PdfReader

    page = _shown_page(qtbot, cycle)
    assert page.page_size.currentData() == "a4"  # as the board report's export starts
    page.page_size.setFocus()
    qtbot.keyClick(page.page_size, Qt.Key_Down)
    assert page.page_size.currentData() == "letter"

    out = tmp_path / "letter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "PDF files (*.pdf)")))
    with qtbot.waitSignal(page.exported, timeout=30_000):
        qtbot.mouseClick(page.export_button, Qt.LeftButton)
    pages = PdfReader(str(out)).pages
    assert pages and {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages} == {(612, 792)}
