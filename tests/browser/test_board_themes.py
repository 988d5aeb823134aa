"""A board member reads the theme list, opens a theme, switches the staff/patient lens and
filters its answers, on a phone and a desktop. Every page is WCAG 2.1 AA clean (axe)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import assert_accessible, sign_in

pytestmark = pytest.mark.browser

THEMES = "/boards/riverside/themes"


def open_first_theme(page: Page) -> None:
    page.goto(THEMES)
    assert_accessible(page)
    page.get_by_role("heading", level=3).first.get_by_role("link").click()
    expect(page.get_by_role("heading", name="Staff and patients")).to_be_visible()
    assert_accessible(page)


@pytest.mark.parametrize("size", ["phone", "desktop"])
def test_board_member_reads_a_theme_through_each_lens_and_filters_it(demo, request, size):
    page: Page = request.getfixturevalue(size)
    sign_in(page, *demo.credentials["Riverside board member"])
    open_first_theme(page)
    page.get_by_role("link", name="Staff only").click()
    expect(page.get_by_role("heading", level=3, name="Patients and carers")).to_have_count(0)
    expect(page.get_by_role("heading", level=3, name="Staff", exact=True)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Patients and carers only").click()
    expect(page.get_by_role("heading", level=3, name="Staff", exact=True)).to_have_count(0)
    assert_accessible(page)
    page.get_by_label("Answered from").fill("2026-03-01")
    page.get_by_label("Answered up to").fill("2026-02-01")
    page.get_by_role("button", name="Filter answers").click()
    summary = page.locator(".nhsuk-error-summary")
    expect(summary).to_contain_text("The end date must be the same as or after the start date")
    assert page.title().startswith("Error:")
    assert_accessible(page)
