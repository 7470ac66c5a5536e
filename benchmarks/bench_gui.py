"""The desktop app at scale: start-up to the first paint, peak memory, scrolling the contacts.

Run: .venv/bin/python benchmarks/bench_gui.py [--contacts N] [--runs R] [--steps S] [--db FILE]

With a demo file of N contacts (default 1,000,000; made once with ``crmdesk demo`` and kept
in ``benchmarks/.cache/demo-N.crm``, or ``--db``), it prints:

- start-up: from spawning ``crmdesk FILE`` to the main window painted with the file open
  (Today page), median of R runs; beside it a bare ``python -c "import PySide6.QtWidgets"``
  and the ratio. Target: under 2 s. Also when Today's sections are filled (they are read
  off the GUI thread). The first open of a day also writes the automatic daily backup of the
  file (``<file>.backups/``), which the first run then includes: it is said when it happens.
- peak memory (ru_maxrss) with the file open and painted, and after the contact list was
  opened and scrolled. Target: under 400 MB.
- scrolling the contact list: S pages down from the top, and S positions spread from the
  top to the very bottom (dragging the thumb), each a synchronous repaint: ms per page.

The GUI runs on Qt's offscreen platform (no display needed; painting is real, into memory).
Each run uses fresh settings (a temporary XDG folder), like a first start on that file.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".cache"
START_TARGET_S = 2.0
MEMORY_TARGET_MB = 400


def demo_file(contacts: int, *, seed: int = 1) -> Path:
    """``benchmarks/.cache/demo-N.crm`` (seed 1), made with ``crmdesk demo`` if missing."""
    CACHE.mkdir(exist_ok=True)
    name = f"demo-{contacts}.crm" if seed == 1 else f"demo-{contacts}-seed{seed}.crm"
    path = CACHE / name
    if path.exists():
        return path
    partial = path.with_name(path.name + ".partial")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    print(f"making {path.name} (once; kept for later runs)…", flush=True)
    command = [sys.executable, "-m", "crmdesk", "demo", "--db", str(partial)]
    subprocess.run([*command, "--contacts", str(contacts), "--seed", str(seed)], check=True)
    partial.rename(path)
    return path


def gui_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CACHE_HOME=str(folder / "cache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled
    return env


def bare_import(runs: int) -> float:
    """Median seconds of ``python -c "import PySide6.QtWidgets"``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets"], check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def probe(path: Path, mode: str, steps: int) -> dict[str, Any]:
    """Run gui_probe.py once; the start-up is its paint time minus our spawn time."""
    with tempfile.TemporaryDirectory(prefix="crmdesk-bench-") as folder:
        command = [
            sys.executable,
            str(HERE / "gui_probe.py"),
            str(path),
            mode,
            "--steps",
            str(steps),
        ]
        spawned = time.time()
        result = subprocess.run(
            command, env=gui_env(Path(folder)), capture_output=True, text=True, cwd=ROOT,
            timeout=1800,
        )  # fmt: skip
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"probe failed ({result.returncode}):\n{result.stderr[-3000:]}")
    marks: dict[str, Any] = json.loads(lines[-1])
    if "error" in marks:
        raise SystemExit(f"probe: {marks['error']}\n{result.stderr[-3000:]}")
    marks["startup_s"] = marks["painted"] - spawned
    marks["content_s"] = marks["content_shown"] - spawned
    marks["interpreter_s"] = marks["probe_started"] - spawned
    return marks


def backup_due(path: Path) -> bool:
    """Will opening ``path`` write the automatic daily backup first (as the app does)?"""
    from datetime import datetime

    from crmdesk.db.backup import AUTO_BACKUP_AGE, list_backups

    backups = list_backups(path)
    return not backups or datetime.now().astimezone() - backups[0].taken_at >= AUTO_BACKUP_AGE


