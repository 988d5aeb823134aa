"""Answers that may disclose harm: help on the thank-you page, a flag routed to the
organisation's safeguarding lead, a queue the lead walks, every view audited, and never
a board quote or an export's text."""

from __future__ import annotations

import re
import socketserver
import threading
import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import (
    Answer,
    AuditEvent,
    Organisation,
    Partnership,
    Response,
    SafeguardingFlag,
)
from feedback.services.safeguarding import notify_leads
from tests.conftest import (
    csrf_token,
    form_data,
    make_partnership,
    make_survey,
    make_user,
    parse_page,
    sign_in,
)

DISCLOSURE = "I have been thinking about ending my life and nobody on the ward listened"
ORDINARY = "The wait in A&E was far too long"


@pytest.fixture
def survey(db):
    return make_survey(make_partnership())


def answer(client, survey, text: str, channel: bool = True):
    url = f"/s/patient-fft/{survey.channels[0].code}" if channel else "/s/patient-fft"
    page = parse_page(client.get(url))
    response = client.post(url, data=form_data(page, fft="poor", better=text))
    assert response.status_code == 303
    return parse_page(client.get(response.headers["Location"]))


def lead_of(survey, organisation_level: bool = True):
    partnership = db.session.get(Partnership, survey.partnership_id)
    user = make_user(partnership, "safeguarding", email=f"lead-{uuid.uuid4().hex[:6]}@x.example")
    if organisation_level:
        user.memberships[0].organisation_id = survey.channels[0].organisation_id
        db.session.commit()
    return user


def test_a_disclosure_gets_help_on_the_thank_you_page_and_a_flag(client, survey):
    page = answer(client, survey, DISCLOSURE)
    help_box = page.select_one("#help-now").get_text(" ", strip=True)
    assert "999" in help_box and "NHS 111" in help_box and "option 2" in help_box
    assert "116 123" in help_box
    flag = db.session.scalar(select(SafeguardingFlag))
    assert flag.kinds == ["self_harm"]
    assert flag.organisation_id == survey.channels[0].organisation_id
    again = parse_page(client.get("/s/patient-fft/thanks"))
    assert again.select_one("#help-now") is None, "the session forgets it once shown"


@pytest.mark.parametrize(
    "lang, text", [("cy", "Dw i eisiau lladd fy hun"), ("ar", "أريد أن أقتل نفسي")]
)
def test_a_disclosure_on_a_welsh_or_arabic_page_gets_help_too(client, survey, lang, text):
    url = f"/s/patient-fft/{survey.channels[0].code}?lang={lang}"
    page = parse_page(client.get(url))
    assert page.select_one("html")["lang"] == lang
    response = client.post(url, data=form_data(page, fft="poor", better=text))
    assert response.status_code == 303
    thanks = parse_page(client.get(response.headers["Location"]))
    help_box = thanks.select_one("#help-now").get_text(" ", strip=True)
    assert "999" in help_box and "111" in help_box and "116 123" in help_box
    assert db.session.scalar(select(SafeguardingFlag)).kinds == ["self_harm"]


def test_an_ordinary_answer_gets_no_help_box_and_no_flag(client, survey):
    page = answer(client, survey, ORDINARY)
    assert page.select_one("#help-now") is None
    assert db.session.scalar(select(func.count()).select_from(SafeguardingFlag)) == 0


def test_the_lead_walks_the_queue_and_every_view_is_audited(client, survey):
    answer(client, survey, DISCLOSURE)
    lead = lead_of(survey)
    sign_in(client, lead)
    queue = parse_page(client.get("/safeguarding/"))
    assert "Self-harm or suicidal thoughts" in queue.get_text()
    assert DISCLOSURE not in queue.get_text(), "the list shows no words until opened"
    link = next(a["href"] for a in queue.select("main a") if "Review" in a.get_text())
    flag_page = parse_page(client.get(link))
    assert DISCLOSURE in flag_page.get_text()
    views = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "view_raw_text"))
    assert [(e.user_id, e.object_type) for e in views] == [(lead.id, "safeguarding_flag")]

    missing = client.post(link, data={"csrf_token": csrf_token(str(flag_page))})
    assert missing.status_code == 400
    assert "Select what was done" in parse_page(missing).select_one(".nhsuk-error-summary").text
    done = client.post(
        link, data={"csrf_token": csrf_token(str(flag_page)), "outcome": "referred", "note": "ok"}
    )
    assert done.status_code == 303
    flag = db.session.scalar(select(SafeguardingFlag))
    db.session.refresh(flag)
    assert (flag.status, flag.outcome, flag.reviewed_by_id) == ("reviewed", "referred", lead.id)
    about_flags = select(AuditEvent.action).where(AuditEvent.object_type == "safeguarding_flag")
    assert set(db.session.scalars(about_flags)) == {"view_raw_text", "review_flag"}
    queue = parse_page(client.get("/safeguarding/"))
    assert "Reviewed" in queue.get_text()


def test_no_one_but_the_lead_reads_a_flagged_answer(client, survey, db):
    answer(client, survey, DISCLOSURE)
    flag = db.session.scalar(select(SafeguardingFlag))
    partnership = db.session.get(Partnership, survey.partnership_id)
    sign_in(client, make_user(partnership, "board"))
    assert client.get("/safeguarding/").status_code == 404
    assert client.get(f"/safeguarding/flags/{flag.id}").status_code == 404
    other_org = lead_of(survey)
    elsewhere = Organisation(short_name="hilltop-gp", name="Hilltop GP", sector="primary_care")
    partnership.organisations.append(elsewhere)
    db.session.flush()
    other_org.memberships[0].organisation_id = elsewhere.id
    db.session.commit()
    client.post("/sign-out", data={"csrf_token": csrf_token(client.get("/boards/riverside/").text)})
    sign_in(client, other_org)
    assert client.get(f"/safeguarding/flags/{flag.id}").status_code == 404
    raw_views = select(func.count()).where(AuditEvent.action == "view_raw_text")
    assert db.session.scalar(raw_views) == 0


