"""The permission matrix: every user of partnership A (one per role, an organisation's
analyst and a user with no role) opens every route and export, with the ids and slugs of
partnership B's objects, of A's own, and of A's partnership holding B's objects.

Nothing of B may show and no request for B's objects may succeed or change a row; raw
free text shows only to the safeguarding lead and admins, and each view of it is audited.
The same walk with A's own ids shows A's data to the roles allowed, so the matrix can fail.
"""

from __future__ import annotations

import io
import re
import subprocess
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select, text

from feedback.extensions import db
from feedback.models import (
    Action,
    AnalysisRun,
    AuditEvent,
    Channel,
    GlossaryTerm,
    Membership,
    Organisation,
    Place,
    SafeguardingFlag,
    Site,
    Theme,
    ThemeAssignment,
    User,
)
from feedback.permissions import PUBLIC, permission_of
from feedback.services import api_tokens, audit, invites
from feedback.services.accounts import hash_password
from feedback.services.responses import NewResponse, record_response
from tests.conftest import (
    PASSWORD,
    csrf_token,
    empty_database,
    make_partnership,
    make_survey,
    make_user,
    sign_in,
)

ROLES = ("admin", "author", "board", "analyst", "safeguarding")
RAW_TEXT_ROLES = {"admin", "safeguarding"}
# Routes the matrix does not open as a signed-in user, and why. Every other route is walked.
NOT_WALKED = {
    ("static", "GET"): "files, not data",
    ("auth.sign_in", "POST"): "signs the walking user in again",
    ("auth.sign_out", "POST"): "ends the walking user's session",
    ("auth.second_factor", "POST"): "part of signing in",
    ("auth.set_up_two_factor", "POST"): "part of signing in",
}
# Routes that answer 404 for A's objects too, and why.
NOT_FOUND_FOR_A = {"build.translate": "the survey is offered in English only"}
# Parameters naming the object that holds the others: a "mixed" request names A's holder
# with B's objects inside it.
HOLDERS = {"partnership", "slug"}
# Tables a request may change without changing data: who is signed in, and the audit log
# (checked on its own: no walk may write an event about partnership B).
VOLATILE_TABLES = {"user_sessions", "audit_events", "users"}


@dataclass
class Side:
    """One partnership's objects, and the markers that betray them in a response."""

    key: str
    tag: str  # in every name, label and email of the partnership's objects
    slug: str  # in every slug and short name (addresses hold them, so pages may echo them)
    raw: str  # in raw answer text only (the redactor removes it)
    redacted: str  # in the redacted copy too
    partnership: object = None
    organisations: list = field(default_factory=list)
    survey: object = None
    channel: object = None
    place: object = None
    site: object = None
    answer: object = None
    flag: object = None
    theme: object = None
    action: object = None
    term: object = None
    invite_token: str = ""
    invite: object = None
    users: dict = field(default_factory=dict)
    membership: object = None
    tokens: dict = field(default_factory=dict)
    token_rows: dict = field(default_factory=dict)

    def values(self, rule: str) -> dict[str, str]:
        """The value of each route parameter naming this partnership's objects."""
        return {
            "partnership": self.partnership.slug,
            "organisation_id": str(self.organisations[0].id),
            "organisation": self.organisations[0].short_name,
            "place_id": str(self.place.id),
            "site_id": str(self.site.id),
            "user_id": str(self.users["board"].id),
            "membership_id": str(self.membership.id),
            "token_id": str(self.token_rows["board"].id),
            "survey_id": str(self.survey.id),
            "survey": self.survey.slug,
            "slug": self.survey.slug,
            "action_id": str(self.action.id),
            "answer_id": str(self.answer.id),
            "term_id": str(self.term.id),
            "theme_id": str(self.theme.id),
            "flag_id": str(self.flag.id),
            "code": "better" if "/questions/" in rule else self.channel.code,
            "lang": "cy",
            "token": self.invite_token,
        }


