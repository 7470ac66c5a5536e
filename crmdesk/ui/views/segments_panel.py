"""The "Segments" column of a list page: everything, then each saved filter, one click away.

It shows plain ``SegmentInfo`` values the page reads through operations; choosing an entry
emits ``chosen`` with the segment's id (None = everything), deleting asks the page to do it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMenu, QVBoxLayout, QWidget

from crmdesk.services.segments import SegmentInfo
from crmdesk.ui.icons import icon
from crmdesk.ui.theme import accent_soft, css, mix

Role = QPalette.ColorRole
ID_ROLE = Qt.ItemDataRole.UserRole
WIDTH = 184


class SegmentsPanel(QWidget):
    """A caption and a list: "All contacts" first, then the saved segments by position."""

    chosen = Signal(object)  # segment id, or None for "everything"
    delete_requested = Signal(int)

    def __init__(self, all_text: str, all_icon: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentsPanel")
        self._all_icon = all_icon
        self.caption = QLabel(self)
        self.caption.setObjectName("segmentsCaption")
        self.list = QListWidget(self)
        self.list.setObjectName("segments")
        self.list.setIconSize(QSize(18, 18))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.currentItemChanged.connect(self._on_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.caption)
        layout.addWidget(self.list, 1)
        self.setFixedWidth(WIDTH)
        self._all = QListWidgetItem(all_text)
        self._all.setData(ID_ROLE, None)
        self._all.setSizeHint(QSize(0, 34))
        self.list.addItem(self._all)
        self.list.setCurrentItem(self._all)
        self.retranslate()
        self._restyle()

    def set_all_text(self, text: str) -> None:
        self._all.setText(text)

    def set_segments(self, segments: list[SegmentInfo]) -> None:
        """Show these segments; the current one stays current when it still exists."""
        current = self.current_id()
        self.list.blockSignals(True)
        while self.list.count() > 1:
            self.list.takeItem(1)
        for segment in segments:
            item = QListWidgetItem(segment.name)
            item.setData(ID_ROLE, segment.id)
            item.setToolTip(segment.name)
            item.setSizeHint(QSize(0, 34))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._apply_icons()
        self.select(current, quiet=True)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def select(self, segment_id: int | None, *, quiet: bool = False) -> None:
        """Make ``segment_id`` current (None: everything); ``quiet`` emits nothing."""
        self.list.blockSignals(quiet)
        target = self._all
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == segment_id:
                target = self.list.item(row)
        self.list.setCurrentItem(target)
        self.list.blockSignals(False)

    def clear_current(self) -> None:
        """Highlight nothing (the filter was changed by hand); emits nothing."""
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)

    def segment_names(self) -> list[str]:
        return [self.list.item(row).text() for row in range(1, self.list.count())]

    def _on_current(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            value = item.data(ID_ROLE)
            self.chosen.emit(int(value) if value is not None else None)

    def _menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is None or item.data(ID_ROLE) is None:
            return
        menu = QMenu(self)
        remove = menu.addAction(icon("delete"), self.tr("Delete Segment"))
        remove.triggered.connect(lambda: self.delete_requested.emit(int(item.data(ID_ROLE))))
        menu.exec(self.list.viewport().mapToGlobal(position))
        menu.deleteLater()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Segments"))
        self.list.setAccessibleName(self.tr("Segments"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._restyle()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _apply_icons(self) -> None:
        palette = QGuiApplication.palette()  # not ours: our style sheet changes ours
        for row in range(self.list.count()):
            name = self._all_icon if row == 0 else "filter"
            self.list.item(row).setIcon(icon(name, selected=Role.Highlight, palette=palette))

    def _restyle(self) -> None:
        self._apply_icons()
        palette = QGuiApplication.palette()  # not ours: our style sheet changes ours
        base, text = palette.color(Role.Base), palette.color(Role.Text)
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 0.85)
        font.setWeight(QFont.Weight.DemiBold)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        font.setCapitalization(QFont.Capitalization.AllUppercase)
        if font != self.caption.font():
            self.caption.setFont(font)
        sheet = (
            f"QLabel#segmentsCaption {{ color: {css(palette.color(Role.PlaceholderText))};"
            " padding: 0px 10px; }"
            " QListWidget#segments { background: transparent; border: none; outline: none; }"
            f" QListWidget#segments::item {{ color: {css(text)}; padding: 0px 8px;"
            " border-radius: 7px; border: none; }"
            f" QListWidget#segments::item:hover {{ background: {css(mix(base, text, 0.06))}; }}"
            f" QListWidget#segments::item:selected {{ background: {css(accent_soft(palette))};"
            f" color: {css(palette.color(Role.Highlight))}; }}"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)
