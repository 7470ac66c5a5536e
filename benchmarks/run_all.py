"""`make bench`: run every benchmarks/bench_*.py script in turn and print their figures.

Run: .venv/bin/python benchmarks/run_all.py [--only NAME ...] [--contacts N]

Each script runs in its own process (so one's memory and caches do not colour the next) with
its default arguments: full-size data sets (1,000,000 contacts) made once and kept in
benchmarks/.cache/. ``--contacts N`` is passed to the scripts that take it, for a quicker run.
Exit status 1 when a script failed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def scripts(only: list[str]) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    if only:
        found = [p for p in found if any(name in p.stem for name in only)]
    return found


def command(script: Path, contacts: int | None) -> list[str]:
    arguments = [sys.executable, str(script)]
    if contacts is not None and '"--contacts"' in script.read_text(encoding="utf-8"):
        arguments += ["--contacts", str(contacts)]
    return arguments


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], help="scripts whose name contains")
    parser.add_argument("--contacts", type=int, help="data set size for scripts that take it")
    options = parser.parse_args()
    failed = []
    for script in scripts(options.only):
        arguments = command(script, options.contacts)
        print(f"=== {' '.join([script.name, *arguments[2:]])}", flush=True)
        started = time.perf_counter()
        code = subprocess.run(arguments, check=False).returncode
        print(
            f"--- {script.name}: exit {code}, {time.perf_counter() - started:.0f} s\n", flush=True
        )
        if code:
            failed.append(script.name)
    if failed:
        print("failed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
