"""The feedback loop end to end: a board member opens a theme, switches the staff/patient
lens, drills down with two filters, records an action, and finds it on the public page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import assert_accessible, sign_in

pytestmark = pytest.mark.browser

DECISION = "Add a second phone line for appointments from January"


def test_a_board_member_records_an_action_that_the_public_page_shows(demo, desktop: Page):
    page = desktop
    sign_in(page, *demo.credentials["Riverside board member"])
    page.goto("/boards/riverside/themes")
    theme_link = page.get_by_role("heading", level=3).first.get_by_role("link")
    theme_name = theme_link.inner_text().strip()
    theme_link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(theme_name)

    page.get_by_role("link", name="Staff only").click()
    expect(page.get_by_role("heading", level=3, name="Patients and carers")).to_have_count(0)
    page.get_by_role("link", name="Patients and carers only").click()
    expect(page.get_by_role("heading", level=3, name="Staff", exact=True)).to_have_count(0)

    # Drill down with two filters: who answered, and from when.
    page.get_by_label("Who answered").select_option("patient")
    page.get_by_label("Answered from").fill("2020-01-01")
    page.get_by_role("button", name="Filter answers").click()
    assert "respondent=patient" in page.url and "from=2020-01-01" in page.url
    expect(page.locator("#answers-total, .nhsuk-inset-text").first).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name=re.compile("Record an action")).click()
    page.get_by_label("What was decided").fill(DECISION)
    page.get_by_label("Who owns it").fill("Outpatients manager")
    page.get_by_label("In progress").check()
    page.get_by_label("Day").fill("31")
    page.get_by_label("Month").fill("1")
    page.get_by_label("Year").fill("2027")
    page.get_by_role("button", name="Record the action").click()
    expect(page.get_by_text(DECISION, exact=True)).to_be_visible()

    page.context.clear_cookies()  # the public page needs no sign-in
    page.goto("/you-said-we-did/riverside")
    expect(page.get_by_role("heading", level=1)).to_have_text("You said, we did")
    expect(page.locator(".fv-public-action", has_text=DECISION)).to_contain_text(
        "Who is responsible: Outpatients manager"
    )
    assert_accessible(page)
