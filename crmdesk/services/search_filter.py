"""The search index as a list filter: "records of one kind whose text matches", in SQL.

A list's text box must stay fast at 1,000,000 rows, where `LIKE '%q%'` reads every row.
The FTS tables hold the same folded text that Ctrl+K searches (names, emails, phones,
company, city, tags), so a filter here finds what search finds. Records in the trash are
not indexed: trash views filter with LIKE instead.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Integer, column, text

from crmdesk.services.search import id_range
from crmdesk.services.search_query import compile_query

_TABLES = (("search_tri", "tri"), ("search_words", "words"))


def text_matches(id_column: Any, entity: str, query: str) -> list[ColumnElement[bool]]:
    """Conditions on ``id_column`` that keep records of ``entity`` matching ``query``.

    Empty when the query has nothing searchable (e.g. only punctuation): the caller then
    filters nothing, like an empty box.
    """
    compiled = compile_query(query)
    if compiled is None:
        return []
    base, last = id_range(entity)
    conditions: list[ColumnElement[bool]] = []
    for table, attribute in _TABLES:
        expression = getattr(compiled, attribute)
        if not expression:
            continue
        matching = (
            text(
                f"SELECT rowid - :{attribute}_base AS id FROM {table} "
                f"WHERE {table} MATCH :{attribute}_expr "
                f"AND rowid BETWEEN :{attribute}_lo AND :{attribute}_hi"
            )
            .bindparams(
                **{
                    f"{attribute}_base": base,
                    f"{attribute}_expr": expression,
                    f"{attribute}_lo": base + 1,
                    f"{attribute}_hi": last,
                }
            )
            .columns(column("id", Integer))
        )
        conditions.append(id_column.in_(matching))
    return conditions
