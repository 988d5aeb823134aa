"""Guessing: a limit per source address, a lock-out per account that always ends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from feedback.extensions import db as _db
from feedback.models import AuditEvent
from tests.auth.conftest import enter_code, enter_password, is_signed_in
from tests.conftest import PASSWORD, csrf_token, make_user, parse_page

ELSEWHERE = {"environ_base": {"REMOTE_ADDR": "192.0.2.7"}}


def wrong_password(client, email: str, token: str, **options):
    data = {"email": email, "password": "not the password", "csrf_token": token}
    return client.post("/sign-in", data=data, **options)


def test_sign_in_is_refused_with_429_after_ten_tries_a_minute(limited_app, partnership):
    user = make_user(partnership, "board")
    client = limited_app.test_client()
    token = csrf_token(client.get("/sign-in").get_data(as_text=True))
    codes = [wrong_password(client, user.email, token).status_code for _ in range(11)]
    assert codes == [400] * 10 + [429]
    page = parse_page(wrong_password(client, user.email, token))
    assert "too many attempts" in page.h1.get_text()
    colleague = make_user(partnership, "analyst")
    other_address = limited_app.test_client()
    assert enter_password(other_address, colleague.email, **ELSEWHERE).status_code == 303


def test_the_code_step_is_limited_too(limited_app, user_with_app):
    client = limited_app.test_client()
    enter_password(client, user_with_app.email)
    codes = [enter_code(client, "12345x").status_code for _ in range(11)]
    assert codes[-1] == 429 and 429 not in codes[:10]


def test_thousands_of_guesses_meet_429s_and_a_lock_that_ends(limited_app, partnership):
    user = make_user(partnership, "board")
    client = limited_app.test_client()
    token = csrf_token(client.get("/sign-in").get_data(as_text=True))
    codes = [wrong_password(client, user.email, token).status_code for _ in range(2000)]
    assert codes.count(429) == 1990
    _db.session.refresh(user)
    assert user.locked_until <= datetime.now(UTC) + timedelta(minutes=15)
    user.locked_until = datetime.now(UTC) - timedelta(seconds=1)
    _db.session.commit()
    other = limited_app.test_client()
    enter_password(other, user.email, **ELSEWHERE)
    assert is_signed_in(other), "the owner gets in once the lock ends"


def test_ten_failures_lock_the_account_with_the_unknown_email_message(client, partnership):
    user = make_user(partnership, "board")
    token = csrf_token(client.get("/sign-in").get_data(as_text=True))
    for _ in range(10):
        wrong_password(client, user.email, token)
    locked = enter_password(client, user.email)
    unknown = enter_password(client, "nobody@riverside.example")
    assert locked.status_code == unknown.status_code == 400
    message = parse_page(locked).select_one("#email-error").get_text()
    assert message == parse_page(unknown).select_one("#email-error").get_text()
    assert not is_signed_in(client)


def test_the_lock_ends_and_success_clears_the_count(client, partnership):
    user = make_user(partnership, "board")
    user.failed_sign_ins, user.locked_until = 10, datetime.now(UTC) - timedelta(minutes=1)
    _db.session.commit()
    enter_password(client, user.email)
    assert is_signed_in(client)
    _db.session.refresh(user)
    assert user.failed_sign_ins == 0 and user.locked_until is None


@pytest.mark.parametrize(
    ("earlier_failures", "lock"),
    [(9, timedelta(minutes=15)), (19, timedelta(minutes=30)), (999, timedelta(hours=24))],
)
def test_repeated_locks_double_but_never_pass_a_day(client, partnership, earlier_failures, lock):
    user = make_user(partnership, "board")
    user.failed_sign_ins = earlier_failures
    _db.session.commit()
    wrong_password(client, user.email, csrf_token(client.get("/sign-in").text))
    _db.session.refresh(user)
    assert abs(user.locked_until - (datetime.now(UTC) + lock)) < timedelta(minutes=1)


def test_attempts_while_locked_do_not_lengthen_the_lock(client, partnership):
    user = make_user(partnership, "board")
    until = datetime.now(UTC) + timedelta(minutes=5)
    user.failed_sign_ins, user.locked_until = 10, until
    _db.session.commit()
    token = csrf_token(client.get("/sign-in").text)
    for _ in range(20):
        wrong_password(client, user.email, token)
    _db.session.refresh(user)
    assert user.failed_sign_ins == 10 and user.locked_until == until


def test_sign_ins_and_failures_are_audited_without_the_address(client, partnership):
    user = make_user(partnership, "board")
    wrong_password(client, user.email, csrf_token(client.get("/sign-in").text))
    wrong_password(client, "nobody@riverside.example", csrf_token(client.get("/sign-in").text))
    enter_password(client, user.email, PASSWORD)
    events = _db.session.scalars(select(AuditEvent)).all()
    assert sorted((e.action, e.user_id == user.id) for e in events) == [
        ("sign_in_failed", False),
        ("sign_in_failed", True),
        ("signed_in", True),
    ]
    assert not any("127.0.0.1" in (e.detail + e.object_id) for e in events)
