"""Search and the contact list at scale, on a demo file of N contacts (default 1,000,000).

Run: .venv/bin/python benchmarks/bench_search_and_lists.py [--contacts N] [--db FILE] [--json]

The demo file is made once with ``crmdesk demo`` and kept in ``benchmarks/.cache/demo-N.crm``
(git-ignored; shared with bench_gui.py). Prints:

- search: p50/p95/max over 200 mixed-script queries drawn from the file (Latin prefixes of
  1-4 letters, Slovak typed without diacritics, Persian with Arabic letter variants, Chinese
  1-2 characters, email fragments, phone digits, company names, two-word queries), each the
  real `services.search.search` call (limit 20 per kind). Target: p95 under 50 ms.
- the same queries as a plain ``LIKE '%q%'`` over the contacts' name and email columns (what
  a list filter without full-text search does), and the ratio.
- the first page (50 rows) of the contact list sorted by name and by last interaction, through
  the list service (ids page + display rows). Target: under 30 ms.
- counting contacts with a tag, through the list service and as a count from the tag's side.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
sys.path.insert(0, str(HERE.parent))

from sqlalchemy import text  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from crmdesk.db.migrate import open_database  # noqa: E402
from crmdesk.domain.text import fold  # noqa: E402
from crmdesk.services import contact_list, search  # noqa: E402
from crmdesk.services.listing import like_pattern  # noqa: E402

SEARCH_TARGET_MS = 50.0
PAGE_TARGET_MS = 30.0
PER_KIND = 25  # queries per kind; 8 kinds = 200 queries
LIKE_SQL = (
    "SELECT c.id FROM contacts c WHERE c.deleted_at IS NULL AND (c.sort_name LIKE :p ESCAPE '\\' "
    "OR EXISTS (SELECT 1 FROM emails e WHERE e.contact_id = c.id AND e.normalized LIKE :p "
    "ESCAPE '\\')) LIMIT 20"
)
# Links of the tag (a covering index range) minus links of contacts in the trash (few; CROSS
# JOIN makes SQLite start from the trashed contacts, which it cannot know are few without stats).
TAG_COUNT_SQL = (
    "SELECT (SELECT count(*) FROM contact_tags WHERE tag_id = t.id) - "
    "(SELECT count(*) FROM contacts c CROSS JOIN contact_tags ct WHERE c.deleted_at IS NOT NULL "
    "AND ct.contact_id = c.id AND ct.tag_id = t.id) FROM tags t WHERE t.folded = :tag"
)


def demo_file(contacts: int, *, seed: int = 1) -> Path:
    """``benchmarks/.cache/demo-N.crm``, made with ``crmdesk demo`` if missing."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / (f"demo-{contacts}.crm" if seed == 1 else f"demo-{contacts}-seed{seed}.crm")
    if path.exists():
        return path
    partial = path.with_name(path.name + ".partial")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    print(f"making {path.name} (once; kept for later runs)…", flush=True)
    started = time.perf_counter()
    command = [sys.executable, "-m", "crmdesk", "demo", "--db", str(partial)]
    subprocess.run([*command, "--contacts", str(contacts), "--seed", str(seed)], check=True)
    partial.rename(path)
    print(f"made in {time.perf_counter() - started:.0f} s", flush=True)
    return path


# --------------------------------------------------------------------------- the queries


def _sample(session: Session, sql: str, rng: random.Random, count: int) -> list[Any]:
    """``count`` random rows of ``sql`` (which must select ``id`` first), by random id probes."""
    top = session.execute(text(f"SELECT max(id) FROM ({sql})")).scalar() or 0
    rows: list[Any] = []
    for _ in range(count * 20):
        if len(rows) >= count or not top:
            break
        row = session.execute(
            text(f"SELECT * FROM ({sql}) WHERE id >= :id LIMIT 1"), {"id": rng.randrange(top) + 1}
        ).first()
        if row is not None:
            rows.append(row)
    return rows