def build_side(key: str) -> Side:
    side = Side(
        key=key,
        tag=f"zq{key}{uuid.uuid4().hex[:8]}",
        slug=f"p{key}{uuid.uuid4().hex[:8]}",
        raw=f"rawmark{key}{uuid.uuid4().hex[:8]}",
        redacted=f"redmark{key}{uuid.uuid4().hex[:8]}",
    )
    partnership = make_partnership(f"{side.slug}-matrix")
    partnership.name = f"Partnership {side.tag}"
    place = Place(partnership_id=partnership.id, name=f"Place {side.tag}")
    first = partnership.organisations[0]
    first.name = f"Hospital {side.tag}"
    first.place = place
    second = Organisation(short_name=f"{side.slug}-council", name=f"Council {side.tag}")
    second.sector = "council"
    partnership.organisations.append(second)
    site = Site(organisation=first, short_name=f"{side.slug}-ward", name=f"Ward {side.tag}")
    db.session.add_all([place, site])
    db.session.commit()
    survey = make_survey(partnership, slug=f"{side.slug}-fft")
    survey.title = f"Survey {side.tag}"
    survey.channels.append(Channel(organisation_id=second.id, code=second.short_name))
    db.session.commit()

    answers = []
    for number in range(24):
        channel = survey.channels[number % 2]
        words = f"{side.redacted} the wait was far too long, write to {side.raw}@example.org"
        new = NewResponse(
            submission_id=uuid.uuid4(),
            values={"fft": "poor", "better": words},
            respondent_type="patient",
            submitted_on=date.today(),
        )
        response, _ = record_response(survey.current_version, channel, new)
        answers += [a for a in response.answers if a.text_raw]
    assert side.raw not in answers[0].text_redacted and side.redacted in answers[0].text_redacted

    run = AnalysisRun(
        partnership_id=partnership.id,
        scope=f"partnership:{partnership.id}",
        status="succeeded",
        finished_at=datetime.now(UTC),
        n_answers=len(answers),
        n_themes=1,
    )
    theme = Theme(
        id=uuid.uuid4(),
        partnership_id=partnership.id,
        scope=run.scope,
        label=f"Waiting {side.tag}",
        keywords=["waiting", side.tag],
        quote_answer_ids=[str(a.id) for a in answers[:3]],
    )
    db.session.add_all([run, theme])
    db.session.flush()
    db.session.add_all(
        ThemeAssignment(run_id=run.id, answer_id=a.id, theme_id=theme.id) for a in answers
    )
    flag = SafeguardingFlag(
        answer_id=answers[0].id,
        partnership_id=partnership.id,
        organisation_id=first.id,
        kinds=["self_harm"],
        matched=["wait"],
    )
    action = Action(
        partnership_id=partnership.id,
        theme_id=theme.id,
        organisation_id=first.id,
        decision=f"Decision {side.tag}",
        owner=f"Owner {side.tag}",
    )
    term = GlossaryTerm(
        partnership_id=partnership.id, term=f"term{side.tag}", meaning=f"Meaning {side.tag}"
    )
    db.session.add_all([flag, action, term])
    db.session.commit()

    side.users = {
        role: make_user(partnership, role, email=f"{role}@{side.tag}.example") for role in ROLES
    }
    organisation_analyst = User(
        email=f"org-analyst@{side.tag}.example",
        display_name=f"Analyst {side.tag}",
        password_hash=hash_password(PASSWORD),
    )
    organisation_analyst.memberships = [
        Membership(partnership_id=partnership.id, organisation_id=first.id, role="analyst")
    ]
    nobody = User(
        email=f"nobody@{side.tag}.example",
        display_name=f"Nobody {side.tag}",
        password_hash=hash_password(PASSWORD),
    )
    db.session.add_all([organisation_analyst, nobody])
    db.session.commit()
    side.users["organisation analyst"] = organisation_analyst
    side.users["no role"] = nobody
    side.membership = side.users["board"].memberships[0]

    admin = side.users["admin"]
    for role in api_tokens.TOKEN_ROLES:
        row, plaintext = api_tokens.create(partnership, role, f"{role} {side.tag}", admin)
        side.token_rows[role], side.tokens[role] = row, plaintext
    side.invite, side.invite_token = invites.create(
        admin, partnership, f"invited@{side.tag}.example", "board", ""
    )
    audit.record(admin, partnership.id, "export", "survey", survey.id, f"Export {side.tag}")
    db.session.commit()

    side.partnership, side.organisations, side.survey = partnership, [first, second], survey
    side.channel, side.place, side.site = survey.channels[0], place, site
    side.answer, side.flag, side.theme = answers[0], flag, theme
    side.action, side.term = action, term
    return side


