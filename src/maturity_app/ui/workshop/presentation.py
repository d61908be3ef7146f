"""Presentation mode: one question at a time, full screen, large high-contrast type for a projector."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QTimer, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...palette import PAPER, PRACTICE
from .friction_map import decimal
from .round import RatingRound, level_text
from ..screens import screen_of

SCALE_MIN, SCALE_MAX, SCALE_DEFAULT, SCALE_STEP = 150, 250, 200, 10
OFFERED_SCALES = tuple(range(SCALE_MIN, SCALE_MAX + 1, SCALE_STEP))
# Body text (the level descriptions) at 100 % on a screen 1080 lines high; type follows the screen's height, so the
# default 200 % gives 32 px on 1080 lines (about 18 pt on a meeting-room projector) and shrinks with a 720-line one.
BASE_PX = 16
REFERENCE_LINES = 1080

# Dark text on white: a washed-out projector lifts black to grey, but it cannot make white any brighter,
# so this keeps the most contrast in a lit room. Accents are dark and saturated for the same reason.
INK = "#000000"
PAPER_BG = "#FFFFFF"
SOFT = "#2B2B2B"
COMPLIANCE = PAPER  # the app's and the report's paper blue and practice green
CAPABILITY = PRACTICE
HIGHLIGHT = "#FFE14D"
FRICTION = "#B00020"
RULE = "#000000"


def body_px(scale: int, screen_lines: int = REFERENCE_LINES) -> float:
    """Size of the body text (level descriptions) at *scale* % on a screen *screen_lines* high."""
    return BASE_PX * scale / 100 * screen_lines / REFERENCE_LINES


def presentation_css(scale: int, screen_lines: int = REFERENCE_LINES) -> str:
    px = body_px(scale, screen_lines)

    def size(factor: float) -> str:
        return f"{round(px * factor)}px"

    return f"""
    PresentationWindow, QWidget#presentationRoot {{ background: {PAPER_BG}; color: {INK}; }}
    QLabel {{ color: {INK}; font-size: {size(1.0)}; }}
    QLabel#presWhere {{ font-size: {size(0.8)}; font-weight: 600; color: {SOFT}; }}
    QLabel#presTimer {{ font-size: {size(1.0)}; font-weight: 800; padding: 0 {size(0.4)}; border-radius: 6px; }}
    QLabel#presTitle {{ font-size: {size(1.45)}; font-weight: 800; }}
    QLabel#presSideHead {{ font-size: {size(0.8)}; font-weight: 800; letter-spacing: 1px; }}
    QLabel#presPrompt {{ font-size: {size(1.05)}; font-weight: 700; }}
    QLabel#presAnchor {{ font-size: {size(1.0)}; padding: {size(0.08)} {size(0.2)}; border-radius: 4px; }}
    QLabel#presAnchor[picked="true"] {{ background: {HIGHLIGHT}; font-weight: 700; }}
    QLabel#presAnchor[agreed="true"] {{ border: 4px solid {INK}; }}
    QLabel#presLevel {{ font-size: {size(1.0)}; font-weight: 800; padding: {size(0.08)} {size(0.2)}; }}
    QLabel#presVotes {{ font-size: {size(0.9)}; font-weight: 800; color: {INK}; }}
    QLabel#presChip {{ font-size: {size(0.9)}; font-weight: 700; border: 3px solid {INK}; border-radius: 8px;
                       padding: {size(0.15)} {size(0.4)}; }}
    QLabel#presChip[selected="true"] {{ background: {HIGHLIGHT}; }}
    QLabel#presStatus {{ font-size: {size(1.0)}; font-weight: 700; }}
    QLabel#presStatus[friction="true"] {{ color: {FRICTION}; }}
    QLabel#presNote {{ font-size: {size(0.75)}; color: {SOFT}; }}
    QLabel#presMessage {{ font-size: {size(0.8)}; color: {FRICTION}; font-weight: 700; }}
    QFrame#presSide {{ border: 3px solid {RULE}; border-radius: 10px; background: {PAPER_BG}; }}
    QScrollArea, QScrollArea > QWidget > QWidget {{ background: {PAPER_BG}; border: none; }}
    QFrame#presSide[active="true"] {{ border-width: 8px; }}
    QWidget#presControls QLabel, QWidget#presControls QCheckBox, QWidget#presControls QSpinBox {{
        font-size: {size(0.6)}; color: {SOFT}; }}
    """


PRESENTATION_KEYS = QT_TRANSLATE_NOOP("PresentationWindow", "Esc leave · 0–4 N rate · R reveal · Enter agree · Ctrl+Z undo · Ctrl+Shift+Z redo · "
                     "Shift+↓↑ scroll · PgUp/PgDn question · Ctrl +/− type size · H names · E notes · T timer")
VIEWING_KEYS = QT_TRANSLATE_NOOP("PresentationWindow", "Esc leave · ← → or PgUp/PgDn question · Shift+↓↑ scroll · Ctrl +/− type size · E notes · "
                "T timer")


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class _Side(QFrame):
    """One side of the question: its prompt and the five anchor texts, with votes shown after reveal."""

    def __init__(self, axis: str, parent=None):
        super().__init__(parent)
        self.axis = axis
        self.setObjectName("presSide")
        colour = COMPLIANCE if axis == "compliance" else CAPABILITY
        head = (self.tr("ON PAPER — WHAT COMPLIANCE ASKS") if axis == "compliance"
                else self.tr("IN PRACTICE — WHAT CAPABILITY ASKS"))
        self.head = QLabel(f"<span style='color:{colour}'>{head}</span>", objectName="presSideHead")
        self.prompt = QLabel(wordWrap=True, objectName="presPrompt")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        layout.addWidget(self.head)
        layout.addWidget(self.prompt)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self.levels: list[QLabel] = []
        self.anchors: list[QLabel] = []
        self.votes: list[QLabel] = []
        for level in range(5):
            badge = QLabel(str(level), objectName="presLevel")
            badge.setStyleSheet(f"color: {colour};")
            anchor = QLabel(wordWrap=True, objectName="presAnchor")
            votes = QLabel(objectName="presVotes")
            votes.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(badge, level, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(anchor, level, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(votes, level, 2, Qt.AlignmentFlag.AlignTop)
            self.levels.append(badge)
            self.anchors.append(anchor)
            self.votes.append(votes)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)

    def show_question(self, question, scales, *, active: bool, votes: dict[int, int] | None, picked,
                      agreed=None) -> None:
        """*votes* only for a revealed side; *agreed* is the level the room agreed on, marked as such."""
        self.prompt.setText(html.escape(getattr(question, self.axis)))
        scale = getattr(scales, self.axis)
        for level in range(5):
            label = scale.level(level).label
            anchor = question.anchor(self.axis, level, scales)
            self.anchors[level].setText(f"<b>{html.escape(label)}</b> — {html.escape(anchor)}")
            self.anchors[level].setProperty("picked", picked == level)
            self.anchors[level].setProperty("agreed", agreed == level)
            _repolish(self.anchors[level])
            count = (votes or {}).get(level, 0)
            text = "■" * count + (f" {count}" if count else "") if votes is not None else ""
            if agreed == level:
                text = (text + " " if text else "") + self.tr("✓ AGREED")
            self.votes[level].setText(text)
        self.setProperty("active", active)
        _repolish(self)


class PresentationWindow(QWidget):
    """Full-screen view of one question; in a workshop it drives the same RatingRound as the panel."""

    closed = Signal()

    def __init__(self, round_: RatingRound, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentationRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("Maturity — presentation"))
        self.round = round_
        self.scale = SCALE_DEFAULT
        self.show_names = False  # private by default: the room sees roles, not who said what
        self.show_notes = False
        self._lines = 0  # screen height the type is sized for; 0: the window's own screen
        self.timer_seconds = 5 * 60
        self.remaining: int | None = None
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._on_tick)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.where = QLabel(objectName="presWhere")
        self.timer_label = QLabel(objectName="presTimer")
        self.timer_label.hide()
        self.title = QLabel(wordWrap=True, objectName="presTitle")
        self.compliance_side = _Side("compliance")
        self.capability_side = _Side("capability")
        self.chips_row = QVBoxLayout()  # one QHBoxLayout per line of chips, rebuilt as they wrap
        self.chips_row.setSpacing(8)
        self.chips: list[QLabel] = []
        self.status = QLabel(wordWrap=True, objectName="presStatus")
        self.note = QLabel(wordWrap=True, objectName="presNote")
        self.message = QLabel(wordWrap=True, objectName="presMessage")

        top = QHBoxLayout()
        top.addWidget(self.where, 1)
        top.addWidget(self.timer_label)
        # The question scrolls (Shift+↓ / Shift+↑) rather than pushing the window past the screen at large type.
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(self.title)
        sides = QHBoxLayout()
        sides.setSpacing(24)
        sides.addWidget(self.compliance_side, 1)
        sides.addWidget(self.capability_side, 1)
        column.addLayout(sides)
        scroller = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setWidget(body)
        self.scroller = scroller
        chips_line = QHBoxLayout()
        chips_line.addLayout(self.chips_row)
        chips_line.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 16)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(scroller, 1)
        layout.addLayout(chips_line)
        layout.addWidget(self.status)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self._controls())

        self.round.changed.connect(self.refresh)
        self.round.failed.connect(self._show_message)
        self.round.questionChanged.connect(self._on_question_changed)
        self._shown_pick: tuple | None = None
        self._show_message("")
        self.set_scale(self.scale)

    # -- controls ----------------------------------------------------------------------------------
    def _controls(self) -> QWidget:
        box = QWidget(objectName="presControls")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr(PRESENTATION_KEYS) if self.round.is_workshop else self.tr(VIEWING_KEYS))
        hint.setObjectName("presKeys")
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        row.addWidget(QLabel(self.tr("Type size")))
        self.scale_slider = QSlider(Qt.Orientation.Horizontal, minimum=SCALE_MIN, maximum=SCALE_MAX,
                                    singleStep=SCALE_STEP, pageStep=SCALE_STEP)
        self.scale_slider.setFixedWidth(220)
        self.scale_slider.setAccessibleName(self.tr("Type size"))
        self.scale_slider.valueChanged.connect(self.set_scale)
        self.scale_label = QLabel()
        row.addWidget(self.scale_slider)
        row.addWidget(self.scale_label)
        self.names_box = QCheckBox(self.tr("Show names"))
        self.names_box.toggled.connect(self.set_show_names)
        self.notes_box = QCheckBox(self.tr("Show evidence notes"))
        self.notes_box.toggled.connect(self.set_show_notes)
        self.timer_box = QCheckBox(self.tr("Timer"))
        self.timer_box.toggled.connect(self.set_timer_enabled)
        self.minutes = QSpinBox(minimum=1, maximum=60, value=self.timer_seconds // 60, suffix=self.tr(" min"))
        self.minutes.valueChanged.connect(lambda m: self.set_timer_minutes(m))
        for w in (self.names_box, self.notes_box, self.timer_box, self.minutes):
            # Whole words on the controls: the key hint beside them wraps instead (it was the boxes that got cut).
            w.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            row.addWidget(w)
        for w in (self.scale_slider, self.names_box, self.notes_box, self.timer_box, self.minutes):
            w.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys must keep reaching the rating round
        self.names_box.setVisible(self.round.is_workshop)
        return box

    def set_scale(self, scale: int) -> None:
        self.scale = max(SCALE_MIN, min(int(scale), SCALE_MAX))
        if self.scale_slider.value() != self.scale:
            self.scale_slider.setValue(self.scale)
        self.scale_label.setText(f"{self.scale} %")
        self.setStyleSheet(presentation_css(self.scale, self.screen_lines()))
        self.refresh()

    def screen_lines(self) -> int:
        """Height of the screen the window is shown on (what the type is sized for)."""
        if self._lines:
            return self._lines
        screen = screen_of(self)
        return screen.geometry().height() if screen is not None else REFERENCE_LINES

    def fit_to(self, width: int, height: int) -> None:
        """Size type and window for a *width* x *height* screen (tests and a windowed rehearsal)."""
        self._lines = height
        self.resize(width, height)
        self.set_scale(self.scale)

    def scroll_body(self, direction: int) -> None:
        """Shift+↓: bring the first level description that is cut off at the bottom to the top, so each one is
        read whole; Shift+↑ goes back the same way."""
        bar = self.scroller.verticalScrollBar()
        body, view = self.scroller.widget(), self.scroller.viewport().height()
        blocks = [(w.mapTo(body, QPoint(0, 0)).y(), w.height()) for w in self._reading_blocks()]
        top = bar.value()
        if direction > 0:
            below = [y for y, h in blocks if y + h > top + view and y > top]
            target = min(below) - 8 if below else bar.maximum()
        else:
            target = top - int(view * 0.8)
        bar.setValue(max(0, min(target, bar.maximum())))

    def _reading_blocks(self) -> list[QWidget]:
        return [self.title] + [w for side in (self.compliance_side, self.capability_side)
                               for w in (side.head, side.prompt, *side.anchors)]

    def set_show_names(self, show: bool) -> None:
        self.show_names = show
        self.names_box.setChecked(show)
        self.refresh()

    def set_show_notes(self, show: bool) -> None:
        self.show_notes = show
        self.notes_box.setChecked(show)
        self.refresh()

    def set_timer_minutes(self, minutes: int) -> None:
        self.timer_seconds = minutes * 60
        if self.remaining is not None:
            self.remaining = self.timer_seconds
            self._show_time()

    def set_timer_enabled(self, enabled: bool) -> None:
        self.timer_box.setChecked(enabled)
        if enabled:
            self.remaining = self.timer_seconds
            self._tick.start()
            self.timer_label.show()
            self._show_time()
        else:
            self.remaining = None
            self._tick.stop()
            self.timer_label.hide()

    def _on_tick(self) -> None:
        if self.remaining is not None:
            self.remaining -= 1
            self._show_time()

    def _show_time(self) -> None:
        left = self.remaining or 0
        if left >= 0:
            text, colour, ink = f"{left // 60}:{left % 60:02d}", HIGHLIGHT if left < 60 else PAPER_BG, INK
        else:  # over time: count up in red rather than stop, the conversation may be worth it
            text, colour, ink = f"+{-left // 60}:{-left % 60:02d}", FRICTION, PAPER_BG
        self.timer_label.setText(self.tr("Timer {time}").format(time=text))
        self.timer_label.setStyleSheet(f"background: {colour}; color: {ink}; border: 3px solid {INK};")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))  # an empty line would take room from the question

    def _on_question_changed(self, _question_id: str) -> None:
        self._show_message("")
        if self.remaining is not None:
            self.remaining = self.timer_seconds
            self._show_time()

    # -- drawing -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        r = self.round
        position, size = r.domain_position()
        self.where.setText(
            self.tr("{domain} · question {position} of {size} · {overall} of {total} overall").format(
                domain=html.escape(r.domain.title), position=position, size=size, overall=r.index + 1,
                total=len(r.entries))
        )
        self.title.setText(html.escape(r.question.title))
        scales = r.pack.scales
        for side in (self.compliance_side, self.capability_side):
            agreed = r.room_agreed(side.axis) if r.is_workshop else r.agreed_level(side.axis)
            votes, picked = None, None
            if r.is_workshop and r.is_revealed(side.axis):  # each side only once it was revealed itself
                spread = r.spread(side.axis)
                votes = {level: spread.levels.count(level) for level in range(5)}
                if side.axis == r.axis:
                    pending = r.pending_level
                    picked = pending if pending is not None else r.proposal(side.axis)
            elif r.is_workshop and side.axis == r.axis:
                agreed = None  # a level already on screen would anchor the room before it has rated
            elif not r.is_workshop:
                picked, agreed = agreed, None  # a self-assessment's recorded level, highlighted as before
            side.show_question(r.question, scales, active=r.is_workshop and side.axis == r.axis, votes=votes,
                               picked=picked if isinstance(picked, int) else None,
                               agreed=agreed if isinstance(agreed, int) else None)
        self._follow_pick()
        self._refresh_chips()
        self._refresh_status()
        answer = r.answer()
        show_note = self.show_notes and bool(answer.evidence_note.strip())
        self.note.setVisible(show_note)
        self.note.setText(self.tr("Evidence note: {note}").format(note=html.escape(answer.evidence_note))
                          if show_note else "")

    def _follow_pick(self) -> None:
        """After reveal, and as ← → move the proposal, keep the highlighted level on screen."""
        r = self.round
        side = self.capability_side if r.axis == "capability" else self.compliance_side
        level = next((i for i, a in enumerate(side.anchors) if a.property("picked")), None)
        pick = (r.question_id, r.axis, level)
        if level is None or pick == self._shown_pick:
            return
        self._shown_pick = pick
        anchor = side.anchors[level]
        QTimer.singleShot(0, self, lambda: self._show_whole(anchor))

    def _show_whole(self, widget: QWidget) -> None:
        # The highlight makes the text bold and so taller: lay out first, then scroll to where it really is.
        body = self.scroller.widget()
        body.layout().activate()
        body.adjustSize()
        self.scroller.ensureWidgetVisible(widget, 0, 24)

    def _refresh_chips(self) -> None:
        r = self.round
        while len(self.chips) < len(r.participants):
            chip = QLabel(objectName="presChip")
            self.chips.append(chip)
        for i, chip in enumerate(self.chips):
            if i >= len(r.participants):
                chip.hide()
                continue
            p = r.participants[i]
            level = r.rating_of(p).level(r.axis)
            if r.revealed:
                mark = level_text(level)
            else:
                mark = "●" if level is not None else "…"
            # The level sits in an inverted badge so "3 IT 1" cannot be misread: seat 3, level 1.
            chip.setText(f"{p.number}&nbsp;&nbsp;{html.escape(p.label(show_names=self.show_names))}&nbsp;&nbsp;"
                         f"<span style='background-color:{INK}; color:{PAPER_BG};'>&nbsp;{mark}&nbsp;</span>")
            chip.setProperty("selected", i == r.selected_row)
            _repolish(chip)
            chip.show()
        self._arrange_chips()

    def _arrange_chips(self) -> None:
        """Wrap the chips into rows that fit the window, however large the type and however full the room."""
        margins = self.layout().contentsMargins()
        available = max(self.width() - margins.left() - margins.right(), 400)
        spacing = 12
        while self.chips_row.count():
            line = self.chips_row.takeAt(0).layout()
            while line.count():
                line.takeAt(0)
            line.deleteLater()
        line, used = None, 0
        for chip in self.chips[: len(self.round.participants)]:
            width = chip.sizeHint().width()
            if line is None or used + spacing + width > available:
                if line is not None:
                    line.addStretch(1)
                line, used = QHBoxLayout(), 0
                line.setSpacing(spacing)
                self.chips_row.addLayout(line)
            line.addWidget(chip)
            used += spacing + width
        if line is not None:
            line.addStretch(1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange_chips()

    def _refresh_status(self) -> None:
        r = self.round
        friction = False
        if not r.is_workshop:
            a = r.answer()
            text = self.tr("Recorded: on paper {paper} · in practice {practice}").format(
                paper=level_text(a.compliance), practice=level_text(a.capability))
            counted = r.model.question_score(r.question_id)
            if counted.capped_reason:  # the proof rule's reason goes wherever the answer appears
                text += self.tr(" (counted as {level}: {reason})").format(level=level_text(counted.capability),
                                                                        reason=counted.capped_reason)
        elif not r.participants:
            text = self.tr("No participants yet: add them in the workshop panel.")
        else:
            spread = r.spread()
            axis = self.tr("in practice") if r.axis == "capability" else self.tr("on paper")
            agreed = r.room_agreed()
            agreed_text = (self.tr("agreed {level} ✓").format(level=level_text(agreed)) if agreed is not None
                           else self.tr("not agreed yet"))
            if not r.revealed:
                text = self.tr("Rating {axis}: {rated} of {total} rated — hidden until revealed").format(
                    axis=axis, rated=spread.rated, total=len(r.participants))
            elif spread.spread is None:
                text = self.tr("Revealed {axis}: no levels given").format(axis=axis) + (
                    " (N/A)" if spread.na_count else "")
            else:
                friction = spread.is_friction
                proposal = r.proposal()
                text = self.tr("Revealed {axis}: spread {spread} · σ {stdev} · proposal {proposal} · {agreed}").format(
                    axis=axis, spread=spread.spread, stdev=decimal(spread.stdev), proposal=level_text(proposal),
                    agreed=agreed_text)
                if friction:
                    text += self.tr(" · FRICTION — a conversation to have")
        self.status.setText(text)
        self.status.setProperty("friction", friction)
        _repolish(self.status)

    # -- keys --------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        plain = not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_scale(self.scale + SCALE_STEP)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.set_scale(self.scale - SCALE_STEP)
        elif ctrl and key == Qt.Key.Key_Z:  # its own window: the main window's Edit menu keys do not reach here
            self.round.redo() if mods & Qt.KeyboardModifier.ShiftModifier else self.round.undo()
        elif ctrl and key == Qt.Key.Key_Y:
            self.round.redo()
        elif mods == Qt.KeyboardModifier.ShiftModifier and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.scroll_body(1 if key == Qt.Key.Key_Down else -1)
        elif plain and key == Qt.Key.Key_H and self.round.is_workshop:
            self.set_show_names(not self.show_names)
        elif plain and key == Qt.Key.Key_E:
            self.set_show_notes(not self.show_notes)
        elif plain and key == Qt.Key.Key_T:
            self.set_timer_enabled(self.remaining is None)
        elif plain and not self.round.is_workshop and key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.round.step(1 if key == Qt.Key.Key_Right else -1)
        else:
            self._show_message("")  # a refused key sets it again through round.failed
            if not self.round.handle_key(event):
                super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        super().closeEvent(event)
        self.closed.emit()

    def present(self, screen: QScreen | None = None) -> None:
        """Show full screen (on *screen*, e.g. the projector) with the keyboard on the rating round."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self._lines = screen.geometry().height()
            self.set_scale(self.scale)
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()
