"""Reading half of import vs bare python-calamine on the same 100,000 x 15 customer xlsx.

Run: .venv/bin/python benchmarks/bench_read_source.py [--rows N] [--keep DIR]
Prints each time, the ratio (target: reading costs about what calamine itself costs) and the
peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

NAMES = ("Анна Петрова", "王小明", "علی رضایی", "Ján Novák", "John Smith", "Žofia Šťastná")
HEADERS = ("Name", "Email", "Phone", "Company", "City", "Country", "Birthday", "Score", "Tags",
           "Notes", "Street", "Postal code", "Job title", "Lead source", "Revenue")  # fmt: skip


def make_file(path: Path, rows: int) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Customers")
    dated = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, HEADERS)
    pick = random.Random(1).choice
    for row in range(1, rows + 1):
        sheet.write_row(row, 0, [pick(NAMES), f"u{row}@example.com", f"+421 905 {row:06d}",
                                 "Acme s.r.o.", "Žilina", "SK"])  # fmt: skip
        sheet.write_datetime(row, 6, date(1970, 1, 1) + timedelta(days=row % 15000), dated)
        sheet.write_row(row, 7, [row % 100, "vip, b2b", "note " * 4, "Hlavná 1", "01001",
                                 "CEO", "web", row * 1.5])  # fmt: skip
    book.close()


def bare(path: Path) -> tuple[float, int]:
    import python_calamine

    start = time.perf_counter()
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    count = sum(1 for _ in book.get_sheet_by_index(0).iter_rows())
    return time.perf_counter() - start, count


def ours(path: Path) -> tuple[float, int]:
    from crmdesk.exchange.layout import read_table
    from crmdesk.exchange.readers import open_source

    start = time.perf_counter()
    with open_source(path) as workbook:
        count = sum(1 for _ in read_table(workbook).rows())
    return time.perf_counter() - start, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the generated file")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="crmdesk-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"customers-{args.rows}.xlsx"
    if not path.exists():
        make_file(path, args.rows)
    bare_time, bare_rows = bare(path)
    our_time, our_rows = ours(path)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"file: {path} ({path.stat().st_size / 1e6:.1f} MB, {args.rows:,} rows x 15)")
    print(f"python-calamine bare read : {bare_time:6.2f} s  ({bare_rows:,} rows)")
    print(f"open_source + read_table  : {our_time:6.2f} s  ({our_rows:,} data rows)")
    print(f"ratio                     : {our_time / bare_time:6.2f} x")
    print(f"peak memory (process)     : {peak:6.0f} MB")


if __name__ == "__main__":
    main()
