"""Keyboard-first: every window-wide shortcut is bound once, and the main ones work."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from pytestqt.qtbot import QtBot

from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.views.today_page import TodayPage

from .conftest import AddTask

CTRL = Qt.KeyboardModifier.ControlModifier
WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def _window_bindings(window: MainWindow) -> Counter[str]:
    """Every key sequence bound window-wide, counted (a count of 2 is a clash)."""
    keys: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        if action.shortcutContext() in WINDOW_WIDE and _reachable(action):
            keys.update(s.toString() for s in action.shortcuts() if not s.isEmpty())
    for shortcut in window.findChildren(QShortcut):
        if shortcut.context() in WINDOW_WIDE:
            keys.update(s.toString() for s in list(shortcut.keys()) if not s.isEmpty())
    return keys


def _reachable(action: QAction) -> bool:
    """An action's shortcut works only when the action sits on a widget of the window."""
    return bool(action.associatedObjects())


def test_no_two_window_wide_actions_share_a_key(window: MainWindow) -> None:
    bindings = _window_bindings(window)
    clashes = {key: count for key, count in bindings.items() if count > 1}
    assert clashes == {}
    for key in ("Ctrl+K", "Ctrl+L", "Ctrl+N", "F5", *(f"Ctrl+{n}" for n in range(1, 9))):
        assert bindings[key] == 1, key
    assert bindings[QKeySequence(QKeySequence.StandardKey.Delete).toString()] == 0


def test_ctrl_digits_switch_pages_in_navigation_order(window: MainWindow, qtbot: QtBot) -> None:
    for number, key in enumerate(window.page_keys(nav_only=True)[:8], start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0.value + number), CTRL)
        assert window.current_page_key() == key


def test_f5_reads_the_page_again(
    window: MainWindow, today: TodayPage, add_task: AddTask, qtbot: QtBot
) -> None:
    add_task("Written by another program", due_at=datetime.now(UTC) - timedelta(days=2))
    assert today.sections["overdue"].rows == []
    with qtbot.waitSignal(today.loaded):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert [row.spec.title for row in today.sections["overdue"].rows] == [
        "Written by another program"
    ]
