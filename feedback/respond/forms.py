"""Answer forms, built from a survey version's questions."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal, InvalidOperation

from flask import current_app
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    Field,
    HiddenField,
    RadioField,
    SelectChoice,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.utils import unset_value
from wtforms.validators import InputRequired, Length, Optional, ValidationError

from feedback.models import Question
from feedback.services.surveys import AGREEMENT_CHOICES

TAMPERED = _l("Select one of the options")
REAL_DATE = _l("Enter a real date, for example 27 3 2025")
DATE_PARTS = ("day", "month", "year")
# Asked when a survey is for a mixed audience, and on a ward tablet.
RESPONDENT_TYPE_CHOICES = (
    ("patient", _l("A patient")),
    ("carer", _l("A carer")),
    ("staff", _l("A member of staff")),
    ("other", _l("Someone else")),
)
ASSISTED_CHOICES = (
    ("none", _l("No")),
    ("carer", _l("Yes, a carer or family member")),
    ("staff", _l("Yes, a member of staff")),
    ("interpreter", _l("Yes, an interpreter")),
)


def _valid_uuid(_form, field) -> None:
    try:
        uuid.UUID(str(field.data))
    except ValueError as error:
        raise ValidationError(_l("Reload the page and try again.")) from error


def _empty(_form, field) -> None:
    if field.data:
        raise ValidationError(_l("Leave this field empty."))


class ChoiceField(RadioField):
    """Radios whose answer must be one of the offered codes."""

    def pre_validate(self, form) -> None:
        if self.data is not None and self.data not in {c[0] for c in self.iter_choices()}:
            raise ValidationError(TAMPERED)


class ChoicesField(SelectMultipleField):
    """Checkboxes: any of the offered codes, stored joined by "|"."""

    def pre_validate(self, form) -> None:
        offered = {c[0] for c in self.iter_choices()}
        if any(value not in offered for value in self.data or []):
            raise ValidationError(TAMPERED)


class DateField(Field):
    """The NHS date input: three boxes named <code>-day, <code>-month and <code>-year.
    The answer is kept as an ISO date (YYYY-MM-DD)."""

    def process(self, formdata, data=unset_value, extra_filters=None) -> None:
        self.process_errors = []
        self.parts = dict.fromkeys(DATE_PARTS, "")
        if formdata is not None:
            for part in DATE_PARTS:
                self.parts[part] = (formdata.get(f"{self.name}-{part}") or "").strip()
        elif data not in (unset_value, None, ""):
            year, month, day = str(data).split("-")
            self.parts = {"day": str(int(day)), "month": str(int(month)), "year": year}
        self.raw_data = [value for value in self.parts.values() if value]
        self.data = self._iso()

    def _iso(self) -> str | None:
        try:
            day, month, year = (int(self.parts[p]) for p in DATE_PARTS)
            if len(self.parts["year"]) != 4:
                return None
            return date(year, month, day).isoformat()
        except ValueError:
            return None

    def _value(self) -> str:
        return self.data or ""


def _real_date(_form, field: DateField) -> None:
    if field.raw_data and field.data is None:
        raise ValidationError(REAL_DATE)


def _number_in_range(low, high):
    if low is not None and high is not None:
        message = _l("Enter a number between %(low)s and %(high)s", low=low, high=high)
    elif low is not None:
        message = _l("Enter a number of %(low)s or more", low=low)
    elif high is not None:
        message = _l("Enter a number of %(high)s or less", high=high)
    else:
        message = _l("Enter a number, like 12")

    def check(_form, field) -> None:
        typed = str(field.data).strip().replace(",", "")
        try:
            number = Decimal(typed)
        except InvalidOperation as error:
            raise ValidationError(message) from error
        # Past 15 digits (or an exponent) it is no one's age, count or measurement.
        if len(typed) > 15 or not number.is_finite() or "e" in typed.lower():
            raise ValidationError(message)
        if (low is not None and number < Decimal(str(low))) or (
            high is not None and number > Decimal(str(high))
        ):
            raise ValidationError(message)
        whole = number == number.to_integral_value()
        field.data = str(int(number)) if whole else format(number.normalize(), "f")

    return check


class AnswerForm(FlaskForm):
    submission_id = HiddenField(validators=[_valid_uuid])
    # A honeypot: hidden from people, filled in by bots.
    website = StringField(validators=[Optional(), _empty])

    @classmethod
    def for_questions(
        cls,
        questions: list[Question],
        *,
        ask_respondent_type: bool = False,
        ask_assisted: bool = False,
        language: str = "en",
        **kwargs,
    ) -> AnswerForm:
        """A form for these questions; optionally asking who is answering (a mixed
        audience) and whether someone helped (a ward tablet). Error messages name each
        question as worded in `language`."""

        class VersionForm(cls):
            pass

        extras = []
        if ask_respondent_type:
            VersionForm.respondent_type = ChoiceField(
                choices=[SelectChoice(code, label) for code, label in RESPONDENT_TYPE_CHOICES],
                validators=[InputRequired(message=_l("Select who you are answering as"))],
            )
            extras.append("respondent_type")
        for question in questions:
            setattr(VersionForm, question.code, _field_for(question, language))
        if ask_assisted:
            VersionForm.assisted = ChoiceField(
                choices=[SelectChoice(code, label) for code, label in ASSISTED_CHOICES],
                validators=[Optional()],
            )
            extras.append("assisted")
        form = VersionForm(**kwargs)
        form.questions = questions
        form.extra_fields = extras
        return form

    @property
    def answer_fields(self) -> list[str]:
        """Names of the fields that hold answers, in page order."""
        codes = [q.code for q in self.questions]
        extras = getattr(self, "extra_fields", [])
        before = [name for name in extras if name == "respondent_type"]
        return [*before, *codes, *[name for name in extras if name not in before]]

    def hidden_codes(self) -> set[str]:
        """Questions whose show-if condition is not met by the answers given so far."""
        hidden: set[str] = set()
        for question in self.questions:
            rule = question.show_if
            if not rule:
                continue
            target = rule.get("question")
            given = self[target].data if target in self else None
            given = set(given) if isinstance(given, list) else {given}
            if target in hidden or not given & set(rule.get("values") or []):
                hidden.add(question.code)
        return hidden

    def visible_questions(self) -> list[Question]:
        hidden = self.hidden_codes()
        return [q for q in self.questions if q.code not in hidden]

    def validate(self, extra_validators=None) -> bool:
        """A question hidden by its branch is never required, and its answer is dropped."""
        super().validate(extra_validators)
        for code in self.hidden_codes():
            self[code].errors = []
        return not self.errors

    def check_page(self, names: list[str]) -> bool:
        """Validate the form's own checks and the given answer fields only (one step)."""
        if not self.is_submitted():
            return False
        self.validate()
        for name in self.answer_fields:
            if name not in names:
                self[name].errors = []
        return not self.errors

    def answers(self) -> dict[str, str]:
        hidden = self.hidden_codes()
        return {
            q.code: "" if q.code in hidden else _stored(self[q.code].data) for q in self.questions
        }

    def error_list(self) -> list[dict[str, str]]:
        """Errors for the summary at the top of the page, in page order."""
        summary = [
            {"text": str(self[name].errors[0]), "href": f"#{field_id(self, name)}"}
            for name in self.answer_fields
            if self[name].errors
        ]
        if self.csrf_token.errors or self.submission_id.errors:
            summary.append({"text": str(SESSION_EXPIRED), "href": "#survey-form"})
        if self.website.errors:
            # Browser autofill can fill the hidden anti-spam field; say how to go on.
            summary.append({"text": str(NOT_SENT), "href": "#survey-form"})
        return summary


