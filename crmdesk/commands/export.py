"""`crmdesk export --db FILE --entity E --format xlsx|csv|vcf -o OUT [--segment NAME] [--json]`.

``--entity all`` writes the whole file as one xlsx, one sheet per entity. Read-only: the
database is not changed or backed up.
"""

from __future__ import annotations

import argparse

from crmdesk.cli import emit
from crmdesk.db.migrate import open_database
from crmdesk.errors import ValidationError
from crmdesk.exchange.export import export_everything, export_list


def run(args: argparse.Namespace) -> int:
    if args.entity == "all" and (args.format != "xlsx" or args.segment):
        raise ValidationError("--entity all writes one xlsx with a sheet per entity (no segment).")
    context = open_database(args.db, auto_backup=False)
    try:
        with context.reading() as session:
            if args.entity == "all":
                result = export_everything(session, args.output)
            else:
                result = export_list(
                    session,
                    args.output,
                    entity=args.entity,
                    format=args.format,
                    segment=args.segment,
                )
    finally:
        context.close()
    report = {
        "output": str(result.path),
        "format": result.format,
        "records": result.records,
        "rows": result.rows,
        "truncated": result.truncated,
    }
    counts = ", ".join(f"{n:,} {entity}" for entity, n in result.records.items())
    text = f"{result.path}: {counts or 'nothing'}"
    if result.truncated:
        text += f" ({result.truncated} cells cut at Excel's 32,767 characters)"
    emit(report, as_json=args.json, text=text)
    return 0
