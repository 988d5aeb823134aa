"""Published content never changes: edits make the next version, responses keep theirs."""

from __future__ import annotations

import uuid

import pytest

from feedback.extensions import db
from feedback.models import Response
from feedback.services import building
from feedback.services.reports import fft_summary
from feedback.services.responses import NewResponse, record_response
from feedback.services.surveys import FFT_QUESTION
from tests.build.conftest import draft_survey, page, post

QUESTION = "Did the staff listen to you?"


def published(partnership):
    survey = draft_survey(partnership)
    building.add_question(survey, type="yes_no", text=QUESTION, code="listened")
    building.publish(survey)
    db.session.commit()
    return survey


def answer(survey, value: str) -> Response:
    new = NewResponse(
        submission_id=uuid.uuid4(), values={"listened": value}, respondent_type="patient"
    )
    return record_response(survey.current_version, None, new)[0]


def test_editing_a_published_survey_edits_a_draft_of_the_next_version(client, author, riverside):
    survey = published(riverside)
    soup = page(client, f"/build/{survey.slug}/questions/listened/edit")
    assert soup.select_one("#text").get_text() == QUESTION
    response = post(
        client, f"/build/{survey.slug}/questions/listened/edit", text="Were you listened to?"
    )
    assert response.status_code == 303
    db.session.expire_all()
    assert [v.number for v in survey.versions] == [1, 2]
    assert survey.current_version.questions[0].text == QUESTION
    assert survey.draft_version.questions[0].text == "Were you listened to?"
    text = page(client, f"/build/{survey.slug}/").get_text(" ", strip=True)
    assert "Version 2 (draft): changes are not live until you publish" in text
    assert "Respondents see version 1" in text


def test_responses_keep_their_version_and_results_never_pool_two_wordings(
    client, author, riverside
):
    survey = published(riverside)
    first = answer(survey, "yes")
    post(client, f"/build/{survey.slug}/questions/listened/edit", text="Were you listened to?")
    assert post(client, f"/build/{survey.slug}/publish").status_code == 303
    db.session.expire_all()
    second = answer(survey, "no")
    versions = {v.id: v.number for v in survey.versions}
    assert versions[db.session.get(Response, first.id).version_id] == 1
    assert versions[db.session.get(Response, second.id).version_id] == 2
    soup = page(client, f"/build/{survey.slug}/results")
    headings = [h.get_text(strip=True) for h in soup.select("main > h2")]
    assert headings == [QUESTION, "Were you listened to?"]
    tables = soup.select("main table")
    assert "Asked in version 1" in soup.get_text() and "Asked in version 2" in soup.get_text()
    assert "fewer than 10" in tables[0].get_text() and "Yes" in tables[0].get_text()
    assert "No" in tables[1].get_text() and "Yes" not in tables[1].get_text()


def test_an_unchanged_question_keeps_one_series_across_versions(client, author, riverside):
    survey = published(riverside)
    for _ in range(10):
        answer(survey, "yes")
    post(client, f"/build/{survey.slug}/questions/listened/edit", text=QUESTION, required="yes")
    post(client, f"/build/{survey.slug}/publish")
    soup = page(client, f"/build/{survey.slug}/results")
    assert len(soup.select("main table")) == 1
    assert "Asked in versions 1, 2" in soup.get_text()
    assert soup.select_one("main table tbody").get_text(" ", strip=True).endswith("10")


def test_a_bank_question_reworded_in_a_survey_starts_its_own_series(riverside):
    from feedback.services import bank

    survey = draft_survey(riverside)
    item = bank.add_partnership_item(riverside.id, type="yes_no", text="Was the ward clean?")
    (question,) = building.add_from_bank(survey, item)
    building.update_question(question, text="Was the ward clean and tidy?")
    building.publish(survey)
    assert question.series != f"bank:{item.id}"
    assert question.bank_item_id is None


def test_who_a_published_survey_is_for_and_how_anonymous_it_is_cannot_change(riverside):
    survey = draft_survey(riverside)
    building.add_question(survey, type="free_text", text="Anything else?")
    building.publish(survey)
    with pytest.raises(building.BuildError) as refused:
        building.update_details(survey, audience="staff", anonymity_mode="confidential_contact")
    assert {p.field for p in refused.value.problems} == {"audience", "anonymity_mode"}
    assert (survey.audience, survey.anonymity_mode) == ("patients", "anonymous")


def test_a_question_coded_like_a_form_method_is_refused(riverside):
    survey = draft_survey(riverside)
    with pytest.raises(building.BuildError):
        building.add_question(survey, type="free_text", text="Anything?", code="validate")
    assert building.add_question(survey, type="free_text", text="Validate").code == "validate_2"


def test_survey_details_edited_after_publishing_wait_for_the_next_version(
    client, author, riverside
):
    survey = published(riverside)
    building.update_details(
        survey, introduction="Tell us about your stay.", thank_you="Thank you for your time."
    )
    building.publish(survey)
    db.session.commit()
    response = post(
        client,
        f"/build/{survey.slug}/details",
        title="Ward 7 feedback",
        audience=survey.audience,
        anonymity_mode=survey.anonymity_mode,
        layout=survey.layout,
        introduction="Tell us about Ward 7.",
        thank_you="Ward 7 thanks you.",
    )
    assert response.status_code == 303
    notice = "Respondents see changes to the title, introduction and thank-you message"
    assert notice in page(client, f"/build/{survey.slug}/details").get_text()

    def respondents_see() -> str:
        form = page(client, f"/s/{survey.slug}").get_text(" ", strip=True)
        thanks = page(client, f"/s/{survey.slug}/thanks").get_text(" ", strip=True)
        return f"{form} | {thanks}"

    before = respondents_see()
    assert "Ward feedback" in before and "Tell us about your stay." in before
    assert "Thank you for your time." in before
    assert "Ward 7" not in before
    assert post(client, f"/build/{survey.slug}/publish").status_code == 303
    after = respondents_see()
    assert "Ward 7 feedback" in after and "Tell us about Ward 7." in after
    assert "Ward 7 thanks you." in after
    assert "Tell us about your stay." not in after


def test_fft_score_counts_the_national_question_never_a_rewording_of_it(riverside):
    survey = draft_survey(riverside)
    building.add_question(survey, type="fft", text=FFT_QUESTION, code="fft")
    building.publish(survey)

    def answers(value: str) -> None:
        for _ in range(10):
            new = NewResponse(
                submission_id=uuid.uuid4(), values={"fft": value}, respondent_type="patient"
            )
            record_response(survey.current_version, None, new)

    answers("very_good")
    draft = building.editable_version(survey)
    building.update_question(draft.questions[0], text="How was your visit today?")
    building.publish(survey)
    answers("very_poor")
    db.session.commit()
    score = fft_summary(survey)
    assert (score.total, score.positive, score.negative) == (10, 10, 0)
