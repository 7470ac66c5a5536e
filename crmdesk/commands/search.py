"""`crmdesk search QUERY --db FILE [--limit N] [--json]`: what the Ctrl+K box would find.

``--limit`` applies per kind of record (people, companies, deals, tickets, notes), as in the
app. Read-only: the file is not backed up or changed.
"""

from __future__ import annotations

import argparse

from crmdesk.cli import emit
from crmdesk.db.migrate import open_database
from crmdesk.errors import ValidationError
from crmdesk.services.search import SearchHit, search


def run(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise ValidationError("--limit must be 1 or more.")
    context = open_database(args.db, auto_backup=False)
    try:
        with context.reading() as session:
            hits = search(session, args.query, limit=args.limit)
    finally:
        context.close()
    report = {
        "query": args.query,
        "hits": [
            {"entity": h.entity, "id": h.record_id, "title": h.title, "subtitle": h.subtitle}
            for h in hits
        ],
    }
    emit(report, as_json=args.json, text=_as_text(hits))
    return 0


def _as_text(hits: list[SearchHit]) -> str:
    if not hits:
        return "No matches."
    lines = []
    for hit in hits:
        line = f"{hit.entity:<12}{hit.record_id:>9}  {hit.title}"
        lines.append(f"{line}  — {hit.subtitle}" if hit.subtitle else line)
    return "\n".join(lines)
