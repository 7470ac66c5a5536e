"""Small editors that save themselves: each emits ``committed`` when the user finishes an edit.

All share one shape — ``value()``, ``set_value(v)``, ``commit()`` and the ``committed`` signal —
so a detail page can bind any of them to a field name. ``set_value`` also records the saved
value: ``commit()`` only emits when the editor now differs from it, so leaving a field without
changing it writes nothing. Escape puts the saved value back (``reverted``).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QDate, QLocale, Qt, Signal, SignalInstance
from PySide6.QtGui import QFocusEvent, QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QWidget,
)

from crmdesk.ui.icons import icon

NO_DATE = QDate(1900, 1, 1)


class InlineEditor(Protocol):
    committed: SignalInstance

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...

    def commit(self) -> None: ...


class LineField(QLineEdit):
    """One line of text; empty means "no value" (None)."""

    committed = Signal()
    reverted = Signal()

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self._saved = ""
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(False)
        self.editingFinished.connect(self.commit)

    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, value: Any) -> None:
        self._saved = "" if value is None else str(value)
        self.setText(self._saved)
        self.setCursorPosition(0)

    def commit(self) -> None:
        if self.text().strip() != self._saved.strip():
            self.committed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text() != self._saved:
            self.setText(self._saved)
            self.reverted.emit()
            return
        super().keyPressEvent(event)


class TextAreaField(QPlainTextEdit):
    """Several lines (notes); saved when focus leaves. Tab moves on instead of typing a tab."""

    committed = Signal()
    reverted = Signal()

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        self._saved = ""
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)

    def value(self) -> str | None:
        return self.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self._saved = "" if value is None else str(value)
        self.setPlainText(self._saved)

    def commit(self) -> None:
        if self.toPlainText().strip() != self._saved.strip():
            self.committed.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.commit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.toPlainText() != self._saved:
            self.setPlainText(self._saved)
            self.reverted.emit()
            return
        super().keyPressEvent(event)


class ChoiceField(QComboBox):
    """A fixed list of (stored value, shown label); saved as soon as one is chosen.

    ``min_chars`` gives combos in a column (the labels of emails and phones) one width.
    """

    committed = Signal()
    reverted = Signal()

    def __init__(self, parent: QWidget | None = None, *, min_chars: int = 0) -> None:
        super().__init__(parent)
        self._saved: Any = None
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        if min_chars:
            self.setMinimumContentsLength(min_chars)
            self.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.activated.connect(lambda _index: self.commit())

    def set_choices(self, choices: list[tuple[Any, str]]) -> None:
        self.blockSignals(True)
        self.clear()
        for stored, label in choices:
            self.addItem(label, stored)
        self.blockSignals(False)
        self.set_value(self._saved)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        self._saved = value
        index = self.findData(value)
        if index < 0 and value is not None:
            self.addItem(str(value), value)  # a value we have no label for stays visible
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def commit(self) -> None:
        if self.currentData() != self._saved:
            self.committed.emit()


class CheckField(QCheckBox):
    committed = Signal()
    reverted = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._saved = False
        self.clicked.connect(lambda _checked: self.commit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self._saved = bool(value)
        self.setChecked(self._saved)

    def commit(self) -> None:
        if self.isChecked() != self._saved:
            self.committed.emit()


class ScoreField(QSpinBox):
    """A whole number in a range, or nothing (shown as "—")."""

    committed = Signal()
    reverted = Signal()

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved: int | None = None
        self.setRange(low - 1, high)
        self.setSpecialValueText("—")
        self.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000") + 48)
        self.editingFinished.connect(self.commit)

    def value(self) -> int | None:  # type: ignore[override]
        number = super().value()
        return None if number == self.minimum() else number

    def set_value(self, value: Any) -> None:
        self._saved = None if value is None else int(value)
        self.setValue(self.minimum() if self._saved is None else self._saved)

    def commit(self) -> None:
        if self.value() != self._saved:
            self.committed.emit()


class DateField(QWidget):
    """An optional date: a date editor with a calendar plus a button that clears it."""

    committed = Signal()
    reverted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved: date | None = None
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText("—")
        self.edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("00. 00. 0000") + 48)
        self.edit.editingFinished.connect(self.commit)
        self.edit.dateChanged.connect(self._sync_clear)
        self._clear = QToolButton(self)
        self._clear.setIcon(icon("close"))
        self._clear.setAutoRaise(True)
        self._clear.setToolTip(self.tr("Clear the date"))
        self._clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._clear.clicked.connect(self._on_clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self._clear)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self._sync_clear()

    def value(self) -> date | None:
        current = self.edit.date()
        if current == NO_DATE:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: Any) -> None:
        self._saved = value if isinstance(value, date) else None
        saved = self._saved
        self.edit.setDate(QDate(saved.year, saved.month, saved.day) if saved else NO_DATE)

    def commit(self) -> None:
        if self.value() != self._saved:
            self.committed.emit()

    def _on_clear(self) -> None:
        self.edit.setDate(NO_DATE)
        self.commit()

    def _sync_clear(self) -> None:
        self._clear.setVisible(self.edit.date() != NO_DATE)


def _year_text(year: int) -> str:
    """A year in the interface's digits ("۱۹۶۲" in Persian), without a thousands separator."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(year)


class BirthdayField(QWidget):
    """Day and month, and optionally the year: many people tell no year."""

    committed = Signal()
    reverted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved: tuple[int | None, int | None, int | None] = (None, None, None)
        self.day = QComboBox(self)
        self.day.addItem(self.tr("Day"), None)
        for number in range(1, 32):
            self.day.addItem(QLocale().toString(number), number)
        self.month = QComboBox(self)
        self.month.addItem(self.tr("Month"), None)
        for number in range(1, 13):
            name = QLocale().standaloneMonthName(number, QLocale.FormatType.LongFormat)
            self.month.addItem(name, number)
        self.year = QLineEdit(self)
        self.year.setPlaceholderText(self.tr("Year (optional)"))
        self.year.setValidator(QIntValidator(0, 9999, self.year))
        self.year.setMaxLength(4)
        self.year.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000") * 3 + 24)
        self.year.setAccessibleName(self.tr("Birth year"))
        self.day.setAccessibleName(self.tr("Birth day"))
        self.month.setAccessibleName(self.tr("Birth month"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (self.day, self.month, self.year):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.day.activated.connect(lambda _i: self.commit())
        self.month.activated.connect(lambda _i: self.commit())
        self.year.editingFinished.connect(self.commit)
        self.setFocusProxy(self.day)

    def value(self) -> tuple[int | None, int | None, int | None]:
        """(year, month, day), each None when not given."""
        year_text = self.year.text().strip()
        year = int(year_text) if year_text.isdigit() else None
        return year, self.month.currentData(), self.day.currentData()

    def set_value(self, value: Any) -> None:
        year, month, day = value if value else (None, None, None)
        self._saved = (year, month, day)
        self.day.setCurrentIndex(max(self.day.findData(day), 0) if day else 0)
        self.month.setCurrentIndex(max(self.month.findData(month), 0) if month else 0)
        self.year.setText("" if year is None else _year_text(year))

    def commit(self) -> None:
        year, month, day = self.value()
        if (year, month, day) == self._saved:
            return
        if (month is None) != (day is None):
            return  # half a birthday: wait for the other half before saving
        self.committed.emit()
