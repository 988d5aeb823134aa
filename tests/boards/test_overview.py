"""The partnership overview: response counts with suppression, FFT run charts, top themes."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import update

from feedback.extensions import db
from feedback.models import Channel, Organisation, Place, Response, Site
from feedback.services.responses import NewResponse, build_response
from tests.boards.test_theme_pages import KIND, PARKING, WAITING, add_responses, store_run
from tests.conftest import make_partnership, make_survey, make_user, parse_page, sign_in

URL = "/boards/riverside/"


def answer(survey, channel, n, fft="good", respondent="patient", on=None) -> None:
    """n responses through the channel, rating only."""
    for _ in range(n):
        new = NewResponse(
            submission_id=uuid.uuid4(),
            values={"fft": fft},
            respondent_type=respondent,
            submitted_on=on or date.today(),
        )
        db.session.add(build_response(survey.current_version, channel, new))
    db.session.commit()


@pytest.fixture
def riverside(db):
    """A hospital in the North (30 patients, 15 staff), a housing association in the South
    (12 patients, 5 carers) and a voluntary group (4 patients)."""
    partnership = make_partnership()
    north, south = Place(name="North"), Place(name="South")
    partnership.places = [north, south]
    db.session.flush()
    hospital = partnership.organisations[0]
    hospital.place_id = north.id
    homes = Organisation(short_name="homes", name="Homes Together", sector="housing")
    homes.place_id = south.id
    carers = Organisation(short_name="carers", name="Carers Network", sector="voluntary")
    partnership.organisations += [homes, carers]
    survey = make_survey(partnership)
    channels = {c.organisation_id: c for c in survey.channels}
    for organisation in (homes, carers):
        channel = Channel(
            survey=survey, organisation_id=organisation.id, code=organisation.short_name
        )
        db.session.add(channel)
        channels[organisation.id] = channel
    db.session.commit()
    answer(survey, channels[hospital.id], 30)
    answer(survey, channels[hospital.id], 15, respondent="staff")
    answer(survey, channels[homes.id], 12, fft="poor")
    answer(survey, channels[homes.id], 5, respondent="carer")
    answer(survey, channels[carers.id], 4)
    return partnership, survey


def overview(client, partnership, url=URL, role="board"):
    sign_in(client, make_user(partnership, role))
    response = client.get(url)
    return response, parse_page(response)


def cells(row) -> list[str]:
    """A row's cells as read, without the column headings responsive tables repeat."""
    for heading in row.select(".nhsuk-table__heading"):
        heading.decompose()
    return [td.get_text(" ", strip=True) for td in row.select("td")]


def table(page, caption: str) -> dict[str, str]:
    found = next(t for t in page.select("table") if t.caption.get_text(strip=True) == caption)
    return dict(cells(row)[:2] for row in found.tbody.select("tr"))


def test_counts_by_organisation_hide_the_small_one_and_the_next_smallest(client, riverside):
    _, page = overview(client, riverside[0])
    # Homes Together (17) is not small: it is hidden so that Carers Network (4) is not
    # the total minus the others.
    assert table(page, "By organisation") == {
        "Riverside Hospital": "45",
        "Homes Together": "not shown",
        "Carers Network": "fewer than 10",
    }


def test_counts_by_sector_place_and_respondent_type(client, riverside):
    _, page = overview(client, riverside[0])
    small, protecting = "fewer than 10", "not shown"
    assert table(page, "By sector") == {
        "Housing": protecting,
        "NHS hospital": "45",
        "Voluntary sector": small,
    }
    assert table(page, "By place") == {"North": "45", "South": protecting, "Not known": small}
    # 46 patients read 45: shown counts are rounded to the nearest 5.
    assert table(page, "By respondent type") == {
        "Staff": protecting,
        "Patients": "45",
        "Carers": small,
    }


@pytest.mark.parametrize(
    "caption", ["By organisation", "By sector", "By place", "By respondent type", "By month"]
)
def test_no_table_shows_a_small_count_or_hides_just_one(client, riverside, caption):
    _, page = overview(client, riverside[0])
    counts = table(page, caption)
    hidden = [k for k, v in counts.items() if v in ("fewer than 10", "not shown")]
    assert len(hidden) != 1, f"a lone hidden count is the total minus the others: {counts}"
    assert all(int(v.replace(",", "")) >= 10 for k, v in counts.items() if k not in hidden)


def test_counts_over_time_by_month(client, riverside, db):
    partnership, survey = riverside
    long_ago = date.today().replace(day=1) - timedelta(days=100)
    answer(survey, None, 3, on=long_ago)
    _, page = overview(client, partnership)
    months = table(page, "By month")
    assert len(months) == 2
    assert sorted(months.values()) == ["fewer than 10", "not shown"]


