"""The empty state: what a list or page shows when it has nothing yet, and what to do next.

    state = EmptyState("contacts")
    state.set_texts(self.tr("No contacts yet"), self.tr("Add one, or import a spreadsheet."))
    state.add_action(self.tr("Add a Contact"), self.add_contact, icon_name="add")
    state.add_action(self.tr("Import…"), self.import_file, primary=False)

Texts are plain arguments (the owner translates them and calls ``set_texts`` again on
``LanguageChange``); colours and the icon follow the palette by themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from crmdesk.ui.icons import icon, tinted_pixmap
from crmdesk.ui.theme import RESTYLE_EVENTS, accent_soft, css, primary_button_css, set_sheet

Role = QPalette.ColorRole
DISC = 88
GLYPH = 40
TEXT_WIDTH = 480


def disc_pixmap(icon_name: str, palette: QPalette, ratio: float) -> QPixmap:
    """The icon in accent colour on a soft accent disc."""
    size = round(DISC * ratio)
    image = QPixmap(size, size)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(accent_soft(palette))
    painter.drawEllipse(QRectF(0, 0, size, size))
    glyph = tinted_pixmap(icon_name, GLYPH, palette.color(Role.Highlight), ratio)
    offset = (size - glyph.width()) / 2
    painter.drawPixmap(round(offset), round(offset), glyph)
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


class EmptyState(QWidget):
    """An icon on a disc, a title, an explanation and up to a few action buttons."""

    def __init__(self, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._restyling = True  # no restyle until built
        self._icon_name = icon_name
        self.icon_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.icon_label.setFixedSize(DISC, DISC)
        self.title_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.title_label.setObjectName("emptyTitle")
        self.title_label.setWordWrap(True)
        self.text_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.text_label.setObjectName("emptyText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(10)
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        self._button_icons: dict[QPushButton, str] = {}
        self._buttons: list[QPushButton] = []
        column = QVBoxLayout()
        column.setSpacing(0)
        column.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(20)
        column.addWidget(self.title_label)
        column.addSpacing(8)
        column.addWidget(self.text_label)
        column.addSpacing(22)
        column.addLayout(self.buttons)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(TEXT_WIDTH)
        holder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout()  # the column takes up to TEXT_WIDTH, centred: wrapped text reads well
        row.addStretch(1)
        row.addWidget(holder, 100)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)
        self._restyling = False
        self._restyle()

    def set_texts(self, title: str, text: str) -> None:
        self.title_label.setText(title)
        self.text_label.setText(text)
        self.text_label.setVisible(bool(text))

    def set_icon(self, icon_name: str) -> None:
        self._icon_name = icon_name
        self._restyle()

    def add_action(
        self,
        text: str,
        callback: Callable[[], object],
        *,
        primary: bool = True,
        icon_name: str | None = None,
    ) -> QPushButton:
        """A button under the text; the first primary one gets the accent colour."""
        button = QPushButton()
        button.setProperty("primary", primary)
        button.setProperty("secondary", not primary)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setMinimumHeight(34)
        button.clicked.connect(callback)
        if icon_name:
            self._button_icons[button] = icon_name
        self._buttons.append(button)
        self.set_action_text(button, text)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        self._restyle()
        return button

    def set_action_text(self, button: QPushButton, text: str) -> None:
        """(Re)label an action button, keeping a little air between its icon and text."""
        button.setText(f"\N{EN SPACE}{text}" if button in self._button_icons else text)

    def event(self, event: QEvent) -> bool:
        if event.type() in RESTYLE_EVENTS and not self._restyling:
            self._restyling = True
            try:
                self._restyle()
            finally:
                self._restyling = False
        return super().event(event)

    def _restyle(self) -> None:
        palette = QGuiApplication.palette()
        ratio = self.devicePixelRatioF()
        self.icon_label.setPixmap(disc_pixmap(self._icon_name, palette, ratio))
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 1.45)
        title_font.setWeight(QFont.Weight.DemiBold)
        if title_font != self.title_label.font():
            self.title_label.setFont(title_font)
        muted = palette.color(Role.PlaceholderText)
        for button, name in self._button_icons.items():
            role = Role.HighlightedText if button.property("primary") else Role.ButtonText
            button.setIcon(icon(name, role, palette=palette))
            button.setIconSize(QSize(18, 18))
        set_sheet(self.text_label, f"color: {css(muted)};")
        secondary = (
            'QPushButton[secondary="true"] {'
            f" background: {css(palette.color(Role.Button))};"
            f" border: 1px solid {css(palette.color(Role.Mid))};"
            " border-radius: 6px; padding: 6px 16px; }"
            ' QPushButton[secondary="true"]:hover {'
            f" background: {css(palette.color(Role.Midlight))}; }}"
        )
        for button in self._buttons:
            set_sheet(button, primary_button_css(palette) + " " + secondary)