def report(path: Path, bare: float, runs: list[dict[str, Any]]) -> dict[str, Any]:
    startup = statistics.median(run["startup_s"] for run in runs)
    full = runs[0]
    summary = {
        "file": str(path),
        "file_mb": round(path.stat().st_size / 1e6, 1),
        "bare_import_s": round(bare, 3),
        "startup_runs_s": [round(run["startup_s"], 3) for run in runs],
        "startup_s": round(startup, 3),
        "startup_ratio": round(startup / bare, 2),
        "startup_target_met": startup < START_TARGET_S,
        "content_runs_s": [round(run["content_s"], 3) for run in runs],
        "content_s": round(statistics.median(run["content_s"] for run in runs), 3),
        "start_page": full["page"],
        "peak_mb_painted": max(run["peak_mb_content"] for run in runs),
        "peak_mb_after_scroll": full.get("peak_mb_after_scroll"),
        "contacts_page_ms": full.get("contacts_page_ms"),
        "rows": full.get("rows"),
        "rows_per_page": full.get("rows_per_page"),
        "scroll_sequential": full.get("scroll_sequential"),
        "scroll_top_to_bottom": full.get("scroll_top_to_bottom"),
    }
    peak = max(v for v in (summary["peak_mb_painted"], summary["peak_mb_after_scroll"]) if v)
    summary["memory_target_met"] = peak < MEMORY_TARGET_MB
    return summary


def print_human(summary: dict[str, Any]) -> None:
    print(f"file: {summary['file']} ({summary['file_mb']} MB, {summary['rows']:,} contacts)")
    print(f"bare `import PySide6.QtWidgets`: {summary['bare_import_s']:.3f} s")
    runs = ", ".join(f"{s:.3f}" for s in summary["startup_runs_s"])
    verdict = "OK" if summary["startup_target_met"] else "OVER TARGET"
    if summary["first_run_wrote_daily_backup"]:
        print("(the first run opened the file first today: it wrote the automatic daily backup)")
    print(
        f"start-up to main window painted ({summary['start_page']}): "
        f"{summary['startup_s']:.3f} s median [{runs}] — {summary['startup_ratio']}× bare; "
        f"target < {START_TARGET_S} s: {verdict}"
    )
    runs = ", ".join(f"{s:.3f}" for s in summary["content_runs_s"])
    print(f"… with Today's sections filled: {summary['content_s']:.3f} s median [{runs}]")
    verdict = "OK" if summary["memory_target_met"] else "OVER TARGET"
    print(
        f"peak memory: {summary['peak_mb_painted']} MB with the file open and Today shown, "
        f"{summary['peak_mb_after_scroll']} MB after scrolling the list; "
        f"target < {MEMORY_TARGET_MB} MB: {verdict}"
    )
    print(f"contacts page shown and painted: {summary['contacts_page_ms']} ms")
    for key, label in (("scroll_sequential", "page down from the top"),
                       ("scroll_top_to_bottom", "top to bottom (spread)")):  # fmt: skip
        s = summary[key]
        print(
            f"scroll, {label}: {s['count']} pages of {summary['rows_per_page']} rows, "
            f"mean {s['mean_ms']} ms, p50 {s['p50_ms']} ms, p95 {s['p95_ms']} ms, "
            f"max {s['max_ms']} ms per page (reached the end: {s['reached_end']})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="use this crmdesk file instead of a demo file")
    parser.add_argument("--runs", type=int, default=3, help="start-up runs (median)")
    parser.add_argument("--steps", type=int, default=500, help="pages scrolled per pass")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    path = args.db or demo_file(args.contacts)
    first_backs_up = backup_due(path)
    bare = bare_import(max(3, args.runs))
    runs = [probe(path, "full", args.steps)]
    runs += [probe(path, "startup", args.steps) for _ in range(args.runs - 1)]
    summary = report(path, bare, runs)
    summary["first_run_wrote_daily_backup"] = first_backs_up
    if args.json:
        print(json.dumps(summary))
    else:
        print_human(summary)
    return 0 if summary["startup_target_met"] and summary["memory_target_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
