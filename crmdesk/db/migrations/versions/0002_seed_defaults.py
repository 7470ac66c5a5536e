"""Default content: settings (region empty = ask, currency EUR) and the Sales pipeline.

Revision ID: 0002
Revises: 0001

Files created by this version get the same content from the open gate (create_all path); both
call crmdesk.db.seed.seed_defaults, which only adds what is missing, so a file whose user
already set a currency or made a pipeline keeps them.
"""

from __future__ import annotations

from alembic import op

from crmdesk.db import seed

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    seed.seed_defaults(op.get_bind())


def downgrade() -> None:
    # Seeded rows may be in use (deals in its stages, edited settings): leave the data as is.
    pass
