"""One theme: the staff-versus-patient lens, and the drill-down to its redacted answers."""

from __future__ import annotations

import pytest

from feedback.extensions import db as _db
from feedback.models import Organisation, Question, SafeguardingFlag, Theme
from tests.boards.test_theme_pages import bulk_answers, store_run
from tests.conftest import make_partnership, make_survey, make_user, parse_page, sign_in

SEX = [{"code": "female", "label": "Female"}, {"code": "male", "label": "Male"}]


def equality_survey(partnership):
    survey = make_survey(partnership)
    survey.current_version.questions.append(
        Question(
            code="eq_sex",
            type="single_choice",
            text="What is your sex?",
            position=9,
            choices=SEX,
            settings={"block": "equality"},
        )
    )
    _db.session.commit()
    return survey


@pytest.fixture
def board(db, client):
    """Waiting: 30 patients and 12 staff at the hospital, 4 patients at a small housing
    association (one patient answer flagged). Parking: 12 patients and 5 staff."""
    partnership = make_partnership()
    homes = Organisation(short_name="riverside-homes", name="Riverside Homes", sector="housing")
    partnership.organisations.append(homes)
    db.session.commit()
    hospital = partnership.organisations[0]
    survey = equality_survey(partnership)
    waiting = bulk_answers(
        survey, 15, "Long wait in clinic", organisation_id=hospital.id, values={"eq_sex": "female"}
    )
    waiting += bulk_answers(
        survey, 15, "Long wait on ward", organisation_id=hospital.id, values={"eq_sex": "male"}
    )
    waiting += bulk_answers(
        survey,
        8,
        "Staff short, patients wait",
        "staff",
        organisation_id=hospital.id,
        values={"eq_sex": "female"},
    )
    waiting += bulk_answers(
        survey,
        4,
        "Rota gaps mean waits",
        "staff",
        organisation_id=hospital.id,
        values={"eq_sex": "male"},
    )
    waiting += bulk_answers(survey, 4, "Repairs wait for months", organisation_id=homes.id)
    db.session.add(SafeguardingFlag(answer_id=waiting[0].id, partnership_id=partnership.id))
    parking = bulk_answers(survey, 12, "No parking", organisation_id=hospital.id)
    parking += bulk_answers(survey, 5, "Staff car park full", "staff", organisation_id=hospital.id)
    store_run(partnership, {"Waiting": waiting, "Parking": parking})
    sign_in(client, make_user(partnership, "board"))
    themes = {t.label: t for t in db.session.query(Theme)}
    return partnership, themes, waiting


def page(client, board, label="Waiting", query="", status=200):
    response = client.get(f"/boards/riverside/themes/{board[1][label].id}{query}")
    assert response.status_code == status
    return parse_page(response)


def listed(soup) -> list[str]:
    return [li.blockquote.get_text(strip=True) for li in soup.select("li.fv-answer")]


def voices(soup) -> dict[str, str]:
    return {
        s.h3.get_text(strip=True): s.strong.get_text(strip=True) for s in soup.select(".fv-voice")
    }


def test_theme_of_another_partnership_is_not_found(app, board):
    other = app.test_client()
    sign_in(other, make_user(make_partnership("hillside"), "board"))
    assert other.get(f"/boards/hillside/themes/{board[1]['Waiting'].id}").status_code == 404
    assert other.get(f"/boards/riverside/themes/{board[1]['Waiting'].id}").status_code == 404


def test_lens_shows_staff_and_patients_side_by_side_or_one_at_a_time(client, board):
    assert voices(page(client, board)) == {"Staff": "10", "Patients and carers": "35"}
    assert voices(page(client, board, query="?lens=staff")) == {"Staff": "10"}
    assert voices(page(client, board, query="?lens=patients")) == {"Patients and carers": "35"}


def test_quotes_are_withheld_for_a_voice_under_the_threshold(client, board):
    soup = page(client, board, "Parking")
    staff, patients = soup.select(".fv-voice")
    assert not staff.select("blockquote") and "withheld" in staff.get_text()
    assert len(patients.select("blockquote")) == 2


def test_a_reply_many_gave_is_quoted_once(client, board):
    for answer in board[2]:
        if answer.text_redacted.startswith("Long wait"):
            answer.text_redacted = "Long wait"
    _db.session.commit()
    patients = page(client, board).select(".fv-voice")[1]
    assert [q.get_text(strip=True).strip("“”") for q in patients.select("blockquote")] == [
        "Long wait"
    ]