def field_id(form: AnswerForm, name: str) -> str:
    """The id an error summary link lands on: the first box of a date."""
    return f"{name}-day" if isinstance(form[name], DateField) else name


def input_names(form: AnswerForm, name: str) -> list[str]:
    """The names a field's inputs post under."""
    if isinstance(form[name], DateField):
        return [f"{name}-{part}" for part in DATE_PARTS]
    return [name]


def _stored(data) -> str:
    if isinstance(data, list):
        return "|".join(data)
    return data or ""


SESSION_EXPIRED = _l(
    "The page timed out, so your answers have not been sent yet. "
    "They are still here: check them and select Send again."
)


NOT_SENT = _l("Your answers have not been sent yet. Check them and select Send again.")


def _field_for(question: Question, language: str) -> Field:
    required = (
        [InputRequired(message=_required_message(question, language))]
        if question.required and not is_equality(question)
        else [Optional()]
    )
    settings = question.settings or {}
    if question.type == "free_text":
        limit = current_app.config["FREE_TEXT_MAX_LENGTH"]
        message = _l("Your answer must be %(limit)s characters or fewer", limit=f"{limit:,}")
        return TextAreaField(
            question.text, validators=[*required, Length(max=limit, message=message)]
        )
    if question.type == "number":
        check = _number_in_range(settings.get("min"), settings.get("max"))
        return StringField(question.text, validators=[*required, check])
    if question.type == "date":
        return DateField(question.text, validators=[*required, _real_date])
    choices = [SelectChoice(code, label) for code, label in choice_items(question)]
    if question.type == "multiple_choice":
        return ChoicesField(question.text, choices=choices, validators=required)
    return ChoiceField(question.text, choices=choices, validators=required)


def is_equality(question: Question) -> bool:
    return (question.settings or {}).get("block") == "equality"


def choice_items(question: Question) -> list[tuple[str, str]]:
    """(code, label) of each choice, in order."""
    return [(c["code"], c["label"]) for c in question.choices] or list(AGREEMENT_CHOICES)


def _required_message(question: Question, language: str) -> str:
    """What to do, naming the question: the error summary lists every missing answer, and
    five "Select an answer" links would not say which is which."""
    text = question.translated(language)["text"].strip()
    # A statement ends with a full stop; inside the quotation marks it would be stray.
    named = text[:-1] if text.endswith(".") else text
    agreement = [code for code, _label in AGREEMENT_CHOICES]
    if question.type == "scale" and [c for c, _label in choice_items(question)] == agreement:
        return _l("Select how much you agree with ‘%(question)s’", question=named)
    messages = {
        "free_text": _l("Enter your answer to ‘%(question)s’", question=named),
        "number": _l("Enter a number for ‘%(question)s’", question=named),
        "date": _l("Enter a date for ‘%(question)s’", question=named),
        "multiple_choice": _l("Select at least one answer to ‘%(question)s’", question=named),
    }
    return messages.get(question.type) or _l("Select an answer to ‘%(question)s’", question=named)
