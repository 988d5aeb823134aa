"""Every question type: shown with the NHS components, checked on the server, stored."""

from __future__ import annotations

import pytest

from tests.conftest import parse_page
from tests.respond.helpers import BED, OVERNIGHT, build_survey, send, stored, stored_answers

FFT = {"type": "fft", "text": "Overall, how was your experience of our service?", "code": "fft"}
COLOURS = {
    "type": "multiple_choice",
    "text": "Which rooms did you use?",
    "code": "rooms",
    "choices": [
        {"code": "ward", "label": "Ward"},
        {"code": "cafe", "label": "Café"},
        {"code": "garden", "label": "Garden"},
    ],
}
AGE = {
    "type": "number",
    "text": "How old are you?",
    "code": "age",
    "settings": {"min": 0, "max": 120},
}
VISIT = {"type": "date", "text": "When did you visit?", "code": "visited"}


@pytest.mark.parametrize(
    ("question", "answers", "value"),
    [
        (FFT, {"fft": "good"}, "good"),
        ({**FFT, "settings": {"variant": "easy_read"}}, {"fft": "poor"}, "poor"),
        ({**FFT, "settings": {"variant": "children"}}, {"fft": "dont_know"}, "dont_know"),
        ({**FFT, "settings": {"variant": "pictorial"}}, {"fft": "very_good"}, "very_good"),
        (COLOURS, {"rooms": ["ward", "garden"]}, "ward|garden"),
        ({"type": "scale", "text": "I felt safe.", "code": "safe"}, {"safe": "4"}, "4"),
        (
            {
                "type": "scale",
                "text": "Would you recommend us?",
                "code": "nps",
                "settings": {"scale": "nps11"},
            },
            {"nps": "10"},
            "10",
        ),
        (AGE, {"age": "42"}, "42"),
        (VISIT, {"visited-day": "27", "visited-month": "3", "visited-year": "2025"}, "2025-03-27"),
        (OVERNIGHT, {"overnight": "no"}, "no"),
        ({"type": "free_text", "text": "Anything else?", "code": "else"}, {"else": "Tea"}, "Tea"),
    ],
)
def test_each_question_type_stores_its_answer(client, db, question, answers, value):
    url = build_survey(question)
    assert send(client, url, **answers).status_code == 303
    assert stored_answers() == {question["code"]: value}


@pytest.mark.parametrize(
    ("question", "answers", "message"),
    [
        (FFT, {"fft": "excellent"}, "Select one of the options"),
        (COLOURS, {"rooms": ["ward", "roof"]}, "Select one of the options"),
        (AGE, {"age": "121"}, "Enter a number between 0 and 120"),
        (AGE, {"age": "forty"}, "Enter a number between 0 and 120"),
        (
            VISIT,
            {"visited-day": "31", "visited-month": "2", "visited-year": "2025"},
            "Enter a real date",
        ),
        (
            VISIT,
            {"visited-day": "27", "visited-month": "3", "visited-year": "25"},
            "Enter a real date",
        ),
        ({**FFT, "required": True}, {}, "Select an answer"),
    ],
)
def test_bad_answers_get_a_message_at_the_field_and_are_kept(
    client, db, question, answers, message
):
    url = build_survey(question, {"type": "free_text", "text": "Anything else?", "code": "else"})
    response = send(client, url, **answers, **{"else": "Kept words"})
    page = parse_page(response)
    assert response.status_code == 400
    code = question["code"]
    assert message in page.select_one(f'[data-question="{code}"] .nhsuk-error-message').get_text()
    assert page.select_one(".nhsuk-error-summary a")["href"] in (f"#{code}", f"#{code}-day")
    assert page.select_one("textarea#else").get_text() == "Kept words"
    assert stored() == []


def test_a_wrong_date_keeps_what_was_typed(client, db):
    url = build_survey(VISIT)
    page = parse_page(
        send(client, url, **{"visited-day": "32", "visited-month": "1", "visited-year": "2025"})
    )
    assert [page.select_one(f"#visited-{p}")["value"] for p in ("day", "month", "year")] == [
        "32",
        "1",
        "2025",
    ]


def test_an_out_of_range_number_keeps_what_was_typed(client, db):
    page = parse_page(send(client, build_survey(AGE), age="130"))
    assert page.select_one("input#age")["value"] == "130"


