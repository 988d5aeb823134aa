"""Board pages: sign-in, partnership scoping, themes with suppressed counts and safe quotes."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import AnalysisRun, Survey, Theme, ThemeAssignment
from feedback.services.responses import NewResponse, record_response
from feedback.services.suppression import breakdown as suppress_breakdown
from tests.conftest import (
    PASSWORD,
    csrf_token,
    make_partnership,
    make_survey,
    make_user,
    parse_page,
    sign_in,
)

WAITING = [
    "Long waiting times again, call me on 07700 900123",
    "Waited four hours in A&E with no update",
    "The wait for an appointment was far too long",
    "Waiting room was packed and the wait endless",
]
KIND = [
    "The nurses were kind and caring",
    "Staff were so kind to my mum",
    "Kind, caring staff on the ward",
    "Every nurse was kind and patient",
]
PARKING = [
    "Parking at the hospital is impossible",
    "No parking spaces left in the car park",
    "Car park charges are far too high",
    "Could not find anywhere to park the car",
]
THEMES_URL = "/boards/riverside/surveys/patient-fft/themes"


def add_responses(survey: Survey, texts: list[str], respondent_type: str, fft: str) -> list:
    """Store one response per text; returns the free-text answers."""
    answers = []
    for text in texts:
        new = NewResponse(
            submission_id=uuid.uuid4(),
            values={"fft": fft, "better": text},
            respondent_type=respondent_type,
            submitted_on=date.today(),
        )
        response, _ = record_response(survey.current_version, None, new)
        answers += [a for a in response.answers if a.text_raw]
    return answers


def store_run(partnership, themes: dict[str, list]) -> None:
    """A finished partnership-wide run with the given themes, as the theme engine stores it."""
    run = AnalysisRun(
        partnership_id=partnership.id,
        scope=f"partnership:{partnership.id}",
        status="succeeded",
        finished_at=datetime.now(UTC),
        n_answers=sum(map(len, themes.values())),
    )
    db.session.add(run)
    for label, answers in themes.items():
        theme = Theme(
            id=uuid.uuid4(),
            partnership_id=partnership.id,
            scope=run.scope,
            label=label,
            keywords=label.lower().split(),
            quote_answer_ids=[str(a.id) for a in answers[:3]],
        )
        db.session.add(theme)
        db.session.flush()
        db.session.add_all(
            ThemeAssignment(run_id=run.id, answer_id=a.id, theme_id=theme.id) for a in answers
        )
    db.session.commit()


@pytest.fixture
def themed(db):
    """A partnership themed across two surveys: the kind-staff theme has only 7 answers
    from the patient survey, so on that survey's page it is a small theme."""
    partnership = make_partnership()
    survey = make_survey(partnership)
    other = make_survey(partnership, slug="other-fft")
    waiting = add_responses(survey, WAITING * 6, "patient", "poor")
    kind = add_responses(survey, KIND[:3] * 2 + KIND[:1], "carer", "good")
    kind += add_responses(other, KIND * 4, "patient", "good")
    parking = add_responses(other, PARKING * 3, "patient", "poor")
    store_run(partnership, {"Waiting times": waiting, "Kind staff": kind, "Parking": parking})
    return partnership, survey


def board_page(client, themed, url=THEMES_URL):
    sign_in(client, make_user(themed[0], "board"))
    return parse_page(client.get(url))


def sizes(page) -> list[str]:
    return [section.strong.get_text(strip=True) for section in page.select("section")]


def test_board_pages_need_sign_in(client, themed):
    response = client.get(THEMES_URL)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/sign-in")


def test_the_app_address_leads_to_sign_in_then_to_the_boards(client, themed):
    response = client.get("/")
    assert response.status_code == 302 and response.headers["Location"] == "/sign-in"
    sign_in(client, make_user(themed[0], "board"))
    assert client.get("/").headers["Location"] == "/boards/"


def test_wrong_password_shows_an_error_and_no_session(client, themed):
    user = make_user(themed[0], "board")
    token = csrf_token(client.get("/sign-in").get_data(as_text=True))
    data = {"email": user.email, "password": "wrong", "csrf_token": token}
    response = client.post("/sign-in", data=data)
    assert response.status_code == 400
    assert "correct email address and password" in parse_page(response).get_text()
    assert client.get("/boards/").status_code == 302


