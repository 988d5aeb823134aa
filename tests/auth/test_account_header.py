"""Signed-in pages offer two-factor sign-in in the header until the user has an app."""

from __future__ import annotations

from tests.auth.conftest import current_code, enter_code, enter_password
from tests.conftest import make_user, parse_page, sign_in

LINK = "Set up two-factor sign-in"


def test_a_user_without_an_app_is_offered_one(client, partnership):
    sign_in(client, make_user(partnership, "board"))
    page = client.get("/boards/", follow_redirects=True).get_data(as_text=True)
    assert LINK in page and 'href="/sign-in/set-up-authenticator"' in page


def test_a_user_with_an_app_is_not(client, user_with_app):
    enter_password(client, user_with_app.email)
    enter_code(client, current_code(user_with_app))
    page = client.get("/boards/", follow_redirects=True).get_data(as_text=True)
    assert "Sign out" in page and LINK not in page


def test_a_partnership_admin_finds_administration_in_the_header(client, partnership):
    sign_in(client, make_user(partnership, "admin"))
    page = parse_page(client.get("/boards/riverside/"))
    links = {a.get_text(strip=True): a["href"] for a in page.select("header a")}
    assert links["Administration"] == "/admin/"


def test_a_board_member_is_not_offered_administration(client, partnership):
    sign_in(client, make_user(partnership, "board"))
    page = parse_page(client.get("/boards/riverside/"))
    assert "Administration" not in page.select_one("header").get_text()
