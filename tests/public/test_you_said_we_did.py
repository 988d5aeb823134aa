"""The public "You said, we did" pages: themes with actions in plain words, no sign-in, no
quotes, per partnership and per organisation."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Action, GlossaryTerm, Organisation, Theme
from feedback.services.actions import seed_demo_actions
from tests.boards.test_theme_pages import KIND, PARKING, WAITING, add_responses, store_run
from tests.conftest import make_partnership, make_survey, parse_page

PAGE = "/you-said-we-did/riverside"


@pytest.fixture
def themed(db):
    partnership = make_partnership()
    partnership.organisations.append(
        Organisation(short_name="homes", name="Homes Together", sector="housing")
    )
    survey = make_survey(partnership)
    store_run(
        partnership,
        {
            "Tenant repairs": add_responses(survey, WAITING * 3, "patient", "poor"),
            "Kind staff": add_responses(survey, KIND * 3, "patient", "good"),
            "Parking": add_responses(survey, PARKING * 3, "patient", "poor"),
        },
    )
    db.session.add(
        GlossaryTerm(
            partnership_id=partnership.id,
            term="service user",
            meaning="Anyone using a service",
            sector_terms={"housing": ["tenant"], "nhs_acute": ["patient"]},
        )
    )
    db.session.commit()
    return partnership


def act(partnership, label: str, decision: str, organisation: str | None = None, **extra):
    theme = db.session.scalar(select(Theme).where(Theme.label == label))
    organisation_id = None
    if organisation:
        organisation_id = db.session.scalar(
            select(Organisation.id).where(Organisation.short_name == organisation)
        )
    db.session.add(
        Action(
            partnership_id=partnership.id,
            theme_id=theme.id,
            decision=decision,
            owner="Board",
            due_on=date(2027, 1, 31),
            organisation_id=organisation_id,
            **extra,
        )
    )
    db.session.commit()


def headings(page) -> list[str]:
    return [h.get_text(" ", strip=True) for h in page.select("section.nhsuk-card h3")]


def test_the_page_lists_themes_with_actions_by_their_agreed_name(client, themed):
    act(themed, "Tenant repairs", "Repairs reported online", status="done")
    page = parse_page(client.get(PAGE))
    assert headings(page) == ["Service user repairs"]
    text = page.get_text(" ", strip=True)
    assert "Repairs reported online" in text and "Done on 31 January 2027" in text


def test_the_page_shows_no_quotes_and_no_counts(client, themed):
    act(themed, "Kind staff", "Thank-you cards for the ward")
    text = parse_page(client.get(PAGE)).get_text(" ", strip=True)
    assert not any(quote in text for quote in KIND + WAITING + PARKING)
    numbers = set(re.findall(r"\b\d+\b", text))
    assert numbers <= {"31", "2027", "4", "7"}, "only the date and the code's example"


def test_not_possible_shows_its_reason(client, themed):
    act(themed, "Parking", "A new car park", status="not_possible", reason="The land is sold")
    text = parse_page(client.get(PAGE)).get_text(" ", strip=True)
    assert "Not possible" in text and "Why it is not possible: The land is sold" in text


def test_an_organisation_page_shows_its_own_and_partnership_wide_actions(client, themed):
    act(themed, "Tenant repairs", "Repairs reported online", organisation="homes")
    act(themed, "Kind staff", "Thank-you cards", organisation="riverside-hospital")
    act(themed, "Parking", "Bus timetable on every letter")
    page = parse_page(client.get(f"{PAGE}/homes"))
    assert sorted(headings(page)) == ["Parking", "Service user repairs"]
    assert "Thank-you cards" not in page.get_text()
    everything = parse_page(client.get(PAGE))
    assert len(headings(everything)) == 3
    assert everything.find("a", string="Homes Together")["href"] == f"{PAGE}/homes"


@pytest.mark.parametrize(
    "url", ["/you-said-we-did/nowhere", f"{PAGE}/nobody", "/you-said-we-did/hillside/homes"]
)
def test_unknown_partnerships_and_organisations_are_not_found(client, themed, url):
    other = make_partnership("hillside")
    assert other.organisations[0].short_name == "hillside-hospital"
    assert client.get(url).status_code == 404


def test_an_empty_code_asks_for_one(client, themed):
    page = parse_page(client.get(PAGE, query_string={"code": " "}))
    assert (
        page.select_one(".nhsuk-error-message")
        .get_text(strip=True)
        .endswith("Enter your receipt code")
    )


def test_a_code_of_the_wrong_shape_explains_what_a_code_looks_like(client, themed):
    page = parse_page(client.get(PAGE, query_string={"code": "12345"}))
    assert "8 letters and numbers" in page.select_one(".nhsuk-error-message").get_text()


def test_demo_actions_wait_for_themes_and_are_added_once(themed):
    other = make_partnership("hillside")
    seed_demo_actions(other)
    seed_demo_actions(themed)
    seed_demo_actions(themed)
    db.session.commit()
    counts = dict(
        db.session.execute(
            select(Action.partnership_id, func.count()).group_by(Action.partnership_id)
        ).all()
    )
    assert counts == {themed.id: 3}


def test_demo_actions_land_on_the_themes_about_their_subject(themed):
    seed_demo_actions(themed)
    db.session.commit()
    actions = db.session.scalars(select(Action).where(Action.partnership_id == themed.id))
    on = {action.status: action.theme.label for action in actions}
    # Reception staff for the waits, staff sessions for staff, and the car park for parking.
    assert on == {"in_progress": "Tenant repairs", "done": "Kind staff", "not_possible": "Parking"}


def test_a_receipt_follows_the_analysts_moves_and_merges(themed):
    from feedback.models import Answer, Response, ThemeAssignment
    from feedback.services import curation, receipts
    from tests.conftest import make_user

    def theme(label: str) -> Theme:
        return db.session.scalar(select(Theme).where(Theme.label == label))

    analyst = make_user(themed, "analyst")
    answer = db.session.scalar(
        select(Answer)
        .join(ThemeAssignment, ThemeAssignment.answer_id == Answer.id)
        .where(ThemeAssignment.theme_id == theme("Parking").id)
        .limit(1)
    )
    response = db.session.get(Response, answer.response_id)

    def joined() -> list[str]:
        return sorted(t.label for t in receipts.themes_of(response, themed.id))

    assert joined() == ["Parking"]
    curation.move_answer(themed, answer, analyst, str(theme("Kind staff").id))
    db.session.commit()
    assert joined() == ["Kind staff"]
    curation.merge_theme(theme("Kind staff"), analyst, str(theme("Tenant repairs").id))
    db.session.commit()
    assert joined() == ["Tenant repairs"]