def test_pictorial_fft_shows_faces_with_words_and_alt_text(client, db):
    url = build_survey({**FFT, "settings": {"variant": "pictorial"}})
    page = parse_page(client.get(url))
    labels = page.select(".fv-faces .nhsuk-radios__label")
    assert len(labels) == 6
    for label in labels:
        assert label.select_one("img")["alt"] and label.select_one(".fv-face__label").get_text()
    assert labels[0].select_one("img")["src"].endswith("/respond/faces/very_good.svg")


def test_easy_read_fft_uses_its_own_words_for_the_same_codes(client, db):
    from feedback.services.bank import NATIONAL_ITEMS

    easy = next(item for item in NATIONAL_ITEMS if item[1] == "fft_easy_read")
    url = build_survey({**FFT, "choices": easy[5], "settings": {"variant": "easy_read"}})
    page = parse_page(client.get(url))
    assert page.select_one("label[for=fft-3]").get_text(strip=True) == "Not good or bad"
    assert page.select_one("input#fft-3")["value"] == "neither"


def test_nps_scale_is_laid_out_side_by_side(client, db):
    url = build_survey(
        {"type": "scale", "text": "Recommend?", "code": "nps", "settings": {"scale": "nps11"}}
    )
    page = parse_page(client.get(url))
    assert page.select_one(".nhsuk-radios--inline.fv-scale-11")
    assert len(page.select("input[name=nps]")) == 11


def test_equality_block_is_one_optional_section(client, db):
    questions = [
        {
            "type": "single_choice",
            "text": q,
            "code": code,
            "required": True,
            "settings": {"block": "equality"},
            "choices": [
                {"code": "a", "label": "A"},
                {"code": "prefer_not_to_say", "label": "Prefer not to say"},
            ],
        }
        for code, q in (("eq_age", "What is your age?"), ("eq_sex", "What is your sex?"))
    ]
    url = build_survey(FFT, *questions)
    page = parse_page(client.get(url))
    (section,) = page.select("section.fv-equality")
    assert section.h2.get_text(strip=True) == "About you (optional)"
    assert "skip" in section.p.get_text()
    assert len(section.select(".fv-question")) == 2
    assert send(client, url, fft="good").status_code == 303


def test_a_hidden_question_is_not_required_and_its_answer_is_dropped(client, db):
    url = build_survey(OVERNIGHT, BED)
    assert send(client, url, overnight="no", bed="Lumpy").status_code == 303
    assert stored_answers() == {"overnight": "no"}


def test_a_shown_question_is_required(client, db):
    url = build_survey(OVERNIGHT, BED)
    response = send(client, url, overnight="yes")
    assert response.status_code == 400
    assert parse_page(response).select_one("#bed-error")


def test_a_branch_is_marked_for_the_script_and_explained_without_it(client, db):
    page = parse_page(client.get(build_survey(OVERNIGHT, BED)))
    block = page.select_one('[data-question="bed"]')
    assert block["data-show-if"] == '{"question": "overnight", "values": ["yes"]}'
    assert "Answer this if you answered ‘Yes’ to ‘Did you stay overnight?’" in block.get_text()
    assert not page.select_one('[data-question="overnight"]').has_attr("data-show-if")


def test_the_form_keeps_the_script_contract(client, db):
    url = build_survey(FFT, VISIT, COLOURS)
    page = parse_page(client.get(url))
    form = page.select_one("form#survey-form")
    assert (form["data-survey"], form["data-kiosk"], form["data-preview"], form["data-final"]) == (
        url.removeprefix("/s/"),
        "0",
        "0",
        "1",
    )
    assert form.select_one("input[name=submission_id]")
    assert page.select_one("#fv-status[role=status][aria-live=polite]").get_text() == ""
    assert {i["name"] for i in page.select("input[name^=visited]")} == {
        "visited-day",
        "visited-month",
        "visited-year",
    }
    assert len(page.select("input[type=checkbox][name=rooms]")) == 3
    assert page.select_one("main script[type=module]")["src"].endswith("/respond/respond.js")


@pytest.mark.parametrize("typed", ["1e30", "1" * 40, "1e999999999", "NaN"])
def test_a_huge_or_strange_number_is_explained_not_a_server_error(client, db, typed):
    url = build_survey({"type": "number", "text": "How many visits?", "code": "visits"})
    response = send(client, url, visits=typed)
    assert response.status_code == 400
    assert "Enter a number, like 12" in parse_page(response).get_text()
