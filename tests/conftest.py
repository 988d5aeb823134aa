"""Shared fixtures: the app on real PostgreSQL, a clean database per test, page helpers."""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import create_engine, text

from feedback import create_app
from feedback.config import DEFAULT_TEST_DATABASE_URL
from feedback.extensions import db as _db
from feedback.models import Membership, Partnership, User
from feedback.services.accounts import hash_password

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL", DEFAULT_TEST_DATABASE_URL)
MODEL_CACHE = os.path.normpath(
    os.path.join(os.path.dirname(__file__), "..", "instance", "model-cache")
)
# The sentence model of the app under test (the packaged all-MiniLM-L6-v2), and its name.
TEST_MODEL, TEST_MODEL_NAME = "minilm", "all-MiniLM-L6-v2"
# The sentence model the quality tests of tests/analysis measure: the suite's, or with
# QUALITY_MODEL=mpnet the default (`make test-default-model`; minutes more on a processor
# without bfloat16). The default model's figures in docs/analysis.md come from benchmarks/.
QUALITY_MODEL = os.environ.get("QUALITY_MODEL", TEST_MODEL)
PASSWORD = "a long test passphrase"


def reset_schema(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


class FreshContextClient(FlaskClient):
    """Each request gets its own app context (and so its own `g` and session), as in production.

    Without this a request would reuse the app context the test holds open.
    """

    def open(self, *args, **kwargs):
        with self.application.app_context():
            return super().open(*args, **kwargs)


@pytest.fixture(scope="session")
def app(tmp_path_factory) -> Iterator[Flask]:
    from flask_migrate import upgrade

    reset_schema(TEST_DATABASE_URL)
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": TEST_DATABASE_URL,
            "TESTING": True,
            "SECRET_KEY": "test-only-" + uuid.uuid4().hex,
            # Background jobs run straight after the request's commit, so tests see them.
            "JOBS": "inline",
            # The suite signs in hundreds of times from one address. The limits are tested
            # on apps of their own, with limiting on.
            "RATE_LIMITS": False,
            # The model's vectors of the engine's own examples are the same in every run.
            "MODEL_CACHE": MODEL_CACHE,
            # The app under test reads answers with the small packaged model: several times
            # as fast as the default on a processor without bfloat16. The default model's
            # quality is measured on its own in tests/analysis.
            "THEME_MODEL": TEST_MODEL,
            # The suite signs in thousands of times: argon2's cheapest costs, not 64 MiB and
            # a sixth of a second each (tests/auth/test_password_policy.py holds the real ones).
            "PASSWORD_HASHING": "cheapest",
        },
        instance_path=str(tmp_path_factory.mktemp("instance")),
    )
    app.test_client_class = FreshContextClient
    with app.app_context():
        upgrade(directory=os.path.join(app.root_path, "..", "migrations"))
    yield app
    with app.app_context():
        _db.session.remove()
        _db.engine.dispose()


# Every sign-in writes one of these; tests about other audit events leave them out.
SIGN_IN_EVENTS = ("signed_in", "sign_in_failed")


@contextmanager
def rate_limited(app: Flask, tmp_path, **overrides) -> Iterator[Flask]:
    """An app on the test database with rate limits on (the shared one has them off)."""
    limited = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
            "TESTING": True,
            "SECRET_KEY": app.config["SECRET_KEY"],
            "JOBS": "inline",
            "MODEL_CACHE": app.config["MODEL_CACHE"],
            "THEME_MODEL": app.config["THEME_MODEL"],
            "PASSWORD_HASHING": app.config["PASSWORD_HASHING"],
            "RATE_LIMITS": True,
            **overrides,
        },
        instance_path=str(tmp_path),
    )
    limited.test_client_class = FreshContextClient
    try:
        yield limited
    finally:
        with limited.app_context():
            _db.session.remove()
            _db.engine.dispose()


def empty_database() -> None:
    """Drop the session's work and empty every table (inside an app context)."""
    _db.session.rollback()
    _db.session.remove()
    # Only the tables that hold rows, live or dead: TRUNCATE costs a few milliseconds a table
    # however few rows it holds, and a test fills few. (Not DELETE: the space it leaves is
    # reused, so the next test's rows would come back in another order.)
    with _db.engine.begin() as connection:
        used = connection.scalars(
            text(
                "SELECT quote_ident(relname) FROM pg_class WHERE relkind = 'r'"
                " AND relnamespace = 'public'::regnamespace AND pg_relation_size(oid) > 0"
                " AND relname <> 'alembic_version'"
            )
        ).all()
        if used:
            # As a replica would: the database's own guard refuses to empty the audit log.
            connection.execute(text("SET LOCAL session_replication_role = replica"))
            connection.execute(text(f"TRUNCATE {', '.join(used)} RESTART IDENTITY CASCADE"))


