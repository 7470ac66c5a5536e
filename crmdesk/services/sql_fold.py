"""`crm_fold(text)` in SQL: the same folding as domain.text.fold, for filters over columns that
have no folded copy (deal titles, ticket subjects). It runs Python per row, so it suits lists
of thousands (a board, the tickets), not the million-row contact list (which has sort_name).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, func
from sqlalchemy.orm import Session

from crmdesk.domain.text import fold

FUNCTION_NAME = "crm_fold"


@lru_cache(maxsize=200_000)
def _fold_or_empty(text: Any) -> str:
    """Cached: list filters re-run on every keystroke and page over the same few thousand rows."""
    return fold(str(text)) if text else ""


def register_fold(session: Session) -> None:
    """Make `crm_fold` available on this session's connection (idempotent)."""
    raw: Any = session.connection().connection.driver_connection
    raw.create_function(FUNCTION_NAME, 1, _fold_or_empty, deterministic=True)


def folded(session: Session, expression: Any) -> ColumnElement[str]:
    """``expression`` folded in SQL (registers the function first)."""
    register_fold(session)
    result: ColumnElement[str] = getattr(func, FUNCTION_NAME)(expression)
    return result
