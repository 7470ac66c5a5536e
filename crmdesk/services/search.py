"""One search over people, companies, deals, tickets and notes (the Ctrl+K box, `crmdesk search`).

Storage (crmdesk/db/fts.py): a `search_docs` row per live record (title and subtitle to show)
and two FTS5 tables holding its folded text with rowid = search_docs.id. That id is
``entity code << 40 | record id``, so:
- writing a record's row needs no lookup (the id is known), and
- each entity is one rowid range, which FTS5 seeks into directly: "the 20 newest matching
  tickets" stays cheap even when a million contacts match the same letters.

Queries (services.search_query): terms of 3+ characters match substrings (trigram), terms
shaped like a phone number match its digits, 1-2 character terms match word prefixes (of
names, companies, titles, places and tags: emails and phone numbers are in search_tri only),
CJK matches character phrases; everything is folded the same way as the indexed text
(crmdesk.domain.text.fold). Each entity is asked for a bounded
number of newest candidates (LIMIT inside FTS5, no bm25 over huge match sets), which are then
ordered by how well their title matches. Records in the trash are not indexed.

Services call `reindex` after every write, in the same transaction; importers and the demo
generator index in bulk (`bulk_index`, `rebuild_all`), never through per-row triggers.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from crmdesk.db import fts
from crmdesk.db.models import SearchDoc
from crmdesk.domain.text import fold
from crmdesk.services.search_index import (
    BUILDERS,
    DEPENDENTS,
    Builder,
    IdRange,
    SearchDocument,
)
from crmdesk.services.search_query import CJK_PATTERN, compile_query, find, words_text

__all__ = [
    "ENTITIES",
    "SearchDocument",
    "SearchHit",
    "bulk_index",
    "document_for",
    "fts_texts",
    "has_rows_from",
    "rebuild_all",
    "reindex",
    "remove",
    "search",
]

#: Entities in the order their hits are listed; the code is the high part of search_docs.id.
ENTITY_CODES: dict[str, int] = {
    "contact": 1,
    "company": 2,
    "deal": 3,
    "ticket": 4,
    "interaction": 5,
}
ENTITIES: tuple[str, ...] = tuple(ENTITY_CODES)
_ID_BITS = 40
_ID_MASK = (1 << _ID_BITS) - 1
CHUNK = 2000  # records per batch when (re)indexing
MAX_CANDIDATES = 300
FTS_TABLES = ("search_tri", "search_words")
DEFAULT_HASH_SIZE = 1 << 20  # FTS5's own default: terms buffered before a segment is written
BULK_HASH_SIZE = 32 << 20
IMPORT_HASH_SIZE = 8 << 20  # bulk_writes: ~15% less FTS CPU for ~20 MB (32 MB: ~100 MB)
DEFAULT_AUTOMERGE = 4  # FTS5's own default: segments of a level merged once there are 4
IMPORT_AUTOMERGE = 16  # bulk_writes: ~1/3 less FTS CPU (87,000 contacts), searches as fast


@dataclass(frozen=True, slots=True)
class SearchHit:
    entity: str
    record_id: int
    title: str
    subtitle: str | None


class DocumentLike(Protocol):
    """What `bulk_index` needs of a row: a SearchDocument or anything shaped like one (whose
    ``text`` then serves both tables)."""

    @property
    def record_id(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def subtitle(self) -> str | None: ...
    @property
    def text(self) -> str: ...


Progress = Callable[[int, int], None]


# --------------------------------------------------------------------------- ids and text


def _code(entity: str) -> int:
    try:
        return ENTITY_CODES[entity]
    except KeyError:
        raise ValueError(f"search does not index {entity!r}") from None


def doc_id(entity: str, record_id: int) -> int:
    """The search_docs id (and FTS rowid) of one record."""
    if not 0 < record_id <= _ID_MASK:
        raise ValueError(f"record id out of range: {record_id}")
    return _code(entity) << _ID_BITS | record_id


def _id_range(entity: str) -> tuple[int, int]:
    base = _code(entity) << _ID_BITS
    return base, base | _ID_MASK


def id_range(entity: str) -> tuple[int, int]:
    """(base, last): rowids of ``entity`` are base + record id, up to last (inclusive)."""
    return _id_range(entity)


def _fold_part(part: str) -> str:
    """`fold`, with the ASCII case short-cut (emails and numbers: not worth caching)."""
    if part.isascii():
        return " ".join(part.lower().split())
    return _fold_cached(part)


@lru_cache(maxsize=1 << 16)
def _fold_cached(part: str) -> str:
    """`fold` of text that is not ASCII (names, cities, tags repeat: cached)."""
    return fold(part)


def indexed_text(text: str) -> str:
    """Folded text as written to search_tri: the parts joined so words never run together."""
    if text.isascii():  # `_fold_part` of each line, without a call (and a cache look-up) each
        lines = (" ".join(line.split()) for line in text.lower().split("\n"))
        return " | ".join(filter(None, lines))
    return " | ".join(filter(None, map(_fold_part, text.split("\n"))))


def fts_texts(doc: DocumentLike) -> tuple[str, str]:
    """(search_tri text, search_words text) of one row, as they are written."""
    folded = indexed_text(doc.text)
    words = doc.words if isinstance(doc, SearchDocument) else doc.text
    return folded, words_text(folded if words is doc.text else indexed_text(words))


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --------------------------------------------------------------------------- writing


def _delete_rows(connection: Connection, ids: Sequence[int]) -> None:
    params = [(i,) for i in ids]
    if not params:
        return
    connection.exec_driver_sql("DELETE FROM search_tri WHERE rowid = ?", params)
    connection.exec_driver_sql("DELETE FROM search_words WHERE rowid = ?", params)
    connection.exec_driver_sql("DELETE FROM search_docs WHERE id = ?", params)


def _insert_rows(connection: Connection, entity: str, docs: Iterable[DocumentLike]) -> int:
    doc_rows: list[tuple[Any, ...]] = []
    tri_rows: list[tuple[int, str]] = []
    word_rows: list[tuple[int, str]] = []
    for doc in docs:
        key = doc_id(entity, doc.record_id)
        folded, words = fts_texts(doc)
        doc_rows.append((key, entity, doc.record_id, doc.title, doc.subtitle or None))
        tri_rows.append((key, folded))
        word_rows.append((key, words))
    if doc_rows:
        connection.exec_driver_sql(
            "INSERT INTO search_docs (id, entity, record_id, title, subtitle) VALUES (?,?,?,?,?)",
            doc_rows,
        )
        connection.exec_driver_sql("INSERT INTO search_tri (rowid, text) VALUES (?, ?)", tri_rows)
        connection.exec_driver_sql(
            "INSERT INTO search_words (rowid, text) VALUES (?, ?)", word_rows
        )
    return len(doc_rows)


def _titles(session: Session, entity: str, record_ids: Sequence[int]) -> dict[int, str]:
    keys = [doc_id(entity, r) for r in record_ids]
    query = select(SearchDoc.record_id, SearchDoc.title).where(SearchDoc.id.in_(keys))
    return {record_id: title for record_id, title in session.execute(query)}


def _refresh_dependents(session: Session, entity: str, record_ids: Sequence[int]) -> None:
    """Reindex records that show these records' titles (a contact's deals, a company's people)."""
    for dependent, model, column in DEPENDENTS.get(entity, []):
        for chunk in _chunks(record_ids, CHUNK):
            ids = session.scalars(
                select(model.id).where(
                    getattr(model, column).in_(chunk), model.deleted_at.is_(None)
                )
            ).all()
            reindex(session, dependent, ids, related=False)


