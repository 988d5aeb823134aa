"""Boards record actions on themes ("you said, we did"), scoped to their partnership."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Action, AuditEvent, Theme
from feedback.services.actions import actions_for_themes
from tests.boards.test_theme_pages import KIND, WAITING, add_responses, store_run
from tests.conftest import csrf_token, make_partnership, make_survey, make_user, parse_page, sign_in

GOOD = {
    "decision": "Evening appointments at the surgery",
    "owner": "Practice manager",
    "status": "planned",
    "due_on-day": "27",
    "due_on-month": "3",
    "due_on-year": "2027",
}


@pytest.fixture
def themed(db):
    partnership = make_partnership()
    survey = make_survey(partnership)
    waiting = add_responses(survey, WAITING * 3, "patient", "poor")
    kind = add_responses(survey, KIND * 3, "patient", "good")
    store_run(partnership, {"Waiting times": waiting, "Kind staff": kind})
    return partnership


def theme_named(partnership, label: str) -> Theme:
    return db.session.scalar(
        select(Theme).where(Theme.partnership_id == partnership.id, Theme.label == label)
    )


def new_action_url(theme: Theme) -> str:
    return f"/boards/riverside/themes/{theme.id}/actions/new"


def post_form(client, url: str, **fields):
    token = csrf_token(client.get(url).get_data(as_text=True))
    return client.post(url, data={"csrf_token": token, **fields})


def count_actions() -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count()).select_from(Action))


def test_a_board_member_records_an_action_on_a_theme(client, themed):
    sign_in(client, make_user(themed, "board"))
    theme = theme_named(themed, "Waiting times")
    response = post_form(client, new_action_url(theme), **GOOD)
    assert response.status_code == 303
    (action,) = actions_for_themes(themed.id, [theme.id])[theme.id]
    assert (action.decision, action.owner, action.status) == (
        GOOD["decision"],
        "Practice manager",
        "planned",
    )
    assert action.due_on.isoformat() == "2027-03-27"
    assert "record_action" in set(db.session.scalars(select(AuditEvent.action)))


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"decision": "  "}, "decision", "Enter what was decided"),
        ({"status": "not_possible"}, "reason", "Enter why it is not possible"),
        ({"status": "sometime"}, "status", "Choose a status"),
        ({"due_on-month": "13"}, "due_on", "Enter a real date"),
        ({"organisation": "not-an-organisation"}, "organisation", "Choose an organisation"),
    ],
)
def test_bad_input_is_shown_at_the_field_and_nothing_is_saved(
    client, themed, change, field, message
):
    sign_in(client, make_user(themed, "analyst"))
    response = post_form(
        client, new_action_url(theme_named(themed, "Kind staff")), **{**GOOD, **change}
    )
    assert response.status_code == 400
    page = parse_page(response)
    assert page.title.get_text().startswith("Error:")
    assert message in page.select_one(".nhsuk-error-summary").get_text()
    assert message in page.select_one(".nhsuk-error-message").get_text()
    assert page.select_one(".nhsuk-error-summary a")["href"].startswith(f"#{field}")
    assert count_actions() == 0


def test_not_possible_with_a_reason_is_stored(client, themed):
    sign_in(client, make_user(themed, "admin"))
    theme = theme_named(themed, "Kind staff")
    fields = {**GOOD, "status": "not_possible", "reason": "No budget this year"}
    assert post_form(client, new_action_url(theme), **fields).status_code == 303
    assert actions_for_themes(themed.id, [theme.id])[theme.id][0].reason == "No budget this year"


def test_an_action_on_another_partnerships_theme_is_not_found(client, themed):
    other = make_partnership("hillside")
    store_run(
        other,
        {
            "Hillside parking": add_responses(
                make_survey(other, slug="hill"), KIND, "patient", "good"
            )
        },
    )
    sign_in(client, make_user(themed, "board"))
    url = new_action_url(theme_named(other, "Hillside parking"))
    assert client.get(url).status_code == 404
    assert client.post(url, data=GOOD).status_code in (400, 404)
    assert count_actions() == 0


def test_an_author_cannot_record_actions(client, themed):
    sign_in(client, make_user(themed, "author"))
    assert client.get(new_action_url(theme_named(themed, "Kind staff"))).status_code == 404


def test_the_status_is_changed_later_and_others_cannot_reach_the_action(client, themed):
    board = make_user(themed, "board")
    sign_in(client, board)
    theme = theme_named(themed, "Waiting times")
    post_form(client, new_action_url(theme), **GOOD)
    action = db.session.scalar(select(Action))
    edit = f"/boards/riverside/actions/{action.id}/edit"
    page = parse_page(client.get(edit))
    assert page.select_one("#decision").get_text() == GOOD["decision"]
    assert post_form(client, edit, **{**GOOD, "status": "done"}).status_code == 303
    db.session.expire_all()
    assert db.session.get(Action, action.id).status == "done"
    outsider = client.application.test_client()
    sign_in(outsider, make_user(make_partnership("hillside"), "board"))
    assert outsider.get(f"/boards/hillside/actions/{action.id}/edit").status_code == 404


def test_a_new_action_cannot_go_to_an_archived_organisation(client, themed):
    hospital = themed.organisations[0]
    hospital.archived_at = datetime.now(UTC)
    db.session.commit()
    sign_in(client, make_user(themed, "board"))
    url = new_action_url(theme_named(themed, "Kind staff"))
    response = post_form(client, url, **GOOD, organisation=str(hospital.id))
    assert response.status_code == 400
    assert "Choose an organisation" in parse_page(response).select_one("#organisation-error").text
    assert count_actions() == 0


def test_an_action_keeps_its_organisation_after_that_is_archived(client, themed):
    hospital = themed.organisations[0]
    sign_in(client, make_user(themed, "board"))
    url = new_action_url(theme_named(themed, "Waiting times"))
    post_form(client, url, **GOOD, organisation=str(hospital.id))
    action = db.session.scalar(select(Action))
    hospital.archived_at = datetime.now(UTC)
    db.session.commit()
    edit = f"/boards/riverside/actions/{action.id}/edit"
    fields = {**GOOD, "status": "done", "organisation": str(hospital.id)}
    assert post_form(client, edit, **fields).status_code == 303
    db.session.expire_all()
    changed = db.session.get(Action, action.id)
    assert (changed.status, changed.organisation_id) == ("done", hospital.id)


def test_actions_for_themes_reads_every_theme_in_one_query(themed, app):
    from sqlalchemy import event

    waiting, kind = theme_named(themed, "Waiting times"), theme_named(themed, "Kind staff")
    for theme in (waiting, kind, waiting):
        db.session.add(Action(partnership_id=themed.id, theme_id=theme.id, decision="d", owner="o"))
    db.session.commit()
    partnership_id, ids = themed.id, [waiting.id, kind.id]
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        found = actions_for_themes(partnership_id, ids)
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    assert len(statements) == 1
    assert [len(found[theme_id]) for theme_id in ids] == [2, 1]


def test_the_theme_include_lists_actions_with_links_to_change_and_add(app, themed):
    from flask import render_template_string

    theme = theme_named(themed, "Kind staff")
    db.session.add(
        Action(partnership_id=themed.id, theme_id=theme.id, decision="More chairs", owner="Ward")
    )
    db.session.commit()
    include = '{% include "boards/_theme_actions.html" %}'
    with app.test_request_context("/boards/riverside/themes"):
        html = render_template_string(
            include,
            partnership=themed,
            theme=theme,
            theme_actions=actions_for_themes(themed.id, [theme.id])[theme.id],
        )
    assert "More chairs" in html and "Planned" in html
    assert f"/boards/riverside/themes/{theme.id}/actions/new" in html
    assert "/edit?next=/boards/riverside/themes" in html