def save_tables(name: str) -> None:
    """Copy every table's rows into the schema `snapshot_<name>` (inside an app context), so
    that restore_tables can bring the same rows back in a moment instead of building them
    again."""
    schema = f"snapshot_{name}"
    _db.session.commit()
    with _db.engine.begin() as connection:
        connection.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        connection.execute(text(f"CREATE SCHEMA {schema}"))
        for table in _db.metadata.sorted_tables:
            copy = f'CREATE TABLE {schema}."{table.name}" AS TABLE "{table.name}"'
            connection.execute(text(copy))


def restore_tables(name: str) -> None:
    """Empty the database and put back the rows saved by save_tables(name)."""
    empty_database()
    with _db.engine.begin() as connection:
        for table in _db.metadata.sorted_tables:
            # Table names come from our own metadata, never from input.
            back = f'INSERT INTO "{table.name}" SELECT * FROM snapshot_{name}."{table.name}"'  # noqa: S608
            connection.execute(text(back))


@pytest.fixture
def db(app: Flask):
    """The database, emptied after each test (a live server sees the same rows)."""
    with app.app_context():
        yield _db
        empty_database()


@pytest.fixture
def client(app: Flask, db) -> FlaskClient:
    return app.test_client()


def make_user(partnership: Partnership, role: str, email: str | None = None) -> User:
    user = User(
        email=email or f"{role}-{uuid.uuid4().hex[:6]}@{partnership.slug}.example",
        display_name=f"Test {role}",
        password_hash=hash_password(PASSWORD),
    )
    user.memberships = [Membership(partnership_id=partnership.id, role=role)]
    _db.session.add(user)
    _db.session.commit()
    return user


def sign_in(client: FlaskClient, user: User):
    page = client.get("/sign-in")
    token = csrf_token(page.get_data(as_text=True))
    return client.post(
        "/sign-in", data={"email": user.email, "password": PASSWORD, "csrf_token": token}
    )


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html) or re.search(
        r'name="csrf_token" value="([^"]+)"', html
    )
    assert match, "the page has no CSRF token"
    return match.group(1)


def parse_page(response) -> BeautifulSoup:
    """Parse an HTML page and check what every page owes its users."""
    html = response.get_data(as_text=True)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.title and soup.title.get_text(strip=True), "page has no title"
    ids = [tag["id"] for tag in soup.select("[id]")]
    assert len(ids) == len(set(ids)), (
        f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}"
    )
    for field in soup.select("input:not([type=hidden]), textarea, select"):
        assert soup.select(f'label[for="{field.get("id")}"]'), f"no label for {field}"
    for tag in soup.select("h1, h2, h3, label, a, legend, button"):
        assert tag.get_text(strip=True), f"empty {tag.name}: {tag}"
    assert ">None<" not in html and "None</" not in html, "a literal None is shown"
    return soup


def form_data(soup: BeautifulSoup, **answers: str) -> dict[str, str]:
    """The form's hidden fields plus the given answers."""
    data = {i["name"]: i.get("value", "") for i in soup.select("form input[type=hidden]")}
    data.update(answers)
    return data


def make_partnership(slug: str = "riverside") -> Partnership:
    from feedback.models import Organisation

    partnership = Partnership(slug=slug, name=f"{slug.title()} Partnership")
    partnership.organisations = [
        Organisation(
            short_name=f"{slug}-hospital", name=f"{slug.title()} Hospital", sector="nhs_acute"
        )
    ]
    _db.session.add(partnership)
    _db.session.commit()
    return partnership


def make_survey(
    partnership: Partnership,
    slug: str = "patient-fft",
    status: str = "open",
    audience: str = "patients",
):
    from datetime import date

    from feedback.models import Channel, Survey, SurveyVersion
    from feedback.services.demo import patient_questions, staff_questions

    questions = staff_questions() if audience == "staff" else patient_questions()
    survey = Survey(
        partnership_id=partnership.id,
        slug=slug,
        title=f"Survey {slug}",
        audience=audience,
        status=status,
    )
    SurveyVersion(survey=survey, number=1, published_on=date.today(), questions=questions)
    organisation = partnership.organisations[0]
    survey.channels = [Channel(organisation_id=organisation.id, code=organisation.short_name)]
    _db.session.add(survey)
    _db.session.commit()
    return survey
