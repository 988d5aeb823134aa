"""`flask purge`: raw free text past a survey's retention period goes; the redacted text,
themes and counts stay; one audit entry per survey purged; running it again does nothing."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Answer, AuditEvent, Response, SafeguardingFlag
from feedback.services import reports, retention
from feedback.services.responses import NewResponse, record_response
from tests.boards.test_theme_pages import store_run
from tests.conftest import make_partnership, make_survey

TODAY = date.today()
OLD = "Call me on 07700 900123 about the long wait"


def add(survey, text: str, submitted_on: date) -> Answer:
    new = NewResponse(
        submission_id=uuid.uuid4(),
        values={"fft": "poor", "better": text},
        respondent_type="patient",
        submitted_on=submitted_on,
    )
    response, _ = record_response(survey.current_version, None, new)
    return next(a for a in response.answers if a.text_raw)


@pytest.fixture
def survey(db):
    partnership = make_partnership()
    survey = make_survey(partnership)
    survey.retention_months = 6
    old = [add(survey, OLD, TODAY - timedelta(days=250)) for _ in range(12)]
    new = [add(survey, "The wait was long this week", TODAY - timedelta(days=10)) for _ in range(3)]
    store_run(partnership, {"Waiting": old + new})
    return survey


def raw_texts() -> list[str | None]:
    return list(
        db.session.scalars(select(Answer.text_raw).where(Answer.text_redacted.is_not(None)))
    )


def sizes(survey) -> dict[str, str]:
    return {s.theme.label: s.size_shown for s in reports.theme_report(survey.partnership_id).themes}


def test_purge_deletes_old_raw_text_and_keeps_redacted_text_and_counts(app, survey):
    redacted_before = sorted(db.session.scalars(select(Answer.text_redacted)).all(), key=str)
    sizes_before = sizes(survey)
    result = app.test_cli_runner().invoke(args=["purge"])
    assert (
        result.exit_code == 0 and "patient-fft: raw text deleted from 12 answers" in result.output
    )
    db.session.expire_all()
    assert raw_texts().count(None) == 12 and OLD not in raw_texts()
    assert raw_texts().count("The wait was long this week") == 3
    assert (
        sorted(db.session.scalars(select(Answer.text_redacted)).all(), key=str) == redacted_before
    )
    assert "07700 900123" not in " ".join(filter(None, redacted_before))
    assert sizes(survey) == sizes_before == {"Waiting": "15"}


def test_purge_writes_one_audit_entry_and_a_second_run_is_a_no_op(app, survey):
    assert retention.purge(TODAY) == {survey: 12}
    assert retention.purge(TODAY) == {survey: 0}
    events = list(
        db.session.scalars(select(AuditEvent).where(AuditEvent.action == "retention_purge"))
    )
    assert len(events) == 1
    assert events[0].object_id == str(survey.id) and "12 answers" in events[0].detail
    result = app.test_cli_runner().invoke(args=["purge"])
    assert "deleted from 0 answers" in result.output


def test_a_survey_without_retention_keeps_its_raw_text(app, survey):
    survey.retention_months = None
    db.session.commit()
    assert retention.purge(TODAY) == {}
    assert None not in raw_texts()
    assert (
        db.session.scalar(select(AuditEvent).where(AuditEvent.action == "retention_purge")) is None
    )


def test_raw_text_under_safeguarding_review_is_kept_until_reviewed(survey):
    flagged = db.session.scalars(select(Answer).where(Answer.text_raw == OLD)).first()
    flag = SafeguardingFlag(
        answer_id=flagged.id,
        partnership_id=survey.partnership_id,
        kinds=["harm"],
        matched=["hurt myself"],
    )
    db.session.add(flag)
    db.session.commit()
    assert retention.purge(TODAY) == {survey: 11}
    db.session.refresh(flagged)
    assert flagged.text_raw == OLD
    db.session.refresh(flag)
    assert flag.matched == ["hurt myself"]
    flag.status, flag.outcome = "reviewed", "no_action"
    db.session.commit()
    assert retention.purge(TODAY) == {survey: 1}
    db.session.refresh(flagged)
    db.session.refresh(flag)
    assert flagged.text_raw is None and flag.matched == []
    assert flag.kinds == ["harm"] and flag.outcome == "no_action"


@pytest.mark.parametrize(
    ("submitted_on", "kept"),
    [(date(2025, 11, 15), True), (date(2025, 11, 14), False), (date(2026, 2, 1), True)],
)
def test_the_retention_period_counts_whole_months_back_from_today(survey, submitted_on, kept):
    for response in db.session.scalars(select(Response)):
        response.submitted_on = submitted_on
    db.session.commit()
    retention.purge(date(2026, 5, 15))
    db.session.expire_all()
    assert (None not in raw_texts()) is kept


def test_months_before_keeps_to_the_end_of_a_shorter_month():
    assert retention.months_before(date(2026, 8, 31), 6) == date(2026, 2, 28)
    assert retention.months_before(date(2026, 1, 15), 1) == date(2025, 12, 15)
