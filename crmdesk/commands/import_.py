"""`crmdesk import SOURCE --db FILE [...]`: import a spreadsheet, csv or vCard file.

The source is read and understood before the database is opened, so a file that cannot be
read (corrupt, password-protected, empty, ...) leaves the database untouched (and uncreated).
Everything is written in one transaction. A date column whose values fit both day-first and
month-first needs ``--date-order``; an import in which every row fails changes nothing and
exits 2. ``--on-duplicate update`` fills empty fields and adds new emails, phones and tags.
``--json`` prints rows, created, updated, skipped, failed, every error (row, column, message),
the batch (null on a dry run), and the first warnings with their total.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from crmdesk.cli import emit
from crmdesk.context import AppContext
from crmdesk.db.migrate import open_database
from crmdesk.errors import ValidationError
from crmdesk.exchange.importing import (
    ImportPlan,
    ImportSummary,
    plan_import,
    run_import,
    suggest_mapping,
    summarize,
)
from crmdesk.exchange.layout import Table, read_table
from crmdesk.exchange.mapping import Mapping
from crmdesk.exchange.readers import open_source

SHOWN_ERRORS = 20
MAX_WARNINGS = 1000  # "possible duplicate" notes can be one per row; --json lists the first


def _plan_and_run(
    context: AppContext, table: Table, mapping: Mapping, args: argparse.Namespace
) -> ImportSummary:
    """One transaction: plan every row, then write (or, on a dry run, only count)."""
    with context.transaction() as session:
        plan = plan_import(
            session,
            table,
            mapping,
            region=args.region,
            date_order=args.date_order,
            on_duplicate=args.on_duplicate,
        )
        _check_ready(plan)
        if args.dry_run:
            summary = summarize(plan)
        else:
            summary = run_import(session, plan, source_name=args.source.name, release=True)
        _check_something_imported(summary)
    return summary


def run(args: argparse.Namespace) -> int:
    source: Path = args.source
    if not source.is_file():
        raise ValidationError(f"No such file: {source}")
    saved = _saved_mapping(args.mapping) if args.mapping else None
    entity = saved.entity if saved is not None else args.entity
    # The database is opened only once the source reads (bad input never creates it), and
    # closed after the spreadsheet, so its closing `PRAGMA optimize` adds nothing to the peak.
    context: AppContext | None = None
    try:
        with open_source(source) as workbook:
            table = read_table(workbook, sheet=args.sheet, header_row=args.header_row)
            mapping = suggest_mapping(table, entity=entity, saved=saved)
            context = open_database(args.db)
            summary = _plan_and_run(context, table, mapping, args)
    finally:
        if context is not None:
            context.close()
    report = summary.to_dict()
    report["warnings_total"] = len(report["warnings"])
    report["warnings"] = report["warnings"][:MAX_WARNINGS]  # every error is listed, always
    emit(report, as_json=args.json, text=_as_text(summary, dry_run=args.dry_run))
    return 0


def _saved_mapping(path: Path) -> Mapping:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise ValidationError(
            f"The mapping file {path} cannot be read ({error.strerror})."
        ) from None
    return Mapping.from_json(text)


def _check_ready(plan: ImportPlan) -> None:
    if plan.ambiguous:
        columns = ", ".join(f"“{a.column}”" for a in plan.ambiguous)
        raise ValidationError(
            f"The dates in column {columns} fit both day-first and month-first (like 03/04/2024): "
            "pass --date-order dmy or --date-order mdy."
        )


def _check_something_imported(summary: ImportSummary) -> None:
    """Every row failed: say why (the first problem) and change nothing."""
    if summary.rows and summary.failed == summary.rows and summary.errors:
        first = summary.errors[0]
        where = f"row {first.row}" + (f", column “{first.column}”" if first.column else "")
        raise ValidationError(
            f"No row could be imported ({summary.rows:,} failed); {where}: {first.message}"
        )


def _as_text(summary: ImportSummary, *, dry_run: bool) -> str:
    head = (
        f"{summary.rows:,} rows: {summary.created:,} created, {summary.updated:,} updated, "
        f"{summary.skipped:,} skipped, {summary.failed:,} failed"
    )
    head += " (dry run: nothing written)" if dry_run else f" (import {summary.batch_id})"
    lines = [head]
    for problem in summary.errors[:SHOWN_ERRORS]:
        column = f", {problem.column}" if problem.column else ""
        lines.append(f"  row {problem.row}{column}: {problem.message}")
    if len(summary.errors) > SHOWN_ERRORS:
        lines.append(f"  ... and {len(summary.errors) - SHOWN_ERRORS:,} more problems")
    return "\n".join(lines)
