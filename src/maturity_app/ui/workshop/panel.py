"""The facilitator's workshop panel: the room, the keyboard rating round, reveal, agree, and live friction."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QScrollArea,
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import MaturityError
from ...domain.i18n import _
from ...domain.workshop import RATING_ORDERS, STANDARD_ROLES
from .friction_map import ConversationList, FrictionMapWidget, decimal
from .participants_model import ParticipantTableModel
from ..language import translate
from .round import KEY_HELP, RatingRound, level_text


# domain.workshop.STANDARD_ROLES, marked for the catalogue (a test keeps the two lists the same).
ROLE_NAMES = (QT_TRANSLATE_NOOP("Roles", "Legal"), QT_TRANSLATE_NOOP("Roles", "Finance"),
              QT_TRANSLATE_NOOP("Roles", "Operations"), QT_TRANSLATE_NOOP("Roles", "IT"),
              QT_TRANSLATE_NOOP("Roles", "Procurement"), QT_TRANSLATE_NOOP("Roles", "Innovation"),
              QT_TRANSLATE_NOOP("Roles", "Regional director"), QT_TRANSLATE_NOOP("Roles", "HR"),
              QT_TRANSLATE_NOOP("Roles", "Risk"), QT_TRANSLATE_NOOP("Roles", "Security"),
              QT_TRANSLATE_NOOP("Roles", "Executive"))


def axis_title(axis: str) -> str:
    return (translate("WorkshopPanel", "Capability — proven in practice") if axis == "capability"
            else translate("WorkshopPanel", "Compliance — on paper"))


def spread_sentence(round_: RatingRound) -> str:
    """What the room sees about the spread: nothing but a count until the facilitator reveals."""
    spread = round_.spread()
    total = len(round_.participants)
    if not round_.revealed:
        return translate("WorkshopPanel", "{rated} of {total} rated · hidden until you reveal (R)").format(
            rated=spread.rated, total=total)
    if spread.spread is None:
        return translate("WorkshopPanel", "Revealed · no levels given") + (
            translate("WorkshopPanel", " (%n say N/A)", None, spread.na_count) if spread.na_count else "")
    text = translate("WorkshopPanel", "Spread {spread} · σ {stdev} · median proposal {proposal}").format(
        spread=spread.spread, stdev=decimal(spread.stdev), proposal=level_text(spread.default_agreed))
    if spread.is_friction:
        text += translate("WorkshopPanel", " · FRICTION: a conversation to have")
    return text


def agreement_sentence(round_: RatingRound) -> str:
    agreed = round_.room_agreed()
    proposal = round_.proposal()
    if not round_.revealed:
        # A level on screen before the room has rated anchors it (the panel is often mirrored to the projector),
        # so even the agreed one waits for the reveal, as it does in presentation mode.
        if agreed is None:
            return (translate("WorkshopPanel", "Not agreed yet") if round_.agreed_level() is None
                    else translate("WorkshopPanel", "Last cycle's level waits for the reveal"))
        return translate("WorkshopPanel", "A level is agreed: shown after you reveal (R)")
    head = (translate("WorkshopPanel", "Agreed: {level} ✓").format(level=level_text(agreed)) if agreed is not None
            else translate("WorkshopPanel", "Not agreed yet"))
    if agreed is None and round_.agreed_level() is not None:
        head += translate("WorkshopPanel", " (last cycle: {level}, to confirm)").format(
            level=level_text(round_.agreed_level()))
    if round_.pending_level is not None:
        return translate("WorkshopPanel", "{head} · Enter again replaces it with {level}; any other key keeps it").format(
            head=head, level=level_text(round_.pending_level))
    if agreed is not None and proposal == agreed:
        return translate("WorkshopPanel", "{head} · ← → to pick another level").format(head=head)
    if agreed is not None:
        return translate("WorkshopPanel", "{head} · Enter asks to replace it with {level} (← → to adjust)").format(
            head=head, level=level_text(proposal))
    return translate("WorkshopPanel", "{head} · Enter agrees on {level} (← → to adjust)").format(
        head=head, level=level_text(proposal))


class _ColumnScroll(QScrollArea):
    """Scrolls up and down only: as wide as its column's content needs, like the layout it replaces."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is not None:
            hint.setWidth(max(hint.width(), content.minimumSizeHint().width()
                              + self.verticalScrollBar().sizeHint().width()))
        return hint


