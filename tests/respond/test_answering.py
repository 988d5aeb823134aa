"""Answering a survey: the form, one stored response per submission, clear errors."""

from __future__ import annotations

import re
import uuid

import pytest
from sqlalchemy import func, select

from feedback.models import Answer, Response
from tests.conftest import form_data, make_partnership, make_survey, parse_page


@pytest.fixture
def survey(db):
    return make_survey(make_partnership())


def count_responses(db) -> int:
    return db.session.scalar(select(func.count()).select_from(Response))


def answer_page(client, url="/s/patient-fft"):
    return parse_page(client.get(url))


def test_survey_page_shows_the_fft_question_in_its_2020_wording(client, survey):
    soup = answer_page(client)
    legend = soup.select_one("fieldset legend").get_text(strip=True)
    assert legend == "Overall, how was your experience of our service?"
    labels = [
        label.get_text(strip=True) for label in soup.select("#survey-form .nhsuk-radios__label")
    ]
    assert labels == [
        "Very good",
        "Good",
        "Neither good nor poor",
        "Poor",
        "Very poor",
        "Don't know",
    ]


def test_a_submission_is_stored_and_thanked_with_a_303(client, survey, db):
    soup = answer_page(client)
    response = client.post("/s/patient-fft", data=form_data(soup, fft="good", good="Kind nurses"))
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/s/patient-fft/thanks")
    assert count_responses(db) == 1
    assert (
        parse_page(client.get(response.headers["Location"])).h1.get_text(strip=True) == "Thank you"
    )


def test_same_submission_id_is_stored_once(client, survey, db):
    data = form_data(answer_page(client), fft="very_good")
    assert client.post("/s/patient-fft", data=data).status_code == 303
    assert client.post("/s/patient-fft", data=data).status_code == 303
    assert count_responses(db) == 1


def test_a_channel_attributes_the_response_to_its_organisation(client, survey, db):
    code = survey.channels[0].code
    soup = answer_page(client, f"/s/patient-fft/{code}")
    client.post(f"/s/patient-fft/{code}", data=form_data(soup, fft="good"))
    stored = db.session.scalar(select(Response))
    assert stored.organisation_id == survey.channels[0].organisation_id


def test_nothing_identifying_is_stored_with_a_response(client, survey, db):
    soup = answer_page(client)
    client.post(
        "/s/patient-fft",
        data=form_data(soup, fft="good"),
        headers={"User-Agent": "Tracker/1.0"},
        environ_base={"REMOTE_ADDR": "10.1.2.3"},
    )
    row = db.session.execute(select(Response.__table__)).mappings().one()
    columns = set(row.keys())
    assert not columns & {"ip", "ip_address", "user_agent", "created_at", "submitted_at"}
    assert "10.1.2.3" not in str(dict(row)) and "Tracker" not in str(dict(row))
    assert row["id"].version == 4


def test_free_text_is_kept_raw_and_shown_redacted(client, survey, db):
    soup = answer_page(client)
    text = "Call me on 07700 900123 or write to jo@example.com"
    client.post("/s/patient-fft", data=form_data(soup, fft="good", better=text))
    answer = db.session.scalar(select(Answer).where(Answer.text_raw.is_not(None)))
    assert answer.text_raw == text
    assert "07700" not in answer.text_redacted and "jo@example.com" not in answer.text_redacted


def test_missing_required_answer_shows_the_error_summary_and_keeps_answers(client, survey, db):
    soup = answer_page(client)
    response = client.post("/s/patient-fft", data=form_data(soup, good="Lovely ward"))
    page = parse_page(response)
    assert response.status_code == 400
    assert page.title.get_text().startswith("Error:")
    link = page.select_one(".nhsuk-error-summary a")
    assert link["href"] == "#fft" and page.select_one("#fft") is not None
    assert page.select_one("textarea#good").get_text() == "Lovely ward"
    assert count_responses(db) == 0


def test_too_long_free_text_gets_a_clear_message(client, survey, db):
    soup = answer_page(client)
    response = client.post("/s/patient-fft", data=form_data(soup, fft="good", good="x" * 5001))
    page = parse_page(response)
    assert response.status_code == 400
    assert (
        "5,000 characters or fewer"
        in page.select_one("#good-error, .nhsuk-error-message").get_text()
    )
    assert count_responses(db) == 0


