"""Typing in paper forms: stored with source paper and their channel, warned on a double entry."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from feedback.models import Channel, Organisation, Response
from feedback.services import building
from tests.conftest import csrf_token, form_data, make_partnership, make_user, parse_page, sign_in

DUPLICATE = (
    "This form looks the same as one entered earlier. "
    "Check it is not the same paper form entered twice."
)


@pytest.fixture
def riverside(db):
    """The builder tests' partnership (tests/build/conftest.py), with more organisations."""
    riverside = make_partnership()
    riverside.organisations.append(
        Organisation(short_name="north-gp", name="North GP Practice", sector="primary_care")
    )
    db.session.commit()
    return riverside


def published_survey(db, riverside, audience="patients"):
    survey = building.create_survey(riverside, title="Clinic feedback", audience=audience)
    building.add_question(
        survey, type="fft", text="Overall, how was your experience?", code="overall"
    )
    building.add_question(
        survey, type="yes_no", text="Were you treated with dignity?", code="dignity"
    )
    building.publish(survey)
    for organisation in riverside.organisations:
        db.session.add(
            Channel(survey=survey, organisation_id=organisation.id, code=organisation.short_name)
        )
    db.session.commit()
    return survey


@pytest.fixture
def survey(db, riverside):
    return published_survey(db, riverside)


def entry_page(client, survey, query=""):
    return parse_page(client.get(f"/build/{survey.slug}/paper{query}"))


def enter(client, survey, soup=None, **fields):
    soup = soup or entry_page(client, survey)
    return client.post(f"/build/{survey.slug}/paper", data=form_data(soup, **fields))


def paper_responses(db) -> list[Response]:
    return list(db.session.scalars(select(Response).where(Response.source == "paper")))


ONE_FORM = {
    "entry-channel": "north-gp",
    "overall": "good",
    "dignity": "yes",
    "entry-assisted": "staff",
}


@pytest.mark.parametrize("query", ["", "?channel=nowhere"])
def test_the_entry_page_starts_at_the_channel_with_every_question(client, author, survey, query):
    soup = entry_page(client, survey, query)
    assert soup.select_one("[autofocus]")["id"] == "entry-channel"
    legends = [legend.get_text(strip=True) for legend in soup.select("legend")]
    assert legends == [
        "Overall, how was your experience?",
        "Were you treated with dignity?",
        "Did someone help them answer?",
    ]
    buttons = soup.select("#survey-form button")
    assert [b.get_text(strip=True) for b in buttons] == ["Save and enter next"]
    assert not soup.select("[tabindex]:not([tabindex='-1'])")


def test_a_paper_form_is_stored_with_source_paper_and_its_channel(client, author, survey, db):
    response = enter(client, survey, **ONE_FORM, **{"entry-form_date": "3/4/2025"})
    assert response.status_code == 303
    [stored] = paper_responses(db)
    channel = db.session.get(Channel, stored.channel_id)
    assert channel.code == "north-gp"
    assert stored.organisation_id == channel.organisation_id
    assert (stored.respondent_type, stored.language, stored.assisted) == ("patient", "en", "staff")
    assert stored.submitted_on == date(2025, 4, 3)
    assert {a.question.code: a.value for a in stored.answers} == {
        "overall": "good",
        "dignity": "yes",
    }


def test_after_a_save_the_page_is_blank_and_counts_the_forms(client, author, survey):
    enter(client, survey, **ONE_FORM)
    second = {**ONE_FORM, "overall": "poor"}
    response = enter(client, survey, **second)
    soup = parse_page(client.get(response.headers["Location"]))
    text = soup.get_text(" ", strip=True)
    assert "Form saved. Enter the next one." in text
    assert "You have entered 2 forms in this sitting." in text
    assert not soup.select("input[type=radio][checked]")
    assert soup.select_one("#entry-channel option[selected]")["value"] == "north-gp"
    assert soup.select_one("[autofocus]")["id"] == "overall"


