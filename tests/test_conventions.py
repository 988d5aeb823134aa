"""Conventions that every route keeps: kebab-case URLs, private pages behind sign-in."""

from __future__ import annotations

import re
import uuid

import pytest

RESPOND = ("respond.survey", "respond.submit", "respond.thanks", "respond.privacy")
# "You said, we did": what boards did, in plain words, for anyone.
PUBLIC = ("public.partnership", "public.organisation")
PUBLIC_ENDPOINTS = {*RESPOND, *PUBLIC, "ops.healthz", "ops.readyz", "auth.sign_in"}


def rules(app):
    return [r for r in app.url_map.iter_rules() if r.endpoint != "static"]


def test_urls_are_kebab_case(app):
    for rule in rules(app):
        static_parts = re.sub(r"<[^>]+>", "", rule.rule)
        # A file's address may end in its type, e.g. /qr.svg.
        assert re.fullmatch(r"[a-z0-9/-]*(\.[a-z]+)?", static_parts), rule.rule


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
