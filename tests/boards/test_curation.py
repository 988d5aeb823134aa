"""Analysts curate themes: rename, merge, split, move, "wrongly themed", parents and local
labels. Each shows on the board's theme list, is audited, and bad input saves nothing."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import (
    AuditEvent,
    Organisation,
    Theme,
    ThemeAssignment,
    ThemeCuration,
)
from feedback.services.reports import theme_report
from tests.boards.test_theme_pages import KIND, PARKING, WAITING, add_responses, store_run
from tests.conftest import (
    SIGN_IN_EVENTS,
    csrf_token,
    make_partnership,
    make_survey,
    make_user,
    parse_page,
    sign_in,
)


@pytest.fixture
def themed(db):
    """Waiting times (24 answers), Kind staff (16) and Parking (12), partnership-wide."""
    partnership = make_partnership()
    survey = make_survey(partnership)
    answers = {
        "Waiting times": add_responses(survey, WAITING * 6, "patient", "poor"),
        "Kind staff": add_responses(survey, KIND * 4, "patient", "good"),
        "Parking": add_responses(survey, PARKING * 3, "patient", "poor"),
    }
    store_run(partnership, answers)
    themes = {t.label: t for t in db.session.scalars(select(Theme))}
    return partnership, themes, answers


@pytest.fixture
def analyst(client, themed):
    sign_in(client, make_user(themed[0], "analyst"))
    return client


def shown(partnership) -> dict[str, int]:
    """The board's theme list: each theme's name and size."""
    db.session.expire_all()
    return {s.theme.display_name: s.size for s in theme_report(partnership.id).themes}


def audit_actions() -> list[str]:
    db.session.expire_all()
    query = select(AuditEvent.action).where(AuditEvent.action.not_in(SIGN_IN_EVENTS))
    return list(db.session.scalars(query.order_by(AuditEvent.action)))


def curate_url(theme, page="curate") -> str:
    return f"/boards/riverside/themes/{theme.id}/{page}"


def post(client, url: str, data: dict, form_page: str | None = None):
    token = csrf_token(client.get(form_page or url).get_data(as_text=True))
    return client.post(url, data={"csrf_token": token, **data})


def fresh(theme) -> Theme:
    """The theme as the database holds it now."""
    db.session.expire_all()
    return db.session.get(Theme, theme.id)


def count(model) -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count()).select_from(model))


def test_renaming_and_describing_a_theme_shows_on_the_theme_list(analyst, themed):
    partnership, themes, _ = themed
    url = curate_url(themes["Parking"])
    data = {"form": "describe", "name": "Car parking", "description": "Spaces and charges"}
    response = post(analyst, url, data)
    assert response.status_code == 303 and response.headers["Location"] == url
    assert "Name and description saved" in analyst.get(url).get_data(as_text=True)
    assert shown(partnership)["Car parking"] == 12
    assert "Parking" not in shown(partnership)
    assert audit_actions() == ["theme_described"]


def test_merging_a_theme_into_itself_is_refused_and_saves_nothing(analyst, themed):
    partnership, themes, _ = themed
    waiting = themes["Waiting times"]
    data = {"form": "merge", "merge_into": str(waiting.id)}
    response = post(analyst, curate_url(waiting), data)
    assert response.status_code == 400
    page = parse_page(response)
    assert page.title.get_text().startswith("Error:")
    assert "A theme cannot be merged into itself" in page.select_one(".nhsuk-error-summary").text
    assert page.select_one("#merge_into-error")
    assert shown(partnership)["Waiting times"] == 24
    assert fresh(waiting).merged_into_id is None
    assert audit_actions() == []


def test_a_merged_theme_leaves_the_list_and_its_answers_join_the_other(analyst, themed):
    partnership, themes, _ = themed
    data = {"form": "merge", "merge_into": str(themes["Kind staff"].id)}
    assert post(analyst, curate_url(themes["Parking"]), data).status_code == 303
    assert shown(partnership) == {"Waiting times": 24, "Kind staff": 28}
    assert audit_actions() == ["theme_merged"]


def test_merging_into_a_merged_theme_or_another_partnerships_is_refused(analyst, themed):
    partnership, themes, _ = themed
    kind, parking = themes["Kind staff"], themes["Parking"]
    post(analyst, curate_url(parking), {"form": "merge", "merge_into": str(kind.id)})
    refused = post(
        analyst,
        curate_url(themes["Waiting times"]),
        {"form": "merge", "merge_into": str(parking.id)},
    )
    assert "merged into another" in refused.get_data(as_text=True)
    other = make_partnership("hillside")
    foreign = Theme(partnership_id=other.id, scope=f"partnership:{other.id}", label="Food")
    db.session.add(foreign)
    db.session.commit()
    refused = post(analyst, curate_url(kind), {"form": "merge", "merge_into": str(foreign.id)})
    assert refused.status_code == 400
    assert "Choose a theme from the list" in refused.get_data(as_text=True)
    assert shown(partnership) == {"Waiting times": 24, "Kind staff": 28}


def test_a_theme_of_another_partnership_is_not_found(analyst, themed):
    other = make_partnership("hillside")
    foreign = Theme(partnership_id=other.id, scope=f"partnership:{other.id}", label="Food")
    db.session.add(foreign)
    db.session.commit()
    for page in ("curate", "split"):
        assert analyst.get(curate_url(foreign, page)).status_code == 404
    response = post(
        analyst,
        curate_url(foreign),
        {"form": "describe", "name": "Mine"},
        curate_url(themed[1]["Parking"]),
    )
    assert response.status_code == 404
    assert fresh(foreign).name is None


def test_board_members_cannot_reach_curation(client, themed):
    sign_in(client, make_user(themed[0], "board"))
    theme = themed[1]["Parking"]
    for page in ("curate", "split"):
        assert client.get(curate_url(theme, page)).status_code == 404


def test_splitting_moves_the_chosen_answers_to_a_new_theme(analyst, themed):
    partnership, themes, answers = themed
    waiting = themes["Waiting times"]
    page = parse_page(analyst.get(curate_url(waiting, "split")))
    assert len(page.select("input[name=answers]")) == 24
    chosen = [str(a.id) for a in answers["Waiting times"][:12]]
    response = post(analyst, curate_url(waiting, "split"), {"answers": chosen, "name": "A&E waits"})
    assert response.status_code == 303
    assert shown(partnership) == {
        "Waiting times": 12,
        "A&E waits": 12,
        "Kind staff": 16,
        "Parking": 12,
    }
    new = db.session.scalar(select(Theme).where(Theme.label == "A&E waits"))
    assert new.curated and new.scope == waiting.scope
    assert count(ThemeCuration) == 12
    assert audit_actions() == ["theme_split"]


@pytest.mark.parametrize(
    ("which", "name", "message"),
    [
        ("all", "Everything", "A split must leave answers in both themes"),
        ("none", "Nothing", "Choose the answers to move to the new theme"),
        ("some", "", "Enter a name for the new theme"),
    ],
)
def test_a_bad_split_is_refused_keeps_the_choices_and_saves_nothing(
    analyst, themed, which, name, message
):
    partnership, themes, answers = themed
    chosen = {"all": answers["Parking"], "none": [], "some": answers["Parking"][:3]}[which]
    ids = [str(a.id) for a in chosen]
    response = post(analyst, curate_url(themes["Parking"], "split"), {"answers": ids, "name": name})
    assert response.status_code == 400
    page = parse_page(response)
    assert message in page.select_one(".nhsuk-error-summary").text
    assert {i["value"] for i in page.select("input[name=answers][checked]")} == set(ids)
    assert count(Theme) == 3 and count(ThemeCuration) == 0 and audit_actions() == []
    assert shown(partnership)["Parking"] == 12


def test_a_small_theme_lists_no_answers_to_split(analyst, themed):
    partnership, themes, answers = themed
    post(
        analyst,
        curate_url(themes["Parking"], "split"),
        {"answers": [str(a.id) for a in answers["Parking"][:5]], "name": "Charges"},
    )
    small = db.session.scalar(select(Theme).where(Theme.label == "Charges"))
    page = parse_page(analyst.get(curate_url(small, "split")))
    assert not page.select("input[name=answers]")
    assert "fewer than 10 answers" in page.text


def test_moving_an_answer_changes_both_themes_and_returns_to_the_page(analyst, themed):
    partnership, themes, answers = themed
    answer = answers["Kind staff"][0]
    back = "/boards/riverside/themes"
    url = f"/boards/riverside/answers/{answer.id}/move"
    data = {"theme": str(themes["Parking"].id), "next": back}
    response = post(analyst, url, data, curate_url(themes["Kind staff"]))
    assert response.status_code == 303 and response.headers["Location"] == back
    assert shown(partnership) == {"Waiting times": 24, "Kind staff": 15, "Parking": 13}
    assert audit_actions() == ["answer_moved"]


def test_an_answer_marked_wrongly_themed_leaves_the_theme(analyst, themed):
    partnership, themes, answers = themed
    answer = answers["Waiting times"][0]
    url = f"/boards/riverside/answers/{answer.id}/wrong"
    response = post(
        analyst,
        url,
        {"theme": str(themes["Waiting times"].id)},
        curate_url(themes["Waiting times"]),
    )
    assert response.status_code == 303
    assert shown(partnership)["Waiting times"] == 23
    assert not db.session.scalars(
        select(ThemeAssignment).where(ThemeAssignment.answer_id == answer.id)
    ).all()
    assert audit_actions() == ["answer_marked_wrong"]


@pytest.mark.parametrize(
    ("target", "message"), [("", "Choose a theme"), ("Parking", "already in this theme")]
)
def test_a_bad_move_shows_the_error_beside_the_choice(analyst, themed, target, message):
    _, themes, answers = themed
    answer = answers["Parking"][0]
    url = f"/boards/riverside/answers/{answer.id}/move"
    chosen = str(themes[target].id) if target else ""
    data = {"theme": chosen, "from_theme": str(themes["Parking"].id)}
    response = post(analyst, url, data, curate_url(themes["Parking"]))
    assert response.status_code == 400
    page = parse_page(response)
    assert message in page.select_one(f"#move-{answer.id}-error").text
    assert page.select_one(".nhsuk-error-summary a")["href"] == f"#move-{answer.id}"
    assert count(ThemeCuration) == 0 and audit_actions() == []


def test_an_answer_of_another_partnership_is_not_found(analyst, themed):
    other = make_partnership("hillside")
    foreign = add_responses(make_survey(other, slug="hill-fft"), ["Cold food"], "patient", "poor")[
        0
    ]
    url = f"/boards/riverside/answers/{foreign.id}/wrong"
    response = post(
        analyst, url, {"theme": str(themed[1]["Parking"].id)}, curate_url(themed[1]["Parking"])
    )
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("child", "parent", "message"),
    [
        ("Parking", "Parking", "cannot be its own parent"),
        ("Waiting times", "Parking", "is a sub-theme itself"),
    ],
)
def test_a_parent_must_be_another_top_level_theme(analyst, themed, child, parent, message):
    partnership, themes, _ = themed
    post(
        analyst,
        curate_url(themes["Parking"]),
        {"form": "parent", "parent": str(themes["Kind staff"].id)},
    )
    data = {"form": "parent", "parent": str(themes[parent].id)}
    response = post(analyst, curate_url(themes[child]), data)
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    assert fresh(themes[child]).parent_id == (
        themes["Kind staff"].id if child == "Parking" else None
    )


def test_a_parent_and_a_local_label_show_on_the_theme_list(analyst, themed):
    partnership, themes, _ = themed
    parking, kind = themes["Parking"], themes["Kind staff"]
    organisation = partnership.organisations[0]
    post(analyst, curate_url(parking), {"form": "parent", "parent": str(kind.id)})
    data = {"form": "local_label", "organisation": str(organisation.id), "local_label": "Car park"}
    assert post(analyst, curate_url(parking), data).status_code == 303
    db.session.expire_all()
    listed = {s.theme.label: s.theme for s in theme_report(partnership.id).themes}
    assert listed["Parking"].parent_id == kind.id
    assert listed["Parking"].local_labels == {str(organisation.id): "Car park"}
    assert "Car park" in parse_page(analyst.get(curate_url(parking))).text
    assert audit_actions() == ["theme_local_label_set", "theme_parent_set"]


def test_a_local_label_needs_an_organisation_of_the_partnership(analyst, themed):
    outsider = Organisation(short_name="elsewhere", name="Elsewhere Trust", sector="housing")
    db.session.add(outsider)
    db.session.commit()
    parking = themed[1]["Parking"]
    data = {"form": "local_label", "organisation": str(outsider.id), "local_label": "Mine"}
    response = post(analyst, curate_url(parking), data)
    assert response.status_code == 400
    page = parse_page(response)
    assert "Choose an organisation of the partnership" in page.text
    assert page.select_one("#local_label")["value"] == "Mine"
    assert fresh(parking).local_labels in ({}, None)


def test_curation_pages_are_complete_forms(analyst, themed):
    theme = themed[1]["Parking"]
    for page_name in ("curate", "split"):
        page = parse_page(analyst.get(curate_url(theme, page_name)))
        for form in page.select("form[method=post]"):
            assert form.select_one("input[name=csrf_token]")
    page = parse_page(analyst.get(curate_url(theme)))
    options = {o.text for o in page.select("#merge_into option")}
    assert options == {"Choose a theme", "Waiting times", "Kind staff"}
    assert uuid.UUID(page.select_one("#organisation option:nth-of-type(2)")["value"])