def test_a_flagged_answer_is_never_quoted_or_listed(client, board):
    soup = page(client, board)
    flagged = board[2][0].text_redacted
    assert flagged not in soup.get_text()
    assert flagged not in page(client, board, query="?page=2").get_text()


def test_answers_are_paginated_25_a_page_without_small_groups(client, board):
    first, second = page(client, board), page(client, board, query="?page=2")
    texts = listed(first) + listed(second)
    # 46 answers: one flagged and the housing association's 4 (a group under 10) are not
    # listed, nor the 4 male staff (a hospital staff group of 12 is listed as a whole).
    assert len(listed(first)) == 25 and len(texts) == 41
    assert not any("Repairs" in text for text in texts)
    assert second.select_one("a.nhsuk-pagination__link--prev")


def test_filters_narrow_the_answers(client, board):
    soup = page(client, board, query="?respondent=staff&q=rota")
    assert listed(soup) == []
    assert "Fewer than 10 answers match" in soup.get_text()
    soup = page(client, board, query="?respondent=patient&q=ward")
    assert len(listed(soup)) == 15
    assert soup.select_one("#answers-total strong").get_text(strip=True) == "15"


def test_a_small_filtered_group_cannot_be_read(client, board):
    soup = page(client, board, query="?organisation=riverside-homes")
    assert "Fewer than 10 answers match" in soup.get_text()
    assert listed(soup) == [] and "Repairs" not in soup.get_text()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?organisation=nowhere", "Select an organisation in the partnership"),
        ("?from=2026-03-01&to=2026-02-01", "The end date must be the same as or after"),
    ],
)
def test_a_bad_filter_is_explained_and_filters_nothing(client, board, query, message):
    soup = page(client, board, query=query, status=400)
    assert message in soup.select_one(".nhsuk-error-summary").get_text()
    assert soup.title.get_text().startswith("Error:")
    assert len(listed(soup)) == 25, "the answers are shown unfiltered"


def test_equality_breakdown_only_where_every_cell_passes(client, board):
    patients = page(client, board, query="?respondent=patient")
    cells = [td.get_text(" ", strip=True) for td in patients.select("table td")]
    assert cells == ["Answer Female", "People 15", "Answer Male", "People 15"]
    staff = page(client, board, query="?respondent=staff")
    assert not staff.select("table"), "4 male staff: the breakdown is not shown"


def test_theme_page_shows_the_theme_in_the_partnerships_words(client, board):
    soup = page(client, board)
    assert soup.h1.get_text(strip=True) == "Waiting"
    assert soup.select_one("#theme-size").get_text(strip=True) == "45"


def test_filter_offers_only_the_partnerships_own_sites(db):
    from werkzeug.datastructures import MultiDict

    from feedback.models import Site
    from feedback.services import filters

    riverside, hillside = make_partnership(), make_partnership("hillside")
    riverside.organisations[0].sites = [Site(short_name="ward-7", name="Ward 7")]
    hillside.organisations[0].sites = [Site(short_name="ward-9", name="Ward 9")]
    db.session.commit()
    options = filters.filter_options(riverside)
    assert {key: site.organisation.name for key, site in options.sites.items()} == {
        "riverside-hospital/ward-7": "Riverside Hospital"
    }
    chosen, problems = filters.parse_filters(
        MultiDict({"site": "hillside-hospital/ward-9"}), riverside, options
    )
    assert [p.field for p in problems] == ["site"] and chosen.sites == []


def test_a_search_does_not_count_answers_that_went_to_the_safeguarding_lead(client, board):
    partnership, _, waiting = board
    on_ward = [a for a in waiting if a.text_raw.startswith("Long wait on ward")]
    assert len(on_ward) == 15
    for answer in on_ward:
        _db.session.add(SafeguardingFlag(answer_id=answer.id, partnership_id=partnership.id))
    _db.session.commit()
    soup = page(client, board, query="?q=ward")
    assert soup.select_one("#answers-total") is None
    assert "No answers match." in soup.get_text()
    # Words in answers nobody flagged are still found and counted.
    found = page(client, board, query="?q=clinic")
    assert found.select_one("#answers-total [data-count]").get_text(strip=True) == "15"