def test_a_lead_lands_on_the_queue_after_signing_in(client, survey):
    answer(client, survey, DISCLOSURE)
    signed = sign_in(client, lead_of(survey))
    landing = client.get(signed.headers["Location"], follow_redirects=True)
    assert (landing.status_code, landing.request.path) == (200, "/safeguarding/")


def test_the_queue_puts_the_longest_waiting_open_flag_first(client, survey):
    answer(client, survey, "My partner hits me when he has been drinking")
    answer(client, survey, DISCLOSURE)
    answer(client, survey, "My dad leaves my little brother home alone all weekend")
    days = {"hits me": date(2026, 3, 5), "ending my life": date(2026, 3, 1)}
    days["little brother"] = date(2026, 3, 3)
    for flag in db.session.scalars(select(SafeguardingFlag)):
        text = flag.answer.text_raw
        flag.answer.response.submitted_on = next(d for k, d in days.items() if k in text)
    db.session.commit()
    sign_in(client, lead_of(survey))

    def rows():
        page = parse_page(client.get("/safeguarding/"))
        return [row.get_text(" ", strip=True) for row in page.select("main tbody tr")]

    def days_of(texts):
        return [re.search(r"\d+ March", text).group() for text in texts]

    assert days_of(rows()) == ["1 March", "3 March", "5 March"]
    queue = parse_page(client.get("/safeguarding/"))
    oldest = next(a["href"] for a in queue.select("main a") if "Review" in a.get_text())
    page = parse_page(client.get(oldest))
    done = client.post(oldest, data={"csrf_token": csrf_token(str(page)), "outcome": "referred"})
    assert done.status_code == 303
    after = rows()
    assert days_of(after) == ["3 March", "5 March", "1 March"]
    assert "Reviewed" in after[-1] and "Reviewed" not in after[0]


def test_a_partnership_wide_lead_sees_every_organisation(client, survey):
    answer(client, survey, DISCLOSURE)
    sign_in(client, lead_of(survey, organisation_level=False))
    assert "Self-harm" in parse_page(client.get("/safeguarding/")).get_text()


def test_flagged_text_is_withheld_from_exports(app, client, survey, tmp_path):
    answer(client, survey, DISCLOSURE, channel=False)
    answer(client, survey, ORDINARY, channel=False)
    out = tmp_path / "responses.csv"
    result = app.test_cli_runner().invoke(
        args=["export-responses", "--survey", "patient-fft", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert "ending my life" not in text and "withheld" in text
    assert ORDINARY in text


class _Sink(socketserver.StreamRequestHandler):
    """Just enough SMTP to accept one message."""

    received: list[str] = []

    def handle(self):
        self.wfile.write(b"220 sink\r\n")
        data = False
        body = []
        while line := self.rfile.readline():
            if data:
                if line.strip() == b".":
                    data = False
                    self.received.append(b"".join(body).decode())
                    self.wfile.write(b"250 ok\r\n")
                else:
                    body.append(line)
                continue
            command = line[:4].upper()
            if command == b"DATA":
                data = True
                self.wfile.write(b"354 go\r\n")
            elif command == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            elif command == b"EHLO":
                self.wfile.write(b"250 sink\r\n")
            else:
                self.wfile.write(b"250 ok\r\n")


def test_the_lead_is_emailed_without_the_answer_where_smtp_is_set(app, client, survey):
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Sink)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    lead = lead_of(survey)
    settings = {"MAIL_SERVER": "127.0.0.1", "MAIL_PORT": server.server_address[1]}
    app.config.update(MAIL_USE_TLS=False, **settings)
    try:
        _Sink.received.clear()
        answer(client, survey, DISCLOSURE)
        assert notify_leads() == 0, "the job after the submit has sent it already"
    finally:
        app.config.update(MAIL_SERVER=None)
        server.shutdown()
        server.server_close()
    assert len(_Sink.received) == 1
    assert lead.email in _Sink.received[0] and "/safeguarding/flags/" in _Sink.received[0]
    assert "ending my life" not in _Sink.received[0]


def test_a_flag_stores_nothing_more_about_the_respondent(client, survey):
    answer(client, survey, DISCLOSURE)
    row = db.session.execute(select(SafeguardingFlag.__table__)).mappings().one()
    assert set(row.keys()) == {
        "id",
        "answer_id",
        "partnership_id",
        "organisation_id",
        "kinds",
        "matched",
        "status",
        "outcome",
        "note",
        "reviewed_by_id",
        "reviewed_on",
        "notified",
    }
    assert db.session.scalar(select(func.count()).select_from(Response)) == 1
    assert db.session.scalar(select(Answer.sentiment).where(Answer.text_raw == DISCLOSURE))


def test_a_disclosure_no_rule_matches_is_flagged_by_meaning_in_the_background(client, survey):
    text = "The porter said if I complained again he would make sure I regretted it"
    page = answer(client, survey, text)
    assert page.select_one("#help-now") is None, "help is shown only where a rule matched"
    flag = db.session.scalar(select(SafeguardingFlag))
    assert flag is not None and flag.kinds == ["staff_threat"]
    assert flag.matched == ["similar to: staff threat"]
