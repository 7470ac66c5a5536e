"""`crmdesk demo --db FILE [--contacts N] [--seed S] [--json]`: a realistic demo file.

The file is created when missing; an existing file must have no contacts yet (demo data never
mixes with real data). Everything is written in one transaction: an interrupted run leaves the
file as it was.
"""

from __future__ import annotations

import argparse

from crmdesk.cli import emit
from crmdesk.db.migrate import open_database
from crmdesk.demo import MAX_CONTACTS, make_demo
from crmdesk.errors import ValidationError


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.contacts <= MAX_CONTACTS:
        raise ValidationError(f"--contacts must be a whole number from 0 to {MAX_CONTACTS:,}.")
    context = open_database(args.db, auto_backup=False)
    try:
        with context.transaction() as session:
            result = make_demo(session, contacts=args.contacts, seed=args.seed)
    finally:
        context.close()
    report = {
        "db": str(args.db),
        "seed": args.seed,
        "counts": result.counts,
        "seconds": result.seconds,
    }
    counts = ", ".join(f"{n:,} {table}" for table, n in result.counts.items() if n)
    emit(report, as_json=args.json, text=f"{args.db}: {counts} ({result.seconds} s)")
    return 0
