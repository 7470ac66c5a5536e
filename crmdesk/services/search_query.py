"""Turning what a user typed into safe FTS5 expressions (see services.search).

Nothing the user types is ever passed to FTS5 as syntax: every term is wrapped in double
quotes (inner quotes doubled), so `"`, `a OR`, `*`, `(`, `-x` and `NEAR(` are plain text.
Terms are routed by shape, because no single tokenizer serves all of them:

- three or more characters (not CJK) -> `search_tri` (trigram): substring anywhere, also
  inside emails and phone numbers;
- one or two characters -> `search_words` prefix query (`"ab"*`, served by prefix indexes);
- CJK runs -> `search_words` phrase of single characters (`"王 芳"`), since the indexed text
  has one token per CJK character and trigram cannot match two-character names.

A query needing both tables ("jan no") runs on one of them and tests its other terms on the
stored text of each candidate, in Python: cheaper than a second FTS lookup per row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from crmdesk.domain.text import fold

# The same ranges as crmdesk.domain.text.is_cjk (a test keeps them in step).
CJK_PATTERN = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]"
)
_CJK_RUNS = re.compile(CJK_PATTERN.pattern + "+")
TRIGRAM_MIN = 3
MIXED_SCAN = 2000  # rows examined per entity when a query needs both tables
# A word starts where the previous character is not a letter or digit (as unicode61 splits).
_WORD_START = r"(?<![^\W_])"
# Control characters (FTS5 reads the expression as a C string: NUL would end it) and lone
# surrogates (not encodable) are treated as spaces.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class CompiledQuery:
    """FTS5 expressions for both tables (None when that table is not needed)."""

    tri: str | None
    words: str | None
    has_cjk: bool
    terms: tuple[str, ...]  # folded terms, for ranking titles
    substrings: tuple[str, ...] = ()  # the trigram terms as plain folded text
    prefixes: tuple[re.Pattern[str], ...] = ()  # the 1-2 character terms as word-start tests


def quote(term: str) -> str:
    """``term`` as an FTS5 string: literal text whatever it contains."""
    return '"' + term.replace('"', '""') + '"'


def words_text(folded: str) -> str:
    """Folded text as written to `search_words`: every CJK character its own token."""
    if folded.isascii():
        return folded
    return _CJK_RUNS.sub(_spaced, folded)


def _spaced(run: re.Match[str]) -> str:
    return " " + " ".join(run.group()) + " "


def _split_runs(term: str) -> tuple[list[str], list[str]]:
    """(CJK runs, other runs) of one whitespace-free term."""
    cjk = _CJK_RUNS.findall(term)
    other = [part for part in _CJK_RUNS.split(term) if part]
    return cjk, other


def compile_query(query: str) -> CompiledQuery | None:
    """Safe FTS5 expressions for ``query``; None when nothing searchable is left."""
    tri: list[str] = []
    words: list[str] = []
    terms: list[str] = []
    substrings: list[str] = []
    prefixes: list[re.Pattern[str]] = []
    has_cjk = False
    for term in fold(_UNSAFE.sub(" ", query)).split():
        cjk_runs, other_runs = _split_runs(term)
        for run in cjk_runs:
            has_cjk = True
            words.append(quote(" ".join(run)))
            terms.append(run)
        for run in other_runs:
            if len(run) >= TRIGRAM_MIN:
                tri.append(quote(run))
                terms.append(run)
                substrings.append(run)
                continue
            letters = "".join(ch for ch in run if ch.isalnum())
            if letters:
                words.append(quote(letters) + "*")
                terms.append(letters)
                prefixes.append(re.compile(_WORD_START + re.escape(letters)))
    if not tri and not words:
        return None
    return CompiledQuery(
        tri=" AND ".join(tri) or None,
        words=" AND ".join(words) or None,
        has_cjk=has_cjk,
        terms=tuple(terms),
        substrings=tuple(substrings),
        prefixes=tuple(prefixes),
    )


def _matches(
    connection: Connection, table: str, expression: str, lo: int, hi: int, n: int, columns: str
) -> Any:
    """The newest ``n`` matches of ``expression`` in rowid range lo..hi (``columns`` of them).

    FTS5 walks its doclists in rowid order and stops at LIMIT: no ranking of the whole match
    set, so a two-letter query over a million records costs what twenty hits cost.
    """
    return connection.exec_driver_sql(
        f"SELECT {columns} FROM {table} WHERE {table} MATCH ? AND rowid BETWEEN ? AND ? "
        "ORDER BY rowid DESC LIMIT ?",
        (expression, lo, hi, n),
    )


def _mixed_ids(
    connection: Connection, query: CompiledQuery, lo: int, hi: int, want: int
) -> list[int]:
    """A query needing both tables: run the more selective one, test the rest on its text.

    CJK phrases are selective (drive with search_words, test substrings); otherwise the
    substring terms drive (search_tri) and the short terms are tested as word starts. The
    scan is capped at MIXED_SCAN rows so a query whose parts never meet stays bounded.
    """
    if query.has_cjk:
        table, expression = "search_words", str(query.words)

        def keep(text: str) -> bool:
            return all(part in text for part in query.substrings)

    else:
        table, expression = "search_tri", str(query.tri)

        def keep(text: str) -> bool:
            return all(pattern.search(text) for pattern in query.prefixes)

    result = _matches(connection, table, expression, lo, hi, MIXED_SCAN, "rowid, text")
    kept: list[int] = []
    try:
        while len(kept) < want and (block := result.fetchmany(200)):
            kept.extend(rowid for rowid, text in block if keep(text))
    finally:
        result.close()
    return kept[:want]


def find(connection: Connection, query: CompiledQuery, lo: int, hi: int, want: int) -> list[Any]:
    """(record_id, title, subtitle) of up to ``want`` newest matches in rowid range lo..hi."""
    if query.tri and query.words:
        ids = _mixed_ids(connection, query, lo, hi, want)
    else:
        table, expression = (
            ("search_tri", query.tri) if query.tri else ("search_words", query.words)
        )
        rows = _matches(connection, table, str(expression), lo, hi, want, "rowid")
        ids = [rowid for (rowid,) in rows]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    docs = connection.exec_driver_sql(
        f"SELECT record_id, title, subtitle FROM search_docs WHERE id IN ({marks}) "
        "ORDER BY id DESC",
        tuple(ids),
    )
    return list(docs)
