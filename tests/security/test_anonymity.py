"""Nothing identifies a respondent: not the stored response, not the logs, not a cookie,
not the receipt code."""

from __future__ import annotations

import logging
import runpy
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from sqlalchemy import inspect, select

from feedback.models import Response
from feedback.services import receipts
from tests.conftest import form_data, make_partnership, make_survey, parse_page

ROOT = Path(__file__).resolve().parents[2]
ADDRESS = "203.0.113.77"
BROWSER = "TestBrowser/9.9 (identifying build 4711)"
CLIENT = {"REMOTE_ADDR": ADDRESS}
HEADERS = {"User-Agent": BROWSER, "X-Forwarded-For": ADDRESS}


@pytest.fixture
def survey(db):
    return make_survey(make_partnership())


def answer(client, **answers):
    page = parse_page(client.get("/s/patient-fft", headers=HEADERS, environ_base=CLIENT))
    return client.post(
        "/s/patient-fft",
        data=form_data(page, fft="good", **answers),
        headers=HEADERS,
        environ_base=CLIENT,
    )


def test_the_access_log_format_leaves_out_address_and_browser():
    settings = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    log_format = settings["access_log_format"]
    for atom in ("%(h)s", "%(a)s", "%({user-agent}i)s", "%({x-forwarded-for}i)s", "%(t)s"):
        assert atom not in log_format.lower()
    assert "%(r)s" in log_format and "%(s)s" in log_format


def test_no_log_line_for_a_respondent_names_their_address_or_browser(client, survey, caplog):
    with caplog.at_level(logging.DEBUG):
        assert answer(client, good="Kind nurses").status_code == 303
        client.get("/s/patient-fft/thanks", headers=HEADERS, environ_base=CLIENT)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert ADDRESS not in logged and "TestBrowser" not in logged


def test_a_response_row_has_no_column_for_an_address_a_browser_or_a_time(db):
    columns = {c.name: str(c.type) for c in inspect(Response).columns}
    words = {"ip", "address", "agent", "browser", "user", "at", "time", "timestamp"}
    assert [name for name in columns if words & set(name.split("_"))] == []
    assert columns["submitted_on"] == "DATE"


def test_no_stored_value_holds_the_address_or_browser(client, survey, db):
    answer(client, good="Kind nurses")
    (response,) = db.session.scalars(select(Response))
    stored = [str(getattr(response, c.key)) for c in inspect(Response).columns]
    stored += [f"{a.value} {a.text_raw}" for a in response.answers]
    assert not [v for v in stored if ADDRESS in v or "TestBrowser" in v]


def test_answering_sets_only_the_session_cookie(client, survey):
    set_cookies = client.get("/s/patient-fft").headers.getlist("Set-Cookie")
    set_cookies += answer(client).headers.getlist("Set-Cookie")
    set_cookies += client.get("/s/patient-fft/thanks").headers.getlist("Set-Cookie")
    names = {cookie.split("=", 1)[0] for cookie in set_cookies}
    assert names == {"session"}
    assert all("SameSite=Strict" in cookie and "HttpOnly" in cookie for cookie in set_cookies)


def test_a_receipt_code_is_random_not_made_from_the_response(app, client, survey, db):
    answer(client)
    (response,) = db.session.scalars(select(Response))
    codes = {receipts.normalise(receipts.issue_receipt(response)) for _ in range(3)}
    assert len(codes) == 3, "the same response gets a new code each time: none comes from its id"


def test_no_page_a_respondent_sees_carries_the_response_id(app, client, survey, db):
    answer(client, good="Kind nurses")
    thanks = client.get("/s/patient-fft/thanks").get_data(as_text=True)
    (response,) = db.session.scalars(select(Response))
    code = BeautifulSoup(thanks, "html.parser").select_one("#receipt-code").get_text(strip=True)
    looked_up = client.get("/you-said-we-did/riverside", query_string={"code": code})
    assert looked_up.status_code == 200
    ids = [response.id, *(a.id for a in response.answers)]
    for page in (thanks, looked_up.get_data(as_text=True)):
        flat = page.lower().replace("-", "")
        assert not [i for i in ids if i.hex in flat]


def test_the_stored_receipt_is_useless_without_the_secret_key(app, client, survey, db):
    answer(client)
    (response,) = db.session.scalars(select(Response))
    code = receipts.normalise(receipts.issue_receipt(response))
    assert response.receipt != code and code not in response.receipt
    partnership_id = survey.partnership_id
    assert receipts.find_response(partnership_id, code).id == response.id
    secret = app.config["SECRET_KEY"]
    app.config["SECRET_KEY"] = "another deployment's key"
    try:
        assert receipts.find_response(partnership_id, code) is None
    finally:
        app.config["SECRET_KEY"] = secret
