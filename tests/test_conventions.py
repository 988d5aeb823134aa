"""Conventions that every route keeps: kebab-case URLs, private pages behind sign-in."""

from __future__ import annotations

import re

import pytest

PUBLIC_BLUEPRINTS = {"respond", "ops", "auth", None}  # None: static files


def rules(app):
    return [r for r in app.url_map.iter_rules() if r.endpoint != "static"]


def test_urls_are_kebab_case(app):
    for rule in rules(app):
        static_parts = re.sub(r"<[^>]+>", "", rule.rule)
        assert re.fullmatch(r"[a-z0-9/-]*", static_parts), rule.rule


def test_id_arguments_are_typed_as_uuids(app):
    for rule in rules(app):
        for name, converter in rule._converters.items():
            if name.endswith("_id"):
                assert type(converter).__name__ == "UUIDConverter", rule.rule


def test_every_private_page_needs_sign_in(app, client):
    private = [r for r in rules(app) if r.endpoint.split(".")[0] not in PUBLIC_BLUEPRINTS]
    assert private, "there are private pages to check"
    for rule in private:
        url = re.sub(r"<(?:[a-z]+:)?[a-z_]+>", "x", rule.rule)
        method = "GET" if "GET" in rule.methods else "POST"
        response = client.open(url, method=method)
        assert response.status_code in (302, 400), f"{method} {rule.rule} -> {response.status_code}"
        if response.status_code == 302:
            assert "/sign-in" in response.headers["Location"], rule.rule


@pytest.mark.parametrize("url", ["/healthz", "/readyz"])
def test_health_checks_answer_ok(client, url):
    response = client.get(url)
    assert response.status_code == 200 and response.json["status"] == "ok"


def test_readyz_reports_an_unreachable_database(tmp_path):
    from feedback import create_app

    broken = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": "postgresql+psycopg://nobody@127.0.0.1:1/none",
            "SECRET_KEY": "readyz-test",
        }
    )
    response = broken.test_client().get("/readyz")
    assert response.status_code == 503 and response.json["database"] == "unreachable"
    from feedback.extensions import db

    with broken.app_context():
        db.engine.dispose()
