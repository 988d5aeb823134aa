"""The board pack: headline numbers, top themes with trends, the staff-versus-patient
split, safe quotes and actions, as a page and as a tagged PDF."""

from __future__ import annotations

import subprocess
import uuid
from datetime import date, timedelta

import pytest
from PIL import Image, ImageStat
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Action, AuditEvent, Theme
from feedback.services.responses import NewResponse, record_response
from tests.boards.test_theme_pages import KIND, PARKING, WAITING, store_run
from tests.conftest import (
    SIGN_IN_EVENTS,
    make_partnership,
    make_survey,
    make_user,
    parse_page,
    sign_in,
)

TODAY = date.today()
START = TODAY - timedelta(days=29)
PACK = f"/boards/riverside/pack?from={START.isoformat()}&to={TODAY.isoformat()}"
DISCLOSURE = "My neighbour hits me and I am scared to go home"
STAFF_WAITING = ["Patients wait too long because we are short staffed"] * 12


def add(survey, texts, respondent, fft=None, on=TODAY) -> list:
    answers = []
    for text in texts:
        values = {"fft": fft, "better": text} if fft else {"change": text}
        new = NewResponse(uuid.uuid4(), values, respondent, submitted_on=on)
        response, _ = record_response(survey.current_version, None, new)
        answers += [a for a in response.answers if a.text_raw]
    return answers


@pytest.fixture
def packed(db):
    """Waiting times: 24 patients and 12 staff this period, 12 the period before; Kind
    staff: 13 patients, new (its first quote is a disclosure); Parking: 4, too few."""
    partnership = make_partnership()
    patients = make_survey(partnership)
    staff = make_survey(partnership, slug="staff-pulse", audience="staff")
    waiting = add(patients, WAITING * 6, "patient", "poor") + add(staff, STAFF_WAITING, "staff")
    waiting += add(patients, WAITING * 3, "patient", "poor", on=TODAY - timedelta(days=40))
    kind = add(patients, [DISCLOSURE], "patient", "good") + add(
        patients, KIND * 3, "patient", "good"
    )
    parking = add(patients, PARKING, "patient", "poor")
    store_run(partnership, {"Waiting times": waiting, "Kind staff": kind, "Parking": parking})
    themes = {t.label: t for t in db.session.scalars(select(Theme))}
    db.session.add(
        Action(
            partnership_id=partnership.id,
            theme_id=themes["Waiting times"].id,
            decision="Open a second triage room at weekends",
            owner="Director of operations",
            status="in_progress",
        )
    )
    db.session.commit()
    return partnership


def pack_page(client, partnership, url=PACK):
    sign_in(client, make_user(partnership, "board"))
    response = client.get(url)
    assert response.status_code == 200
    return parse_page(response)


def table(page, caption: str) -> list[list[str]]:
    found = next(t for t in page.select("table") if caption in t.caption.get_text())
    return [
        [c.get_text(" ", strip=True) for c in row.select("th, td")]
        for row in found.tbody.select("tr")
    ]


def test_headline_numbers_count_the_period_only(client, packed):
    page = pack_page(client, packed)
    # 53 responses in the period: counts are rounded to the nearest 5 (docs/suppression.md).
    assert page.select_one("#pack-responses").get_text(strip=True) == "55"
    assert page.select_one("#pack-good").get_text(strip=True) == "32%"
    assert page.select_one("#pack-poor").get_text(strip=True) == "68%"


def test_top_themes_show_size_and_trend_against_the_period_before(client, packed):
    rows = table(pack_page(client, packed), "this period and the one before")
    assert rows == [
        ["Waiting times", "35", "10", "Rising"],  # 36 and 12, rounded
        ["Kind staff", "15", "none", "New"],  # 13
        ["Parking", "fewer than 10", "none", "New"],
    ]


def test_staff_and_patient_counts_sit_side_by_side(client, packed):
    page = pack_page(client, packed)
    waiting = page.select("section.fv-pack-theme")[0]
    split = {r.dt.get_text(strip=True): r.dd.get_text(strip=True) for r in waiting.select("dl div")}
    # 12 staff and 24 patients and carers, rounded to the nearest 5.
    assert list(split.items()) == [("Staff", "10"), ("Patients and carers", "25")]


def test_quotes_are_redacted_safe_and_withheld_for_small_themes(client, packed):
    page = pack_page(client, packed)
    waiting, kind, parking = page.select("section.fv-pack-theme")
    assert len(waiting.select("blockquote")) == 2
    assert "[phone]" in waiting.get_text() and "07700" not in page.get_text()
    assert kind.select("blockquote") and DISCLOSURE not in page.get_text()
    assert not parking.select("blockquote")
    assert "Quotes are withheld" in parking.get_text()


def test_actions_are_listed_with_their_status(client, packed):
    rows = table(pack_page(client, packed), "Actions and their status")
    assert rows[0][:4] == [
        "Waiting times",
        "Open a second triage room at weekends",
        "Director of operations",
        "In progress",
    ]


def test_chart_is_svg_with_a_title_and_no_bar_for_a_small_theme(client, packed):
    chart = pack_page(client, packed).select_one("svg.fv-chart")
    assert chart["role"] == "img"
    assert chart.title.get_text(strip=True).startswith("Answers per theme")
    labels = [t.get_text(strip=True) for t in chart.select("text")]
    assert "Waiting times" in labels and "Parking" not in labels
    assert not chart.select("[style]"), "inline styles are refused by the CSP"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("from=2026-03-01&to=2026-02-01", "The end date must be the same as or after the start"),
        ("from=2026-02-30", "Enter a real date"),
    ],
)
@pytest.mark.parametrize("address", ["pack", "pack.pdf"])
def test_a_bad_period_gets_a_400_page_with_the_message(client, packed, query, message, address):
    sign_in(client, make_user(packed, "board"))
    response = client.get(f"/boards/riverside/{address}?{query}")
    assert response.status_code == 400
    assert message in parse_page(response).select_one(".nhsuk-error-summary").get_text()


def test_another_partnerships_board_member_gets_not_found(client, packed):
    sign_in(client, make_user(make_partnership("hillside"), "board"))
    assert client.get(PACK).status_code == 404
    assert client.get(PACK.replace("pack?", "pack.pdf?")).status_code == 404


@pytest.fixture
def pdf(client, packed, tmp_path):
    sign_in(client, make_user(packed, "board"))
    response = client.get(PACK.replace("pack?", "pack.pdf?"))
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    path = tmp_path / "pack.pdf"
    path.write_bytes(response.data)
    return path


def test_pdf_page_one_renders_as_a_non_blank_image(pdf):
    subprocess.run(  # noqa: S603
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(pdf.parent / "page")],
        check=True,
    )
    image = Image.open(next(pdf.parent.glob("page*.png"))).convert("L")
    assert ImageStat.Stat(image).stddev[0] > 10, "page 1 is blank"


def test_pdf_text_layer_holds_the_theme_labels_and_is_tagged(pdf):
    text = subprocess.run(  # noqa: S603
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    for label in ("Waiting times", "Kind staff", "Parking", "Board pack"):
        assert label in text
    assert DISCLOSURE not in text
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)  # noqa: S603
    assert "Tagged:          yes" in info.stdout


def test_pdf_download_is_audited(pdf, packed):
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action.not_in(SIGN_IN_EVENTS)))
    assert (event.action, event.object_type) == ("export", "board_pack")
