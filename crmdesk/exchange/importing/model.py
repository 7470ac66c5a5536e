"""What an import plans and what it did: plain values shared by the wizard, the CLI and the run.

A plan has one ``PlannedRow`` per input row, in file order. Its ``action`` is what the run will
do with it; ``problems`` are per-cell notes (``severity`` "error" makes the row fail, "warning"
is shown but the row is imported); ``draft`` holds the values as they will be stored.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from crmdesk.exchange.mapping import Mapping
from crmdesk.exchange.values import DateOrder
from crmdesk.services.changes import Changes
from crmdesk.services.channels import PostalAddress


class RowAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"  # ``PlannedRow.target_id`` (or the record of ``target_row``)
    SKIP = "skip"  # a duplicate of ``target_id`` / ``target_row``, left alone
    FAIL = "fail"  # at least one problem of severity "error"


class DuplicatePolicy(StrEnum):
    """What a row that matches an existing record does (CLI ``--on-duplicate``)."""

    SKIP = "skip"
    UPDATE = "update"
    CREATE = "create"


class UpdateMode(StrEnum):
    """How "update" changes the matched record. Both add new emails, phones and tags."""

    FILL_EMPTY = "fill_empty"  # only fields that are empty in the record (the CLI's choice)
    OVERWRITE = "overwrite"  # every field the row has a value for


ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """A note about one cell (``column`` is its header; "" for the row as a whole).

    ``row`` is the sheet's 1-based row number (0 for the whole file)."""

    row: int
    column: str
    message: str
    severity: str = ERROR

    def to_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass(slots=True)
class Draft:
    """One record as it will be stored. ``values`` are the record's own columns (cleaned by
    the service's cleaners); the rest are its lists. ``company`` is a company name to link
    (an existing company with the same folded name, else one the import creates)."""

    values: dict[str, Any] = field(default_factory=dict)
    emails: list[tuple[str, str]] = field(default_factory=list)  # (label, email)
    phones: list[tuple[str, str, str | None]] = field(default_factory=list)  # (label, raw, e164)
    addresses: list[PostalAddress] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    custom: dict[str, Any] = field(default_factory=dict)  # plan key -> value (JSON-safe)
    company: str | None = None
    customer: dict[str, Any] | None = None  # orders/deals/tickets: who
    lines: list[dict[str, Any]] | None = None  # orders: product lines

    def preview(self) -> dict[str, Any]:
        """Flat field -> value for a preview table (lists joined with "; ")."""
        shown: dict[str, Any] = {k: v for k, v in self.values.items() if v not in (None, "")}
        if self.company:
            shown["company"] = self.company
        if self.emails:
            shown["email"] = "; ".join(email for _, email in self.emails)
        if self.phones:
            shown["phone"] = "; ".join(e164 or raw for _, raw, e164 in self.phones)
        if self.addresses:
            shown["address"] = " / ".join(a.one_line() for a in self.addresses)
        if self.tags:
            shown["tags"] = ", ".join(self.tags)
        shown.update({f"custom:{k}": v for k, v in self.custom.items()})
        shown.update({f"customer_{k}": v for k, v in (self.customer or {}).items() if v})
        if self.lines:
            shown["lines"] = "; ".join(f"{x['quantity']} × {x['product']}" for x in self.lines)
        return shown


@dataclass(slots=True)
class PlannedRow:
    """One input row and what the import does with it."""

    row: int
    action: RowAction
    draft: Draft | None = None
    problems: list[Problem] = field(default_factory=list)
    target_id: int | None = None  # the existing record updated or duplicated
    target_row: int | None = None  # ... or the earlier row of this file it duplicates
    match: str | None = None  # why it matched: "id", "email", "phone", "name", "number"
    note: str = ""  # e.g. "duplicate of Jan Novák (#17)"
    possible: tuple[int, ...] = ()  # near matches (ids), reported, never merged
    overwrite: bool = False  # UPDATE: every value of the row wins (else only empty fields fill)
    merged_into: int | None = None  # UPDATE folded into an earlier row's draft (same record)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]


@dataclass(frozen=True, slots=True)
class AmbiguousDates:
    """A date column whose every value fits both day-first and month-first."""

    column: str
    index: int  # column index in Table.headers
    suggested: DateOrder | None


@dataclass(frozen=True, slots=True)
class CustomColumn:
    """A column that becomes a custom field: ``key`` is the plan's key for it in
    ``Draft.custom``; the run defines (or reuses) a field labelled ``label``."""

    key: str
    label: str
    type: str


@dataclass
class ImportPlan:
    """The preview: every row with its action, plus file-level notes. Nothing was written."""

    entity: str
    mapping: Mapping
    rows: list[PlannedRow]
    region: str | None
    date_order: DateOrder | None
    on_duplicate: DuplicatePolicy
    update_mode: UpdateMode
    problems: list[Problem] = field(default_factory=list)  # file-level (row 0)
    ambiguous: list[AmbiguousDates] = field(default_factory=list)
    custom_columns: list[CustomColumn] = field(default_factory=list)
    date_orders: dict[int, DateOrder] = field(default_factory=dict)  # column index -> order
    from_csv: bool = False

    @property
    def ready(self) -> bool:
        """False while a date column's order must still be chosen."""
        return not self.ambiguous

    def counts(self) -> dict[str, int]:
        tally = Counter(row.action for row in self.rows)
        return {
            "rows": len(self.rows),
            "created": tally[RowAction.CREATE],
            "updated": tally[RowAction.UPDATE],
            "skipped": tally[RowAction.SKIP],
            "failed": tally[RowAction.FAIL],
        }

    def errors(self) -> list[Problem]:
        return [p for row in self.rows for p in row.problems if p.severity == ERROR]

    def warnings(self) -> list[Problem]:
        found = [p for p in self.problems if p.severity == WARNING]
        return found + [p for row in self.rows for p in row.problems if p.severity == WARNING]


@dataclass
class ImportSummary:
    """What a run did. ``created + updated + skipped + failed == rows``, always."""

    entity: str
    rows: int
    created: int
    updated: int
    skipped: int
    failed: int
    errors: list[Problem]
    warnings: list[Problem]
    batch_id: int | None
    changes: Changes = field(default_factory=Changes)
    seconds: float = 0.0

    @property
    def failed_rows(self) -> dict[int, list[str]]:
        """Row number -> the reasons it failed (for ``write_failed_rows``)."""
        reasons: dict[int, list[str]] = {}
        for problem in self.errors:
            text = f"{problem.column}: {problem.message}" if problem.column else problem.message
            reasons.setdefault(problem.row, []).append(text)
        return reasons

    def to_dict(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "failed": self.failed,
            "errors": [p.to_dict() for p in self.errors],
            "warnings": [p.to_dict() for p in self.warnings],
            "batch": self.batch_id,
        }