def test_expired_csrf_token_shows_the_form_again_with_answers_kept(client, survey, db):
    soup = answer_page(client)
    data = form_data(soup, fft="poor", better="The wait")
    data["csrf_token"] = "expired-or-tampered"
    response = client.post("/s/patient-fft", data=data)
    page = parse_page(response)
    assert response.status_code == 400
    assert "timed out" in page.select_one(".nhsuk-error-summary").get_text()
    assert page.select_one("#fft-4")["checked"] is not None or page.select_one(
        "input[value=poor][checked]"
    )
    assert page.select_one("textarea#better").get_text() == "The wait"
    assert page.select_one("input[name=submission_id]")["value"] == data["submission_id"]
    resend = form_data(page, fft="poor", better="The wait")
    assert client.post("/s/patient-fft", data=resend).status_code == 303
    assert count_responses(db) == 1


def test_missing_csrf_token_is_refused_without_storing(client, survey, db):
    data = form_data(answer_page(client), fft="good")
    del data["csrf_token"]
    assert client.post("/s/patient-fft", data=data).status_code == 400
    assert count_responses(db) == 0


def test_tampered_choice_is_refused(client, survey, db):
    response = client.post("/s/patient-fft", data=form_data(answer_page(client), fft="excellent"))
    assert response.status_code == 400
    assert count_responses(db) == 0


def test_honeypot_filled_in_is_refused(client, survey, db):
    data = form_data(answer_page(client), fft="good", website="http://spam.example")
    assert client.post("/s/patient-fft", data=data).status_code == 400
    assert count_responses(db) == 0


def test_unknown_survey_shows_the_not_found_page(client, db):
    response = client.get("/s/no-such-survey")
    assert response.status_code == 404
    assert parse_page(response).h1.get_text(strip=True) == "Page not found"


def test_unknown_channel_code_is_not_found(client, survey):
    assert client.get("/s/patient-fft/nowhere").status_code == 404


def test_closed_survey_says_so(client, db):
    make_survey(make_partnership(), status="closed")
    response = client.get("/s/patient-fft")
    assert response.status_code == 410
    assert "closed" in parse_page(response).h1.get_text()


def test_posting_to_a_closed_survey_stores_nothing(client, db):
    make_survey(make_partnership(), status="closed")
    data = {"fft": "good", "submission_id": str(uuid.uuid4())}
    assert client.post("/s/patient-fft", data=data).status_code == 410
    assert count_responses(db) == 0


def test_oversize_body_gets_the_413_page(client, survey, db):
    response = client.post("/s/patient-fft", data={"good": "x" * 70_000})
    assert response.status_code == 413
    assert "too" in parse_page(response).h1.get_text().lower()
    assert count_responses(db) == 0


def test_respondent_cookie_is_samesite_strict(client, survey):
    cookies = client.get("/s/patient-fft").headers.getlist("Set-Cookie")
    assert len(cookies) == 1, "respondent pages set only the session cookie the form needs"
    assert "SameSite=Strict" in cookies[0] and "HttpOnly" in cookies[0]


def test_respondent_pages_send_no_referrer_and_a_strict_csp(client, survey):
    response = client.get("/s/patient-fft")
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store"


@pytest.fixture
def failing_inserts(db):
    """A real database failure: PostgreSQL refuses every new response for this test."""
    from sqlalchemy import text

    statements = [
        "CREATE FUNCTION refuse_response() RETURNS trigger AS $$ BEGIN "
        "RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql",
        "CREATE TRIGGER refuse_response BEFORE INSERT ON responses "
        "FOR EACH ROW EXECUTE FUNCTION refuse_response()",
    ]
    with db.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    yield
    with db.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER refuse_response ON responses"))
        connection.execute(text("DROP FUNCTION refuse_response()"))


def test_a_failing_database_gives_a_retry_page_that_keeps_the_answers(
    client, survey, db, failing_inserts
):
    soup = answer_page(client)
    response = client.post("/s/patient-fft", data=form_data(soup, fft="good", good="Kind staff"))
    page = parse_page(response)
    assert response.status_code == 503
    assert "not been sent" in page.get_text()
    assert page.select_one("textarea#good").get_text() == "Kind staff"
    assert page.select_one("input[value=good][checked]") is not None


def test_privacy_page_says_what_is_and_is_not_stored(client, db):
    page = parse_page(client.get("/privacy"))
    text = page.get_text(" ")
    assert "IP address" in text and "the day you answered" in text


