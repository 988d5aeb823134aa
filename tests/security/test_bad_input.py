"""Bad input gets a clear refusal and leaves nothing half-written: injected SQL and script,
formula cells, open redirects, tampered tokens and cookies, guessed ids, oversize bodies.
And a whole hospital answering from one address is never rate-limited."""

from __future__ import annotations

import csv
import uuid

import pytest
from sqlalchemy import func, select

from feedback.extensions import db as _db
from feedback.models import Answer, GlossaryTerm, Response
from tests.conftest import (
    csrf_token,
    form_data,
    make_partnership,
    make_survey,
    make_user,
    parse_page,
    rate_limited,
    sign_in,
)

SQL = "'); DROP TABLE responses; --"
SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'
FORMULA = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture
def survey(db):
    return make_survey(make_partnership())


def count(model) -> int:
    _db.session.expire_all()
    return _db.session.scalar(select(func.count()).select_from(model))


def respondent_form(client) -> dict[str, str]:
    return form_data(parse_page(client.get("/s/patient-fft")), fft="good")


@pytest.mark.parametrize("text", [SQL, SCRIPT, FORMULA])
def test_injected_text_is_stored_as_written(client, survey, db, text):
    data = respondent_form(client) | {"good": text}
    assert client.post("/s/patient-fft", data=data).status_code == 303
    assert db.session.scalars(
        select(Answer.text_raw).where(Answer.text_raw.is_not(None))
    ).all() == [text]


def test_script_typed_into_an_answer_comes_back_as_text_not_markup(client, survey, db):
    data = respondent_form(client) | {"good": SCRIPT, "csrf_token": "tampered"}
    response = client.post("/s/patient-fft", data=data)
    page = parse_page(response)
    assert response.status_code == 400 and count(Response) == 0
    assert page.select_one("textarea#good").get_text() == SCRIPT
    assert not page.select("img[onerror]") and SCRIPT not in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "target",
    [
        "//evil.example/",
        "https://evil.example/",
        "/\\evil.example",
        "\\\\evil.example",
        "javascript:alert(1)",
        "http:/evil.example",
        "/%2F%2Fevil.example",
    ],
)
def test_sign_in_never_sends_anyone_to_another_site(client, db, target):
    user = make_user(make_partnership(), "board")
    token = csrf_token(client.get("/sign-in").get_data(as_text=True))
    data = {"email": user.email, "password": "a long test passphrase", "csrf_token": token}
    response = client.post("/sign-in", query_string={"next": target}, data=data)
    location = response.headers["Location"]
    assert response.status_code == 303
    assert location.startswith("/") and not location.startswith(("//", "/\\"))
    assert "evil" not in location or location.startswith("/%2F")


def test_a_tampered_csrf_token_on_a_private_form_is_refused_and_stores_nothing(client, db):
    partnership = make_partnership()
    sign_in(client, make_user(partnership, "analyst"))
    form = client.get(f"/boards/{partnership.slug}/glossary/new").get_data(as_text=True)
    data = {"csrf_token": csrf_token(form)[:-4] + "AAAA", "term": "Ward 7", "meaning": "A ward"}
    response = client.post(f"/boards/{partnership.slug}/glossary/new", data=data)
    assert response.status_code == 400
    assert "not been saved" in parse_page(response).get_text()
    assert count(GlossaryTerm) == 0


def test_a_tampered_session_cookie_is_treated_as_signed_out(client, db):
    sign_in(client, make_user(make_partnership(), "board"))
    cookie = client.get_cookie("session")
    client.set_cookie("session", cookie.value[:-3] + "xyz")
    response = client.get("/boards/")
    assert response.status_code == 302 and response.headers["Location"].startswith("/sign-in")


def test_a_guessed_id_is_not_found(client, db):
    partnership = make_partnership()
    sign_in(client, make_user(partnership, "analyst"))
    response = client.get(f"/boards/{partnership.slug}/themes/{uuid.uuid4()}")
    assert response.status_code == 404
    assert parse_page(response).h1.get_text(strip=True) == "Page not found"


def test_a_guessed_receipt_code_finds_nothing(client, survey, db):
    client.post("/s/patient-fft", data=respondent_form(client))
    page = parse_page(client.get("/you-said-we-did/riverside", query_string={"code": "ABCD-EFGH"}))
    assert page.select_one(".nhsuk-error-message, .nhsuk-error-summary")


def test_an_oversize_sign_in_is_refused_with_the_413_page(client, db):
    response = client.post("/sign-in", data={"email": "x" * 70_000, "password": "y"})
    assert response.status_code == 413
    assert "too" in parse_page(response).h1.get_text().lower()


def test_the_cli_export_turns_formula_cells_into_text(app, db, tmp_path):
    make_partnership()
    source = tmp_path / "in.csv"
    with source.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "date"])
        writer.writerow([FORMULA, FORMULA + " and the food was cold", "01/03/2024"])
        writer.writerow(["R2", SQL, "02/03/2024"])
    runner = app.test_cli_runner()
    options = ["--survey", "eval", "--create", "--text-column", "text"]
    options += ["--id-column", "id", "--date-column", "date", "--respondent-type", "patient"]
    runner.invoke(args=["import-responses", str(source), *options])
    assert {FORMULA + " and the food was cold", SQL} <= set(
        db.session.scalars(select(Answer.text_raw))
    )
    out = tmp_path / "out.csv"
    runner.invoke(args=["export-responses", "--survey", "eval", "--out", str(out)])
    with out.open(newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]


def test_one_address_sending_300_answers_is_never_rate_limited(app, survey, tmp_path):
    with rate_limited(app, tmp_path) as limited:
        client = limited.test_client()
        hospital = {"REMOTE_ADDR": "198.51.100.10"}
        page = parse_page(client.get("/s/patient-fft", environ_base=hospital))
        statuses = set()
        for _ in range(300):
            data = form_data(page, fft="good", submission_id=str(uuid.uuid4()))
            sent = client.post("/s/patient-fft", data=data, environ_base=hospital)
            statuses.add(sent.status_code)
    assert statuses == {303}
    assert count(Response) == 300
