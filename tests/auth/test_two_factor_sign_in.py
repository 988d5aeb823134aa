"""Two-factor sign-in: password, then a code from the app or a recovery code."""

from __future__ import annotations

import pyotp
from sqlalchemy import select

from feedback.extensions import db as _db
from feedback.models import Membership
from feedback.models.security import RecoveryCode
from feedback.services import two_factor
from tests.auth.conftest import current_code, enter_code, enter_password, is_signed_in, sign_out
from tests.conftest import csrf_token, make_user, parse_page, sign_in


def test_a_user_with_an_app_signs_in_with_password_then_code(client, user_with_app):
    response = enter_password(client, user_with_app.email)
    assert response.status_code == 303 and response.headers["Location"] == "/sign-in/code"
    assert not is_signed_in(client), "the password alone does not sign in"
    page = parse_page(client.get("/sign-in/code"))
    assert page.select_one("label[for=code]").get_text(strip=True) == "Security code"
    assert enter_code(client, current_code(user_with_app)).headers["Location"] == "/boards/"
    assert is_signed_in(client)


def test_a_wrong_code_is_refused_with_a_message(client, user_with_app):
    enter_password(client, user_with_app.email)
    response = enter_code(client, "000000" if current_code(user_with_app) != "000000" else "111111")
    assert response.status_code == 400
    assert "Enter the current code" in parse_page(response).select_one("#code-error").get_text()
    assert not is_signed_in(client)


def test_a_code_works_only_once(client, user_with_app):
    code = current_code(user_with_app)
    enter_password(client, user_with_app.email)
    enter_code(client, code)
    sign_out(client)
    enter_password(client, user_with_app.email)
    assert enter_code(client, code).status_code == 400
    assert not is_signed_in(client)


def test_the_code_page_needs_the_password_first(client, user_with_app):
    assert client.get("/sign-in/code").headers["Location"] == "/sign-in"


def test_a_recovery_code_signs_in_once(client, user_with_app):
    codes = two_factor.new_recovery_codes(user_with_app)
    _db.session.commit()
    enter_password(client, user_with_app.email)
    assert enter_code(client, codes[0].upper()).status_code == 303
    assert is_signed_in(client)
    sign_out(client)
    enter_password(client, user_with_app.email)
    assert enter_code(client, codes[0]).status_code == 400, "a recovery code works once"
    assert enter_code(client, codes[1]).status_code == 303


def test_setting_up_an_app_shows_ten_recovery_codes_once(client, partnership):
    user = make_user(partnership, "author")
    sign_in(client, user)
    page = parse_page(client.get("/sign-in/set-up-authenticator"))
    secret = page.select_one("#totp-secret").get_text().replace(" ", "")
    assert page.select_one("img[src^='data:image/svg+xml']")["alt"]
    assert page.select_one("a[href^='otpauth://totp/']")["href"].endswith(
        f"secret={secret}&issuer=Frontline%20Voice"
    )
    token = csrf_token(str(page))
    data = {"code": pyotp.TOTP(secret).now(), "csrf_token": token}
    shown = parse_page(client.post("/sign-in/set-up-authenticator", data=data))
    codes = [c.get_text() for c in shown.select("#recovery-codes code")]
    assert len(set(codes)) == 10
    stored = _db.session.scalars(select(RecoveryCode.code_hash)).all()
    assert len(stored) == 10 and not set(codes) & set(stored), "stored hashed, not as shown"
    _db.session.refresh(user)
    assert user.totp_secret == secret
    assert client.get("/sign-in/set-up-authenticator").status_code == 302, "shown only once"


def test_a_wrong_first_code_does_not_turn_the_app_on(client, partnership):
    user = make_user(partnership, "author")
    sign_in(client, user)
    token = csrf_token(client.get("/sign-in/set-up-authenticator").text)
    response = client.post(
        "/sign-in/set-up-authenticator", data={"code": "12345x", "csrf_token": token}
    )
    assert response.status_code == 400 and parse_page(response).select_one("#code-error")
    _db.session.refresh(user)
    assert user.totp_secret is None


def test_roles_that_need_two_factors_set_up_an_app_before_any_page(
    app, client, partnership, monkeypatch
):
    monkeypatch.setitem(app.config, "TWO_FACTOR_REQUIRED", True)
    user = make_user(partnership, "analyst")
    assert sign_in(client, user).headers["Location"] == "/sign-in/set-up-authenticator"
    assert client.get("/boards/").headers["Location"].startswith("/sign-in")
    page = parse_page(client.get("/sign-in/set-up-authenticator"))
    secret = page.select_one("#totp-secret").get_text().replace(" ", "")
    data = {"code": pyotp.TOTP(secret).now(), "csrf_token": csrf_token(str(page))}
    assert client.post("/sign-in/set-up-authenticator", data=data).status_code == 200
    assert is_signed_in(client)


def test_an_author_needs_no_app_even_when_two_factors_are_required(
    app, client, partnership, monkeypatch
):
    monkeypatch.setitem(app.config, "TWO_FACTOR_REQUIRED", True)
    response = sign_in(client, make_user(partnership, "author"))
    assert response.headers["Location"] == "/boards/"


def test_a_role_that_needs_two_factors_given_mid_session_asks_for_an_app_at_once(
    app, client, partnership, monkeypatch
):
    monkeypatch.setitem(app.config, "TWO_FACTOR_REQUIRED", True)
    author = make_user(partnership, "author")
    assert sign_in(client, author).headers["Location"] == "/boards/"
    author.memberships.append(Membership(partnership_id=partnership.id, role="board"))
    _db.session.commit()
    assert client.get("/boards/").headers["Location"].startswith("/sign-in")
    assert sign_in(client, author).headers["Location"] == "/sign-in/set-up-authenticator"
