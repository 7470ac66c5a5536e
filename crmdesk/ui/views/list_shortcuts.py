"""Window-wide actions of the record lists, installed by the page table at start-up.

Ctrl+N ("New Contact…") works from every page: it shows the Contacts page (built on first
use) and opens its dialog. Only this small module is imported at start; the page module is
imported lazily when the action is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

from crmdesk.ui.icons import icon

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow


class ListShortcuts(QObject):
    """Owns the window's "New Contact…" action and keeps its text in the current language."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_contact = QAction(icon("add"), "", window)
        self.new_contact.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_contact.triggered.connect(self.add_contact)
        window.addAction(self.new_contact)
        file_menu = window.menus.file
        existing = file_menu.actions()
        if existing:
            file_menu.insertAction(existing[0], self.new_contact)
            file_menu.insertSeparator(existing[0])
        else:
            file_menu.addAction(self.new_contact)
        window.file_changed.connect(self._update)
        window.installEventFilter(self)
        self.retranslate()
        self._update()

    def add_contact(self) -> None:
        page = self.window.show_page("contacts")
        new_record = getattr(page, "new_record", None)
        if callable(new_record):
            new_record()

    def _update(self) -> None:
        self.new_contact.setEnabled(self.window.has_file)

    def retranslate(self) -> None:
        self.new_contact.setText(self.tr("New &Contact…"))
        self.new_contact.setStatusTip(self.tr("Add a person: name, email, phone and company"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install_list_shortcuts(window: MainWindow) -> ListShortcuts:
    return ListShortcuts(window)
