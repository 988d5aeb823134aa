"""Answer forms, built from a survey version's questions."""

from __future__ import annotations

import uuid

from flask import current_app
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import Field, HiddenField, RadioField, SelectChoice, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, Optional, ValidationError

from feedback.models import Question
from feedback.services.surveys import AGREEMENT_CHOICES


def _valid_uuid(_form, field) -> None:
    try:
        uuid.UUID(str(field.data))
    except ValueError as error:
        raise ValidationError(_l("Reload the page and try again.")) from error


def _empty(_form, field) -> None:
    if field.data:
        raise ValidationError(_l("Leave this field empty."))


class AnswerForm(FlaskForm):
    submission_id = HiddenField(validators=[_valid_uuid])
    # A honeypot: hidden from people, filled in by bots.
    website = StringField(validators=[Optional(), _empty])

    @classmethod
    def for_questions(cls, questions: list[Question], **kwargs) -> AnswerForm:
        class VersionForm(cls):
            pass

        for question in questions:
            setattr(VersionForm, question.code, _field_for(question))
        form = VersionForm(**kwargs)
        form.questions = questions
        return form

    def answers(self) -> dict[str, str]:
        return {q.code: self[q.code].data or "" for q in self.questions}

    def error_list(self) -> list[dict[str, str]]:
        """Errors for the summary at the top of the page, in page order."""
        summary = [
            {"text": str(self[q.code].errors[0]), "href": f"#{q.code}"}
            for q in self.questions
            if self[q.code].errors
        ]
        if self.csrf_token.errors or self.submission_id.errors:
            summary.append({"text": str(_l(SESSION_EXPIRED)), "href": "#survey-form"})
        if self.website.errors:
            # Browser autofill can fill the hidden anti-spam field; say how to go on.
            summary.append({"text": str(_l(NOT_SENT)), "href": "#survey-form"})
        return summary


SESSION_EXPIRED = (
    "The page timed out, so your answers have not been sent yet. "
    "They are still here: check them and select Send again."
)


NOT_SENT = "Your answers have not been sent yet. Check them and select Send again."


def _field_for(question: Question) -> Field:
    required = (
        [InputRequired(message=_required_message(question))] if question.required else [Optional()]
    )
    if question.type == "free_text":
        limit = current_app.config["FREE_TEXT_MAX_LENGTH"]
        message = _l("Your answer must be %(limit)s characters or fewer", limit=f"{limit:,}")
        return TextAreaField(
            question.text, validators=[*required, Length(max=limit, message=message)]
        )
    choices = [SelectChoice(code, label) for code, label in choice_items(question)]
    return RadioField(
        question.text,
        choices=choices,
        validators=required,
        validate_choice=True,
    )


def choice_items(question: Question) -> list[tuple[str, str]]:
    """(code, label) of each choice, in order."""
    return [(c["code"], c["label"]) for c in question.choices] or list(AGREEMENT_CHOICES)


def _required_message(question: Question) -> str:
    if question.type == "free_text":
        return _l("Enter your answer")
    return _l("Select an answer")
