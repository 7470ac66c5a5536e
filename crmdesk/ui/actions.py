"""Every QAction of the shell with its shortcut, in one place (so shortcuts never collide).

Shortcuts bound here:

=====================  =====================  ===================================
File > New…            Ctrl+Shift+N           a new, empty crmdesk file
File > Open…           Ctrl+O                 (QKeySequence.Open)
File > Save a Copy…    Ctrl+Shift+S           a consistent copy of the open file
File > Import…         Ctrl+I                 the import wizard (issue 4)
File > Quit            Ctrl+Q
Edit > Undo / Redo     Ctrl+Z / Ctrl+Shift+Z  (QKeySequence.Undo / Redo; Ctrl+Y too)
Edit > Find…           Ctrl+K                 command palette / search (ui/quick_actions.py)
Edit > Log Interaction Ctrl+L                 log a call, meeting… for the current customer
Edit > Preferences…    Ctrl+,
View > pages           Ctrl+1 … Ctrl+9        in navigation order
View > Back            Alt+Left               previous page
View > Refresh         F5                     the current page reads the file again
=====================  =====================  ===================================

Bound elsewhere, never at window level here (a second window-wide binding of the same key
would make both ambiguous, and neither would fire): Ctrl+N "New Contact…" (a window action of
``views/list_shortcuts.py``); Delete (the list's table only, ``views/list_actions.py``);
Ctrl+F filter the current list; Ctrl+S, Ctrl+] / Ctrl+[ and Alt+Down / Alt+Up on the detail
pages (``views/detail_page.py``). ``tests/qt/test_shortcuts.py`` checks there are no clashes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from crmdesk.ui.icons import icon
from crmdesk.ui.theme import Theme

StandardKey = QKeySequence.StandardKey


class Actions(QObject):
    """The shell's actions. Texts are set in :meth:`retranslate` (called on language change)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.new_file = self._make("file-new", QKeySequence("Ctrl+Shift+N"))
        self.open_file = self._make("folder", QKeySequence(StandardKey.Open))
        self.save_copy = self._make("copy", QKeySequence("Ctrl+Shift+S"))
        self.new_demo_file = self._make("demo")
        self.import_file = self._make("import", QKeySequence("Ctrl+I"))
        self.backups = self._make("backup")
        self.clear_recent = self._make(None)
        self.quit = self._make("quit", QKeySequence("Ctrl+Q"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo = self._make("undo", QKeySequence(StandardKey.Undo))
        self.redo = self._make("redo", QKeySequence(StandardKey.Redo))
        redo_keys = [QKeySequence(StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]
        self.redo.setShortcuts(unique_keys([*redo_keys, QKeySequence("Ctrl+Y")]))
        self.find = self._make("search", QKeySequence("Ctrl+K"))
        self.log_interaction = self._make("call", QKeySequence("Ctrl+L"))
        self.refresh = self._make("refresh", QKeySequence("F5"))
        self.preferences = self._make("settings", QKeySequence("Ctrl+,"))
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.back = self._make("back", QKeySequence(StandardKey.Back))
        self.about = self._make("info")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.theme_group = QActionGroup(self)
        self.themes: dict[Theme, QAction] = {}
        for theme in Theme:
            action = self._make(None)
            action.setCheckable(True)
            action.setData(theme.value)
            self.theme_group.addAction(action)
            self.themes[theme] = action
        self.retranslate()

    def _make(self, icon_name: str | None, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(self)
        if icon_name:
            action.setIcon(icon(icon_name))
            action.setProperty("icon_name", icon_name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def all(self) -> list[QAction]:
        return [value for value in vars(self).values() if isinstance(value, QAction)]

    def refresh_icons(self) -> None:
        """Re-tint every icon from the current palette (after a theme change)."""
        for action in [*self.all(), *self.themes.values()]:
            name = action.property("icon_name")
            if isinstance(name, str):
                action.setIcon(icon(name))

    def retranslate(self) -> None:
        texts = {
            self.new_file: self.tr("&New File…"),  # beside "New Contact…": say which
            self.open_file: self.tr("&Open…"),
            self.save_copy: self.tr("Save a &Copy…"),
            self.new_demo_file: self.tr("New &Demo File…"),
            self.import_file: self.tr("&Import…"),
            self.backups: self.tr("&Backups…"),
            self.clear_recent: self.tr("&Clear List"),
            self.quit: self.tr("&Quit"),
            self.undo: self.tr("&Undo"),
            self.redo: self.tr("&Redo"),
            self.find: self.tr("&Find…"),
            self.log_interaction: self.tr("&Log Interaction…"),
            self.refresh: self.tr("Re&fresh"),
            self.preferences: self.tr("&Preferences…"),
            self.back: self.tr("&Back"),
            self.about: self.tr("&About crmdesk"),
            self.themes[Theme.SYSTEM]: self.tr("Follow the &System"),
            self.themes[Theme.LIGHT]: self.tr("&Light"),
            self.themes[Theme.DARK]: self.tr("&Dark"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.new_file.setStatusTip(self.tr("Start a new, empty crmdesk file"))
        self.open_file.setStatusTip(self.tr("Open another crmdesk file"))
        self.save_copy.setStatusTip(self.tr("Write a copy of this file somewhere else"))
        self.new_demo_file.setStatusTip(self.tr("Make a file full of sample customers to explore"))
        self.import_file.setStatusTip(self.tr("Bring in customers from Excel, CSV or vCard"))
        self.find.setStatusTip(self.tr("Search people, companies, deals, tickets and notes"))
        self.log_interaction.setStatusTip(
            self.tr("Log a call, meeting, email, message, visit or note")
        )
        self.refresh.setStatusTip(self.tr("Read this page again from the file"))


class Menus(QObject):
    """The menu bar: File, Edit, View, Help. ``view_pages`` is filled by the window."""

    def __init__(self, bar: QMenuBar, actions: Actions) -> None:
        super().__init__(bar)
        self.file = bar.addMenu("")
        self.recent = QMenu(bar)
        self.recent.setIcon(icon("backup"))
        self.edit = bar.addMenu("")
        self.view = bar.addMenu("")
        self.theme = QMenu(bar)
        self.theme.setIcon(icon("theme"))
        self.help = bar.addMenu("")
        a = actions
        self.file.addActions([a.new_file, a.open_file])
        self.file.addMenu(self.recent)
        self.file.addSeparator()
        self.file.addActions([a.save_copy, a.new_demo_file, a.import_file, a.backups])
        self.file.addSeparator()
        self.file.addAction(a.quit)
        self.edit.addActions([a.undo, a.redo])
        self.edit.addSeparator()
        self.edit.addActions([a.find, a.log_interaction])
        self.edit.addSeparator()
        self.edit.addAction(a.preferences)
        self.theme.addActions(list(a.themes.values()))
        self.help.addAction(a.about)
        self.retranslate()

    def fill_view(
        self, page_actions: list[QAction], back: QAction, refresh: QAction | None = None
    ) -> None:
        """Rebuild the View menu: the pages, Back (and Refresh), then the theme submenu."""
        self.view.clear()
        self.view.addActions(page_actions)
        self.view.addSeparator()
        self.view.addAction(back)
        if refresh is not None:
            self.view.addAction(refresh)
        self.view.addSeparator()
        self.view.addMenu(self.theme)

    def retranslate(self) -> None:
        self.file.setTitle(self.tr("&File"))
        self.recent.setTitle(self.tr("Open &Recent"))
        self.edit.setTitle(self.tr("&Edit"))
        self.view.setTitle(self.tr("&View"))
        self.theme.setTitle(self.tr("&Theme"))
        self.help.setTitle(self.tr("&Help"))


def unique_keys(keys: list[QKeySequence]) -> list[QKeySequence]:
    """``keys`` without repeats: the same key twice on one action is "ambiguous" to Qt and
    then does nothing (the platform's Redo is already Ctrl+Y on Linux and Windows)."""
    seen: dict[str, QKeySequence] = {}
    for key in keys:
        seen.setdefault(key.toString(), key)
    return list(seen.values())


def page_shortcut(position: int) -> QKeySequence:
    """Ctrl+1 … Ctrl+9 for the first nine pages of the navigation (``position`` from 0)."""
    if position >= 9:
        return QKeySequence()
    return QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key(Qt.Key.Key_1.value + position))
