"""An editor with its validation message right below it: errors live next to the field.

When a service raises ``ValidationError(field=...)`` the page finds the row for that field and
calls :meth:`FieldRow.show_error`: a red frame is drawn around the editor and the message
appears under it; nothing is saved and the editor keeps what the user typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from crmdesk.ui.theme import is_dark

FRAME_MARGIN = 2  # room around an editor for the red frame


def error_color(palette: QPalette) -> QColor:
    """A red that reads well on this palette's window (the palette has no "error" role)."""
    return QColor.fromHsl(2, 190, 165 if is_dark(palette) else 100)


def set_error_style(label: QLabel) -> None:
    """Colour ``label`` as an error message in the current palette."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, error_color(palette))
    label.setPalette(palette)


class _Frame(QWidget):
    """Holds the editor with a 2 px margin where the red frame is painted when invalid."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.invalid = False
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(FRAME_MARGIN, FRAME_MARGIN, FRAME_MARGIN, FRAME_MARGIN)
        layout.addWidget(editor)

    def _target(self) -> QRect:
        """What the frame goes around: the editor's visible parts, not its empty stretch."""
        parts = [w for w in self.editor.findChildren(QWidget) if w.isVisible()]
        laid_out = self.editor.layout() is not None and parts
        rect = QRect()
        if laid_out:
            for part in parts:
                if part.parentWidget() is self.editor:
                    rect = rect.united(part.geometry())
            rect.translate(self.editor.pos())
        else:
            rect = self.editor.geometry()
        return rect.adjusted(-FRAME_MARGIN, -FRAME_MARGIN, FRAME_MARGIN, FRAME_MARGIN)

    def paintEvent(self, _event: object) -> None:
        if not self.invalid:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(error_color(self.palette()), 1.6))
        painter.drawRoundedRect(self._target().adjusted(1, 1, -1, -1), 4, 4)


class FieldRow(QWidget):
    """``editor`` plus a hidden error label; the page shows or clears the error."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._frame = _Frame(editor, self)
        self._message = QLabel(self)
        self._message.setObjectName("fieldError")
        self._message.setWordWrap(True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._message.hide()
        set_error_style(self._message)
        self._align_message()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self._frame)
        layout.addWidget(self._message)
        self.setFocusProxy(editor)

    @property
    def error(self) -> str:
        """The message shown now ("" when the field is valid)."""
        return self._message.text() if self._message.isVisibleTo(self) else ""

    @property
    def message_label(self) -> QLabel:
        return self._message

    def show_error(self, message: str) -> None:
        self._message.setText(message)
        self._message.show()
        self._frame.invalid = True
        self._frame.update()

    def clear_error(self) -> None:
        if not self._frame.invalid and not self._message.isVisibleTo(self):
            return
        self._message.clear()
        self._message.hide()
        self._frame.invalid = False
        self._frame.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            set_error_style(self._message)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_message()
        super().changeEvent(event)

    def _align_message(self) -> None:
        """Messages start under the editor's leading edge, whatever script they are in."""
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self._message.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)


def top_aligned(*widgets: QWidget) -> QHBoxLayout:
    """``widgets`` lined up with the first line of a FieldRow beside them (its frame margin)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, FRAME_MARGIN, 0, 0)
    row.setSpacing(2)
    for widget in widgets:
        row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
    return row
