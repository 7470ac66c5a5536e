"""Entry point: `crmdesk SUBCOMMAND ...` runs the command line; anything else opens the GUI."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from crmdesk.cli import SUBCOMMANDS

    if args and args[0] in SUBCOMMANDS:
        from crmdesk.cli import run_cli

        return run_cli(args)
    from crmdesk.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
