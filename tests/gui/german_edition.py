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
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
    QWidget,
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
