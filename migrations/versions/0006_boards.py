"""boards: actions, curation, glossary, receipts, local labels, thresholds

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 05:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('glossary_terms',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('partnership_id', sa.Uuid(), nullable=False),
    sa.Column('term', sa.String(length=120), nullable=False),
    sa.Column('meaning', sa.Text(), nullable=False),
    sa.Column('sector_terms', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnerships.id'], name=op.f('fk_glossary_terms_partnership_id_partnerships')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_glossary_terms')),
    sa.UniqueConstraint('partnership_id', 'term', name=op.f('uq_glossary_terms_partnership_id_term'))
    )
    with op.batch_alter_table('glossary_terms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_glossary_terms_partnership_id'), ['partnership_id'], unique=False)

    op.create_table('actions',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('partnership_id', sa.Uuid(), nullable=False),
    sa.Column('theme_id', sa.Uuid(), nullable=False),
    sa.Column('organisation_id', sa.Uuid(), nullable=True),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('created_on', sa.Date(), nullable=False),
    sa.Column('updated_on', sa.Date(), nullable=False),
    sa.Column('created_by_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_actions_created_by_id_users')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_actions_organisation_id_organisations')),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnerships.id'], name=op.f('fk_actions_partnership_id_partnerships')),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_actions_theme_id_themes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actions'))
    )
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actions_partnership_id'), ['partnership_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actions_theme_id'), ['theme_id'], unique=False)

    op.create_table('theme_curations',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('partnership_id', sa.Uuid(), nullable=False),
    sa.Column('answer_id', sa.Uuid(), nullable=False),
    sa.Column('theme_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('user_id', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['answer_id'], ['answers.id'], name=op.f('fk_theme_curations_answer_id_answers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partnership_id'], ['partnerships.id'], name=op.f('fk_theme_curations_partnership_id_partnerships')),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_theme_curations_theme_id_themes')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_theme_curations_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_theme_curations')),
    sa.UniqueConstraint('answer_id', 'theme_id', 'kind', name=op.f('uq_theme_curations_answer_id_theme_id_kind'))
    )
    with op.batch_alter_table('theme_curations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_theme_curations_answer_id'), ['answer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_theme_curations_partnership_id'), ['partnership_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_theme_curations_theme_id'), ['theme_id'], unique=False)

    with op.batch_alter_table('partnerships', schema=None) as batch_op:
        batch_op.add_column(sa.Column('suppression_threshold', sa.Integer(), nullable=True))

    with op.batch_alter_table('responses', schema=None) as batch_op:
        batch_op.add_column(sa.Column('receipt', sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_responses_receipt'), ['receipt'])

    with op.batch_alter_table('themes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('local_labels', sa.JSON(), nullable=False, server_default='{}'))
        batch_op.add_column(sa.Column('curated', sa.Boolean(), nullable=False, server_default=sa.false()))



def downgrade():
    with op.batch_alter_table('themes', schema=None) as batch_op:
        batch_op.drop_column('curated')
        batch_op.drop_column('local_labels')

    with op.batch_alter_table('responses', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_responses_receipt'), type_='unique')
        batch_op.drop_column('receipt')

    with op.batch_alter_table('partnerships', schema=None) as batch_op:
        batch_op.drop_column('suppression_threshold')

    with op.batch_alter_table('theme_curations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_theme_curations_theme_id'))
        batch_op.drop_index(batch_op.f('ix_theme_curations_partnership_id'))
        batch_op.drop_index(batch_op.f('ix_theme_curations_answer_id'))

    op.drop_table('theme_curations')
    with op.batch_alter_table('actions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actions_theme_id'))
        batch_op.drop_index(batch_op.f('ix_actions_partnership_id'))

    op.drop_table('actions')
    with op.batch_alter_table('glossary_terms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_glossary_terms_partnership_id'))

    op.drop_table('glossary_terms')
