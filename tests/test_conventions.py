"""Conventions that every route keeps: kebab-case URLs, one explicit permission mark,
private pages behind sign-in."""

from __future__ import annotations

import re
import uuid

import pytest

from feedback.permissions import PUBLIC, permission_of, requires_role, unmarked_endpoints

RESPOND = ("respond.survey", "respond.submit", "respond.thanks", "respond.privacy")
# "You said, we did": what boards did, in plain words, for anyone.
YOU_SAID_WE_DID = ("public.partnership", "public.organisation")
# The only routes open to anyone. A new public route must be added here on purpose.
PUBLIC_ENDPOINTS = {
    *RESPOND,
    *YOU_SAID_WE_DID,
    "ops.healthz",
    "ops.readyz",
    "auth.home",
    "auth.sign_in",
    # Between the password and the end of sign-in: each view checks the half-made session.
    "auth.second_factor",
    "auth.set_up_two_factor",
    # The invite link: the person invited has no account yet.
    "admin.invite_accept",
    # The API's description: what the routes take and give, no data.
    "api.openapi_document",
}


def rules(app):
    return [r for r in app.url_map.iter_rules() if r.endpoint != "static"]


def test_urls_are_kebab_case(app):
    for rule in rules(app):
        static_parts = re.sub(r"<[^>]+>", "", rule.rule)
        # A file's address may end in its type, e.g. /qr.svg.
        assert re.fullmatch(r"[a-z0-9/-]*(\.[a-z]+)?", static_parts), rule.rule


def test_every_route_carries_a_permission_mark(app):
    assert unmarked_endpoints(app) == []


def test_the_mark_check_finds_a_route_that_lost_its_mark(tmp_path):
    from feedback import create_app

    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"}, instance_path=str(tmp_path))
    app.add_url_rule("/unmarked", "unmarked", lambda: "anyone can read this")
    app.add_url_rule("/marked", "marked", requires_role("admin")(lambda: "admins only"))
    assert unmarked_endpoints(app) == ["unmarked"]


def test_only_the_listed_routes_are_public(app):
    public = {r.endpoint for r in rules(app) if permission_of(app, r.endpoint) == PUBLIC}
    assert public == PUBLIC_ENDPOINTS


def test_a_permission_names_only_known_roles():
    with pytest.raises(ValueError):
        requires_role("superuser")
    with pytest.raises(ValueError):
        requires_role()


def test_every_private_route_needs_sign_in(app, db, tmp_path):
    from feedback import create_app

    # CSRF off, so that a POST reaches the sign-in check rather than stopping at the token.
    unguarded = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
            "WTF_CSRF_ENABLED": False,
        },
        instance_path=str(tmp_path),
    )
    client = unguarded.test_client()
    private = [r for r in rules(unguarded) if r.endpoint not in PUBLIC_ENDPOINTS]
    assert any(r.endpoint == "auth.sign_out" for r in private)
    for rule in private:
        url = re.sub(r"<uuid:[a-z_]+>", str(uuid.uuid4()), rule.rule)
        url = re.sub(r"<(?:[a-z]+:)?[a-z_]+>", "x", url)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            response = client.open(url, method=method)
            if permission_of(unguarded, rule.endpoint)[:1] == ("token",):
                # The JSON API has no sign-in page: without a token it answers 401.
                assert response.status_code == 401, f"{method} {rule.rule}"
                continue
            assert response.status_code == 302, f"{method} {rule.rule} -> {response.status_code}"
            assert response.headers["Location"].startswith("/sign-in"), rule.rule
    with unguarded.app_context():
        db.engine.dispose()


@pytest.mark.parametrize("url", ["/healthz", "/readyz"])
def test_health_checks_answer_ok(client, url):
    response = client.get(url)
    assert response.status_code == 200 and response.json["status"] == "ok"


def test_readyz_reports_an_unreachable_database(tmp_path):
    from feedback import create_app

    broken = create_app(
        {"SQLALCHEMY_DATABASE_URI": "postgresql+psycopg://nobody@127.0.0.1:1/none"},
        instance_path=str(tmp_path),
    )
    response = broken.test_client().get("/readyz")
    assert response.status_code == 503 and response.json["database"] == "unreachable"
    from feedback.extensions import db

    with broken.app_context():
        db.engine.dispose()
