"""Every route, opened by someone allowed to open it, sends the security headers: a strict
CSP with a nonce on every script, no framing (a survey preview excepted), nosniff, a
referrer policy and no-store. A guard walks the URL map, so a new route cannot escape.

A new route fails `test_every_route_is_visited`: add a Visit below. Paths name real ids
as {theme}, {action}, {term}, {flag}, {answer}, {code}, {question}, {receipt}, {place},
{organisation}, {site}, {survey}, {member}, {membership}, {token} and {invite}.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import pyotp
import pytest
from bs4 import BeautifulSoup
from flask import Flask
from sqlalchemy import select

from feedback.extensions import db as _db
from feedback.models import (
    Action,
    Answer,
    Channel,
    GlossaryTerm,
    Membership,
    Organisation,
    Partnership,
    Place,
    SafeguardingFlag,
    Site,
    Survey,
    ThemeAssignment,
    User,
)
from feedback.permissions import SIGNED_IN, permission_of
from feedback.services import actions, api_tokens, glossary, invites, receipts
from feedback.services.accounts import hash_password
from feedback.services.demo import DEMO_DISCLOSURE
from tests.boards.test_theme_pages import KIND, WAITING, add_responses, store_run
from tests.conftest import PASSWORD, empty_database, make_survey, sign_in

BOARD = "/boards/riverside"
THEME = BOARD + "/themes/{theme}"
BUILD = "/build/patient-fft"
ADMIN = "/admin/riverside"
ANYONE = None
# Signed in with a password, the authenticator code still to come.
PASSWORD_ONLY = "password only"


@dataclass(frozen=True)
class Visit:
    """A request to make. `as_role`: sign in holding this role (None: nobody signed in);
    `token`: send an API token of this role instead."""

    endpoint: str
    path: str
    method: str = "GET"
    as_role: str | None = "route"
    token: str | None = None


VISITS = [
    Visit("auth.home", "/", as_role=ANYONE),
    Visit("auth.sign_in", "/sign-in", as_role=ANYONE),
    Visit("auth.sign_out", "/sign-out", "POST"),
    Visit("auth.second_factor", "/sign-in/code", as_role=PASSWORD_ONLY),
    Visit("auth.set_up_two_factor", "/sign-in/set-up-authenticator", as_role="board"),
    Visit("ops.healthz", "/healthz", as_role=ANYONE),
    Visit("ops.readyz", "/readyz", as_role=ANYONE),
    Visit("respond.privacy", "/privacy", as_role=ANYONE),
    Visit("respond.survey", "/s/patient-fft", as_role=ANYONE),
    Visit("respond.survey", "/s/patient-fft/{code}", as_role=ANYONE),
    Visit("respond.survey", "/s/patient-fft/{code}/kiosk", as_role=ANYONE),
    Visit("respond.submit", "/s/patient-fft", "POST", as_role=ANYONE),
    Visit("respond.thanks", "/s/patient-fft/thanks", as_role=ANYONE),
    Visit("respond.thanks", "/s/patient-fft/{code}/kiosk/thanks", as_role=ANYONE),
    Visit("public.partnership", "/you-said-we-did/riverside", as_role=ANYONE),
    Visit("public.partnership", "/you-said-we-did/riverside?code={receipt}", as_role=ANYONE),
    Visit("public.organisation", "/you-said-we-did/riverside/city-hospital", as_role=ANYONE),
    Visit("boards.index", "/boards/"),
    Visit("boards.partnership", BOARD + "/"),
    Visit("boards.partnership_themes", BOARD + "/themes"),
    Visit("boards.survey_themes", BOARD + "/surveys/patient-fft/themes"),
    Visit("boards.theme", THEME),
    Visit("boards.move_answer", BOARD + "/answers/{answer}/move", "POST"),
    Visit("boards.mark_wrong", BOARD + "/answers/{answer}/wrong", "POST"),
    Visit("boards.curate_theme", THEME + "/curate"),
    Visit("boards.save_curation", THEME + "/curate", "POST"),
    Visit("boards.split_theme", THEME + "/split"),
    Visit("boards.save_split", THEME + "/split", "POST"),
    Visit("boards.new_action", THEME + "/actions/new"),
    Visit("boards.edit_action", BOARD + "/actions/{action}/edit"),
    Visit("boards.export", BOARD + "/export"),
    Visit("boards.export_csv", BOARD + "/export.csv"),
    Visit("boards.export_xlsx", BOARD + "/export.xlsx"),
    Visit("boards.fft_monthly_csv", BOARD + "/fft-monthly.csv"),
    Visit("boards.pack", BOARD + "/pack"),
    Visit("boards.pack_pdf", BOARD + "/pack.pdf"),
    Visit("boards.glossary_list", BOARD + "/glossary"),
    Visit("boards.glossary_add", BOARD + "/glossary/new"),
    Visit("boards.glossary_edit", BOARD + "/glossary/{term}/edit"),
    Visit("boards.glossary_delete", BOARD + "/glossary/{term}/delete"),
    Visit("build.index", "/build/"),
    Visit("build.new_survey", "/build/new"),
    Visit("build.overview", BUILD + "/"),
    Visit("build.details", BUILD + "/details"),
    Visit("build.bank_page", BUILD + "/bank"),
    Visit("build.channels", BUILD + "/channels"),
    Visit("build.add_channel", BUILD + "/channels", "POST"),
    Visit("build.channel_poster", BUILD + "/channels/{code}/poster"),
    Visit("build.channel_qr_png", BUILD + "/channels/{code}/qr.png"),
    Visit("build.channel_qr_svg", BUILD + "/channels/{code}/qr.svg"),
    Visit("build.close", BUILD + "/close", "POST"),
    Visit("build.reopen", BUILD + "/reopen", "POST"),
    Visit("build.publish", BUILD + "/publish", "POST"),
    Visit("build.paper_entry", BUILD + "/paper"),
    Visit("build.save_paper_entry", BUILD + "/paper", "POST"),
    Visit("build.preview", BUILD + "/preview"),
    Visit("build.new_question", BUILD + "/questions/new"),
    Visit("build.add_question", BUILD + "/questions/new", "POST"),
    Visit("build.edit_question", BUILD + "/questions/{question}/edit"),
    Visit("build.move_question", BUILD + "/questions/{question}/move", "POST"),
    Visit("build.remove_question", BUILD + "/questions/{question}/remove", "POST"),
    Visit("build.results", BUILD + "/results"),
    Visit("build.translate", BUILD + "/translate/cy"),
    Visit("safeguarding.queue", "/safeguarding/"),
    Visit("safeguarding.flag", "/safeguarding/flags/{flag}"),
    Visit("admin.index", "/admin/"),
    Visit("admin.partnership_new", "/admin/new"),
    Visit("admin.partnership", ADMIN + "/"),
    Visit("admin.partnership_edit", ADMIN + "/edit"),
    Visit("admin.partnership_archive", ADMIN + "/archive", "POST"),
    Visit("admin.place_new", ADMIN + "/places/new"),
    Visit("admin.place_edit", ADMIN + "/places/{place}/edit"),
    Visit("admin.place_archive", ADMIN + "/places/{place}/archive", "POST"),
    Visit("admin.organisation_new", ADMIN + "/organisations/new"),
    Visit("admin.organisation_edit", ADMIN + "/organisations/{organisation}/edit"),
    Visit("admin.organisation_archive", ADMIN + "/organisations/{organisation}/archive", "POST"),
    Visit("admin.site_new", ADMIN + "/organisations/{organisation}/sites/new"),
    Visit("admin.site_edit", ADMIN + "/sites/{site}/edit"),
    Visit("admin.site_archive", ADMIN + "/sites/{site}/archive", "POST"),
    Visit("admin.people", ADMIN + "/people"),
    Visit("admin.role_grant", ADMIN + "/people/{member}/roles"),
    Visit("admin.role_remove", ADMIN + "/roles/{membership}/remove"),
    Visit("admin.invite_new", ADMIN + "/invites"),
    Visit("admin.invite_accept", "/admin/invites/{invite}", as_role=ANYONE),
    Visit("admin.retention", ADMIN + "/retention"),
    Visit("admin.retention_edit", ADMIN + "/surveys/{survey}/retention"),
    Visit("admin.tokens", ADMIN + "/tokens"),
    Visit("admin.token_new", ADMIN + "/tokens/new"),
    Visit("admin.token_revoke", ADMIN + "/tokens/{token}/revoke"),
    Visit("admin.audit", ADMIN + "/audit"),
    Visit("api.openapi_document", "/api/v1/openapi.json", as_role=ANYONE),
    Visit("api.themes", "/api/v1/themes", token="board"),
    Visit("api.submit_response", "/api/v1/responses", "POST", token="author"),
]

PUBLIC_BLUEPRINTS = ("respond.", "public.")
THIRD_PARTY = re.compile(r"https?:|\*|//")


# --- The few rows the routes read, their ids, and a signed-in client per role ------------


@pytest.fixture(scope="module")
def ids(app: Flask) -> Iterator[dict[str, str]]:
    """Real ids: a partnership with a place, an organisation and a team; an open survey
    with a Welsh version, answered and themed, one answer flagged; actions, glossary
    terms, a receipt code, an API token, an invite and a second member."""
    with app.app_context():
        riverside = _partnership()
        survey = make_survey(riverside)
        survey.languages = ["en", "cy"]
        waiting = add_responses(survey, WAITING * 3, "patient", "poor")
        kind = add_responses(survey, KIND * 3, "carer", "good")
        add_responses(survey, [DEMO_DISCLOSURE], "patient", "good")
        store_run(riverside, {"Waiting times": waiting, "Kind staff": kind})
        actions.seed_demo_actions(riverside)
        glossary.seed_demo_glossary(riverside)
        _db.session.commit()
        found = _ids(riverside, survey, waiting[0]) | _admin_ids(riverside)
        _db.session.commit()
        yield found
        empty_database()


def _partnership() -> Partnership:
    riverside = Partnership(slug="riverside", name="Riverside Place Partnership")
    riverside.places = [Place(name="North")]
    _db.session.add(riverside)
    _db.session.flush()
    hospital = Organisation(
        short_name="city-hospital",
        name="City Hospital",
        sector="nhs_acute",
        place_id=riverside.places[0].id,
    )
    hospital.sites = [Site(short_name="ward-7", name="Ward 7", kind="team")]
    riverside.organisations.append(hospital)
    _db.session.commit()
    return riverside


def _ids(riverside: Partnership, survey: Survey, answer: Answer) -> dict[str, str]:
    return {
        "theme": str(_first(ThemeAssignment.theme_id, ThemeAssignment.answer_id == answer.id)),
        "action": str(_first(Action.id, Action.partnership_id == riverside.id)),
        "term": str(_first(GlossaryTerm.id, GlossaryTerm.partnership_id == riverside.id)),
        "flag": str(_first(SafeguardingFlag.id, SafeguardingFlag.partnership_id == riverside.id)),
        "answer": str(answer.id),
        "code": _first(Channel.code, Channel.survey_id == survey.id),
        "question": survey.current_version.questions[0].code,
        "receipt": receipts.issue_receipt(answer.response),
        "survey": str(survey.id),
    }


def _admin_ids(riverside: Partnership) -> dict[str, str]:
    admin, member = _user(riverside, "admin"), _user(riverside, "analyst")
    token, _plaintext = api_tokens.create(riverside, "board", "header test", admin)
    _invite, invite = invites.create(admin, riverside, "new@riverside.example", "author", "")
    hospital = riverside.organisations[0]
    return {
        "admin": str(admin.id),
        "place": str(riverside.places[0].id),
        "organisation": str(hospital.id),
        "site": str(hospital.sites[0].id),
        "member": str(member.id),
        "membership": str(member.memberships[0].id),
        "token": str(token.id),
        "invite": invite,
    }


def _first(column, *where):
    found = _db.session.scalar(select(column).where(*where).order_by(column).limit(1))
    assert found is not None, f"the test data has no {column}"
    return found


@cache
def _password_hash() -> str:
    return hash_password(PASSWORD)


def _user(partnership: Partnership, role: str) -> User:
    """As make_user, hashing the password once: argon2 is slow on purpose."""
    user = User(
        email=f"{role}-{uuid.uuid4().hex[:6]}@{partnership.slug}.example",
        display_name=f"Test {role}",
        password_hash=_password_hash(),
    )
    user.memberships = [Membership(partnership_id=partnership.id, role=role)]
    _db.session.add(user)
    _db.session.commit()
    return user


@pytest.fixture(scope="module")
def clients(app: Flask, ids) -> dict[str | None, object]:
    """A client signed in per role (None: nobody signed in), and one half-way through."""
    with app.app_context():
        riverside = _db.session.scalar(select(Partnership).where(Partnership.slug == "riverside"))
        found = {None: app.test_client()}
        for role in ("admin", "author", "board", "analyst", "safeguarding"):
            found[role] = app.test_client()
            response = sign_in(found[role], _user(riverside, role))
            assert response.status_code in (302, 303), f"{role} could not sign in"
        with_app = _user(riverside, "board")
        with_app.totp_secret = pyotp.random_base32()
        _db.session.commit()
        found[PASSWORD_ONLY] = app.test_client()
        response = sign_in(found[PASSWORD_ONLY], with_app)
        assert response.headers["Location"].endswith("/sign-in/code")
        _db.session.remove()
    return found


def _role_for(app: Flask, visit: Visit) -> str | None:
    """The most specific role the route's mark names (admins may open nearly everything)."""
    if visit.as_role != "route":
        return visit.as_role
    permission = permission_of(app, visit.endpoint)
    if permission == SIGNED_IN:
        return "board"
    assert isinstance(permission, tuple), f"{visit.endpoint} is marked {permission!r}"
    return permission[-1]


