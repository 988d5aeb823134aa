"""The glossary: who may read and change it, its form's checks, and agreed words in reports."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import AuditEvent, GlossaryTerm
from feedback.services import glossary
from tests.boards.test_theme_pages import WAITING, add_responses, store_run
from tests.conftest import (
    csrf_token,
    form_data,
    make_partnership,
    make_survey,
    make_user,
    parse_page,
    sign_in,
)

URL = "/boards/riverside/glossary"
SERVICE_USER = {
    "term": "service user",
    "meaning": "Anyone who uses a service, whoever provides it.",
    "sector_terms": "nhs_acute = patient\nhousing = tenant, resident\nadult_social_care = client",
}


def add_term(partnership, **fields) -> GlossaryTerm:
    term = GlossaryTerm(
        partnership_id=partnership.id,
        term=fields.get("term", "service user"),
        meaning=fields.get("meaning", "Anyone who uses a service."),
        sector_terms=fields.get(
            "sector_terms",
            {"nhs_acute": ["patient"], "housing": ["tenant"], "adult_social_care": ["client"]},
        ),
    )
    db.session.add(term)
    db.session.commit()
    return term


def signed_in(client, role: str, slug: str = "riverside"):
    partnership = make_partnership(slug)
    sign_in(client, make_user(partnership, role))
    return partnership


def post_form(client, url: str, **fields):
    page = parse_page(client.get(url))
    return client.post(url, data=form_data(page, **fields))


@pytest.mark.parametrize("role", ["admin", "board", "analyst"])
def test_board_roles_read_the_glossary(client, db, role):
    partnership = signed_in(client, role)
    add_term(partnership)
    page = parse_page(client.get(URL))
    row = page.select_one(".nhsuk-summary-list__row")
    assert row.dt.get_text(strip=True) == "service user"
    assert "Housing: tenant" in row.get_text(" ", strip=True)


def test_analyst_adds_a_term_with_its_sector_words(client, db):
    partnership = signed_in(client, "analyst")
    response = post_form(client, f"{URL}/new", **SERVICE_USER)
    assert response.status_code == 303
    (term,) = glossary.terms_for(partnership.id)
    assert term.sector_terms == {
        "nhs_acute": ["patient"],
        "housing": ["tenant", "resident"],
        "adult_social_care": ["client"],
    }
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.object_id == str(term.id)))
    assert event.action == "glossary_term_added"


def test_admin_changes_a_term(client, db):
    partnership = signed_in(client, "admin")
    term = add_term(partnership)
    url = f"{URL}/{term.id}/edit"
    page = parse_page(client.get(url))
    assert page.select_one("#sector_terms").get_text().startswith("nhs_acute = patient")
    post_form(client, url, term="person using services", meaning="Changed.", sector_terms="")
    db.session.refresh(term)
    assert (term.term, term.meaning, term.sector_terms) == ("person using services", "Changed.", {})


def test_analyst_removes_a_term(client, db):
    partnership = signed_in(client, "analyst")
    term = add_term(partnership)
    response = post_form(client, f"{URL}/{term.id}/delete")
    assert response.status_code == 303
    assert glossary.terms_for(partnership.id) == []
    assert db.session.scalar(
        select(func.count()).where(AuditEvent.action == "glossary_term_deleted")
    )


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"term": ""}, "term", "Enter the term"),
        ({"term": "Service  USER"}, "term", "The glossary already has"),
        ({"meaning": "  "}, "meaning", "Enter what the partnership agreed it means"),
        ({"sector_terms": "hospital = patient"}, "sector_terms", "hospital is not a sector"),
        ({"sector_terms": "housing tenant"}, "sector_terms", "Line 1: write the sector, then ="),
        ({"sector_terms": "housing = tenant\nhousing = "}, "sector_terms", "Line 2: give at least"),
    ],
)
def test_bad_input_gets_a_message_at_the_field_and_saves_nothing(
    client, db, fields, field, message
):
    partnership = signed_in(client, "analyst")
    add_term(partnership)
    response = post_form(client, f"{URL}/new", **{**SERVICE_USER, "term": "carer", **fields})
    assert response.status_code == 400
    page = parse_page(response)
    assert page.title.get_text().startswith("Error:")
    assert page.select_one(f'.nhsuk-error-summary a[href="#{field}"]')
    assert message in page.select_one(f"#{field}-error").get_text()
    assert len(glossary.terms_for(partnership.id)) == 1


def test_board_member_cannot_change_the_glossary(client, db):
    partnership = signed_in(client, "board")
    term = add_term(partnership)
    page = parse_page(client.get(URL))
    assert not page.select(f'a[href*="{term.id}"]') and "Add a term" not in page.get_text()
    token = csrf_token(client.get(URL).get_data(as_text=True))
    for url in (f"{URL}/new", f"{URL}/{term.id}/edit", f"{URL}/{term.id}/delete"):
        assert client.get(url).status_code == 404
        assert client.post(url, data={**SERVICE_USER, "csrf_token": token}).status_code == 404
    assert glossary.terms_for(partnership.id) == [term]


def test_a_term_of_another_partnership_is_not_found(client, db):
    signed_in(client, "analyst")
    other = add_term(make_partnership("hillside"))
    for url in (f"{URL}/{other.id}/edit", f"{URL}/{other.id}/delete", f"{URL}/{uuid.uuid4()}/edit"):
        assert client.get(url).status_code == 404, url
    assert client.get("/boards/hillside/glossary").status_code == 404


def test_demo_glossary_is_seeded_once(db):
    partnership = make_partnership()
    glossary.seed_demo_glossary(partnership)
    glossary.seed_demo_glossary(partnership)
    terms = {t.term: t for t in glossary.terms_for(partnership.id)}
    assert set(terms) == {"carer", "discharge", "service user"}
    assert "move-on" in terms["discharge"].sector_terms["housing"]


def test_term_with_three_sector_words_is_beside_the_report_and_labels_use_it(client, db):
    partnership = make_partnership()
    add_term(partnership)
    survey = make_survey(partnership)
    store_run(
        partnership, {"Tenants repairs": add_responses(survey, WAITING * 3, "patient", "poor")}
    )
    sign_in(client, make_user(partnership, "board"))
    page = parse_page(client.get("/boards/riverside/"))
    themes = next(t for t in page.select("table") if "Largest" in t.caption.get_text())
    assert "Service users repairs" in themes.get_text(" ")
    aside = page.select_one("aside.fv-glossary-aside")
    assert aside.dt.get_text(strip=True) == "service user"
    words = aside.dd.get_text(" ", strip=True)
    assert all(word in words for word in ("NHS hospital: patient", "Housing: tenant", "client"))
