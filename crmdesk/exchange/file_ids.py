"""Record ids in exported files, tied to the crmdesk file they came from: "<file tag>-<id>".

Every export carries each record's id (xlsx/csv: the hidden "crmdesk id" column; vCard:
X-CRMDESK-ID) so that importing it back updates those records instead of copying them. A bare
number would name a record of ANY file: importing a colleague's export would overwrite
whichever of your records have the same numbers. So an id is written with its file's tag, the
first ``TAG_LENGTH`` hex digits of the file's random identity (``settings.file_identity``),
and an import takes an id for one of its records only when the tag is its own file's. Anything
else in the column (another file's tag, a bare number, other text) cannot be trusted: the row
is matched as a row of any spreadsheet would be, and the plan says so once (``OwnIds``).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from crmdesk.services import settings

#: Hex digits of the identity an id carries: 2**32 tags, enough to tell files apart.
TAG_LENGTH = 8
FIELD = "record_id"  # the import field of the id column
_FOREIGN = "This file was exported from another crmdesk file: its ids are ignored and rows"
#: Per entity: what the plan says when rows carry ids that are not this file's.
FOREIGN_WARNINGS = {
    "contacts": f"{_FOREIGN} are matched by email, phone and name.",
    "companies": f"{_FOREIGN} are matched by name.",
    "orders": f"{_FOREIGN} are matched by order number.",
    "deals": f"{_FOREIGN} are imported as new deals.",
    "tickets": f"{_FOREIGN} are imported as new tickets with numbers of this file.",
}


def file_tag(session: Session) -> str | None:
    """This file's tag; None only for a file without identity (damaged settings). Reads only."""
    identity = settings.file_identity(session)
    return identity[:TAG_LENGTH] if identity else None


def tagged(tag: str | None, record_id: int) -> str | None:
    """The id an export writes for ``record_id``; None (no id: its rows re-import by their
    content) when the file has no tag, as an untagged number could match any file's record."""
    return None if tag is None else f"{tag}-{record_id}"


class OwnIds:
    """The ids of an import's rows that are records of this file (tag ``tag``), and whether
    some row carried an id that is not (``warning``)."""

    def __init__(self, tag: str | None) -> None:
        self._prefix = f"{tag}-" if tag else None
        self.foreign = 0  # rows whose id was not this file's

    def own(self, value: object) -> int | None:
        """The record id in an id cell (text) when it is this file's; None otherwise."""
        if value is None:
            return None
        prefix = self._prefix
        if prefix is not None and isinstance(value, str) and value.startswith(prefix):
            number = value[len(prefix) :]
            if number.isascii() and number.isdigit() and number[0] != "0":
                return int(number)
        self.foreign += 1
        return None

    def warning(self, entity: str) -> str | None:
        """The plan's one warning when some row's id was another file's (or no crmdesk id)."""
        return FOREIGN_WARNINGS[entity] if self.foreign else None
