"""An author builds, translates and publishes a survey in the browser; a respondent answers
it in Welsh on a phone; and every builder page is WCAG 2.1 AA clean at both widths."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from flask import Flask
from playwright.sync_api import Page, expect
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Response, Survey
from tests.browser.conftest import DESKTOP, PHONE, _page, assert_accessible, sign_in
from tests.conftest import PASSWORD, empty_database, make_partnership, make_user

pytestmark = pytest.mark.browser

TITLE = "Ward 7 overnight stay"
STAYED = "Did you stay overnight?"
STAYED_CY = "Wnaethoch chi aros dros nos?"
NIGHT = "What was the night like?"
AGE = "How old are you?"
ADMITTED = "When did you come in?"


@pytest.fixture(scope="module")
def author(app: Flask) -> Iterator[str]:
    """A partnership with one author; yields the author's email."""
    with app.app_context():
        partnership = make_partnership("riverside")
        user = make_user(partnership, "author", email="author@riverside.example")
        email = user.email
        db.session.remove()
    yield email
    with app.app_context():
        empty_database()


@pytest.fixture
def author_page(browser, live_server, author) -> Iterator[Page]:
    for page in _page(browser, live_server, **DESKTOP):
        sign_in(page, author, PASSWORD)
        yield page


def add_question(page: Page, slug: str, kind: str, wording: str, **extra) -> None:
    page.goto(f"/build/{slug}/questions/new")
    page.get_by_label(kind, exact=True).check()
    page.get_by_role("button", name="Continue").click()
    page.get_by_label("Question", exact=True).fill(wording)
    for label, value in extra.items():
        page.get_by_label(label.replace("_", " "), exact=True).fill(value)
    if kind == "Free text":
        page.get_by_label(f"“{STAYED}” is Yes", exact=True).check()
    page.get_by_role("button", name="Add the question").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)