def test_themes_are_largest_first_with_small_ones_suppressed(client, themed):
    shown = sizes(board_page(client, themed))
    assert shown == ["25", "fewer than 10"], "24 answers, rounded to the nearest 5"


def test_no_split_shows_a_small_count_or_hides_just_one(client, themed):
    page = board_page(client, themed, "/boards/riverside/themes")
    for section in page.select("section"):
        groups = [row.dt.get_text(strip=True) for row in section.select("dl.fv-groups div")]
        assert set(groups) <= {"Patients", "Carers"}, "only groups with answers are listed"
        for breakdown in section.select("dl"):
            split = {
                row.dt.get_text(strip=True): row.dd.get_text(strip=True)
                for row in breakdown.select("div")
            }
            hidden = [g for g, text in split.items() if text in ("fewer than 10", "not shown")]
            assert all(
                text.isdigit() and int(text) >= 10 for g, text in split.items() if g not in hidden
            )
            assert len(hidden) != 1, f"a lone hidden count is the total minus the others: {split}"


@pytest.mark.parametrize(
    ("total", "parts", "hidden"),
    [
        (25, {"patient": 20, "carer": 5}, {"patient", "carer"}),
        (40, {"patient": 20, "carer": 5, "staff": 15}, {"carer", "staff"}),
        (30, {"patient": 12, "carer": 4, "staff": 14}, {"carer", "patient"}),
        (26, {"patient": 20, "carer": 3, "staff": 3}, {"carer", "staff"}),
        (8, {"patient": 8}, {"patient"}),
        (30, {"patient": 30, "staff": 0}, set()),
    ],
)
def test_no_hidden_count_is_the_difference_of_shown_counts(app, total, parts, hidden):
    with app.test_request_context():
        shown = dict(suppress_breakdown(total, parts))
    assert {g for g, text in shown.items() if not text.replace(",", "").isdigit()} == hidden
    assert "staff" not in shown or parts["staff"] > 0


def test_fft_score_shows_percent_good_and_poor(client, themed):
    page = board_page(client, themed)
    assert (
        page.select_one("#fft-score").get_text(" ", strip=True)
        == "fewer than 10 answers good, 77% poor"
    )


def test_quotes_are_redacted_and_withheld_for_small_themes(client, themed):
    page = board_page(client, themed)
    assert "07700" not in page.get_text(" ")
    big, small = page.select("section")
    assert big.select("blockquote") and not small.select("blockquote")
    assert "[phone]" in big.get_text()


def test_board_member_of_another_partnership_gets_not_found(client, themed):
    sign_in(client, make_user(make_partnership("hillside"), "board"))
    for url in ("/boards/riverside/", "/boards/riverside/themes", THEMES_URL):
        assert client.get(url).status_code == 404, url


def test_author_role_cannot_read_board_pages(client, themed):
    sign_in(client, make_user(themed[0], "author"))
    assert client.get("/boards/riverside/").status_code == 404


def test_organisation_level_member_does_not_see_the_whole_partnership(client, themed, db):
    user = make_user(themed[0], "board")
    user.memberships[0].organisation_id = themed[0].organisations[0].id
    db.session.commit()
    sign_in(client, user)
    assert client.get("/boards/riverside/").status_code == 404


def test_survey_of_another_partnership_is_not_found_under_this_one(client, themed):
    make_survey(make_partnership("hillside"), slug="hillside-fft")
    sign_in(client, make_user(themed[0], "board"))
    assert client.get("/boards/riverside/surveys/hillside-fft/themes").status_code == 404


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example", "/\\evil.example"])
def test_open_redirect_in_next_is_refused(client, themed, target):
    user = make_user(themed[0], "board")
    token = csrf_token(client.get("/sign-in").get_data(as_text=True))
    data = {"email": user.email, "password": PASSWORD, "csrf_token": token}
    response = client.post(f"/sign-in?next={target}", data=data)
    assert response.headers["Location"] == "/boards/"


def test_partnership_page_lists_surveys_with_fft_scores(client, themed):
    page = board_page(client, themed, "/boards/riverside/")
    assert "fewer than 10 answers / 77%" in page.get_text()


