"""survey builder: question bank, branching, translations, layouts, channel names, assistance

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 03:30:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('question_bank_items',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('partnership_id', sa.Uuid(), nullable=True),
    sa.Column('group', sa.String(length=20), nullable=False),
    sa.Column('code', sa.String(length=80), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('hint', sa.Text(), nullable=False),
    sa.Column('choices', sa.JSON(), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('translations', sa.JSON(), nullable=False),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('superseded', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnerships.id'], name=op.f('fk_question_bank_items_partnership_id_partnerships')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_question_bank_items')),
    sa.UniqueConstraint('partnership_id', 'code', 'version', name=op.f('uq_question_bank_items_partnership_id_code_version'))
    )
    with op.batch_alter_table('question_bank_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_question_bank_items_partnership_id'), ['partnership_id'], unique=False)

    with op.batch_alter_table('surveys', schema=None) as batch_op:
        batch_op.add_column(sa.Column('thank_you', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('layout', sa.String(length=10), nullable=False, server_default='all'))
        batch_op.add_column(sa.Column('translations', sa.JSON(), nullable=False, server_default='{}'))

    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('settings', sa.JSON(), nullable=False, server_default='{}'))
        batch_op.add_column(sa.Column('show_if', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('translations', sa.JSON(), nullable=False, server_default='{}'))
        batch_op.add_column(sa.Column('bank_item_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('series', sa.String(length=64), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_questions_series'), ['series'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_questions_bank_item_id_question_bank_items'), 'question_bank_items', ['bank_item_id'], ['id'])

    with op.batch_alter_table('channels', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name', sa.String(length=200), nullable=False, server_default=''))

    with op.batch_alter_table('responses', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assisted', sa.String(length=12), nullable=True))


def downgrade():
    with op.batch_alter_table('responses', schema=None) as batch_op:
        batch_op.drop_column('assisted')

    with op.batch_alter_table('channels', schema=None) as batch_op:
        batch_op.drop_column('name')

    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_questions_bank_item_id_question_bank_items'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_questions_series'))
        batch_op.drop_column('series')
        batch_op.drop_column('bank_item_id')
        batch_op.drop_column('translations')
        batch_op.drop_column('show_if')
        batch_op.drop_column('settings')

    with op.batch_alter_table('surveys', schema=None) as batch_op:
        batch_op.drop_column('translations')
        batch_op.drop_column('layout')
        batch_op.drop_column('thank_you')

    with op.batch_alter_table('question_bank_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_question_bank_items_partnership_id'))

    op.drop_table('question_bank_items')
