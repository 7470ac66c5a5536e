"""`crmdesk backup --db FILE [--json]`: write a backup copy now and print where it went.

Works beside a running app (SQLite's backup API reads a consistent snapshot; nothing is
locked or written in the file itself). The copy joins the rotating automatic backups.
"""

from __future__ import annotations

import argparse

from crmdesk.cli import emit
from crmdesk.db.backup import backup_now


def run(args: argparse.Namespace) -> int:
    path = backup_now(args.db)
    emit({"backup": str(path)}, as_json=args.json, text=str(path))
    return 0
