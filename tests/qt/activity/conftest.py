"""Fixtures of the Ctrl+L / Today / Ctrl+K tests: the real main window on the test's file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.services import companies, contacts, tasks
from crmdesk.ui.i18n import LanguageSwitcher
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.theme import ThemeController
from crmdesk.ui.views.today_page import TodayPage


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on the test's file, shown; language, theme and font put back after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font = QPalette(app.palette()), app.font()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    languages, theme = LanguageSwitcher(app), ThemeController(app)
    shell = MainWindow(settings=settings, languages=languages, theme=theme, persist=False)
    qtbot.addWidget(shell)
    shell.set_context(ctx)
    shell.show()
    qtbot.waitExposed(shell)
    shell.activateWindow()
    yield shell
    shell.close()
    languages.apply("en")
    app.setPalette(palette)
    app.setFont(font)
    languages.deleteLater()
    theme.deleteLater()


AddContact = Callable[..., int]


@pytest.fixture
def add_contact(ctx: AppContext) -> AddContact:
    """A contact made through the service (no broadcast): ``add_contact("Ana", company="X")``."""

    def add(name: str, *, company: str = "", **values: object) -> int:
        with ctx.transaction() as session:
            company_id = None
            if company:
                company_id, _ = companies.create_company(session, values={"name": company})
            contact_id, _ = contacts.create_contact(
                session, values={"full_name": name, "company_id": company_id, **values}
            )
        return contact_id

    return add


AddTask = Callable[..., int]


@pytest.fixture
def add_task(ctx: AppContext) -> AddTask:
    def add(title: str, *, due_at: datetime, contact_id: int | None = None) -> int:
        with ctx.transaction() as session:
            task_id, _ = tasks.create_task(
                session, title=title, due_at=due_at, contact_id=contact_id
            )
        return task_id

    return add


@pytest.fixture
def today(window: MainWindow, qtbot: QtBot) -> TodayPage:
    """The Today page of ``window``, its first read done (``reload`` after changing the file)."""
    page = window.show_page("today")
    assert isinstance(page, TodayPage)
    if page.view is None:
        with qtbot.waitSignal(page.loaded):
            pass
    return page


def reload(qtbot: QtBot, page: TodayPage) -> None:
    """Read Today again (in the background, as the page does) and wait until it shows."""
    with qtbot.waitSignal(page.loaded):
        page.refresh()


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, any script (``QTest.keyClicks`` only knows ASCII keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