def _arabic_variants(word: str, rng: random.Random) -> str:
    """Persian yeh/keheh typed as Arabic letters, sometimes (folding must match them)."""
    return word.replace("ی", "ي").replace("ک", "ك") if rng.random() < 0.5 else word


def make_queries(session: Session, seed: int = 7) -> list[tuple[str, str]]:
    """(kind, query) pairs drawn from the file, PER_KIND of each kind, deterministic."""
    rng = random.Random(seed)
    people = "SELECT id, full_name, given_name, family_name FROM contacts WHERE deleted_at IS NULL"
    latin_people = people + " AND full_name < 'ا'"  # before the Arabic block: Latin script
    latin = _sample(session, latin_people, rng, PER_KIND * 2)
    slovak = _sample(session, latin_people + " AND lower(full_name) <> sort_name", rng, PER_KIND)
    persian = _sample(session, people + " AND full_name >= 'ا' AND full_name < '一'", rng, PER_KIND)
    chinese = _sample(session, people + " AND name_order = 'family_first'", rng, PER_KIND)
    emails = _sample(session, "SELECT id, email FROM emails", rng, PER_KIND)
    phones = _sample(session, "SELECT id, e164 FROM phones WHERE e164 IS NOT NULL", rng, PER_KIND)
    companies = _sample(session, "SELECT id, name FROM companies", rng, PER_KIND)
    queries: list[tuple[str, str]] = []
    for i, row in enumerate(latin[:PER_KIND]):
        queries.append(("latin prefix", str(row.given_name or row.full_name)[: 1 + i % 4].lower()))
    for row in slovak:
        queries.append(("slovak folded", fold(str(row.family_name or row.full_name))))
    for row in persian:
        word = str(rng.choice(str(row.full_name).split()))
        queries.append(("persian", _arabic_variants(word, rng)))
    for row in chinese:
        name = str(row.full_name)
        start = rng.randrange(len(name))
        queries.append(("chinese 1-2", name[start : start + rng.choice((1, 2))]))
    for row in emails:
        local, _, domain = str(row.email).partition("@")
        start = rng.randrange(max(1, len(local) - 4))
        fragment = (
            local[start : start + rng.randrange(4, 8)] if rng.random() < 0.7 else "@" + domain
        )
        queries.append(("email", fragment))
    for row in phones:
        digits = str(row.e164)[1:]
        start = rng.randrange(2, max(3, len(digits) - 5))
        queries.append(("phone digits", digits[start : start + rng.randrange(4, 7)]))
    for row in companies:
        name = str(row.name)
        queries.append(("company", name[: rng.randrange(3, 7)]))
    for row in latin[PER_KIND:]:
        family = str(row.family_name or "")
        queries.append(("two words", f"{row.given_name} {family[: rng.randrange(1, 4)]}".lower()))
    return queries


# --------------------------------------------------------------------------- timing


def _timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def _stats(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]
    return {"p50": statistics.median(ordered), "p95": p95, "max": ordered[-1]}


def bench_search(session: Session, queries: list[tuple[str, str]]) -> dict[str, Any]:
    for _kind, query in queries:  # warm the page cache once, like a session that is running
        search.search(session, query)
    times = [_timed(partial(search.search, session, query)) for _kind, query in queries]
    kinds: dict[str, list[float]] = {}
    for (kind, _query), ms in zip(queries, times, strict=True):
        kinds.setdefault(kind, []).append(ms)
    slowest = sorted(zip(times, queries, strict=True), reverse=True)[:5]
    return {
        **_stats(times),
        "by_kind": {kind: _stats(values) for kind, values in kinds.items()},
        "slowest": [{"ms": round(ms, 1), "query": q} for ms, (_k, q) in slowest],
    }


def bench_like(session: Session, queries: list[tuple[str, str]]) -> dict[str, float]:
    statement = text(LIKE_SQL)

    def scan(query: str) -> object:
        return session.execute(statement, {"p": like_pattern(query)}).all()

    return _stats([_timed(partial(scan, query)) for _kind, query in queries])


