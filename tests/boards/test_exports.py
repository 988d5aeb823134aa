"""Exports of the filtered answers (CSV, XLSX) and the FFT monthly counts per site."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import AuditEvent, Channel, Organisation, Site
from feedback.services.responses import NewResponse, record_response
from tests.boards.test_theme_pages import store_run
from tests.conftest import (
    SIGN_IN_EVENTS,
    make_partnership,
    make_survey,
    make_user,
    parse_page,
    sign_in,
)

INJECTIONS = [
    '=HYPERLINK("http://evil.example","click me")',
    "+1 for the reception staff",
    "-2 stars for parking",
    "@SUM(A1:A9) of complaints",
    "\tx the ward was cold",
    "\rx the food was bland",
]
CALM = [f"The nurses on ward {n} were kind" for n in range(6)]
DISCLOSURE = "My neighbour hits me and I am scared to go home"
EXPORT = "/boards/riverside/export"
LAST_MONTH = date(2026, 1, 15)


def answer(survey, channel, text, respondent="patient", fft="good", on=None):
    new = NewResponse(
        submission_id=uuid.uuid4(),
        values={"fft": fft, "better": text},
        respondent_type=respondent,
        submitted_on=on or date.today(),
    )
    response, _ = record_response(survey.current_version, channel, new)
    return [a for a in response.answers if a.text_raw]


@pytest.fixture
def exportable(db):
    """Riverside: 12 people at the hospital's ward 7 (plus one disclosure), 3 at a small
    pharmacy, themed by a partnership-wide run."""
    partnership = make_partnership()
    pharmacy = Organisation(short_name="riverside-pharmacy", name="Pharmacy", sector="primary_care")
    partnership.organisations.append(pharmacy)
    survey = make_survey(partnership)
    hospital_channel = survey.channels[0]
    hospital_channel.site = Site(
        organisation_id=hospital_channel.organisation_id, short_name="ward-7", name="Ward 7"
    )
    pharmacy_channel = Channel(organisation=pharmacy, code="riverside-pharmacy")
    survey.channels.append(pharmacy_channel)
    db.session.commit()
    hospital = [a for text in INJECTIONS + CALM for a in answer(survey, hospital_channel, text)]
    # The form strips leading white space; an import or the API need not.
    for stored, text in zip(hospital, INJECTIONS, strict=False):
        stored.text_raw = stored.text_redacted = text
    db.session.commit()
    answer(survey, hospital_channel, DISCLOSURE, fft="poor")
    for _ in range(3):
        answer(survey, pharmacy_channel, "The pharmacy queue was slow", fft="poor")
    answer(survey, hospital_channel, "Last month it was fine", on=LAST_MONTH)
    store_run(partnership, {"Ward care": hospital[:6], "Kind nurses": hospital[6:]})
    return partnership, survey


def analyst(client, partnership, role="analyst"):
    sign_in(client, make_user(partnership, role))


def csv_rows(response) -> list[dict]:
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    assert response.mimetype == "text/csv"
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))


def test_csv_holds_redacted_answers_with_themes_main_first(client, exportable):
    analyst(client, exportable[0])
    rows = csv_rows(client.get(f"{EXPORT}.csv"))
    by_text = {row["text"]: row for row in rows}
    calm = by_text[CALM[0]]
    assert calm["themes"] == "Kind nurses"
    assert calm["organisation"] == "Riverside Hospital" and calm["sector"] == "nhs_acute"
    assert calm["survey"] == "patient-fft" and calm["respondent_type"] == "patient"
    assert calm["date"] == date.today().isoformat()


def test_small_organisation_and_flagged_answers_are_left_out(client, exportable):
    analyst(client, exportable[0])
    texts = [row["text"] for row in csv_rows(client.get(f"{EXPORT}.csv"))]
    assert len(texts) == 13
    assert "The pharmacy queue was slow" not in texts
    assert DISCLOSURE not in texts


@pytest.mark.parametrize("text", INJECTIONS)
def test_csv_cells_that_start_like_a_formula_get_an_apostrophe(client, exportable, text):
    analyst(client, exportable[0])
    texts = [row["text"] for row in csv_rows(client.get(f"{EXPORT}.csv"))]
    assert "'" + text in texts
    assert text not in texts


def test_xlsx_stores_formula_like_answers_as_text(client, exportable):
    analyst(client, exportable[0])
    response = client.get(f"{EXPORT}.xlsx?organisation=riverside-hospital")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.data)).active
    header = [cell.value for cell in sheet[1]]
    column = header.index("text")
    cells = {row[column].value: row[column] for row in sheet.iter_rows(min_row=2)}
    for text in INJECTIONS:
        stored = text.replace("\r", "\n")  # XML has no carriage returns, only line ends
        assert stored in cells, text
        assert cells[stored].data_type == "s", text
        assert cells[stored].quotePrefix, "Excel keeps it text even when the cell is edited"
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)


def test_staff_answers_are_dated_to_the_month(client, exportable):
    partnership = exportable[0]
    staff = make_survey(partnership, slug="staff-pulse", audience="staff")
    for n in range(10):
        new = NewResponse(
            submission_id=uuid.uuid4(),
            values={"change": f"More staff on shift {n}"},
            respondent_type="staff",
            submitted_on=date(2026, 2, 17),
        )
        record_response(staff.current_version, staff.channels[0], new)
    analyst(client, partnership)
    rows = csv_rows(client.get(f"{EXPORT}.csv?survey=staff-pulse"))
    assert len(rows) == 10
    assert {row["date"] for row in rows} == {"2026-02"}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("organisation=nowhere", "Select an organisation in the partnership"),
        ("from=2026-03-01&to=2026-02-01", "The end date must be the same as or after the start"),
        ("survey=not-a-survey", "Select a survey from the list"),
    ],
)
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_bad_filters_get_a_400_page_with_the_message(client, exportable, query, message, kind):
    analyst(client, exportable[0])
    response = client.get(f"{EXPORT}.{kind}?{query}")
    assert response.status_code == 400
    page = parse_page(response)
    assert message in page.select_one(".nhsuk-error-summary").get_text()
    assert not db.session.scalars(
        select(AuditEvent).where(AuditEvent.action.not_in(SIGN_IN_EVENTS))
    ).all()


def test_empty_selection_gives_a_page_not_a_file(client, exportable):
    analyst(client, exportable[0])
    response = client.get(f"{EXPORT}.csv?q=helicopter")
    assert response.status_code == 404 and response.mimetype == "text/html"
    assert parse_page(response).h1.get_text(strip=True) == "No answers match these filters"


def test_selection_of_only_small_groups_says_why_it_is_empty(client, exportable):
    analyst(client, exportable[0])
    response = client.get(f"{EXPORT}.xlsx?organisation=riverside-pharmacy")
    assert response.status_code == 404
    assert "fewer than 10 people" in parse_page(response).get_text()


def test_each_export_is_audited(client, exportable):
    user = make_user(exportable[0], "admin")
    sign_in(client, user)
    client.get(f"{EXPORT}.csv?respondent=patient")
    client.get(f"{EXPORT}.xlsx")
    events = db.session.scalars(
        select(AuditEvent)
        .where(AuditEvent.action.not_in(SIGN_IN_EVENTS))
        .order_by(AuditEvent.detail)
    ).all()
    assert [(e.action, e.user_id) for e in events] == [("export", user.id)] * 2
    assert "respondent=patient" in events[0].detail


@pytest.mark.parametrize("role", ["board", "author"])
def test_only_analysts_and_admins_export_answers(client, exportable, role):
    analyst(client, exportable[0], role)
    assert client.get(f"{EXPORT}.csv").status_code == 404


def test_another_partnerships_analyst_gets_not_found(client, exportable):
    analyst(client, make_partnership("hillside"))
    assert client.get(f"{EXPORT}.xlsx").status_code == 404


def test_export_page_links_keep_the_filters(client, exportable):
    analyst(client, exportable[0])
    page = parse_page(client.get(f"{EXPORT}?survey=patient-fft&respondent=patient"))
    links = [a["href"] for a in page.select("a[download]")]
    assert f"{EXPORT}.csv?survey=patient-fft&respondent=patient" in links
    assert f"{EXPORT}.xlsx?survey=patient-fft&respondent=patient" in links


def fft_rows(client) -> list[list[str]]:
    response = client.get("/boards/riverside/fft-monthly.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    return list(csv.reader(io.StringIO(response.get_data(as_text=True))))


def test_fft_monthly_counts_per_site_and_month(client, exportable):
    analyst(client, exportable[0], "board")
    header, *rows = fft_rows(client)
    assert header[:4] == ["Organisation code", "Site code", "Site name", "Month"]
    assert header[4:] == [
        "Very good",
        "Good",
        "Neither good nor poor",
        "Poor",
        "Very poor",
        "Don't know",
        "Total",
    ]
    month = date.today().strftime("%Y-%m")
    assert rows == [
        ["riverside-hospital", "ward-7", "Ward 7", month, "0", "12", "0", "1", "0", "0", "13"]
    ]


def test_fft_monthly_withholds_site_months_under_the_threshold(client, exportable):
    analyst(client, exportable[0], "board")
    rows = fft_rows(client)[1:]
    assert not any(row[0] == "riverside-pharmacy" for row in rows)
    assert not any(row[3] == LAST_MONTH.strftime("%Y-%m") for row in rows)
    assert all(int(row[-1]) >= 10 for row in rows)
    detail = db.session.scalar(
        select(AuditEvent.detail).where(AuditEvent.action.not_in(SIGN_IN_EVENTS))
    )
    assert detail.endswith("2 site-months withheld")
