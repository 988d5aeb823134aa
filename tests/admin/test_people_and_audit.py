"""Roles given and removed (audited, never leaving a partnership without an admin), the
read-only audit log with its filters, and retention per survey."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from feedback.models import AuditEvent, Membership
from feedback.services import audit
from tests.admin.conftest import post
from tests.conftest import make_survey, make_user, parse_page


def test_giving_a_role_for_one_organisation_is_audited(admin_client, riverside, db):
    analyst = make_user(riverside, "analyst")
    organisation = riverside.organisations[0]
    url = f"/admin/riverside/people/{analyst.id}/roles"
    response = post(admin_client, url, role="safeguarding", organisation=str(organisation.id))
    assert response.status_code == 303
    held = db.session.scalar(
        select(Membership).where(
            Membership.user_id == analyst.id, Membership.role == "safeguarding"
        )
    )
    assert held.organisation_id == organisation.id
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "role_granted"))
    assert analyst.email in event.detail and "safeguarding" in event.detail
    page = parse_page(admin_client.get("/admin/riverside/people"))
    assert "Safeguarding lead" in page.get_text()


def test_removing_a_role_is_audited(admin_client, riverside, db):
    board = make_user(riverside, "board")
    membership = board.memberships[0]
    url = f"/admin/riverside/roles/{membership.id}/remove"
    assert post(admin_client, url).status_code == 303
    assert db.session.scalar(select(Membership).where(Membership.id == membership.id)) is None
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "role_removed"))


def test_the_last_admin_cannot_be_removed(admin_client, admin_user, db):
    membership = admin_user.memberships[0]
    response = post(admin_client, f"/admin/riverside/roles/{membership.id}/remove")
    assert response.status_code == 400
    assert "last admin" in parse_page(response).select_one(".nhsuk-error-summary").get_text()
    assert db.session.scalar(select(Membership).where(Membership.id == membership.id)) is not None


def test_an_admin_can_step_down_when_another_admin_remains(admin_client, admin_user, riverside, db):
    make_user(riverside, "admin")
    membership = admin_user.memberships[0]
    response = post(admin_client, f"/admin/riverside/roles/{membership.id}/remove")
    assert response.status_code == 303
    assert admin_client.get("/admin/riverside/").status_code == 404


def test_roles_of_another_partnership_are_not_found(admin_client, hillside, db):
    stranger = make_user(hillside, "admin")
    assert admin_client.get(f"/admin/riverside/people/{stranger.id}/roles").status_code == 404
    membership = stranger.memberships[0]
    url = f"/admin/riverside/roles/{membership.id}/remove"
    assert admin_client.get(url).status_code == 404


def test_a_role_cannot_be_given_twice(admin_client, riverside, db):
    analyst = make_user(riverside, "analyst")
    url = f"/admin/riverside/people/{analyst.id}/roles"
    response = post(admin_client, url, role="analyst", organisation="")
    assert response.status_code == 400
    held = db.session.scalars(select(Membership).where(Membership.user_id == analyst.id))
    assert len(held.all()) == 1


def _event(partnership, user, action, on, detail=""):
    event = audit.record(user, partnership.id, action, "survey", "x", detail)
    event.on = on
    return event


def test_the_audit_log_filters_by_action_person_and_dates(
    admin_client, admin_user, riverside, hillside, db
):
    analyst = make_user(riverside, "analyst")
    _event(riverside, analyst, "export", date(2025, 1, 10), "january export")
    _event(riverside, analyst, "export", date(2025, 3, 10), "march export")
    _event(riverside, admin_user, "view_raw", date(2025, 3, 11), "raw view")
    _event(hillside, None, "export", date(2025, 3, 12), "hillside export")
    db.session.commit()
    query = (
        f"?action=export&user={analyst.id}"
        "&start-day=1&start-month=3&start-year=2025&end-day=31&end-month=3&end-year=2025"
    )
    table = (
        parse_page(admin_client.get("/admin/riverside/audit" + query))
        .select_one("#audit-events")
        .get_text()
    )
    assert "march export" in table
    assert "january export" not in table and "raw view" not in table
    assert "hillside export" not in admin_client.get("/admin/riverside/audit").get_data(
        as_text=True
    )


def test_the_audit_log_is_newest_first_and_paged(admin_client, admin_user, riverside, db):
    for day in range(1, 29):
        for n in range(2):
            _event(riverside, admin_user, "export", date(2025, 2, day), f"day {day}.{n}")
    db.session.commit()
    first = parse_page(admin_client.get("/admin/riverside/audit?action=export"))
    rows = first.select("#audit-events tbody tr")
    assert len(rows) == 50 and "2025-02-28" in rows[0].get_text()
    second = parse_page(admin_client.get("/admin/riverside/audit?action=export&page=2"))
    assert len(second.select("#audit-events tbody tr")) == 6


def test_a_bad_date_gives_an_error_summary(admin_client, db):
    query = "?start-day=31&start-month=2&start-year=2025"
    response = admin_client.get("/admin/riverside/audit" + query)
    assert response.status_code == 400
    soup = parse_page(response)
    assert soup.select_one('.nhsuk-error-summary a[href="#start"]')


def test_audit_details_are_shown_escaped(admin_client, admin_user, riverside, db):
    audit.record(admin_user, riverside.id, "export", "survey", "x", "<b>bold</b>'; --")
    db.session.commit()
    html = admin_client.get("/admin/riverside/audit").get_data(as_text=True)
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_events SET detail = 'changed'",
        "DELETE FROM audit_events",
        "TRUNCATE audit_events",
        "TRUNCATE users CASCADE",
    ],
)
def test_the_database_refuses_to_change_the_audit_log(admin_user, riverside, db, statement):
    audit.record(admin_user, riverside.id, "export", "survey", "x", "kept")
    db.session.commit()
    with pytest.raises(DBAPIError):
        db.session.execute(text(statement))
    db.session.rollback()
    assert db.session.scalar(select(AuditEvent.detail)) == "kept"


def test_retention_is_set_per_survey_and_audited(admin_client, riverside, db):
    survey = make_survey(riverside)
    url = f"/admin/riverside/surveys/{survey.id}/retention"
    assert post(admin_client, url, retention_months="24").status_code == 303
    db.session.refresh(survey)
    assert survey.retention_months == 24
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "retention_changed"))
    assert "24 months" in parse_page(admin_client.get("/admin/riverside/retention")).get_text()
    post(admin_client, url, retention_months="")
    db.session.refresh(survey)
    assert survey.retention_months is None


@pytest.mark.parametrize("months", ["0", "121", "six", "-1"])
def test_bad_retention_is_refused(admin_client, riverside, db, months):
    survey = make_survey(riverside)
    response = post(
        admin_client, f"/admin/riverside/surveys/{survey.id}/retention", retention_months=months
    )
    assert response.status_code == 400
    assert parse_page(response).select_one('.nhsuk-error-summary a[href="#retention_months"]')
    db.session.refresh(survey)
    assert survey.retention_months is None


def test_another_partnerships_survey_has_no_retention_page(admin_client, hillside, db):
    survey = make_survey(hillside)
    url = f"/admin/riverside/surveys/{survey.id}/retention"
    assert admin_client.get(url).status_code == 404
