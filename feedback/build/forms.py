"""Reading the builder's forms into what services/building.py takes, and its words."""

from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from werkzeug.datastructures import MultiDict

from feedback.models import Question, SurveyVersion
from feedback.services.building import (
    CHOICE_TYPES,
    Problem,
    default_choices,
    format_choices,
    parse_choices,
)

# Each question type's name and a hint for authors choosing one.
TYPES = {
    "fft": (
        _l("Friends and Family Test"),
        _l("The national question, from very good to very poor, with “Don't know”"),
    ),
    "single_choice": (_l("Single choice"), _l("People choose one answer from a list")),
    "multiple_choice": (_l("Multiple choice"), _l("People tick every answer that applies")),
    "scale": (_l("Scale"), _l("Strongly agree to strongly disagree, or 0 to 10")),
    "free_text": (_l("Free text"), _l("People write an answer in their own words")),
    "number": (_l("Number"), _l("A whole number, optionally between a smallest and largest")),
    "date": (_l("Date"), _l("A day, month and year")),
    "yes_no": (_l("Yes or no"), _l("People answer yes or no")),
}
AUDIENCES = {
    "staff": _l("Staff"),
    "patients": _l("Patients and service users"),
    "carers": _l("Carers"),
    "public": _l("The public"),
    "mixed": _l("A mix: people say who they are first"),
}
ANONYMITY = {
    "anonymous": (_l("Anonymous"), _l("Nothing that identifies anyone is asked or kept")),
    "confidential_contact": (
        _l("Confidential contact"),
        _l(
            "People may choose to leave contact details, kept apart from their answers and "
            "seen only by admins"
        ),
    ),
}
LAYOUTS = {
    "all": (_l("All on one page"), _l("Best for short surveys")),
    "one": (_l("One question per page"), _l("Then a page to check answers before sending")),
}
SCALES = {"agree5": _l("Strongly agree to strongly disagree (1 to 5)"), "nps11": _l("0 to 10")}
DETAIL_FIELDS = ("title", "audience", "anonymity_mode", "layout", "introduction", "thank_you")


def error_list(problems: list[Problem], rename: dict[str, str] | None = None):
    """Problems as {field: message} (the first per field) and the error summary's list."""
    at: dict[str, str] = {}
    for problem in problems:
        at.setdefault((rename or {}).get(problem.field, problem.field), problem.message)
    return at, [{"text": message, "href": f"#{field}"} for field, message in at.items()]


def details_from(form: MultiDict) -> dict:
    """The survey details as typed."""
    details = {field: form.get(field, "") for field in DETAIL_FIELDS}
    details["languages"] = ["en", *form.getlist("languages")]
    return details


def question_values(question: Question) -> dict:
    """A question's fields as the question form shows them."""
    settings = question.settings or {}
    rule = question.show_if or {}
    return {
        "text": question.text,
        "hint": question.hint,
        "required": "yes" if question.required else "",
        "choices": format_choices(question.choices),
        "scale": settings.get("scale", "agree5"),
        "min": "" if settings.get("min") is None else str(settings["min"]),
        "max": "" if settings.get("max") is None else str(settings["max"]),
        "show_if": [f"{rule['question']}:{value}" for value in rule.get("values", [])],
    }


def question_from(form: MultiDict, type_: str) -> tuple[dict, dict, list[Problem]]:
    """What was typed (to show again), the fields for building.add_question or
    update_question, and problems the form itself finds."""
    values = {key: form.get(key, "") for key in ("text", "hint", "choices", "scale", "min", "max")}
    values["required"] = form.get("required", "")
    values["show_if"] = form.getlist("show_if")
    settings, problems = _settings(type_, values)
    fields = {
        "text": values["text"].strip(),
        "hint": values["hint"].strip(),
        "required": values["required"] == "yes",
        "settings": settings,
    }
    if type_ in ("single_choice", "multiple_choice"):
        fields["choices"] = parse_choices(values["choices"])
    elif type_ in CHOICE_TYPES:
        fields["choices"] = default_choices(type_, settings)
    show_if, branch_problems = _show_if(values["show_if"])
    fields["show_if"] = show_if
    return values, fields, problems + branch_problems


def _settings(type_: str, values: dict) -> tuple[dict, list[Problem]]:
    if type_ == "scale":
        if values["scale"] not in SCALES:
            return {}, [Problem("scale", _("Select the kind of scale"))]
        return {"scale": values["scale"]}, []
    if type_ == "fft":
        return {"variant": "standard"}, []
    if type_ != "number":
        return {}, []
    settings, problems = {}, []
    for key in ("min", "max"):
        raw = values[key].strip()
        if not raw:
            continue
        try:
            settings[key] = int(raw)
        except ValueError:
            problems.append(Problem(key, _("Enter a whole number, like 0 or 120")))
    return settings, problems


def _show_if(ticked: list[str]) -> tuple[dict | None, list[Problem]]:
    pairs = [value.partition(":")[::2] for value in ticked if ":" in value]
    if not pairs:
        return None, []
    questions = {question for question, _choice in pairs}
    if len(questions) > 1:
        return None, [Problem("show_if", _("Tick answers of one question only"))]
    return {"question": pairs[0][0], "values": [choice for _q, choice in pairs]}, []


def branch_items(sources: list[Question]) -> list[tuple[str, str]]:
    """One checkbox per answer of each question a question can depend on."""
    return [
        (
            f"{source.code}:{choice['code']}",
            _("“%(question)s” is %(answer)s", question=source.text, answer=choice["label"]),
        )
        for source in sources
        for choice in source.choices
    ]


def translation_from(
    form: MultiDict, version: SurveyVersion, language: str
) -> tuple[dict[str, str], dict[str, dict]]:
    """The details and, per question, the wording typed for a language. A question's row
    counts only if something was typed in it or it was translated before."""
    details = {
        field: form.get(field, "")
        for field in ("title", "introduction", "thank_you")
        if field in form
    }
    questions = {}
    for question in version.questions:
        parts = {
            "text": form.get(f"{question.code}-text", ""),
            "hint": form.get(f"{question.code}-hint", ""),
            "choices": {
                choice["code"]: form.get(f"{question.code}-choice-{choice['code']}", "")
                for choice in question.choices
            },
        }
        typed = [parts["text"], parts["hint"], *parts["choices"].values()]
        if any(value.strip() for value in typed) or language in (question.translations or {}):
            questions[question.code] = parts
    return details, questions


VARIANTS = {
    "standard": _l("Standard"),
    "easy_read": _l("Easy read"),
    "children": _l("Children's"),
    "pictorial": _l("Pictorial: faces with words"),
}
