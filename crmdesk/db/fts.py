"""Full-text tables for search. Created with the schema (DDL events) and by migrations.

Two FTS5 tables index the folded text of each `search_docs` row (rowid = its id):
- `search_tri` (trigram): substring search for queries of three characters or more,
  including inside emails and phone numbers (as digits);
- `search_words` (unicode61, prefix indexes 1 and 2): prefix search for one- and two-character
  queries, and CJK text, which we write one character per token so that a two-character
  Chinese name is found as a phrase of two tokens (trigram cannot match it). It holds the
  text without emails and phone numbers (files indexed before that still have them there).
"""

from __future__ import annotations

from sqlalchemy import DDL, event

from crmdesk.db.models import Base

CREATE_STATEMENTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_tri USING fts5(text, tokenize='trigram')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_words USING fts5("
    "text, tokenize='unicode61 remove_diacritics 0', prefix='1 2')",
)
DROP_STATEMENTS = (
    "DROP TABLE IF EXISTS search_tri",
    "DROP TABLE IF EXISTS search_words",
)

for _statement in CREATE_STATEMENTS:
    event.listen(Base.metadata, "after_create", DDL(_statement))  # type: ignore[no-untyped-call]
for _statement in DROP_STATEMENTS:
    event.listen(Base.metadata, "before_drop", DDL(_statement))  # type: ignore[no-untyped-call]
