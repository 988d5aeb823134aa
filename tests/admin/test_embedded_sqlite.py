"""The embedded default keeps its data in SQLite, which hands times back without their
zone: invites, sessions and lock-outs still compare them with the clock."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from flask_migrate import upgrade

from feedback import create_app
from feedback.extensions import db as _db
from tests.admin.test_invites import NEW_PASSWORD, accept, invite
from tests.conftest import FreshContextClient, csrf_token, make_partnership, make_user, sign_in


@pytest.fixture
def embedded(tmp_path):
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'feedback.db'}",
            "JOBS": "inline",
            "RATE_LIMITS": False,  # the lock-out per account is what is tried here
        },
        instance_path=str(tmp_path),
    )
    app.test_client_class = FreshContextClient
    with app.app_context():
        upgrade()
        admin = SimpleNamespace(email=make_user(make_partnership("riverside"), "admin").email)
        _db.session.remove()
    yield app, admin
    with app.app_context():
        _db.session.remove()
        _db.engine.dispose()


def test_an_invite_opens_and_is_accepted_on_sqlite(embedded):
    app, admin = embedded
    admin_client = app.test_client()
    assert sign_in(admin_client, admin).status_code == 303
    path = invite(admin_client)
    newcomer = app.test_client()
    assert newcomer.get(path).status_code == 200
    assert accept(newcomer, path, name="New Person", password=NEW_PASSWORD).status_code == 303
    assert newcomer.get(path).status_code == 410


def test_a_session_and_a_lock_out_work_on_sqlite(embedded):
    app, admin = embedded
    client = app.test_client()
    sign_in(client, admin)
    assert client.get("/admin/riverside/").status_code == 200
    guesser = app.test_client()
    for _ in range(10):
        token = csrf_token(guesser.get("/sign-in").get_data(as_text=True))
        guess = {"email": admin.email, "password": "wrong guess " * 2, "csrf_token": token}
        assert guesser.post("/sign-in", data=guess).status_code == 400
    refused = sign_in(guesser, admin)
    assert refused.status_code == 400 and "paused" in refused.get_data(as_text=True)
