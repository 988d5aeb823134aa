"""The audit log reads as words: actions in plain words, and what each entry is about by
name, looked up within the admin's own partnership only."""

from __future__ import annotations

from feedback.extensions import db as _db
from feedback.models import Theme
from feedback.services import audit
from tests.admin.conftest import post
from tests.conftest import make_survey, make_user, parse_page


def _table(client, query: str = ""):
    page = parse_page(client.get("/admin/riverside/audit" + query))
    return page, page.select("#audit-events tbody tr")


def _cells(row) -> list[str]:
    # Each responsive cell starts with its heading for phones; keep the value only.
    for heading in row.select(".nhsuk-table__heading"):
        heading.decompose()
    return [cell.get_text(" ", strip=True) for cell in row.select("td")]


def test_actions_show_in_words_in_the_table_and_the_filter(admin_client, riverside, db):
    analyst = make_user(riverside, "analyst")
    url = f"/admin/riverside/people/{analyst.id}/roles"
    assert post(admin_client, url, role="board", organisation="").status_code == 303
    removed = next(m for m in analyst.memberships if m.role == "analyst")
    assert post(admin_client, f"/admin/riverside/roles/{removed.id}/remove").status_code == 303
    audit.record(None, riverside.id, "some_future_code", "survey", "x")
    db.session.commit()

    page, rows = _table(admin_client)
    actions = [_cells(row)[2] for row in rows]
    assert "Role given" in actions and "Role removed" in actions and "Signed in" in actions
    assert "role_removed" not in actions and "signed_in" not in actions
    assert "some_future_code" in actions, "a code with no words shows as itself"
    options = {o["value"]: o.get_text(strip=True) for o in page.select("#action option")}
    assert options["role_removed"] == "Role removed"
    assert options["signed_in"] == "Signed in"
    assert options["some_future_code"] == "some_future_code"

    _page, chosen = _table(admin_client, "?action=role_removed")
    assert [_cells(row)[2] for row in chosen] == ["Role removed"]


def test_the_about_column_names_the_partnerships_own_objects(
    admin_client, admin_user, riverside, db
):
    analyst = make_user(riverside, "analyst")
    organisation = riverside.organisations[0]
    url = f"/admin/riverside/people/{analyst.id}/roles"
    response = post(admin_client, url, role="safeguarding", organisation=str(organisation.id))
    assert response.status_code == 303
    survey = make_survey(riverside, slug="staff-pulse")
    theme = Theme(partnership_id=riverside.id, scope="all", label="parking", name="Car parking")
    _db.session.add(theme)
    _db.session.flush()
    audit.record(admin_user, riverside.id, "retention_changed", "survey", survey.id, "6 months")
    audit.record(admin_user, riverside.id, "theme_described", "theme", theme.id)
    audit.record(admin_user, riverside.id, "organisation_changed", "organisation", organisation.id)
    db.session.commit()

    _page, rows = _table(admin_client)
    about = {_cells(row)[2]: _cells(row)[3] for row in rows}
    assert about["Role given"] == f"Person: Test analyst ({analyst.email})"
    assert about["Retention changed"] == "Survey: Survey staff-pulse"
    assert about["Theme renamed or described"] == "Theme: Car parking"
    assert about["Organisation changed"] == "Organisation: Riverside Hospital"
    assert str(survey.id) not in about["Retention changed"]


def test_objects_of_another_partnership_are_never_named(
    admin_client, admin_user, riverside, hillside, db
):
    stranger = make_user(hillside, "board", email="stranger@hillside.example")
    secret = make_survey(hillside, slug="hillside-secret")
    hillside_org = hillside.organisations[0]
    # Entries of this partnership that point at the other's objects (as a forged or
    # mistaken id would): the ids stay ids.
    audit.record(admin_user, riverside.id, "retention_changed", "survey", secret.id)
    audit.record(admin_user, riverside.id, "role_granted", "user", stranger.id)
    audit.record(admin_user, riverside.id, "organisation_changed", "organisation", hillside_org.id)
    db.session.commit()

    page, rows = _table(admin_client)
    text = page.get_text()
    assert "Survey hillside-secret" not in text
    assert "stranger@hillside.example" not in text
    assert "Hillside Hospital" not in text
    about = {_cells(row)[2]: _cells(row)[3] for row in rows}
    assert about["Retention changed"] == f"Survey: {secret.id}"
    assert about["Role given"] == f"Person: {stranger.id}"
    assert about["Organisation changed"] == f"Organisation: {hillside_org.id}"
