"""The main window: a shell that pages plug into. It holds no business logic.

Page registration API
=====================
A page is any ``QWidget``. It is registered under a key with a title, an icon and a factory::

    window.register_page(key, title, icon, factory, *, in_nav=True, parent=None)

- ``key``: ``"contacts"``; also what ``--page`` and ``show_page`` use.
- ``title``: the English source text, marked for translation in context ``"Pages"``:
  ``QT_TRANSLATE_NOOP("Pages", "Contacts")``; the shell translates it when it shows it.
- ``icon``: an icon name from ``resources/icons`` (``crmdesk.ui.icons.icon``).
- ``factory(ctx: AppContext, window: MainWindow) -> QWidget``: builds the page the first time
  it is shown. A page class with ``__init__(self, ctx, window)`` is a factory; so is
  ``lazy_page("crmdesk.ui.views.contacts:ContactsPage")``, which imports on first show.
- ``in_nav=False`` for record pages reached by ``window.open_record("contact", 42)`` or
  ``--page contact:42``; ``parent`` is the navigation item kept selected meanwhile.

Registering a key again replaces the page. The default table is
``crmdesk.ui.pages.register_default_pages``: swap a placeholder by changing its one line.

What a page gets
----------------
- ``ctx`` (``crmdesk.context.AppContext``) of the open file. Opening another file destroys every
  page and builds them again with the new ``ctx``, so a page never has to follow a file switch.
- ``window.changed``: ``Signal(object)`` carrying a ``crmdesk.services.changes.Changes`` after
  every committed user action (``crmdesk.ui.ops.user_action`` emits it through
  ``window.notify_changed``); refresh only when ``changes.touches("contact")`` etc.
- Optional hook ``show_argument(self, argument: str)``: called with ``"42"`` for
  ``show_page("contact", "42")``.
- Optional hook ``current_record(self) -> tuple[str, int] | None``: the customer the page is
  about (e.g. the selected row), preselected by Ctrl+L; record pages need not define it.
- ``window.undo_stack`` (QUndoStack), ``window.settings`` (QSettings: keep page state under
  ``pages/<key>/…``), ``window.commands`` (the shared QActions), ``window.statusBar()``,
  ``window.set_action_handler("find" | "import", callback)`` for shell actions a page provides.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

import crmdesk
from crmdesk.context import AppContext
from crmdesk.errors import ValidationError
from crmdesk.services.changes import Changes
from crmdesk.ui.actions import Actions, Menus, page_shortcut
from crmdesk.ui.file_commands import FileCommands
from crmdesk.ui.housekeeping import Housekeeping
from crmdesk.ui.i18n import LanguageSwitcher
from crmdesk.ui.icons import icon
from crmdesk.ui.quick_actions import QuickActions
from crmdesk.ui.sidebar import Sidebar
from crmdesk.ui.theme import Theme, ThemeController
from crmdesk.ui.widgets.empty_state import EmptyState

PageFactory = Callable[[AppContext, "MainWindow"], QWidget]
COUNTED = ("contact", "company", "deal", "ticket", "order")
HISTORY_LIMIT = 50
MIN_SIZE = (760, 500)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: str
    factory: PageFactory
    in_nav: bool = True
    parent: str | None = None

    def display_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)


def lazy_page(target: str) -> PageFactory:
    """A factory for ``"package.module:Class"``, importing the module on first show."""
    module_name, _, name = target.partition(":")

    def factory(ctx: AppContext, window: MainWindow) -> QWidget:
        page = getattr(importlib.import_module(module_name), name)(ctx, window)
        if not isinstance(page, QWidget):
            raise TypeError(f"{target} did not make a QWidget")
        return page

    return factory


class NoFileOpen(RuntimeError):
    """``window.ctx`` was asked for while no file is open."""


class MainWindow(QMainWindow):
    """Navigation, a stack of pages, menus and a status bar around one open crmdesk file."""

    changed = Signal(object)  # crmdesk.services.changes.Changes
    file_changed = Signal()
    page_changed = Signal(str)

    def __init__(
        self,
        *,
        settings: QSettings | None = None,
        languages: LanguageSwitcher | None = None,
        theme: ThemeController | None = None,
        persist: bool = True,
    ) -> None:
        super().__init__()
        app = cast(QApplication, QApplication.instance())
        self.settings = settings if settings is not None else QSettings()
        self.languages = languages if languages is not None else LanguageSwitcher(app)
        self.theme = theme if theme is not None else ThemeController(app)
        self.persist = persist
        self.first_start = False
        self._ctx: AppContext | None = None
        self._specs: dict[str, PageSpec] = {}
        self._pages: dict[str, QWidget] = {}
        self._page_actions: dict[str, QAction] = {}
        self._current: tuple[str, str | None] | None = None
        self._history: list[tuple[str, str | None]] = []
        self._handlers: dict[str, Callable[[], object]] = {}
        self.undo_stack = QUndoStack(self)
        self.housekeeping = Housekeeping(self)
        self.housekeeping.counts_ready.connect(self._show_counts)
        self.commands = Actions(self)
        self.menus = Menus(self.menuBar(), self.commands)
        self.files = FileCommands(self, self.settings)
        self.quick = QuickActions(self)  # Ctrl+K palette, Ctrl+L log dialog, F5 refresh
        self.set_action_handler("find", self.quick.show_palette)
        self._counts_timer = QTimer(self, singleShot=True, interval=300)
        self._counts_timer.timeout.connect(self.refresh_counts)
        self._build()
        self._connect()
        from crmdesk.ui.pages import register_default_pages

        register_default_pages(self)
        self.retranslate()
        self._update_file_state()
        # An explicit minimum keeps pages' layouts from resizing the window's constraints
        # (which also spares the offscreen platform's propagateSizeHints warning in tests).
        self.setMinimumSize(MIN_SIZE[0], MIN_SIZE[1])
        self.resize(1200, 780)
        if persist:
            self.restoreGeometry(self.settings.value("window/geometry", b""))  # type: ignore[arg-type]
            self.restoreState(self.settings.value("window/state", b""))  # type: ignore[arg-type]

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.sidebar = Sidebar()
        divider = QWidget()
        divider.setFixedWidth(1)
        divider.setAutoFillBackground(True)
        divider.setBackgroundRole(QPalette.ColorRole.Mid)
        self.stack = QStackedWidget()
        self.stack.setObjectName("content")
        self.stack.setAutoFillBackground(True)
        self.stack.setBackgroundRole(QPalette.ColorRole.Base)
        self.no_file = EmptyState("folder")
        self.no_file_open = self.no_file.add_action("", self.commands.open_file.trigger)
        self.no_file_new = self.no_file.add_action(
            "", self.commands.new_file.trigger, primary=False
        )
        self.stack.addWidget(self.no_file)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(divider)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.file_label = QLabel()
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().setSizeGripEnabled(False)

    def _connect(self) -> None:
        c = self.commands
        c.new_file.triggered.connect(self.files.new_file)
        c.open_file.triggered.connect(self.files.open_dialog)
        c.save_copy.triggered.connect(self.files.save_copy)
        c.new_demo_file.triggered.connect(self.files.new_demo_file)
        c.backups.triggered.connect(self.files.show_backups)
        c.clear_recent.triggered.connect(self.files.clear_recent)
        c.quit.triggered.connect(self.close)
        c.undo.triggered.connect(self.undo_stack.undo)
        c.redo.triggered.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(c.undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(c.redo.setEnabled)
        c.undo.setEnabled(False)
        c.redo.setEnabled(False)
        c.find.triggered.connect(lambda: self._run_handler("find"))
        c.import_file.triggered.connect(lambda: self._run_handler("import"))
        c.log_interaction.triggered.connect(self.quick.log_interaction)
        c.refresh.triggered.connect(self.quick.refresh)
        c.preferences.triggered.connect(self.show_preferences)
        c.back.triggered.connect(self.go_back)
        c.about.triggered.connect(self.show_about)
        c.theme_group.triggered.connect(lambda action: self.set_theme(str(action.data())))
        self.menus.recent.aboutToShow.connect(self._fill_recent)
        self.sidebar.page_chosen.connect(self.show_page)
        self.sidebar.search.clicked.connect(c.find.trigger)

    # ------------------------------------------------------------------ pages

    def register_page(
        self,
        key: str,
        title: str,
        icon: str,
        factory: PageFactory,
        *,
        in_nav: bool = True,
        parent: str | None = None,
    ) -> None:
        """Add page ``key`` (or replace it: a page already built is dropped)."""
        old = self._pages.pop(key, None)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self._specs[key] = PageSpec(key, title, icon, factory, in_nav, parent)
        self._rebuild_navigation()

    def page_spec(self, key: str) -> PageSpec:
        return self._specs[key]

    def page_keys(self, *, nav_only: bool = False) -> list[str]:
        return [key for key, spec in self._specs.items() if spec.in_nav or not nav_only]

    def page(self, key: str) -> QWidget | None:
        """The page widget if it was built already."""
        return self._pages.get(key)

    def current_page_key(self) -> str | None:
        return self._current[0] if self._current else None

    def show_page(self, key: str, argument: str | None = None) -> QWidget | None:
        """Show page ``key`` (building it on first use); None while no file is open."""
        spec = self._specs.get(key)
        if spec is None:
            raise KeyError(f"unknown page {key!r}")
        if self._ctx is None:
            return None
        widget = self._pages.get(key)
        if widget is None:
            widget = spec.factory(self._ctx, self)
            self._pages[key] = widget
            self.stack.addWidget(widget)
        if self._current is not None and self._current != (key, argument):
            self._history = [*self._history, self._current][-HISTORY_LIMIT:]
        self._current = (key, argument)
        self.stack.setCurrentWidget(widget)
        self.sidebar.select(spec.parent or key)
        hook = getattr(widget, "show_argument", None)
        if argument is not None and callable(hook):
            hook(argument)
        self.commands.back.setEnabled(bool(self._history))
        self.page_changed.emit(key)
        return widget

    def open_record(self, entity: str, record_id: int) -> QWidget | None:
        return self.show_page(entity, str(record_id))

    def current_record(self) -> tuple[str, int] | None:
        """The record the user is looking at: the page's own ``current_record()`` hook if it
        has one, else the record page shown (``contact:42``); None on other pages."""
        hook = getattr(self.stack.currentWidget(), "current_record", None)
        if callable(hook):
            found = hook()
            if found is not None:
                return (str(found[0]), int(found[1]))
        if self._current is None:
            return None
        key, argument = self._current
        if self._specs[key].in_nav or argument is None or not argument.isdigit():
            return None
        return key, int(argument)

    def log_interaction_for(self, entity: str, record_id: int) -> None:
        """Ctrl+L's dialog with ``entity`` ``record_id`` preselected (detail pages call it)."""
        self.quick.log_interaction_for(entity, record_id)

    def go_back(self) -> None:
        if not self._history:
            return
        key, argument = self._history.pop()
        self._current = None
        self.show_page(key, argument)

    def _rebuild_navigation(self) -> None:
        nav = [spec for spec in self._specs.values() if spec.in_nav]
        self.sidebar.set_pages([(s.key, s.display_title(), s.icon) for s in nav])
        for position, spec in enumerate(nav):
            action = self._page_actions.get(spec.key)
            if action is None:
                action = QAction(self)
                action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
                self.addAction(action)
                self._page_actions[spec.key] = action
            action.setText(spec.display_title())
            action.setIcon(icon(spec.icon))
            action.setShortcut(page_shortcut(position))
            action.setEnabled(self._ctx is not None)
        self.menus.fill_view(
            [self._page_actions[s.key] for s in nav], self.commands.back, self.commands.refresh
        )

    def _drop_pages(self) -> None:
        for widget in self._pages.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._pages = {}
        self._current = None
        self._history = []

    # ------------------------------------------------------------------ the file

    @property
    def ctx(self) -> AppContext:
        if self._ctx is None:
            raise NoFileOpen("no crmdesk file is open")
        return self._ctx

    @property
    def has_file(self) -> bool:
        return self._ctx is not None

    def set_context(self, ctx: AppContext | None, *, first_start: bool = False) -> None:
        """Show ``ctx``'s file (closing the previous one); ``None`` shows "no file open"."""
        self._drop_pages()
        old, self._ctx = self._ctx, ctx
        if old is not None and old is not ctx:
            old.close()
        self.first_start = first_start
        self.undo_stack.clear()
        self._update_file_state()
        self.file_changed.emit()
        if ctx is None:
            self.stack.setCurrentWidget(self.no_file)
            return
        from crmdesk.ui.operations.settings import adopt_locale_region

        adopt_locale_region(ctx)
        self.show_page(self._start_page())
        self.refresh_counts()
        if self.persist:  # not for screenshots and tests: a real session's daily backup
            self.housekeeping.backup_if_due(ctx)

    def notify_changed(self, changes: Changes) -> None:
        """Broadcast what a committed action changed (ops call this)."""
        self.changed.emit(changes)
        if any(changes.touches(entity) for entity in COUNTED):
            self._counts_timer.start()

    def refresh_counts(self) -> None:
        if self._ctx is None:
            self.counts_label.clear()
            return
        self.housekeeping.count_records(self._ctx)

    def _show_counts(self, counts: dict[str, int]) -> None:
        locale = QLocale()
        names = {
            "contact": self.tr("Contacts"),
            "company": self.tr("Companies"),
            "deal": self.tr("Deals"),
            "ticket": self.tr("Tickets"),
            "order": self.tr("Orders"),
        }
        parts = [f"{names[key]} {locale.toString(counts.get(key, 0))}" for key in COUNTED]
        self.counts_label.setText("   ·   ".join(parts) + "  ")

    def _start_page(self) -> str:
        key = str(self.settings.value("window/page", "today")) if self.persist else "today"
        spec = self._specs.get(key)
        return key if spec is not None and spec.in_nav else "today"

    def _update_file_state(self) -> None:
        ctx = self._ctx
        c = self.commands
        for action in (c.save_copy, c.backups, c.find, c.log_interaction, c.refresh):
            action.setEnabled(ctx is not None)
        self.commands.import_file.setEnabled(ctx is not None)
        for action in self._page_actions.values():
            action.setEnabled(ctx is not None)
        self.sidebar.setEnabled(ctx is not None)
        if ctx is None:
            self.setWindowTitle("crmdesk")
            self.file_label.clear()
            self.counts_label.clear()
            return
        self.setWindowTitle(self.tr("%1 — crmdesk").replace("%1", ctx.path.name))
        self.setWindowFilePath(str(ctx.path))
        self.file_label.setText("  " + ctx.path.name)
        # at the window's leading edge even when the name is Latin and the window Persian
        # (a label aligns by the direction of its own text otherwise)
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.file_label.setAlignment(
            side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        )
        self.file_label.setToolTip(str(ctx.path))

    def _fill_recent(self) -> None:
        menu = self.menus.recent
        menu.clear()
        recent = [path for path in self.files.recent_files() if path.exists()]
        for number, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{number}  {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.files.open_path(p))
        if not recent:
            menu.addAction(self.tr("No recent files")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.commands.clear_recent)

    # ------------------------------------------------------------------ shell actions

    def set_action_handler(self, name: str, handler: Callable[[], object]) -> None:
        """Let a feature take over a shell action (``"find"``, ``"import"``)."""
        self._handlers[name] = handler

    def _run_handler(self, name: str) -> None:
        handler = self._handlers.get(name)
        if handler is not None:
            handler()
            return
        features = {"find": self.tr("Searching"), "import": self.tr("Importing spreadsheets")}
        QMessageBox.information(
            self,
            self.tr("Not Yet Available"),
            self.tr("%1 is not yet available: this part of crmdesk is being built.").replace(
                "%1", features.get(name, name)
            ),
        )

    def set_theme(self, theme: str) -> None:
        self.theme.apply(theme)
        self.commands.themes[Theme(theme)].setChecked(True)
        if self.persist:
            self.settings.setValue("ui/theme", theme)

    def set_language(self, code: str) -> str:
        """Switch the interface language ("" = the system's); return the language used."""
        from crmdesk.ui.i18n import system_language

        used = self.languages.apply(code or system_language())
        if self.persist:
            self.settings.setValue("ui/language", code)
        return used

    def show_preferences(self) -> None:
        from crmdesk.ui.dialogs.preferences import PreferencesDialog
        from crmdesk.ui.operations import settings as business

        language = str(self.settings.value("ui/language", ""))
        current = business.read_business_settings(self._ctx) if self._ctx else None
        dialog = PreferencesDialog(language, self.theme.theme, self, business=current)
        if dialog.exec():
            if self._ctx is not None:
                try:
                    business.save_business_settings(
                        self, region=dialog.chosen_region(), currency=dialog.chosen_currency()
                    )
                except ValidationError as error:
                    QMessageBox.warning(self, self.tr("Preferences"), str(error))
            self.set_theme(dialog.chosen_theme().value)
            if dialog.chosen_language() != language:
                self.set_language(dialog.chosen_language())

    def show_about(self) -> None:
        text = self.tr(
            "<h3>crmdesk %1</h3><p>Your customers, conversations, deals, tickets and orders "
            "in one file on this computer.</p><p>Fonts: Noto Sans and Vazirmatn (SIL Open Font "
            "License), WenQuanYi Micro Hei (Apache License 2.0).</p>"
        ).replace("%1", crmdesk.__version__)
        QMessageBox.about(self, self.tr("About crmdesk"), text)

    # ------------------------------------------------------------------ events

    def retranslate(self) -> None:
        self.commands.retranslate()
        self.menus.retranslate()
        self._rebuild_navigation()
        self.sidebar.search.set_texts(self.tr("Search"), self.commands.find.shortcut())
        self.no_file.set_texts(
            self.tr("No file is open"),
            self.tr(
                "Open a crmdesk file, or start a new one. Everything you keep is in that file."
            ),
        )
        self.no_file_open.setText(self.tr("Open a File…"))
        self.no_file_new.setText(self.tr("New File…"))
        self.commands.themes[self.theme.theme].setChecked(True)
        self._update_file_state()
        if self._ctx is not None:
            self.refresh_counts()

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate()
        elif kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.commands.refresh_icons()
            self._rebuild_navigation()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.persist:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/state", self.saveState())
            if self._current is not None and self._specs[self._current[0]].in_nav:
                self.settings.setValue("window/page", self._current[0])
        self.set_context(None)
        super().closeEvent(event)
