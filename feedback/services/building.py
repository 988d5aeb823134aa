"""Building surveys: drafts, questions, branching, translations, publishing.

Published content never changes. Editing a published survey works on a draft of its next
version, a copy of the current one; publishing the draft makes it current, and responses
keep the version they answered.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from datetime import date

from flask_babel import gettext as _
from flask_wtf import FlaskForm
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Partnership, Question, QuestionBankItem, Survey, SurveyVersion
from feedback.models.survey import ANONYMITY_MODES, AUDIENCES, LAYOUTS, QUESTION_TYPES

# Languages a survey's content can be written in, by code, with their own names.
SURVEY_LANGUAGES = {
    "en": "English",
    "cy": "Cymraeg",
    "ar": "العربية",
    "ur": "اردو",
    "pl": "Polski",
    "ro": "Română",
    "pa": "ਪੰਜਾਬੀ",
    "bn": "বাংলা",
    "so": "Soomaali",
}
CHOICE_TYPES = ("fft", "single_choice", "multiple_choice", "scale", "yes_no")
YES_NO_CHOICES = ({"code": "yes", "label": "Yes"}, {"code": "no", "label": "No"})
SCALES = {
    "agree5": [
        {"code": "5", "label": "Strongly agree"},
        {"code": "4", "label": "Agree"},
        {"code": "3", "label": "Neither agree nor disagree"},
        {"code": "2", "label": "Disagree"},
        {"code": "1", "label": "Strongly disagree"},
    ],
    "nps11": [
        {"code": str(n), "label": label}
        for n, label in [(0, "0 – Not at all likely")]
        + [(n, str(n)) for n in range(1, 10)]
        + [(10, "10 – Extremely likely")]
    ],
}
_CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")
# Names the answer form uses for itself; a question coded so would clash with them.
RESERVED_CODES = frozenset(
    "respondent_type assisted step go from_check preview website submission_id csrf_token "
    "data errors meta answers questions check_page".split()
)


@dataclass(frozen=True)
class Problem:
    """Something to fix, shown next to the field it is about."""

    field: str  # a form field name, e.g. "text", "choices", "show_if", or "questions"
    message: str
    question: str | None = None  # the question's code, where the problem is in one


class BuildError(Exception):
    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60].strip("-") or "survey"


def _unique_slug(title: str) -> str:
    base, n = slugify(title), 1
    slug = base
    while db.session.scalar(select(func.count()).where(Survey.slug == slug)):
        n += 1
        slug = f"{base}-{n}"
    return slug


def check_details(
    *, title: str, audience: str, anonymity_mode: str, languages: list[str], layout: str
) -> list[Problem]:
    problems = []
    if not title.strip():
        problems.append(Problem("title", _("Enter a title for the survey")))
    elif len(title) > 200:
        problems.append(Problem("title", _("The title must be 200 characters or fewer")))
    if audience not in AUDIENCES:
        problems.append(Problem("audience", _("Select who the survey is for")))
    if anonymity_mode not in ANONYMITY_MODES:
        problems.append(Problem("anonymity_mode", _("Select how anonymous the survey is")))
    if layout not in LAYOUTS:
        problems.append(Problem("layout", _("Select how the questions are shown")))
    if not set(languages) <= set(SURVEY_LANGUAGES):
        problems.append(Problem("languages", _("Select languages from the list")))
    return problems


def create_survey(
    partnership: Partnership,
    *,
    title: str,
    audience: str,
    organisation_id: uuid.UUID | None = None,
    anonymity_mode: str = "anonymous",
    languages: list[str] | tuple[str, ...] = ("en",),
    introduction: str = "",
    thank_you: str = "",
    layout: str = "all",
) -> Survey:
    """A draft survey with an empty first version; raises BuildError on bad details."""
    languages = ["en", *[code for code in languages if code != "en"]]
    problems = check_details(
        title=title,
        audience=audience,
        anonymity_mode=anonymity_mode,
        languages=languages,
        layout=layout,
    )
    if problems:
        raise BuildError(problems)
    survey = Survey(
        partnership_id=partnership.id,
        organisation_id=organisation_id,
        slug=_unique_slug(title),
        title=title.strip(),
        audience=audience,
        anonymity_mode=anonymity_mode,
        languages=languages,
        introduction=introduction.strip(),
        thank_you=thank_you.strip(),
        layout=layout,
        status="draft",
        translations={},
    )
    SurveyVersion(survey=survey, number=1)
    db.session.add(survey)
    db.session.flush()
    return survey


def update_details(survey: Survey, **fields) -> Survey:
    """Change a survey's title, audience, anonymity, languages, layout or messages;
    raises BuildError on bad details and changes nothing then."""
    merged = {
        key: fields.get(key, getattr(survey, key))
        for key in ("title", "audience", "anonymity_mode", "languages", "layout")
    }
    merged["languages"] = ["en", *[code for code in merged["languages"] if code != "en"]]
    problems = check_details(**merged)
    if survey.current_version is not None:
        # Earlier respondents answered on these terms: who it is for and how anonymous.
        problems += [
            Problem(key, _("This cannot change once the survey is published"))
            for key in ("audience", "anonymity_mode")
            if merged[key] != getattr(survey, key)
        ]
    if problems:
        raise BuildError(problems)
    if survey.current_version is not None:
        # Respondents keep seeing the published details until the next version is.
        editable_version(survey)
    survey.title = merged["title"].strip()
    survey.audience = merged["audience"]
    survey.anonymity_mode = merged["anonymity_mode"]
    survey.languages = merged["languages"]
    survey.layout = merged["layout"]
    for key in ("introduction", "thank_you"):
        if key in fields:
            setattr(survey, key, fields[key].strip())
    if "organisation_id" in fields:
        survey.organisation_id = fields["organisation_id"]
    db.session.flush()
    return survey


def surveys_in(partnerships: list[Partnership]) -> dict[uuid.UUID, list[Survey]]:
    """Each partnership's surveys by title."""
    found = db.session.scalars(
        select(Survey)
        .where(Survey.partnership_id.in_([p.id for p in partnerships]))
        .order_by(Survey.title)
    )
    grouped: dict[uuid.UUID, list[Survey]] = {p.id: [] for p in partnerships}
    for survey in found:
        grouped[survey.partnership_id].append(survey)
    return grouped


