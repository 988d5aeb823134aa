"""POST /api/v1/responses: checked as the respondent's form is, stored once, limited per
token."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Answer, Response
from tests.api.helpers import bearer, token_for
from tests.conftest import make_partnership, make_survey, rate_limited


@pytest.fixture
def author_token(db):
    partnership = make_partnership()
    make_survey(partnership)
    return token_for(partnership, "author")


def body(**changes) -> dict:
    sent = {
        "survey": "patient-fft",
        "channel": "riverside-hospital",
        "submission_id": str(uuid.uuid4()),
        "answers": {"fft": "good", "better": "More chairs in the waiting room"},
    }
    return {**sent, **changes}


def stored() -> int:
    return db.session.scalar(select(func.count()).select_from(Response))


def test_a_submit_records_one_response_and_resending_it_stores_nothing_more(client, author_token):
    sent = body()
    first = client.post("/api/v1/responses", json=sent, headers=bearer(author_token))
    again = client.post("/api/v1/responses", json=sent, headers=bearer(author_token))
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json["status"] == "recorded" and again.json["status"] == "already recorded"
    response = db.session.scalar(select(Response))
    assert stored() == 1 and response.source == "api"
    texts = db.session.scalars(
        select(Answer.text_redacted).where(Answer.text_redacted.is_not(None))
    )
    assert list(texts) == ["More chairs in the waiting room"]
    assert str(response.id) not in first.get_data(as_text=True)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"answers": {"better": "No rating given"}}, "answers.fft"),
        ({"answers": {"fft": "brilliant"}}, "answers.fft"),
        ({"answers": {"fft": "good", "ward": "7"}}, "answers.ward"),
        ({"answers": {"fft": "good", "better": "x" * 5001}}, "answers.better"),
        ({"answers": {"fft": ["good"]}}, "answers.fft"),
        ({"answers": "good"}, "answers"),
        ({"submission_id": "not-a-uuid"}, "submission_id"),
        ({"survey": "no-such-survey"}, "survey"),
        ({"survey": "hillside-fft"}, "survey"),
        ({"channel": "somewhere-else"}, "channel"),
        ({"language": "fr"}, "language"),
        ({"respondent_type": "staff"}, "respondent_type"),
        ({"ip_address": "10.0.0.1"}, "ip_address"),
    ],
)
def test_bad_input_gets_422_naming_the_field_and_stores_nothing(
    client, author_token, changes, field
):
    make_survey(make_partnership("hillside"), slug="hillside-fft")
    refused = client.post("/api/v1/responses", json=body(**changes), headers=bearer(author_token))
    assert refused.status_code == 422 and field in refused.json["errors"]
    assert stored() == 0


@pytest.mark.parametrize("sent", [b"not json", b"[1, 2]"])
def test_a_body_that_is_not_a_json_object_gets_422(client, author_token, sent):
    headers = {**bearer(author_token), "Content-Type": "application/json"}
    refused = client.post("/api/v1/responses", data=sent, headers=headers)
    assert refused.status_code == 422 and "body" in refused.json["errors"]


def test_a_closed_survey_takes_no_responses(client, db):
    partnership = make_partnership()
    make_survey(partnership, status="closed")
    refused = client.post(
        "/api/v1/responses", json=body(), headers=bearer(token_for(partnership, "author"))
    )
    assert refused.status_code == 422 and "survey" in refused.json["errors"]


def test_an_oversize_body_gets_413_in_json(client, author_token):
    sent = body(answers={"fft": "good", "better": "x" * 70_000})
    refused = client.post("/api/v1/responses", json=sent, headers=bearer(author_token))
    assert refused.status_code == 413 and refused.is_json and stored() == 0


def test_submits_are_limited_per_token_not_per_address(app, db, tmp_path):
    partnership = make_partnership()
    make_survey(partnership)
    first, second = token_for(partnership, "author"), token_for(partnership, "author")
    with rate_limited(app, tmp_path, API_SUBMIT_LIMIT="2 per minute") as limited:
        client = limited.test_client()
        codes = [
            client.post("/api/v1/responses", json=body(), headers=bearer(first)).status_code
            for _ in range(3)
        ]
        other = client.post("/api/v1/responses", json=body(), headers=bearer(second))
        assert codes == [201, 201, 429] and other.status_code == 201
        refused = client.post("/api/v1/responses", json=body(), headers=bearer(first))
        assert refused.is_json and refused.json["error"] == "Too Many Requests"
