"""Board pages: sign-in, partnership scoping, themes with suppressed counts and safe quotes."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from feedback.models import Survey
from feedback.services.analysis import Scope, run_analysis
from feedback.services.responses import NewResponse, record_response
from tests.conftest import make_partnership, make_survey, make_user, parse_page, sign_in

WAITING = [
    "Waited four hours in A&E with no update",
    "The wait for an appointment was far too long",
    "Long waiting times again, call me on 07700 900123",
    "Waiting room was packed and the wait endless",
]
KIND = [
    "The nurses were kind and caring",
    "Staff were so kind to my mum",
    "Kind, caring staff on the ward",
    "Every nurse was kind and patient",
]


def add_responses(
    survey: Survey, texts: list[str], respondent_type: str = "patient", fft: str = "good"
) -> None:
    version = survey.current_version
    for text in texts:
        new = NewResponse(
            submission_id=uuid.uuid4(),
            values={"fft": fft, "better": text},
            respondent_type=respondent_type,
            submitted_on=date.today(),
        )
        record_response(version, None, new)


@pytest.fixture
def themed(db):
    """A partnership whose patient survey has been themed."""
    partnership = make_partnership()
    survey = make_survey(partnership)
    add_responses(survey, WAITING * 6, fft="poor")
    add_responses(survey, KIND * 2, respondent_type="carer")
    run_analysis(Scope(partnership, survey))
    return partnership, survey


def test_board_pages_need_sign_in(client, themed):
    response = client.get("/boards/riverside/surveys/patient-fft/themes")
    assert response.status_code == 302
    assert "/sign-in" in response.headers["Location"]


def test_wrong_password_shows_an_error_and_no_session(client, themed):
    user = make_user(themed[0], "board")
    page = client.get("/sign-in")
    from tests.conftest import csrf_token

    response = client.post(
        "/sign-in",
        data={
            "email": user.email,
            "password": "wrong",
            "csrf_token": csrf_token(page.get_data(as_text=True)),
        },
    )
    assert response.status_code == 400
    assert "correct email address and password" in parse_page(response).get_text()
    assert client.get("/boards/").status_code == 302


def test_board_member_sees_themes_largest_first_with_sizes_and_split(client, themed):
    sign_in(client, make_user(themed[0], "board"))
    page = parse_page(client.get("/boards/riverside/surveys/patient-fft/themes"))
    sizes = [s.select_one("strong").get_text(strip=True) for s in page.select("section")]
    shown = [int(size) for size in sizes if size.isdigit()]
    assert shown == sorted(shown, reverse=True) and shown[0] >= 10
    assert sizes[-1] == "fewer than 10", "the kind-staff theme has only 8 answers"
    split = page.select("section")[0].select(".nhsuk-summary-list__row")
    assert [row.dt.get_text(strip=True) for row in split] == ["Staff", "Patients", "Carers"]


def test_fft_score_shows_percent_good_and_poor(client, themed):
    sign_in(client, make_user(themed[0], "board"))
    page = parse_page(client.get("/boards/riverside/surveys/patient-fft/themes"))
    assert page.select_one("#fft-score").get_text(" ", strip=True) == "25% good, 75% poor"


def test_quotes_are_redacted_and_withheld_for_small_themes(client, themed):
    sign_in(client, make_user(themed[0], "board"))
    page = parse_page(client.get("/boards/riverside/surveys/patient-fft/themes"))
    text = page.get_text(" ")
    assert "07700" not in text
    small = [s for s in page.select("section") if s.strong.get_text(strip=True) == "fewer than 10"]
    assert small and all(not s.select("blockquote") for s in small)
    assert any(s.select("blockquote") for s in page.select("section"))


def test_board_member_of_another_partnership_gets_not_found(client, themed):
    other = make_partnership("hillside")
    sign_in(client, make_user(other, "board"))
    for url in (
        "/boards/riverside/",
        "/boards/riverside/themes",
        "/boards/riverside/surveys/patient-fft/themes",
    ):
        assert client.get(url).status_code == 404, url


def test_author_role_cannot_read_board_pages(client, themed):
    sign_in(client, make_user(themed[0], "author"))
    assert client.get("/boards/riverside/").status_code == 404


def test_survey_of_another_partnership_is_not_found_under_this_one(client, themed):
    other = make_partnership("hillside")
    make_survey(other, slug="hillside-fft")
    sign_in(client, make_user(themed[0], "board"))
    assert client.get("/boards/riverside/surveys/hillside-fft/themes").status_code == 404


def test_open_redirect_in_next_is_refused(client, themed):
    user = make_user(themed[0], "board")
    page = client.get("/sign-in")
    from tests.conftest import PASSWORD, csrf_token

    response = client.post(
        "/sign-in?next=https://evil.example/",
        data={
            "email": user.email,
            "password": PASSWORD,
            "csrf_token": csrf_token(page.get_data(as_text=True)),
        },
    )
    assert response.headers["Location"] == "/boards/"


def test_partnership_page_lists_surveys_with_fft_scores(client, themed):
    sign_in(client, make_user(themed[0], "board"))
    page = parse_page(client.get("/boards/riverside/"))
    assert "25% / 75%" in page.get_text()


def test_sign_out_ends_the_session(client, themed):
    sign_in(client, make_user(themed[0], "board"))
    page = client.get("/boards/riverside/")
    from tests.conftest import csrf_token

    client.post("/sign-out", data={"csrf_token": csrf_token(page.get_data(as_text=True))})
    assert client.get("/boards/riverside/").status_code == 302