def test_sign_out_ends_the_session(client, themed):
    page = board_page(client, themed, "/boards/riverside/")
    client.post("/sign-out", data={"csrf_token": page.select_one("[name=csrf_token]")["value"]})
    assert client.get("/boards/riverside/").status_code == 302


def bulk_answers(survey: Survey, n: int, text: str, respondent_type: str = "patient", **given):
    """n responses in one commit (organisation, submitted_on, language, values as given);
    returns the free-text answers."""
    from feedback.services.responses import build_response

    extra = given.pop("values", {})
    responses = [
        build_response(
            survey.current_version,
            None,
            NewResponse(
                submission_id=uuid.uuid4(),
                values={"fft": "good", "better": f"{text} ({i})", **extra},
                respondent_type=respondent_type,
                submitted_on=given.get("submitted_on", date.today()),
                organisation_id=given.get("organisation_id"),
                language=given.get("language", "en"),
            ),
        )
        for i in range(n)
    ]
    db.session.add_all(responses)
    db.session.commit()
    return [a for r in responses for a in r.answers if a.text_raw]


def test_themes_are_marked_new_and_rising_against_the_period_before(client, db):
    partnership = make_partnership()
    survey = make_survey(partnership)
    before = date.today() - timedelta(days=120)
    steady = bulk_answers(survey, 20, "Steady", submitted_on=before)
    steady += bulk_answers(survey, 20, "Steady")
    rising = bulk_answers(survey, 10, "Rising", submitted_on=before)
    rising += bulk_answers(survey, 25, "Rising")
    fresh = bulk_answers(survey, 15, "Fresh")
    store_run(partnership, {"Steady": steady, "Rising": rising, "Fresh": fresh})
    page = board_page(client, (partnership, survey), "/boards/riverside/themes")
    marks = {
        s.h3.get_text(strip=True): s.select_one(".nhsuk-tag").get_text(strip=True)
        if s.select_one(".nhsuk-tag")
        else None
        for s in page.select("section")
    }
    assert marks == {"Rising": "Rising", "Steady": None, "Fresh": "New"}


def test_a_period_can_be_chosen_and_a_bad_one_is_explained(client, themed):
    old = date.today() - timedelta(days=400)
    page = board_page(client, themed, f"/boards/riverside/themes?from={old}&to={old}")
    assert sizes(page) == [], "nothing was said in that period"
    response = client.get("/boards/riverside/themes?from=2026-03-01&to=2026-02-01")
    assert response.status_code == 400
    summary = parse_page(response).select_one(".nhsuk-error-summary")
    assert "end date must be the same as or after" in summary.get_text()


def test_merged_themes_are_not_listed(client, themed, db):
    themes = {t.label: t for t in db.session.scalars(select(Theme))}
    themes["Kind staff"].merged_into_id = themes["Waiting times"].id
    db.session.commit()
    page = board_page(client, themed, "/boards/riverside/themes")
    assert [s.h3.get_text(strip=True) for s in page.select("section")] == [
        "Waiting times",
        "Parking",
    ]


def test_partnership_threshold_replaces_the_default(client, themed, db):
    themed[0].suppression_threshold = 30
    db.session.commit()
    page = board_page(client, themed, "/boards/riverside/themes")
    assert sizes(page) == ["fewer than 30", "fewer than 30", "fewer than 30"]
    assert not page.select("blockquote"), "quotes of themes under the threshold are withheld"


def test_theme_list_breaks_down_by_organisation_sector_and_place(client, db):
    partnership = make_partnership()
    survey = make_survey(partnership)
    hospital = partnership.organisations[0]
    answers = bulk_answers(survey, 12, "Ward", organisation_id=hospital.id)
    answers += bulk_answers(survey, 15, "Ward")
    store_run(partnership, {"Ward": answers})
    page = board_page(client, (partnership, survey), "/boards/riverside/themes")

    def rows(css):
        return {
            r.dt.get_text(strip=True): r.dd.get_text(strip=True) for r in page.select(f"{css} div")
        }

    assert rows("dl.fv-organisations") == {"Riverside Hospital": "10", "Not known": "15"}
    assert rows("dl.fv-sectors") == {"NHS hospital": "10", "Not known": "15"}
