"""Every HTML page of the admin and auth blueprints, at 375px and 1280px: 0 WCAG 2.1 AA
violations (axe), on the page as it opens and in its error state.

The Riverside admin sees the administration pages; invite links and the sign-in page are
opened without signing in; a new analyst walks through signing in for the first time
(setting up an authenticator app, the recovery codes) and back in with a recovery code.
One test per width visits every page and reports every failure at once. A guard walks
the URL map so a new page cannot escape the check.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pyotp
import pytest
from flask import Flask
from playwright.sync_api import Browser, Page, expect
from playwright.sync_api import Error as PlaywrightError
from sqlalchemy import select

from feedback.extensions import db as _db
from feedback.models import (
    Membership,
    Organisation,
    Partnership,
    Place,
    Site,
    Survey,
    User,
)
from feedback.services import api_tokens, invites, organisations, partnerships
from feedback.services.accounts import hash_password
from feedback.services.demo import SeedSummary
from tests.browser.conftest import DESKTOP, PHONE, _page, assert_accessible, pages_of, sign_in
from tests.conftest import PASSWORD

ADMIN = "/admin/riverside"
INVITE = "/admin/invites/{invite}"


@dataclass(frozen=True)
class Visit:
    """A page to check: `path` names real ids as {place}, {organisation}, {site}, {user},
    {membership}, {survey}, {token} and {invite}. With `submit`, the form is sent after
    `fill` (label, value) pairs (value None ticks the radio or box), and its answer must
    have status `posted`: 400 shows the error state. Values may name {width}, so that
    each width makes its own invite and token."""

    name: str
    endpoint: str
    path: str
    status: int = 200
    submit: str | None = None
    fill: tuple[tuple[str, str | None], ...] = ()
    posted: int = 400
    public: bool = False

    @property
    def shows_errors(self) -> bool:
        return self.status == 400 or (self.submit is not None and self.posted == 400)


PLACE = ADMIN + "/places/{place}/edit"
ORGANISATION = ADMIN + "/organisations/{organisation}/edit"
SITE = ADMIN + "/sites/{site}/edit"
RETENTION = ADMIN + "/surveys/{survey}/retention"

VISITS = [
    Visit("index", "admin.index", "/admin/"),
    Visit("partnership-new", "admin.partnership_new", "/admin/new"),
    Visit("partnership-new-error", "admin.partnership_new", "/admin/new", submit="Save"),
    Visit("partnership", "admin.partnership", ADMIN + "/"),
    Visit("partnership-edit", "admin.partnership_edit", ADMIN + "/edit"),
    Visit(
        "partnership-edit-error",
        "admin.partnership_edit",
        ADMIN + "/edit",
        submit="Save",
        fill=(("Suppression threshold (optional)", "1"),),
    ),
    Visit("place-new", "admin.place_new", ADMIN + "/places/new"),
    Visit("place-new-error", "admin.place_new", ADMIN + "/places/new", submit="Save"),
    Visit("place-edit", "admin.place_edit", PLACE),
    Visit(
        "place-edit-error",
        "admin.place_edit",
        PLACE,
        submit="Save",
        fill=(("Name of the place", ""),),
    ),
    Visit("archived-place-edit", "admin.place_edit", ADMIN + "/places/{archived_place}/edit"),
    Visit("organisation-new", "admin.organisation_new", ADMIN + "/organisations/new"),
    Visit(
        "organisation-new-error",
        "admin.organisation_new",
        ADMIN + "/organisations/new",
        submit="Save",
    ),
    Visit("organisation-edit", "admin.organisation_edit", ORGANISATION),
    Visit(
        "organisation-edit-error",
        "admin.organisation_edit",
        ORGANISATION,
        submit="Save",
        fill=(("Short name", "Not A Short Name"),),
    ),
    Visit("site-new", "admin.site_new", ADMIN + "/organisations/{organisation}/sites/new"),
    Visit(
        "site-new-error",
        "admin.site_new",
        ADMIN + "/organisations/{organisation}/sites/new",
        submit="Save",
    ),
    Visit("site-edit", "admin.site_edit", SITE),
    Visit("site-edit-error", "admin.site_edit", SITE, submit="Save", fill=(("Name", ""),)),
    Visit("people", "admin.people", ADMIN + "/people"),
    Visit("role-grant", "admin.role_grant", ADMIN + "/people/{user}/roles"),
    Visit(
        "role-grant-error",
        "admin.role_grant",
        ADMIN + "/people/{user}/roles",
        submit="Give role",
    ),
    Visit("role-remove", "admin.role_remove", ADMIN + "/roles/{membership}/remove"),
    # The partnership's only admin cannot remove their own admin role.
    Visit(
        "role-remove-last-admin-error",
        "admin.role_remove",
        ADMIN + "/roles/{admin_membership}/remove",
        submit="Remove role",
    ),
    Visit("invite-new", "admin.invite_new", ADMIN + "/invites"),
    Visit("invite-new-error", "admin.invite_new", ADMIN + "/invites", submit="Create invite"),
    Visit(
        "invite-link-shown-once",
        "admin.invite_new",
        ADMIN + "/invites",
        submit="Create invite",
        fill=(("Email address", "new-{width}@riverside.example"), ("Analyst", None)),
        posted=200,
    ),
    Visit("audit", "admin.audit", ADMIN + "/audit"),
    Visit(
        "audit-filtered",
        "admin.audit",
        ADMIN + "/audit?action=role_removed&start-day=1&start-month=1&start-year=2020",
    ),
    Visit(
        "audit-date-error",
        "admin.audit",
        ADMIN + "/audit?start-day=31&start-month=2&start-year=2026",
        400,
    ),
    Visit("retention", "admin.retention", ADMIN + "/retention"),
    Visit("retention-edit", "admin.retention_edit", RETENTION),
    Visit(
        "retention-edit-error",
        "admin.retention_edit",
        RETENTION,
        submit="Save",
        fill=(("Delete raw answers after how many months?", "forever"),),
    ),
    Visit("tokens", "admin.tokens", ADMIN + "/tokens"),
    Visit("token-new", "admin.token_new", ADMIN + "/tokens/new"),
    Visit("token-new-error", "admin.token_new", ADMIN + "/tokens/new", submit="Create token"),
    Visit(
        "token-shown-once",
        "admin.token_new",
        ADMIN + "/tokens/new",
        submit="Create token",
        fill=(("Name", "Ward kiosk sync {width}"), ("Survey author", None)),
        posted=200,
    ),
    Visit("token-revoke", "admin.token_revoke", ADMIN + "/tokens/{token}/revoke"),
    Visit("token-revoked-already", "admin.token_revoke", ADMIN + "/tokens/{revoked_token}/revoke"),
    # Signed out: the app's address lands on the sign-in page; invite links.
    Visit("home", "auth.home", "/", public=True),
    Visit("sign-in", "auth.sign_in", "/sign-in", public=True),
    Visit("sign-in-error", "auth.sign_in", "/sign-in", submit="Sign in", public=True),
    Visit(
        "sign-in-wrong-password-error",
        "auth.sign_in",
        "/sign-in",
        submit="Sign in",
        fill=(("Email address", "nobody@riverside.example"), ("Password", "not the password")),
        public=True,
    ),
    Visit("invite-accept", "admin.invite_accept", INVITE, public=True),
    Visit(
        "invite-accept-error",
        "admin.invite_accept",
        INVITE,
        submit="Create account",
        fill=(("Choose a password", "password"),),
        public=True,
    ),
    Visit(
        "invite-accept-existing-account",
        "admin.invite_accept",
        "/admin/invites/{existing_invite}",
        public=True,
    ),
    Visit("invite-used", "admin.invite_accept", "/admin/invites/{used_invite}", 410, public=True),
    Visit(
        "invite-expired",
        "admin.invite_accept",
        "/admin/invites/{expired_invite}",
        410,
        public=True,
    ),
    Visit(
        "invite-unknown", "admin.invite_accept", "/admin/invites/no-such-invite", 404, public=True
    ),
]

# The first sign-in of a new analyst, checked step by step in _first_sign_in: name -> the
# endpoint whose page is then open.
SIGN_IN_STEPS = {
    "set-up-authenticator": "auth.set_up_two_factor",
    "set-up-authenticator-error": "auth.set_up_two_factor",
    "set-up-authenticator-wrong-code-error": "auth.set_up_two_factor",
    "recovery-codes": "auth.set_up_two_factor",
    "signed-out": "auth.sign_in",
    "security-code": "auth.second_factor",
    "security-code-error": "auth.second_factor",
    "recovery-code-used-error": "auth.second_factor",
}

# Endpoints that answer GET with no page of their own. The set-up page's QR code is a data
# URI inside it, not an endpoint. (POST-only endpoints, such as sign-out and archiving,
# are not GET pages and so are not listed.)
NOT_HTML: set[str] = set()


# --- The demo data's ids, and one browser per kind of visitor per width ------------------


@pytest.fixture(scope="module")
def ids(app: Flask, demo: SeedSummary) -> dict[str, str]:
    """Real ids from the demo data, after giving Riverside an archived place, two API
    tokens (one revoked) and invites: waiting, used, expired and for an existing user."""
    with app.app_context():
        riverside = _db.session.scalar(select(Partnership).where(Partnership.slug == "riverside"))
        admin = _user(demo.credentials["Riverside admin"][0])
        analyst = _user(demo.credentials["Riverside analyst"][0])
        old_place = organisations.save_place(admin, riverside, "Old Riverside", None)
        partnerships.set_archived(admin, riverside, old_place, True)
        token, _ = api_tokens.create(riverside, "board", "Old dashboard", admin)
        revoked, _ = api_tokens.create(riverside, "board", "Retired dashboard", admin)
        api_tokens.revoke(revoked, admin)
        _, valid = invites.create(admin, riverside, "invited@riverside.example", "board", "")
        used, used_token = invites.create(admin, riverside, "used@riverside.example", "board", "")
        used.used_at = datetime.now(UTC)
        expired, expired_token = invites.create(
            admin, riverside, "late@riverside.example", "board", ""
        )
        expired.expires_at = datetime.now(UTC) - timedelta(hours=1)
        hospital = _db.session.scalar(
            select(Organisation).where(Organisation.short_name == "city-hospital")
        )
        hillside_board = demo.credentials["Hillside board member"][0]
        _, existing = invites.create(admin, riverside, hillside_board, "board", "")
        found = {
            "place": _first(
                Place, Place.partnership_id == riverside.id, Place.archived_at.is_(None)
            ),
            "archived_place": str(old_place.id),
            "organisation": str(hospital.id),
            "site": _first(Site, Site.organisation_id == hospital.id),
            "user": str(analyst.id),
            "membership": _first(Membership, Membership.user_id == analyst.id),
            "admin_membership": _first(Membership, Membership.user_id == admin.id),
            "survey": _first(Survey, Survey.partnership_id == riverside.id),
            "token": str(token.id),
            "revoked_token": str(revoked.id),
            "invite": valid,
            "used_invite": used_token,
            "expired_invite": expired_token,
            "existing_invite": existing,
        }
        _db.session.commit()
        _db.session.remove()
    return found


def _user(email: str) -> User:
    return _db.session.scalar(select(User).where(User.email == email))


def _first(model, *where) -> str:
    found = _db.session.scalar(select(model.id).where(*where).order_by(model.id))
    assert found is not None, f"the demo data has no {model.__name__}"
    return str(found)


def _new_analyst(app: Flask, email: str) -> None:
    """A Riverside analyst with a password and no authenticator app yet."""
    with app.app_context():
        riverside = _db.session.scalar(select(Partnership).where(Partnership.slug == "riverside"))
        user = User(email=email, display_name="New Analyst", password_hash=hash_password(PASSWORD))
        user.memberships = [Membership(partnership_id=riverside.id, role="analyst")]
        _db.session.add(user)
        _db.session.commit()
        _db.session.remove()


@pytest.fixture
def two_factor_required(app: Flask) -> Iterator[None]:
    """As in production: an analyst must set up an authenticator app before any page."""
    before = app.config["TWO_FACTOR_REQUIRED"]
    app.config["TWO_FACTOR_REQUIRED"] = True
    yield
    app.config["TWO_FACTOR_REQUIRED"] = before


# --- Checking a page ---------------------------------------------------------------------


def _check(page: Page, shows_errors: bool) -> None:
    """The page has a real heading, an error summary when it should, no sideways scrolling
    and no axe violations."""
    heading = page.get_by_role("heading", level=1)
    expect(heading).not_to_have_text(re.compile(r"^\s*$|Page not found"))
    summary = page.locator(".nhsuk-error-summary")
    if shows_errors:
        expect(summary).to_be_visible()
        assert page.title().startswith("Error:"), page.title()
    else:
        expect(summary).to_have_count(0)
    # Reflow (WCAG 1.4.10), which axe does not test: nothing makes the page scroll sideways.
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
    assert_accessible(page)


def _visit(page: Page, visit: Visit, ids: dict[str, str], width: int) -> None:
    response = page.goto(visit.path.format(**ids))
    assert response is not None
    if visit.submit:
        assert response.status == 200, f"{page.url}: {response.status}"
        for label, value in visit.fill:
            field = page.get_by_label(label, exact=True)
            if value is None:
                field.check()
            else:
                field.fill(value.format(width=width))
        with page.expect_response(lambda sent: sent.request.method == "POST") as posted:
            page.get_by_role("button", name=visit.submit, exact=True).first.click()
        assert posted.value.status == visit.posted, f"{visit.submit}: {posted.value.status}"
        page.wait_for_load_state("load")
    else:
        assert response.status == visit.status, f"{page.url}: {response.status}"
    _check(page, visit.shows_errors)


def _first_sign_in(page: Page, email: str, checkpoint: Callable[[str, bool], None]) -> None:
    """A new analyst signs in, sets up an app, sees the recovery codes, signs out, and
    signs back in with a recovery code; `checkpoint` checks the page at each step."""
    page.goto("/sign-in")
    page.get_by_label("Email address", exact=True).fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up an authenticator app")
    expect(page.get_by_role("img", name=re.compile("QR code"))).to_be_visible()
    page.get_by_text("Show the address the QR code holds").click()  # so axe checks it too
    expect(page.get_by_text("otpauth://")).to_be_visible()
    checkpoint("set-up-authenticator", False)
    turn_on = page.get_by_role("button", name="Turn on")
    code = page.get_by_label("Code from your authenticator app", exact=True)
    turn_on.click()
    checkpoint("set-up-authenticator-error", True)
    code.fill("12345")
    turn_on.click()
    checkpoint("set-up-authenticator-wrong-code-error", True)
    secret = "".join(page.locator("#totp-secret").inner_text().split())
    code.fill(pyotp.TOTP(secret).now())
    turn_on.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Save your recovery codes")
    recovery_codes = page.locator("#recovery-codes li").all_inner_texts()
    assert len(recovery_codes) >= 2, recovery_codes
    checkpoint("recovery-codes", False)
    page.get_by_role("link", name="Continue").click()
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")
    checkpoint("signed-out", False)
    page.get_by_label("Email address", exact=True).fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Enter your security code")
    checkpoint("security-code", False)
    security_code = page.get_by_label("Security code", exact=True)
    page.get_by_role("button", name="Continue").click()
    checkpoint("security-code-error", True)
    # A recovery code works once: the one just used is refused the second time.
    security_code.fill(recovery_codes[0].strip())
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    page.get_by_role("button", name="Sign out").click()
    page.get_by_label("Email address", exact=True).fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    security_code.fill(recovery_codes[0].strip())
    page.get_by_role("button", name="Continue").click()
    checkpoint("recovery-code-used-error", True)
    security_code.fill(recovery_codes[1].strip())
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()


# --- Tests -------------------------------------------------------------------------------


# About 65 pages, each loaded and read by axe-core: minutes on two busy cores.
@pytest.mark.timeout(900)
@pytest.mark.parametrize("device", [PHONE, DESKTOP], ids=["375px", "1280px"])
def test_admin_and_auth_pages_have_no_axe_violations(
    app: Flask,
    browser: Browser,
    live_server: str,
    demo: SeedSummary,
    ids: dict[str, str],
    two_factor_required: None,
    device: dict,
):
    width = device["viewport"]["width"]
    contexts = [_page(browser, live_server, **device) for _ in range(3)]
    admin, public, newcomer = (next(context) for context in contexts)
    failures: list[str] = []
    try:
        sign_in(admin, *demo.credentials["Riverside admin"])
        for visit in VISITS:
            page = public if visit.public else admin
            try:
                _visit(page, visit, ids, width)
            except (AssertionError, PlaywrightError, pytest.fail.Exception) as failed:
                failures.append(f"{visit.name} ({page.url}): {failed}")

        adapter = app.url_map.bind("localhost")
        checked: list[str] = []

        def checkpoint(name: str, shows_errors: bool) -> None:
            checked.append(name)
            endpoint = adapter.match(urlsplit(newcomer.url).path, method="GET")[0]
            try:
                assert endpoint == SIGN_IN_STEPS[name], f"on {endpoint}"
                _check(newcomer, shows_errors)
            except (AssertionError, PlaywrightError, pytest.fail.Exception) as failed:
                failures.append(f"{name} ({newcomer.url}): {failed}")

        email = f"new-analyst-{width}@riverside.example"
        _new_analyst(app, email)
        try:
            _first_sign_in(newcomer, email, checkpoint)
        except (AssertionError, PlaywrightError) as failed:
            failures.append(
                f"first sign-in stopped after {checked[-1:]} ({newcomer.url}): {failed}"
            )
        missed = [name for name in SIGN_IN_STEPS if name not in checked]
        if missed:
            failures.append(f"sign-in steps never reached: {missed}")
    finally:
        for context in contexts:
            next(context, None)
    assert not failures, f"{len(failures)} page(s) failed at {width}px:\n\n" + "\n\n".join(failures)


def test_every_admin_and_auth_page_is_checked(app: Flask):
    """A GET page of either blueprint is in VISITS (at the path given there) or a step of
    the first sign-in."""
    fake = {
        name: str(uuid.uuid4())
        for name in (
            "place",
            "archived_place",
            "organisation",
            "site",
            "user",
            "membership",
            "admin_membership",
            "survey",
            "token",
            "revoked_token",
        )
    }
    fake |= {name: "a-token" for name in ("invite", "used_invite", "expired_invite")}
    fake["existing_invite"] = "a-token"
    pages = set(pages_of(app, ("admin", "auth"), VISITS, fake))
    visited = {visit.endpoint for visit in VISITS} | set(SIGN_IN_STEPS.values())
    unchecked = pages - NOT_HTML - visited
    assert not unchecked, f"pages with no axe check in {__name__}: {sorted(unchecked)}"
