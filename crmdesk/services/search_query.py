"""Turning what a user typed into safe FTS5 expressions (see services.search).

Nothing the user types is ever passed to FTS5 as syntax: every term is wrapped in double
quotes (inner quotes doubled), so `"`, `a OR`, `*`, `(`, `-x` and `NEAR(` are plain text.
Terms are routed by shape, because no single tokenizer serves all of them:

- three or more characters (not CJK) -> `search_tri` (trigram): substring anywhere, also
  inside emails and phone numbers;
- something shaped like a phone number (only digits, spaces, + - ( ) . / and at least three
  digits, e.g. `+44 7700`, `(206) 311`, `0912 345`) -> `search_tri`, matched on its digits
  (or as typed, for numbers in notes): phones are indexed as digits only, not as typed;
- one or two characters -> `search_words` prefix query (`"ab"*`, served by prefix indexes):
  word starts of names, companies, titles, places and tags (emails and phone numbers are not
  in `search_words`: they need three characters);
- CJK runs -> `search_words` phrase of single characters (`"王 芳"`), since the indexed text
  has one token per CJK character and trigram cannot match two-character names.

A query needing both tables ("jan no") runs on one of them and tests its other terms on the
other table's text of each candidate, in Python: cheaper than a second FTS lookup per row.
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
PHONE_MIN_DIGITS = 3
_PHONE_SHAPE = re.compile(r"[0-9\s+\-()./]*")  # folded text: Persian digits are ASCII by then
_PHONE_TOKEN = re.compile(r"[0-9+\-()./]+")
_NOT_DIGITS = re.compile("[^0-9]")


@dataclass(frozen=True, slots=True)
class CompiledQuery:
    """FTS5 expressions for both tables (None when that table is not needed)."""

    tri: str | None
    words: str | None
    has_cjk: bool
    terms: tuple[str, ...]  # folded terms, for ranking titles
    substrings: tuple[tuple[str, ...], ...] = ()  # the trigram terms: any of each must be in
    prefixes: tuple[re.Pattern[str], ...] = ()  # the 1-2 character terms as word-start tests


def quote(term: str) -> str:
    """``term`` as an FTS5 string: literal text whatever it contains."""
    return '"' + term.replace('"', '""') + '"'


def phone_digits(folded: str) -> str | None:
    """The digits of folded text shaped like a phone number (only digits, spaces and
    + - ( ) . /, at least ``PHONE_MIN_DIGITS`` digits), else None. Search indexes a phone as
    its digits only, so such text is matched on its digits."""
    digits = _NOT_DIGITS.sub("", folded)
    return digits if is_phone_shaped(folded, digits) else None


def is_phone_shaped(folded: str, digits: str) -> bool:
    """``phone_digits(folded) is not None``, for a caller that has the digits already."""
    return len(digits) >= PHONE_MIN_DIGITS and _PHONE_SHAPE.fullmatch(folded) is not None


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


def _phone_runs(tokens: list[str]) -> list[tuple[list[str], str | None]]:
    """``tokens`` in order as (run, digits): a run of tokens that together look like a phone
    number carries its digits; every other token is a run of its own with None."""
    runs: list[tuple[list[str], str | None]] = []
    pending: list[str] = []

    def close() -> None:
        digits = phone_digits(" ".join(pending)) if pending else None
        if digits is not None:
            runs.append((pending[:], digits))
        else:
            runs.extend(([token], None) for token in pending)
        pending.clear()

    for token in tokens:
        if _PHONE_TOKEN.fullmatch(token):
            pending.append(token)
        else:
            close()
            runs.append(([token], None))
    close()
    return runs


class _Builder:
    """The parts of a CompiledQuery, collected term by term."""

    def __init__(self) -> None:
        self.tri: list[str] = []
        self.words: list[str] = []
        self.terms: list[str] = []
        self.substrings: list[tuple[str, ...]] = []
        self.prefixes: list[re.Pattern[str]] = []
        self.has_cjk = False

    def phone(self, tokens: list[str], digits: str) -> None:
        """A phone number: its digits, or the text as typed (a date or an amount in a note)."""
        typed = " ".join(tokens)
        forms = (digits,) if typed == digits else (digits, typed)
        alternatives = " OR ".join(map(quote, forms))
        self.tri.append(alternatives if len(forms) == 1 else f"({alternatives})")
        self.substrings.append(forms)
        for token in tokens:  # ranking looks at each term as before
            term = token if len(token) >= TRIGRAM_MIN else "".join(filter(str.isalnum, token))
            if term:
                self.terms.append(term)

    def term(self, term: str) -> None:
        cjk_runs, other_runs = _split_runs(term)
        for run in cjk_runs:
            self.has_cjk = True
            self.words.append(quote(" ".join(run)))
            self.terms.append(run)
        for run in other_runs:
            if len(run) >= TRIGRAM_MIN:
                self.tri.append(quote(run))
                self.terms.append(run)
                self.substrings.append((run,))
                continue
            letters = "".join(ch for ch in run if ch.isalnum())
            if letters:
                self.words.append(quote(letters) + "*")
                self.terms.append(letters)
                self.prefixes.append(re.compile(_WORD_START + re.escape(letters)))


def compile_query(query: str) -> CompiledQuery | None:
    """Safe FTS5 expressions for ``query``; None when nothing searchable is left."""
    built = _Builder()
    for tokens, digits in _phone_runs(fold(_UNSAFE.sub(" ", query)).split()):
        if digits is not None:
            built.phone(tokens, digits)
        else:
            built.term(tokens[0])
    if not built.tri and not built.words:
        return None
    return CompiledQuery(
        tri=" AND ".join(built.tri) or None,
        words=" AND ".join(built.words) or None,
        has_cjk=built.has_cjk,
        terms=tuple(built.terms),
        substrings=tuple(built.substrings),
        prefixes=tuple(built.prefixes),
    )


def _matches(connection: Connection, table: str, expression: str, lo: int, hi: int, n: int) -> Any:
    """The rowids of the newest ``n`` matches of ``expression`` in rowid range lo..hi.

    FTS5 walks its doclists in rowid order and stops at LIMIT: no ranking of the whole match
    set, so a two-letter query over a million records costs what twenty hits cost.
    """
    return connection.exec_driver_sql(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid BETWEEN ? AND ? "
        "ORDER BY rowid DESC LIMIT ?",
        (expression, lo, hi, n),
    )


def _mixed_ids(
    connection: Connection, query: CompiledQuery, lo: int, hi: int, want: int
) -> list[int]:
    """A query needing both tables: run the more selective one, test the rest on the text of
    the other table (what that table would have matched).

    CJK phrases are selective (drive with search_words, test substrings on search_tri's
    text); otherwise the substring terms drive (search_tri) and the short terms are tested as
    word starts on search_words' text. The scan is capped at MIXED_SCAN rows so a query whose
    parts never meet stays bounded.
    """
    if query.has_cjk:
        table, other, expression = "search_words", "search_tri", str(query.words)

        def keep(text: str) -> bool:
            return all(any(form in text for form in forms) for forms in query.substrings)

    else:
        table, other, expression = "search_tri", "search_words", str(query.tri)

        def keep(text: str) -> bool:
            return all(pattern.search(text) for pattern in query.prefixes)

    result = connection.exec_driver_sql(
        f"SELECT {table}.rowid, other.text FROM {table} "
        f"JOIN {other} AS other ON other.rowid = {table}.rowid "
        f"WHERE {table} MATCH ? AND {table}.rowid BETWEEN ? AND ? "
        f"ORDER BY {table}.rowid DESC LIMIT ?",
        (expression, lo, hi, MIXED_SCAN),
    )
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
        rows = _matches(connection, table, str(expression), lo, hi, want)
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