def editable_version(survey: Survey) -> SurveyVersion:
    """The draft to edit: the existing one, or a copy of the published version."""
    if survey.draft_version is not None:
        return survey.draft_version
    current = survey.current_version
    if current is not None and current.details is None:
        # Published outside the builder (import, demo): freeze what respondents see now.
        current.details = survey.details_snapshot()
    # Copy first: loading the questions may flush, and the draft must not be half-made then.
    copies = [_copy(question) for question in current.questions] if current else []
    draft = SurveyVersion(number=current.number + 1 if current else 1, questions=copies)
    db.session.add(draft)
    survey.versions.append(draft)
    db.session.flush()
    return draft


def _copy(question: Question) -> Question:
    return Question(
        position=question.position,
        code=question.code,
        type=question.type,
        text=question.text,
        hint=question.hint,
        required=question.required,
        choices=[dict(c) for c in question.choices],
        settings=dict(question.settings or {}),
        show_if=dict(question.show_if) if question.show_if else None,
        translations=json.loads(json.dumps(question.translations or {})),
        bank_item_id=question.bank_item_id,
        series=question.series,
    )


def default_choices(type_: str, settings: dict | None = None) -> list[dict]:
    from feedback.services.surveys import FFT_CHOICES

    if type_ == "fft":
        return [{"code": c, "label": label} for c, label in FFT_CHOICES]
    if type_ == "yes_no":
        return [dict(c) for c in YES_NO_CHOICES]
    if type_ == "scale":
        return [dict(c) for c in SCALES[(settings or {}).get("scale", "agree5")]]
    return []


def choice_code(label: str) -> str:
    """A stable code made from a choice's label: "Very likely" -> "very_likely"."""
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:80] or "choice"


def parse_choices(text: str) -> list[dict]:
    """Choices typed one a line, as "code = Label" or just "Label" (the code is then made
    from the label). Codes are checked when the question is."""
    choices = []
    for line in text.splitlines():
        if not line.strip():
            continue
        code, sep, label = line.partition("=")
        if sep and code.strip() and " " not in code.strip():
            choices.append({"code": code.strip(), "label": label.strip()})
        else:
            choices.append({"code": choice_code(line.strip()), "label": line.strip()})
    return choices


