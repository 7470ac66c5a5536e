"""What a valid row does: create, update, skip; the duplicate policy applied to a match.

Shared by contacts and companies (orders decide by order number, see ``orders``). A row
carrying a crmdesk id of an existing record of this file (``file_ids``) IS that record: "skip"
leaves it, "update" and "create" update it with every value the row has (the file is our own
export, edited), never a copy. Other matches follow the policy: "skip" leaves the record,
"update" fills it (or overwrites, ``UpdateMode.OVERWRITE``), "create" makes a new record anyway
(with a warning).
Two rows of one file that match each other: the later one is skipped ("skip"), folded into
the earlier one ("update": its empty fields are filled, its new emails/phones/tags added), or
created ("create").
"""

from __future__ import annotations

from typing import Protocol

from crmdesk.domain.validation import email_match_key
from crmdesk.exchange.importing.cells import Parsed
from crmdesk.exchange.importing.matching import Match
from crmdesk.exchange.importing.model import (
    WARNING,
    Draft,
    DuplicatePolicy,
    PlannedRow,
    Problem,
    RowAction,
    UpdateMode,
)

_WHY = {"id": "same crmdesk id", "email": "same email", "phone": "same phone", "name": "same name"}


class Index(Protocol):
    def find(self, draft: Draft, record_id: int | None) -> Match | None: ...
    def remember(self, draft: Draft, row: int) -> None: ...
    def near(self, draft: Draft) -> tuple[int, ...]: ...
    def describe(self, record_id: int) -> str: ...


class Decider:
    """Applies the policy row by row, remembering what earlier rows became."""

    def __init__(self, index: Index, policy: DuplicatePolicy, mode: UpdateMode) -> None:
        self.index = index
        self.policy = policy
        self.mode = mode
        #: row number -> planned row (creates/updates), for folding later rows into them:
        #: kept only under "update" (the one policy that folds; 100,000 rows are ~5 MB).
        self.rows: dict[int, PlannedRow] = {}
        self._folding = policy is DuplicatePolicy.UPDATE
        self.updating: dict[int, PlannedRow] = {}  # record id -> the row that updates it
        self._possible: dict[tuple[int, ...], str] = {}

    def decide(self, parsed: Parsed, draft: Draft, record_id: int | None) -> PlannedRow:
        planned = PlannedRow(parsed.row, RowAction.CREATE, draft, parsed.problems)
        match = self.index.find(draft, record_id)
        if match is None:
            self._create(planned)
        elif match.record_id is not None:
            self._existing(planned, match)
        else:
            self._earlier_row(planned, match)
        return planned

    def _create(self, planned: PlannedRow, *, near: bool = True) -> None:
        assert planned.draft is not None
        planned.action = RowAction.CREATE
        if near:
            possible = self.index.near(planned.draft)
            if possible:
                planned.possible = possible
                planned.problems.append(_warning(planned, self._possible_text(possible)))
        self.index.remember(planned.draft, planned.row)
        if self._folding:
            self.rows[planned.row] = planned

    def _possible_text(self, possible: tuple[int, ...]) -> str:
        """One string per set of near matches (common names repeat down a file)."""
        text = self._possible.get(possible)
        if text is None:
            names = ", ".join(self.index.describe(i) for i in possible)
            text = f"Possible duplicate of {names}: created as a new record."
            self._possible[possible] = text
        return text

    def _existing(self, planned: PlannedRow, match: Match) -> None:
        assert match.record_id is not None and planned.draft is not None
        target = match.record_id
        planned.target_id, planned.match = target, match.how
        described = f"{self.index.describe(target)} ({_WHY[match.how]})"
        if self.policy is DuplicatePolicy.SKIP:
            planned.action, planned.note = RowAction.SKIP, f"Duplicate of {described}."
            return
        if self.policy is DuplicatePolicy.CREATE and match.how != "id":
            planned.target_id = None
            planned.problems.append(_warning(planned, f"Duplicate of {described}: created anyway."))
            self._create(planned, near=False)
            return
        planned.action, planned.note = RowAction.UPDATE, f"Updates {described}."
        planned.overwrite = match.how == "id" or self.mode is UpdateMode.OVERWRITE
        earlier = self.updating.get(target)
        if earlier is not None and earlier.draft is not None:
            fill_draft(earlier.draft, planned.draft, overwrite=planned.overwrite)
            planned.merged_into, planned.draft = earlier.row, None
        else:
            self.updating[target] = planned
            self.rows[planned.row] = planned

    def _earlier_row(self, planned: PlannedRow, match: Match) -> None:
        assert match.row is not None and planned.draft is not None
        planned.target_row, planned.match = match.row, match.how
        if self.policy is DuplicatePolicy.CREATE:
            planned.problems.append(
                _warning(planned, f"Same as row {match.row} ({_WHY[match.how]}): created anyway.")
            )
            self._create(planned, near=False)
            return
        if self.policy is DuplicatePolicy.SKIP:
            planned.action = RowAction.SKIP
            planned.note = f"Duplicate of row {match.row} ({_WHY[match.how]})."
            return
        earlier = self.rows.get(match.row)
        if earlier is None or earlier.draft is None:  # pragma: no cover - rows are remembered
            planned.action, planned.note = RowAction.SKIP, f"Duplicate of row {match.row}."
            return
        fill_draft(earlier.draft, planned.draft, overwrite=self.mode is UpdateMode.OVERWRITE)
        planned.action, planned.merged_into, planned.draft = RowAction.UPDATE, earlier.row, None
        planned.note = f"Merged into row {match.row} ({_WHY[match.how]})."


def _warning(planned: PlannedRow, message: str) -> Problem:
    return Problem(planned.row, "", message, WARNING)


def fill_draft(primary: Draft, extra: Draft, *, overwrite: bool) -> None:
    """Fold a later row into an earlier draft of the same record (in memory)."""
    for name, value in extra.values.items():
        if value in (None, "") or name in ("full_name", "sort_name", "name", "name_order"):
            continue
        if overwrite or primary.values.get(name) in (None, ""):
            primary.values[name] = value
    known = {email_match_key(email) for _, email in primary.emails}
    primary.emails += [item for item in extra.emails if email_match_key(item[1]) not in known]
    phones = {e164 or raw for _, raw, e164 in primary.phones}
    primary.phones += [item for item in extra.phones if (item[2] or item[1]) not in phones]
    if not primary.addresses or overwrite:
        primary.addresses = primary.addresses or extra.addresses
    folded = {tag.casefold() for tag in primary.tags}
    primary.tags += [tag for tag in extra.tags if tag.casefold() not in folded]
    for key, value in extra.custom.items():
        if overwrite or key not in primary.custom:
            primary.custom[key] = value
    if extra.company and (overwrite or not primary.company):
        primary.company = extra.company
