"""File > Backups…: the automatic backups of the open file, and a safe way to get one back.

A backup is never copied over the open file: "Restore as a New File…" copies it to a name the
user picks and opens that, so nothing is lost whichever way the user decides.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ui.icons import icon

PATH_ROLE = Qt.ItemDataRole.UserRole


def list_backups(folder: Path) -> list[Path]:
    """Backup files in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    files = [p for p in folder.iterdir() if p.is_file() and not p.name.endswith(("-wal", "-shm"))]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)


class BackupsDialog(QDialog):
    """Lists backups; ``restored`` is the new file made from one (or None)."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumSize(480, 360)
        self.restored: Path | None = None
        self._folder = folder
        intro = QLabel(
            self.tr("crmdesk keeps copies of this file in %1. The newest is at the top.").replace(
                "%1", str(folder)
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        locale = QLocale()
        for path in list_backups(folder):
            stamp = QDateTime.fromSecsSinceEpoch(int(path.stat().st_mtime))
            when = locale.toString(stamp, QLocale.FormatType.ShortFormat)
            size = locale.formattedDataSize(path.stat().st_size)
            item = QListWidgetItem(icon("backup"), f"{when}    {size}    {path.name}")
            item.setData(PATH_ROLE, str(path))
            self.list.addItem(item)
        self.empty = QLabel(self.tr("There are no backups of this file yet."))
        self.empty.setVisible(self.list.count() == 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore as a New File…"))
        self.restore_button.setEnabled(False)
        self.folder_button = QPushButton(self.tr("Open Folder"))
        self.folder_button.setEnabled(folder.is_dir())
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)
        self.folder_button.clicked.connect(self._open_folder)
        self.list.currentItemChanged.connect(
            lambda item, _old: self.restore_button.setEnabled(item is not None)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        source = Path(str(item.data(PATH_ROLE)))
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Restore as a New File"),
            str(self._folder.parent / f"{source.stem} restored.crm"),
            self.tr("crmdesk files (*.crm)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        target = Path(name)
        if target.exists():
            QMessageBox.information(
                self, self.windowTitle(), self.tr("That file exists; choose another name.")
            )
            return
        try:
            shutil.copy2(source, target)
        except OSError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.restored = target
        self.accept()
