"""The respondent pages with JavaScript: live branching, answers kept on the phone, a
submission queued without signal and sent when it returns, and kiosk resets."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from flask import Flask
from playwright.sync_api import Page, expect
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Channel, Organisation, Partnership, Response
from feedback.services.building import add_question, create_survey, publish
from tests.browser.conftest import assert_accessible, choose, fill, question, send
from tests.conftest import empty_database

QUEUED = (
    "No signal. Your answers are saved on this phone and will be sent when you are back online."
)
COMMENT = "Anything else you want to tell us?"


@dataclass(frozen=True)
class Link:
    """Where a survey is answered: its slug and one channel."""

    slug: str
    channel: str

    @property
    def url(self) -> str:
        return f"/s/{self.slug}/{self.channel}"

    @property
    def kiosk(self) -> str:
        return f"{self.url}/kiosk"


@dataclass(frozen=True)
class Surveys:
    shift: Link  # all on one page, with a chain of branches
    pulse: Link  # one question per page, then "Check your answers"


@pytest.fixture(scope="module")
def surveys(app: Flask) -> Iterator[Surveys]:
    """Published surveys: a shift check-in whose branches chain (break → why not → what
    would help), and a two-question pulse shown one question per page."""
    with app.app_context():
        partnership = Partnership(slug="harbour", name="Harbour Partnership")
        organisation = Organisation(
            short_name="harbour-care", name="Harbour Care", sector="council"
        )
        partnership.organisations = [organisation]
        db.session.add(partnership)
        db.session.flush()
        survey = create_survey(partnership, title="End of shift check-in", audience="staff")
        add_question(survey, type="yes_no", text="Did you get a break today?", code="break")
        add_question(
            survey,
            type="single_choice",
            text="Why not?",
            code="why",
            choices=[
                {"code": "too_busy", "label": "Too busy"},
                {"code": "no_cover", "label": "Nobody to cover"},
            ],
            show_if={"question": "break", "values": ["no"]},
        )
        add_question(
            survey,
            type="free_text",
            text="What would have helped?",
            code="helped",
            show_if={"question": "why", "values": ["no_cover"]},
        )
        add_question(survey, type="free_text", text=COMMENT, code="comments")
        publish(survey)
        db.session.add(Channel(survey=survey, organisation_id=organisation.id, code="night"))
        db.session.commit()
        pulse = create_survey(partnership, title="Quick pulse", audience="staff", layout="one")
        add_question(pulse, type="yes_no", text="Do you feel safe at work?", code="safe")
        add_question(pulse, type="free_text", text="What would make work better?", code="better")
        publish(pulse)
        db.session.add(Channel(survey=pulse, organisation_id=organisation.id, code="day"))
        db.session.commit()
        made = Surveys(Link(survey.slug, "night"), Link(pulse.slug, "day"))
        db.session.remove()
    yield made
    with app.app_context():
        empty_database()


@pytest.fixture
def phone(phone: Page) -> Iterator[Page]:
    """The 375px phone, failing the test if the page's JavaScript throws."""
    errors: list[str] = []
    phone.on("pageerror", lambda error: errors.append(str(error)))
    yield phone
    assert errors == [], f"JavaScript errors: {errors}"


@pytest.fixture
def shift(surveys: Surveys) -> Link:
    return surveys.shift


# --- Given / When / Then -----------------------------------------------------------------


def open_form(page: Page, url: str) -> None:
    page.goto(url)  # waits for "load": the page's modules have run by then
    expect(page.locator("#survey-form")).to_be_visible()


def stored_with(app: Flask, submission_id: str) -> int:
    with app.app_context():
        count = db.session.scalar(
            select(func.count())
            .select_from(Response)
            .where(Response.submission_id == uuid.UUID(submission_id))
        )
        db.session.remove()
    return count


def kept_on_device(page: Page) -> dict[str, str]:
    """What the respondent pages keep in the browser's storage, by key."""
    return page.evaluate(
        """() => Object.fromEntries([localStorage, sessionStorage].flatMap((storage) =>
            Object.keys(storage).filter((key) => key.startsWith('fv-'))
              .map((key) => [key, storage.getItem(key)])))"""
    )