def format_choices(choices: list[dict]) -> str:
    """Choices as the author types them, showing each stable code."""
    return "\n".join(f"{c['code']} = {c['label']}" for c in choices)


def branch_sources(version: SurveyVersion, question: Question | None = None) -> list[Question]:
    """The questions a question can depend on: choice questions before it (every choice
    question, for a new one), and whatever it depends on now, so a broken rule shows."""
    position = question.position if question is not None else len(version.questions)
    current = (question.show_if or {}).get("question") if question is not None else None
    return [
        q
        for q in version.questions
        if q is not question
        and q.type in CHOICE_TYPES
        and (q.position < position or q.code == current)
    ]


def _new_code(version: SurveyVersion, text: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:30].strip("_") or "question"
    codes = {q.code for q in version.questions}
    code, n = base, 1
    while code in codes or code in RESERVED_CODES or hasattr(FlaskForm, code):
        n += 1
        code = f"{base}_{n}"
    return code


def add_question(
    survey: Survey,
    *,
    type: str,  # noqa: A002 - the domain's word
    text: str,
    hint: str = "",
    required: bool = False,
    choices: list[dict] | None = None,
    settings: dict | None = None,
    show_if: dict | None = None,
    code: str | None = None,
) -> Question:
    """Add a question at the end of the draft; raises BuildError on bad input."""
    version = editable_version(survey)
    settings = dict(settings or {})
    if type == "scale":
        settings.setdefault("scale", "agree5")
    question = Question(
        code=code or _new_code(version, text),
        type=type,
        text=text.strip(),
        hint=hint.strip(),
        required=required,
        choices=choices if choices is not None else default_choices(type, settings),
        settings=settings,
        show_if=show_if or None,
        translations={},
        position=len(version.questions),
    )
    problems = check_question(version, question, adding=True)
    if problems:
        raise BuildError(problems)
    version.questions.append(question)
    db.session.flush()
    return question


def update_question(question: Question, **fields) -> Question:
    """Change a draft question's wording, help, choices, required flag, settings or branch.

    A locked (national) question keeps its wording and choices; only `required` and
    `show_if` may change."""
    if question.version.published_on is not None:
        raise BuildError([Problem("text", _("Published questions cannot be changed"))])
    wording = {"text", "hint", "choices", "settings", "type"}
    if question.locked and any(k in wording and fields[k] != getattr(question, k) for k in fields):
        raise BuildError(
            [Problem("text", _("This is a national question: it can be used but not reworded"))]
        )
    before = {k: getattr(question, k) for k in fields}
    for key, value in fields.items():
        setattr(question, key, value)
    problems = check_question(question.version, question)
    if problems:
        for key, value in before.items():
            setattr(question, key, value)
        raise BuildError(problems)
    if question.bank_item is not None and not _same_wording(question, question.bank_item):
        # Reworded here, it is this survey's own question now, with its own series.
        question.bank_item = None
    db.session.flush()
    return question


def remove_question(question: Question) -> None:
    version = question.version
    if version.published_on is not None:
        raise BuildError([Problem("questions", _("Published questions cannot be removed"))])
    version.questions.remove(question)
    db.session.delete(question)
    for i, q in enumerate(version.questions):
        q.position = i
    db.session.flush()


def move_question(question: Question, step: int) -> None:
    """Move a draft question up (-1) or down (+1)."""
    questions = list(question.version.questions)
    i = questions.index(question)
    j = max(0, min(len(questions) - 1, i + step))
    questions.insert(j, questions.pop(i))
    for position, q in enumerate(questions):
        q.position = position
    question.version.questions.sort(key=lambda q: q.position)
    db.session.flush()


