"""Turning on an authenticator app and signing in with a recovery code are in the audit
log, once for each partnership the person belongs to."""

from __future__ import annotations

import pyotp
from sqlalchemy import select

from feedback.extensions import db as _db
from feedback.models import AuditEvent, Membership
from feedback.services import two_factor
from tests.auth.conftest import current_code, enter_code, enter_password, sign_out
from tests.conftest import csrf_token, make_partnership, make_user, parse_page, sign_in


def _events(action: str) -> list[AuditEvent]:
    return list(_db.session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_turning_on_an_app_is_recorded_for_each_partnership(client, partnership):
    user = make_user(partnership, "author")
    other = make_partnership("hillside")
    user.memberships.append(Membership(partnership_id=other.id, role="board"))
    _db.session.commit()
    sign_in(client, user)
    page = parse_page(client.get("/sign-in/set-up-authenticator"))
    token = csrf_token(str(page))
    client.post("/sign-in/set-up-authenticator", data={"code": "000000", "csrf_token": token})
    assert _events("two_factor_on") == [], "a wrong code turns nothing on"

    secret = page.select_one("#totp-secret").get_text().replace(" ", "")
    data = {"code": pyotp.TOTP(secret).now(), "csrf_token": token}
    assert client.post("/sign-in/set-up-authenticator", data=data).status_code == 200
    events = _events("two_factor_on")
    assert {e.partnership_id for e in events} == {partnership.id, other.id}
    assert all(e.user_id == user.id and e.object_id == str(user.id) for e in events)


def test_a_recovery_code_sign_in_is_recorded_and_an_app_code_is_not(client, user_with_app):
    codes = two_factor.new_recovery_codes(user_with_app)
    _db.session.commit()
    enter_password(client, user_with_app.email)
    enter_code(client, current_code(user_with_app))
    sign_out(client)
    assert _events("recovery_code_used") == []

    enter_password(client, user_with_app.email)
    assert enter_code(client, "aaaa-bbbb-cccc").status_code == 400
    assert _events("recovery_code_used") == [], "a wrong code is a failed sign-in only"
    assert enter_code(client, codes[0]).status_code == 303
    events = _events("recovery_code_used")
    assert len(events) == 1 and events[0].user_id == user_with_app.id
    assert events[0].partnership_id == user_with_app.memberships[0].partnership_id


def test_the_new_events_read_as_words_in_the_audit_log(client, partnership):
    admin = make_user(partnership, "admin")
    admin.totp_secret = pyotp.random_base32()
    codes = two_factor.new_recovery_codes(admin)
    _db.session.commit()
    enter_password(client, admin.email)
    assert enter_code(client, codes[0]).status_code == 303
    page = parse_page(client.get(f"/admin/{partnership.slug}/audit"))
    actions = {o["value"]: o.get_text(strip=True) for o in page.select("#action option")}
    assert actions["recovery_code_used"] == "Recovery code used"
    assert "recovery_code_used" not in page.select_one("#audit-events").get_text()
