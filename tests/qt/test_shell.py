"""The application shell: window, navigation, languages, themes, screenshots, translations."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from crmdesk import i18n_build
from crmdesk.app import run_gui
from crmdesk.context import AppContext
from crmdesk.db.migrate import open_database
from crmdesk.errors import NotACrmFile
from crmdesk.services import contacts, settings
from crmdesk.ui import ops
from crmdesk.ui.dialogs.backups import BackupsDialog
from crmdesk.ui.dialogs.preferences import PreferencesDialog
from crmdesk.ui.i18n import LanguageSwitcher
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.pages.placeholder import PlaceholderPage, TodayPlaceholder, today_placeholder
from crmdesk.ui.theme import Theme, ThemeController, is_dark

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def compiled_translations() -> list[Path]:
    return i18n_build.compile_all()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> Iterator[MainWindow]:
    """A main window on the test's file; language, theme and font are restored afterwards."""
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
    languages.apply("en")
    app.setPalette(palette)
    app.setFont(font)
    languages.deleteLater()
    theme.deleteLater()


def _add_contact(window: MainWindow, name: str) -> None:
    with ops.user_action(window) as (session, changes):
        _id, made = contacts.create_contact(session, values={"full_name": name})
        changes.merge(made)


def test_window_shows_the_file_name_today_and_record_counts(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.ctx.path.name in window.windowTitle()
    assert window.current_page_key() == "today"
    assert window.file_label.text().strip() == window.ctx.path.name
    qtbot.waitUntil(lambda: "Contacts 0" in window.counts_label.text())


def test_ctrl_number_keys_switch_pages(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_4, ctrl)
    assert window.current_page_key() == "pipeline"
    assert isinstance(window.stack.currentWidget(), PlaceholderPage)
    qtbot.keyClick(window, Qt.Key.Key_8, ctrl)
    assert window.current_page_key() == "dashboard"
    assert window.sidebar.current_key() == "dashboard"
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page_key() == "pipeline"


def test_a_registered_page_replaces_its_placeholder_and_gets_the_context(
    window: MainWindow,
) -> None:
    seen: list[AppContext] = []

    def factory(ctx: AppContext, host: MainWindow) -> QWidget:
        seen.append(ctx)
        return QLabel("the real contacts page")

    window.register_page("contacts", "Contacts", "contacts", factory)
    page = window.show_page("contacts")
    assert isinstance(page, QLabel)
    assert seen == [window.ctx]
    assert window.sidebar.current_key() == "contacts"


def test_record_pages_get_their_argument_and_keep_the_parent_selected(
    window: MainWindow,
) -> None:
    class Detail(QLabel):
        def __init__(self, ctx: AppContext, host: MainWindow) -> None:
            super().__init__()
            self.shown: list[str] = []

        def show_argument(self, argument: str) -> None:
            self.shown.append(argument)

    window.register_page("contact", "Contact", "contacts", Detail, in_nav=False, parent="contacts")
    page = window.open_record("contact", 42)
    assert isinstance(page, Detail) and page.shown == ["42"]
    assert window.sidebar.current_key() == "contacts"


def test_changes_are_broadcast_and_the_welcome_gives_way(window: MainWindow, qtbot: QtBot) -> None:
    window.register_page("today", "Today", "today", today_placeholder)
    today = window.show_page("today")
    assert isinstance(today, TodayPlaceholder) and today.is_welcoming()
    with qtbot.waitSignal(window.changed) as signal:
        _add_contact(window, "Žofia Nováková")
    assert signal.args[0].touches("contact")
    assert not today.is_welcoming()
    qtbot.waitUntil(lambda: "Contacts 1" in window.counts_label.text())


def test_persian_mirrors_the_window_and_translates_the_menus(
    window: MainWindow, qtbot: QtBot, compiled_translations: list[Path]
) -> None:
    assert window.set_language("fa") == "fa"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: window.menus.file.title() == "&پرونده")  # LanguageChange is posted
    assert window.sidebar.nav.item(0).text() == "امروز"
    window.set_language("en")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.waitUntil(lambda: window.menus.file.title() == "&File")


