"""File menu behaviour: new, open, recent files, save a copy, demo file, backups.

Storage problems of the environment (file in use, from a newer crmdesk, not a crmdesk file,
unreadable) become a message that offers to open another file; the window stays usable.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from crmdesk.errors import CrmError, KnownStorageError
from crmdesk.paths import backups_dir_for, data_dir
from crmdesk.ui import ops

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

RECENT_KEY = "files/recent"
LAST_DIR_KEY = "files/last_dir"
MAX_RECENT = 8
SUFFIX = ".crm"
DEMO_CONTACTS = 1000


class FileCommands(QObject):
    """Opens files into ``window`` and keeps the recent-files list in QSettings."""

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._demo: QProcess | None = None
        self._progress: QProgressDialog | None = None

    # ------------------------------------------------------------------ opening

    def open_path(self, path: Path, *, first_start: bool = False, remember: bool = True) -> bool:
        """Open ``path`` in the window; on a storage problem explain it and return False."""
        path = Path(path).expanduser().absolute()
        if self._window.has_file and self._window.ctx.path.absolute() == path:
            return True
        try:
            ctx = ops.open_file(path)
        except KnownStorageError as error:
            self.explain_storage_error(path, error)
            return False
        self._window.set_context(ctx, first_start=first_start)
        if remember:
            self._remember(path)
        return True

    def explain_storage_error(self, path: Path, error: CrmError) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Cannot Open File"), "", parent=self._window
        )
        box.setText(self.tr("“%1” cannot be opened.").replace("%1", path.name))
        box.setInformativeText(str(error))
        other = box.addButton(self.tr("Open Another File…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is other:
            self.open_dialog()

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open a crmdesk File"), self._last_dir(), self._filter()
        )
        if name:
            self.open_path(Path(name))

    def new_file(self) -> None:
        path = self._ask_new_path(self.tr("New crmdesk File"), self.tr("Customers"))
        if path is not None:
            self.open_path(path)

    def _ask_new_path(self, caption: str, stem: str) -> Path | None:
        """A path for a file that does not exist yet (we never overwrite a crmdesk file)."""
        start = str(Path(self._last_dir()) / f"{stem}{SUFFIX}")
        options = QFileDialog.Option.DontConfirmOverwrite
        name, _ = QFileDialog.getSaveFileName(
            self._window, caption, start, self._filter(), options=options
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        if path.exists():
            QMessageBox.information(
                self._window,
                caption,
                self.tr(
                    "“%1” already exists. crmdesk never replaces a file: choose another name."
                ).replace("%1", path.name),
            )
            return None
        return path

    def _filter(self) -> str:
        return self.tr("crmdesk files (*.crm);;All files (*)")

    def _last_dir(self) -> str:
        value = self._settings.value(LAST_DIR_KEY, "")
        folder = Path(str(value)) if value else data_dir()
        return str(folder if folder.is_dir() else Path.home())

    # ------------------------------------------------------------------ recent files

    def recent_files(self) -> list[Path]:
        value = self._settings.value(RECENT_KEY, [])
        names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(str(name)) for name in names if name]

    def _remember(self, path: Path) -> None:
        names = [str(path)] + [str(p) for p in self.recent_files() if p != path]
        self._settings.setValue(RECENT_KEY, names[:MAX_RECENT])
        self._settings.setValue(LAST_DIR_KEY, str(path.parent))

    def clear_recent(self) -> None:
        self._settings.setValue(RECENT_KEY, [])

    # ------------------------------------------------------------------ copies and backups

    def save_copy(self) -> None:
        ctx = self._window.ctx
        start = str(Path(self._last_dir()) / f"{ctx.path.stem} copy{SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save a Copy"), start, self._filter()
        )
        if not name:
            return
        try:
            ops.save_copy(ctx, target=Path(name))
        except CrmError as error:
            QMessageBox.warning(self._window, self.tr("Save a Copy"), str(error))
            return
        self._window.statusBar().showMessage(self.tr("Copy saved to %1").replace("%1", name), 6000)

    def show_backups(self) -> None:
        from crmdesk.ui.dialogs.backups import BackupsDialog

        folder = backups_dir_for(self._window.ctx.path)
        dialog = BackupsDialog(folder, self._window)
        if dialog.exec() and dialog.restored is not None:
            self.open_path(dialog.restored)

    # ------------------------------------------------------------------ demo file

    def new_demo_file(self) -> None:
        """Make a demo file with ``crmdesk demo`` in a separate process, then open it."""
        if self._demo is not None:
            return
        path = self._ask_new_path(self.tr("New Demo File"), self.tr("Demo"))
        if path is None:
            return
        program, prefix = demo_command()
        process = QProcess(self)
        process.setProgram(program)
        args = [*prefix, "demo", "--db", str(path), "--contacts", str(DEMO_CONTACTS)]
        process.setArguments(args)
        process.finished.connect(lambda code, _status: self._demo_finished(path, code))
        progress = QProgressDialog(
            self.tr("Making a demo file with sample customers…"),
            self.tr("Cancel"),
            0,
            0,
            self._window,
        )
        progress.setWindowTitle(self.tr("New Demo File"))
        progress.setMinimumDuration(500)
        progress.canceled.connect(process.kill)
        self._demo, self._progress = process, progress
        process.start()

    def _demo_finished(self, path: Path, code: int) -> None:
        process, progress = self._demo, self._progress
        self._demo = self._progress = None
        assert process is not None and progress is not None
        canceled = progress.wasCanceled()
        progress.close()
        progress.deleteLater()
        reason = bytes(process.readAllStandardError().data()).decode(errors="replace").strip()
        process.deleteLater()
        if code == 0 and not canceled:
            self.open_path(path)
            return
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        if not canceled:
            last = reason.splitlines()[-1] if reason else self.tr("unknown error")
            QMessageBox.warning(
                self._window,
                self.tr("New Demo File"),
                self.tr("The demo file could not be made.") + "\n\n" + last,
            )


def demo_command() -> tuple[str, list[str]]:
    """How to run ``crmdesk`` itself: the frozen executable, or ``python -m crmdesk``."""
    if getattr(sys, "frozen", False):
        return sys.executable, []
    return sys.executable, ["-m", "crmdesk"]
