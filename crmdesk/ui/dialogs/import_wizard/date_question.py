"""The date-order question, shown only when a date column reads both ways (03/04/2024).

crmdesk never guesses day-first or month-first for such a column: the user answers here,
with an example from their own file read both ways, and nothing is chosen until they do.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from crmdesk.errors import ValidationError
from crmdesk.exchange.source import CellValue
from crmdesk.exchange.values import DateOrder, parse_date
from crmdesk.ui.models.formatting import long_date_text
from crmdesk.ui.widgets.tones import INFO, Notice

ORDERS = (DateOrder.DMY, DateOrder.MDY)


def read_as(value: CellValue, order: DateOrder) -> date | None:
    try:
        return parse_date(value, order=order)
    except ValidationError:
        return None


class DateOrderQuestion(QWidget):
    """ "How are the dates in “Column” written?" with two answers; ``changed`` on a choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._example: CellValue = None
        self.notice = Notice(INFO, self)
        self.group = QButtonGroup(self)
        self.buttons: dict[DateOrder, QRadioButton] = {}
        answers = QHBoxLayout()
        answers.setContentsMargins(40, 0, 0, 0)
        answers.setSpacing(24)
        for position, order in enumerate(ORDERS):
            button = QRadioButton(self)
            self.group.addButton(button, position)
            self.buttons[order] = button
            answers.addWidget(button)
        answers.addStretch(1)
        self.group.idClicked.connect(lambda _id: self.changed.emit())
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.notice)
        column.addLayout(answers)
        self.retranslate()

    def ask(self, headers: Sequence[str], example: CellValue) -> None:
        """Ask about ``headers`` (all ambiguous), showing ``example`` read both ways."""
        self._headers, self._example = list(headers), example
        self.retranslate()

    def value(self) -> DateOrder | None:
        for order, button in self.buttons.items():
            if button.isChecked():
                return order
        return None

    def set_value(self, order: DateOrder | None) -> None:
        self.group.setExclusive(order is not None)
        for key, button in self.buttons.items():
            button.setChecked(key == order)
        self.group.setExclusive(True)

    def retranslate(self) -> None:
        quoted = (self.tr("“%1”").replace("%1", header) for header in self._headers)
        names = self.tr(", ").join(quoted)
        text = self.tr(
            "The dates in %1 can be read two ways, like 03/04/2024. How are they written?"
        ).replace("%1", names)
        self.notice.show_message(text)
        self.buttons[DateOrder.DMY].setText(self._answer(self.tr("Day first"), DateOrder.DMY))
        self.buttons[DateOrder.MDY].setText(self._answer(self.tr("Month first"), DateOrder.MDY))

    def _answer(self, name: str, order: DateOrder) -> str:
        if self._example is None:
            return name
        day = read_as(self._example, order)
        if day is None:
            return name
        shown = long_date_text(day)
        return (
            self.tr("%1: “%2” is %3")
            .replace("%1", name)
            .replace("%2", str(self._example))
            .replace("%3", shown)
        )