def should_have_no_answers(page: Page) -> None:
    expect(page.locator("#survey-form input:checked")).to_have_count(0)
    for area in page.locator("#survey-form textarea").all():
        expect(area).to_have_value("")
    assert kept_on_device(page) == {}


def should_see_thanks(page: Page) -> None:
    # The first response of a run waits for the theme model to load (jobs run inline).
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you", timeout=30_000)


# --- Tests -------------------------------------------------------------------------------


def test_branch_question_shows_only_while_its_answer_matches(shift: Link, phone: Page):
    open_form(phone, shift.url)
    why, helped = question(phone, "Why not?"), phone.get_by_label("What would have helped?")
    expect(why).to_be_hidden()
    expect(helped).to_be_hidden()
    choose(phone, "No", in_question="Did you get a break today?")
    expect(why).to_be_visible()
    choose(phone, "Nobody to cover", in_question="Why not?")
    expect(helped).to_be_visible()
    assert_accessible(phone)
    choose(phone, "Yes", in_question="Did you get a break today?")
    expect(why).to_be_hidden()
    expect(helped).to_be_hidden()
    phone.keyboard.press("Tab")  # from the chosen answer, past the hidden questions
    expect(phone.get_by_label(COMMENT)).to_be_focused()
    expect(phone.locator(".fv-branch-hint")).to_have_count(0)


def test_answers_typed_are_kept_on_the_phone_until_sent(app, shift: Link, phone: Page):
    open_form(phone, shift.url)
    fill(phone, COMMENT, "The lift was broken again")
    assert "The lift was broken again" in kept_on_device(phone)[f"fv-draft:{shift.slug}"]
    open_form(phone, shift.url)
    expect(phone.get_by_label(COMMENT)).to_have_value("The lift was broken again")
    expect(phone.locator("#fv-status")).to_contain_text("put back the answers")
    send(phone)
    should_see_thanks(phone)
    assert kept_on_device(phone) == {}


def test_submission_without_signal_is_queued_and_sent_once_back_online(
    app, shift: Link, phone: Page
):
    open_form(phone, shift.url)
    choose(phone, "No", in_question="Did you get a break today?")
    fill(phone, COMMENT, "Short-staffed on nights")
    submission_id = phone.locator("input[name=submission_id]").input_value()
    phone.context.set_offline(True)
    send(phone)
    expect(phone.locator("#fv-status")).to_have_text(QUEUED)
    expect(phone.get_by_label(COMMENT)).to_have_value("Short-staffed on nights")
    assert_accessible(phone)
    assert stored_with(app, submission_id) == 0
    phone.context.set_offline(False)
    should_see_thanks(phone)
    assert stored_with(app, submission_id) == 1
    assert kept_on_device(phone) == {}


def test_queued_answers_are_sent_when_the_survey_is_opened_again(app, shift: Link, phone: Page):
    open_form(phone, shift.url)
    fill(phone, COMMENT, "Sent on the bus home")
    submission_id = phone.locator("input[name=submission_id]").input_value()
    phone.context.set_offline(True)
    send(phone)
    expect(phone.locator("#fv-status")).to_have_text(QUEUED)
    later = phone.context.new_page()
    phone.close()
    phone.context.set_offline(False)
    later.goto(shift.url)
    should_see_thanks(later)
    assert stored_with(app, submission_id) == 1
    assert kept_on_device(later) == {}


def test_check_your_answers_page_queues_without_signal_and_sends_once(
    app, surveys: Surveys, phone: Page
):
    open_form(phone, surveys.pulse.url)
    choose(phone, "Yes", in_question="Do you feel safe at work?")
    phone.get_by_role("button", name="Continue").click()
    fill(phone, "What would make work better?", "More time to hand over")
    phone.get_by_role("button", name="Continue").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text(
        "Check your answers before sending them"
    )
    phone.wait_for_load_state("load")  # the page's modules have run: Send is theirs
    submission_id = phone.locator("input[name=submission_id]").input_value()
    phone.context.set_offline(True)
    send(phone)
    expect(phone.locator("#fv-status")).to_have_text(QUEUED)
    phone.context.set_offline(False)
    should_see_thanks(phone)
    assert stored_with(app, submission_id) == 1
    assert kept_on_device(phone) == {}


