"""The file's identity: a random id in its settings ("file_identity"), no schema change.

Revision ID: 0003
Revises: 0002

Exports write record ids as "<file tag>-<id>" (the tag is the identity's first 8 hex digits)
and an import matches by id only ids of its own file, so a colleague's export can never
overwrite the records that happen to have the same numbers here. Exports only read it (in
read-only transactions), so every file must have it: files created by this version get it from
the open gate, older files from this revision; both call crmdesk.db.seed.seed_file_identity,
which keeps an identity the file already has.
"""

from __future__ import annotations

from alembic import op

from crmdesk.db import seed

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    seed.seed_file_identity(op.get_bind())


def downgrade() -> None:
    # Kept: upgrading again must give the file the same identity, or the ids in the exports
    # it made in between would no longer match its records.
    pass
