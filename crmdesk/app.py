"""Start-up of the desktop app: ``crmdesk [FILE] [--screenshot OUT.png ...]``.

Order matters: logging first (so a crash in start-up is on record), then QApplication with
its name (QSettings keys on it), bundled fonts, language, theme, the exception hook, the
window, and last the file: the default one in the data folder unless FILE is given.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QSettings, QtMsgType
from PySide6.QtCore import qInstallMessageHandler as install_qt_message_handler
from PySide6.QtWidgets import QApplication, QMessageBox

import crmdesk
from crmdesk.errors import CrmError
from crmdesk.paths import data_dir, default_database_path
from crmdesk.ui.screenshot import PageRequest, parse_page, parse_size

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

log = logging.getLogger("crmdesk")
LOG_NAME = "crmdesk.log"
LANG_CHOICES = ("en", "fa", "zh", "zh_CN", "sk")
THEME_CHOICES = ("system", "light", "dark")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"crmdesk: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    from crmdesk.cli import SUBCOMMANDS

    parser = _Parser(
        prog="crmdesk",
        description="crmdesk: open FILE in the desktop app",
        epilog="Without a display: crmdesk {"
        + ",".join(SUBCOMMANDS)
        + "} ... (crmdesk SUBCOMMAND --help)",
    )
    parser.add_argument("file", nargs="?", type=Path, help="the crmdesk file to open")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png", help="render and exit")
    parser.add_argument("--page", default=None, help="today, contacts, contact:ID, …")
    parser.add_argument("--lang", choices=LANG_CHOICES, help="interface language")
    parser.add_argument("--theme", choices=THEME_CHOICES, help="colour theme")
    parser.add_argument("--size", default="1280x800", help="window size, e.g. 1280x800")
    return parser


def parse_options(argv: Sequence[str]) -> tuple[argparse.Namespace, PageRequest | None]:
    """Parse ``argv``; a user mistake raises CrmError with a one-line reason."""
    options = build_parser().parse_args(list(argv))
    try:
        page = parse_page(options.page) if options.page else None
        options.size_tuple = parse_size(options.size)
    except ValueError as error:
        raise CrmError(str(error)) from error
    if options.screenshot is not None and options.file is not None and not options.file.exists():
        raise CrmError(f"no such file: {options.file}")
    return options, page


def setup_logging() -> Path:
    """Log to ``data_dir()/crmdesk.log`` (rotating); Qt's own messages go there too."""
    path = data_dir() / LOG_NAME
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    install_qt_message_handler(_qt_message)
    return path


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
        logging.getLogger("qt").debug("%s", message)
        return
    logging.getLogger("qt").warning("%s", message)
    print(message, file=sys.stderr)  # still visible when started from a terminal


class ExceptionHook:
    """Unhandled exceptions: user-facing errors become a message, bugs a crash dialog."""

    def __init__(self, log_path: Path, *, interactive: bool) -> None:
        self.log_path = log_path
        self.interactive = interactive
        self._showing = False

    def __call__(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unhandled exception", exc_info=(kind, value, tb))
        if not self.interactive:
            traceback.print_exception(kind, value, tb)
            QApplication.exit(1)
            return
        if self._showing:
            return
        self._showing = True
        try:
            if isinstance(value, CrmError):
                QMessageBox.warning(None, "crmdesk", str(value))
            else:
                self._crash_dialog("".join(traceback.format_exception(kind, value, tb)))
        finally:
            self._showing = False

    def _crash_dialog(self, details: str) -> None:
        translate = QCoreApplication.translate
        box = QMessageBox(
            QMessageBox.Icon.Critical, translate("CrashDialog", "crmdesk hit a bug"), ""
        )
        box.setText(translate("CrashDialog", "Something went wrong inside crmdesk."))
        box.setInformativeText(
            translate(
                "CrashDialog",
                "Your data is safe: each change is saved whole or not at all. The details "
                "were written to:\n%1\nPlease send that file with a short note of what you did.",
            ).replace("%1", str(self.log_path))
        )
        box.setDetailedText(details)
        box.addButton(translate("CrashDialog", "Continue"), QMessageBox.ButtonRole.AcceptRole)
        quit_button = box.addButton(
            translate("CrashDialog", "Quit crmdesk"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.exec()
        if box.clickedButton() is quit_button:
            QApplication.exit(1)


def make_application(*, screenshot: bool) -> QApplication:
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication(sys.argv[:1])
    app.setApplicationName("crmdesk")
    app.setOrganizationName("crmdesk")
    app.setApplicationVersion(crmdesk.__version__)
    app.setDesktopFileName("crmdesk")
    return app


def run_gui(argv: list[str]) -> int:
    """Open the desktop app (or take a screenshot); return the process exit code."""
    try:
        options, page = parse_options(argv)
    except CrmError as error:
        print(f"crmdesk: {error}", file=sys.stderr)
        return 2
    log_path = setup_logging()
    screenshot = options.screenshot is not None
    app = make_application(screenshot=screenshot)
    sys.excepthook = ExceptionHook(log_path, interactive=not screenshot)
    window = _make_window(app, options)
    if screenshot:
        return _screenshot(app, window, options, page)
    path = options.file or default_database_path()
    first_start = options.file is None and not path.exists()
    window.show()
    if window.files.open_path(path, first_start=first_start) and page is not None:
        window.show_page(page.key, page.argument)
    return app.exec()


def _make_window(app: QApplication, options: argparse.Namespace) -> MainWindow:
    from crmdesk.ui.fonts import register_bundled_fonts
    from crmdesk.ui.i18n import LanguageSwitcher, system_language
    from crmdesk.ui.icons import icon
    from crmdesk.ui.main_window import MainWindow
    from crmdesk.ui.theme import ThemeController

    register_bundled_fonts()
    settings = QSettings()
    languages = LanguageSwitcher(app)
    languages.apply(options.lang or str(settings.value("ui/language", "")) or system_language())
    theme = ThemeController(app)
    chosen = options.theme or str(settings.value("ui/theme", "system"))
    theme.apply(chosen if chosen in THEME_CHOICES else "system")
    app.setWindowIcon(icon("logo"))
    persist = options.screenshot is None
    return MainWindow(settings=settings, languages=languages, theme=theme, persist=persist)


def _screenshot(
    app: QApplication, window: MainWindow, options: argparse.Namespace, page: PageRequest | None
) -> int:
    from crmdesk.ui import ops
    from crmdesk.ui.screenshot import take_screenshot

    path = options.file or default_database_path()
    try:
        window.set_context(ops.open_file(path))
    except CrmError as error:
        print(f"crmdesk: {error}", file=sys.stderr)
        return 2
    take_screenshot(
        app, window, page or PageRequest("today"), options.size_tuple, options.screenshot
    )
    code = app.exec()
    window.close()
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_gui(sys.argv[1:]))