def build_survey(page: Page) -> str:
    page.goto("/build/new")
    page.get_by_label("Title", exact=True).fill(TITLE)
    page.get_by_label("Patients and service users", exact=True).check()
    page.get_by_label("Anonymous", exact=True).check()
    page.get_by_label("Cymraeg (Welsh)").check()
    page.get_by_label("All on one page", exact=True).check()
    page.get_by_role("button", name=re.compile("Create")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    slug = page.url.rstrip("/").rsplit("/", 1)[-1]

    add_question(page, slug, "Friends and Family Test", "Overall, how was your stay?")
    add_question(page, slug, "Yes or no", STAYED)
    add_question(page, slug, "Free text", NIGHT)
    add_question(page, slug, "Number", AGE, **{"Smallest number allowed (optional)": "0"})
    add_question(page, slug, "Date", ADMITTED)

    page.get_by_role("link", name=re.compile("Translate into Welsh")).click()
    page.get_by_label("Question", exact=True).nth(1).fill(STAYED_CY)
    page.get_by_role("button", name=re.compile("Save the")).click()
    page.goto(f"/build/{slug}/")
    page.get_by_role("button", name="Publish version 1").click()
    expect(page.get_by_text("Version 1", exact=False).first).to_be_visible()
    return slug


def test_an_author_builds_a_survey_and_a_respondent_answers_it_in_welsh_on_a_phone(
    app: Flask, browser, live_server, author_page: Page
):
    slug = build_survey(author_page)
    for phone in _page(browser, live_server, **PHONE):
        phone.goto(f"/s/{slug}?lang=cy")
        expect(phone.locator("html")).to_have_attribute("lang", "cy")
        stayed = phone.get_by_role("group", name=STAYED_CY)
        expect(stayed).to_be_visible()
        night = phone.get_by_label(NIGHT)
        expect(night).to_be_hidden()
        stayed.get_by_label("Yes", exact=True).check()
        expect(night).to_be_visible()
        night.fill("Noisy until 2am, but the nurses were kind")
        phone.get_by_label(AGE).fill("67")
        admitted = phone.get_by_role("group", name=ADMITTED)
        day, month, year = (admitted.locator("input").nth(i) for i in range(3))
        day.fill("3")
        month.fill("11")
        year.fill("2026")
        phone.get_by_role("group", name="Overall, how was your stay?").get_by_label(
            re.compile("Very good|Da iawn")
        ).check()
        assert_accessible(phone)
        phone.locator("#survey-form button[type=submit]").last.click()
        # The first response of a run may load the theme model in the request (inline jobs).
        expect(phone.locator("#fv-sent")).to_be_visible(timeout=60_000)

    with app.app_context():
        survey = db.session.scalar(select(Survey).where(Survey.slug == slug))
        response = db.session.scalars(select(Response).where(Response.survey_id == survey.id)).one()
        assert response.version_id == survey.current_version.id
        assert survey.current_version.number == 1
        assert response.language == "cy"
        answers = {a.question.text: a.value or a.text_raw for a in response.answers}
        assert answers == {
            "Overall, how was your stay?": "very_good",
            STAYED: "yes",
            NIGHT: "Noisy until 2am, but the nurses were kind",
            AGE: "67",
            ADMITTED: "2026-11-03",
        }
        db.session.remove()


BUILDER_PAGES = (
    "/build/",
    "/build/new",
    "/build/{slug}/",
    "/build/{slug}/details",
    "/build/{slug}/questions/new",
    "/build/{slug}/questions/new?type=single_choice&step=type",
    "/build/{slug}/bank",
    "/build/{slug}/translate/cy",
    "/build/{slug}/preview",
    "/build/{slug}/results",
    "/build/{slug}/channels",
    "/build/{slug}/paper",
)


def _empty_translation(page: Page) -> None:
    page.get_by_label("Question", exact=True).nth(1).fill("")
    page.get_by_role("button", name=re.compile("Save the")).click()


def _bank_item_with_no_wording(page: Page) -> None:
    page.get_by_role("button", name="Add to the bank").click()


def _channel_code_with_spaces(page: Page) -> None:
    page.get_by_label("Code (optional)").fill("ward seven!")
    page.get_by_role("button", name="Add channel").click()


def _paper_form_dated_31_february(page: Page) -> None:
    page.get_by_label("Date on the form (optional)").fill("31/2/2026")
    page.get_by_role("button", name="Save and enter next").click()


# Each builder form sent with a mistake: (page, what the author does there).
ERROR_STATES = (
    ("/build/{slug}/translate/cy", _empty_translation),
    ("/build/{slug}/bank", _bank_item_with_no_wording),
    ("/build/{slug}/channels", _channel_code_with_spaces),
    ("/build/{slug}/paper", _paper_form_dated_31_february),
)


@pytest.mark.parametrize("width", ["phone", "desktop"])
def test_every_builder_page_is_accessible_at_both_widths(
    app: Flask, browser, live_server, author, width
):
    with app.app_context():
        survey = db.session.scalars(select(Survey).where(Survey.title == TITLE)).first()
        slug = survey.slug if survey else None
        db.session.remove()
    options = PHONE if width == "phone" else DESKTOP
    for page in _page(browser, live_server, **options):
        sign_in(page, author, PASSWORD)
        if slug is None:
            slug = build_survey(page)
        for path in BUILDER_PAGES:
            response = page.goto(path.format(slug=slug))
            assert response is not None and response.status == 200, path
            assert_accessible(page)
            if width == "phone":
                overflow = page.evaluate(
                    "document.documentElement.scrollWidth > document.documentElement.clientWidth"
                )
                assert not overflow, f"{path} scrolls sideways at 375px"
        # Error states: an empty title, and a question with no wording.
        page.goto("/build/new")
        page.get_by_role("button", name=re.compile("Create")).click()
        expect(page.locator(".nhsuk-error-summary")).to_be_visible()
        assert_accessible(page)
        page.goto(f"/build/{slug}/questions/new?type=single_choice&step=type")
        page.get_by_role("button", name="Add the question").click()
        expect(page.locator(".nhsuk-error-summary")).to_be_visible()
        assert_accessible(page)
        for path, act in ERROR_STATES:
            page.goto(path.format(slug=slug))
            act(page)
            expect(page.locator(".nhsuk-error-summary")).to_be_visible()
            assert_accessible(page)
        # Publishing a survey with no questions.
        page.goto("/build/new")
        page.get_by_label("Title", exact=True).fill(f"Empty survey ({width})")
        page.get_by_label("Patients and service users", exact=True).check()
        page.get_by_label("Anonymous", exact=True).check()
        page.get_by_label("All on one page", exact=True).check()
        page.get_by_role("button", name=re.compile("Create")).click()
        page.get_by_role("button", name="Publish version 1").click()
        expect(page.locator(".nhsuk-error-summary")).to_be_visible()
        assert_accessible(page)