def document_for(session: Session, entity: str, record_id: int) -> SearchDocument | None:
    """What search holds for one record; None when it does not exist or is in the trash."""
    builder, _model = _builder(entity)
    session.flush()
    docs = builder(session, [record_id])
    return docs[0] if docs else None


def _builder(entity: str) -> tuple[Builder, type[Any]]:
    _code(entity)
    return BUILDERS[entity]


def reindex(session: Session, entity: str, ids: Iterable[int], *, related: bool = True) -> None:
    """Bring the search rows of these records in step with the database (in this transaction).

    Records that are gone or in the trash are removed. When a contact's or company's name
    changes, the records showing that name (their deals, tickets, notes, a company's people)
    are reindexed too, unless ``related`` is False.
    """
    builder, _model = _builder(entity)
    wanted = sorted(set(ids))
    session.flush()  # builders read with Core: pending ORM changes must be in the database
    for chunk in _chunks(wanted, CHUNK):
        docs: list[SearchDocument] = builder(session, chunk)
        old = _titles(session, entity, chunk) if related and entity in DEPENDENTS else None
        connection = session.connection()
        _delete_rows(connection, [doc_id(entity, r) for r in chunk])
        _insert_rows(connection, entity, docs)
        if old is not None:
            new = {doc.record_id: doc.title for doc in docs}
            changed = [r for r in chunk if old.get(r) != new.get(r)]
            _refresh_dependents(session, entity, changed)


def remove(session: Session, entity: str, ids: Iterable[int]) -> None:
    """Drop these records from search (e.g. before they are erased for good)."""
    wanted = sorted(set(ids))
    connection = session.connection()
    for chunk in _chunks(wanted, CHUNK):
        _delete_rows(connection, [doc_id(entity, r) for r in chunk])
    _refresh_dependents(session, entity, wanted)


def bulk_index(
    session: Session, entity: str, rows: Iterable[DocumentLike], *, new: bool = False
) -> int:
    """Index many records at once (importers): replaces their rows; returns how many.

    ``new``: the records have no search rows yet (see ``has_rows_from``): nothing to delete."""
    _code(entity)
    connection = session.connection()
    batch: list[DocumentLike] = []
    written = 0
    write = _insert_rows if new else _replace
    for row in rows:
        batch.append(row)
        if len(batch) >= CHUNK:
            written += write(connection, entity, batch)
            batch = []
    return written + write(connection, entity, batch)