def test_the_partnership_threshold_replaces_the_default(client, riverside, db):
    partnership = riverside[0]
    partnership.suppression_threshold = 20
    db.session.commit()
    _, page = overview(client, partnership)
    assert table(page, "By organisation")["Homes Together"] == "fewer than 20"
    assert "fewer than 10" not in page.get_text()


def test_fft_run_chart_per_organisation_with_its_data_table(client, riverside, db):
    partnership, survey = riverside
    hospital = next(c for c in survey.channels if c.code == "riverside-hospital")
    today = date.today()
    for months_ago in range(1, 8):
        year, month = divmod(today.year * 12 + today.month - 1 - months_ago, 12)
        answer(survey, hospital, 3 if months_ago == 4 else 12, on=date(year, month + 1, 10))
    _, page = overview(client, partnership)
    # Organisations A to Z: Carers Network, Homes Together, Riverside Hospital.
    section = page.select_one('section[aria-labelledby="fft-org-2-heading"]')
    assert section.h4.get_text(strip=True) == "Riverside Hospital"
    svg = section.select_one("svg[role=img]")
    assert svg.title.get_text() == "Riverside Hospital: % good each month"
    rows = section.select("table tbody tr")
    assert len(rows) == 8
    assert sum("fewer than 10 answers" in r.get_text() for r in rows) == 1
    assert "Median 100%" in section.figcaption.get_text()


def test_site_run_chart_from_a_site_channel(client, riverside, db):
    partnership, survey = riverside
    hospital = partnership.organisations[0]
    ward = Site(organisation_id=hospital.id, short_name="ward-7", name="Ward 7")
    db.session.add(ward)
    db.session.flush()
    channel = Channel(survey=survey, organisation_id=hospital.id, site_id=ward.id, code="ward-7")
    db.session.add(channel)
    db.session.commit()
    answer(survey, channel, 11, fft="very_good")
    _, page = overview(client, partnership)
    section = page.select_one('section[aria-labelledby="fft-site-0-heading"]')
    assert section.h4.get_text(strip=True) == "Ward 7, Riverside Hospital"
    assert cells(section.select_one("table tbody tr"))[1:3] == ["100%", "0%"]


@pytest.fixture
def themed(db):
    partnership = make_partnership()
    survey = make_survey(partnership)
    waiting = add_responses(survey, WAITING * 4, "patient", "poor")
    kind = add_responses(survey, KIND * 3, "patient", "good")
    parking = add_responses(survey, PARKING * 3, "patient", "poor")
    old = [a.response_id for a in parking]
    db.session.execute(
        update(Response)
        .where(Response.id.in_(old))
        .values(submitted_on=date.today() - timedelta(days=200))
    )
    db.session.commit()
    store_run(partnership, {"Waiting times": waiting, "Kind staff": kind, "Parking": parking})
    return partnership


def theme_rows(page) -> list[tuple[str, str]]:
    found = next(
        t for t in page.select("table") if t.caption.get_text(strip=True).startswith("Largest")
    )
    return [tuple(cells(row)) for row in found.tbody.select("tr")]


def test_top_themes_of_the_last_three_months_by_default(client, themed):
    _, page = overview(client, themed)
    # 16 and 12 answers, shown rounded to the nearest 5 (never below the threshold).
    assert theme_rows(page) == [("Waiting times", "15"), ("Kind staff", "10")]


def test_top_themes_of_a_chosen_period(client, themed):
    since = (date.today() - timedelta(days=365)).isoformat()
    _, page = overview(client, themed, f"{URL}?from={since}")
    assert theme_rows(page)[0] == ("Waiting times", "15")
    assert ("Parking", "10") in theme_rows(page)


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("from=2026-03-01&to=2026-01-01", "to", "The end date must be the same as or after"),
        ("from=31-31-2026", "from", "Enter a real date"),
    ],
)
def test_bad_dates_get_a_message_at_the_field(client, themed, query, field, message):
    response, page = overview(client, themed, f"{URL}?{query}")
    assert response.status_code == 400
    assert page.title.get_text().startswith("Error:")
    assert page.select_one(f'.nhsuk-error-summary a[href="#{field}"]')
    assert message in page.select_one(f"#{field}-error").get_text()


def test_the_overview_is_for_board_roles_only(client, riverside):
    sign_in(client, make_user(riverside[0], "author"))
    assert client.get(URL).status_code == 404
