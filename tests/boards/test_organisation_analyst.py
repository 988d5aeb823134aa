"""An organisation's own analyst: the theme pages, drill-down and export of their
partnership, with every count, quote and row restricted to their organisation."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from feedback.extensions import db as _db
from feedback.models import Membership, Organisation, Place, Theme, User
from feedback.services.accounts import hash_password
from tests.boards.test_theme_pages import bulk_answers, store_run
from tests.conftest import PASSWORD, make_partnership, make_survey, make_user, parse_page, sign_in

HOSPITAL_WORDS = "hospitalmark wait in clinic"
HOMES_WORDS = "homesmark repairs wait"


def organisation_analyst(partnership, organisation) -> User:
    user = User(
        email=f"analyst@{organisation.short_name}.example",
        display_name="Organisation analyst",
        password_hash=hash_password(PASSWORD),
    )
    user.memberships = [
        Membership(partnership_id=partnership.id, organisation_id=organisation.id, role="analyst")
    ]
    _db.session.add(user)
    _db.session.commit()
    return user


@pytest.fixture
def hospital_analyst(db, client):
    """One theme, Waiting: 12 answers from the hospital and 31 from Riverside Homes; the
    hospital's own analyst is signed in."""
    partnership = make_partnership()
    homes = Organisation(short_name="riverside-homes", name="Riverside Homes", sector="housing")
    partnership.organisations.append(homes)
    db.session.commit()
    hospital = partnership.organisations[0]
    survey = make_survey(partnership)
    waiting = bulk_answers(survey, 12, HOSPITAL_WORDS, organisation_id=hospital.id)
    waiting += bulk_answers(survey, 31, HOMES_WORDS, organisation_id=homes.id)
    store_run(partnership, {"Waiting": waiting})
    sign_in(client, organisation_analyst(partnership, hospital))
    theme = db.session.query(Theme).one()
    return partnership, survey, theme


def theme_page(client, theme, query="", status=200):
    response = client.get(f"/boards/riverside/themes/{theme.id}{query}")
    assert response.status_code == status
    return response.get_data(as_text=True), parse_page(response)


def test_theme_list_counts_only_their_organisations_answers(client, hospital_analyst):
    response = client.get("/boards/riverside/themes")
    assert response.status_code == 200
    soup = parse_page(response)
    # 12 rounds to 10; the partnership's 43 answers would read 45.
    assert soup.select_one("section [data-count]").get_text(strip=True) == "10"
    assert "hospitalmark" in soup.get_text() and "homesmark" not in soup.get_text()
    assert "only Riverside Hospital's answers" in soup.get_text()


def test_survey_theme_list_is_restricted_too(client, hospital_analyst):
    response = client.get("/boards/riverside/surveys/patient-fft/themes")
    assert response.status_code == 200
    text = parse_page(response).get_text()
    assert "homesmark" not in text and "only Riverside Hospital's answers" in text


def test_theme_page_lists_and_counts_only_their_organisations_answers(client, hospital_analyst):
    html, soup = theme_page(client, hospital_analyst[2])
    assert soup.select_one("#theme-size").get_text(strip=True) == "10"
    listed = [q.get_text() for q in soup.select("li.fv-answer blockquote")]
    assert len(listed) == 12 and all("hospitalmark" in q for q in listed)
    assert "homesmark" not in html and "Riverside Homes" not in soup.select_one("main").get_text()


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("?organisation=riverside-homes", 400),
        ("?sector=housing", 400),
        ("?organisation=riverside-homes&organisation=riverside-hospital", 400),
        ("?organisation=riverside-hospital", 200),
        ("?q=homesmark", 200),
    ],
)
def test_the_url_cannot_widen_the_drilldown(client, hospital_analyst, query, status):
    html, soup = theme_page(client, hospital_analyst[2], query, status)
    assert "homesmark" not in " ".join(q.get_text() for q in soup.select("li.fv-answer"))
    assert "Riverside Homes" not in soup.select_one("main").get_text()
    if status == 400:
        assert "Select " in soup.select_one(".nhsuk-error-summary").get_text()
        assert len(soup.select("li.fv-answer")) == 12


