"""Pills: tag chips with a remove button, a tag editor that wraps them, and status badges.

Colours come from the palette; badges pick a hue per meaning (lead blue, customer green)
at a lightness that suits the palette, because QPalette has no "success" or "warning" roles.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from crmdesk.domain.text import fold
from crmdesk.services.tags import split_tags
from crmdesk.ui.icons import icon
from crmdesk.ui.theme import is_dark
from crmdesk.ui.widgets.flow_layout import FlowLayout

Role = QPalette.ColorRole


def tone(palette: QPalette, hue: int | None) -> tuple[QColor, QColor]:
    """(fill, text) of a pill in ``hue`` (None: neutral grey) for this palette."""
    dark = is_dark(palette)
    if hue is None:
        fill = QColor(palette.color(Role.Midlight if not dark else Role.Mid))
        return fill, palette.color(Role.WindowText)
    fill = QColor.fromHsl(hue, 150, 60 if dark else 228)
    text = QColor.fromHsl(hue, 170, 200 if dark else 70)
    return fill, text


class Pill(QWidget):
    """A rounded label: the base of chips and badges."""

    def __init__(self, text: str, *, hue: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.hue = hue
        self.label = QLabel(text, self)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 2, 10, 2)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._restyle()

    def text(self) -> str:
        return self.label.text()

    def set_text(self, text: str, hue: int | None = None) -> None:
        self.label.setText(text)
        self.hue = hue
        self._restyle()

    def _restyle(self) -> None:
        palette = self.label.palette()
        palette.setColor(Role.WindowText, tone(self.palette(), self.hue)[1])
        self.label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tone(self.palette(), self.hue)[0])
        rect = QRectF(self.rect())
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)


class Chip(Pill):
    """A tag with a small × that removes it."""

    remove_requested = Signal(str)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, hue=None, parent=parent)
        self._layout.setContentsMargins(10, 1, 3, 1)
        self.remove_button = QToolButton(self)
        self.remove_button.setIcon(icon("close"))
        self.remove_button.setIconSize(QSize(12, 12))
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove tag “%1”").replace("%1", text))
        self.remove_button.setAccessibleName(self.remove_button.toolTip())
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.text()))
        self._layout.addWidget(self.remove_button)


class TagChips(QWidget):
    """A record's tags as chips plus an "Add tag" entry; read ``tags()`` on ``changed``."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._saved: list[str] = []
        self._typed = ""
        self._chips: list[Chip] = []
        self._flow = FlowLayout(self, spacing=6)
        self.add_button = QToolButton(self)
        self.add_button.setIcon(icon("tag"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setAutoRaise(True)
        self.add_button.clicked.connect(self.start_adding)
        self.entry = QLineEdit(self)
        self.entry.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.entry.hide()
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self.entry)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(completer)
        self.entry.returnPressed.connect(self._add_typed)
        self.entry.editingFinished.connect(self._finish_adding)
        self._flow.addWidget(self.add_button)
        self._flow.addWidget(self.entry)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add tag"))
        self.entry.setPlaceholderText(self.tr("Tag name, Enter to add"))
        self.entry.setAccessibleName(self.tr("New tag"))
        self.set_tags(self._saved)  # chips' tooltips

    def tags(self) -> list[str]:
        return list(self._tags)

    def chips(self) -> list[Chip]:
        return list(self._chips)

    def set_tags(self, names: list[str]) -> None:
        for chip in self._chips:
            self._flow.removeWidget(chip)
            chip.deleteLater()
        self._tags = list(names)
        self._saved = list(names)
        self._chips = []
        for position, name in enumerate(self._tags):
            chip = Chip(name, self)
            chip.remove_requested.connect(self.remove_tag)
            self._flow.insertWidget(position, chip)
            chip.show()
            self._chips.append(chip)
        self.updateGeometry()

    def set_suggestions(self, names: list[str]) -> None:
        self._suggestions.setStringList(names)

    def add_tags(self, names: list[str]) -> None:
        """Add ``names`` not already present (compared folded, like the database does)."""
        present = {fold(t) for t in self._tags}
        new = [n for n in names if fold(n) not in present]
        if new:
            self._tags.extend(new)
            self.changed.emit()

    def remove_tag(self, name: str) -> None:
        kept = [t for t in self._tags if t != name]
        if kept != self._tags:
            self._tags = kept
            self.changed.emit()

    def start_adding(self) -> None:
        self.add_button.hide()
        self.entry.show()
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def revert(self) -> None:
        """Back to the saved tags after a refused change; a refused typed tag stays typed."""
        self._tags = list(self._saved)
        if self._typed:
            self.start_adding()
            self.entry.setText(self._typed)

    def _add_typed(self) -> None:
        self._typed = self.entry.text()
        names = split_tags(self._typed)
        self.entry.clear()
        self.add_tags(names)
        self._typed = ""

    def _finish_adding(self) -> None:
        if self.entry.text().strip():
            self._add_typed()
        if not self.entry.hasFocus():
            self.entry.hide()
            self.add_button.show()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._flow.heightForWidth(width)
