"""Every respondent page, every question type, error states and right-to-left: 0 axe
violations at 375px and 1280px."""

from __future__ import annotations

import pytest

from tests.browser.conftest import assert_accessible
from tests.respond.helpers import BED, OVERNIGHT, build_survey

pytestmark = pytest.mark.browser

EVERY_TYPE = [
    {
        "type": "fft",
        "text": "How was your visit?",
        "code": "fft",
        "settings": {"variant": "pictorial"},
    },
    OVERNIGHT,
    BED,
    {
        "type": "multiple_choice",
        "text": "Which rooms did you use?",
        "code": "rooms",
        "choices": [{"code": "ward", "label": "Ward"}, {"code": "cafe", "label": "Café"}],
    },
    {"type": "scale", "text": "Recommend us?", "code": "nps", "settings": {"scale": "nps11"}},
    {"type": "scale", "text": "I felt safe.", "code": "safe"},
    {
        "type": "number",
        "text": "How old are you?",
        "code": "age",
        "settings": {"min": 0, "max": 120},
    },
    {"type": "date", "text": "When did you visit?", "code": "visited", "required": True},
    {
        "type": "single_choice",
        "text": "What is your sex?",
        "code": "eq_sex",
        "settings": {"block": "equality"},
        "choices": [
            {"code": "female", "label": "Female"},
            {"code": "prefer_not_to_say", "label": "Prefer not to say"},
        ],
    },
]


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_the_all_on_one_page_form_and_its_errors_are_accessible(request, db, device):
    page = request.getfixturevalue(device)
    url = build_survey(*EVERY_TYPE, audience="mixed")
    page.goto(url + "/ward-7/kiosk")
    assert_accessible(page)
    page.fill("#age", "200")
    page.fill("#visited-day", "31")
    page.locator("#survey-form button[type=submit]").last.click()
    page.wait_for_selector(".nhsuk-error-summary")
    assert_accessible(page)


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_one_question_per_page_and_check_answers_are_accessible(request, db, device):
    page = request.getfixturevalue(device)
    url = build_survey(
        OVERNIGHT,
        BED,
        {"type": "free_text", "text": "Anything else?", "code": "else"},
        layout="one",
    )
    page.goto(url)
    assert_accessible(page)
    page.get_by_label("Yes").check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("button", name="Continue").click()
    page.wait_for_selector(".nhsuk-error-summary")
    assert_accessible(page)
    page.fill("#bed", "Comfy")
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("button", name="Continue").click()
    page.wait_for_selector(".nhsuk-summary-list")
    assert_accessible(page)


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_a_right_to_left_page_is_accessible(request, app, db, monkeypatch, device):
    page = request.getfixturevalue(device)
    monkeypatch.setitem(app.config, "LANGUAGES", ["en", "ar"])
    url = build_survey(*EVERY_TYPE[:3], languages=["en", "ar"])
    page.set_extra_http_headers({"Accept-Language": "ar"})
    page.goto(url)
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert_accessible(page)
