"""The writing half of import: plan (preview), run, undo. No Qt; the wizard and the CLI share it.

1. ``suggest_mapping(table, entity=...)``: the mapping to start from (``mapping.guess_mapping``,
   or a saved one applied to this file; a crmdesk export is mapped by its own headers).
2. ``plan_import(session, table, mapping, region=, date_order=, on_duplicate=, update_mode=,
   control=) -> ImportPlan``: every row converted, validated with the services' cleaners and
   matched against the file and the database; the preview and the ``--dry-run`` output.
   Nothing is written. ``plan.ready`` is False while a date column's order must be chosen.
3. ``run_import(ctx_or_session, plan, source_name=, control=) -> ImportSummary``: ONE
   transaction, Core inserts in chunks, search indexed in bulk, an ``ImportBatch`` journal.
   ``Cancelled`` (from ``control``) rolls everything back.
4. ``undo_import(session, batch_id) -> UndoResult`` (a ``Changes``): the batch taken back.
5. ``write_failed_rows(summary, table, path)``: the failed rows as an xlsx with a "Problem"
   column, to fix and import again.

Duplicates (contacts): same crmdesk id, then email, then E.164 phone, then folded name at the
same company; near names are reported ("possible duplicate"), never merged. Policies:
``skip`` leaves the record; ``update`` fills its empty fields (``UpdateMode.FILL_EMPTY``, the
CLI's ``--on-duplicate update``) or overwrites them (``UpdateMode.OVERWRITE``), and in both
modes adds the row's new emails, phones and tags (nothing is ever removed); ``create`` makes a
new record anyway. A row with the crmdesk id of an existing record updates it (overwriting)
under ``update`` and ``create``: re-importing an export never duplicates. See ``deciding``.

CSV cells starting with an apostrophe followed by ``= + - @``, a tab or a carriage return
lose the apostrophe (the csv export adds it against formula injection; ``formulas``).
"""

from __future__ import annotations

from crmdesk.exchange.importing.extras import suggest_mapping, write_failed_rows
from crmdesk.exchange.importing.model import (
    AmbiguousDates,
    CustomColumn,
    Draft,
    DuplicatePolicy,
    ImportPlan,
    ImportSummary,
    PlannedRow,
    Problem,
    RowAction,
    UpdateMode,
)
from crmdesk.exchange.importing.planner import plan_import
from crmdesk.exchange.importing.running import run_import, summarize
from crmdesk.exchange.importing.undo import UndoResult, undo_import

__all__ = [
    "AmbiguousDates",
    "CustomColumn",
    "Draft",
    "DuplicatePolicy",
    "ImportPlan",
    "ImportSummary",
    "PlannedRow",
    "Problem",
    "RowAction",
    "UndoResult",
    "UpdateMode",
    "plan_import",
    "run_import",
    "suggest_mapping",
    "summarize",
    "undo_import",
    "write_failed_rows",
]
