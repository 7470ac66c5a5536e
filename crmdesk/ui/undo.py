"""Undo/redo: QUndoCommands that call operations (one transaction per redo and per undo).

A command is *applied* before it is pushed — ``push(stack, command)`` runs the action so a
``ValidationError`` reaches the caller (and nothing lands on the stack); the stack's first
``redo()`` then finds the work done and skips it. Later redo/undo run from Edit > Undo/Redo;
if one fails because the file changed meanwhile (a record erased for good), the command
becomes obsolete — Qt drops it — and the error goes to ``on_error``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from crmdesk.errors import CrmError
from crmdesk.ui.operations import contacts, records
from crmdesk.ui.ops import OpsHost

log = logging.getLogger(__name__)
ErrorSink = Callable[[str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


class OpCommand(QUndoCommand):
    """Base: ``apply()`` does the action, ``revert()`` takes it back; both are one op each."""

    def __init__(self, host: OpsHost, text: str, on_error: ErrorSink | None = None) -> None:
        super().__init__(text)
        self.host = host
        self.on_error = on_error
        self._applied = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._applied:
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._applied = False
        self._guarded(self.revert)

    def mark_applied(self) -> None:
        self._applied = True

    def _guarded(self, work: Callable[[], None]) -> None:
        try:
            work()
        except CrmError as error:  # the file changed since: drop this step, tell the user
            log.info("undo step %r failed: %s", self.text(), error)
            self.setObsolete(True)
            if self.on_error is not None:
                self.on_error(str(error))


def push(stack: QUndoStack, command: OpCommand) -> OpCommand:
    """Apply ``command`` now (errors propagate, nothing is pushed), then put it on the stack."""
    command.apply()
    command.mark_applied()
    stack.push(command)
    return command


class EditFieldsCommand(OpCommand):
    """Change some fields of one contact or company; undo puts the old values back."""

    def __init__(
        self,
        host: OpsHost,
        *,
        entity: str,
        record_id: int,
        new: Mapping[str, Any],
        old: Mapping[str, Any] | None = None,
        text: str | None = None,
        on_error: ErrorSink | None = None,
    ) -> None:
        super().__init__(host, text or _tr("Edit"), on_error)
        self.entity, self.record_id = entity, record_id
        self.new = dict(new)
        self.old = dict(old) if old is not None else None

    def apply(self) -> None:
        before = records.update_fields(
            self.host, entity=self.entity, record_id=self.record_id, values=self.new
        )
        if self.old is None:
            self.old = before

    def revert(self) -> None:
        assert self.old is not None
        records.update_fields(
            self.host, entity=self.entity, record_id=self.record_id, values=self.old
        )


class TrashCommand(OpCommand):
    """Move records to the trash; undo restores exactly the ones that moved."""

    def __init__(
        self,
        host: OpsHost,
        *,
        entity: str,
        ids: Sequence[int],
        on_error: ErrorSink | None = None,
    ) -> None:
        super().__init__(host, _tr("Move to Trash"), on_error)
        self.entity, self.ids = entity, list(ids)
        self.moved: list[int] = []

    def apply(self) -> None:
        self.moved = records.trash_records(self.host, entity=self.entity, ids=self.ids)

    def revert(self) -> None:
        records.restore_records(self.host, entity=self.entity, ids=self.moved)


class RestoreCommand(OpCommand):
    """Bring records back from the trash; undo sends them back."""

    def __init__(
        self,
        host: OpsHost,
        *,
        entity: str,
        ids: Sequence[int],
        on_error: ErrorSink | None = None,
    ) -> None:
        super().__init__(host, _tr("Restore from Trash"), on_error)
        self.entity, self.ids = entity, list(ids)
        self.restored: list[int] = []

    def apply(self) -> None:
        self.restored = records.restore_records(self.host, entity=self.entity, ids=self.ids)

    def revert(self) -> None:
        records.trash_records(self.host, entity=self.entity, ids=self.restored)


class TagCommand(OpCommand):
    """Add (or remove) one tag on many records; undo touches only the records that changed."""

    def __init__(
        self,
        host: OpsHost,
        *,
        entity: str,
        ids: Sequence[int],
        name: str,
        add: bool = True,
        on_error: ErrorSink | None = None,
    ) -> None:
        text = _tr("Add tag “%1”") if add else _tr("Remove tag “%1”")
        super().__init__(host, text.replace("%1", name), on_error)
        self.entity, self.ids, self.name, self.add = entity, list(ids), name, add
        self.changed: list[int] = []

    def _run(self, add: bool, ids: Sequence[int]) -> list[int]:
        work = records.add_tag if add else records.remove_tag
        return work(self.host, entity=self.entity, ids=ids, name=self.name)

    def apply(self) -> None:
        self.changed = self._run(self.add, self.ids)

    def revert(self) -> None:
        self._run(not self.add, self.changed)


class LifecycleCommand(OpCommand):
    """Set one lifecycle on many records; undo gives each its own lifecycle back."""

    def __init__(
        self,
        host: OpsHost,
        *,
        entity: str,
        ids: Sequence[int],
        lifecycle: str,
        text: str | None = None,
        on_error: ErrorSink | None = None,
    ) -> None:
        super().__init__(host, text or _tr("Change lifecycle"), on_error)
        self.entity, self.ids, self.lifecycle = entity, list(ids), lifecycle
        self.before: dict[int, str | None] = {}

    def apply(self) -> None:
        self.before = records.set_lifecycles(
            self.host, entity=self.entity, values=dict.fromkeys(self.ids, self.lifecycle)
        )

    def revert(self) -> None:
        changed = {i: v for i, v in self.before.items() if v != self.lifecycle}
        records.set_lifecycles(self.host, entity=self.entity, values=changed)


class MergeCommand(OpCommand):
    """Fold one contact into another; undo separates them again (``services.merge.unmerge``)."""

    def __init__(
        self,
        host: OpsHost,
        *,
        keep_id: int,
        other_id: int,
        choices: Mapping[str, str] | None = None,
        on_error: ErrorSink | None = None,
    ) -> None:
        super().__init__(host, _tr("Merge Contacts"), on_error)
        self.keep_id, self.other_id = keep_id, other_id
        self.choices = dict(choices or {})
        self.token: dict[str, Any] | None = None

    def apply(self) -> None:
        self.token = contacts.merge_contacts(
            self.host, keep_id=self.keep_id, other_id=self.other_id, choices=self.choices
        )

    def revert(self) -> None:
        assert self.token is not None
        contacts.unmerge_contacts(self.host, token=self.token)