def bench_pages(session: Session, runs: int = 20) -> dict[str, dict[str, float]]:
    results = {}
    everyone = contact_list.ContactFilter()
    for label, sort in (
        ("by name", contact_list.ContactSort("name")),
        ("by last interaction", contact_list.ContactSort("last_interaction", descending=True)),
    ):

        def page(sort: contact_list.ContactSort = sort) -> None:
            ids = contact_list.contact_id_page(session, everyone, sort, offset=0, limit=50)
            contact_list.contact_rows(session, ids)

        page()
        results[label] = _stats([_timed(page) for _ in range(runs)])
    return results


def bench_tag_counts(
    session: Session, tags: tuple[str, ...] = ("VIP", "newsletter")
) -> dict[str, Any]:
    """The list service's count, and the count taken from the tag's side of the link table."""
    results: dict[str, Any] = {}
    statement = text(TAG_COUNT_SQL)

    def from_tag_side(tag: str) -> int:
        return int(session.execute(statement, {"tag": fold(tag)}).scalar() or 0)

    for tag in tags:
        criteria = contact_list.ContactFilter(tag=tag)
        count = contact_list.count_contacts(session, criteria)
        service = [
            _timed(partial(contact_list.count_contacts, session, criteria)) for _ in range(3)
        ]
        results[tag] = {
            "count": count,
            "service": _stats(service),
            "from_tag_side": _stats([_timed(partial(from_tag_side, tag)) for _ in range(3)]),
            "same": count == from_tag_side(tag),
        }
    return results


# --------------------------------------------------------------------------- report


def _line(label: str, stats: dict[str, float], target: float | None = None) -> str:
    verdict = ""
    if target is not None:
        verdict = f"  target < {target:.0f} ms: {'OK' if stats['p95'] < target else 'MISSED'}"
    return (
        f"{label:<34} p50 {stats['p50']:8.2f} ms   p95 {stats['p95']:8.2f} ms   "
        f"max {stats['max']:8.2f} ms{verdict}"
    )


def report(result: dict[str, Any]) -> str:
    s, like = result["search"], result["like"]
    lines = [
        f"search and lists on {result['contacts']:,} contacts "
        f"({result['file']}, {result['size_mb']:,} MB)",
        _line(f"search, {result['queries']} queries", s, SEARCH_TARGET_MS),
        *(_line(f"  {kind}", stats) for kind, stats in s["by_kind"].items()),
        "  slowest: " + ", ".join(f"{x['query']!r} {x['ms']} ms" for x in s["slowest"]),
        _line("LIKE '%q%' on name/email, same", like),
        f"{'ratio LIKE / search':<34} p50 {like['p50'] / s['p50']:8.1f} x    "
        f"p95 {like['p95'] / s['p95']:8.1f} x",
    ]
    for label, stats in result["pages"].items():
        lines.append(_line(f"first page (50) {label}", stats, PAGE_TARGET_MS))
    for tag, counts in result["tag_counts"].items():
        lines.append(_line(f"count tag {tag!r} = {counts['count']:,} (service)", counts["service"]))
        lines.append(_line("  counted from the tag's side", counts["from_tag_side"]))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="use this crmdesk file instead of a demo file")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    path = args.db or demo_file(args.contacts)
    context = open_database(path, auto_backup=False)
    try:
        with context.reading() as session:
            contacts = session.execute(text("SELECT count(*) FROM contacts")).scalar() or 0
            queries = make_queries(session)
            result = {
                "file": str(path),
                "size_mb": path.stat().st_size >> 20,
                "contacts": contacts,
                "queries": len(queries),
                "search": bench_search(session, queries),
                "like": bench_like(session, queries),
                "pages": bench_pages(session),
                "tag_counts": bench_tag_counts(session),
            }
    finally:
        context.close()
    print(json.dumps(result, ensure_ascii=False) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