def test_a_response_row_holds_only_what_the_privacy_page_promises(client, survey, db):
    client.post("/s/patient-fft", data=form_data(answer_page(client), fft="good"))
    row = db.session.execute(select(Response.__table__)).mappings().one()
    assert set(row.keys()) == {
        "id",
        "submission_id",
        "survey_id",
        "version_id",
        "channel_id",
        "organisation_id",
        "respondent_type",
        "language",
        "source",
        "external_id",
        "submitted_on",
        "assisted",
        "receipt",
    }
    # The receipt code itself is never stored: only a keyed digest of it.
    thanks = client.get("/s/patient-fft/thanks").get_data(as_text=True)
    code = re.search(r"\b([2-9A-Z]{4}-[2-9A-Z]{4})\b", thanks).group(1)
    assert row["receipt"] and code.replace("-", "") not in row["receipt"]


def test_a_failed_store_logs_no_answer_text(client, survey, db, failing_inserts, caplog):
    soup = answer_page(client)
    client.post("/s/patient-fft", data=form_data(soup, fft="good", good="Secret remark 4417"))
    assert "Could not store a response" in caplog.text
    assert "4417" not in caplog.text


def test_a_database_outage_before_the_form_keeps_the_answers_to_send_again(client, survey, db):
    soup = answer_page(client)
    data = form_data(soup, fft="poor", better="Ward too cold")
    from sqlalchemy import text

    with db.engine.begin() as connection:
        connection.execute(text("ALTER TABLE surveys RENAME TO surveys_away"))
    try:
        response = client.post("/s/patient-fft", data=data)
    finally:
        db.session.rollback()
        with db.engine.begin() as connection:
            connection.execute(text("ALTER TABLE surveys_away RENAME TO surveys"))
    page = parse_page(response)
    assert response.status_code == 503
    assert page.h1.get_text(strip=True) == "Your answers have not been sent yet"
    kept = {i["name"]: i["value"] for i in page.select("form input[type=hidden]")}
    assert kept["better"] == "Ward too cold" and kept["submission_id"] == data["submission_id"]
    assert client.post("/s/patient-fft", data=kept).status_code == 303
    assert count_responses(db) == 1


def test_answer_again_keeps_the_channel(client, survey, db):
    code = survey.channels[0].code
    soup = answer_page(client, f"/s/patient-fft/{code}")
    thanks = client.post(f"/s/patient-fft/{code}", data=form_data(soup, fft="good"))
    page = parse_page(client.get(thanks.headers["Location"]))
    link = page.find("a", string="Answer again for someone else")
    assert link["href"] == f"/s/patient-fft/{code}"


def test_a_filled_honeypot_says_the_answers_were_not_sent(client, survey, db):
    data = form_data(answer_page(client), fft="good", good="Fine", website="autofilled")
    page = parse_page(client.post("/s/patient-fft", data=data))
    assert "have not been sent yet" in page.select_one(".nhsuk-error-summary").get_text()
    assert page.select_one("textarea#good").get_text() == "Fine"


def test_a_form_left_open_past_the_token_lifetime_can_be_sent_again(
    client, survey, db, monkeypatch
):
    import time

    soup = answer_page(client)
    later = time.time() + 48 * 3600
    monkeypatch.setattr(time, "time", lambda: later)
    page = parse_page(client.post("/s/patient-fft", data=form_data(soup, fft="good")))
    assert "timed out" in page.select_one(".nhsuk-error-summary").get_text()
    assert client.post("/s/patient-fft", data=form_data(page, fft="good")).status_code == 303
    assert count_responses(db) == 1


def test_a_post_without_a_session_cookie_is_refused_with_answers_kept(client, survey, db):
    data = form_data(answer_page(client), fft="good", better="Parking")
    client.delete_cookie("session")
    page = parse_page(client.post("/s/patient-fft", data=data))
    assert "timed out" in page.select_one(".nhsuk-error-summary").get_text()
    assert page.select_one("textarea#better").get_text() == "Parking"
    assert count_responses(db) == 0


def test_staff_pulse_opens_for_a_team_with_the_agreement_questions(client, db):
    survey = make_survey(make_partnership(), slug="staff-pulse", audience="staff")
    page = answer_page(client, f"/s/staff-pulse/{survey.channels[0].code}")
    labels = {label.get_text(strip=True) for label in page.select(".nhsuk-radios__label")}
    assert {"Strongly agree", "Strongly disagree"} <= labels
    assert page.select_one("textarea") is not None
