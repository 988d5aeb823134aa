"""Sending invites is limited per signed-in person, so one account cannot mail strangers
without end; a colleague at the same address is not held up."""

from __future__ import annotations

import pytest
from limits import parse_many
from sqlalchemy import func, select

from feedback.extensions import db as _db
from feedback.models import Invite
from tests.conftest import csrf_token, make_user, parse_page, rate_limited, sign_in


@pytest.fixture
def three_an_hour(app, db, tmp_path):
    with rate_limited(app, tmp_path, INVITE_LIMIT="3 per hour") as limited:
        yield limited


@pytest.fixture
def shipped(app, db, tmp_path):
    with rate_limited(app, tmp_path) as limited:
        yield limited


def send_invites(client, how_many: int, start: int = 0) -> list[int]:
    token = csrf_token(client.get("/admin/riverside/invites").get_data(as_text=True))
    codes = []
    for n in range(start, start + how_many):
        data = {"email": f"person{n}@example.org", "role": "analyst", "organisation": ""}
        data["csrf_token"] = token
        codes.append(client.post("/admin/riverside/invites", data=data).status_code)
    return codes


def invites_stored() -> int:
    return _db.session.scalar(select(func.count()).select_from(Invite))


def test_the_invite_past_the_limit_is_refused_with_429(three_an_hour, riverside):
    client = three_an_hour.test_client()
    sign_in(client, make_user(riverside, "admin"))
    assert send_invites(client, 4) == [200, 200, 200, 429]
    assert invites_stored() == 3
    page = parse_page(client.get("/admin/riverside/invites"))
    assert page.select_one("form"), "the form still opens: only sending is limited"
    token = csrf_token(str(page))
    data = {"email": "late@example.org", "role": "analyst", "organisation": "", "csrf_token": token}
    refused = client.post("/admin/riverside/invites", data=data)
    assert refused.status_code == 429
    assert "too many attempts" in parse_page(refused).h1.get_text()
    assert invites_stored() == 3

    colleague = three_an_hour.test_client()  # the same address, another admin
    sign_in(colleague, make_user(riverside, "admin"))
    assert send_invites(colleague, 1, start=20) == [200]


def test_the_shipped_limit_applies(shipped, riverside):
    allowed = parse_many(shipped.config["INVITE_LIMIT"])[0].amount
    client = shipped.test_client()
    sign_in(client, make_user(riverside, "admin"))
    codes = send_invites(client, allowed + 1)
    assert codes == [200] * allowed + [429]
