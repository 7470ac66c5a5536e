"""Errors that carry a message meant for the user (as opposed to bugs)."""

from __future__ import annotations


class CrmError(Exception):
    """Base class: ``str(error)`` is a complete, user-facing sentence."""


class ValidationError(CrmError):
    """Input that cannot be stored; names the field so the UI can show it next to it."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class NotFoundError(CrmError):
    """A record id that does not exist (or was erased)."""


class KnownStorageError(CrmError):
    """A problem of the environment, not of the program: locked, full, read-only, corrupt."""


class FileInUseError(KnownStorageError):
    """Another crmdesk process holds this file open."""


class DatabaseTooNew(KnownStorageError):
    """The file was written by a newer crmdesk; opening it could damage it."""


class NotACrmFile(KnownStorageError):
    """The file is not a crmdesk database (or not SQLite at all)."""