def test_a_refused_submission_shows_the_page_with_its_errors(shift: Link, phone: Page):
    open_form(phone, shift.url)
    fill(phone, COMMENT, "Kept after the error")
    phone.locator("input[name=submission_id]").evaluate("(input) => { input.value = 'x'; }")
    send(phone)
    expect(phone.locator(".nhsuk-error-summary")).to_be_focused()
    expect(phone).to_have_title("Error: End of shift check-in – Frontline Voice")
    expect(phone.get_by_label(COMMENT)).to_have_value("Kept after the error")
    assert_accessible(phone)


def test_kiosk_goes_back_to_the_start_after_a_response(
    app, live_server: str, shift: Link, phone: Page, monkeypatch
):
    monkeypatch.setitem(app.config, "KIOSK_THANKS_SECONDS", 2)
    open_form(phone, shift.kiosk)
    fill(phone, COMMENT, "Kind nurses on the ward")
    send(phone)
    should_see_thanks(phone)
    expect(phone).to_have_url(live_server + shift.kiosk, timeout=5_000)
    expect(phone.locator("#survey-form")).to_be_visible()
    should_have_no_answers(phone)


def test_kiosk_forgets_answers_after_no_one_touches_it(app, shift: Link, phone: Page, monkeypatch):
    monkeypatch.setitem(app.config, "KIOSK_IDLE_SECONDS", 2)
    open_form(phone, shift.kiosk)
    choose(phone, "No", in_question="Did you get a break today?")
    fill(phone, COMMENT, "Someone else's answer")
    expect(phone.get_by_label(COMMENT)).to_have_value("", timeout=5_000)
    should_have_no_answers(phone)


def test_queued_answers_survive_an_expired_form_token(app, shift: Link, phone: Page):
    """Queued for hours, the page's form token has expired (here: the session is gone)
    by the time the signal returns; the response is still stored, once."""
    open_form(phone, shift.url)
    fill(phone, COMMENT, "Queued in the basement all afternoon")
    submission_id = phone.locator("input[name=submission_id]").input_value()
    phone.context.set_offline(True)
    send(phone)
    expect(phone.locator("#fv-status")).to_have_text(QUEUED)
    phone.context.clear_cookies()
    phone.context.set_offline(False)
    should_see_thanks(phone)
    assert stored_with(app, submission_id) == 1
    assert kept_on_device(phone) == {}


def test_kiosk_without_signal_keeps_nothing_on_the_device_yet_sends_once(
    app, live_server: str, shift: Link, phone: Page, monkeypatch
):
    """A ward tablet with no signal: the response waits in the page's memory, never in
    storage; the tablet clears for the next person, and sends it when the signal returns."""
    monkeypatch.setitem(app.config, "KIOSK_IDLE_SECONDS", 2)
    open_form(phone, shift.kiosk)
    fill(phone, COMMENT, "The night staff were kind")
    submission_id = phone.locator("input[name=submission_id]").input_value()
    phone.context.set_offline(True)
    send(phone)
    expect(phone.locator("#fv-status")).to_contain_text("This tablet will send your answers")
    assert kept_on_device(phone) == {}
    # Nobody touches it: the answers go from the page and the tablet is ready again.
    expect(phone.get_by_label(COMMENT)).to_have_value("", timeout=5_000)
    should_have_no_answers(phone)
    assert stored_with(app, submission_id) == 0
    phone.evaluate("window.fvBeforeSignal = true")
    phone.context.set_offline(False)
    # Once the response is sent, the tablet loads its start page afresh.
    phone.wait_for_function("() => !window.fvBeforeSignal", timeout=30_000)
    expect(phone).to_have_url(live_server + shift.kiosk)
    assert stored_with(app, submission_id) == 1
    should_have_no_answers(phone)
