"""Where things live: the user's data folder and bundled resources (also when frozen)."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "crmdesk"
DEFAULT_FILE_NAME = "crmdesk.crm"


def data_dir() -> Path:
    """The per-user data folder (created on demand)."""
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database_path() -> Path:
    return data_dir() / DEFAULT_FILE_NAME


def backups_dir_for(database: Path) -> Path:
    """Backups of ``database`` sit in a folder beside it: ``<name>.backups/``."""
    return database.with_name(database.name + ".backups")


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, from the source tree or from a PyInstaller bundle."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