@dataclass
class Cell:
    user: str
    endpoint: str
    method: str
    objects: str  # "A", "B" or "A holding B"
    names_objects: bool  # the route has parameters naming objects
    url: str
    status: int
    body: str
    raw_views_audited: int


def body_text(response) -> str:
    """What a person would read in the response, exports and PDFs included."""
    data = response.get_data()
    if response.mimetype == "application/pdf":
        return subprocess.run(  # noqa: S603
            ["pdftotext", "-", "-"], input=data, check=True, capture_output=True
        ).stdout.decode("utf-8", "replace")
    if data[:2] == b"PK":  # XLSX: the sheets are zipped XML
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            return "".join(book.read(name).decode("utf-8", "replace") for name in book.namelist())
    return data.decode("utf-8", "replace")


def url_for_rule(rule, values: dict[str, str]) -> str:
    def value(match: re.Match) -> str:
        name = match.group(1)
        assert name in values, f"the matrix has no value for <{name}> in {rule.rule}"
        return values[name]

    return re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", value, rule.rule)


def form_token(client, survey_page: str) -> str:
    """The session's CSRF token, from the first page with a form (the sign-out form of a
    signed-in page, else a survey's answer form)."""
    for page in ["/boards/", "/build/", "/safeguarding/", "/admin/", survey_page]:
        html = client.get(page).get_data(as_text=True)
        if 'name="csrf_token"' in html:
            return csrf_token(html)
    raise AssertionError("no page offers a CSRF token")


def raw_views() -> int:
    return db.session.scalar(
        select(func.count(AuditEvent.id)).where(AuditEvent.action == "view_raw_text")
    )


def snapshot() -> dict[str, str]:
    """A digest of every data table's rows."""
    names = [t.name for t in db.metadata.sorted_tables if t.name not in VOLATILE_TABLES]
    # Table names come from the models' metadata, not from any input.
    digest = "md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), ''))"
    query = " UNION ALL ".join(f"SELECT '{n}', {digest} FROM {n} t" for n in names)  # noqa: S608
    db.session.rollback()
    return dict(db.session.execute(text(query)).all())


def rules_walked(app):
    for rule in app.url_map.iter_rules():
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            if (rule.endpoint, method) not in NOT_WALKED:
                yield rule, method


@dataclass
class Walk:
    a: Side
    b: Side
    cells: list[Cell]
    api_cells: list[tuple[str, str, str, int, str]]
    changed: list[tuple[str, str, str, list[str]]]
    events_about_b: int
    b_api_responses_before: int
    b_api_responses_after: int


class Walker:
    """A's users, signed in, each with a client and the session's CSRF token."""

    def __init__(self, app, a: Side):
        self.clients, self.tokens, self.cells = {}, {}, []
        for name, user in a.users.items():
            client = app.test_client()
            signed = sign_in(client, user)
            assert signed.status_code in (302, 303), f"{name} could not sign in"
            self.clients[name] = client
            self.tokens[name] = form_token(client, f"/s/{a.survey.slug}")

    def open(self, name: str, rule, method: str, objects: str, values: dict[str, str]) -> None:
        url = url_for_rule(rule, values)
        before = raw_views()
        data = {"csrf_token": self.tokens[name]} if method == "POST" else None
        response = self.clients[name].open(url, method=method, data=data)
        self.cells.append(
            Cell(
                name,
                rule.endpoint,
                method,
                objects,
                "<" in rule.rule,
                url,
                response.status_code,
                body_text(response),
                raw_views() - before,
            )
        )


def variants(rule, a: Side, b: Side) -> list[tuple[str, dict[str, str]]]:
    """B's objects; and, where the route names a holder, A's holder with B's objects in it."""
    b_values, a_values = b.values(rule.rule), a.values(rule.rule)
    names = set(re.findall(r"<(?:[a-z]+:)?([a-z_]+)>", rule.rule))
    holders = HOLDERS & names
    found = [("B", b_values)]
    if holders and any(a_values[n] != b_values[n] for n in names - holders):
        found.append(("A holding B", {**b_values, **{n: a_values[n] for n in holders}}))
    return found


