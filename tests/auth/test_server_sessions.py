"""Server-side sessions: a new id at sign-in, timeouts, sign-out that holds, bad cookies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from feedback.extensions import db as _db
from feedback.models.security import UserSession
from feedback.services import sessions
from tests.auth.conftest import is_signed_in, sign_out
from tests.conftest import make_user, parse_page, sign_in


def session_id(client) -> str | None:
    with client.session_transaction() as session:
        return session.get("sid")


@pytest.fixture
def board_member(partnership):
    return make_user(partnership, "board")


def test_sign_in_gives_a_new_session_id(client, board_member):
    with client.session_transaction() as session:
        session["sid"] = "planted-by-someone-else"
    sign_in(client, board_member)
    first = session_id(client)
    assert first not in (None, "planted-by-someone-else")
    sign_out(client)
    sign_in(client, board_member)
    assert session_id(client) != first


def test_a_session_planted_from_another_browser_is_not_taken_over(app, client, board_member):
    """Session fixation: someone signed in elsewhere plants their own valid session id in
    the victim's browser; the victim's sign-in must not make that id the victim's."""
    attacker = app.test_client()
    author = make_user(board_member.memberships[0].partnership, "author")
    sign_in(attacker, author)
    planted = session_id(attacker)
    with client.session_transaction() as session:
        session["sid"] = planted
    sign_in(client, board_member)
    assert session_id(client) != planted
    owner = {s.token_hash: s.user_id for s in _db.session.scalars(select(UserSession))}
    assert owner[sessions.digest(session_id(client))] == board_member.id
    assert owner[sessions.digest(planted)] == author.id
    # The planted id still opens only the author's pages: no board.
    assert attacker.get("/boards/riverside/").status_code == 404


def test_the_database_keeps_only_a_digest_of_the_session_id(client, board_member):
    sign_in(client, board_member)
    stored = _db.session.scalars(select(UserSession.token_hash)).all()
    assert len(stored) == 1 and session_id(client) not in stored[0]


def test_sign_out_ends_the_session_on_the_server(client, board_member):
    sign_in(client, board_member)
    old_cookie = client.get_cookie("session").value
    sign_out(client)
    assert _db.session.scalars(select(UserSession)).all() == []
    client.set_cookie("session", old_cookie)
    assert not is_signed_in(client), "a copy of the cookie is worthless after sign-out"


@pytest.mark.parametrize(
    ("column", "age"),
    [("last_seen_at", timedelta(minutes=31)), ("created_at", timedelta(hours=12, minutes=1))],
)
def test_an_idle_or_old_session_ends(client, board_member, column, age):
    sign_in(client, board_member)
    user_session = _db.session.scalar(select(UserSession))
    setattr(user_session, column, datetime.now(UTC) - age)
    _db.session.commit()
    assert client.get("/boards/").headers["Location"].startswith("/sign-in")


def test_a_session_in_use_stays_alive_with_one_write_a_minute(client, board_member):
    sign_in(client, board_member)
    user_session = _db.session.scalar(select(UserSession))
    user_session.last_seen_at = datetime.now(UTC) - timedelta(minutes=29)
    _db.session.commit()
    assert is_signed_in(client)
    _db.session.refresh(user_session)
    seen = user_session.last_seen_at
    assert datetime.now(UTC) - seen < timedelta(minutes=1)
    assert is_signed_in(client)
    _db.session.refresh(user_session)
    assert user_session.last_seen_at == seen, "no second write within the minute"


@pytest.mark.parametrize("cookie", ["garbage", "eyJzaWQiOiJ4In0.aaaa.bbbb", "x" * 4000])
def test_a_tampered_session_cookie_gives_the_sign_in_page(client, board_member, cookie):
    client.set_cookie("session", cookie)
    response = client.get("/boards/", follow_redirects=True)
    assert response.status_code == 200
    assert parse_page(response).h1.get_text(strip=True) == "Sign in"


def test_a_signed_in_cookie_with_one_character_changed_signs_out(client, board_member):
    sign_in(client, board_member)
    value = client.get_cookie("session").value
    client.set_cookie("session", value[:-3] + ("A" if value[-3] != "A" else "B") + value[-2:])
    assert not is_signed_in(client)
    assert client.get("/sign-in").status_code == 200
