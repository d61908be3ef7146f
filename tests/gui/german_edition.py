"""Walk the German edition: every page and dialog, what it shows, and English left in it.

Imported by name by the German GUI tests (the missing-translation test and the fit tests share the walk).
"""

from __future__ import annotations

import dataclasses
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QScrollArea, QWidget,
)

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "maturity_de.ts"

# Words the same in both languages, or names: never a sign of a missing translation. Keep it short; a word that
# German spells the same turns up in the German catalogue anyway and needs no entry here.
SAME_IN_BOTH = {"maturity", "pdf", "csv", "json", "yaml", "qt", "python", "pyside6", "iso", "iec", "nist", "csf",
                "nis2", "dora", "aes", "esc", "tab", "alt", "sha"}

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß'’-]*")


def _words(text: str) -> set[str]:
    text = re.sub(r"\{\w*\}|%n|&(?=\w)", "", text)
    return {w.strip("'’-").lower() for w in _WORD.findall(text)}


def english_vocabulary() -> set[str]:
    """Words of the interface's English source text that its German translation never uses (3+ letters)."""
    english, german = set(), set()
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        english |= _words(message.findtext("source") or "")
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            german |= _words(form)
    return {w for w in english - german - SAME_IN_BOTH if len(w) >= 3}


def plain(text: str) -> str:
    """What a reader sees of a label's text: rich text without its tags, entities resolved, no mnemonic &."""
    if "<" in text:
        text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text).replace("&&", "&").replace("&", "")


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text *root* shows a user: labels, buttons, fields' hints, lists' items and
    headers, group titles, tooltips, accessible names and descriptions, window titles, and its actions."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and not w.isVisibleTo(root):
            continue
        where = f"{type(w).__name__} {w.objectName() or w.accessibleName()!r}"
        yield where, w.toolTip()
        yield where, w.accessibleName()
        yield where, w.accessibleDescription()
        if w.isWindow():
            yield where, w.windowTitle()
        if isinstance(w, QLabel):
            yield where, w.text()
        elif isinstance(w, QAbstractButton):
            yield where, w.text()
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            yield where, w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield where, w.itemText(i)
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QAbstractSpinBox):
            yield where, w.specialValueText()
            yield where, getattr(w, "suffix", lambda: "")()
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model of Qt's own (a completer's): columnCount is private there
                columns = 1
            for column in range(columns):
                for role in (Qt.DisplayRole, Qt.ToolTipRole):
                    yield f"{where} header", str(model.headerData(column, Qt.Horizontal, role) or "")
            yield from _cells(where, model)
    for action in root.findChildren(QAction):
        for text in (action.text(), action.toolTip(), action.statusTip()):
            yield f"action {action.objectName() or action.text()!r}", text