def api_walk(app, a: Side, b: Side) -> list[tuple[str, str, str, int, str]]:
    """The JSON API with A's tokens of each role: themes, and a submit to each survey."""
    cells = []
    client = app.test_client()
    for role, plaintext in a.tokens.items():
        headers = {"Authorization": f"Bearer {plaintext}"}
        response = client.get("/api/v1/themes", headers=headers)
        cells.append((role, "api.themes", "GET", response.status_code, body_text(response)))
        for objects, side in (("B", b), ("A", a)):
            body = {
                "survey": side.survey.slug,
                "channel": side.channel.code,
                "submission_id": str(uuid.uuid4()),
                "answers": {"fft": "good", "better": f"api answer for {objects}"},
            }
            response = client.post("/api/v1/responses", json=body, headers=headers)
            cells.append(
                (role, "api.submit_response", objects, response.status_code, body_text(response))
            )
    return cells


def api_responses_of(side: Side) -> int:
    query = text("SELECT count(*) FROM responses WHERE survey_id = :s AND source = 'api'")
    return db.session.scalar(query, {"s": side.survey.id})


def events_about(side: Side) -> int:
    query = select(func.count(AuditEvent.id))
    return db.session.scalar(query.where(AuditEvent.partnership_id == side.partnership.id))


@pytest.fixture(scope="module")
def walk(app) -> Walk:
    with app.app_context():
        empty_database()
        a, b = build_side("a"), build_side("b")
        b_events, b_api_before = events_about(b), api_responses_of(b)
        walker = Walker(app, a)

        # A's own objects: reads only, so that the fixture stays as built.
        for rule, method in rules_walked(app):
            if method == "GET":
                for name in a.users:
                    walker.open(name, rule, method, "A", a.values(rule.rule))

        # B's objects, and A's holders with B's objects in them: reads and writes.
        changed = []
        for rule, method in rules_walked(app):
            for objects, values in variants(rule, a, b):
                before = snapshot() if method != "GET" else None
                for name in a.users:
                    walker.open(name, rule, method, objects, values)
                after = snapshot() if before is not None else None
                tables = sorted(t for t in before or {} if before[t] != after[t])
                if tables:
                    changed.append((rule.endpoint, method, objects, tables))

        api_cells = api_walk(app, a, b)
        db.session.rollback()
        cells = walker.cells
        counts = {o: sum(c.objects == o for c in cells) for o in ("A", "B", "A holding B")}
        print(f"\npermission matrix: {counts} web cells, {len(api_cells)} API cells")
        yield Walk(
            a,
            b,
            cells,
            api_cells,
            changed,
            events_about(b) - b_events,
            b_api_before,
            api_responses_of(b),
        )
        empty_database()


def roles_of(app, endpoint: str) -> tuple[str, ...]:
    """The roles a signed-in user needs for the route; () for public, signed-in and API routes."""
    permission = permission_of(app, endpoint)
    if not isinstance(permission, tuple) or permission[:1] == ("token",):
        return ()
    return permission


def is_public(app, endpoint: str) -> bool:
    return permission_of(app, endpoint) == PUBLIC


