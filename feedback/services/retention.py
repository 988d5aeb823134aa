"""Retention: a survey's raw free text is deleted some months after submission.

The redacted copy, sentiment, themes and every count stay, so reports read the same after
a purge. Running it again deletes nothing more and records nothing more. An answer whose
safeguarding flag is still open keeps its raw text until the lead has reviewed it: the
lead must be able to read what was said. The words a reviewed flag matched go with the raw
text."""

from __future__ import annotations

import calendar
from datetime import date

from sqlalchemy import select, update

from feedback.extensions import db
from feedback.models import Answer, Response, SafeguardingFlag, Survey
from feedback.services import audit


def months_before(day: date, months: int) -> date:
    """The same day `months` months earlier (the month's last day where it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def purge(today: date) -> dict[Survey, int]:
    """Delete raw free text older than each survey's retention period; return how many
    answers lost it, per survey with a retention period. Commits."""
    surveys = db.session.scalars(
        select(Survey).where(Survey.retention_months.is_not(None)).order_by(Survey.slug)
    )
    purged = {survey: purge_survey(survey, today) for survey in surveys}
    db.session.commit()
    return purged


def purge_survey(survey: Survey, today: date) -> int:
    """Delete the survey's raw text submitted before its cut-off, with one audit event."""
    cutoff = months_before(today, survey.retention_months)
    expired = select(Response.id).where(
        Response.survey_id == survey.id, Response.submitted_on < cutoff
    )
    under_review = select(SafeguardingFlag.answer_id).where(SafeguardingFlag.status == "open")
    result = db.session.execute(
        update(Answer)
        .where(Answer.response_id.in_(expired), Answer.text_raw.is_not(None))
        .where(Answer.id.not_in(under_review))
        .values(text_raw=None)
        .execution_options(synchronize_session=False)
    )
    count = result.rowcount
    # A reviewed flag's matched words are raw text too: they go with it.
    db.session.execute(
        update(SafeguardingFlag)
        .where(SafeguardingFlag.status != "open")
        .where(
            SafeguardingFlag.answer_id.in_(select(Answer.id).where(Answer.response_id.in_(expired)))
        )
        .values(matched=[])
        .execution_options(synchronize_session=False)
    )
    if count:
        detail = (
            f"Raw text of {count} answers submitted before {cutoff.isoformat()} deleted "
            f"({survey.retention_months} months' retention)."
        )
        audit.record(None, survey.partnership_id, "retention_purge", "survey", survey.id, detail)
    return count
