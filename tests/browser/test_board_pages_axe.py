"""Every HTML page of the board and public blueprints, at 375px and 1280px: 0 WCAG 2.1 AA
violations (axe), on the page as it opens and in its error state.

The analyst sees every board page (curation, exports and the glossary's forms need an
analyst); the public pages are opened without signing in. A guard walks the URL map so a
new page cannot escape the check.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from flask import Flask
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import func, select

from feedback.extensions import db as _db
from feedback.models import (
    Action,
    Answer,
    GlossaryTerm,
    Membership,
    Partnership,
    ThemeAssignment,
    User,
)
from feedback.services import actions, receipts
from feedback.services.analysis import latest_run
from feedback.services.demo import SeedSummary
from tests.browser.conftest import DESKTOP, PHONE, _page, assert_accessible, pages_of, sign_in

BOARD = "/boards/riverside"
THEME = BOARD + "/themes/{theme}"
TERM = BOARD + "/glossary/{term}"
PUBLIC = "/you-said-we-did/riverside"


@dataclass(frozen=True)
class Visit:
    """A page to check: `path` names real ids as {theme}, {action}, {term} and {receipt}.
    With `submit`, the form is sent (after emptying the field labelled `clear`) to show
    its error state."""

    name: str
    endpoint: str
    path: str
    status: int = 200
    submit: str | None = None
    clear: str | None = None
    error: bool = False
    public: bool = False

    @property
    def shows_errors(self) -> bool:
        return self.error or self.status == 400 or self.submit is not None


VISITS = [
    Visit("index", "boards.index", "/boards/"),
    Visit("overview", "boards.partnership", BOARD + "/"),
    Visit("overview-period-error", "boards.partnership", BOARD + "/?from=2026-02-30", 400),
    Visit("themes", "boards.partnership_themes", BOARD + "/themes"),
    Visit(
        "themes-period-error",
        "boards.partnership_themes",
        BOARD + "/themes?from=2026-03-01&to=2026-02-01",
        400,
    ),
    Visit("survey-themes", "boards.survey_themes", BOARD + "/surveys/patient-fft/themes"),
    Visit("staff-survey-themes", "boards.survey_themes", BOARD + "/surveys/staff-pulse/themes"),
    Visit("theme", "boards.theme", THEME),
    Visit(
        "theme-drilled-down",
        "boards.theme",
        THEME + "?lens=patients&respondent=patient&organisation=city-hospital&from=2020-01-01",
    ),
    Visit("theme-filter-error", "boards.theme", THEME + "?from=2026-03-01&to=2026-02-01", 400),
    Visit("move-answer-error", "boards.theme", THEME, submit="Move answer"),
    Visit("curate", "boards.curate_theme", THEME + "/curate"),
    Visit("curate-error", "boards.curate_theme", THEME + "/curate", submit="Merge theme"),
    Visit("split", "boards.split_theme", THEME + "/split"),
    Visit("split-error", "boards.split_theme", THEME + "/split", submit="Split theme"),
    Visit("action-new", "boards.new_action", THEME + "/actions/new"),
    Visit(
        "action-new-error",
        "boards.new_action",
        THEME + "/actions/new",
        submit="Record the action",
    ),
    Visit("action-edit", "boards.edit_action", BOARD + "/actions/{action}/edit"),
    Visit(
        "action-edit-error",
        "boards.edit_action",
        BOARD + "/actions/{action}/edit",
        submit="Save changes",
        clear="What was decided",
    ),
    Visit("export", "boards.export", BOARD + "/export"),
    Visit(
        "export-filtered", "boards.export", BOARD + "/export?survey=patient-fft&respondent=patient"
    ),
    Visit("export-error", "boards.export", BOARD + "/export?survey=no-such-survey", 400),
    Visit(
        "export-nothing-matches", "boards.export_csv", BOARD + "/export.csv?from=2099-01-01", 404
    ),
    Visit("pack", "boards.pack", BOARD + "/pack"),
    Visit("pack-period-error", "boards.pack", BOARD + "/pack?from=2026-02-30", 400),
    Visit("glossary", "boards.glossary_list", BOARD + "/glossary"),
    Visit("glossary-new", "boards.glossary_add", BOARD + "/glossary/new"),
    Visit("glossary-new-error", "boards.glossary_add", BOARD + "/glossary/new", submit="Save term"),
    Visit("glossary-edit", "boards.glossary_edit", TERM + "/edit"),
    Visit(
        "glossary-edit-error",
        "boards.glossary_edit",
        TERM + "/edit",
        submit="Save term",
        clear="Term",
    ),
    Visit("glossary-delete", "boards.glossary_delete", TERM + "/delete"),
    Visit("public", "public.partnership", PUBLIC, public=True),
    Visit("public-organisation", "public.organisation", PUBLIC + "/city-hospital", public=True),
    Visit("public-receipt", "public.partnership", PUBLIC + "?code={receipt}", public=True),
    Visit(
        "public-receipt-error",
        "public.organisation",
        PUBLIC + "/city-hospital?code=ABCD-EFGH",
        error=True,
        public=True,
    ),
]

# Downloads: their only HTML is an error page, checked above where it has one of its own.
NOT_HTML = {"boards.export_csv", "boards.export_xlsx", "boards.fft_monthly_csv", "boards.pack_pdf"}


# --- The demo data's ids, and one signed-in browser per width ----------------------------


@pytest.fixture(scope="module")
def ids(app: Flask, demo: SeedSummary) -> dict[str, str]:
    """Real ids from the demo data, after giving it an action, a receipt code and an analyst
    who belongs to two partnerships (so /boards/ lists them rather than redirecting)."""
    with app.app_context():
        riverside, hillside = (
            _db.session.scalar(select(Partnership).where(Partnership.slug == slug))
            for slug in ("riverside", "hillside")
        )
        analyst = _db.session.scalar(
            select(User).where(User.email == demo.credentials["Riverside analyst"][0])
        )
        _db.session.add(Membership(user_id=analyst.id, partnership_id=hillside.id, role="board"))
        actions.seed_demo_actions(riverside)
        _db.session.commit()
        run = latest_run(f"partnership:{riverside.id}")
        # The largest theme, so that its answers are shown and it can be split.
        theme_id = _db.session.scalar(
            select(ThemeAssignment.theme_id)
            .where(ThemeAssignment.run_id == run.id, ThemeAssignment.rank == 1)
            .group_by(ThemeAssignment.theme_id)
            .order_by(func.count().desc(), ThemeAssignment.theme_id)
            .limit(1)
        )
        answer = _db.session.scalar(
            select(Answer)
            .join(ThemeAssignment, ThemeAssignment.answer_id == Answer.id)
            .where(ThemeAssignment.run_id == run.id, ThemeAssignment.theme_id == theme_id)
            .limit(1)
        )
        found = {
            "theme": str(theme_id),
            "action": str(_first(Action, riverside)),
            "term": str(_first(GlossaryTerm, riverside)),
            "receipt": receipts.issue_receipt(answer.response),
        }
        _db.session.remove()
    return found


def _first(model, partnership: Partnership) -> uuid.UUID:
    found = _db.session.scalar(
        select(model.id).where(model.partnership_id == partnership.id).order_by(model.id)
    )
    assert found is not None, f"the demo data has no {model.__name__}"
    return found


@pytest.fixture(scope="module", params=[PHONE, DESKTOP], ids=["375px", "1280px"])
def pages(
    request, browser: Browser, live_server: str, demo: SeedSummary, ids
) -> Iterator[dict[str, Page]]:
    """At one width: the analyst's page, signed in once, and a page for the public."""
    contexts = [_page(browser, live_server, **request.param) for _ in range(2)]
    analyst, public = (next(context) for context in contexts)
    sign_in(analyst, *demo.credentials["Riverside analyst"])
    yield {"analyst": analyst, "public": public}
    for context in contexts:
        next(context, None)


