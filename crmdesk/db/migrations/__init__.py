"""Alembic migration scripts for the crmdesk file, loaded by path (see crmdesk.db.migrate)."""
