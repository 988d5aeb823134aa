"""Every migration upgrades an empty database to head and back to base, with data in it."""

from __future__ import annotations

import json
import os
import uuid

import pytest
from flask_migrate import downgrade, upgrade
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from feedback import create_app
from tests.conftest import TEST_DATABASE_URL

MIGRATIONS = os.path.join(os.path.dirname(__file__), "..", "..", "migrations")


@pytest.fixture
def postgres_url() -> str:
    """A throwaway PostgreSQL database beside the test one."""
    name = f"migrations_{uuid.uuid4().hex[:8]}"
    admin = create_engine(TEST_DATABASE_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(TEST_DATABASE_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'migrations.db'}"


def insert_sample_rows(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        partnership = uuid.uuid4()
        connection.execute(
            text("INSERT INTO partnerships (id, slug, name) VALUES (:id, 'p', 'P')"),
            {"id": partnership.hex if url.startswith("sqlite") else partnership},
        )
    engine.dispose()


def tables(url: str) -> set[str]:
    engine = create_engine(url)
    names = set(inspect(engine).get_table_names()) - {"alembic_version"}
    engine.dispose()
    return names


def app_on(url: str, tmp_path):
    config = {"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "migration-test"}
    return create_app(config, instance_path=tmp_path)


@pytest.mark.parametrize("database", ["sqlite_url", "postgres_url"])
def test_upgrade_to_head_and_downgrade_to_base_with_data(database, request, tmp_path):
    url = request.getfixturevalue(database)
    with app_on(url, tmp_path).app_context():
        upgrade(directory=MIGRATIONS)
        assert {"responses", "answers", "themes", "theme_assignments"} <= tables(url)
        insert_sample_rows(url)
        downgrade(directory=MIGRATIONS, revision="base")
        assert tables(url) == set()
        upgrade(directory=MIGRATIONS)
        from feedback.extensions import db

        db.engine.dispose()


@pytest.mark.parametrize("database", ["sqlite_url", "postgres_url"])
def test_stepping_down_to_the_first_migration_keeps_the_themes_and_their_runs(
    database, request, tmp_path
):
    # On SQLite a migration that rebuilds a table, with foreign keys on, would take the
    # rows that point at it (a partnership's themes, a run's themes) with it, or fail.
    url = request.getfixturevalue(database)
    with app_on(url, tmp_path).app_context():
        from feedback.extensions import db
        from feedback.models import AnalysisRun, Partnership, Theme

        upgrade(directory=MIGRATIONS)
        partnership = Partnership(slug="p", name="P")
        db.session.add(partnership)
        db.session.flush()
        run = AnalysisRun(partnership_id=partnership.id, scope="partnership:p", status="succeeded")
        db.session.add(run)
        db.session.flush()
        db.session.add(
            Theme(
                partnership_id=partnership.id,
                scope="partnership:p",
                last_run_id=run.id,
                label="Parking",
            )
        )
        db.session.commit()
        db.session.remove()
        downgrade(directory=MIGRATIONS, revision="0001")
        engine = create_engine(url)
        with engine.connect() as connection:
            for table in ("partnerships", "analysis_runs", "themes"):
                assert connection.scalar(text(f"SELECT count(*) FROM {table}")) == 1, table  # noqa: S608
        engine.dispose()
        db.engine.dispose()


@pytest.mark.parametrize("database", ["sqlite_url", "postgres_url"])
def test_the_migrations_build_exactly_the_schema_the_models_describe(database, request, tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from feedback.extensions import db

    url = request.getfixturevalue(database)
    with app_on(url, tmp_path).app_context():
        upgrade(directory=MIGRATIONS)
        with db.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "render_as_batch": True}
            )
            differences = compare_metadata(context, db.metadata)
        db.engine.dispose()
    assert differences == [], "a model change needs a migration: flask --app wsgi db migrate"


@pytest.mark.parametrize("database", ["sqlite_url", "postgres_url"])
def test_published_versions_keep_the_details_their_respondents_saw(database, request, tmp_path):
    """Migration 0005 freezes each published version's title, messages and languages, and
    puts FFT questions stored before series existed into the FFT series."""
    url = request.getfixturevalue(database)
    ids = {name: uuid.uuid4() for name in ("partnership", "survey", "v1", "v2", "q1", "q2")}
    as_stored = {k: v.hex if url.startswith("sqlite") else v for k, v in ids.items()}
    with app_on(url, tmp_path).app_context():
        upgrade(directory=MIGRATIONS, revision="0004")
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(
                text("INSERT INTO partnerships (id, slug, name) VALUES (:partnership, 'p', 'P')"),
                as_stored,
            )
            connection.execute(
                text(
                    "INSERT INTO surveys (id, partnership_id, slug, title, introduction,"
                    " audience, status, anonymity_mode, languages, thank_you, layout,"
                    " translations) VALUES (:survey, :partnership, 's', 'Ward 7', 'Hello',"
                    " 'patients', 'open', 'anonymous', '[\"en\", \"cy\"]', 'Diolch', 'one',"
                    ' \'{"cy": {"title": "Ward 7 (cy)"}}\')'
                ),
                as_stored,
            )
            connection.execute(
                text(
                    "INSERT INTO survey_versions (id, survey_id, number, published_on) VALUES"
                    " (:v1, :survey, 1, '2026-01-05'), (:v2, :survey, 2, NULL)"
                ),
                as_stored,
            )
            for question, version in (("q1", "v1"), ("q2", "v2")):
                connection.execute(
                    text(
                        "INSERT INTO questions (id, version_id, position, code, type, text,"
                        " hint, required, choices, settings, translations) VALUES"
                        " (:id, :version, 0, 'fft', 'fft', 'Overall?', '', true, '[]', '{}',"
                        " '{}')"
                    ),
                    {"id": as_stored[question], "version": as_stored[version]},
                )
        upgrade(directory=MIGRATIONS, revision="0005")
        with engine.connect() as connection:
            details = dict(
                connection.execute(text("SELECT number, details FROM survey_versions")).all()
            )
            series = set(connection.execute(text("SELECT series FROM questions")).scalars())
        engine.dispose()
        from feedback.extensions import db

        db.engine.dispose()
    frozen = details[1] if isinstance(details[1], dict) else json.loads(details[1])
    assert frozen == {
        "title": "Ward 7",
        "introduction": "Hello",
        "thank_you": "Diolch",
        "layout": "one",
        "languages": ["en", "cy"],
        "translations": {"cy": {"title": "Ward 7 (cy)"}},
    }
    assert details[2] is None  # a draft shows the survey's details as they are
    assert series == {"fft"}
