"""`crmdesk report`: the PDF reports are not built yet; the command says so plainly.

`--list` already prints the report names of the contract (product.md) so scripts can be
written against them; running one exits 2 with a one-line reason until reports exist.
"""

from __future__ import annotations

import argparse

from crmdesk.cli import UsageError, emit

REPORTS = (
    "customers",
    "profile",
    "pipeline",
    "winloss",
    "tickets",
    "activity",
    "birthdays",
    "customer-value",
)


def run(args: argparse.Namespace) -> int:
    if args.list:
        emit(
            {"reports": list(REPORTS), "available": False},
            as_json=args.json,
            text="\n".join(REPORTS) + "\n(PDF reports are not available in this version yet.)",
        )
        return 0
    if not args.name:
        raise UsageError("name a report (see `crmdesk report --list`).")
    if args.name not in REPORTS:
        raise UsageError(f"unknown report “{args.name}” (see `crmdesk report --list`).")
    raise UsageError(f"the “{args.name}” report is not available in this version of crmdesk yet.")
