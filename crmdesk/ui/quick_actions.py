"""The window's keyboard-first features: Ctrl+K palette, Ctrl+L log dialog, F5 refresh.

The main window owns one :class:`QuickActions` and forwards its actions here, so the shell
stays a shell. The dialogs are imported on first use (start-up stays fast). The last dialog
opened is kept in ``palette`` / ``log_dialog`` (tests drive them from there).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from crmdesk.ui.actions import page_shortcut
from crmdesk.ui.operations import activity
from crmdesk.ui.widgets.record_picker import Pick

if TYPE_CHECKING:
    from crmdesk.ui.dialogs.command_palette import CommandPalette, Hit
    from crmdesk.ui.dialogs.log_interaction import LogInteractionDialog
    from crmdesk.ui.main_window import MainWindow
    from crmdesk.ui.models.palette_model import Command

CUSTOMERS = ("contact", "company")
# where a record opens when it has no page of its own (yet)
LIST_PAGES = {
    "deal": "pipeline",
    "ticket": "tickets",
    "contact": "contacts",
    "company": "companies",
}
HIT_LIMIT = 5  # per kind in the palette


def open_first(window: MainWindow, targets: Sequence[tuple[str, int]]) -> bool:
    """Open the first of ``targets`` that has a record page, else the first one's list."""
    keys = set(window.page_keys())
    for entity, record_id in targets:
        if entity in keys:
            window.open_record(entity, record_id)
            return True
    for entity, _record_id in targets:
        if LIST_PAGES.get(entity) in keys:
            window.show_page(LIST_PAGES[entity])
            return True
    return False


def plain_text(action: QAction) -> str:
    """An action's text without mnemonics or a trailing ellipsis ("&Import…" → "Import")."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")


class QuickActions(QObject):
    """Opens the palette and the log dialog for ``window``; refreshes its current page."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.palette: CommandPalette | None = None
        self.log_dialog: LogInteractionDialog | None = None

    # ------------------------------------------------------------------ Ctrl+L
    def log_interaction(self) -> LogInteractionDialog | None:
        """Ctrl+L: the dialog, with the record the user is looking at preselected."""
        current = self.window.current_record()
        if current is not None and current[0] in CUSTOMERS:
            return self.log_interaction_for(*current)
        return self._open_log(None)

    def log_interaction_for(self, entity: str, record_id: int) -> LogInteractionDialog | None:
        hit = activity.describe(self.window.ctx, entity, record_id)
        who = Pick(hit.entity, hit.record_id, hit.title, hit.subtitle) if hit else None
        return self._open_log(who)

    def _open_log(self, who: Pick | None) -> LogInteractionDialog | None:
        if not self.window.has_file:
            return None
        from crmdesk.ui.dialogs.log_interaction import LogInteractionDialog

        window = self.window
        dialog = LogInteractionDialog(
            window.ctx, window, undo_stack=window.undo_stack, who=who, parent=window
        )
        dialog.logged.connect(lambda _ids: self._logged(dialog))
        self._keep(dialog, "log_dialog")
        dialog.open()
        dialog.activateWindow()
        return dialog

    def _logged(self, dialog: LogInteractionDialog) -> None:
        pick = dialog.who.chosen()
        name = pick.title if pick is not None else ""
        self.window.statusBar().showMessage(
            self.tr("Saved to %1’s history").replace("%1", name), 5000
        )

    # ------------------------------------------------------------------ Ctrl+K
    def show_palette(self) -> CommandPalette | None:
        if not self.window.has_file:
            return None
        from crmdesk.ui.dialogs.command_palette import CommandPalette

        if self.palette is not None:
            self.palette.close_palette()
        palette = CommandPalette(self._search, self.commands, self.window)
        palette.record_chosen.connect(self.open_hit)
        palette.closed.connect(lambda: self._forget(palette, "palette"))
        self.window.file_changed.connect(palette.close_palette)  # its results were that file's
        self.palette = palette
        palette.popup_over(self.window)
        return palette

    def _search(self, text: str) -> list[Hit]:
        from crmdesk.ui.dialogs.command_palette import Hit

        if not self.window.has_file:
            return []
        hits = activity.find(self.window.ctx, text, limit=HIT_LIMIT)
        return [Hit(h.entity, h.record_id, h.title, h.subtitle) for h in hits]

    def open_hit(self, entity: str, record_id: int) -> None:
        """A palette hit: open the record (a note opens its contact's page)."""
        open_first(self.window, activity.open_targets(self.window.ctx, entity, record_id))

    def commands(self) -> list[Command]:
        """Every enabled action and every page, by name: everyday actions, pages, the rest."""
        from crmdesk.ui.models.palette_model import Command

        window = self.window
        pages = window.page_keys(nav_only=True)
        titles = {window.page_spec(key).display_title() for key in pages}
        first, rest = self._actions(titles)
        go_to = [
            Command(
                window.page_spec(key).display_title(), partial(window.show_page, key),
                icon=window.page_spec(key).icon, subtitle=self.tr("Page"),
                shortcut=_shortcut(page_shortcut(position)),
            )
            for position, key in enumerate(pages)
        ]  # fmt: skip
        return [*map(self._command, first), *go_to, *map(self._command, rest)]

    def _actions(self, page_titles: set[str]) -> tuple[list[QAction], list[QAction]]:
        """The window's enabled actions: the everyday ones, and the others."""
        c = self.window.commands
        extra = [a for a in self.window.actions() if a.text() not in page_titles]
        first = [c.log_interaction, *extra, c.import_file]
        rest = [a for a in c.all() if a not in first and a not in (c.find, c.clear_recent)]

        def usable(actions: list[QAction]) -> list[QAction]:
            return [a for a in actions if a.isEnabled() and plain_text(a) and not a.isSeparator()]

        return usable(first), usable(rest)

    def _command(self, action: QAction) -> Command:
        from crmdesk.ui.models.palette_model import Command

        name = action.property("icon_name")
        return Command(
            plain_text(action),
            action.trigger,
            icon=name
            if isinstance(name, str)
            else (None if action.icon().isNull() else action.icon()),
            shortcut=_shortcut(action.shortcut()),
            subtitle=action.statusTip(),
        )

    # ------------------------------------------------------------------ F5
    def refresh(self) -> None:
        """F5: the current page reads the file again (and the status bar counts)."""
        page = self.window.stack.currentWidget()
        for name in ("refresh", "reload"):
            hook = getattr(page, name, None)
            if callable(hook):
                hook()
                break
        if self.window.has_file:
            self.window.refresh_counts()

    def _keep(self, dialog: QDialog, name: str) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: self._forget(dialog, name))
        setattr(self, name, dialog)

    def _forget(self, dialog: QWidget, name: str) -> None:
        if getattr(self, name, None) is dialog:
            setattr(self, name, None)


def _shortcut(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)
