"""Dashboard: paper against practice per domain, the quadrant scatter, counters and the list behind each counter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QScrollArea,
    QVBoxLayout, QWidget,
)

from ..domain.evidence import verification_status
from ..domain.i18n import _
from ..domain.formatting import level, points, signed
from ..domain.narrative import coverage_sentence, headline
from ..domain.plan import NO_ACTION, build_plan, furthest_below
from ..domain.scoring import PAPER_MATURITY_GAP, UNPROVEN_LEVEL, AssessmentScore, QuestionScore
from .charts import DomainBar, DomainBarsChart, QuadrantScatter, ScatterPoint
from .language import translate
from .markers import single_marker_icon
from .wrapping_delegate import WrappingDelegate

COUNTERS = (
    # English source text, shown through counter_text(); {gap} and {level} are filled in there.
    ("gaps", QT_TRANSLATE_NOOP("Dashboard", "Largest gaps"), QT_TRANSLATE_NOOP("Dashboard", "Questions whose practice trails paper, heaviest first")),
    ("paper", QT_TRANSLATE_NOOP("Dashboard", "Paper maturity"), QT_TRANSLATE_NOOP("Dashboard", "Practice trails paper by {gap} or more levels")),
    ("exposed", QT_TRANSLATE_NOOP("Dashboard", "Exposed"), QT_TRANSLATE_NOOP("Dashboard", "Weak on both sides: neither strong on paper nor strong in practice, most exposed first")),
    ("stale", QT_TRANSLATE_NOOP("Dashboard", "Stale proofs"), QT_TRANSLATE_NOOP("Dashboard", "Claims counted as level {level} because the proof date is missing, too old "
                                    "or in the future")),
    ("unowned", QT_TRANSLATE_NOOP("Dashboard", "Unowned"), QT_TRANSLATE_NOOP("Dashboard", "Capability rated without a named capability owner")),
    ("escalated", QT_TRANSLATE_NOOP("Dashboard", "Escalations"), QT_TRANSLATE_NOOP("Dashboard", "Questions escalated to the board, against the budget")),
    ("below", QT_TRANSLATE_NOOP("Dashboard", "Below target"), QT_TRANSLATE_NOOP("Dashboard", "Domains whose practice is below the board's target, furthest first")),
    ("noaction", QT_TRANSLATE_NOOP("Dashboard", "No action yet"), QT_TRANSLATE_NOOP("Dashboard", "Gaps in the plan that nobody has planned an action for")),
    ("verified", QT_TRANSLATE_NOOP("Dashboard", "Verified claims"), QT_TRANSLATE_NOOP("Dashboard", "Capability claims a second person verified, against the claims that count; "
                                         "the list shows the self-declared ones")),
)


def counter_texts() -> list[tuple[str, str, str]]:
    """(key, title, tip) of every counter tile in the interface language."""
    return [(key, translate("Dashboard", title),
             translate("Dashboard", tip).format(gap=PAPER_MATURITY_GAP, level=UNPROVEN_LEVEL))
            for key, title, tip in COUNTERS]


class CounterButton(QPushButton):
    """A counter tile: a large number over its label; checkable, so it selects the list below."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("counter")
        self._value = ""
        self._label = ""
        self.setMinimumHeight(64)

    def set_counter(self, value: str, label: str) -> None:
        self._value, self._label = value, label
        self.setText(f"{value}\n{label}")  # kept for accessibility and tests; painted below instead
        self.updateGeometry()

    def minimumSizeHint(self):
        """What paintEvent draws (number and icon above the label), not QPushButton's icon-beside-text layout,
        which made a row of tiles wider than the dashboard at 130 % type on a laptop."""
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QFontMetrics

        big = self.font()
        big.setPointSizeF(self.font().pointSizeF() * 1.7)
        big.setBold(True)
        number = QFontMetrics(big).horizontalAdvance(self._value) + 18 + 8  # the icon sits to its right
        label = QFontMetrics(self.font()).horizontalAdvance(self._label)
        return QSize(max(number, label) + 24 + 4, 64)

    def sizeHint(self):
        return self.minimumSizeHint()

    def paintEvent(self, event) -> None:
        from PySide6.QtGui import QFont, QIcon, QPainter
        from PySide6.QtWidgets import QStyle, QStyleOptionButton

        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        option.icon = QIcon()  # drawn at the top right below, not beside the text
        painter = QPainter(self)
        self.style().drawControl(QStyle.CE_PushButton, option, painter, self)
        rect = self.rect().adjusted(14, 8, -10, -8)
        if not self.icon().isNull():
            self.icon().paint(painter, rect.right() - 18, rect.top() + 2, 18, 18)
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.7)
        big.setBold(True)
        painter.setFont(big)
        painter.setPen(self.palette().color(self.palette().ColorRole.ButtonText))
        painter.drawText(rect, Qt.AlignLeft | Qt.AlignTop, self._value)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.palette().ColorRole.PlaceholderText))
        painter.drawText(rect, Qt.AlignLeft | Qt.AlignBottom, self._label)
        painter.end()