def export_rows(client, kind: str) -> list[str]:
    """Each exported row's cells, joined."""
    response = client.get(f"/boards/riverside/export.{kind}")
    assert response.status_code == 200
    if kind == "csv":
        rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    else:
        sheet = load_workbook(io.BytesIO(response.get_data())).active
        rows = [[str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    return [" ".join(row) for row in rows[1:]]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_export_holds_only_their_organisations_rows(client, hospital_analyst, kind):
    rows = export_rows(client, kind)
    assert len(rows) == 12
    assert all("hospitalmark" in row and "Riverside Hospital" in row for row in rows)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_url_cannot_widen_the_export(client, hospital_analyst, kind):
    response = client.get(f"/boards/riverside/export.{kind}?organisation=riverside-homes")
    assert response.status_code == 400
    assert "homesmark" not in response.get_data(as_text=True)
    assert "Select an organisation in the partnership" in response.get_data(as_text=True)


def test_export_page_says_whose_answers_and_offers_only_their_organisation(
    client, hospital_analyst
):
    soup = parse_page(client.get("/boards/riverside/export"))
    assert "only Riverside Hospital's answers" in soup.get_text()
    offered = [o["value"] for o in soup.select("#organisation option") if o["value"]]
    assert offered == ["riverside-hospital"]
    assert not soup.select("a[href*='pack'], a[href*='fft-monthly']")


@pytest.mark.parametrize(
    "path",
    [
        "/boards/riverside/",
        "/boards/riverside/pack",
        "/boards/riverside/fft-monthly.csv",
        "/boards/riverside/pack.pdf",
        "/boards/riverside/glossary",
        "/boards/riverside/glossary/new",
        "/boards/riverside/themes/{theme}/curate",
        "/boards/riverside/themes/{theme}/split",
        "/boards/riverside/themes/{theme}/actions/new",
    ],
)
def test_other_board_pages_are_not_found(client, hospital_analyst, path):
    assert client.get(path.format(theme=hospital_analyst[2].id)).status_code == 404


def test_board_home_takes_them_to_their_themes(client, hospital_analyst):
    response = client.get("/boards/")
    assert response.status_code in (302, 303)
    assert response.headers["Location"].endswith("/boards/riverside/themes")


def test_another_partnerships_pages_are_not_found(client, hospital_analyst):
    make_partnership("hillside")
    assert client.get("/boards/hillside/themes").status_code == 404
    assert client.get("/boards/hillside/export").status_code == 404


def test_board_home_offers_each_partnership_their_organisation_belongs_to(
    db, client, hospital_analyst
):
    partnership = hospital_analyst[0]
    hospital = partnership.organisations[0]
    hillside = make_partnership("hillside")
    hillside.organisations.append(hospital)
    user = db.session.query(User).filter_by(email="analyst@riverside-hospital.example").one()
    user.memberships.append(
        Membership(partnership_id=hillside.id, organisation_id=hospital.id, role="analyst")
    )
    db.session.commit()
    response = client.get("/boards/")
    assert response.status_code == 200
    links = {a["href"]: a.get_text(strip=True) for a in parse_page(response).select("main a")}
    assert links["/boards/riverside/themes"] == "Riverside Partnership"
    assert links["/boards/hillside/themes"] == "Hillside Partnership"
    assert client.get("/boards/hillside/themes").status_code == 200


def test_a_shared_organisations_place_in_another_partnership_is_not_shown(db, client):
    riverside, hillside = make_partnership(), make_partnership("hillside")
    shared = riverside.organisations[0]
    northtown = Place(partnership_id=riverside.id, name="Northtown")
    db.session.add(northtown)
    db.session.flush()
    shared.place_id = northtown.id
    hillside.organisations.append(shared)
    db.session.commit()
    survey = make_survey(hillside, slug="hillside-fft")
    store_run(hillside, {"Waiting": bulk_answers(survey, 15, "wait", organisation_id=shared.id)})
    sign_in(client, make_user(hillside, "board"))
    theme = db.session.query(Theme).filter_by(partnership_id=hillside.id).one()
    for path in ("/boards/hillside/themes", f"/boards/hillside/themes/{theme.id}"):
        page = client.get(path)
        assert page.status_code == 200
        assert "Riverside Hospital" in page.get_data(as_text=True)
        assert "Northtown" not in page.get_data(as_text=True)
