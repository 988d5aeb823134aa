"""Surveys built the way authors build them, and a respondent's way through them."""

from __future__ import annotations

from sqlalchemy import select
from werkzeug.datastructures import MultiDict

from feedback.extensions import db
from feedback.models import Channel, Response, Survey
from feedback.services import building
from tests.conftest import form_data, make_partnership, parse_page

OVERNIGHT = {"type": "yes_no", "text": "Did you stay overnight?", "code": "overnight"}
BED = {
    "type": "free_text",
    "text": "How was your bed?",
    "code": "bed",
    "required": True,
    "show_if": {"question": "overnight", "values": ["yes"]},
}


def build_survey(*questions: dict, translations: dict | None = None, **details) -> str:
    """Publish a survey with these questions and a channel; returns its URL.
    translations: {language: (survey details, {code: question wording})}."""
    partnership = make_partnership()
    details = {"title": "Ward survey", "audience": "patients", **details}
    survey = building.create_survey(partnership, **details)
    for question in questions:
        building.add_question(survey, **question)
    for language, (survey_words, question_words) in (translations or {}).items():
        building.set_translation(survey, language, survey_words, question_words)
    building.publish(survey)
    organisation = partnership.organisations[0]
    db.session.add(Channel(survey=survey, organisation_id=organisation.id, code="ward-7"))
    db.session.commit()
    return f"/s/{survey.slug}"


def survey_at(url: str) -> Survey:
    return db.session.scalar(select(Survey).where(Survey.slug == url.removeprefix("/s/")))


def stored() -> list[Response]:
    db.session.expire_all()
    return list(db.session.scalars(select(Response)))


def stored_answers() -> dict[str, str]:
    """The one stored response's answers, by question code."""
    (response,) = stored()
    return {a.question.code: a.value or a.text_raw for a in response.answers}


def send(client, url: str, **answers):
    """Open the form, fill it in and send it."""
    page = parse_page(client.get(url))
    return client.post(url, data=form_data(page, **answers))


def step(client, url: str, page, **answers):
    """Post one step of a one-question-per-page survey, keeping every hidden field (some
    repeat, as a multiple choice answer does); returns the parsed next page."""
    data = MultiDict(
        (i["name"], i.get("value", "")) for i in page.select("form input[type=hidden]")
    )
    for name, value in answers.items():
        data.setlist(name, value if isinstance(value, list) else [value])
    return client.post(url, data=data)
