"""Undo for the list-shaped parts a detail page edits (emails, phones, addresses, tags).

Plain fields use ``undo.EditFieldsCommand``; this is its sibling for whole lists, built on the
same ``OpCommand`` (applied before it is pushed, one transaction per redo and per undo).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crmdesk.ui.operations.details import Parts, update_parts
from crmdesk.ui.ops import OpsHost
from crmdesk.ui.undo import ErrorSink, OpCommand


class EditPartsCommand(OpCommand):
    """Replace emails / phones / addresses / tags of one record; undo puts the old lists back."""

    def __init__(
        self,
        host: OpsHost,
        *,
        entity: str,
        record_id: int,
        parts: Parts,
        region: str | None = None,
        text: str | None = None,
        on_error: ErrorSink | None = None,
    ) -> None:
        super().__init__(host, text or QCoreApplication.translate("Undo", "Edit"), on_error)
        self.entity, self.record_id, self.region = entity, record_id, region
        self.new = parts
        self.old: Parts | None = None

    def apply(self) -> None:
        before = update_parts(
            self.host,
            entity=self.entity,
            record_id=self.record_id,
            parts=self.new,
            region=self.region,
        )
        if self.old is None:
            self.old = before

    def revert(self) -> None:
        assert self.old is not None
        update_parts(
            self.host,
            entity=self.entity,
            record_id=self.record_id,
            parts=self.old,
            region=self.region,
        )
