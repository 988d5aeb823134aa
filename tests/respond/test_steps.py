"""One question per page: no state on the server, back keeps answers, check before send."""

from __future__ import annotations

from tests.conftest import parse_page
from tests.respond.helpers import (
    BED,
    OVERNIGHT,
    build_survey,
    step,
    stored,
    stored_answers,
    survey_at,
)

RATING = {
    "type": "scale",
    "text": "I was treated with respect.",
    "code": "respect",
    "required": True,
}
ROOMS = {
    "type": "multiple_choice",
    "text": "Which rooms did you use?",
    "code": "rooms",
    "choices": [{"code": "ward", "label": "Ward"}, {"code": "cafe", "label": "Café"}],
}


def one_per_page(*questions, **details):
    return build_survey(*questions, layout="one", **details)


def progress(page) -> str:
    return page.select_one(".fv-progress").get_text(strip=True)


def test_each_question_has_its_own_page_with_progress(client, db):
    url = one_per_page(RATING, OVERNIGHT, ROOMS)
    page = parse_page(client.get(url))
    assert progress(page) == "Question 1 of 3"
    assert page.h1.get_text(strip=True) == "I was treated with respect."
    assert page.select_one("form#survey-form")["data-final"] == "0"
    page = parse_page(step(client, url, page, respect="4"))
    assert progress(page) == "Question 2 of 3"
    assert page.h1.get_text(strip=True) == "Did you stay overnight?"


def test_a_missing_answer_stays_on_its_step_with_the_message(client, db):
    url = one_per_page(RATING, OVERNIGHT)
    response = step(client, url, parse_page(client.get(url)))
    page = parse_page(response)
    assert response.status_code == 400
    assert progress(page) == "Question 1 of 2"
    assert page.select_one("#respect-error")


def test_back_keeps_the_answers_and_the_submission_id(client, db):
    url = one_per_page(RATING, ROOMS, OVERNIGHT)
    first = parse_page(client.get(url))
    submission_id = first.select_one("input[name=submission_id]")["value"]
    second = parse_page(step(client, url, first, respect="2"))
    third = parse_page(step(client, url, second, rooms=["ward", "cafe"]))
    back = parse_page(step(client, url, third, overnight="yes", go="back"))
    assert {i["value"] for i in back.select("input[name=rooms][checked]")} == {"ward", "cafe"}
    again = parse_page(step(client, url, back, go="back"))
    assert again.select_one("input[name=respect][value='2']").has_attr("checked")
    assert again.select_one("input[name=submission_id]")["value"] == submission_id


def test_a_question_hidden_by_a_branch_is_skipped(client, db):
    url = one_per_page(OVERNIGHT, BED, RATING)
    first = parse_page(client.get(url))
    page = parse_page(step(client, url, first, overnight="no"))
    assert page.h1.get_text(strip=True) == "I was treated with respect."
    assert progress(page) == "Question 2 of 2"
    page = parse_page(step(client, url, first, overnight="yes"))
    assert page.h1.get_text(strip=True) == "How was your bed?"
    assert not page.select_one('[data-question="bed"]').has_attr("data-show-if")


def test_check_your_answers_then_send_stores_one_response(client, db):
    url = one_per_page(OVERNIGHT, BED, ROOMS)
    page = parse_page(client.get(url))
    page = parse_page(step(client, url, page, overnight="yes"))
    page = parse_page(step(client, url, page, bed="Comfy"))
    check = parse_page(step(client, url, page, rooms=["ward", "cafe"]))
    assert check.h1.get_text(strip=True) == "Check your answers before sending them"
    assert check.select_one("form#survey-form")["data-final"] == "1"
    values = [v.get_text(strip=True) for v in check.select(".nhsuk-summary-list__value")]
    assert values == ["Yes", "Comfy", "Ward, Café"]
    response = step(client, url, check, go="send")
    assert response.status_code == 303
    assert stored_answers() == {"overnight": "yes", "bed": "Comfy", "rooms": "ward|cafe"}
    assert step(client, url, check, go="send").status_code == 303
    assert len(stored()) == 1


def test_change_goes_to_the_question_and_back_to_check(client, db):
    url = one_per_page(OVERNIGHT, RATING)
    page = parse_page(client.get(url))
    page = parse_page(step(client, url, page, overnight="no"))
    check = parse_page(step(client, url, page, respect="5"))
    change = check.select("button.fv-link-button")[0]
    assert change["value"] == "change-overnight"
    page = parse_page(step(client, url, check, go=change["value"]))
    assert page.select_one("input[name=overnight][value=no]").has_attr("checked")
    check = parse_page(step(client, url, page, overnight="yes"))
    assert check.h1.get_text(strip=True) == "Check your answers before sending them"
    step(client, url, check)  # the script may send the form without the button's value
    assert stored_answers() == {"overnight": "yes", "respect": "5"}


def test_a_send_missing_a_required_answer_returns_to_its_step(client, db):
    url = one_per_page(OVERNIGHT, BED)
    page = parse_page(client.get(url))
    check = parse_page(step(client, url, page, overnight="no"))
    response = step(client, url, check, overnight="yes", go="send")
    page = parse_page(response)
    assert response.status_code == 400
    assert page.h1.get_text(strip=True) == "How was your bed?"
    assert page.select_one("#bed-error")
    assert stored() == []


def test_mixed_audience_asks_who_is_answering_first(client, db):
    url = one_per_page(RATING, audience="mixed")
    page = parse_page(client.get(url))
    assert page.h1.get_text(strip=True) == (
        "Are you answering as a patient, a carer, or a member of staff?"
    )
    response = step(client, url, page)
    assert "Select who you are answering as" in parse_page(response).get_text()
    page = parse_page(step(client, url, page, respondent_type="carer"))
    check = parse_page(step(client, url, page, respect="3"))
    step(client, url, check, go="send")
    assert stored()[0].respondent_type == "carer"


def test_the_equality_block_is_one_optional_step(client, db):
    equality = [
        {
            "type": "single_choice",
            "text": text,
            "code": code,
            "settings": {"block": "equality"},
            "choices": [
                {"code": "a", "label": "A"},
                {"code": "prefer_not_to_say", "label": "Prefer not to say"},
            ],
        }
        for code, text in (("eq_age", "What is your age?"), ("eq_sex", "What is your sex?"))
    ]
    url = one_per_page(RATING, *equality)
    page = parse_page(step(client, url, parse_page(client.get(url)), respect="5"))
    assert page.h1.get_text(strip=True) == "About you (optional)"
    assert progress(page) == "Question 2 of 2"
    assert len(page.select(".fv-question")) == 2
    check = parse_page(step(client, url, page))
    assert check.h1.get_text(strip=True) == "Check your answers before sending them"


def test_a_preview_walks_the_steps_and_stores_nothing(client, db):
    from feedback.services.surveys import preview_token

    url = one_per_page(OVERNIGHT, RATING)
    token = preview_token(survey_at(url).current_version)
    page = parse_page(client.get(f"{url}?preview={token}"))
    page = parse_page(step(client, url, page, overnight="no"))
    check = parse_page(step(client, url, page, respect="3"))
    assert "Preview: answers are not saved" in check.get_text()
    done = parse_page(step(client, url, check, go="send"))
    assert done.h1.get_text(strip=True) == "Preview complete: nothing was saved"
    assert stored() == []
