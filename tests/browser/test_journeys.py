"""Whole journeys in a real browser: answering on a phone, with the keyboard or without
JavaScript, and a board member reading themes. Every page checked is WCAG 2.1 AA clean (axe)."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from playwright.sync_api import Page, expect
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Organisation, Response
from feedback.services.demo import BETTER_QUESTION, CHANGE_QUESTION, GOOD_QUESTION, PULSE_ITEMS
from feedback.services.surveys import FFT_QUESTION
from tests.browser.conftest import (
    assert_accessible,
    choose,
    fill,
    open_survey,
    question,
    screenshot,
    send,
    should_see_not_found,
    should_see_thanks,
    sign_in,
    tab_until,
)

pytestmark = pytest.mark.browser

PATIENT_SURVEY = "/s/patient-fft/city-hospital"
STAFF_PULSE = "/s/staff-pulse/city-hospital"
BOARD_THEMES = "/boards/riverside/surveys/patient-fft/themes"
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}")
PHONE_NUMBER = re.compile(r"(\+44|\b0)\d{2,4}[ .-]?\d{3}[ .-]?\d{3,4}\b")


# --- What the database holds -------------------------------------------------------------


def response_ids(app: Flask) -> set:
    with app.app_context():
        return set(db.session.scalars(select(Response.id)))


def responses_since(app: Flask, before: set) -> list[dict[str, str]]:
    """Each response stored since `before`: its answers by question code, plus its organisation."""
    with app.app_context():
        found = db.session.scalars(select(Response).where(Response.id.not_in(before))).all()
        stored = []
        for response in found:
            values = {a.question.code: a.value or a.text_raw for a in response.answers}
            organisation = db.session.get(Organisation, response.organisation_id)
            stored.append({**values, "organisation": organisation.short_name})
        return stored


# --- Journeys ----------------------------------------------------------------------------


def test_patient_answers_fft_on_a_phone_and_the_response_is_stored(app, demo, phone: Page):
    before = response_ids(app)
    open_survey(phone, PATIENT_SURVEY)
    expect(phone.locator("legend").first).to_have_text(FFT_QUESTION)
    assert_accessible(phone)
    choose(phone, "Good")
    fill(phone, GOOD_QUESTION, "The nurse explained every step of my treatment")
    fill(phone, BETTER_QUESTION, "Quieter nights on the ward would help people sleep")
    screenshot(phone, "survey-phone.png")
    send(phone)
    should_see_thanks(phone)
    assert_accessible(phone)
    assert responses_since(app, before) == [
        {
            "fft": "good",
            "good": "The nurse explained every step of my treatment",
            "better": "Quieter nights on the ward would help people sleep",
            "organisation": "city-hospital",
        }
    ]


def test_missing_answer_shows_an_accessible_error_summary(demo, phone: Page):
    open_survey(phone, PATIENT_SURVEY)
    send(phone)
    summary = phone.locator(".nhsuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary.get_by_role("heading")).to_have_text("There is a problem")
    expect(phone).to_have_title(re.compile(r"^Error: "))
    expect(summary).to_be_focused()
    assert_accessible(phone)
    summary.get_by_role("link", name="Select an answer").click()
    expect(question(phone, FFT_QUESTION).get_by_label("Very good", exact=True)).to_be_focused()


def test_staff_pulse_answers_in_under_a_minute_without_javascript(demo, phone_without_javascript):
    page = phone_without_javascript
    open_survey(page, STAFF_PULSE)
    expect(page.locator("body")).not_to_have_class(re.compile("js-enabled"))
    expect(page.get_by_text("This takes about a minute.")).to_be_visible()
    expect(page.get_by_role("group")).to_have_count(len(PULSE_ITEMS))
    expect(page.get_by_role("textbox")).to_have_count(1)
    for _code, statement in PULSE_ITEMS:
        choose(page, "Agree", in_question=statement)
    fill(page, CHANGE_QUESTION, "Protected time for training")
    send(page)
    should_see_thanks(page)


def test_board_member_reads_themes_with_fft_score(demo, desktop: Page, phone: Page):
    email, password = demo.credentials["Riverside board member"]
    for page in (desktop, phone):
        page.goto("/sign-in")
        assert_accessible(page)
        sign_in(page, email, password)
        page.goto(BOARD_THEMES)
        themes = page.get_by_role("heading", level=3)
        assert themes.count() >= 3, "the demo has several themes"
        expect(page.get_by_text(re.compile(r"\d+% good, \d+% poor"))).to_be_visible()
        first_theme = page.get_by_role("region", name=themes.first.inner_text())
        expect(first_theme.get_by_role("term").first).to_have_text(re.compile("Patients|Carers"))
        expect(page.locator("blockquote").first).to_be_visible()
        shown = page.locator("main").inner_text()
        assert not EMAIL.search(shown) and not PHONE_NUMBER.search(shown), "raw personal data"
        assert_accessible(page)
    screenshot(desktop, "board-themes.png", clip_height=1400)
    desktop.goto("/boards/riverside/themes")
    splits = [
        region.get_by_role("term").all_inner_texts()
        for region in desktop.get_by_role("region").all()
    ]
    shared = [terms for terms in splits if {"Staff", "Patients"} <= set(terms)]
    assert shared, "staff and patients raise some subjects in common, in one theme"
    assert_accessible(desktop)


def test_keyboard_alone_can_answer_the_survey(app, demo, desktop: Page):
    before = response_ids(app)
    desktop.goto(PATIENT_SURVEY)
    tab_until(desktop, "el.name === 'fft'")
    desktop.keyboard.press("Space")
    expect(desktop.get_by_label("Very good", exact=True)).to_be_checked()
    desktop.keyboard.press("ArrowDown")
    expect(desktop.get_by_label("Good", exact=True)).to_be_focused()
    desktop.keyboard.press("Tab")
    desktop.keyboard.type("Kind reception staff")
    desktop.keyboard.press("Tab")
    desktop.keyboard.type("Shorter queues")
    tab_until(desktop, "el.tagName === 'BUTTON'")
    desktop.keyboard.press("Enter")
    should_see_thanks(desktop)
    assert responses_since(app, before) == [
        {
            "fft": "good",
            "good": "Kind reception staff",
            "better": "Shorter queues",
            "organisation": "city-hospital",
        }
    ]


def test_other_partnership_board_member_gets_not_found(demo, desktop: Page):
    sign_in(desktop, *demo.credentials["Hillside board member"])
    should_see_not_found(desktop, "/boards/riverside/")
    should_see_not_found(desktop, "/boards/riverside/surveys/patient-fft/themes")
    assert_accessible(desktop)
