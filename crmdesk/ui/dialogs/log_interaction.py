"""Ctrl+L: log a call, meeting, email, message, visit or note — and maybe a follow-up task.

Keys: the type row takes Left/Right or 1–6; Enter in a one-line field moves to the next one
(it never closes the dialog); Ctrl+Enter saves; Esc cancels. Times are entered in local time
and stored in UTC. Errors appear under the field they are about; nothing is saved until every
field is right. Saving is one transaction (an undoable command when a stack is given), and its
``Changes`` are broadcast so the timeline and Today refresh.
"""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QPalette, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crmdesk.context import AppContext
from crmdesk.domain.enums import Direction, InteractionKind, Priority
from crmdesk.errors import ValidationError
from crmdesk.services.interactions import FollowUp
from crmdesk.ui import undo
from crmdesk.ui.activity_commands import LogInteractionCommand
from crmdesk.ui.operations import activity
from crmdesk.ui.operations.activity import InteractionDraft, Logged
from crmdesk.ui.ops import OpsHost
from crmdesk.ui.theme import css, primary_button_css
from crmdesk.ui.widgets.field_row import FieldRow
from crmdesk.ui.widgets.record_picker import Pick, RecordPicker
from crmdesk.ui.widgets.segmented import SegmentedControl

KINDS = [
    (InteractionKind.CALL.value, "call"),
    (InteractionKind.MEETING.value, "meeting"),
    (InteractionKind.EMAIL.value, "mail"),
    (InteractionKind.MESSAGE.value, "message"),
    (InteractionKind.VISIT.value, "visit"),
    (InteractionKind.NOTE.value, "note"),
]
OUTGOING_KINDS = {InteractionKind.CALL, InteractionKind.EMAIL, InteractionKind.MESSAGE}
MAX_MINUTES = 60 * 24 * 31
FOLLOW_UP_HOUR = 9
# service field → the dialog's row that shows its error
ERROR_ROWS = {
    "contact_id": "who", "company_id": "who", "occurred_at": "when",
    "duration_minutes": "duration", "subject": "subject", "body": "body",
    "outcome": "outcome", "title": "task", "due_at": "due", "priority": "priority",
}  # fmt: skip


