"""Paper forms typed in by staff: stored with source "paper", checked for a form entered twice."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from feedback.extensions import db
from feedback.models import Answer, Channel, Response, SurveyVersion
from feedback.services.responses import NewResponse, record_response

# UK forms first: 3/4/2026 is the 3rd of April.
DATE_FORMATS = ("%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y", "%d %m %Y", "%Y-%m-%d")


@dataclass(frozen=True)
class PaperEntry:
    """One paper form as typed in."""

    submission_id: uuid.UUID
    values: dict[str, str]  # question code -> choice code(s), number, date or free text
    respondent_type: str
    assisted: str | None = None  # who helped them answer, if anyone said
    dated: date | None = None  # the date written on the form, if any

    @property
    def day(self) -> date:
        return self.dated or date.today()


def parse_form_date(text: str) -> date:
    """A date written on a form, in a UK or ISO format; ValueError if it is not one."""
    cleaned = " ".join(text.split())
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, pattern).date()  # noqa: DTZ007 - a date only
        except ValueError:
            continue
    raise ValueError(text)


def looks_entered_before(version: SurveyVersion, channel: Channel, entry: PaperEntry) -> bool:
    """A paper form from the same channel, on the same day, with the same answers, is
    already stored: most likely the same sheet of paper typed in twice."""
    wanted = _filled(entry.values)
    earlier = db.session.scalars(
        select(Response)
        .where(
            Response.survey_id == version.survey_id,
            Response.channel_id == channel.id,
            Response.source == "paper",
            Response.submitted_on == entry.day,
            Response.submission_id != entry.submission_id,
        )
        .options(selectinload(Response.answers).selectinload(Answer.question))
    )
    return any(_stored_values(response) == wanted for response in earlier)


def record_paper_form(version: SurveyVersion, channel: Channel, entry: PaperEntry) -> Response:
    """Store a typed-in paper form once (the same submission_id again stores nothing)."""
    new = NewResponse(
        submission_id=entry.submission_id,
        values=entry.values,
        respondent_type=entry.respondent_type,
        source="paper",
        language="en",
        submitted_on=entry.day,
        assisted=entry.assisted,
    )
    return record_response(version, channel, new)[0]


def _filled(values: dict[str, str]) -> dict[str, str]:
    return {code: value.strip() for code, value in values.items() if value and value.strip()}


def _stored_values(response: Response) -> dict[str, str]:
    return _filled(
        {
            answer.question.code: answer.value if answer.value is not None else answer.text_raw
            for answer in response.answers
        }
    )
