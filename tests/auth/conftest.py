"""Sign-in helpers: a user with an authenticator app, the two steps, an app with limits on."""

from __future__ import annotations

from collections.abc import Iterator

import pyotp
import pytest
from flask import Flask

from feedback.extensions import db as _db
from tests.conftest import PASSWORD, csrf_token, make_partnership, make_user, rate_limited


@pytest.fixture
def partnership(db):
    return make_partnership()


@pytest.fixture
def user_with_app(partnership):
    user = make_user(partnership, "board")
    user.totp_secret = pyotp.random_base32()
    _db.session.commit()
    return user


@pytest.fixture
def limited_app(app: Flask, db, tmp_path) -> Iterator[Flask]:
    with rate_limited(app, tmp_path) as limited:
        yield limited


def enter_password(client, email: str, password: str = PASSWORD, **options):
    token = csrf_token(client.get("/sign-in", **options).get_data(as_text=True))
    data = {"email": email, "password": password, "csrf_token": token}
    return client.post("/sign-in", data=data, **options)


def enter_code(client, code: str, **options):
    token = csrf_token(client.get("/sign-in/code", **options).get_data(as_text=True))
    return client.post("/sign-in/code", data={"code": code, "csrf_token": token}, **options)


def current_code(user) -> str:
    return pyotp.TOTP(user.totp_secret).now()


def is_signed_in(client) -> bool:
    """The board pages open (or lead on to the user's partnership), not to sign-in."""
    response = client.get("/boards/")
    return response.status_code == 200 or (
        response.status_code == 302 and not response.headers["Location"].startswith("/sign-in")
    )


def sign_out(client):
    page = client.get("/boards/", follow_redirects=True).get_data(as_text=True)
    return client.post("/sign-out", data={"csrf_token": csrf_token(page)})