def _token(app: Flask, ids, role: str) -> str:
    with app.app_context():
        admin = _db.session.get(User, uuid.UUID(ids["admin"]))
        riverside = admin.memberships[0].partnership
        _token_row, plaintext = api_tokens.create(riverside, role, f"header test {role}", admin)
        _db.session.commit()
        _db.session.remove()
    return plaintext


def _open(app: Flask, clients, ids, visit: Visit):
    path = visit.path.format(**ids)
    if visit.token:
        headers = {"Authorization": f"Bearer {_token(app, ids, visit.token)}"}
        return app.test_client().open(path, method=visit.method, headers=headers)
    return clients[_role_for(app, visit)].open(path, method=visit.method)


# --- What each response must carry ------------------------------------------------------


def csp_directives(header: str) -> dict[str, list[str]]:
    parts = (part.split() for part in header.split(";") if part.strip())
    return {words[0]: words[1:] for words in parts}


def header_problems(visit: Visit, response, frame_ancestors: str = "'none'") -> list[str]:
    problems = []
    csp = csp_directives(response.headers.get("Content-Security-Policy", ""))
    script_src = csp.get("script-src", [])
    nonces = [s for s in script_src if s.startswith("'nonce-")]
    if len(nonces) != 1 or "'unsafe-inline'" in script_src or "'unsafe-eval'" in script_src:
        problems.append(f"script-src {script_src}")
    if csp.get("frame-ancestors") != [frame_ancestors]:
        problems.append(f"frame-ancestors {csp.get('frame-ancestors')}")
    if csp.get("default-src") != ["'self'"] or csp.get("object-src") != ["'none'"]:
        problems.append("default-src or object-src not strict")
    if any(THIRD_PARTY.search(s) for sources in csp.values() for s in sources):
        problems.append(f"a third-party origin in {csp}")
    if response.headers.get("X-Content-Type-Options") != "nosniff":
        problems.append("no nosniff")
    referrer = response.headers.get("Referrer-Policy")
    wanted = {"no-referrer"} if visit.endpoint.startswith(PUBLIC_BLUEPRINTS) else {"same-origin"}
    if referrer not in wanted:
        problems.append(f"Referrer-Policy {referrer}")
    if "no-store" not in response.headers.get("Cache-Control", ""):
        problems.append(f"Cache-Control {response.headers.get('Cache-Control')}")
    if not response.headers.get("Permissions-Policy"):
        problems.append("no Permissions-Policy")
    if response.mimetype == "text/html" and nonces:
        problems += _scripts_without_the_nonce(response, nonces[0][len("'nonce-") : -1])
    return [f"{visit.method} {visit.path} ({response.status_code}): {p}" for p in problems]