class DashboardView(QWidget):
    questionClicked = Signal(str)
    targetsRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._score: AssessmentScore | None = None
        self.today = dt.date.today()  # the open assessment's day, set by its controller
        self.targets_button = QPushButton(self.tr("Board targets…"))
        self.targets_button.setToolTip(self.tr("Set the capability level the board wants per domain"))
        self.targets_button.clicked.connect(self.targetsRequested)
        self.headline = QLabel(objectName="pageTitle")
        self.headline.setWordWrap(True)  # beside the targets button it would force the page wider at 130 %
        self.subline = QLabel(objectName="pageSubtitle")
        self.subline.setWordWrap(True)

        self.counters: dict[str, QPushButton] = {}
        self.counter_group = QButtonGroup(self)
        self.counter_group.setExclusive(True)
        counter_row = QGridLayout()  # two rows: nine tiles side by side would not fit a laptop
        counter_row.setSpacing(10)
        self.counter_grid = counter_row
        self._per_row = 5
        for key, title, tip in counter_texts():
            button = CounterButton()
            button.setCheckable(True)
            button.setToolTip(self.tr("{what} — click to list them").format(what=tip))
            button.setAccessibleName(title)
            if key not in ("gaps", "verified", "below", "noaction"):
                button.setIcon(single_marker_icon("paper" if key == "paper" else key))
            button.clicked.connect(lambda _c=False, k=key: self.open_list(k))
            self.counter_group.addButton(button)
            self.counters[key] = button
            place = len(self.counters) - 1
            counter_row.addWidget(button, place // 5, place % 5)

        self.bars = DomainBarsChart()
        self.bars.domainClicked.connect(self.questionClicked)
        self.scatter = QuadrantScatter()
        self.scatter.pointClicked.connect(self.questionClicked)
        self.list_title = QLabel(objectName="sectionTitle")
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Questions behind the selected counter"))
        self.items.setToolTip(self.tr("Click or press Enter to open the question"))
        self.items.itemActivated.connect(lambda item: self.questionClicked.emit(item.data(Qt.UserRole)))
        self.items.itemClicked.connect(lambda item: self.questionClicked.emit(item.data(Qt.UserRole)))
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # entries wrap instead
        self.items.setItemDelegate(WrappingDelegate(self.items, lambda _index: self.items.viewport().width() - 12))

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("PAPER AGAINST PRACTICE, BY DOMAIN"), objectName="sectionTitle"))
        left.addWidget(self.bars)
        left.addSpacing(8)
        left.addWidget(self.list_title)
        self.items.setMinimumHeight(220)
        left.addWidget(self.items, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("EVERY QUESTION"), objectName="sectionTitle"))
        right.addWidget(self.scatter, 1)
        charts = QHBoxLayout()
        charts.setSpacing(18)
        charts.addLayout(left, 3)
        charts.addLayout(right, 2)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 20)
        layout.setSpacing(12)
        header = QHBoxLayout()
        header.addWidget(self.headline, 1)
        header.addWidget(self.targets_button)
        layout.addLayout(header)
        layout.addWidget(self.subline)
        layout.addLayout(counter_row)
        layout.addLayout(charts, 1)
        layout.setSizeConstraint(QVBoxLayout.SetMinimumSize)  # scroll rather than squeeze the charts together
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.scroll = scroll
        scroll.viewport().installEventFilter(self)  # a narrower view: the tiles take more rows, not more width
        self._list_key = "gaps"
        self.counters["gaps"].setChecked(True)

    def _place_counters(self) -> None:
        """Five tiles a row while they fit the view; fewer (down to three) when large type or German's longer
        labels would make the page scroll sideways."""
        tiles = list(self.counters.values())
        room = self.scroll.viewport().width() - 40  # the page's side margins
        spacing = self.counter_grid.horizontalSpacing()

        def width(per_row: int) -> int:
            columns = [max(t.minimumSizeHint().width() for t in tiles[c::per_row]) for c in range(per_row)]
            return sum(columns) + spacing * (per_row - 1)

        per_row = 5
        while per_row > 3 and width(per_row) > room:
            per_row -= 1
        if per_row == self._per_row:
            return
        self._per_row = per_row
        for tile in tiles:
            self.counter_grid.removeWidget(tile)
        for place, tile in enumerate(tiles):
            self.counter_grid.addWidget(tile, place // per_row, place % per_row)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._place_counters()
        return False

    def set_score(self, score: AssessmentScore) -> None:
        self._score = score
        gap = score.gap_points
        figures = (self.tr("Paper and practice: not enough answers yet") if gap is None else
                   self.tr("Paper {paper} · practice {practice} · gap {gap} pts").format(
                       paper=points(score.compliance_index), practice=points(score.capability_index), gap=signed(gap)))
        self.headline.setText(figures)
        draft = f"{score.draft_label.capitalize()}. " if score.draft_label else ""
        one_sided = (" " + self.tr("%n more rated on one side only.", "", len(score.one_sided))
                     if score.one_sided else "")
        self.subline.setText(f"{draft}{coverage_sentence(score)}{one_sided} {headline(score)}")
        verification = score.verification_share()
        counts = {
            "below": len(self._below(score)),
            "noaction": len(self._no_action(score)),
            "verified": f"{verification.verified} / {verification.claims}",
            "gaps": len(score.top_gaps()), "paper": len(score.paper_maturity), "exposed": len(score.exposed),
            "stale": len(score.stale), "unowned": len(score.unowned),
        }
        for key, title, _tip in counter_texts():
            value = f"{len(score.escalations)} / {score.escalation_budget}" if key == "escalated" else str(counts[key])
            self.counters[key].set_counter(value, title)
            self.counters[key].setAccessibleDescription(f"{title}: {value}")
        self._place_counters()
        self.bars.set_bars([
            DomainBar(d.domain.id, d.domain.title, d.compliance_index, d.capability_index, d.questions[0].question.id,
                      gap=d.gap_points, paper_only=d.paper_maturity,
                      verdict=_(d.verdict) if d.verdict else "")  # the core's value, worded in its catalogue
            for d in score.domains
        ])
        self.scatter.set_points([
            ScatterPoint(q.question.id, q.question.title, q.compliance, q.capability, q.paper_maturity)
            for q in score.questions
            if isinstance(q.compliance, int) and isinstance(q.capability, int)
        ])
        self.show_list(self._list_key)

    def _questions_for(self, key: str) -> list[QuestionScore]:
        score = self._score
        return {
            "gaps": score.top_gaps, "paper": lambda: score.paper_maturity, "exposed": lambda: score.exposed,
            "stale": lambda: score.stale,
            "unowned": lambda: score.unowned, "escalated": lambda: score.escalations,
            "verified": lambda: [q for q in score.questions if q.counting_claim and not q.verified],
            "below": lambda: [d.domain.questions[0] for d in self._below(score)],
            "noaction": lambda: [i.q for i in self._no_action(score)],
        }[key]()

    def open_list(self, key: str) -> None:
        """A tile was clicked: show its list and bring the list on screen (it may be below the fold)."""
        self.show_list(key)
        self.scroll.ensureWidgetVisible(self.items, 0, 0)
        self.scroll.ensureWidgetVisible(self.list_title, 0, 4)

    @staticmethod
    def _below(score: AssessmentScore):
        return furthest_below(score, list(score.targets), limit=len(score.domains))

    def _no_action(self, score: AssessmentScore):
        return [i for i in build_plan(score, self.today, score.acceptances, score.actions, list(score.targets))
                if i.status == NO_ACTION]

    def show_list(self, key: str) -> None:
        self._list_key = key
        self.counters[key].setChecked(True)
        title = dict((k, t) for k, t, _ in counter_texts())[key]
        self.list_title.setText(self.tr("SELF-DECLARED CLAIMS (NOT VERIFIED)") if key == "verified" else title.upper())
        self.items.clear()
        if self._score is None:
            return
        for q in self._questions_for(key):
            detail = self.tr("paper {paper} · practice {practice}").format(paper=level(q.compliance),
                                                                         practice=level(q.capability))
            if key == "stale" and q.capped_reason:
                detail = q.capped_reason
            elif key == "escalated":
                detail = q.answer.decision or self.tr("no decision text yet")
            elif key == "below":
                d = next(b for b in self._below(self._score) if b.domain.questions[0] is q)
                item = QListWidgetItem(
                    self.tr("{domain}  —  {distance} points below a target of level {target} (practice {current})")
                    .format(domain=q.domain.title, distance=points(d.distance), target=d.target,
                            current=points(d.current)))
                item.setData(Qt.UserRole, q.question.id)
                self.items.addItem(item)
                continue
            elif key == "noaction":
                detail = self.tr("gap weight × shortfall {value}; no action yet").format(
                    value=q.question.weight * max(q.gap or 0, 0))
            elif key == "verified":
                detail = verification_status(q.verification, q.verified, q.counting_claim)
            item = QListWidgetItem(f"{q.question.title}  —  {detail}")
            item.setData(Qt.UserRole, q.question.id)
            item.setToolTip(f"{q.domain.title}: {q.question.title}\n{detail}")
            self.items.addItem(item)
        if not self.items.count():
            self.items.addItem(QListWidgetItem(self.tr("Nothing here.")))
            self.items.item(0).setFlags(Qt.NoItemFlags)
