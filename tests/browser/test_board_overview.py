"""The partnership overview and the glossary in a real browser, on a phone and a desktop:
WCAG 2.1 AA clean (axe), charts with their tables, the glossary's agreed words."""

from __future__ import annotations

from datetime import date

import pytest
from flask import Flask
from playwright.sync_api import Browser, expect
from sqlalchemy import select

from feedback.extensions import db as _db
from feedback.models import Partnership
from feedback.services import overview
from tests.browser.conftest import DESKTOP, PHONE, _page, assert_accessible, sign_in

SIZES = pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["375px", "1280px"])


def name_the_top_theme(app: Flask, name: str) -> None:
    """As a board does on a theme's page: the largest theme on the overview gets a name."""
    with app.app_context():
        riverside = _db.session.scalar(select(Partnership).where(Partnership.slug == "riverside"))
        period, _, _ = overview.parse_period({}, date.today())
        top = overview.top_themes(riverside, period)[0].theme
        top.name = name
        _db.session.commit()


@SIZES
def test_board_member_reads_the_overview(
    demo, app: Flask, browser: Browser, live_server: str, size
):
    # The glossary's "carer" in a theme's name brings the glossary beside the themes.
    name_the_top_theme(app, "Support for carers")
    for page in _page(browser, live_server, **size):
        sign_in(page, *demo.credentials["Riverside board member"])
        page.goto("/boards/riverside/")
        expect(page.get_by_role("heading", name="Who has answered")).to_be_visible()
        chart = page.get_by_role("img", name="Riverside City Hospital NHS Foundation Trust: % good")
        expect(chart).to_be_visible()
        expect(page.get_by_role("table", name="By organisation")).to_be_visible()
        expect(page.get_by_role("complementary", name="Words used in this report")).to_be_visible()
        assert_accessible(page)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= size["viewport"]["width"], f"the page scrolls sideways: {width}px"


@SIZES
def test_analyst_uses_the_glossary(demo, browser: Browser, live_server: str, size):
    for page in _page(browser, live_server, **size):
        sign_in(page, *demo.credentials["Riverside analyst"])
        page.goto("/boards/riverside/glossary")
        expect(page.get_by_role("term").filter(has_text="service user")).to_be_visible()
        assert_accessible(page)
        page.get_by_role("link", name="Add a term").click()
        page.get_by_label("Term", exact=True).fill("service user")
        page.get_by_role("button", name="Save term").click()
        expect(
            page.get_by_role("link", name="The glossary already has “service user”")
        ).to_be_visible()
        expect(page).to_have_title(
            "Error: Add a glossary term: Riverside Place Partnership – Frontline Voice"
        )
        assert_accessible(page)
