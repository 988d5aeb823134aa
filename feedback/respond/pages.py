"""What respondents see: questions in their language, and the steps of a survey shown
one question per page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from babel.lists import format_list
from flask import url_for
from flask_babel import format_date, get_locale, gettext
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from feedback.models import Question
from feedback.respond.forms import (
    ASSISTED_CHOICES,
    RESPONDENT_TYPE_CHOICES,
    AnswerForm,
    is_equality,
)

RESPONDENT_TYPE_QUESTION = _l("Are you answering as a patient, a carer, or a member of staff?")
ASSISTED_QUESTION = _l("Did someone help you answer?")
# The pictorial FFT's faces: a file in static/respond/faces/ and words for a screen reader.
FACES = {
    "very_good": _l("A face with a big smile"),
    "good": _l("A smiling face"),
    "neither": _l("A face with a straight mouth"),
    "poor": _l("A frowning face"),
    "very_poor": _l("A face with a big frown"),
    "dont_know": _l("A question mark"),
}


@dataclass
class ShownQuestion:
    """A question as the respondent reads it: wording in their language, plus how to show it."""

    code: str
    type: str
    text: str
    hint: str
    choices: list[tuple[str, str]]
    settings: dict
    show_if: dict | None = None
    condition: str = ""  # "Answer this if you answered ‘Yes’ to ‘…’", for pages without JS
    required: bool = False

    @property
    def variant(self) -> str:
        return self.settings.get("variant", "standard") if self.type == "fft" else ""

    @property
    def equality(self) -> bool:
        return self.settings.get("block") == "equality"

    def label(self, code: str) -> str:
        return dict(self.choices).get(code, code)


def shown_questions(questions: list[Question], language: str) -> dict[str, ShownQuestion]:
    """Each question by code, worded in the language (English where not translated)."""
    shown: dict[str, ShownQuestion] = {}
    for question in questions:
        words = question.translated(language)
        choices = [(c["code"], c["label"]) for c in words["choices"]]
        shown[question.code] = ShownQuestion(
            code=question.code,
            type=question.type,
            text=words["text"],
            hint=words["hint"],
            choices=choices,
            settings=dict(question.settings or {}),
            show_if=question.show_if or None,
            required=question.required and not is_equality(question),
        )
        if question.show_if and question.show_if.get("question") in shown:
            shown[question.code].condition = _condition(shown, question.show_if)
    return shown


def _condition(shown: dict[str, ShownQuestion], rule: dict) -> str:
    source = shown[rule["question"]]
    answers = [f"‘{source.label(code)}’" for code in rule.get("values") or []]
    return gettext(
        "Answer this if you answered %(answers)s to ‘%(question)s’.",
        answers=format_list(answers, style="or", locale=get_locale() or "en"),
        question=source.text,
    )


def face_items(question: ShownQuestion) -> list[tuple[str, Markup]]:
    """The pictorial FFT's answers: a face, described for screen readers, and its words."""
    face = Markup(
        '<img class="fv-face" src="{}" alt="{}" width="56" height="56">'
        '<span class="fv-face__label">{}</span>'
    )
    return [
        (
            code,
            face.format(
                url_for("static", filename=f"respond/faces/{code}.svg"), FACES.get(code, ""), label
            ),
        )
        for code, label in question.choices
    ]


def extra_choices(name: str) -> list[tuple[str, str]]:
    choices = RESPONDENT_TYPE_CHOICES if name == "respondent_type" else ASSISTED_CHOICES
    return [(code, str(label)) for code, label in choices]


def extra_question(name: str) -> str:
    return str(RESPONDENT_TYPE_QUESTION if name == "respondent_type" else ASSISTED_QUESTION)


@dataclass
class Page:
    """One step of a survey shown one question per page: a question, the equality block,
    or one of the questions about who is answering."""

    key: str
    names: list[str] = field(default_factory=list)


def step_pages(form: AnswerForm) -> list[Page]:
    """The steps the answers so far lead through; questions hidden by a branch are skipped."""
    pages: list[Page] = []
    if "respondent_type" in form.extra_fields:
        pages.append(Page("respondent_type", ["respondent_type"]))
    for question in form.visible_questions():
        if is_equality(question) and pages and pages[-1].key.startswith("about-you"):
            pages[-1].names.append(question.code)
        elif is_equality(question):
            pages.append(Page(f"about-you-{question.code}", [question.code]))
        else:
            pages.append(Page(question.code, [question.code]))
    if "assisted" in form.extra_fields:
        pages.append(Page("assisted", ["assisted"]))
    return pages


def summary_rows(form: AnswerForm, shown: dict[str, ShownQuestion]) -> list[dict]:
    """The check-your-answers rows: question, answer as the respondent chose it, step key."""
    rows = []
    for page in step_pages(form):
        for name in page.names:
            if name in shown:
                text, choices = shown[name].text, shown[name].choices
            else:
                text, choices = extra_question(name), extra_choices(name)
            rows.append(
                {
                    "name": name,
                    "question": text,
                    "answer": _display(form[name].data, dict(choices)),
                    "page": page.key,
                }
            )
    return rows


def _display(data, labels: dict[str, str]) -> str:
    if isinstance(data, list):
        return ", ".join(labels.get(code, code) for code in data) or gettext("Not answered")
    if not data:
        return gettext("Not answered")
    if data in labels:
        return labels[data]
    try:
        return format_date(date.fromisoformat(data), "long")
    except (TypeError, ValueError):
        return str(data)
