"""An editable list of labelled values: a person's emails or phones.

Each row is a label ("work", "mobile"), the value, an optional action (call, write) and a
remove button; "Add …" appends a row. The whole list is saved at once (services replace the
list), so ``committed`` fires when a row is finished, removed or relabelled. A validation error
is shown under the row the user was editing, which keeps what they typed.
"""

from __future__ import annotations

import re

import phonenumbers
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from crmdesk.services.channels import Labeled
from crmdesk.ui.icons import icon
from crmdesk.ui.widgets.field_row import FieldRow, top_aligned
from crmdesk.ui.widgets.inline_editors import ChoiceField, LineField
from crmdesk.ui.widgets.labels import LABEL_CHARS


def international(e164: str) -> str:
    """``+421908563760`` written the way people read it: ``+421 908 563 760``."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


class _Row(QWidget):
    """One labelled value with its action and remove buttons."""

    removed = Signal(object)
    edited = Signal(object)
    action = Signal(object)

    def __init__(self, owner: LabeledListEditor, item: Labeled) -> None:
        super().__init__(owner)
        self.label = ChoiceField(self, min_chars=LABEL_CHARS)
        self.label.set_choices(owner.label_choices)
        self.label.setAccessibleName(self.tr("Label"))
        self.value = LineField(self, placeholder=owner.placeholder)
        # emails and phones read left to right even in Persian ("+98 …", not "… 98+")
        self.value.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.value.setAccessibleName(owner.placeholder)
        self.field = FieldRow(self.value, self)
        self.hint = QLabel(self)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setMinimumHeight(self.value.sizeHint().height())
        self.hint.setToolTip(self.tr("Stored in international form"))
        self.act = QToolButton(self)
        self.act.setAutoRaise(True)
        self.act.setVisible(owner.action_icon is not None)
        if owner.action_icon:
            self.act.setIcon(icon(owner.action_icon))
            self.act.setToolTip(owner.action_tip)
        self.remove = QToolButton(self)
        self.remove.setIcon(icon("close"))
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Remove"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top_aligned(self.label))
        layout.addWidget(self.field, 1)
        layout.addLayout(top_aligned(self.hint, self.act, self.remove))
        self.label.committed.connect(lambda: self.edited.emit(self))
        self.value.committed.connect(lambda: self.edited.emit(self))
        self.value.reverted.connect(self.field.clear_error)
        self.act.clicked.connect(lambda: self.action.emit(self))
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.set_item(item)

    def set_item(self, item: Labeled) -> None:
        self.label.set_value(item.label)
        self.value.set_value(item.value)
        # the international form, unless the value already is it (spaces, dashes aside)
        typed = re.sub(r"[^0-9+]", "", item.value)
        shown = item.e164 if item.e164 and item.e164 != typed else ""
        self.hint.setText(international(shown))
        self.hint.setVisible(bool(shown))
        self.act.setEnabled(bool(item.value))
        self.field.clear_error()

    def item(self) -> Labeled:
        return Labeled(str(self.label.value() or ""), self.value.text().strip())


class LabeledListEditor(QWidget):
    """Emails or phones with labels; read ``items()`` when ``committed`` fires."""

    committed = Signal()
    action_requested = Signal(object)  # the Labeled of the row whose action was clicked
    rows_changed = Signal()  # a row was added or removed (the page redoes its Tab order)

    def __init__(
        self,
        label_choices: list[tuple[str, str]],
        *,
        add_text: str,
        placeholder: str,
        action_icon: str | None = None,
        action_tip: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.label_choices = label_choices
        self.placeholder = placeholder
        self.action_icon = action_icon
        self.action_tip = action_tip
        self._saved: list[Labeled] = []
        self._rows: list[_Row] = []
        self._last: _Row | None = None
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(4)
        self.add_button = QPushButton(icon("add"), add_text, self)
        self.add_button.setFlat(True)
        self.add_button.clicked.connect(self.add_row)
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        footer.addWidget(self.add_button)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._list)
        layout.addLayout(footer)

    # ------------------------------------------------------------------ values

    def set_items(self, items: list[Labeled]) -> None:
        """Show ``items`` as saved; rows are reused so focus stays where the user is."""
        self._saved = list(items)
        while len(self._rows) > len(items):
            self._drop(self._rows[-1])
        for row, item in zip(self._rows, items, strict=False):
            row.set_item(item)
        for item in items[len(self._rows) :]:
            self._append(item)

    def items(self) -> list[Labeled]:
        """What the rows say now (empty rows left out)."""
        return [row.item() for row in self._rows if row.item().value]

    def rows(self) -> list[_Row]:
        return list(self._rows)

    def commit(self) -> None:
        saved = [(i.label, i.value) for i in self._saved]
        if [(i.label, i.value) for i in self.items()] != saved:
            self.committed.emit()

    # ------------------------------------------------------------------ errors

    def show_error(self, message: str) -> None:
        """Show ``message`` under the row it quotes, else the row being edited, else the last."""
        quoted = [
            r
            for r in self._rows
            if r.value.text().strip() and f"“{r.value.text().strip()}”" in message
        ]
        fallback = self._last if self._last in self._rows else None
        if fallback is None and self._rows:
            fallback = self._rows[-1]
        row = quoted[0] if quoted else fallback
        if row is not None:
            row.field.show_error(message)

    def clear_error(self) -> None:
        for row in self._rows:
            row.field.clear_error()

    @property
    def error(self) -> str:
        return next((row.field.error for row in self._rows if row.field.error), "")

    # ------------------------------------------------------------------ rows

    def add_row(self) -> None:
        """Append an empty row and put the cursor in it."""
        empty = next((row for row in self._rows if not row.value.text().strip()), None)
        row = empty or self._append(Labeled(self.label_choices[0][0], ""))
        row.value.setFocus(Qt.FocusReason.OtherFocusReason)

    def _append(self, item: Labeled) -> _Row:
        row = _Row(self, item)
        row.edited.connect(self._on_edited)
        row.removed.connect(self._on_removed)
        row.action.connect(lambda r: self.action_requested.emit(self._saved_item(r)))
        self._rows.append(row)
        self._list.addWidget(row)
        self.rows_changed.emit()
        return row

    def _drop(self, row: _Row) -> None:
        self._rows.remove(row)
        self._list.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.rows_changed.emit()

    def _saved_item(self, row: _Row) -> Labeled:
        index = self._rows.index(row)
        return self._saved[index] if index < len(self._saved) else row.item()

    def _on_edited(self, row: _Row) -> None:
        self._last = row
        self.commit()

    def _on_removed(self, row: _Row) -> None:
        self._last = None
        self._drop(row)
        self.commit()
