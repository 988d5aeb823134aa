"""One long answer with no spaces (a pasted link, a held-down key) wraps wherever answers
are shown: the page never grows wider than a 375px phone."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import create_engine, text

from tests.browser.conftest import sign_in
from tests.conftest import TEST_DATABASE_URL

pytestmark = pytest.mark.browser

LONG_WORD = "a" * 5000


def given_long_answers(sql: str) -> None:
    """Every answer that `sql` selects (by id) reads LONG_WORD."""
    engine = create_engine(TEST_DATABASE_URL)
    with engine.begin() as connection:
        ids = [str(i) for i in connection.execute(text(sql)).scalars()]
        connection.execute(
            text("UPDATE answers SET text_raw = :long, text_redacted = :long WHERE id = ANY(:ids)"),
            {"long": LONG_WORD, "ids": ids},
        )
    engine.dispose()
    assert ids, sql


def the_largest_theme() -> str:
    engine = create_engine(TEST_DATABASE_URL)
    with engine.connect() as connection:
        theme = connection.execute(
            text(
                "SELECT theme_id FROM theme_assignments GROUP BY theme_id "
                "ORDER BY count(*) DESC LIMIT 1"
            )
        ).scalar_one()
    engine.dispose()
    return str(theme)


def should_fit_the_phone(page: Page, path: str) -> None:
    page.goto(path)
    expect(page.get_by_text(LONG_WORD[:40]).first).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"{path} is {width}px wide on a 375px phone"


def test_a_long_answer_wraps_on_the_board_pages(demo, phone):
    theme = the_largest_theme()
    given_long_answers(
        f"SELECT answer_id FROM theme_assignments WHERE theme_id = '{theme}'"  # noqa: S608
    )
    sign_in(phone, *demo.credentials["Riverside analyst"])
    should_fit_the_phone(phone, f"/boards/riverside/themes/{theme}")
    should_fit_the_phone(phone, "/boards/riverside/themes")
    should_fit_the_phone(phone, f"/boards/riverside/themes/{theme}/split")
    should_fit_the_phone(phone, "/boards/riverside/pack")


def test_a_long_flagged_answer_wraps_for_the_safeguarding_lead(demo, phone):
    given_long_answers("SELECT answer_id FROM safeguarding_flags")
    sign_in(phone, *demo.credentials["Riverside safeguarding lead"])
    phone.goto("/safeguarding/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    phone.get_by_role("link", name="Review").first.click()
    expect(phone.get_by_text(LONG_WORD[:40])).to_be_visible()
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the flagged answer is {width}px wide on a 375px phone"