def check_question(
    version: SurveyVersion, question: Question, adding: bool = False
) -> list[Problem]:
    """What is wrong with one question, in its place among the version's questions."""
    code = question.code
    problems = []
    if question.type not in QUESTION_TYPES:
        problems.append(Problem("type", _("Select a question type"), code))
    if not (question.text or "").strip():
        problems.append(Problem("text", _("Enter the question"), code))
    if not _CODE.match(code or ""):
        problems.append(
            Problem("code", _("Use lower-case letters, numbers, - and _ for the code"), code)
        )
    elif code in RESERVED_CODES or hasattr(FlaskForm, code):
        problems.append(
            Problem(
                "code", _("The form uses %(code)s itself: choose another code", code=code), code
            )
        )
    elif adding and code in {q.code for q in version.questions}:
        problems.append(
            Problem("code", _("Another question already has the code %(code)s", code=code), code)
        )
    if question.type in CHOICE_TYPES:
        problems += _check_choices(question)
    if question.type == "number":
        low, high = (question.settings or {}).get("min"), (question.settings or {}).get("max")
        if low is not None and high is not None and low > high:
            problems.append(
                Problem("settings", _("The smallest number must not be above the largest"), code)
            )
    problems += _check_branch(version, question, adding)
    return problems


def _check_choices(question: Question) -> list[Problem]:
    code, problems = question.code, []
    codes = [c.get("code", "") for c in question.choices]
    if len(codes) < 2:
        problems.append(Problem("choices", _("Add at least two choices"), code))
    if any(not c.get("label", "").strip() for c in question.choices):
        problems.append(Problem("choices", _("Every choice needs a label"), code))
    if any(not _CODE.match(c) for c in codes):
        problems.append(
            Problem("choices", _("Choice codes use lower-case letters, numbers, - and _"), code)
        )
    duplicates = sorted({c for c in codes if codes.count(c) > 1})
    if duplicates:
        problems.append(
            Problem(
                "choices",
                _("Choice codes must differ: %(codes)s", codes=", ".join(duplicates)),
                code,
            )
        )
    return problems


def _check_branch(version: SurveyVersion, question: Question, adding: bool) -> list[Problem]:
    rule = question.show_if
    if not rule:
        return []
    code = question.code
    ordered = [q for q in version.questions if q is not question]
    position = len(ordered) if adding else question.position
    earlier = {q.code: q for q in ordered if q.position < position}
    later = {q.code for q in ordered if q.position >= position}
    target = rule.get("question")
    if target == code:
        return [Problem("show_if", _("A question cannot depend on its own answer"), code)]
    if target in later:
        return [
            Problem(
                "show_if",
                _(
                    "A question can only depend on an earlier question: move it below the one "
                    "it depends on"
                ),
                code,
            )
        ]
    if target not in earlier:
        return [
            Problem(
                "show_if",
                _(
                    "The question this one depends on has been removed: choose another or "
                    "remove the condition"
                ),
                code,
            )
        ]
    source = earlier[target]
    if source.type not in CHOICE_TYPES:
        return [Problem("show_if", _("A condition can only use a question with choices"), code)]
    values = rule.get("values") or []
    known = {c["code"] for c in source.choices}
    if not values or not set(values) <= known:
        return [Problem("show_if", _("Select the answers that show this question"), code)]
    return []


def check_version(version: SurveyVersion) -> list[Problem]:
    """Everything that stops a version being published."""
    if not version.questions:
        return [Problem("questions", _("Add at least one question before publishing"))]
    problems = []
    seen: set[str] = set()
    for question in version.questions:
        if question.code in seen:
            problems.append(
                Problem(
                    "code",
                    _("Two questions have the code %(code)s", code=question.code),
                    question.code,
                )
            )
        seen.add(question.code)
        problems += check_question(version, question)
    return problems


def publish(survey: Survey) -> SurveyVersion:
    """Publish the draft: it becomes the version respondents answer, and the survey opens."""
    draft = survey.draft_version
    if draft is None:
        raise BuildError([Problem("questions", _("There are no changes to publish"))])
    problems = check_version(draft)
    if problems:
        raise BuildError(problems)
    for question in draft.questions:
        question.series = series_for(survey, question)
    draft.details = survey.details_snapshot()
    draft.published_on = date.today()
    survey.status = "open"
    db.session.flush()
    return draft


