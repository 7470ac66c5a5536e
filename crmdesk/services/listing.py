"""Building blocks shared by the record lists (contacts, companies): filter, sort and page in SQL.

Each list module describes its own columns; these helpers keep the common SQL in one place so
that "text contains", "has tag", "first email" and the criteria <-> segment round trip behave the
same in every list.
"""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from typing import Any, Self

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute

from crmdesk.db.models import Tag
from crmdesk.domain.text import fold


class Criteria:
    """Mixin for frozen filter dataclasses: save as a segment's JSON and read back."""

    def to_criteria(self) -> dict[str, Any]:
        """A JSON-safe dict of the non-empty values, for saving as a segment."""
        values = {f.name: getattr(self, f.name) for f in dataclass_fields(self)}  # type: ignore[arg-type]
        return {k: v for k, v in values.items() if v not in (None, "", {}, False)}

    @classmethod
    def from_criteria(cls, data: dict[str, Any]) -> Self:
        """The filter saved in ``data``; keys this filter does not know are ignored."""
        names = {f.name for f in dataclass_fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


def like_pattern(text: str) -> str:
    """A LIKE pattern (escape ``\\``) matching folded text that contains ``text``."""
    folded = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{folded}%"


def first_value(
    value: InstrumentedAttribute[Any],
    owner: ColumnElement[bool],
    position: InstrumentedAttribute[int],
) -> Any:
    """Correlated subquery: ``value`` of the first row (by ``position``) matching ``owner``."""
    return select(value).where(owner).order_by(position).limit(1).scalar_subquery()


def has_tag(
    record_id: InstrumentedAttribute[int],
    link_record_id: InstrumentedAttribute[int],
    link_tag_id: InstrumentedAttribute[int],
    name: str,
) -> ColumnElement[bool]:
    """``record_id IN`` the records linked to the tag whose folded name is ``name``.

    Written as IN, not EXISTS, so SQLite starts from the tag's links (an index range) and
    looks the few records up, instead of testing every record: a count of 50,000 tagged
    contacts among 1,000,000 takes milliseconds instead of seconds.
    """
    tagged = select(link_record_id).join(Tag, Tag.id == link_tag_id).where(Tag.folded == fold(name))
    return record_id.in_(tagged)


def order_by(key: Any, record_id: InstrumentedAttribute[int], *, descending: bool) -> list[Any]:
    """ORDER BY key then id (a stable order, so pages never repeat or skip rows)."""
    return [key.desc(), record_id.desc()] if descending else [key.asc(), record_id.asc()]
