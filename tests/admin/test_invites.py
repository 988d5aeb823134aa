"""Invites: a link shown once, that works once, for 72 hours, and then says clearly that
it is spent."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from feedback.models import AuditEvent, Invite, Membership, User
from feedback.services.accounts import authenticate
from tests.admin.conftest import post
from tests.conftest import make_user, parse_page

NEW_PASSWORD = "copper kettle under the stairs"


def invite(client, email="new.person@example.org", role="analyst", organisation=""):
    response = post(
        client, "/admin/riverside/invites", email=email, role=role, organisation=organisation
    )
    assert response.status_code == 200
    link = parse_page(response).select_one("#invite-link")["value"]
    return re.search(r"/admin/invites/[^/]+$", link).group(0)


def accept(client, path, **data):
    return post(client, path, **data)


def test_an_invite_shows_its_link_once_and_stores_only_a_digest(admin_client, db):
    path = invite(admin_client)
    token = path.rsplit("/", 1)[1]
    stored = db.session.scalar(select(Invite))
    assert token not in stored.token_hash and len(stored.token_hash) == 64
    assert stored.expires_at - stored.created_at == timedelta(hours=72)
    assert token not in admin_client.get("/admin/riverside/invites").get_data(as_text=True)
    assert "invite_sent" in set(db.session.scalars(select(AuditEvent.action)))


def test_following_an_invite_creates_the_user_with_the_role(admin_client, riverside, db):
    path = invite(admin_client)
    response = accept(admin_client, path, name="New Person", password=NEW_PASSWORD)
    assert response.status_code == 303
    user = authenticate("new.person@example.org", NEW_PASSWORD)
    assert user is not None and user.display_name == "New Person"
    assert user.password_hash.startswith("$argon2id$")
    roles = db.session.scalars(select(Membership.role).where(Membership.user_id == user.id))
    assert list(roles) == ["analyst"]
    actions = set(db.session.scalars(select(AuditEvent.action)))
    assert {"invite_sent", "invite_accepted"} <= actions


def test_an_invite_works_once(admin_client, db):
    path = invite(admin_client)
    accept(admin_client, path, name="New Person", password=NEW_PASSWORD)
    response = admin_client.get(path)
    assert response.status_code == 410
    assert "already been used" in parse_page(response).h1.get_text()
    assert "Ask your partnership's administrator for a new invite" in response.get_data(
        as_text=True
    )
    assert len(db.session.scalars(select(User)).all()) == 2


def test_an_expired_invite_gives_a_clear_page_and_creates_no_one(admin_client, db):
    path = invite(admin_client)
    db.session.execute(update(Invite).values(expires_at=datetime.now(UTC) - timedelta(minutes=1)))
    db.session.commit()
    response = admin_client.get(path)
    assert response.status_code == 410
    soup = parse_page(response)
    assert soup.h1.get_text(strip=True) == "This invite link has expired"
    assert "new invite" in soup.select_one("main").get_text()
    posted = admin_client.post(path, data={"name": "Late", "password": NEW_PASSWORD})
    assert posted.status_code in (400, 410)
    assert db.session.scalar(select(User).where(User.display_name == "Late")) is None


def test_an_unknown_invite_is_not_found(client, db):
    response = client.get("/admin/invites/not-a-real-token")
    assert response.status_code == 404
    assert "new invite" in parse_page(response).get_text()


def test_a_weak_password_is_refused_and_the_invite_stays_unused(admin_client, db):
    path = invite(admin_client, email="pat@example.org")
    response = accept(admin_client, path, name="Pat", password="password")
    assert response.status_code == 400
    assert parse_page(response).select_one('.nhsuk-error-summary a[href="#password"]')
    assert db.session.scalar(select(Invite.used_at)) is None
    assert db.session.scalar(select(User).where(User.email == "pat@example.org")) is None


def test_an_existing_user_gains_the_role_and_keeps_their_password(
    admin_client, riverside, hillside, db
):
    someone = make_user(hillside, "board", email="someone@example.org")
    path = invite(admin_client, email="Someone@example.org", role="board")
    response = accept(admin_client, path)
    assert response.status_code == 303
    partnerships = db.session.scalars(
        select(Membership.partnership_id).where(Membership.user_id == someone.id)
    )
    assert set(partnerships) == {riverside.id, hillside.id}
    assert authenticate("someone@example.org", NEW_PASSWORD) is None


@pytest.mark.parametrize(
    ("email", "role", "field"),
    [("not-an-email", "analyst", "email"), ("a@example.org", "owner", "role")],
)
def test_a_bad_invite_is_refused(admin_client, db, email, role, field):
    response = post(admin_client, "/admin/riverside/invites", email=email, role=role)
    assert response.status_code == 400
    assert parse_page(response).select_one(f'.nhsuk-error-summary a[href="#{field}"]')
    assert db.session.scalar(select(Invite)) is None


def test_an_invite_for_another_partnerships_organisation_is_refused(admin_client, hillside, db):
    other = str(hillside.organisations[0].id)
    response = post(
        admin_client,
        "/admin/riverside/invites",
        email="a@example.org",
        role="analyst",
        organisation=other,
    )
    assert response.status_code == 400
    assert db.session.scalar(select(Invite)) is None