def series_for(survey: Survey, question: Question) -> str:
    """The time series a question's results belong to: the same wording, the same series.

    Bank questions share their item's series across surveys while their wording is the
    item's; every national FFT variant, and the FFT in its national wording, share one FFT
    series (same scale, rolled up together)."""
    from feedback.services.surveys import FFT_QUESTION, FFT_SERIES

    item = question.bank_item
    if item is not None and _same_wording(question, item):
        return FFT_SERIES if item.group == "fft" else f"bank:{item.id}"
    if question.type == "fft" and question.text == FFT_QUESTION:
        return FFT_SERIES
    wording = json.dumps(
        [question.type, question.text, question.choices, question.settings or {}],
        sort_keys=True,
        ensure_ascii=False,
    )
    digest = hashlib.sha256(f"{survey.id}|{question.code}|{wording}".encode()).hexdigest()
    return digest[:40]


def _same_wording(question: Question, item: QuestionBankItem) -> bool:
    return (question.type, question.text, question.choices) == (item.type, item.text, item.choices)


def close(survey: Survey) -> None:
    if survey.current_version is None:
        raise BuildError(
            [Problem("status", _("A draft survey cannot be closed: publish it first"))]
        )
    survey.status = "closed"
    db.session.flush()


def reopen(survey: Survey) -> None:
    if survey.current_version is None:
        raise BuildError([Problem("status", _("Publish the survey to open it"))])
    survey.status = "open"
    db.session.flush()


def set_translation(
    survey: Survey, language: str, details: dict[str, str], questions: dict[str, dict]
) -> None:
    """Save a language's wording: survey details, and per question code its text, hint and
    choice labels. A question given without its text, or a field emptied that had a
    translation, is an error at that field; nothing is saved then. Other empty fields fall
    back to English."""
    if language not in survey.languages or language == "en":
        raise BuildError([Problem("language", _("Add the language to the survey first"))])
    version = editable_version(survey)
    by_code = {q.code: q for q in version.questions}
    problems = _translation_problems(survey, language, details, questions, by_code)
    if problems:
        raise BuildError(problems)
    translations = json.loads(json.dumps(survey.translations or {}))
    translations[language] = {k: v.strip() for k, v in details.items() if v.strip()}
    survey.translations = translations
    for code, parts in questions.items():
        question = by_code.get(code)
        if question is None:
            continue
        own = json.loads(json.dumps(question.translations or {}))
        own[language] = {
            "text": parts.get("text", "").strip(),
            "hint": parts.get("hint", "").strip(),
            "choices": {k: v.strip() for k, v in (parts.get("choices") or {}).items() if v.strip()},
        }
        question.translations = own
    db.session.flush()


def _translation_problems(
    survey: Survey, language: str, details: dict[str, str], questions: dict[str, dict], by_code
) -> list[Problem]:
    name = language_name(language)
    before = (survey.translations or {}).get(language, {})
    problems = [
        Problem(field, _("Enter the %(language)s %(field)s", language=name, field=label))
        for field, label in (
            ("title", _("title")),
            ("introduction", _("introduction")),
            ("thank_you", _("thank-you message")),
        )
        if field in details and not details[field].strip() and before.get(field)
    ]
    for code, parts in questions.items():
        if code in by_code:
            problems += _question_translation_problems(by_code[code], language, parts)
    return problems


def _question_translation_problems(question: Question, language: str, parts: dict) -> list:
    name, code = language_name(language), question.code
    before = (question.translations or {}).get(language, {})
    problems = []
    if not parts.get("text", "").strip():
        problems.append(
            Problem(
                f"{code}-text",
                _(
                    "Enter the %(language)s wording of “%(text)s”",
                    language=name,
                    text=question.text,
                ),
                code,
            )
        )
    if "hint" in parts and not parts["hint"].strip() and before.get("hint"):
        problems.append(
            Problem(f"{code}-hint", _("Enter the %(language)s help text", language=name), code)
        )
    labels_before = before.get("choices") or {}
    for choice, label in (parts.get("choices") or {}).items():
        if not label.strip() and labels_before.get(choice):
            problems.append(
                Problem(
                    f"{code}-choice-{choice}",
                    _("Enter the %(language)s label", language=name),
                    code,
                )
            )
    return problems


