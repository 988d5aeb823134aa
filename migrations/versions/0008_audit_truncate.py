"""audit log: the database refuses TRUNCATE too

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 10:10:00

"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade():
    # SQLite has no TRUNCATE; its UPDATE and DELETE triggers already cover it.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TRIGGER audit_events_not_truncated BEFORE TRUNCATE ON audit_events "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_events_are_kept()"
        )


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_events_not_truncated ON audit_events")
