"""published versions keep the survey details respondents saw; FFT questions in one series

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 04:30:00

"""
import json

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

DETAILS = ("title", "introduction", "thank_you", "layout", "languages", "translations")


def upgrade():
    with op.batch_alter_table('survey_versions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('details', sa.JSON(), nullable=True))

    # Versions published before now showed the survey's details as they are today.
    connection = op.get_bind()
    surveys = sa.table(
        'surveys',
        sa.column('id', sa.Uuid()),
        *(sa.column(key, sa.JSON() if key in ('languages', 'translations') else sa.Text())
          for key in DETAILS),
    )
    versions = sa.table(
        'survey_versions',
        sa.column('survey_id', sa.Uuid()),
        sa.column('published_on', sa.Date()),
        sa.column('details', sa.JSON()),
    )
    for row in connection.execute(sa.select(surveys)).mappings():
        details = json.loads(json.dumps({key: row[key] for key in DETAILS}))
        connection.execute(
            versions.update()
            .where(versions.c.survey_id == row['id'], versions.c.published_on.is_not(None))
            .values(details=details)
        )
    # FFT questions stored before series existed are the national question.
    connection.execute(sa.text(
        "UPDATE questions SET series = 'fft' WHERE type = 'fft' AND series = ''"
    ))


def downgrade():
    with op.batch_alter_table('survey_versions', schema=None) as batch_op:
        batch_op.drop_column('details')
