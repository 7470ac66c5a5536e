"""The list pages inside the main window: Ctrl+N from anywhere, Edit > Undo, opening records."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.ui.dialogs.new_contact import NewContactDialog
from crmdesk.ui.i18n import LanguageSwitcher
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.theme import ThemeController
from crmdesk.ui.views.contacts_page import ContactsPage
from crmdesk.ui.views.trash_page import TrashPage

AddContact = Callable[..., int]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font = QPalette(app.palette()), app.font()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    languages, theme = LanguageSwitcher(app), ThemeController(app)
    shell = MainWindow(settings=settings, languages=languages, theme=theme, persist=False)
    qtbot.addWidget(shell)
    shell.resize(1280, 800)
    shell.set_context(ctx)
    with qtbot.waitExposed(shell):
        shell.show()
    yield shell
    shell.close()
    app.setPalette(palette)
    app.setFont(font)
    languages.deleteLater()
    theme.deleteLater()


def test_ctrl_n_anywhere_opens_the_new_contact_dialog_on_the_contacts_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.current_page_key() == "today"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.page("contacts")
    assert isinstance(page, ContactsPage) and window.current_page_key() == "contacts"
    dialog = page.list_actions.dialog
    assert isinstance(dialog, NewContactDialog)
    qtbot.keyClicks(dialog.name, "Leila Hosseini")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "contact"  # the new person's page opens
    assert "Contacts 1" in window.counts_label.text() or window._counts_timer.isActive()


def test_edit_undo_in_the_window_undoes_a_delete_from_the_list(
    window: MainWindow, add_contact: AddContact, qtbot: QtBot
) -> None:
    add_contact("Leila")
    page = window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    page.reload()
    page.table.selectRow(0)
    page.list_actions.delete.trigger()
    assert page.model.total == 0
    assert window.commands.undo.isEnabled()
    trash = window.show_page("trash")
    assert isinstance(trash, TrashPage) and trash.model.rowCount() == 1
    window.commands.undo.trigger()
    assert trash.model.rowCount() == 0
    window.show_page("contacts")
    assert page.model.total == 1


def test_double_click_opens_the_contact_page(
    window: MainWindow, add_contact: AddContact, qtbot: QtBot
) -> None:
    contact_id = add_contact("Leila")
    page = window.show_page("contacts")
    assert isinstance(page, ContactsPage)
    page.reload()
    rect = page.table.visualRect(page.model.index(0, 0))
    viewport, left = page.table.viewport(), Qt.MouseButton.LeftButton
    qtbot.mouseClick(viewport, left, pos=rect.center())  # a real double click starts with one
    qtbot.mouseDClick(viewport, left, pos=rect.center())
    assert window.current_page_key() == "contact"
    assert window._current == ("contact", str(contact_id))
