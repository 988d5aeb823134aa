"""Who is answering, ward tablets, previews, languages, and links that cannot be answered."""

from __future__ import annotations

import pytest

from feedback.extensions import db as _db
from feedback.models import Survey
from feedback.services import building
from feedback.services.surveys import preview_token
from tests.conftest import form_data, make_partnership, parse_page
from tests.respond.helpers import BED, OVERNIGHT, build_survey, send, stored, survey_at

WELSH_YES_NO = {"yes": "Do", "no": "Naddo"}
FFT = {"type": "fft", "text": "Overall, how was your experience of our service?", "code": "fft"}


@pytest.mark.parametrize(("answer", "stored_as"), [("staff", "staff"), ("other", "other")])
def test_a_mixed_audience_says_who_is_answering(client, db, answer, stored_as):
    url = build_survey(FFT, audience="mixed")
    page = parse_page(client.get(url))
    legend = page.select_one('[data-question="respondent_type"] legend').get_text(strip=True)
    assert legend == "Are you answering as a patient, a carer, or a member of staff?"
    assert send(client, url, fft="good").status_code == 400
    assert send(client, url, fft="good", respondent_type=answer).status_code == 303
    assert stored()[0].respondent_type == stored_as


def test_a_single_audience_sets_the_respondent_type(client, db):
    url = build_survey(FFT, audience="carers")
    assert not parse_page(client.get(url)).select_one("[name=respondent_type]")
    send(client, url, fft="good")
    assert stored()[0].respondent_type == "carer"


def test_a_staff_survey_says_what_is_stored_and_links_to_privacy(client, db):
    url = build_survey(FFT, audience="staff")
    notice = parse_page(client.get(url)).select_one(".fv-staff-notice")
    assert "never store" in notice.get_text() and "IP address" in notice.get_text()
    assert notice.select_one("a")["href"] == "/privacy"


def test_kiosk_asks_who_helped_and_stores_it(client, db):
    url = build_survey(FFT) + "/ward-7/kiosk"
    page = parse_page(client.get(url))
    assert page.select_one("#fv-kiosk")["data-kiosk-start"] == url
    assert page.select_one("#fv-kiosk")["data-kiosk-idle"] == "120"
    assert page.select_one("form#survey-form")["data-kiosk"] == "1"
    response = client.post(url, data=form_data(page, fft="good", assisted="interpreter"))
    assert response.headers["Location"] == url + "/thanks"
    (response_row,) = stored()
    assert (response_row.source, response_row.assisted) == ("kiosk", "interpreter")
    thanks = parse_page(client.get(url + "/thanks"))
    assert thanks.select_one("#fv-kiosk")["data-kiosk-thanks"] == "15"
    assert "next person" in thanks.get_text()
    assert thanks.find("a", string="Start again")["href"] == url


def test_a_web_response_is_not_marked_assisted(client, db):
    send(client, build_survey(FFT), fft="good")
    assert (stored()[0].source, stored()[0].assisted) == ("web", None)


def draft_survey() -> Survey:
    survey = building.create_survey(make_partnership(), title="Draft survey", audience="patients")
    building.add_question(survey, **OVERNIGHT)
    building.add_question(survey, **BED)
    _db.session.commit()
    return survey


def test_a_draft_survey_is_not_open_yet(client, db):
    draft_survey()
    response = client.get("/s/draft-survey")
    assert response.status_code == 404
    assert parse_page(response).h1.get_text(strip=True) == "This survey is not open yet"


def test_a_preview_shows_a_draft_and_stores_nothing(client, db):
    survey = draft_survey()
    url = f"/s/draft-survey?preview={preview_token(survey.draft_version)}"
    response = client.get(url)
    page = parse_page(response)
    assert "Preview: answers are not saved" in page.get_text()
    assert page.select_one("form#survey-form")["data-preview"] == "1"
    assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"]
    response = client.post("/s/draft-survey", data=form_data(page, overnight="yes", bed="Fine"))
    assert parse_page(response).h1.get_text(strip=True) == "Preview complete: nothing was saved"
    assert stored() == []


def test_a_bad_preview_token_is_not_found(client, db):
    draft_survey()
    assert client.get("/s/draft-survey?preview=forged").status_code == 404


def test_a_closed_survey_says_so(client, db):
    url = build_survey(FFT)
    building.close(survey_at(url))
    _db.session.commit()
    response = client.get(url)
    assert response.status_code == 410
    assert "closed" in parse_page(response).h1.get_text()


def test_an_unknown_channel_links_to_the_survey(client, db):
    url = build_survey(FFT)
    response = client.get(url + "/ward-99")
    page = parse_page(response)
    assert response.status_code == 404
    assert page.h1.get_text(strip=True) == "This link is not recognised"
    assert page.select_one("main a[href]")["href"] == url


def test_the_thank_you_page_shows_the_surveys_own_message(client, db):
    url = build_survey(FFT, thank_you="Your words go to Ward 7's team meeting.")
    thanks = client.get(send(client, url, fft="good").headers["Location"])
    sent = parse_page(thanks).select_one("#fv-sent")
    assert sent["data-survey"] == url.removeprefix("/s/")
    assert "Ward 7's team meeting" in sent.get_text()


@pytest.fixture
def welsh(app, monkeypatch):
    monkeypatch.setitem(app.config, "LANGUAGES", ["en", "cy", "ar"])
    return {"Accept-Language": "cy"}


def test_content_is_shown_and_stored_in_the_respondents_language(client, db, welsh):
    welsh_words = {"overnight": {"text": "Wnaethoch chi aros dros nos?", "choices": WELSH_YES_NO}}
    url = build_survey(
        FFT,
        OVERNIGHT,
        languages=["en", "cy"],
        translations={"cy": ({"title": "Arolwg y ward"}, welsh_words)},
    )
    page = parse_page(client.get(url, headers=welsh))
    assert page.h1.get_text(strip=True) == "Arolwg y ward"
    legend = page.select_one('[data-question="overnight"] legend').get_text(strip=True)
    assert legend == "Wnaethoch chi aros dros nos?"
    assert page.select_one("label[for=overnight]").get_text(strip=True) == "Do"
    client.post(url, data=form_data(page, fft="good", overnight="yes"), headers=welsh)
    assert stored()[0].language == "cy"


def test_a_language_the_survey_lacks_falls_back_to_english(client, db, welsh):
    url = build_survey(FFT)
    page = parse_page(client.get(url, headers=welsh))
    assert page.h1.get_text(strip=True) == "Ward survey"
    client.post(url, data=form_data(page, fft="good"), headers=welsh)
    assert stored()[0].language == "en"


def test_right_to_left_pages_carry_dir_rtl(client, db, welsh):
    url = build_survey(FFT, languages=["en", "ar"])
    page = parse_page(client.get(url, headers={"Accept-Language": "ar"}))
    assert page.html["dir"] == "rtl"


def test_a_preview_of_an_empty_one_page_at_a_time_draft_still_opens(client, db):
    survey = building.create_survey(
        make_partnership(), title="Empty draft", audience="patients", layout="one"
    )
    _db.session.commit()
    response = client.get(f"/s/{survey.slug}?preview={preview_token(survey.draft_version)}")
    assert response.status_code == 200
    assert "Preview: answers are not saved" in parse_page(response).get_text()
