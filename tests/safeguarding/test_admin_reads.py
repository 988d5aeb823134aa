"""A partnership's admins read flagged answers, raw, like its safeguarding lead: every view
audited, nothing of another partnership, and the review itself left to the lead."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import AuditEvent, Partnership, SafeguardingFlag, User
from tests.conftest import csrf_token, make_partnership, make_survey, make_user, parse_page, sign_in
from tests.safeguarding.test_lead_queue import DISCLOSURE, answer


@pytest.fixture
def flag(db, client):
    survey = make_survey(make_partnership())
    answer(client, survey, DISCLOSURE)
    return db.session.scalar(select(SafeguardingFlag))


def admin_of(partnership_id) -> User:
    return make_user(db.session.get(Partnership, partnership_id), "admin")


def raw_views() -> list[tuple]:
    events = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "view_raw_text"))
    return [(e.user_id, e.object_type, e.object_id) for e in events]


def test_a_partnership_admin_reads_a_flagged_answer_and_the_view_is_audited(client, flag):
    admin = admin_of(flag.partnership_id)
    sign_in(client, admin)
    queue = parse_page(client.get("/safeguarding/"))
    assert "Self-harm or suicidal thoughts" in queue.get_text()
    assert DISCLOSURE not in queue.get_text(), "the list shows no words until opened"
    link = next(a["href"] for a in queue.select("main a") if "Read" in a.get_text())
    assert raw_views() == []
    page = parse_page(client.get(link))
    assert DISCLOSURE in page.select_one("blockquote").get_text()
    assert raw_views() == [(admin.id, "safeguarding_flag", str(flag.id))]
    client.get(link)
    assert len(raw_views()) == 2, "each view is recorded, not only the first"


def test_recording_what_was_done_stays_with_the_lead(client, flag):
    sign_in(client, admin_of(flag.partnership_id))
    page = parse_page(client.get(f"/safeguarding/flags/{flag.id}"))
    assert page.select("input[name=outcome]") == []
    assert "safeguarding lead records what was done" in page.get_text()
    data = {"csrf_token": csrf_token(client.get("/safeguarding/").text), "outcome": "referred"}
    assert client.post(f"/safeguarding/flags/{flag.id}", data=data).status_code == 403
    db.session.refresh(flag)
    assert (flag.status, flag.reviewed_by_id) == ("open", None)


def test_an_admin_of_another_partnership_finds_no_flag(client, flag):
    sign_in(client, make_user(make_partnership("hilltop"), "admin"))
    queue = parse_page(client.get("/safeguarding/"))
    assert "Self-harm" not in queue.get_text() and "Nothing to review" in queue.get_text()
    assert client.get(f"/safeguarding/flags/{flag.id}").status_code == 404
    data = {"csrf_token": csrf_token(queue.decode()), "outcome": "referred"}
    assert client.post(f"/safeguarding/flags/{flag.id}", data=data).status_code == 404
    assert raw_views() == []


def test_an_organisation_admin_is_not_shown_raw_text(client, flag):
    admin = admin_of(flag.partnership_id)
    admin.memberships[0].organisation_id = flag.organisation_id
    db.session.commit()
    sign_in(client, admin)
    assert client.get("/safeguarding/").status_code == 404
    assert client.get(f"/safeguarding/flags/{flag.id}").status_code == 404
    assert raw_views() == []
