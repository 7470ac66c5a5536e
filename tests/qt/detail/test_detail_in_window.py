"""The detail pages inside the real main window: open_record, Ctrl+L's customer, list order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crmdesk import i18n_build
from crmdesk.context import AppContext
from crmdesk.ui.i18n import LanguageSwitcher
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.theme import ThemeController
from crmdesk.ui.views.company_detail import CompanyDetailPage
from crmdesk.ui.views.contact_detail import ContactDetailPage
from crmdesk.ui.widgets.form_section import FormSection

from .conftest import People


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font = QPalette(app.palette()), app.font()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    languages, theme = LanguageSwitcher(app), ThemeController(app)
    shell = MainWindow(settings=settings, languages=languages, theme=theme, persist=False)
    qtbot.addWidget(shell)
    shell.set_context(ctx)
    yield shell
    shell.close()
    app.setPalette(palette)
    app.setFont(font)
    languages.deleteLater()
    theme.deleteLater()


def test_open_record_shows_the_contact_page_and_ctrl_l_knows_the_customer(
    window: MainWindow, people: People
) -> None:
    page = window.open_record("contact", people.jan)
    assert isinstance(page, ContactDetailPage)
    assert page.header.title.text() == "Ján Kováčik"
    assert window.current_record() == ("contact", people.jan)
    page.header.subtitle.linkActivated.emit(f"company:{people.company}")
    company = window.stack.currentWidget()
    assert isinstance(company, CompanyDetailPage)
    assert company.record_id == people.company


def test_an_edit_on_the_page_is_undone_with_the_window_undo_action(
    window: MainWindow, ctx: AppContext, people: People, qtbot: QtBot
) -> None:
    page = window.open_record("contact", people.jan)
    assert isinstance(page, ContactDetailPage)
    editor = page.rows["job_title"].editor
    editor.setText("Mechanik")  # type: ignore[attr-defined]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    window.commands.undo.trigger()
    assert editor.text() == "Technik"  # type: ignore[attr-defined]


def test_next_record_follows_the_contact_list_order(
    window: MainWindow, people: People, qtbot: QtBot
) -> None:
    contacts_page = window.show_page("contacts")
    model = contacts_page.model
    order = [model.record_id(row) for row in range(model.rowCount())]
    assert sorted(order) == sorted([people.jan, people.wang])
    page = window.open_record("contact", order[0])
    assert isinstance(page, ContactDetailPage)
    page.step(1)
    assert window.current_record() == ("contact", order[1])
    page.step(1)  # the end of the list: stays
    assert window.current_record() == ("contact", order[1])
    page.step(-1)
    assert window.current_record() == ("contact", order[0])


def translated(language: str, source: str) -> str:
    """The catalogue's translation of ``source`` (any context) in ``language``."""
    from xml.etree import ElementTree

    from crmdesk.paths import resource_path

    tree = ElementTree.parse(resource_path("i18n", f"crmdesk_{language}.ts"))
    for message in tree.iter("message"):
        if message.findtext("source") == source:
            return message.findtext("translation") or ""
    return ""


def test_switching_language_rebuilds_the_page_in_the_new_language(
    window: MainWindow, people: People, qtbot: QtBot
) -> None:
    i18n_build.compile_all()
    page = window.open_record("contact", people.jan)
    assert isinstance(page, ContactDetailPage)
    try:
        window.set_language("sk")
        # Compared with the catalogue, not literal Slovak, so rewording a translation
        # does not break the test; what matters is that the page speaks the new language.
        log_text = translated("sk", "Log interaction")
        assert log_text not in ("", "Log interaction")
        qtbot.waitUntil(lambda: page.log_button.text() == log_text)
        titles = [s.title.text() for s in page.content.findChildren(FormSection)]
        assert titles[0] == translated("sk", "Person")
        assert page.rows["job_title"].editor.text() == "Technik"  # type: ignore[attr-defined]
        assert page.timeline.title.text() == translated("sk", "Timeline")
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: page.log_button.text() == "Log interaction")