def test_the_same_form_twice_is_not_stored_until_confirmed(client, author, survey, db):
    enter(client, survey, **ONE_FORM)
    response = enter(client, survey, **ONE_FORM)
    assert response.status_code == 200
    soup = parse_page(response)
    assert DUPLICATE in soup.get_text(" ", strip=True)
    assert len(paper_responses(db)) == 1
    assert soup.select_one("#overall-2").has_attr("checked")
    assert soup.select_one("#entry-channel option[selected]")["value"] == "north-gp"
    assert soup.select_one("[autofocus]")["name"] == "entry-save_anyway"

    confirmed = enter(client, survey, soup, **ONE_FORM, **{"entry-save_anyway": "y"})
    assert confirmed.status_code == 303
    assert len(paper_responses(db)) == 2


@pytest.mark.parametrize(
    "different",
    [
        {"entry-channel": "riverside-hospital"},
        {"dignity": "no"},
        {"entry-form_date": "1/1/2025"},
    ],
)
def test_a_form_from_elsewhere_or_with_other_answers_is_not_a_duplicate(
    client, author, survey, db, different
):
    enter(client, survey, **ONE_FORM)
    assert enter(client, survey, **{**ONE_FORM, **different}).status_code == 303
    assert len(paper_responses(db)) == 2


@pytest.mark.parametrize(
    ("fields", "field_id", "message"),
    [
        ({"entry-channel": ""}, "entry-channel", "Select where the paper form came from"),
        ({"entry-form_date": "31/2/2025"}, "entry-form_date", "day/month/year"),
        ({"entry-form_date": "1/1/2999"}, "entry-form_date", "today or in the past"),
        ({"dignity": "maybe"}, "dignity", ""),
    ],
)
def test_bad_input_is_explained_at_the_field_and_kept(
    client, author, survey, db, fields, field_id, message
):
    response = enter(client, survey, **{**ONE_FORM, **fields})
    assert response.status_code == 400
    soup = parse_page(response)
    assert soup.select_one(f".nhsuk-error-summary a[href='#{field_id}']")
    assert message in soup.select_one(f"#{field_id}-error").get_text()
    assert soup.select_one("#entry-assisted-3").has_attr("checked")
    assert paper_responses(db) == []


def test_a_mixed_survey_asks_who_filled_in_the_form(client, author, riverside, db):
    survey = published_survey(db, riverside, audience="mixed")
    missing = enter(client, survey, **ONE_FORM)
    assert missing.status_code == 400
    assert "Select who filled in the form" in parse_page(missing).get_text(" ", strip=True)
    assert (
        enter(client, survey, **ONE_FORM, **{"entry-respondent_type": "carer"}).status_code == 303
    )
    assert [r.respondent_type for r in paper_responses(db)] == ["carer"]


def test_a_draft_survey_asks_to_be_published_first(client, author, riverside, db):
    draft = building.create_survey(riverside, title="Not yet", audience="patients")
    db.session.commit()
    soup = entry_page(client, draft)
    assert "Publish the survey before entering paper forms" in soup.get_text(" ", strip=True)
    assert not soup.select("#survey-form")


def test_signed_out_people_are_sent_to_sign_in(client, survey):
    response = client.get(f"/build/{survey.slug}/paper")
    assert response.status_code == 302 and response.headers["Location"].startswith("/sign-in")


@pytest.mark.parametrize("role", ["board", "analyst"])
def test_only_authors_and_admins_enter_paper_forms(client, survey, riverside, db, role):
    sign_in(client, make_user(riverside, role))
    assert client.get(f"/build/{survey.slug}/paper").status_code == 404
    token = csrf_token(client.get("/", follow_redirects=True).get_data(as_text=True))
    data = {**ONE_FORM, "csrf_token": token}
    assert client.post(f"/build/{survey.slug}/paper", data=data).status_code == 404
    assert paper_responses(db) == []
