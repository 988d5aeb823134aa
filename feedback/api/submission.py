"""A response sent as JSON, checked by the same form rules as the respondent's page."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from flask_babel import gettext as _
from sqlalchemy import select
from werkzeug.datastructures import MultiDict

from feedback.extensions import db
from feedback.models import Channel, Partnership, Survey
from feedback.models.response import RESPONDENT_TYPES
from feedback.respond.forms import AnswerForm
from feedback.services.responses import NewResponse

FIELDS = {"survey", "channel", "submission_id", "answers", "respondent_type", "language"}


@dataclass
class Submission:
    """What the body asked for, and what is wrong with it (field -> message)."""

    errors: dict[str, str] = field(default_factory=dict)
    survey: Survey | None = None
    channel: Channel | None = None
    new: NewResponse | None = None


def read(partnership: Partnership, body: object) -> Submission:
    """Check a JSON body against an open survey of the partnership."""
    if not isinstance(body, dict):
        return Submission({"body": _("Send a JSON object")})
    errors = {name: _("Not a field of a response") for name in set(body) - FIELDS}
    survey = _open_survey(partnership, body.get("survey"))
    if survey is None:
        errors["survey"] = _("No open survey of the partnership has this name")
        return Submission(errors)
    submission = Submission(errors, survey, _channel(survey, body.get("channel"), errors))
    form = _form(survey, body, errors)
    language = _language(survey, body.get("language"), errors)
    respondent_type = _respondent_type(survey, form, body.get("respondent_type"), errors)
    if not errors:
        submission.new = NewResponse(
            submission_id=uuid.UUID(form.submission_id.data),
            values=form.answers(),
            respondent_type=respondent_type,
            language=language,
            source="api",
        )
    return submission


def _open_survey(partnership: Partnership, slug: object) -> Survey | None:
    if not isinstance(slug, str):
        return None
    survey = db.session.scalar(
        select(Survey).where(Survey.slug == slug, Survey.partnership_id == partnership.id)
    )
    if survey is None or survey.status != "open" or survey.current_version is None:
        return None
    return survey


def _channel(survey: Survey, code: object, errors: dict[str, str]) -> Channel | None:
    if code is None:
        return None
    channel = next((c for c in survey.channels if c.code == code), None)
    if channel is None:
        errors["channel"] = _("The survey has no channel with this code")
    return channel


def _form(survey: Survey, body: dict, errors: dict[str, str]) -> AnswerForm:
    """The respondent's form, filled from the body, validated, its errors added."""
    questions = survey.current_version.questions
    answers = body.get("answers")
    if not isinstance(answers, dict):
        errors["answers"] = _("Send the answers as an object of question codes")
        answers = {}
    formdata = MultiDict({"submission_id": str(body.get("submission_id") or "")})
    if survey.audience == "mixed":
        formdata["respondent_type"] = str(body.get("respondent_type") or "")
    codes = {q.code: q for q in questions}
    for code, value in answers.items():
        question = codes.get(code)
        if question is None:
            errors[f"answers.{code}"] = _("The survey has no question with this code")
        elif not _add_value(formdata, question.code, question.type, value):
            errors[f"answers.{code}"] = _("Not a valid answer for this question")
    form = AnswerForm.for_questions(
        questions,
        ask_respondent_type=survey.audience == "mixed",
        formdata=formdata,
        meta={"csrf": False},
    )
    form.validate()
    for name, messages in form.errors.items():
        if name == "submission_id":
            errors[name] = _("Send a new UUID for each response, and the same one to resend it")
        elif name == "respondent_type":
            errors[name] = str(messages[0])
        else:
            errors.setdefault(f"answers.{name}", str(messages[0]))
    return form


def _add_value(formdata: MultiDict, code: str, kind: str, value: object) -> bool:
    """Put an answer where the form reads it: a list for several choices, day, month and
    year for a date (sent as YYYY-MM-DD). False if the value has the wrong shape."""
    if value is None:
        return True
    if kind == "multiple_choice":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return False
        for item in value:
            formdata.add(code, item)
        return True
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return False
    if kind == "date":
        try:
            day = date.fromisoformat(str(value))
        except ValueError:
            return False
        formdata.update(
            {
                f"{code}-day": str(day.day),
                f"{code}-month": str(day.month),
                f"{code}-year": f"{day.year:04d}",
            }
        )
        return True
    formdata[code] = str(value)
    return True


def _language(survey: Survey, language: object, errors: dict[str, str]) -> str:
    offered = survey.current_version.languages
    if language is None:
        return offered[0]
    if language not in offered:
        errors["language"] = _("The survey is not offered in this language")
    return str(language)


def _respondent_type(
    survey: Survey, form: AnswerForm, given: object, errors: dict[str, str]
) -> str:
    if survey.audience == "mixed":
        return form.respondent_type.data or ""
    default = survey.default_respondent_type
    if given is not None and given != default:
        errors["respondent_type"] = (
            _("The survey's respondents are all of one type: %(type)s", type=default)
            if given in RESPONDENT_TYPES
            else _("Not a type of respondent")
        )
    return default
