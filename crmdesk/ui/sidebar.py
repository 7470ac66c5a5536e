"""The left navigation of the main window: brand, a search button, the list of pages.

It knows nothing about pages beyond (key, title, icon); the window fills and listens to it.
Colours are derived from the palette and recomputed on ``PaletteChange``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ui.icons import icon, pixmap
from crmdesk.ui.theme import RESTYLE_EVENTS, accent_soft, css, mix, set_sheet

Role = QPalette.ColorRole
KEY_ROLE = Qt.ItemDataRole.UserRole
ICON = 20
MIN_WIDTH = 212


class SearchButton(QPushButton):
    """Looks like a search field; opens the command palette (Ctrl+K)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchButton")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.glyph = QLabel()
        self.label = QLabel()
        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 0, 10, 0)
        row.setSpacing(8)
        row.addWidget(self.glyph)
        row.addWidget(self.label, 1)
        row.addWidget(self.hint)
        self.setMinimumHeight(34)

    def set_texts(self, text: str, shortcut: QKeySequence) -> None:
        self.label.setText(text)
        self.hint.setText(shortcut.toString(QKeySequence.SequenceFormat.NativeText))
        self.setAccessibleName(text)


class Sidebar(QWidget):
    """Brand row, search button and the navigation list."""

    page_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._restyling = True  # no restyle until built
        self.setObjectName("sidebar")
        # The background comes from the palette, not the style sheet: a style sheet rule on
        # the sidebar itself would pin its palette and cut it off from theme changes.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(Role.Window)
        self.logo = QLabel()
        self.brand = QLabel("crmdesk")
        self.brand.setObjectName("brand")
        brand_row = QHBoxLayout()
        brand_row.setContentsMargins(20, 18, 20, 10)
        brand_row.setSpacing(10)
        brand_row.addWidget(self.logo)
        brand_row.addWidget(self.brand, 1)
        self.search = SearchButton()
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(ICON, ICON))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setUniformItemSizes(True)
        self.nav.currentItemChanged.connect(self._on_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(6)
        layout.addLayout(brand_row)
        search_row = QHBoxLayout()
        search_row.setContentsMargins(12, 0, 12, 8)
        search_row.addWidget(self.search)
        layout.addLayout(search_row)
        layout.addWidget(self.nav, 1)
        self._icons: dict[str, str] = {}
        self._restyling = False
        self._restyle()

    # ------------------------------------------------------------------ items

    def set_pages(self, pages: list[tuple[str, str, str]]) -> None:
        """Show ``(key, title, icon name)`` entries in this order; keeps the selection."""
        current = self.current_key()
        self.nav.blockSignals(True)
        self.nav.clear()
        self._icons = {}
        for key, title, icon_name in pages:
            item = QListWidgetItem(icon(icon_name, selected=Role.Highlight), title)
            item.setData(KEY_ROLE, key)
            item.setSizeHint(QSize(0, 38))
            self.nav.addItem(item)
            self._icons[key] = icon_name
        self.nav.blockSignals(False)
        if current:
            self.select(current)
        self._fit_width()

    def select(self, key: str) -> None:
        """Mark ``key`` as the current page without emitting ``page_chosen``."""
        self.nav.blockSignals(True)
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(KEY_ROLE) == key:
                self.nav.setCurrentItem(item)
        self.nav.blockSignals(False)

    def current_key(self) -> str | None:
        item = self.nav.currentItem()
        key = item.data(KEY_ROLE) if item is not None else None
        return key if isinstance(key, str) else None

    def _on_current(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.page_chosen.emit(str(item.data(KEY_ROLE)))

    def _fit_width(self) -> None:
        metrics = self.nav.fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(self.nav.item(row).text())
                for row in range(self.nav.count())
            ),
            default=0,
        )
        width = max(MIN_WIDTH, widest + ICON + 84)
        if width != self.minimumWidth() or width != self.maximumWidth():
            self.setFixedWidth(width)

    # ------------------------------------------------------------------ looks

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
        self.logo.setPixmap(pixmap("logo", 26, Role.Highlight, palette))
        self.search.glyph.setPixmap(pixmap("search", 16, Role.PlaceholderText, palette))
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            name = self._icons.get(str(item.data(KEY_ROLE)))
            if name:
                item.setIcon(icon(name, selected=Role.Highlight, palette=palette))
        brand_font = QFont(self.font())
        brand_font.setPointSizeF(self.font().pointSizeF() * 1.3)
        brand_font.setWeight(QFont.Weight.Bold)
        if brand_font != self.brand.font():
            self.brand.setFont(brand_font)
        for widget, sheet in self._style_sheets(palette).items():
            set_sheet(widget, sheet)
        self._fit_width()

    def _style_sheets(self, palette: QPalette) -> dict[QWidget, str]:
        window = palette.color(Role.Window)
        text = palette.color(Role.WindowText)
        hover = mix(window, text, 0.07)
        selected = accent_soft(palette, Role.Window)
        muted = palette.color(Role.PlaceholderText)
        disabled = palette.color(QPalette.ColorGroup.Disabled, Role.WindowText)
        nav = (
            "QListWidget { background: transparent; border: none; outline: none; }"
            f" QListWidget::item {{ color: {css(text)}; padding: 0px 10px;"
            " margin: 1px 12px; border-radius: 7px; border: none; }"
            f" QListWidget::item:hover {{ background: {css(hover)}; }}"
            f" QListWidget::item:selected {{ background: {css(selected)};"
            f" color: {css(palette.color(Role.Highlight))}; }}"
            f" QListWidget::item:disabled {{ color: {css(disabled)}; }}"
        )
        search = (
            f"QPushButton {{ background: {css(palette.color(Role.Base))};"
            f" border: 1px solid {css(palette.color(Role.Mid))}; border-radius: 7px; }}"
            f" QPushButton:hover {{ border-color: {css(muted)}; }}"
            f" QLabel {{ color: {css(muted)}; background: transparent; }}"
        )
        return {self.brand: f"color: {css(text)};", self.nav: nav, self.search: search}
