"""API tokens: shown once, stored as a digest, one role in one partnership, revocable."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select, text

from feedback.extensions import db
from feedback.models import ApiToken, AuditEvent
from feedback.services import api_tokens
from tests.api.helpers import bearer, token_for
from tests.conftest import csrf_token, make_partnership, make_user, parse_page, sign_in


@pytest.fixture
def admin_client(client, db):
    partnership = make_partnership("riverside")
    sign_in(client, make_user(partnership, "admin"))
    return client


def create_on_page(client, name: str = "Kiosk sync", role: str = "author"):
    page = client.get("/admin/riverside/tokens/new")
    data = {"name": name, "role": role, "csrf_token": csrf_token(page.get_data(as_text=True))}
    return client.post("/admin/riverside/tokens/new", data=data)


def test_a_new_token_is_shown_once_and_the_database_holds_only_its_digest(admin_client):
    created = create_on_page(admin_client)
    plaintext = parse_page(created).select_one("#api-token").get_text(strip=True)
    assert plaintext.startswith("fv_") and len(plaintext) > 40
    stored = db.session.scalar(select(ApiToken))
    assert stored.token_hash == hashlib.sha256(plaintext.encode()).hexdigest()
    dump = db.session.execute(text("SELECT row_to_json(t)::text FROM api_tokens t")).scalar()
    audit = " ".join(db.session.scalars(select(AuditEvent.detail)))
    assert plaintext not in dump and plaintext not in audit
    listing = admin_client.get("/admin/riverside/tokens").get_data(as_text=True)
    assert plaintext not in listing and stored.prefix in listing and "Kiosk sync" in listing


def test_creating_and_revoking_are_audited(admin_client):
    create_on_page(admin_client)
    token = db.session.scalar(select(ApiToken))
    page = admin_client.get(f"/admin/riverside/tokens/{token.id}/revoke")
    data = {"csrf_token": csrf_token(page.get_data(as_text=True))}
    admin_client.post(f"/admin/riverside/tokens/{token.id}/revoke", data=data)
    events = select(AuditEvent.action).where(AuditEvent.object_type == "api_token")
    actions = sorted(db.session.scalars(events))
    assert actions == ["api_token_created", "api_token_revoked"]
    listing = parse_page(admin_client.get("/admin/riverside/tokens"))
    assert "Revoked on" in listing.select_one("table").get_text()


def test_a_token_without_a_name_or_role_is_not_created(admin_client):
    refused = create_on_page(admin_client, name=" ", role="admin")
    soup = parse_page(refused)
    assert refused.status_code == 400 and soup.title.get_text().startswith("Error:")
    links = {a["href"] for a in soup.select(".nhsuk-error-summary a")}
    assert links == {"#name", "#role"}
    assert db.session.scalar(select(ApiToken)) is None


def test_a_revoked_token_gets_401(client, db):
    partnership = make_partnership()
    plaintext = token_for(partnership, "board")
    assert client.get("/api/v1/themes", headers=bearer(plaintext)).status_code == 200
    token = db.session.scalar(select(ApiToken))
    api_tokens.revoke(token, make_user(partnership, "admin"))
    db.session.commit()
    refused = client.get("/api/v1/themes", headers=bearer(plaintext))
    assert refused.status_code == 401 and refused.json["error"] == "Unauthorized"
    assert 'error="invalid_token"' in refused.headers["WWW-Authenticate"]


@pytest.mark.parametrize(
    "header", [None, "Bearer", "Bearer fv_guessed-token", "Basic YWRtaW46YWRtaW4=", "fv_x"]
)
def test_requests_without_a_valid_token_get_401(client, db, header):
    make_partnership()
    headers = {"Authorization": header} if header else {}
    refused = client.get("/api/v1/themes", headers=headers)
    assert refused.status_code == 401 and refused.is_json
    assert refused.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize(
    ("role", "method", "url"),
    [("author", "GET", "/api/v1/themes"), ("board", "POST", "/api/v1/responses")],
)
def test_a_token_of_another_role_gets_403(client, db, role, method, url):
    plaintext = token_for(make_partnership(), role)
    refused = client.open(url, method=method, headers=bearer(plaintext), json={})
    assert refused.status_code == 403 and refused.is_json
    assert 'error="insufficient_scope"' in refused.headers["WWW-Authenticate"]


def test_another_partnerships_tokens_are_not_there(admin_client):
    other = make_partnership("hillside")
    other_plaintext = token_for(other, "board")
    other_token = db.session.scalar(select(ApiToken).where(ApiToken.partnership_id == other.id))
    assert admin_client.get("/admin/hillside/tokens").status_code == 404
    url = f"/admin/riverside/tokens/{other_token.id}/revoke"
    assert admin_client.get(url).status_code == 404
    page = admin_client.get("/admin/riverside/tokens/new")
    data = {"csrf_token": csrf_token(page.get_data(as_text=True))}
    assert admin_client.post(url, data=data).status_code == 404
    assert admin_client.get("/api/v1/themes", headers=bearer(other_plaintext)).status_code == 200


@pytest.mark.parametrize("role", ["board", "analyst", "author", "safeguarding"])
def test_only_admins_reach_the_token_pages(client, db, role):
    partnership = make_partnership()
    sign_in(client, make_user(partnership, role))
    assert client.get("/admin/riverside/tokens").status_code == 404