def test_dark_theme_gives_a_dark_palette(window: MainWindow, qtbot: QtBot) -> None:
    window.set_theme("dark")
    assert is_dark(QApplication.palette())
    qtbot.waitUntil(lambda: is_dark(window.sidebar.palette()))
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert window.commands.themes[Theme.DARK].isChecked()
    window.set_theme("light")
    assert not is_dark(QApplication.palette())


def test_every_translation_compiles_and_loads(compiled_translations: list[Path]) -> None:
    expected = {"fa": "&پرونده", "zh_CN": "文件(&F)", "sk": "&Súbor"}
    for language, file_title in expected.items():
        translator = QTranslator()
        assert translator.load(f"crmdesk_{language}", str(REPO / "resources" / "i18n"))
        assert translator.translate("Menus", "&File") == file_title
    assert {qm.name for qm in compiled_translations} == {
        "crmdesk_fa.qm",
        "crmdesk_zh_CN.qm",
        "crmdesk_sk.qm",
    }
    assert QCoreApplication.translate("Menus", "&File") == "&File"  # nothing left installed


def test_opening_another_file_rebuilds_the_pages(window: MainWindow, tmp_path: Path) -> None:
    old_today = window.page("today")
    other = tmp_path / "other.crm"
    assert window.files.open_path(other)
    assert window.ctx.path == other
    assert window.page("today") is not old_today
    assert window.files.recent_files()[0] == other


def test_a_text_file_is_refused_as_not_a_crm_file(tmp_path: Path) -> None:
    text = tmp_path / "notes.crm"
    text.write_text("just some notes, not a database\n" * 100)
    with pytest.raises(NotACrmFile):
        ops.open_file(text)


def test_save_a_copy_writes_a_file_that_opens(window: MainWindow, tmp_path: Path) -> None:
    _add_contact(window, "王小明")
    target = tmp_path / "copy.crm"
    ops.save_copy(window.ctx, target=target)
    copy = open_database(target)
    try:
        assert ops.record_counts(copy)["contact"] == 1
        with copy.reading() as session:
            copied_identity = settings.file_identity(session)
    finally:
        copy.close()
    with window.ctx.reading() as session:
        original_identity = settings.file_identity(session)
    # A copy is a file of its own: the ids in its exports must not match the original's records.
    assert copied_identity and original_identity and copied_identity != original_identity


def _gui_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def test_screenshot_mode_writes_a_png_and_exits_0(
    tmp_path: Path, compiled_translations: list[Path]
) -> None:
    database = tmp_path / "shot.crm"
    open_database(database).close()
    out = tmp_path / "contacts-fa-dark.png"
    command = [sys.executable, "-m", "crmdesk", str(database), "--screenshot", str(out)]
    command += ["--page", "contacts", "--lang", "fa", "--theme", "dark", "--size", "900x600"]
    result = subprocess.run(command, env=_gui_env(tmp_path), capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)


@pytest.mark.parametrize(
    ("option", "value", "reason"),
    [("--page", "nowhere", "unknown page"), ("--size", "big", "bad size")],
)
def test_screenshot_mode_refuses_bad_arguments_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, value: str, reason: str
) -> None:
    out = tmp_path / "x.png"
    code = run_gui([str(tmp_path / "a.crm"), "--screenshot", str(out), option, value])
    assert code == 2
    error = capsys.readouterr().err
    assert reason in error and error.count("\n") == 1
    assert not out.exists()


def test_preferences_offer_every_language_and_theme(window: MainWindow, qtbot: QtBot) -> None:
    dialog = PreferencesDialog("fa", Theme.DARK, window)
    qtbot.addWidget(dialog)
    assert dialog.chosen_language() == "fa" and dialog.chosen_theme() is Theme.DARK
    assert dialog.language.count() == 5  # the system's + en, fa, zh_CN, sk


def test_backups_dialog_lists_backups_newest_first(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "x.crm.backups"
    folder.mkdir()
    for index, name in enumerate(["old.crm", "new.crm"]):
        (folder / name).write_bytes(b"backup")
        os.utime(folder / name, (1_700_000_000 + index, 1_700_000_000 + index))
    dialog = BackupsDialog(folder)
    qtbot.addWidget(dialog)
    assert [dialog.list.item(row).text().split()[-1] for row in range(2)] == [
        "new.crm",
        "old.crm",
    ]
