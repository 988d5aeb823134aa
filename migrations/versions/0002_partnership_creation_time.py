"""partnership creation time, so "the first partnership" means the oldest

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 20:32:28.779463

"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('partnerships', schema=None) as batch_op:
        # Existing partnerships take the time of the upgrade.
        batch_op.add_column(sa.Column(
            'created_at', sa.DateTime(timezone=True), nullable=False,
            server_default=sa.func.now(),
        ))


def downgrade():
    with op.batch_alter_table('partnerships', schema=None) as batch_op:
        batch_op.drop_column('created_at')
