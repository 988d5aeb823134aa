"""A missing answer's message names its question, in the error summary and by the field,
so a list of several says which question each is about, in the respondent's language."""

from __future__ import annotations

import pytest

from tests.conftest import parse_page
from tests.respond.helpers import build_survey, send

VALUED = {"type": "scale", "text": "I feel valued at work.", "code": "valued", "required": True}
WORKLOAD = {
    "type": "scale",
    "text": "My workload is manageable.",
    "code": "workload",
    "required": True,
}


def messages(page) -> tuple[list[str], list[str]]:
    """The error summary's links and the messages beside the fields, in page order."""
    summary = [a.get_text(strip=True) for a in page.select(".nhsuk-error-summary a")]
    by_fields = [
        m.get_text(strip=True).removeprefix("Error:").strip()
        for m in page.select(".nhsuk-error-message")
    ]
    return summary, by_fields


def test_each_missing_statement_is_named_in_the_summary_and_by_its_field(client, db):
    url = build_survey(VALUED, WORKLOAD, audience="staff")
    response = send(client, url)
    assert response.status_code == 400
    expected = [
        "Select how much you agree with ‘I feel valued at work’",
        "Select how much you agree with ‘My workload is manageable’",
    ]
    assert messages(parse_page(response)) == (expected, expected)


@pytest.mark.parametrize(
    ("question", "message"),
    [
        (
            {"type": "fft", "text": "How was your visit?"},
            "Select an answer to ‘How was your visit?’",
        ),
        ({"type": "yes_no", "text": "Did you stay?"}, "Select an answer to ‘Did you stay?’"),
        (
            {"type": "free_text", "text": "What went well?"},
            "Enter your answer to ‘What went well?’",
        ),
        ({"type": "number", "text": "How many visits?"}, "Enter a number for ‘How many visits?’"),
        ({"type": "date", "text": "When did you visit?"}, "Enter a date for ‘When did you visit?’"),
        (
            {
                "type": "multiple_choice",
                "text": "Which rooms did you use?",
                "choices": [{"code": "ward", "label": "Ward"}, {"code": "cafe", "label": "Café"}],
            },
            "Select at least one answer to ‘Which rooms did you use?’",
        ),
    ],
)
def test_each_question_type_names_its_question_when_unanswered(client, db, question, message):
    url = build_survey({**question, "code": "q", "required": True})
    assert messages(parse_page(send(client, url))) == ([message], [message])


def test_a_welsh_respondent_reads_the_message_with_the_welsh_question(client, db):
    welsh = {"valued": {"text": "Rwy’n teimlo fy mod yn cael fy ngwerthfawrogi yn y gwaith."}}
    url = build_survey(VALUED, languages=["en", "cy"], translations={"cy": ({}, welsh)})
    response = send(client, f"{url}?lang=cy")
    assert response.status_code == 400
    message = (
        "Dewiswch i ba raddau rydych chi’n cytuno â "
        "‘Rwy’n teimlo fy mod yn cael fy ngwerthfawrogi yn y gwaith’"
    )
    summary, _by_fields = messages(parse_page(response))
    assert summary == [message]
