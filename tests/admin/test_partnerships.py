"""Partnerships, places, member organisations and sites: created, changed and archived
by the partnership's admins, and by no one else."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from feedback.models import AuditEvent, Membership, Organisation, Partnership, Place, Site
from tests.admin.conftest import post
from tests.conftest import make_user, parse_page, sign_in

INJECTION = "<script>alert(1)</script>'; DROP TABLE partnerships; --"


def test_creating_a_partnership_makes_its_creator_its_admin(admin_client, admin_user, db):
    response = post(admin_client, "/admin/new", name="Valley Partnership", slug="valley")
    assert response.status_code == 303
    valley = db.session.scalar(select(Partnership).where(Partnership.slug == "valley"))
    roles = db.session.scalars(
        select(Membership.role).where(Membership.partnership_id == valley.id)
    )
    assert list(roles) == ["admin"]
    assert "Valley Partnership" in admin_client.get("/admin/").get_data(as_text=True)


@pytest.mark.parametrize(
    ("slug", "threshold", "field"),
    [
        ("Has Spaces", "", "slug"),
        ("riverside", "", "slug"),
        ("new", "", "slug"),
        ("valley", "3", "suppression_threshold"),
        ("valley", "ten", "suppression_threshold"),
    ],
)
def test_a_bad_partnership_is_refused_with_an_error_summary(
    admin_client, db, slug, threshold, field
):
    response = post(
        admin_client, "/admin/new", name="Valley", slug=slug, suppression_threshold=threshold
    )
    assert response.status_code == 400
    soup = parse_page(response)
    assert soup.title.get_text().startswith("Error:")
    assert soup.select_one(f'.nhsuk-error-summary a[href="#{field}"]')
    assert db.session.scalar(select(Partnership).where(Partnership.name == "Valley")) is None


def test_an_admin_changes_the_partnership_and_it_is_audited(admin_client, riverside, db):
    response = post(
        admin_client,
        "/admin/riverside/edit",
        name="Riverside Place",
        slug="riverside-place",
        suppression_threshold="15",
    )
    assert response.headers["Location"] == "/admin/riverside-place/"
    db.session.refresh(riverside)
    assert (riverside.name, riverside.suppression_threshold) == ("Riverside Place", 15)
    actions = db.session.scalars(select(AuditEvent.action))
    assert "partnership_changed" in list(actions)


def test_an_archived_partnership_is_listed_apart_and_can_be_brought_back(
    admin_client, riverside, db
):
    post(admin_client, "/admin/riverside/archive", "/admin/riverside/edit", archive="yes")
    soup = parse_page(admin_client.get("/admin/"))
    assert "Riverside Partnership" in soup.select_one("#archived-partnerships").get_text()
    post(admin_client, "/admin/riverside/archive", "/admin/riverside/edit", archive="no")
    db.session.refresh(riverside)
    assert riverside.archived_at is None
    assert not parse_page(admin_client.get("/admin/")).select_one("#archived-partnerships")


def test_places_organisations_and_sites_are_created_changed_and_archived(
    admin_client, riverside, db
):
    post(admin_client, "/admin/riverside/places/new", name="North")
    north = db.session.scalar(select(Place).where(Place.name == "North"))
    response = post(
        admin_client,
        "/admin/riverside/organisations/new",
        name="Riverside Housing",
        short_name="riverside-housing",
        sector="housing",
        place=str(north.id),
    )
    assert response.status_code == 303
    housing = db.session.scalar(select(Organisation).where(Organisation.sector == "housing"))
    assert housing.place_id == north.id and riverside in housing.partnerships
    post(
        admin_client,
        f"/admin/riverside/organisations/{housing.id}/sites/new",
        name="Repairs team",
        short_name="repairs",
        kind="team",
    )
    site = db.session.scalar(select(Site).where(Site.organisation_id == housing.id))
    edit = f"/admin/riverside/sites/{site.id}/edit"
    post(admin_client, edit, name="Repairs and voids", short_name="repairs", kind="team")
    post(admin_client, f"/admin/riverside/sites/{site.id}/archive", edit, archive="yes")
    db.session.refresh(site)
    assert site.name == "Repairs and voids" and site.archived_at is not None
    page = parse_page(admin_client.get("/admin/riverside/"))
    assert "Repairs and voids" in page.select_one("#organisation-riverside-housing").get_text()
    assert "Archived sites and teams" in page.get_text()


def test_a_second_place_of_the_same_name_is_refused(admin_client, riverside, db):
    assert post(admin_client, "/admin/riverside/places/new", name="North").status_code == 303
    again = post(admin_client, "/admin/riverside/places/new", name=" north ")
    assert again.status_code == 400
    assert (
        "already has a place with that name"
        in parse_page(again).select_one(".nhsuk-error-summary").get_text()
    )
    assert db.session.scalar(select(func.count()).select_from(Place)) == 1
    north = db.session.scalar(select(Place))
    edit = f"/admin/riverside/places/{north.id}/edit"
    assert post(admin_client, edit, name="North").status_code == 303  # its own name is fine


def test_an_archived_place_is_not_offered_for_organisations(admin_client, riverside, db):
    place = Place(partnership_id=riverside.id, name="Old town")
    db.session.add(place)
    db.session.commit()
    post(
        admin_client,
        f"/admin/riverside/places/{place.id}/archive",
        f"/admin/riverside/places/{place.id}/edit",
        archive="yes",
    )
    soup = parse_page(admin_client.get("/admin/riverside/organisations/new"))
    assert "Old town" not in soup.select_one("#place").get_text()
    page = parse_page(admin_client.get("/admin/riverside/"))
    assert "Old town" in page.select_one("#archived-places").get_text()


def test_a_bad_organisation_saves_nothing(admin_client, riverside, db):
    response = post(
        admin_client,
        "/admin/riverside/organisations/new",
        name="",
        short_name="riverside-hospital",
        sector="shipping",
    )
    assert response.status_code == 400
    links = {a["href"] for a in parse_page(response).select(".nhsuk-error-summary a")}
    assert links == {"#name", "#short_name", "#sector"}
    assert len(db.session.scalars(select(Organisation)).all()) == 1


def test_injection_strings_are_stored_as_text_and_shown_escaped(admin_client, riverside, db):
    post(admin_client, "/admin/riverside/places/new", name=INJECTION)
    assert db.session.scalar(select(Place.name)) == INJECTION
    html = admin_client.get("/admin/riverside/").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert db.session.scalar(select(Partnership).where(Partnership.slug == "riverside"))


def test_another_partnerships_objects_are_not_found(admin_client, hillside, db):
    site = Site(organisation_id=hillside.organisations[0].id, short_name="ward-1", name="Ward 1")
    place = Place(partnership_id=hillside.id, name="Hill")
    db.session.add_all([site, place])
    db.session.commit()
    organisation = hillside.organisations[0]
    for url in [
        "/admin/hillside/",
        "/admin/hillside/edit",
        f"/admin/riverside/organisations/{organisation.id}/edit",
        f"/admin/riverside/organisations/{organisation.id}/sites/new",
        f"/admin/riverside/sites/{site.id}/edit",
        f"/admin/riverside/places/{place.id}/edit",
        f"/admin/riverside/places/{uuid.uuid4()}/edit",
    ]:
        assert admin_client.get(url).status_code == 404, url
    token = admin_client.get("/admin/riverside/places/new").get_data(as_text=True)
    from tests.conftest import csrf_token

    response = admin_client.post(
        f"/admin/riverside/places/{place.id}/archive",
        data={"csrf_token": csrf_token(token), "archive": "yes"},
    )
    assert response.status_code == 404
    db.session.refresh(place)
    assert place.archived_at is None


@pytest.mark.parametrize("role", ["author", "board", "analyst", "safeguarding"])
def test_people_who_are_not_admins_find_no_administration(client, riverside, role):
    sign_in(client, make_user(riverside, role))
    for url in ["/admin/", "/admin/new", "/admin/riverside/", "/admin/riverside/audit"]:
        assert client.get(url).status_code == 404, url


def test_an_admin_of_one_partnership_is_not_an_admin_of_another(client, riverside, hillside):
    sign_in(client, make_user(hillside, "admin"))
    assert client.get("/admin/hillside/").status_code == 200
    assert client.get("/admin/riverside/").status_code == 404
    assert client.get("/admin/riverside/people").status_code == 404


def test_every_administration_page_has_labels_headings_and_no_empty_links(
    admin_client, riverside, db
):
    organisation = riverside.organisations[0]
    site = Site(organisation_id=organisation.id, short_name="ward-1", name="Ward 1")
    place = Place(partnership_id=riverside.id, name="North")
    db.session.add_all([site, place])
    db.session.commit()
    member = db.session.scalar(select(Membership).where(Membership.partnership_id == riverside.id))
    for url in [
        "/admin/",
        "/admin/new",
        "/admin/riverside/",
        "/admin/riverside/edit",
        "/admin/riverside/places/new",
        f"/admin/riverside/places/{place.id}/edit",
        f"/admin/riverside/organisations/{organisation.id}/edit",
        f"/admin/riverside/organisations/{organisation.id}/sites/new",
        f"/admin/riverside/sites/{site.id}/edit",
        "/admin/riverside/people",
        f"/admin/riverside/people/{member.user_id}/roles",
        f"/admin/riverside/roles/{member.id}/remove",
        "/admin/riverside/invites",
        "/admin/riverside/audit",
        "/admin/riverside/retention",
    ]:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert parse_page(response).h1.get_text(strip=True), url


def admin_links(client, url: str) -> list:
    return parse_page(client.get(url)).select("main a[href='/admin/']")


def test_the_boards_and_builder_pages_link_an_admin_to_administration(
    client, riverside, hillside, db
):
    user = make_user(riverside, "admin")
    user.memberships += [
        Membership(partnership_id=hillside.id, role="admin"),
        Membership(partnership_id=riverside.id, role="author"),
    ]
    db.session.commit()
    sign_in(client, user)
    assert [a.get_text(strip=True) for a in admin_links(client, "/boards/")] == ["Administration"]
    assert [a.get_text(strip=True) for a in admin_links(client, "/build/")] == ["Administration"]


def test_no_administration_link_for_those_who_administer_nothing(client, riverside, hillside, db):
    user = make_user(riverside, "board")
    user.memberships += [
        Membership(partnership_id=hillside.id, role="board"),
        Membership(partnership_id=riverside.id, role="author"),
    ]
    db.session.commit()
    sign_in(client, user)
    assert admin_links(client, "/boards/") == []
    assert admin_links(client, "/build/") == []
