"""Window-wide entry points of issue 4, installed by the page table at start-up.

- File > Import… (Ctrl+I) and the welcome screen's "Import a Spreadsheet" open the import
  wizard (``window.set_action_handler("import", …)``).
- File > Import History… lists past imports, each undoable.
- Edit > Find Duplicate Contacts… shows the "duplicates" page (outside the navigation, under
  Contacts), where pairs are compared side by side and merged.

Only this small module is imported at start; the wizard and the page load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from crmdesk.ui.i18n import QT_TRANSLATE_NOOP
from crmdesk.ui.icons import icon

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

DUPLICATES_PAGE = "crmdesk.ui.views.duplicates_page:DuplicatesPage"


class ImportActions(QObject):
    """Owns the wizard / history / duplicates actions and keeps their texts translated."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None  # the wizard or history shown last (tests use it)
        window.set_action_handler("import", self.open_wizard)
        self.history = QAction(icon("backup"), "", window)
        self.history.triggered.connect(lambda: self.open_history())
        self.duplicates = QAction(icon("contacts"), "", window)
        self.duplicates.triggered.connect(self.show_duplicates)
        _insert_after(window.menus.file, window.commands.import_file, self.history)
        _insert_after(window.menus.edit, window.commands.find, self.duplicates)
        self._register_page()
        window.file_changed.connect(self._update)
        window.installEventFilter(self)
        self.retranslate()
        self._update()

    def _register_page(self) -> None:
        from crmdesk.ui.pages import lazy_page

        self.window.register_page(
            "duplicates",
            QT_TRANSLATE_NOOP("Pages", "Duplicates"),
            "contacts",
            lazy_page(DUPLICATES_PAGE),
            in_nav=False,
            parent="contacts",
        )

    # ------------------------------------------------------------------ actions
    def open_wizard(self) -> QDialog | None:
        if not self.window.has_file:
            return None
        from crmdesk.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.window, self.window.settings, self.window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.history_requested.connect(lambda: self.open_history(wizard))
        self.dialog = wizard
        wizard.open()
        return wizard

    def open_history(self, parent: QDialog | None = None) -> QDialog | None:
        if not self.window.has_file:
            return None
        from crmdesk.ui.dialogs.import_wizard.history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.window, parent or self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def show_duplicates(self) -> None:
        self.window.show_page("duplicates")

    # ------------------------------------------------------------------ state and texts
    def _update(self) -> None:
        for action in (self.history, self.duplicates):
            action.setEnabled(self.window.has_file)

    def retranslate(self) -> None:
        self.history.setText(self.tr("Import &History…"))
        self.history.setStatusTip(self.tr("See past imports and undo one"))
        self.duplicates.setText(self.tr("Find &Duplicate Contacts…"))
        self.duplicates.setStatusTip(self.tr("People who are in the file twice, to merge"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def _insert_after(menu: QMenu, anchor: QAction, action: QAction) -> None:
    """Put ``action`` right after ``anchor`` in ``menu`` (at the end when it is not there)."""
    actions = menu.actions()
    position = actions.index(anchor) + 1 if anchor in actions else len(actions)
    if position < len(actions):
        menu.insertAction(actions[position], action)
    else:
        menu.addAction(action)


def install_import_actions(window: MainWindow) -> ImportActions:
    return ImportActions(window)