def _scripts_without_the_nonce(response, nonce: str) -> list[str]:
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    return [
        f"script without the nonce: {s}"[:120] for s in soup("script") if s.get("nonce") != nonce
    ]


# --- The tests ---------------------------------------------------------------------------


def test_every_route_is_visited(app):
    routes = {(r.endpoint, m) for r in app.url_map.iter_rules() for m in r.methods}
    routes = {(e, m) for e, m in routes if e != "static" and m not in ("HEAD", "OPTIONS")}
    # A route that answers GET and POST is checked through its GET.
    visited = {(v.endpoint, v.method) for v in VISITS}
    missing = {(e, m) for e, m in routes if (e, m) not in visited and (e, "GET") not in visited}
    assert sorted(missing) == [], "add a Visit for each new route"


def test_every_route_sends_the_security_headers(app, clients, ids):
    problems, statuses = [], {}
    for visit in VISITS:
        response = _open(app, clients, ids, visit)
        statuses[f"{visit.method} {visit.path}"] = response.status_code
        problems += header_problems(visit, response)
    assert problems == []
    # The pages were really reached, not refused: a GET shows the page (or redirects on).
    refused = {p: s for p, s in statuses.items() if s in (401, 403, 404, 405) or s >= 500}
    assert refused == {}


def test_only_the_survey_preview_may_be_framed_and_only_by_the_builder(app, clients, ids):
    preview = clients["author"].get(BUILD + "/preview")
    frame = BeautifulSoup(preview.get_data(as_text=True), "html.parser").select_one("iframe")
    framed = clients["author"].get(frame["src"])
    assert framed.status_code == 200
    visit = Visit("respond.survey", frame["src"])
    assert header_problems(visit, framed, frame_ancestors="'self'") == []
