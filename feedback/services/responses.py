"""Recording responses: once per submission_id, committed before anyone is thanked."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from analysis.redact import Redactor
from analysis.safeguarding import SafeguardingScreen
from feedback.extensions import db
from feedback.models import Answer, Channel, Response, SafeguardingFlag, SurveyVersion

_redactor = Redactor()
_screen = SafeguardingScreen()


@dataclass(frozen=True)
class NewResponse:
    """What a respondent (or an import row) gave, before it is stored."""

    submission_id: uuid.UUID
    values: dict[str, str]  # question code -> choice code, number or free text
    respondent_type: str
    language: str = "en"
    source: str = "web"
    external_id: str | None = None
    submitted_on: date | None = None
    organisation_id: uuid.UUID | None = None
    assisted: str | None = None  # none, carer, staff or interpreter; None if not asked


def build_response(version: SurveyVersion, channel: Channel | None, new: NewResponse) -> Response:
    """Make (unsaved) Response and Answer rows; free text gets its redacted copy here."""
    response = Response(
        id=uuid.uuid4(),
        submission_id=new.submission_id,
        survey_id=version.survey_id,
        version_id=version.id,
        channel_id=channel.id if channel else None,
        organisation_id=channel.organisation_id if channel else new.organisation_id,
        respondent_type=new.respondent_type,
        language=new.language,
        source=new.source,
        external_id=new.external_id,
        submitted_on=new.submitted_on or date.today(),
        assisted=new.assisted,
    )
    for question in version.questions:
        value = (new.values.get(question.code) or "").strip()
        if not value:
            continue
        answer = Answer(id=uuid.uuid4(), question_id=question.id)
        if question.type == "free_text":
            answer.text_raw, answer.text_redacted = value, _redactor.redact(value)
            answer.safeguarding_flag = _flag(version, response, value)
        else:
            answer.value = value
        response.answers.append(answer)
    return response


def record_response(
    version: SurveyVersion, channel: Channel | None, new: NewResponse
) -> tuple[Response, bool]:
    """Store a response once; the same submission_id again returns the stored one."""
    existing = _by_submission_id(new.submission_id)
    if existing is not None:
        return existing, False
    response = build_response(version, channel, new)
    db.session.add(response)
    try:
        db.session.commit()
    except IntegrityError:
        # A concurrent double submit lost the race to the unique constraint.
        db.session.rollback()
        existing = _by_submission_id(new.submission_id)
        if existing is None:
            raise
        return existing, False
    return response, True


def _flag(version: SurveyVersion, response: Response, text: str) -> SafeguardingFlag | None:
    """A flag for the organisation's safeguarding lead if the text may disclose harm."""
    found = _screen.check(text)
    if found is None:
        return None
    return SafeguardingFlag(
        partnership_id=version.survey.partnership_id,
        organisation_id=response.organisation_id,
        kinds=list(found.kinds),
        matched=list(found.matched),
    )


def _by_submission_id(submission_id: uuid.UUID) -> Response | None:
    return db.session.scalar(select(Response).where(Response.submission_id == submission_id))
