"""The thank-you page's receipt code and the public "You said, we did" page: a journey
from answering to seeing what was done, with 0 axe violations at 375px and 1280px."""

from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from feedback.extensions import db as _db
from feedback.models import Action, Answer, Theme
from tests.boards.test_theme_pages import PARKING, WAITING, add_responses, store_run
from tests.browser.conftest import assert_accessible, choose, send, sign_in
from tests.conftest import PASSWORD, make_partnership, make_survey, make_user

pytestmark = pytest.mark.browser
MINE = "Nobody told us why the clinic was running two hours late"


def themed_with_my_answer(survey, partnership) -> None:
    """Theme my answer with others about waiting, and record an action on that theme."""
    _db.session.expire_all()
    mine = _db.session.scalars(select(Answer).where(Answer.text_raw == MINE)).all()
    waiting = add_responses(survey, WAITING * 3, "patient", "poor")
    store_run(
        partnership,
        {
            "Waiting times": mine + waiting,
            "Parking": add_responses(survey, PARKING * 3, "patient", "poor"),
        },
    )
    theme = _db.session.scalar(select(Theme).where(Theme.label == "Waiting times"))
    _db.session.add(
        Action(
            partnership_id=partnership.id,
            theme_id=theme.id,
            decision="Text people when a clinic runs late",
            owner="Outpatients manager",
            status="in_progress",
            due_on=date(2027, 6, 1),
        )
    )
    _db.session.commit()


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_a_receipt_code_leads_to_the_theme_and_its_action(request, db, device):
    page = request.getfixturevalue(device)
    partnership = make_partnership()
    survey = make_survey(partnership)
    page.goto("/s/patient-fft")
    choose(page, "Poor")
    page.fill("#better", MINE)
    send(page)
    # The first response of a run waits for the theme model to load (jobs run inline).
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you", timeout=60_000)
    code = page.locator("#receipt-code").inner_text().strip()
    assert len(code) == 9 and code[4] == "-"
    assert_accessible(page)

    themed_with_my_answer(survey, partnership)
    page.get_by_role("link", name="You said, we did: see what has changed").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You said, we did")
    assert_accessible(page)
    page.get_by_label("Your receipt code").fill(code.lower())
    page.get_by_role("button", name="Show what happened").click()
    result = page.locator("#receipt-result")
    expect(result.get_by_role("heading", level=3)).to_have_text(["Waiting times"])
    expect(result).to_contain_text("Text people when a clinic runs late")
    expect(page.locator("body")).not_to_contain_text("two hours late")
    assert_accessible(page)


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_a_code_not_found_is_an_accessible_error(request, db, device):
    page = request.getfixturevalue(device)
    make_partnership()
    page.goto("/you-said-we-did/riverside?code=ABCD-EFGH")
    expect(page.locator(".nhsuk-error-summary")).to_contain_text("We could not find that code")
    expect(page).to_have_title("Error: You said, we did: Riverside Partnership – Frontline Voice")
    assert_accessible(page)


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_the_board_action_form_and_its_errors_are_accessible(request, db, device):
    page = request.getfixturevalue(device)
    partnership = make_partnership()
    survey = make_survey(partnership)
    store_run(partnership, {"Waiting times": add_responses(survey, WAITING, "patient", "poor")})
    theme_id = _db.session.scalar(select(Theme.id))
    sign_in(page, make_user(partnership, "board").email, PASSWORD)
    page.goto(f"/boards/riverside/themes/{theme_id}/actions/new")
    assert_accessible(page)
    page.get_by_label("Not possible").check()
    page.get_by_role("button", name="Record the action").click()
    expect(page.locator(".nhsuk-error-summary")).to_contain_text("Enter why it is not possible")
    assert_accessible(page)
