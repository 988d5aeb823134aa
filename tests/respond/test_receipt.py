"""The thank-you page gives a receipt code; the public page turns it into the themes the
response joined and the actions on them, and nothing else."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Answer, Response, Theme
from feedback.services import receipts
from tests.boards.test_theme_pages import KIND, PARKING, WAITING, add_responses, store_run
from tests.conftest import (
    csrf_token,
    form_data,
    make_partnership,
    make_survey,
    make_user,
    parse_page,
    sign_in,
)

CODE = re.compile(r"^[2-9A-Z]{4}-[2-9A-Z]{4}$")
MINE = "The wait in A&E was four hours and nobody told us why"


@pytest.fixture
def survey(db):
    return make_survey(make_partnership())


def submit(client, url="/s/patient-fft", **answers):
    """Send the form as a browser does; returns (the post's response, the data sent)."""
    data = form_data(parse_page(client.get(url)), **answers)
    return client.post(url, data=data), data


def receipt_on(page) -> str:
    return page.select_one("#receipt-code").get_text(strip=True)


def stored_response() -> Response:
    return db.session.scalar(select(Response).join(Answer).where(Answer.text_raw == MINE))


def test_the_thank_you_page_shows_a_code_and_stores_only_its_hmac(client, survey):
    sent, _ = submit(client, fft="poor", better=MINE)
    page = parse_page(client.get(sent.headers["Location"]))
    code = receipt_on(page)
    assert CODE.match(code)
    assert not set(code) & set("015OILSUV")
    stored = stored_response().receipt
    assert len(stored) == 64 and code.replace("-", "") not in stored
    assert stored == receipts.digest(code.replace("-", ""))
    assert page.find("a", string=re.compile("You said, we did"))["href"] == (
        "/you-said-we-did/riverside"
    )
    # Shown once: the session forgets it.
    assert client.get(sent.headers["Location"]).get_data(as_text=True).count("receipt-code") == 0


def test_the_same_submission_twice_mints_no_second_code(client, survey):
    sent, data = submit(client, fft="poor", better=MINE)
    first = receipt_on(parse_page(client.get(sent.headers["Location"])))
    again = client.post("/s/patient-fft", data=data)
    assert again.status_code == 303
    assert parse_page(client.get(again.headers["Location"])).select_one("#receipt-code") is None
    assert stored_response().receipt == receipts.digest(first.replace("-", ""))


def test_a_kiosk_thank_you_page_shows_the_code_and_the_address(client, survey):
    sent, _ = submit(client, "/s/patient-fft/riverside-hospital/kiosk", fft="good")
    page = parse_page(client.get(sent.headers["Location"]))
    assert CODE.match(receipt_on(page))
    assert "/you-said-we-did/riverside" in page.get_text()


def test_a_code_finds_its_themes_and_the_action_on_the_public_page(client, survey):
    sent, _ = submit(client, fft="poor", better=MINE)
    code = receipt_on(parse_page(client.get(sent.headers["Location"])))
    partnership = survey_partnership(survey)
    mine = [a for a in stored_response().answers if a.text_raw]
    others = survey_answers(survey)
    store_run(partnership, {"Waiting times": mine + others["wait"], "Parking": others["park"]})
    waiting = db.session.scalar(select(Theme).where(Theme.label == "Waiting times"))
    record_action(client, partnership, waiting, "Text people when clinics run late")

    typed = code.lower().replace("-", " ")
    page = parse_page(client.get("/you-said-we-did/riverside", query_string={"code": typed}))
    result = page.select_one("#receipt-result")
    assert [h.get_text(strip=True) for h in result.select("h3")] == ["Waiting times"]
    assert "Text people when clinics run late" in result.get_text()
    assert "four hours" not in page.get_text(), "the answer itself is never shown"
    assert "Parking" not in result.get_text()


def test_an_unknown_code_is_a_clear_message_at_the_field(client, survey):
    response = client.get("/you-said-we-did/riverside", query_string={"code": "ABCD-EFGH"})
    assert response.status_code == 200
    page = parse_page(response)
    assert page.title.get_text().startswith("Error:")
    message = page.select_one(".nhsuk-error-message").get_text()
    assert "We could not find that code" in message
    assert page.select_one(".nhsuk-error-summary a")["href"] == "#code"


def survey_partnership(survey):
    from feedback.models import Partnership

    return db.session.get(Partnership, survey.partnership_id)


def survey_answers(survey) -> dict[str, list]:
    return {
        "wait": add_responses(survey, WAITING * 3, "patient", "poor"),
        "park": add_responses(survey, PARKING * 3 + KIND, "patient", "poor"),
    }


def record_action(client, partnership, theme, decision: str) -> None:
    sign_in(client, make_user(partnership, "board"))
    url = f"/boards/riverside/themes/{theme.id}/actions/new"
    token = csrf_token(client.get(url).get_data(as_text=True))
    fields = {
        "csrf_token": token,
        "decision": decision,
        "owner": "Outpatients manager",
        "status": "in_progress",
        "due_on-day": "1",
        "due_on-month": "6",
        "due_on-year": "2027",
    }
    assert client.post(url, data=fields).status_code == 303


def test_a_code_before_any_theming_says_to_come_back_later(client, survey):
    sent, _ = submit(client, fft="poor", better=MINE)
    code = receipt_on(parse_page(client.get(sent.headers["Location"])))
    page = parse_page(client.get("/you-said-we-did/riverside", query_string={"code": code}))
    assert "not been grouped into subjects yet" in page.select_one("#receipt-result").get_text()
    assert page.select_one(".nhsuk-error-summary") is None
