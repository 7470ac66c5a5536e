"""Import and export end to end vs the bare libraries doing the same I/O on the same data.

Run: .venv/bin/python benchmarks/bench_import_export.py [--rows N] [--contacts N] [--phase P]

Data (made once, kept in benchmarks/.cache/): a customer xlsx of ``--rows`` rows x 15 columns in
Persian, Chinese, Slovak and English (a tenth of the rows carry the email of a contact already
in the file, so the duplicate check finds them), and a demo database of ``--contacts`` contacts
(``crmdesk demo``'s generator). Each measurement runs in its own process, so its peak memory
(ru_maxrss) is its own:

- import: read, normalise, dedupe against the existing contacts, write, index, in one
  transaction (a copy of the demo database) vs python-calamine's bare read of the same file;
  target < 3x.
- replay: the database writes of that import alone, replayed with bare sqlite3 executemany
  (the floor below which no work on the import's Python can take it).
- export: the demo database's contacts to xlsx vs bare xlsxwriter (constant_memory) writing the
  same cells; target < 1.3x.
- peak memory of the import and export processes; target < 500 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
HEADERS = ("First name", "Last name", "Email", "Phone", "Mobile", "Company", "Job title",
           "Street", "City", "Postal code", "Country", "Birthday", "Lifecycle stage", "Tags",
           "Notes")  # fmt: skip
JOBS = ("Manager", "مدیر فروش", "销售经理", "Obchodník", "Accountant", "Engineer", "CEO")
TAGS = ("vip", "b2b", "wholesale", "مشتری ویژه", "老客户", "veľkoobchod")
LIFECYCLE = ("lead", "prospect", "customer", "former")
COMPANY_WORDS = ("Pars", "Tabriz", "Alborz", "长城", "华夏", "东方", "Tatra", "Váh", "Dunaj",
                 "Atlantic", "Summit", "Harbour", "Green", "Royal", "Nova", "Delta")  # fmt: skip
SUFFIXES = ("Trading", "Group", "s.r.o.", "Ltd", "有限公司", "شرکت", "Inc.")


def _phone(rng: random.Random, country: str) -> str:
    if country == "IR":
        return f"+98 912 {rng.randrange(1000):03d} {rng.randrange(10000):04d}"
    if country == "CN":
        return f"+86 139 {rng.randrange(10000):04d} {rng.randrange(10000):04d}"
    if country == "SK":  # national form: read with --region SK
        head = f"09{rng.choice('0145')}{rng.randrange(10)}"
        return f"{head} {rng.randrange(1000):03d} {rng.randrange(1000):03d}"
    return f"+44 7700 {rng.randrange(1000000):06d}"


def make_source(path: Path, rows: int, known_emails: list[str]) -> None:
    """The 15-column customer sheet, names and places from the demo markets."""
    import xlsxwriter

    from crmdesk.demo.pools import MARKETS

    rng = random.Random(7)
    companies = [
        f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_WORDS)} {rng.choice(SUFFIXES)} {n}"
        for n in range(max(rows // 20, 1))
    ]
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Customers")
    dated = book.add_format({"num_format": "yyyy-mm-dd"})
    sheet.write_row(0, 0, HEADERS)
    for row in range(1, rows + 1):
        market = rng.choice(MARKETS)
        given = rng.choice(market.male + market.female)
        family = rng.choice(market.family)
        city = rng.choice(market.cities)
        email = f"{given[1]}.{family[2]}.{row}@{rng.choice(market.mail_domains)}"
        if known_emails and row % 10 == 0:
            email = rng.choice(known_emails)
        sheet.write_row(row, 0, [
            given[0], family[0], email, _phone(rng, market.country), _phone(rng, market.country),
            companies[rng.randrange(len(companies))],
            rng.choice(JOBS), f"{rng.choice(market.streets)} {rng.randrange(1, 200)}", city[0],
            f"{city[2]}{rng.randrange(100):02d}", market.country,
        ])  # fmt: skip
        birthday = date(1950, 1, 1) + timedelta(days=rng.randrange(20000))
        sheet.write_datetime(row, 11, datetime(birthday.year, birthday.month, birthday.day), dated)
        notes = "Met at the fair; wants a quote" if row % 3 else None
        sheet.write_row(row, 12, [rng.choice(LIFECYCLE), ", ".join(rng.sample(TAGS, 2)), notes])
    book.close()


def ensure_data(rows: int, contacts: int) -> tuple[Path, Path]:
    CACHE.mkdir(exist_ok=True)
    database = CACHE / f"import-export-demo-{contacts}.crm"
    if not database.exists():
        from crmdesk.db.migrate import open_database
        from crmdesk.demo import make_demo

        print(f"making a demo database of {contacts:,} contacts (once) ...", flush=True)
        partial = database.with_suffix(".part")
        context = open_database(partial, auto_backup=False)
        with context.transaction() as session:
            make_demo(session, contacts=contacts, seed=1)
        context.close()
        partial.rename(database)
    source = CACHE / f"import-export-customers-{rows}x15.xlsx"
    if not source.exists():
        print(f"making a {rows:,}-row customer xlsx (once) ...", flush=True)
        make_source(source, rows, _emails(database, rows // 10))
    return source, database


def _emails(database: Path, count: int) -> list[str]:
    import sqlite3

    with sqlite3.connect(database) as connection:
        query = "SELECT email FROM emails WHERE contact_id IS NOT NULL ORDER BY id LIMIT ?"
        return [row[0] for row in connection.execute(query, (count,))]


def _copy(database: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="crmdesk-bench-"))
    target = folder / "work.crm"
    shutil.copyfile(database, target)
    return target


def phase_calamine(source: Path, _database: Path) -> dict[str, Any]:
    import python_calamine

    start = time.perf_counter()
    book = python_calamine.CalamineWorkbook.from_path(str(source))
    rows = sum(1 for _ in book.get_sheet_by_index(0).iter_rows())
    return {"seconds": time.perf_counter() - start, "rows": rows}


def phase_import(source: Path, database: Path) -> dict[str, Any]:
    from crmdesk.db.migrate import open_database
    from crmdesk.exchange.importing import plan_import, run_import, suggest_mapping
    from crmdesk.exchange.layout import read_table
    from crmdesk.exchange.readers import open_source

    context = open_database(_copy(database), auto_backup=False)
    start = time.perf_counter()
    marks = {}
    with open_source(source) as workbook, context.transaction() as session:
        table = read_table(workbook)
        mapping = suggest_mapping(table, entity="contacts")
        plan = plan_import(session, table, mapping, region="SK")
        marks["plan"] = time.perf_counter() - start
        marks["plan_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        summary = run_import(session, plan, source_name=source.name, release=True)  # as the CLI
    seconds = time.perf_counter() - start
    context.close()
    shutil.rmtree(context.path.parent, ignore_errors=True)
    return {"seconds": seconds, "plan_seconds": marks["plan"], **summary.to_dict(),
            "plan_peak_mb": marks["plan_peak_mb"],
            "errors": len(summary.errors), "warnings": len(summary.warnings)}  # fmt: skip


def phase_replay(source: Path, database: Path) -> dict[str, Any]:
    """The floor of the database side: the import's own writes, captured while it runs and
    replayed with bare sqlite3 executemany (one transaction, no Python work between) on a
    fresh copy of the database. What no Python speed-up of the import can go below."""
    import sqlite3

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    writes: list[tuple[str, list[Any]]] = []

    def capture(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            writes.append((statement, list(params) if many else [params]))

    event.listen(Engine, "before_cursor_execute", capture)
    phase_import(source, database)
    event.remove(Engine, "before_cursor_execute", capture)
    target = _copy(database)
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("PRAGMA cache_size = -65536")  # as crmdesk.db.engine
    start = time.perf_counter()
    connection.execute("BEGIN")
    for statement, params in writes:
        connection.executemany(statement, params)
    connection.execute("COMMIT")
    seconds = time.perf_counter() - start
    connection.close()
    shutil.rmtree(target.parent, ignore_errors=True)
    return {"seconds": seconds, "statements": len(writes),
            "rows": sum(len(params) for _, params in writes)}  # fmt: skip


def phase_export(_source: Path, database: Path) -> dict[str, Any]:
    from crmdesk.db.migrate import open_database
    from crmdesk.exchange.export import export_list

    context = open_database(database, auto_backup=False)
    out = Path(tempfile.mkdtemp(prefix="crmdesk-bench-")) / "contacts.xlsx"
    start, cpu = time.perf_counter(), time.process_time()
    with context.reading() as session:
        result = export_list(session, out, entity="contacts", format="xlsx")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    context.close()
    size = out.stat().st_size
    shutil.rmtree(out.parent, ignore_errors=True)
    return {"seconds": seconds, "cpu_seconds": cpu, "records": result.records["contacts"],
            "bytes": size}  # fmt: skip


def phase_xlsxwriter(_source: Path, database: Path) -> dict[str, Any]:
    """The same cells as the export, read beforehand, written by bare xlsxwriter: with the
    export's formats (bold header, number and date formats by column), so both files hold
    the same sheet data."""
    import xlsxwriter

    from crmdesk.db.migrate import open_database
    from crmdesk.exchange.export import select_ids
    from crmdesk.exchange.export.people import contact_table
    from crmdesk.exchange.export.tables import Kind
    from crmdesk.exchange.export.writers import NUMBER_FORMATS

    context = open_database(database, auto_backup=False)
    with context.reading() as session:
        table = contact_table(session, select_ids(session, "contacts"))
        rows = list(table.rows(session))
    context.close()
    out = Path(tempfile.mkdtemp(prefix="crmdesk-bench-")) / "bare.xlsx"
    start, cpu = time.perf_counter(), time.process_time()
    book = xlsxwriter.Workbook(str(out), {"constant_memory": True, "remove_timezone": True})
    sheet = book.add_worksheet("Contacts")
    bold = book.add_format({"bold": True})
    kinds = {kind: book.add_format(spec) for kind, spec in NUMBER_FORMATS.items()}
    formats, dated = [kinds.get(c.kind) for c in table.columns], kinds[Kind.DATE]
    for col, column in enumerate(table.columns):
        sheet.write_string(0, col, column.header, bold)
    for number, row in enumerate(rows, start=1):
        for col, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, str):
                sheet.write_string(number, col, value)
            elif isinstance(value, bool):
                sheet.write_boolean(number, col, value)
            elif isinstance(value, int | float):
                sheet.write_number(number, col, value, formats[col])
            elif isinstance(value, datetime):
                sheet.write_datetime(number, col, value, formats[col])
            elif isinstance(value, date):
                sheet.write_datetime(
                    number, col, datetime(value.year, value.month, value.day), dated
                )
            else:
                sheet.write_string(number, col, str(value))
    book.close()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    size = out.stat().st_size
    shutil.rmtree(out.parent, ignore_errors=True)
    return {"seconds": seconds, "cpu_seconds": cpu, "rows": len(rows), "bytes": size}


PHASES = {
    "calamine": phase_calamine,
    "import": phase_import,
    "replay": phase_replay,
    "export": phase_export,
    "xlsxwriter": phase_xlsxwriter,
}


def run_phase(name: str, args: argparse.Namespace) -> dict[str, Any]:
    command = [sys.executable, __file__, "--phase", name, "--rows", str(args.rows),
               "--contacts", str(args.contacts)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"phase {name} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def report(args: argparse.Namespace) -> None:
    source, _database = ensure_data(args.rows, args.contacts)
    got = {name: run_phase(name, args) for name in PHASES}
    imp, exp = got["import"], got["export"]
    import_ratio = imp["seconds"] / got["calamine"]["seconds"]
    export_ratio = exp["seconds"] / got["xlsxwriter"]["seconds"]
    print(f"source: {source.name} ({source.stat().st_size / 1e6:.1f} MB); "
          f"database: {args.contacts:,} existing contacts")  # fmt: skip
    print(f"python-calamine bare read      : {got['calamine']['seconds']:7.2f} s")
    print(f"import end to end              : {imp['seconds']:7.2f} s  (plan "
          f"{imp['plan_seconds']:.2f} s; {imp['created']:,} created, {imp['skipped']:,} "
          f"duplicates skipped, {imp['failed']:,} failed)")  # fmt: skip
    print(f"  ratio                        : {import_ratio:7.2f} x   (target < 3)")
    replay = got["replay"]
    print(f"  its writes alone, bare sqlite3: {replay['seconds']:7.2f} s  ({replay['rows']:,} rows "
          f"in {replay['statements']} statements; "
          f"{replay['seconds'] / got['calamine']['seconds']:.2f} x calamine)")  # fmt: skip
    print(f"bare xlsxwriter (same cells)   : {got['xlsxwriter']['seconds']:7.2f} s")
    print(f"export {exp['records']:,} contacts to xlsx : {exp['seconds']:7.2f} s")
    print(f"  ratio                        : {export_ratio:7.2f} x   (target < 1.3)")
    print(f"peak memory import / export    : {imp['peak_mb']:5.0f} / {exp['peak_mb']:5.0f} MB "
          "(target < 500)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--phase", choices=sorted(PHASES))
    args = parser.parse_args()
    if args.phase is None:
        report(args)
        return
    source, database = ensure_data(args.rows, args.contacts)
    result = PHASES[args.phase](source, database)
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


if __name__ == "__main__":
    main()
