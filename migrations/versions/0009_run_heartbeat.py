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


def upgrade():
    with op.batch_alter_table("analysis_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    with op.batch_alter_table("analysis_runs", schema=None) as batch_op:
        batch_op.drop_column("heartbeat_at")
