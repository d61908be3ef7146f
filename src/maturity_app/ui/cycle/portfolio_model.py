"""Table model of the vendor portfolio, one row per vendor, sortable by value through a proxy."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from ...domain.formatting import day, points, signed
from ...domain.i18n import _
from ...domain.portfolio import (
    TRUST_CLAIMS, TRUST_NOT_ENOUGH, TRUST_PARTIAL, TRUST_PROVEN, TRUST_UNKNOWN, TRUST_WEAK, Portfolio, VendorRow,
)
from .. import theme
from ..language import translate
from ..row_table_model import RowTableModel

VENDOR, CLAIMS, PROOF, GAP, BACKED, TRUST, DEPENDENCY, EXIT, CONCENTRATION, CHANGE, ASSESSED = range(11)
HEADERS = (QT_TRANSLATE_NOOP("Portfolio", "Vendor"), QT_TRANSLATE_NOOP("Portfolio", "Claims"), QT_TRANSLATE_NOOP("Portfolio", "Proof"), QT_TRANSLATE_NOOP("Portfolio", "Claims − proof"), QT_TRANSLATE_NOOP("Portfolio", "Claims proven"), QT_TRANSLATE_NOOP("Portfolio", "Trust"), QT_TRANSLATE_NOOP("Portfolio", "Dependency"),
           QT_TRANSLATE_NOOP("Portfolio", "Exit tested"), QT_TRANSLATE_NOOP("Portfolio", "Concentration risk"), QT_TRANSLATE_NOOP("Portfolio", "Proof change"), QT_TRANSLATE_NOOP("Portfolio", "Assessed"))
TIPS = (
    QT_TRANSLATE_NOOP("Portfolio", "The vendor assessed (latest assessment per vendor)"),
    QT_TRANSLATE_NOOP("Portfolio", "Compliance index: what the vendor says and documents (0-100)"),
    QT_TRANSLATE_NOOP("Portfolio", "Capability index: what was shown to work, with fresh proof (0-100)"),
    QT_TRANSLATE_NOOP("Portfolio", "How far the claims run ahead of the proof, in index points"),
    QT_TRANSLATE_NOOP("Portfolio", "Share of strong claims (level 3+) backed by strong proof (level 3+)"),
    QT_TRANSLATE_NOOP("Portfolio", "proven: most strong claims proven and practice close to paper; claims only: trust rests on paper"),
    QT_TRANSLATE_NOOP("Portfolio", "How well the dependency on this vendor is managed in practice: capability index of "
                                   "the dependency and concentration questions (— when the pack has none)"),
    QT_TRANSLATE_NOOP("Portfolio", "Every exit question exercised end to end with fresh proof (— when the pack has none)"),
    QT_TRANSLATE_NOOP("Portfolio", "Concentration risk, as in the PDF scorecard: a poorly managed dependency and no tested way out"),
    QT_TRANSLATE_NOOP("Portfolio", "Change of the proof index since this vendor's previous assessment"),
    QT_TRANSLATE_NOOP("Portfolio", "Day of the assessment"),
)
SortRole = Qt.UserRole + 1
AssessmentIdRole = Qt.UserRole + 2
_TRUST_ORDER = {TRUST_PROVEN: 0, TRUST_PARTIAL: 1, TRUST_CLAIMS: 2, TRUST_WEAK: 3, TRUST_NOT_ENOUGH: 4,
                TRUST_UNKNOWN: 5}


def _num(value: float | None, unit: str = "") -> str:
    return points(value, unit)


class PortfolioTableModel(RowTableModel):
    context = "Portfolio"
    headers = HEADERS
    header_tips = TIPS

    def set_portfolio(self, portfolio: Portfolio | None) -> None:
        self.set_rows(portfolio.rows if portfolio else [])

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == AssessmentIdRole:
            return r.assessment_id
        if role == Qt.DisplayRole:
            return self.display(r, col)
        if role == SortRole:
            return self.sort_value(r, col)
        if role == Qt.ForegroundRole:
            t = theme.tones()
            if col == TRUST:
                return QColor({TRUST_PROVEN: t.ok_ink, TRUST_CLAIMS: t.gap_ink, TRUST_WEAK: t.gap_ink}.get(r.trust, t.text))
            if col == GAP and r.gap_points is not None and r.gap_points >= 25:
                return QColor(t.gap_ink)
            if col == EXIT and r.exit_tested is False:
                return QColor(t.gap_ink)
            if col == CONCENTRATION and r.concentration_risk:
                return QColor(t.gap_ink)
            if col == CHANGE and r.proof_delta:
                return QColor(t.ok_ink if r.proof_delta > 0 else t.gap_ink)
        if role == Qt.TextAlignmentRole and col not in (VENDOR, TRUST):
            return int(Qt.AlignCenter)
        if role == Qt.ToolTipRole and col == CONCENTRATION and r.concentration_risk:
            return translate("Portfolio", "Poorly managed dependency and no tested way out")
        if role == Qt.ToolTipRole and col == VENDOR:
            return translate("Portfolio", "{vendor} — {pack} {version}, {answered}/{total} answered").format(
                vendor=r.vendor, pack=r.pack_id, version=r.pack_version, answered=r.answered, total=r.total)
        return None

    @staticmethod
    def display(r: VendorRow, col: int) -> str:
        return {
            VENDOR: r.vendor,
            CLAIMS: _num(r.claims_index),
            PROOF: _num(r.proof_index),
            GAP: signed(r.gap_points),
            BACKED: _num(r.backed_share, "%"),
            TRUST: _(r.trust),  # the core's word for the verdict, in its catalogue
            DEPENDENCY: _num(r.dependency_index),
            EXIT: {True: translate("Portfolio", "yes"), False: translate("Portfolio", "no"), None: "—"}[r.exit_tested],
            CONCENTRATION: {True: translate("Portfolio", "concentration risk"), False: translate("Portfolio", "no"),
                            None: "—"}[r.concentration_risk],
            CHANGE: signed(r.proof_delta),
            ASSESSED: day(r.assessed_on),
        }[col]

    @staticmethod
    def sort_value(r: VendorRow, col: int):
        # Unknown values sort below every known one, whichever the direction of the number.
        def number(v):
            return -1e9 if v is None else float(v)

        return {
            VENDOR: r.vendor.casefold(),
            CLAIMS: number(r.claims_index),
            PROOF: number(r.proof_index),
            GAP: number(r.gap_points),
            BACKED: number(r.backed_share),
            TRUST: _TRUST_ORDER[r.trust],
            DEPENDENCY: number(r.dependency_index),
            EXIT: {True: 1, False: 0, None: -1}[r.exit_tested],
            CONCENTRATION: {True: 1, False: 0, None: -1}[r.concentration_risk],
            CHANGE: number(r.proof_delta),
            ASSESSED: r.assessed_on,
        }[col]


class PortfolioSortProxy(QSortFilterProxyModel):
    """Sorts on SortRole; a text filter narrows the vendors by name."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterKeyColumn(VENDOR)
        self.setFilterCaseSensitivity(Qt.CaseInsensitive)