class DateTimeField(QDateTimeEdit):
    """A date-time editor Tab leaves at once (Left/Right move between its parts).

    Always laid out left to right: in a right-to-left field Qt lays the sections out one by
    one, so "9:00" read "00:9" in Persian."""

    def __init__(self, moment: QDateTime, parent: QWidget | None = None) -> None:
        super().__init__(moment, parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def to_utc(moment: QDateTime) -> datetime:
    """A local QDateTime as an aware UTC datetime (whole seconds)."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)


class LogInteractionDialog(QDialog):
    """The form; ``logged`` carries the ``Logged`` ids after a successful save."""

    logged = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        host: OpsHost,
        *,
        undo_stack: QUndoStack | None = None,
        who: Pick | None = None,
        now: QDateTime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.host, self.undo_stack = ctx, host, undo_stack
        self.result_ids: Logged | None = None
        self._direction_touched = False
        self._build(now or QDateTime.currentDateTime())
        self._layout()
        self._bind_keys()
        self.retranslate()
        self._restyle()
        # Wide enough for the type buttons in the current language (Slovak needs ~640 px);
        # set once before showing, as the layout itself does not push the minimum.
        main_layout = self.layout()
        assert main_layout is not None
        margins = main_layout.contentsMargins()
        needed = self.kind.sizeHint().width() + margins.left() + margins.right()
        self.setMinimumWidth(max(600, needed))
        self.who.set_chosen(who)
        self.who.chosen_changed.connect(self._update_task_default)
        self._on_kind(self.kind.value())
        self.set_follow_up(False)
        (self.subject if who is not None else self.who).setFocus()

    # ------------------------------------------------------------------ building
    def _build(self, now: QDateTime) -> None:
        self.kind = SegmentedControl(KINDS, self)
        self.kind.changed.connect(self._on_kind)
        self.who = RecordPicker(lambda text: self._find(text), self)
        self.when = DateTimeField(now, self)
        self.duration = QSpinBox(self)
        self.duration.setRange(0, MAX_MINUTES)
        self.duration.setSingleStep(5)
        self.direction = QComboBox(self)
        self.direction.activated.connect(lambda _i: setattr(self, "_direction_touched", True))
        self.subject = QLineEdit(self)
        self.subject.setMaxLength(300)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(96)
        self.outcome = QLineEdit(self)
        self.outcome.setMaxLength(300)
        self._build_follow_up(now)
        self.rows = {
            key: FieldRow(editor, self)
            for key, editor in {
                "who": self.who, "when": self.when, "duration": self.duration,
                "direction": self.direction, "subject": self.subject, "body": self.body,
                "outcome": self.outcome, "task": self.task, "due": self.due,
                "priority": self.priority,
            }.items()
        }  # fmt: skip
        self._build_buttons()

    def _build_follow_up(self, now: QDateTime) -> None:
        self.follow_up = QCheckBox(self)
        self.follow_up.toggled.connect(self.set_follow_up)
        self._task_default = ""
        self.task = QLineEdit(self)
        self.task.setMaxLength(300)
        tomorrow = now.addDays(1)
        tomorrow.setTime(QTime(FOLLOW_UP_HOUR, 0))
        self.due = DateTimeField(tomorrow, self)
        self.priority = QComboBox(self)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setProperty("primary", True)
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel(self)

    def _layout(self) -> None:
        self.captions: dict[str, QLabel] = {}
        self.form = form = self._form()
        self.fields: dict[str, QWidget] = {}
        for key in ("who", "when", "subject", "body", "outcome", "follow", "task", "due"):
            if key == "follow":
                form.addRow(self.follow_up)
                continue
            self.fields[key] = self._field(key)
            form.addRow(self._caption(key, self.rows[key]), self.fields[key])
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(14)
        layout.addWidget(self.kind)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(bottom)
        # the window's minimum is set once below, not re-pushed by the layout on every
        # follow-up toggle (offscreen/wayland platforms warn about changed size hints)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumWidth(600)
        order = [self.kind, self.who, self.when, self.duration, self.direction, self.subject]
        order += [self.body, self.outcome, self.follow_up, self.task, self.due, self.priority]
        order += [self.save_button, self.cancel_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _caption(self, key: str, row: FieldRow) -> QLabel:
        caption = QLabel(self)
        caption.setBuddy(row.editor)
        self.captions[key] = caption
        return caption

    def _field(self, key: str) -> QWidget:
        """The field column of row ``key``; "when" and "due" carry more editors beside."""
        extra = {"when": ("duration", "direction"), "due": ("priority",)}.get(key)
        if extra is None:
            return self.rows[key]
        box = QWidget(self)
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(8)
        line.addWidget(self.rows[key], 3)
        for other in extra:
            line.addWidget(self.rows[other], 2)
        return box

    def _bind_keys(self) -> None:
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

    # ------------------------------------------------------------------ behaviour
    def _find(self, text: str) -> list[Pick]:
        hits = activity.find_customers(self.ctx, text)
        return [Pick(hit.entity, hit.record_id, hit.title, hit.subtitle) for hit in hits]

    def _on_kind(self, kind: str) -> None:
        if not self._direction_touched:
            outgoing = kind in OUTGOING_KINDS
            value = Direction.OUTBOUND if outgoing else Direction.NONE
            self.direction.setCurrentIndex(max(0, self.direction.findData(value.value)))

    def set_follow_up(self, on: bool) -> None:
        if self.follow_up.isChecked() != on:
            self.follow_up.setChecked(on)
        for key in ("task", "due"):
            self.form.setRowVisible(self.fields[key], on)
        if on and not self.task.text():
            self._update_task_default()
        if on and self.isVisible():
            self.task.setFocus()
            self.task.selectAll()
        self.adjustSize()

    def _update_task_default(self) -> None:
        """Name the follow-up after the person, unless the user wrote a title of their own."""
        if self.task.text() in ("", self._task_default):
            self._task_default = self._default_task()
            self.task.setText(self._task_default)

    def _default_task(self) -> str:
        pick = self.who.chosen()
        if pick is None:
            return self.tr("Follow up")
        return self.tr("Follow up with %1").replace("%1", pick.title)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a one-line field goes to the next field; it never closes the dialog."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier
        ):  # fmt: skip
            focus = self.focusWidget()
            buttons = [b for b in (self.save_button, self.cancel_button) if b is focus]
            if buttons:
                buttons[0].click()
            else:
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ saving
    def draft(self) -> InteractionDraft:
        """What the form says; raises ValidationError (with the row's field) when incomplete."""
        pick = self.who.chosen()
        if pick is None:
            raise ValidationError(self._who_error(), field="contact_id")
        follow = None
        if self.follow_up.isChecked():
            title = self.task.text().strip() or self._default_task()
            priority = str(self.priority.currentData() or Priority.NORMAL.value)
            follow = FollowUp(title=title, due_at=to_utc(self.due.dateTime()), priority=priority)
        minutes = self.duration.value()
        return InteractionDraft(
            kind=self.kind.value(),
            occurred_at=to_utc(self.when.dateTime()),
            subject=self.subject.text().strip(),
            direction=str(self.direction.currentData() or Direction.NONE.value),
            body=self.body.toPlainText().strip() or None,
            duration_minutes=minutes or None,
            outcome=self.outcome.text().strip() or None,
            contact_id=pick.record_id if pick.entity == "contact" else None,
            company_id=pick.record_id if pick.entity == "company" else None,
            follow_up=follow,
        )

    def _who_error(self) -> str:
        if self.who.text().strip():
            return self.tr("Choose a person or company from the suggestions.")
        return self.tr("Type a name, then choose who this was with.")

    def save(self) -> None:
        """Validate, store in one transaction, close; or show what to fix beside the field."""
        for row in self.rows.values():
            row.clear_error()
        try:
            command = LogInteractionCommand(self.host, draft=self.draft())
            if self.undo_stack is not None:
                undo.push(self.undo_stack, command)
            else:
                command.apply()
        except ValidationError as error:
            self.show_error(error)
            return
        self.result_ids = command.logged
        self.logged.emit(command.logged)
        self.accept()

    def show_error(self, error: ValidationError) -> None:
        row = self.rows[ERROR_ROWS.get(error.field or "", "subject")]
        row.show_error(error.message)
        row.editor.setFocus()

    # ------------------------------------------------------------------ language and looks
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log Interaction"))
        self.kind.set_texts(self._kind_texts())
        self.kind.setAccessibleName(self.tr("Type"))
        texts = {
            "who": self.tr("&With:"), "when": self.tr("W&hen:"), "subject": self.tr("&Subject:"),
            "body": self.tr("&Notes:"), "outcome": self.tr("&Outcome:"),
            "task": self.tr("&Task:"), "due": self.tr("D&ue:"),
        }  # fmt: skip
        for key, text in texts.items():
            self.captions[key].setText(text)
        self.who.setPlaceholderText(self.tr("Type to find a person or company"))
        self.subject.setPlaceholderText(self.tr("What was it about?"))
        self.body.setPlaceholderText(self.tr("What was said, agreed or promised"))
        self.outcome.setPlaceholderText(self.tr("e.g. Interested, sending an offer"))
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("No duration"))
        self.duration.setToolTip(self.tr("Duration in minutes"))
        self.duration.setAccessibleName(self.tr("Duration"))
        self.direction.setAccessibleName(self.tr("Direction"))
        self.priority.setAccessibleName(self.tr("Priority"))
        self.follow_up.setText(self.tr("Add a &follow-up task"))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        keys = QKeySequence("Ctrl+Enter").toString(QKeySequence.SequenceFormat.NativeText)
        self.hint.setText(self.tr("%1 saves · Esc cancels").replace("%1", keys))
        self.save_button.setToolTip(keys)
        self._fill_combos()
        fmt = QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)
        for editor in (self.when, self.due):
            editor.setDisplayFormat(fmt)

    def _kind_texts(self) -> dict[str, str]:
        return {
            "call": self.tr("Call"), "meeting": self.tr("Meeting"), "email": self.tr("Email"),
            "message": self.tr("Message"), "visit": self.tr("Visit"), "note": self.tr("Note"),
        }  # fmt: skip

    def _fill_combos(self) -> None:
        directions = [
            (Direction.OUTBOUND, self.tr("Outgoing")),
            (Direction.INBOUND, self.tr("Incoming")),
            (Direction.NONE, self.tr("No direction")),
        ]
        priorities = [
            (Priority.LOW, self.tr("Low priority")),
            (Priority.NORMAL, self.tr("Normal priority")),
            (Priority.HIGH, self.tr("High priority")),
            (Priority.URGENT, self.tr("Urgent")),
        ]
        for combo, items, fallback in (
            (self.direction, directions, Direction.OUTBOUND.value),
            (self.priority, priorities, Priority.NORMAL.value),
        ):
            current = combo.currentData() or fallback
            combo.clear()
            for value, text in items:
                combo.addItem(text, value.value)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _restyle(self) -> None:
        palette = QGuiApplication.palette()
        muted = css(palette.color(QPalette.ColorRole.PlaceholderText))
        self.hint.setStyleSheet(f"color: {muted};")
        sheet = primary_button_css(palette)
        if sheet != self.save_button.styleSheet():
            self.save_button.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate()
        elif kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._restyle()
        super().changeEvent(event)
