"""analysis runs: a heartbeat, so a run whose process ended is seen as failed

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 10:40:00

"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


# Plain ALTER TABLE on both databases (SQLite has had DROP COLUMN since 3.35): rebuilding
# analysis_runs on SQLite, with foreign keys on, would take its themes' rows with it.


def upgrade():
    op.add_column("analysis_runs", sa.Column("heartbeat_at", sa.DateTime(timezone=True)))


def downgrade():
    op.drop_column("analysis_runs", "heartbeat_at")