def _cells(where: str, model, parent=None, depth: int = 0) -> Iterator[tuple[str, str]]:
    parent = parent or QModelIndex()
    try:
        columns = model.columnCount(parent)
    except TypeError:
        columns = 1
    for row in range(min(model.rowCount(parent), 40)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.DisplayRole, Qt.ToolTipRole, Qt.AccessibleTextRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield f"{where} cell", value
        if depth < 2 and model.rowCount(model.index(row, 0, parent)):
            yield from _cells(where, model, model.index(row, 0, parent), depth + 1)


def data_strings(*sources) -> list[str]:
    """Every string inside *sources* (a pack, answers, names): what users and packs wrote is never translated
    by the interface, so it is taken out of a text before the text is judged."""
    found: set[str] = set()

    def walk(value):
        if isinstance(value, str):
            if value.strip():
                found.add(value.strip())
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for v in value:
                walk(v)
        elif hasattr(value, "model_dump"):
            walk(value.model_dump())
        elif dataclasses.is_dataclass(value):
            walk(vars(value))

    for source in sources:
        walk(source)
    from maturity_app.domain.references import iso27001_controls, nist_csf_subcategories

    walk([iso27001_controls(), nist_csf_subcategories()])  # official control titles: quoted, not translated
    return sorted(found, key=len, reverse=True)


def english_left(texts, vocabulary: set[str], data: list[str]) -> list[str]:
    """The texts that still carry English interface words, each with the words that gave it away."""
    problems = []
    for where, text in texts:
        if not text:
            continue
        seen = plain(text)
        for item in data:  # whole words only: a pack's "en" must not cut "Finden" into "Find"
            seen = re.sub(rf"(?<!\w){re.escape(item)}(?!\w)", " ", seen)
        english = sorted(_words(seen) & vocabulary)
        if english:
            problems.append(f"{where}: {text!r} ({', '.join(english)})")
    return sorted(set(problems))


# -- the walk ------------------------------------------------------------------------------------------

ORGANISATION = "Acme Bank"
PEOPLE = ("Dana", "Ana", "Vera Verifier")


def answered(store, aid) -> None:
    """Answers that light up every part of a question page: levels, owner, proof date, action, escalation."""
    import datetime as dt

    from maturity_app.domain.assessment import Answer

    store.save_answer(aid, Answer("rec-restore", compliance=3, capability=1, owner="Ana", escalate=True,
                                  decision="Fund a second site", action="Test the restore",
                                  action_owner="Dana", proven_on=dt.date(2026, 3, 1)))
    store.save_answer(aid, Answer("dec-owner", compliance=2, capability=2, owner="Dana"))


def pages(window, controller, store, mini_pack, qtbot, created: list) -> Iterator[tuple[str, QWidget]]:
    """Drive the window through every page a user reaches; yield (page, what to look at) at each stop.
    The ids of the assessments it creates go into *created* (their answers are data, not interface)."""
    from maturity_app.storage.cycle_store import CycleStore

    yield "first launch", window
    aid = store.create(mini_pack, ORGANISATION, scope="Group", assessor="Dana", escalation_budget=2)
    answered(store, aid)
    later = CycleStore(store).reassess(aid, mini_pack, prefill=True).new_id
    created += [aid, later]
    controller.start.refresh()
    yield "start page", window
    controller.open_assessment(later)
    yield "question", window
    controller.assessment.show_dashboard(True)
    yield "dashboard", window
    controller.show_compare(later)
    yield "compare", window
    controller.cycle_pages.show_portfolio()
    yield "portfolio", window
    workshop = store.create(mini_pack, ORGANISATION, mode="workshop")
    created.append(workshop)
    controller.open_assessment(workshop)
    controller.assessment.session.add_participant("CISO", "Dana")
    controller.assessment.show_workshop()
    yield "workshop", window
    controller.present()
    qtbot.waitUntil(lambda: controller.presentation is not None and controller.presentation.isVisible())
    yield "presentation", controller.presentation
    controller.presentation.close()


def dialogs(window, store, mini_pack, tmp_path, created: list) -> Iterator[QWidget]:
    """Every dialog of the app's own (Qt's file and message boxes are Qt's, translated by Qt's catalogue)."""
    import datetime as dt

    from gui_helpers import every_dialog
    from maturity_app.ui.about_dialog import notices_dialog
    from maturity_app.ui.board_decision_dialog import BoardDecisionDialog
    from maturity_app.ui.error_dialog import ErrorDialog
    from maturity_app.ui.plan_panel import AcceptRiskDialog, TargetsDialog

    aid = store.create(mini_pack, ORGANISATION, scope="Group", assessor="Dana", escalation_budget=2)
    answered(store, aid)
    created.append(aid)
    yield from every_dialog(store, mini_pack, aid, tmp_path)
    yield BoardDecisionDialog("rec-restore", "Restores proven", "Fund a second site", None, dt.date(2026, 6, 1))
    yield AcceptRiskDialog("Restores proven", dt.date(2026, 6, 1))
    yield TargetsDialog([("recovery", "Recovery", None, 40.0), ("governance", "Governance", 3, None)])
    yield ErrorDialog("ValueError: boom", "Traceback…", None)
    yield notices_dialog(window)


DIALOG_DATA = ["Restores proven", "Fund a second site", "Recovery", "Governance", "Named risk owners",
               "Near misses", "ValueError: boom", "Traceback…"]


# -- fit -------------------------------------------------------------------------------------------------

def cut_texts(root: QWidget) -> list[str]:
    """Texts that do not fit their widget: a one-line label or a button narrower than its text, a wrapped
    label shorter than its lines. Labels made to give way (ElidedLabel, or a label that ignores its width and
    carries the full text in its tooltip) are left out: their cut is designed, with the whole text at hand."""
    from PySide6.QtWidgets import QCheckBox, QPushButton, QRadioButton, QSizePolicy, QToolButton

    from maturity_app.ui.elided_label import ElidedLabel

    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 1:
            continue
        name = f"{type(w).__name__} {w.objectName() or w.accessibleName()!r}"
        if isinstance(w, ElidedLabel):
            continue
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            gives_way = w.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored and bool(w.toolTip())
            if gives_way:
                continue
            if w.wordWrap():
                if w.heightForWidth(w.width()) > w.height() + 2:
                    found.append(f"{name}: {plain(w.text())!r} needs {w.heightForWidth(w.width())} px of height, "
                                 f"has {w.height()}")
            elif w.sizeHint().width() > w.width() + 2:
                found.append(f"{name}: {plain(w.text())!r} needs {w.sizeHint().width()} px, has {w.width()}")
        elif isinstance(w, (QPushButton, QCheckBox, QRadioButton, QToolButton)) and w.text():
            if w.sizeHint().width() > w.width() + 2:
                found.append(f"{name}: {plain(w.text())!r} needs {w.sizeHint().width()} px, has {w.width()}")
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Horizontal and w.model() is not None:
            found += _cut_headers(name, w)
        elif isinstance(w, QScrollArea) and w.widget() is not None and w.widget().isVisible():
            if w.widget().width() > w.viewport().width() + 2:  # a page that must be scrolled sideways to be read
                found.append(f"{name}: its page is {w.widget().width()} px wide in a view of {w.viewport().width()}")
    return found


def _cut_headers(name: str, header) -> list[str]:
    """Column titles wider than their column and cut without a word (Qt's headers do not elide unless told)."""
    from PySide6.QtGui import QFont, QFontMetrics

    font = QFont(header.font())
    font.setBold(True)  # the theme sets header titles in bold
    metrics = QFontMetrics(font)
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        title = str(header.model().headerData(section, Qt.Horizontal, Qt.DisplayRole) or "")
        tip = header.model().headerData(section, Qt.Horizontal, Qt.ToolTipRole)
        if header.textElideMode() != Qt.ElideNone and tip:
            continue  # cut with an ellipsis on purpose, the whole title in its tooltip
        need = metrics.horizontalAdvance(title) + 12  # the cell's padding
        if title and need > header.sectionSize(section):
            found.append(f"{name} column {title!r} needs {need} px, has {header.sectionSize(section)}")
    return found


# -- the core's own words ------------------------------------------------------------------------------------

def core_speaks_german() -> bool:
    """Whether the Qt-free core has its German catalogue (lane 18-core): then its sentences must be German too."""
    from maturity_app.domain.i18n import _, using_language

    with using_language("de"):
        return _("N/A") != "N/A"


def core_texts(workspace, ids: list[int], compared: tuple[int, int] | None = None) -> list[str]:
    """What the core says on the walked screens (verdicts, coverage and headline sentences, proof-cap reasons,
    plan lines, verification states, the comparison's verdict, board outcomes, rating orders, date forms, the
    report's section names).

    Used only while the core has no German catalogue: until then those words are the core lane's to translate,
    checked by its own catalogue test, and the walk judges the interface's words alone."""
    from maturity_app.app.open_assessment import OpenAssessment
    from maturity_app.domain import escalation, formatting, narrative, workshop
    from maturity_app.domain.date_text import form_hint
    from maturity_app.domain.evidence import verification_status
    from maturity_app.domain.plan import plan_line

    from maturity_app.report.options import SECTION_TITLES

    texts = [*escalation.OUTCOME_LABELS.values(), *escalation.STATUS_LABELS.values(), *SECTION_TITLES.values(),
             *workshop.RATING_ORDERS.values(), form_hint(True), form_hint(False), formatting.NOT_ANSWERED,
             formatting.NOT_APPLICABLE]
    for assessment_id in ids:
        model = OpenAssessment(workspace, assessment_id)
        score = model.score
        texts += [narrative.coverage_sentence(score), narrative.headline(score), score.draft_label or ""]
        texts += [d.verdict for d in score.domains]
        plan = {item.q.question.id: item for item in model.plan()}
        for q in score.questions:
            texts += [q.capped_reason or "", verification_status(q.verification, q.verified, q.counting_claim),
                      plan_line(plan.get(q.question.id), score.acceptances.get(q.question.id), workspace.today)]
    if compared:
        from maturity_app.storage.cycle_store import CycleStore

        texts.append(CycleStore(workspace.assessments).comparison(*compared).verdict())
    variants = set()
    for text in filter(None, texts):
        variants |= {text, text[:1].upper() + text[1:], text.rstrip(".")}
    return sorted(variants, key=len, reverse=True)
