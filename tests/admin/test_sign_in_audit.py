"""Admins see and filter who signed in or failed to, among their own partnership's people
(whether they hold a role for the whole partnership or for one of its organisations), and
nothing of another partnership's people or of attempts for an unknown email."""

from __future__ import annotations

from feedback.models import Membership
from tests.conftest import csrf_token, make_user, parse_page, sign_in


def people_in_log(client, slug: str, action: str) -> list[str]:
    page = parse_page(client.get(f"/admin/{slug}/audit?action={action}"))
    table = page.select_one("#audit-events")
    if table is None:
        return []
    return sorted(row.select("td")[1].get_text(" ", strip=True) for row in table.select("tbody tr"))


def person(cell: str) -> str:
    return cell.split()[-1]  # the responsive table puts the column heading before the value


def fail_to_sign_in(app, email: str) -> None:
    other = app.test_client()
    token = csrf_token(other.get("/sign-in").get_data(as_text=True))
    other.post("/sign-in", data={"email": email, "password": "not it", "csrf_token": token})


def test_each_partnerships_admin_sees_their_own_peoples_sign_ins(
    app, admin_client, admin_user, riverside, hillside, db
):
    hospital_analyst = make_user(riverside, "analyst", email="analyst@hospital.example")
    hospital_analyst.memberships[0].organisation_id = riverside.organisations[0].id
    in_both = make_user(hillside, "board", email="both@partners.example")
    in_both.memberships[0].organisation_id = hillside.organisations[0].id
    in_both.memberships.append(Membership(partnership_id=riverside.id, role="board"))
    hillside_only = make_user(hillside, "author", email="author@hillside.example")
    hillside_admin = make_user(hillside, "admin", email="admin@hillside.example")
    db.session.commit()
    for user in (hospital_analyst, in_both, hillside_only):
        sign_in(app.test_client(), user)

    riverside_sees = [
        person(cell) for cell in people_in_log(admin_client, "riverside", "signed_in")
    ]
    assert riverside_sees == sorted(
        [admin_user.email, "analyst@hospital.example", "both@partners.example"]
    )

    hillside_client = app.test_client()
    sign_in(hillside_client, hillside_admin)
    hillside_sees = [person(c) for c in people_in_log(hillside_client, "hillside", "signed_in")]
    assert hillside_sees == sorted(
        ["admin@hillside.example", "author@hillside.example", "both@partners.example"]
    )


def test_admins_see_failed_attempts_at_their_people_and_not_at_unknown_emails(
    app, admin_client, riverside, hillside, db
):
    make_user(riverside, "board", email="board@riverside.example")
    make_user(hillside, "board", email="board@hillside.example")
    for email in ("board@riverside.example", "board@hillside.example", "nobody@x.example"):
        fail_to_sign_in(app, email)

    failed = [person(cell) for cell in people_in_log(admin_client, "riverside", "sign_in_failed")]
    assert failed == ["board@riverside.example"]
    html = admin_client.get("/admin/riverside/audit").get_data(as_text=True)
    assert "board@hillside.example" not in html and "nobody@x.example" not in html
