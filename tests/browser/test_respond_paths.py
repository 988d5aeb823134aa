"""Respondent paths by keyboard alone, and the pages people reach when a survey cannot be
answered, checked with axe at both widths."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from playwright.sync_api import Page, expect
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Channel, Response, Survey
from feedback.services import building
from tests.browser.conftest import DESKTOP, PHONE, _page, assert_accessible, tab_until
from tests.conftest import empty_database, make_partnership

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def surveys(app: Flask) -> Iterator[dict[str, str]]:
    """A mixed-audience one-question-per-page survey with a date, a closed survey and a
    draft; yields their slugs."""
    with app.app_context():
        partnership = make_partnership("keyboard")
        steps = building.create_survey(
            partnership, title="Your visit", audience="mixed", layout="one"
        )
        building.add_question(steps, type="yes_no", text="Did you stay overnight?", code="stay")
        building.add_question(
            steps, type="date", text="When did you come in?", code="came", required=True
        )
        building.add_question(steps, type="free_text", text="Anything else?", code="more")
        building.publish(steps)
        closed = building.create_survey(partnership, title="Last winter", audience="patients")
        building.add_question(closed, type="yes_no", text="Was it warm?", code="warm")
        building.publish(closed)
        building.close(closed)
        draft = building.create_survey(partnership, title="Not yet", audience="patients")
        organisation = partnership.organisations[0]
        db.session.add(Channel(survey=steps, organisation_id=organisation.id, code="ward-2"))
        db.session.commit()
        slugs = {"steps": steps.slug, "closed": closed.slug, "draft": draft.slug}
        db.session.remove()
    yield slugs
    with app.app_context():
        empty_database()


def press_button(page: Page, name: str) -> None:
    tab_until(page, f"el.tagName === 'BUTTON' && el.textContent.trim() === '{name}'")
    with page.expect_navigation(timeout=60_000):
        page.keyboard.press("Enter")


def test_keyboard_alone_walks_a_one_question_per_page_kiosk_survey(
    app: Flask, browser, live_server, surveys
):
    for page in _page(browser, live_server, **DESKTOP):
        page.goto(f"/s/{surveys['steps']}/ward-2/kiosk")
        tab_until(page, "el.name === 'respondent_type'")
        page.keyboard.press("Space")
        press_button(page, "Continue")
        tab_until(page, "el.name === 'stay'")
        page.keyboard.press("Space")
        press_button(page, "Continue")
        tab_until(page, "el.name === 'came-day'")
        page.keyboard.type("3")
        page.keyboard.press("Tab")
        page.keyboard.type("11")
        page.keyboard.press("Tab")
        page.keyboard.type("2026")
        press_button(page, "Continue")
        tab_until(page, "el.name === 'more'")
        page.keyboard.type("Quiet at night")
        press_button(page, "Continue")
        tab_until(page, "el.name === 'assisted'")
        page.keyboard.press("Space")
        press_button(page, "Continue")
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Check your answers before sending them"
        )
        press_button(page, "Send")
        expect(page.locator("#fv-sent")).to_be_visible(timeout=60_000)

    with app.app_context():
        survey = db.session.scalar(select(Survey).where(Survey.slug == surveys["steps"]))
        response = db.session.scalars(select(Response).where(Response.survey_id == survey.id)).one()
        answers = {a.question.code: a.value or a.text_raw for a in response.answers}
        assert answers == {"stay": "yes", "came": "2026-11-03", "more": "Quiet at night"}
        assert (response.source, response.respondent_type) == ("kiosk", "patient")
        assert response.assisted is not None
        db.session.remove()


@pytest.mark.parametrize("options", [PHONE, DESKTOP], ids=["375px", "1280px"])
def test_pages_for_surveys_that_cannot_be_answered_are_accessible(
    browser, live_server, surveys, options
):
    for page in _page(browser, live_server, **options):
        for path, status in (
            (f"/s/{surveys['closed']}", 410),
            (f"/s/{surveys['draft']}", 404),
            (f"/s/{surveys['steps']}/no-such-ward", 404),
            (f"/s/{surveys['steps']}?lang=ar", 200),
        ):
            response = page.goto(path)
            assert response is not None and response.status == status, path
            assert_accessible(page)