def language_name(code: str) -> str:
    """A survey language's name in the interface's language, e.g. "Welsh"."""
    names = {
        "en": _("English"),
        "cy": _("Welsh"),
        "ar": _("Arabic"),
        "ur": _("Urdu"),
        "pl": _("Polish"),
        "ro": _("Romanian"),
        "pa": _("Punjabi"),
        "bn": _("Bengali"),
        "so": _("Somali"),
    }
    return names.get(code, code)


def translation_progress(survey: Survey, language: str) -> tuple[int, int]:
    """How many of the draft's (or current version's) questions have their text in a
    language, out of how many."""
    version = survey.draft_version or survey.current_version
    questions = version.questions if version else []
    done = sum(1 for q in questions if (q.translations or {}).get(language, {}).get("text"))
    return done, len(questions)


def results_by_series(survey: Survey) -> list[dict]:
    """Answer counts per question wording: one row per (code, series), never pooled across
    two wordings. Each row: code, text, series, versions (numbers), counts {choice: n}."""
    from feedback.models import Answer

    rows: dict[tuple[str, str], dict] = {}
    for version in survey.versions:
        if version.published_on is None:
            continue
        for question in version.questions:
            key = (question.code, question.series or series_for(survey, question))
            row = rows.setdefault(
                key,
                {
                    "code": question.code,
                    "text": question.text,
                    "type": question.type,
                    "series": key[1],
                    "versions": [],
                    "counts": {},
                },
            )
            row["versions"].append(version.number)
            counts = db.session.execute(
                select(Answer.value, func.count())
                .where(Answer.question_id == question.id, Answer.value.is_not(None))
                .group_by(Answer.value)
            ).all()
            for value, n in counts:
                for part in value.split("|") if question.type == "multiple_choice" else [value]:
                    row["counts"][part] = row["counts"].get(part, 0) + n
    return list(rows.values())


def add_from_bank(survey: Survey, item: QuestionBankItem) -> list[Question]:
    """Use a bank item in the draft (the whole block for equality monitoring)."""
    version = editable_version(survey)
    items = [item]
    if item.group == "equality":
        items = list(
            db.session.scalars(
                select(QuestionBankItem)
                .where(
                    QuestionBankItem.group == "equality",
                    QuestionBankItem.partnership_id.is_(item.partnership_id),
                    QuestionBankItem.superseded.is_(False),
                )
                .order_by(QuestionBankItem.position)
            )
        )
    added = []
    codes = {q.code for q in version.questions}
    for each in items:
        if each.code in codes:
            continue
        question = Question(
            code=each.code,
            type=each.type,
            text=each.text,
            hint=each.hint,
            required=False,
            choices=[dict(c) for c in each.choices],
            settings=dict(each.settings or {}),
            translations=json.loads(json.dumps(each.translations or {})),
            bank_item_id=each.id,
            position=len(version.questions),
        )
        question.bank_item = each
        version.questions.append(question)
        added.append(question)
    db.session.flush()
    return added


def reword_bank_item(item: QuestionBankItem, **fields) -> QuestionBankItem:
    """A new version of a partnership's bank item: a new time series. The old version stays
    for the questions that use it."""
    if item.locked:
        raise BuildError(
            [Problem("text", _("This is a national question: it can be used but not reworded"))]
        )
    newer = QuestionBankItem(
        partnership_id=item.partnership_id,
        group=item.group,
        code=item.code,
        version=item.version + 1,
        position=item.position,
        type=fields.get("type", item.type),
        text=fields.get("text", item.text).strip(),
        hint=fields.get("hint", item.hint).strip(),
        choices=fields.get("choices", item.choices),
        settings=fields.get("settings", item.settings),
        translations={},
        locked=False,
    )
    problems = check_bank_wording(newer)
    if problems:
        raise BuildError(problems)
    item.superseded = True
    db.session.add(newer)
    db.session.flush()
    return newer


def check_bank_wording(item: QuestionBankItem) -> list[Problem]:
    """What would be wrong with a bank item used as a question: its wording, type and
    choices (the code is the bank's own)."""
    question = Question(
        code=item.code,
        type=item.type,
        text=item.text,
        choices=item.choices,
        settings=item.settings or {},
        show_if=None,
        position=0,
    )
    problems = check_question(SurveyVersion(number=0), question, adding=True)
    return [p for p in problems if p.field != "code"]