# --- Tests -------------------------------------------------------------------------------


@pytest.mark.parametrize("visit", VISITS, ids=[visit.name for visit in VISITS])
def test_board_and_public_pages_have_no_axe_violations(pages, ids, visit: Visit):
    page = pages["public" if visit.public else "analyst"]
    response = page.goto(visit.path.format(**ids))
    assert response is not None
    if visit.submit:
        assert response.status == 200, f"{page.url}: {response.status}"
        if visit.clear:
            page.get_by_label(visit.clear, exact=True).fill("")
        with page.expect_response(lambda sent: sent.request.method == "POST") as posted:
            page.get_by_role("button", name=visit.submit).first.click()
        assert posted.value.status == 400, f"{visit.submit}: {posted.value.status}"
    else:
        assert response.status == visit.status, f"{page.url}: {response.status}"
    heading = page.get_by_role("heading", level=1)
    expect(heading).not_to_have_text(re.compile(r"^\s*$|Page not found"))
    if visit.shows_errors:
        expect(page.locator(".nhsuk-error-summary")).to_be_visible()
        assert page.title().startswith("Error:"), page.title()
    assert_accessible(page)


def test_every_board_and_public_page_is_checked(app: Flask):
    """A GET page of either blueprint is in VISITS (at the path given there) or a download."""
    fake = {name: str(uuid.uuid4()) for name in ("theme", "action", "term")}
    pages = pages_of(app, ("boards", "public"), VISITS, {"receipt": "", **fake})
    unchecked = set(pages) - NOT_HTML - {visit.endpoint for visit in VISITS}
    assert not unchecked, f"pages with no axe check in {__name__}: {sorted(unchecked)}"
    for endpoint in NOT_HTML:
        assert re.search(r"\.(csv|xlsx|pdf)$", pages[endpoint]), endpoint
