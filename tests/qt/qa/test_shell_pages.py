"""The shell: every page can be pictured, pages not built yet say so and point somewhere
useful, and the status bar and page headers start at the window's leading edge."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.ui.i18n import LanguageSwitcher
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.pages.placeholder import PlaceholderPage
from crmdesk.ui.screenshot import PageRequest, is_busy, parse_page
from crmdesk.ui.theme import ThemeController
from crmdesk.ui.widgets.page_header import PageHeader

Align = Qt.AlignmentFlag


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    languages, theme = LanguageSwitcher(app), ThemeController(app)
    shell = MainWindow(settings=settings, languages=languages, theme=theme, persist=False)
    qtbot.addWidget(shell)
    shell.set_context(ctx)
    yield shell
    shell.close()
    languages.apply("en")
    app.setFont(font)


def test_the_screenshot_mode_accepts_the_trash() -> None:
    assert parse_page("trash") == PageRequest("trash")


def test_every_page_of_the_navigation_can_be_pictured(window: MainWindow) -> None:
    for key in window.page_keys(nav_only=True):
        assert parse_page(key) == PageRequest(key)


def test_a_page_not_built_yet_says_what_it_will_do_and_leads_somewhere_useful(
    window: MainWindow,
) -> None:
    page = window.show_page("pipeline")
    assert isinstance(page, PlaceholderPage)
    title, text = page.texts()
    assert "not available yet" in text and title
    assert page.header.subtitle_label.text()
    page.go_button.click()
    assert window.current_page_key() == "contacts"
    dashboard = window.show_page("dashboard")
    assert isinstance(dashboard, PlaceholderPage)
    dashboard.go_button.click()
    assert window.current_page_key() == "today"


def test_the_file_name_and_page_subtitles_start_on_the_right_in_persian(
    persian: None, window: MainWindow
) -> None:
    window.retranslate()  # what a language switch does
    assert window.file_label.alignment() & Align.AlignRight
    header = PageHeader()
    header.set_texts("Contacts", "2,988 contacts")  # English text in a Persian window
    assert header.subtitle_label.alignment() & Align.AlignRight
    assert header.subtitle_label.alignment() & Align.AlignAbsolute
    header.deleteLater()


class _Loader:
    busy = True


class _SlowPage(QLabel):
    """A page that reads in the background, as Today does (``loader.busy``)."""

    def __init__(self, _ctx: AppContext, _window: MainWindow) -> None:
        super().__init__("reading…")
        self.loader = _Loader()


def test_a_screenshot_waits_for_a_page_still_reading_in_the_background(
    window: MainWindow, qtbot: QtBot
) -> None:
    pool = QThreadPool.globalInstance()
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0)  # Today's own first read
    window.register_page("slow", "Slow", "today", _SlowPage)
    page = window.show_page("slow")
    assert isinstance(page, _SlowPage)
    assert is_busy(window)
    page.loader.busy = False
    assert not is_busy(window)