class WorkshopPanel(QWidget):
    """Give it the open assessment's rating round; keys go to the round, changes to the room through its session."""

    presentationRequested = Signal()

    def __init__(self, round_: RatingRound, parent=None):
        super().__init__(parent)
        self.round = round_
        self.session = round_.session
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Workshop rating round"))

        self.question_label = QLabel(wordWrap=True)
        self.question_label.setObjectName("workshopQuestion")
        self.axis_label = QLabel(wordWrap=True)
        self.axis_label.setObjectName("workshopAxis")
        self.spread_label = QLabel(wordWrap=True)
        self.spread_label.setObjectName("workshopSpread")
        self.agreement_label = QLabel(wordWrap=True)
        self.agreement_label.setObjectName("workshopAgreement")
        self.message_label = QLabel(wordWrap=True)
        self.message_label.setObjectName("workshopMessage")
        # Coloured by the theme (QLabel#workshopMessage): a fixed red was unreadable on the dark theme (2.4:1).

        self.model = ParticipantTableModel(self.round, self)
        self.table = QTableView()
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # a title cut short says so ("…"); its tooltip is whole
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows belong to the round, not the table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(lambda index: self.round.select_row(index.row()))

        self.role_box = QComboBox(editable=True)
        # Offered in the interface language: the role is what the room calls the mandate (typed text, stored).
        self.role_box.addItems([translate("Roles", role) for role in STANDARD_ROLES])
        self.role_box.setCurrentText("")
        self.role_box.lineEdit().setPlaceholderText(self.tr("Role (pick or type)"))
        self.role_box.setAccessibleName(self.tr("Role of the new participant"))
        # A digit typed here is a rating in the wrong field: taken out on the spot, and said (roles are words).
        self.role_box.lineEdit().textEdited.connect(self._role_typed)
        # A text field holding the keyboard must look like it: otherwise rating keys vanish into it unseen.
        self.role_box.setStyleSheet("QComboBox:focus { border: 2px solid palette(highlight); }")
        self.role_box.setCurrentIndex(-1)  # empty: a role is picked or typed, never assumed
        self.name_edit = QLineEdit(placeholderText=self.tr("Name (optional)"))
        self.name_edit.setAccessibleName(self.tr("Name of the new participant"))
        self.name_edit.returnPressed.connect(self.add_participant)
        self.role_box.lineEdit().returnPressed.connect(self.add_participant)
        add_button = QPushButton(self.tr("&Add participant"))
        add_button.clicked.connect(self.add_participant)
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.remove_button = QPushButton(self.tr("Re&move…"))
        self.remove_button.clicked.connect(self.remove_selected)
        for widget, name, tip in (
                (self.role_box, self.tr("Role of the new participant"), self.tr("The role this participant speaks for; pick or type")),
                (self.name_edit, self.tr("Name of the new participant"), self.tr("Their name, if the record should carry it")),
                (add_button, self.tr("Add participant"), self.tr("Add the participant to the room (Enter in the fields)")),
                (self.rename_button, self.tr("Rename participant"), self.tr("Change the selected participant's role or name")),
                (self.remove_button, self.tr("Remove participant"), self.tr("Remove the selected participant (asks first)"))):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)

        # The fields keep room for their hint ("Name (optional)"): a field cut to "N…" says nothing.
        for field, hint in ((self.role_box, self.role_box.lineEdit().placeholderText()),
                            (self.name_edit, self.name_edit.placeholderText())):
            field.setMinimumWidth(min(field.fontMetrics().horizontalAdvance(hint) + 40, 220))
        add_row = QHBoxLayout()
        add_row.addWidget(self.role_box, 2)
        add_row.addWidget(self.name_edit, 2)
        add_row.addWidget(add_button)
        self.order_box = QComboBox()
        for key, text in RATING_ORDERS.items():
            self.order_box.addItem(_(text), key)  # the core's words, in its catalogue
        self.order_box.setCurrentIndex(self.order_box.findData(self.round.order))
        self.order_box.setAccessibleName(self.tr("Rating order"))
        self.order_box.setToolTip(self.tr("Who rates first anchors the others: shuffled by default, never by seniority"))
        self.order_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the round keeps the keys after a click
        self.order_box.currentIndexChanged.connect(lambda _: self._order_chosen())
        # The longest order's name must not widen the window (the panel shares the page with the question view).
        self.order_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.order_box.setMinimumContentsLength(12)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.rename_button)
        edit_row.addWidget(self.remove_button)
        edit_row.addStretch(1)
        # The order on a row of its own: beside the buttons it made the room column the wider one, and the live
        # column (what the facilitator reads out) the one squeezed on a laptop.
        order_row = QHBoxLayout()
        order_row.addWidget(QLabel(self.tr("Rating order"), buddy=self.order_box))
        order_row.addWidget(self.order_box, 1)

        room = QVBoxLayout()
        room.addWidget(QLabel(self.tr("<b>The room</b>")))
        room.addWidget(self.table, 1)
        room.addLayout(add_row)
        room.addLayout(edit_row)
        room.addLayout(order_row)

        # A key stays whole; its description may wrap (German runs longer, and one unbreakable entry would set
        # the panel's minimum width).
        keys = QLabel(" · ".join(f"<b>{html.escape(translate('KeyHelp', k)).replace(' ', '&nbsp;')}</b> "
                                 f"{html.escape(translate('KeyHelp', v))}"
                                 for k, v in KEY_HELP))
        keys.setWordWrap(True)
        keys.setObjectName("workshopKeys")

        self.friction_map = FrictionMapWidget()
        self.conversations = ConversationList()
        live = QVBoxLayout()
        live.addWidget(self.question_label)
        live.addWidget(self.axis_label)
        live.addWidget(self.spread_label)
        live.addWidget(self.agreement_label)
        live.addWidget(self.message_label)
        live.addWidget(keys)
        rule = QFrame(frameShape=QFrame.Shape.HLine)
        live.addWidget(rule)
        map_title = QLabel(self.tr("<b>Friction map</b> — how far each role sits from the agreed capability level "
                           "(revealed questions only)"), wordWrap=True)
        live.addWidget(map_title)
        live.addWidget(self.friction_map)
        live.addWidget(QLabel(self.tr("<b>Conversations to have</b>")))
        live.addWidget(self.conversations, 1)

        # The live column scrolls rather than squeezing its texts when the room is short (a laptop at 130 % type,
        # German's longer lines); the keys stay with the panel, the scroll area never takes the focus.
        live_box = QWidget(objectName="workshopLive")
        live_box.setLayout(live)
        live.setContentsMargins(0, 0, 0, 0)
        live_scroll = _ColumnScroll(frameShape=QFrame.Shape.NoFrame, widgetResizable=True)
        live_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        live_scroll.setWidget(live_box)
        grid = QGridLayout(self)
        grid.addLayout(room, 0, 0)
        grid.addWidget(live_scroll, 0, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)

        self.round.changed.connect(self.refresh)
        self.round.failed.connect(self.message_label.setText)
        self.round.questionChanged.connect(lambda _: self.message_label.clear())
        self.refresh()

    # -- drawing -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        r = self.round
        position, size = r.domain_position()
        self.question_label.setText(
            "<span style='font-size:small'>" + self.tr("{domain} · question {position} of {size}").format(
                domain=html.escape(r.domain.title), position=position, size=size) + "</span><br>"
            f"<b style='font-size:large'>{html.escape(r.question.title)}</b>"
        )
        prompt = r.question.capability if r.axis == "capability" else r.question.compliance
        self.axis_label.setText("<b>" + self.tr("Rating {axis}").format(axis=html.escape(axis_title(r.axis)))
                                + f"</b>: {html.escape(prompt)}")
        self.spread_label.setText(spread_sentence(r))
        self.agreement_label.setText(agreement_sentence(r))
        if r.participants:
            self.table.selectRow(r.selected_row)
        summary = r.summary()
        self.friction_map.set_summary(summary)
        self.conversations.set_summary(summary)

    # -- keys --------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        focus = self.focusWidget()
        if focus is not None and focus is not self:
            if event.key() == Qt.Key.Key_Escape and focus in (self.role_box, self.role_box.lineEdit(),
                                                              self.name_edit):
                self.setFocus()  # Esc leaves the text fields: the keys go back to the rating round
                self.message_label.setText(self.tr("Keys go to the rating round again."))
                return
            # Keys a text field let through (Enter in the name field, a refused digit) must not reveal, agree or
            # rate behind its back, here or further up the window.
            if focus in (self.role_box, self.role_box.lineEdit(), self.name_edit):
                event.accept()
            else:
                super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_F11 and not event.modifiers():
            self.presentationRequested.emit()
            return
        self.message_label.clear()
        if not self.round.handle_key(event):
            super().keyPressEvent(event)

    def _order_chosen(self) -> None:
        self.round.set_order(self.order_box.currentData())
        self.setFocus()

    def _role_typed(self, text: str) -> None:
        kept = "".join(ch for ch in text if not ch.isdigit()).lstrip()
        if kept != text.lstrip() or (kept and not kept[0].isalpha()):
            field = self.role_box.lineEdit()
            while kept and not kept[0].isalpha():
                kept = kept[1:]
            field.setText(kept)
            self._role_refused()
            # The combo's inline completion then fills an emptied field with the first role, selected: take that
            # back once the key is done, so what stays in the field is what was typed.
            QTimer.singleShot(0, field, lambda: field.setText(kept) if field.selectedText() and
                              field.text() != kept else None)

    def _role_refused(self) -> None:
        self.message_label.setText(self.tr("Not typed: a role is words starting with a letter (digits are ratings, "
                                           "typed in the round). Esc returns the keys to the rating round."))

    # -- the room ----------------------------------------------------------------------------------
    def add_participant(self) -> None:
        try:
            self.session.add_participant(self.role_box.currentText(), self.name_edit.text())
        except MaturityError as exc:
            self.message_label.setText(str(exc))
            return
        self.role_box.setCurrentText("")
        self.name_edit.clear()
        self.role_box.setFocus()

    def rename_selected(self) -> None:
        participant = self.round.selected
        if participant is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename participant"),
                                        self.tr("Name of participant {number} ({role}):").format(
                                            number=participant.number, role=participant.role), text=participant.name)
        if not ok:
            return
        try:
            self.session.rename_participant(participant, name)
        except MaturityError as exc:
            self.message_label.setText(str(exc))

    def remove_selected(self) -> None:
        participant = self.round.selected
        if participant is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove participant"),
            self.tr("Remove {participant} from the workshop?\n\nTheir ratings stay in the history but no longer "
                    "count in spreads or the friction map.").format(participant=participant.label()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.session.remove_participant(participant)
        except MaturityError as exc:
            self.message_label.setText(str(exc))
