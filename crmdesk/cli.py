"""The command line (contract in product.md). Calls services and exchange, never Qt widgets.

Every subcommand exits 0 on success and 2 on a user mistake with a one-line reason on stderr.
Implementations are imported lazily so `crmdesk search` does not pay for openpyxl or Qt.
"""

from __future__ import annotations

import argparse
import json
import keyword
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from crmdesk.errors import CrmError

SUBCOMMANDS = (
    "demo",
    "import",
    "undo-import",
    "export",
    "report",
    "search",
    "check",
    "backup",
)


class UsageError(CrmError):
    """A mistake on the command line: printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"crmdesk: {message}\n")


def emit(result: dict[str, Any], *, as_json: bool, text: str) -> None:
    """Print ``result`` as one JSON object (--json) or ``text`` for a person."""
    if as_json:
        print(json.dumps(result, ensure_ascii=False, default=str))
    else:
        print(text)


def _add_db(parser: argparse.ArgumentParser, *, must_exist: bool = True) -> None:
    parser.add_argument("--db", required=True, type=Path, help="the crmdesk file")
    parser.set_defaults(db_must_exist=must_exist)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="crmdesk", description="crmdesk command line")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("demo", help="make a realistic demo file")
    _add_db(p, must_exist=False)
    p.add_argument("--contacts", type=int, default=1000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("import", help="import a spreadsheet, csv or vCard file")
    p.add_argument("source", type=Path)
    _add_db(p, must_exist=False)
    p.add_argument(
        "--entity",
        choices=("contacts", "companies", "orders", "deals", "tickets"),
        default="contacts",
    )
    p.add_argument("--sheet")
    p.add_argument("--header-row", type=int)
    p.add_argument("--mapping", type=Path)
    p.add_argument("--region")
    p.add_argument("--on-duplicate", choices=("skip", "update", "create"), default="skip")
    p.add_argument("--date-order", choices=("dmy", "mdy", "ymd"))
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("undo-import", help="undo a whole import batch")
    p.add_argument("batch", type=int)
    _add_db(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("export", help="export a list to xlsx, csv or vCard")
    _add_db(p)
    p.add_argument(
        "--entity",
        required=True,
        choices=("contacts", "companies", "orders", "deals", "tickets", "all"),
    )
    p.add_argument("--format", required=True, choices=("xlsx", "csv", "vcf"))
    p.add_argument("-o", "--output", required=True, type=Path)
    p.add_argument("--segment")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("report", help="make a PDF report")
    p.add_argument("name", nargs="?")
    p.add_argument("--list", action="store_true")
    p.add_argument("--db", type=Path)
    p.add_argument("-o", "--output", type=Path)
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.add_argument("--lang", choices=("fa", "zh", "sk", "en"), default="en")
    p.add_argument("--segment")
    p.add_argument("--contact")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("search", help="search people, companies, deals, tickets and notes")
    p.add_argument("query")
    _add_db(p)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("check", help="check integrity and schema version")
    _add_db(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("backup", help="write a backup copy now")
    _add_db(p)
    p.add_argument("--json", action="store_true")
    return parser


def _handler(command: str) -> Callable[[argparse.Namespace], int]:
    """The implementation of ``command``, imported only when it runs."""
    from importlib import import_module

    name = command.replace("-", "_")
    if keyword.iskeyword(name):
        name += "_"  # `import` lives in crmdesk/commands/import_.py
    module = import_module(f"crmdesk.commands.{name}")
    handler: Callable[[argparse.Namespace], int] = module.run
    return handler


def run_cli(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    db: Path | None = getattr(args, "db", None)
    if db is not None and getattr(args, "db_must_exist", False) and not db.exists():
        print(f"crmdesk: no such file: {db}", file=sys.stderr)
        return 2
    try:
        return _handler(args.command)(args)
    except CrmError as error:
        print(f"crmdesk: {error}", file=sys.stderr)
        return 2
