"""An organisation that belongs to two partnerships: its name, sector, archiving and sites
are its own, so neither partnership's admin may change them, and neither page names the
other partnership."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from feedback.models import AuditEvent, Organisation, Site
from tests.admin.conftest import post
from tests.conftest import csrf_token, make_user, parse_page, sign_in


@pytest.fixture
def shared(riverside, hillside, db):
    """Valley Hospice, with a ward, a member of both partnerships."""
    organisation = Organisation(short_name="valley-hospice", name="Valley Hospice")
    organisation.sector = "voluntary"
    organisation.sites = [Site(short_name="ward-1", name="Ward 1", kind="site")]
    riverside.organisations.append(organisation)
    hillside.organisations.append(organisation)
    db.session.commit()
    return organisation


def token(client, slug: str = "riverside") -> str:
    return csrf_token(client.get(f"/admin/{slug}/places/new").get_data(as_text=True))


def assert_refused(response, other: str = "Hillside") -> None:
    assert response.status_code == 409
    page = parse_page(response)
    text = page.get_text(" ", strip=True)
    assert "Valley Hospice also belongs to another partnership" in text
    assert "Nothing has been changed" in text
    assert other not in text
    assert not page.select("main form")


def assert_unchanged(db, organisation: Organisation) -> None:
    db.session.expire_all()
    again = db.session.get(Organisation, organisation.id)
    assert (again.name, again.short_name, again.sector, again.archived_at) == (
        "Valley Hospice",
        "valley-hospice",
        "voluntary",
        None,
    )
    sites = [(s.name, s.short_name, s.kind, s.archived_at) for s in again.sites]
    assert sites == [("Ward 1", "ward-1", "site", None)]
    touched = {str(organisation.id), str(again.sites[0].id)}
    events = db.session.scalars(select(AuditEvent).where(AuditEvent.object_id.in_(touched)))
    assert events.all() == []


def test_changing_a_shared_organisation_is_refused(admin_client, shared, db):
    url = f"/admin/riverside/organisations/{shared.id}/edit"
    assert_refused(admin_client.get(url))
    form = {"name": "Renamed", "short_name": "renamed", "sector": "housing", "place": ""}
    assert_refused(admin_client.post(url, data={"csrf_token": token(admin_client), **form}))
    assert_unchanged(db, shared)


def test_archiving_a_shared_organisation_is_refused(admin_client, shared, db):
    response = admin_client.post(
        f"/admin/riverside/organisations/{shared.id}/archive",
        data={"csrf_token": token(admin_client), "archive": "yes"},
    )
    assert_refused(response)
    assert_unchanged(db, shared)


def test_the_sites_of_a_shared_organisation_are_not_changed(admin_client, shared, db):
    site = shared.sites[0]
    edit = f"/admin/riverside/sites/{site.id}/edit"
    new = f"/admin/riverside/organisations/{shared.id}/sites/new"
    assert_refused(admin_client.get(edit))
    assert_refused(admin_client.get(new))
    attempts = [
        (edit, {"name": "Ward 9", "short_name": "ward-9", "kind": "team"}),
        (f"/admin/riverside/sites/{site.id}/archive", {"archive": "yes"}),
        (new, {"name": "Ward 2", "short_name": "ward-2", "kind": "site"}),
    ]
    for url, data in attempts:
        response = admin_client.post(url, data={"csrf_token": token(admin_client), **data})
        assert_refused(response)
    assert_unchanged(db, shared)


def test_the_other_partnerships_admin_is_refused_too(client, shared, hillside, db):
    sign_in(client, make_user(hillside, "admin"))
    response = client.post(
        f"/admin/hillside/organisations/{shared.id}/archive",
        data={"csrf_token": token(client, "hillside"), "archive": "yes"},
    )
    assert_refused(response, other="Riverside")
    assert_unchanged(db, shared)


def test_the_list_says_shared_instead_of_offering_changes(admin_client, riverside, shared):
    page = parse_page(admin_client.get("/admin/riverside/"))
    card = page.select_one("#organisation-valley-hospice")
    assert "shared with another partnership" in card.get_text()
    assert "Ward 1" in card.get_text()
    assert card.select("a[href]") == []
    own = page.select_one("#organisation-riverside-hospital")
    assert "shared with another partnership" not in own.get_text()
    hrefs = {a["href"] for a in own.select("a[href]")}
    assert f"/admin/riverside/organisations/{riverside.organisations[0].id}/edit" in hrefs


def test_an_archived_shared_organisation_is_listed_with_the_note(admin_client, shared, db):
    shared.archived_at = datetime.now(UTC)
    db.session.commit()
    page = parse_page(admin_client.get("/admin/riverside/"))
    archived = page.select_one("#archived-organisations")
    assert "Valley Hospice · shared with another partnership" in archived.get_text()
    assert archived.select("a[href]") == []


def test_an_organisation_of_one_partnership_alone_still_changes(
    admin_client, riverside, shared, db
):
    own = riverside.organisations[0]
    url = f"/admin/riverside/organisations/{own.id}/edit"
    form = {"name": "Riverside General", "short_name": "riverside-general", "sector": "nhs_acute"}
    assert post(admin_client, url, **form).status_code == 303
    archive = f"/admin/riverside/organisations/{own.id}/archive"
    assert post(admin_client, archive, url, archive="yes").status_code == 303
    db.session.expire_all()
    again = db.session.get(Organisation, own.id)
    assert (again.name, again.short_name) == ("Riverside General", "riverside-general")
    assert again.archived_at is not None