def test_every_route_and_method_is_walked(app, walk):
    walked = {(c.endpoint, c.method) for c in walk.cells} | {
        ("api.themes", "GET"),
        ("api.submit_response", "POST"),
    }
    in_map = {
        (rule.endpoint, method)
        for rule in app.url_map.iter_rules()
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    assert in_map - walked - set(NOT_WALKED) == set()
    users = {c.user for c in walk.cells}
    assert users == {*ROLES, "organisation analyst", "no role"}
    assert {c.objects for c in walk.cells} == {"A", "B", "A holding B"}


def test_no_private_page_of_b_is_reached(app, walk):
    reached = [
        (c.user, c.method, c.url, c.status)
        for c in walk.cells
        if c.objects != "A"
        and not is_public(app, c.endpoint)
        and permission_of(app, c.endpoint)[:1] != ("token",)
        and c.names_objects
        and c.status != 404
    ]
    assert reached == []


def test_no_response_shows_anything_of_b(app, walk):
    b = walk.b
    leaks = []
    for c in walk.cells:
        markers = [b.raw, b.redacted]
        if not is_public(app, c.endpoint):
            # B's names, labels, slugs and emails: public pages of B show some by design.
            markers.append(b.tag)
        found = [m for m in markers if m in c.body]
        if found:
            leaks.append((c.user, c.method, c.url, c.status, found))
    for role, endpoint, objects, status, body in walk.api_cells:
        found = [m for m in (b.raw, b.redacted, b.tag) if m in body]
        if found:
            leaks.append((role, endpoint, objects, status, found))
    assert leaks == []


def test_no_request_changes_any_row_of_b(walk):
    assert walk.changed == []
    assert walk.events_about_b == 0


def test_api_tokens_of_a_reach_nothing_of_b(walk):
    for role, endpoint, objects, status, body in walk.api_cells:
        if endpoint == "api.submit_response" and objects == "B":
            assert status in (401, 403, 404, 422), (role, status, body)
        if endpoint == "api.themes":
            allowed = role in ("board", "analyst")
            assert (status == 200) == allowed, (role, status)
            if allowed:
                assert walk.a.theme.label in body
    assert walk.b_api_responses_after == walk.b_api_responses_before
    # Positive control: the author's token may submit to A's own survey.
    submitted = {r: s for r, e, o, s, _ in walk.api_cells if e.endswith("response") and o == "A"}
    assert submitted.pop("author") == 201
    assert set(submitted.values()) <= {401, 403}


def test_raw_text_shows_only_to_the_safeguarding_lead_and_admins_and_is_audited(walk):
    raw_markers = (walk.a.raw, walk.b.raw)
    seen = [c for c in walk.cells if any(m in c.body for m in raw_markers)]
    assert [(c.user, c.url) for c in seen if c.user not in RAW_TEXT_ROLES] == []
    assert [(c.user, c.url) for c in seen if c.raw_views_audited < 1] == []
    # Positive control: the lead and the partnership's admin read the flagged answer, raw.
    read = {(c.user, c.endpoint, c.objects) for c in seen}
    assert {("safeguarding", "safeguarding.flag", "A"), ("admin", "safeguarding.flag", "A")} <= read


def test_a_sees_its_own_data_where_its_roles_allow(app, walk):
    a = walk.a
    own = [c for c in walk.cells if c.objects == "A"]

    def shown(user: str, marker: str) -> set[str]:
        return {c.endpoint for c in own if c.user == user and c.status == 200 and marker in c.body}

    for role in ("admin", "board", "analyst"):
        assert "boards.theme" in shown(role, a.theme.label), role
        assert shown(role, a.redacted), f"{role} sees no redacted answer"
    assert "boards.glossary_list" in shown("board", a.term.term)
    assert "admin.partnership" in shown("admin", a.partnership.name)
    assert "build.overview" in shown("author", a.survey.title)
    assert "safeguarding.queue" in shown("safeguarding", a.tag) or shown("safeguarding", a.raw)
    # A role outside a route's permission gets 404 for A's objects too.
    refused = [
        (c.user, c.url, c.status)
        for c in own
        if roles_of(app, c.endpoint)
        and c.user in ROLES
        and c.user not in roles_of(app, c.endpoint)
        and c.status != 404
    ]
    assert refused == []
    # Each role opens the pages it may (the matrix reaches the views, not only the marks).
    failing = [
        (c.user, c.url, c.status)
        for c in own
        if c.user in roles_of(app, c.endpoint)
        and c.status >= 400
        and c.endpoint not in NOT_FOUND_FOR_A
    ]
    assert failing == [], failing


# An organisation's own analyst opens these, restricted to that organisation's answers.
ORGANISATION_ANALYST_PAGES = {
    "boards.partnership_themes",
    "boards.survey_themes",
    "boards.theme",
    "boards.export",
    "boards.export_csv",
    "boards.export_xlsx",
}


def test_an_organisation_analyst_sees_only_their_organisations_answers(walk):
    a = walk.a
    cells = [
        c
        for c in walk.cells
        if c.objects == "A"
        and c.user == "organisation analyst"
        and c.endpoint.startswith("boards.")
    ]
    assert {c.endpoint for c in cells if c.status == 200} == ORGANISATION_ANALYST_PAGES
    assert [
        (c.url, c.status)
        for c in cells
        if c.endpoint not in ORGANISATION_ANALYST_PAGES
        and c.endpoint != "boards.index"
        and c.status != 404
    ] == []
    opened = {c.endpoint: c.body for c in cells if c.status == 200}
    assert a.theme.label in opened["boards.theme"] and a.redacted in opened["boards.theme"]
    assert a.redacted in opened["boards.export_csv"]
    # The partnership's other organisation is never named, counted or exported to them.
    assert [c.url for c in cells if a.organisations[1].name in c.body] == []
