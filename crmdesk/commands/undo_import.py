"""`crmdesk undo-import BATCH --db FILE [--json]`: take a whole import back (see
``exchange.importing.undo`` for what happens to records edited or merged since the import)."""

from __future__ import annotations

import argparse

from crmdesk.cli import emit
from crmdesk.db.migrate import open_database
from crmdesk.exchange.importing import undo_import


def run(args: argparse.Namespace) -> int:
    context = open_database(args.db)
    try:
        with context.transaction() as session:
            result = undo_import(session, args.batch)
    finally:
        context.close()
    trashed = {entity: len(ids) for entity, ids in result.trashed.items()}
    deleted = {entity: len(ids) - trashed.get(entity, 0) for entity, ids in result.deleted.items()}
    report = {
        "batch": args.batch,
        "deleted": {k: v for k, v in deleted.items() if v},
        "trashed": trashed,
        "restored": {entity: len(ids) for entity, ids in result.updated.items()},
        "kept_fields": result.kept_fields,
        "kept_merged": {entity: len(ids) for entity, ids in result.kept_merged.items()},
    }
    parts = [f"{n:,} {entity} deleted" for entity, n in report["deleted"].items()]
    parts += [f"{n:,} {entity} moved to the trash (changed since)" for entity, n in trashed.items()]
    parts += [f"{n:,} {entity} restored" for entity, n in report["restored"].items()]
    parts += [f"{n:,} {entity} kept (merged since)" for entity, n in report["kept_merged"].items()]
    text = f"Import {args.batch} undone: " + (", ".join(parts) or "nothing to change") + "."
    emit(report, as_json=args.json, text=text)
    return 0
