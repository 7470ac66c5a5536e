"""The list of past imports (the wizard's "Import history"): plain rows, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import ImportBatch

HISTORY_LIMIT = 500


@dataclass(frozen=True, slots=True)
class BatchRow:
    """One import batch. ``entity`` is the record kind ("contact", "company", "order")."""

    id: int
    source: str
    entity: str
    started_at: datetime
    finished_at: datetime | None
    undone_at: datetime | None
    rows: int
    created: int
    updated: int
    skipped: int
    failed: int


def list_batches(session: Session, *, limit: int = HISTORY_LIMIT) -> list[BatchRow]:
    """Finished imports, newest first (a run that was cancelled left no batch behind)."""
    b = ImportBatch
    query = (
        select(
            b.id, b.source, b.entity, b.started_at, b.finished_at, b.undone_at,
            b.rows, b.created, b.updated, b.skipped, b.failed,
        )
        .order_by(b.started_at.desc(), b.id.desc())
        .limit(limit)
    )  # fmt: skip
    return [BatchRow(*row) for row in session.execute(query)]