def has_rows_from(session: Session, entity: str, record_id: int) -> bool:
    """True when search holds a row of ``entity`` with this record id or a higher one."""
    _lo, hi = _id_range(entity)
    found = session.execute(
        select(SearchDoc.id).where(SearchDoc.id.between(doc_id(entity, record_id), hi)).limit(1)
    ).first()
    return found is not None


@contextmanager
def bulk_writes(session: Session, hash_size: int = IMPORT_HASH_SIZE) -> Iterator[None]:
    """Around many ``bulk_index`` calls (an import): FTS5 buffers more terms in memory and
    merges segments 16 at a time instead of 4, so it writes and merges less. The settings are
    stored in the caller's transaction: on an error the caller's rollback restores them too."""
    connection = session.connection()
    _fts_command(connection, "hashsize", hash_size)
    _fts_command(connection, "automerge", IMPORT_AUTOMERGE)
    yield
    _fts_command(connection, "automerge", DEFAULT_AUTOMERGE)
    _fts_command(connection, "hashsize", DEFAULT_HASH_SIZE)


def _replace(connection: Connection, entity: str, batch: Sequence[DocumentLike]) -> int:
    _delete_rows(connection, [doc_id(entity, row.record_id) for row in batch])
    return _insert_rows(connection, entity, batch)


def _live_id_batches(session: Session, model: type[Any]) -> Iterator[IdRange]:
    """Ranges covering ``CHUNK`` live records each, in id order (keyset paging)."""
    after = 0
    while True:
        ids = session.scalars(
            select(model.id)
            .where(model.id > after, model.deleted_at.is_(None))
            .order_by(model.id)
            .limit(CHUNK)
        ).all()
        if not ids:
            return
        yield IdRange(ids[0], ids[-1])
        after = ids[-1]


def rebuild_all(session: Session, *, progress: Progress | None = None) -> int:
    """Throw the search index away and build it again from the records; returns rows indexed.

    Reads records in id batches with set-based queries and writes with executemany (per-row
    triggers were ten times slower). FTS5 buffers more terms in memory meanwhile (fewer
    segments to merge: a quarter less CPU) and merges the index into one segment at the end,
    which makes queries two to three times faster; about 80 µs per record here in all.
    """
    session.flush()
    connection = session.connection()
    for statement in (*fts.DROP_STATEMENTS, *fts.CREATE_STATEMENTS):
        connection.exec_driver_sql(statement)
    connection.exec_driver_sql("DELETE FROM search_docs")
    _fts_command(connection, "hashsize", BULK_HASH_SIZE)
    models = [model for _builder_fn, model in BUILDERS.values()]
    total = sum(
        session.scalar(select(func.count()).where(model.deleted_at.is_(None))) or 0
        for model in models
    )
    done = 0
    for entity, (builder, model) in BUILDERS.items():
        for scope in _live_id_batches(session, model):
            done += _insert_rows(connection, entity, builder(session, scope))
            if progress is not None:
                progress(done, total)
    _fts_command(connection, "optimize")
    _fts_command(connection, "hashsize", DEFAULT_HASH_SIZE)
    return done


def _fts_command(connection: Connection, command: str, value: int | None = None) -> None:
    """Run an FTS5 special command on both tables (a setting when ``value`` is given)."""
    for table in FTS_TABLES:
        if value is None:
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('{command}')")
        else:
            connection.exec_driver_sql(
                f"INSERT INTO {table}({table}, rank) VALUES ('{command}', {int(value)})"
            )


# --------------------------------------------------------------------------- searching


def _title_rank(title: str, terms: Sequence[str], whole: str) -> int:
    """0 title starts with the query, 1 every term starts a word, 2 all in title, 3 elsewhere."""
    if title.startswith(whole):
        return 0
    words = title.split()
    if all(
        any(word.startswith(term) for word in words) or (CJK_PATTERN.match(term) and term in title)
        for term in terms
    ):
        return 1
    return 2 if all(term in title for term in terms) else 3


def _kinds(entities: Collection[str] | None) -> list[str]:
    if entities is None:
        return list(ENTITIES)
    for entity in entities:
        _code(entity)
    return [entity for entity in ENTITIES if entity in entities]


def search(
    session: Session,
    query: str,
    *,
    limit: int = 20,
    entities: Collection[str] | None = None,
) -> list[SearchHit]:
    """Records matching ``query``: up to ``limit`` per entity, listed entity by entity.

    Within an entity, titles that start with the query come first, then titles where every
    term starts a word, then other matches; ties keep newest first. Never raises on odd
    input (quotes, operators, one character); empty input finds nothing.
    """
    compiled = compile_query(query)
    if compiled is None or limit <= 0:
        return []
    want = min(max(limit * 3, 30), MAX_CANDIDATES)
    whole = " ".join(compiled.terms)
    connection = session.connection()
    hits: list[SearchHit] = []
    for entity in _kinds(entities):
        lo, hi = _id_range(entity)
        rows = find(connection, compiled, lo, hi, want)
        ranked = sorted(
            enumerate(rows),
            key=lambda pair: (_title_rank(_fold_part(pair[1][1]), compiled.terms, whole), pair[0]),
        )
        hits.extend(SearchHit(entity, row[0], row[1], row[2]) for _index, row in ranked[:limit])
    return hits
