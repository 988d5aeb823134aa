"""The question bank: national items every partnership can use but not reword, and each
partnership's own items, which are versioned when reworded."""

from __future__ import annotations

import re
import uuid

from sqlalchemy import select

from feedback.extensions import db
from feedback.models import QuestionBankItem
from feedback.services.building import SCALES
from feedback.services.surveys import FFT_CHOICES, FFT_QUESTION

PREFER_NOT = {"code": "prefer_not_to_say", "label": "Prefer not to say"}


def _choices(*labels: str) -> list[dict]:
    return [
        {"code": re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_"), "label": label}
        for label in labels
    ] + [dict(PREFER_NOT)]


_FFT = [{"code": c, "label": label} for c, label in FFT_CHOICES]
# Same codes and scale as the standard question, so every variant rolls up into the same
# FFT results; only the words (and, for the pictorial one, faces) differ.
_FFT_EASY = [
    dict(c, label=label)
    for c, label in zip(
        _FFT,
        ["Very good", "Good", "Not good or bad", "Bad", "Very bad", "I don't know"],
        strict=True,
    )
]
_FFT_CHILDREN = [
    dict(c, label=label)
    for c, label in zip(
        _FFT,
        ["Really good", "Good", "OK", "Not very good", "Really bad", "I don't know"],
        strict=True,
    )
]
_EQUALITY_HINT = "This question is optional. You can choose “Prefer not to say”."

# group, code, type, text, hint, choices, settings
NATIONAL_ITEMS = (
    ("fft", "fft", "fft", FFT_QUESTION, "", _FFT, {"variant": "standard"}),
    (
        "fft",
        "fft_easy_read",
        "fft",
        "Overall, how was your time with us?",
        "Choose one answer.",
        _FFT_EASY,
        {"variant": "easy_read"},
    ),
    (
        "fft",
        "fft_children",
        "fft",
        "How was your visit to us?",
        "Pick the answer that fits best.",
        _FFT_CHILDREN,
        {"variant": "children"},
    ),
    (
        "fft",
        "fft_pictorial",
        "fft",
        "Overall, how was your experience of our service?",
        "Choose the face that fits best.",
        _FFT,
        {"variant": "pictorial"},
    ),
    *[
        ("pulse", code, "scale", text, "", SCALES["agree5"], {"scale": "agree5"})
        for code, text in (
            ("pulse_look_forward", "I look forward to going to work."),
            ("pulse_enthusiastic", "I am enthusiastic about my job."),
            ("pulse_time_passes", "Time passes quickly when I am working."),
            ("pulse_recommend_work", "I would recommend my organisation as a place to work."),
            (
                "pulse_recommend_care",
                "If a friend or relative needed treatment I would be happy with the "
                "standard of care provided by this organisation.",
            ),
        )
    ],
    *[
        ("equality", code, "single_choice", text, _EQUALITY_HINT, choices, {"block": "equality"})
        for code, text, choices in (
            (
                "eq_age",
                "What is your age?",
                _choices(
                    "Under 16",
                    "16 to 24",
                    "25 to 34",
                    "35 to 44",
                    "45 to 54",
                    "55 to 64",
                    "65 to 74",
                    "75 or over",
                ),
            ),
            ("eq_sex", "What is your sex?", _choices("Female", "Male")),
            (
                "eq_gender_identity",
                "Is the gender you identify with the same as your sex registered at birth?",
                _choices("Yes", "No"),
            ),
            (
                "eq_ethnicity",
                "What is your ethnic group?",
                _choices(
                    "Asian or Asian British",
                    "Black, Black British, Caribbean or African",
                    "Mixed or multiple ethnic groups",
                    "White",
                    "Another ethnic group",
                ),
            ),
            (
                "eq_disability",
                "Do you have a physical or mental health condition or illness lasting, or "
                "expected to last, 12 months or more?",
                _choices("Yes", "No"),
            ),
            (
                "eq_religion",
                "What is your religion?",
                _choices(
                    "No religion",
                    "Buddhist",
                    "Christian",
                    "Hindu",
                    "Jewish",
                    "Muslim",
                    "Sikh",
                    "Another religion",
                ),
            ),
            (
                "eq_sexual_orientation",
                "Which of the following best describes your sexual orientation?",
                _choices("Straight or heterosexual", "Gay or lesbian", "Bisexual", "Another"),
            ),
            (
                "eq_carer",
                "Do you look after, or give help or support to, anyone because of a long-term "
                "condition or problems related to old age?",
                _choices("Yes", "No"),
            ),
        )
    ],
)


def ensure_national_bank() -> list[QuestionBankItem]:
    """Create the national items once; later calls return them unchanged."""
    existing = {
        item.code: item
        for item in db.session.scalars(
            select(QuestionBankItem).where(QuestionBankItem.partnership_id.is_(None))
        )
    }
    for position, (group, code, type_, text, hint, choices, settings) in enumerate(NATIONAL_ITEMS):
        if code not in existing:
            existing[code] = QuestionBankItem(
                partnership_id=None,
                group=group,
                code=code,
                version=1,
                position=position,
                type=type_,
                text=text,
                hint=hint,
                choices=choices,
                settings=settings,
                translations={},
                locked=True,
            )
            db.session.add(existing[code])
    db.session.flush()
    return sorted(existing.values(), key=lambda item: item.position)


def bank_for(partnership_id: uuid.UUID) -> list[QuestionBankItem]:
    """What an author in a partnership can pick from: national items first, then the
    partnership's own current items."""
    national = ensure_national_bank()
    own = db.session.scalars(
        select(QuestionBankItem)
        .where(
            QuestionBankItem.partnership_id == partnership_id,
            QuestionBankItem.superseded.is_(False),
        )
        .order_by(QuestionBankItem.position, QuestionBankItem.code)
    )
    return [*national, *own]


def add_partnership_item(
    partnership_id: uuid.UUID,
    *,
    code: str,
    type: str,
    text: str,
    hint: str = "",  # noqa: A002
    choices: list[dict] | None = None,
    settings: dict | None = None,
) -> QuestionBankItem:
    from feedback.services.building import BuildError, Problem, default_choices

    if not text.strip():
        raise BuildError([Problem("text", "Enter the question")])
    taken = db.session.scalar(
        select(QuestionBankItem).where(
            QuestionBankItem.partnership_id == partnership_id, QuestionBankItem.code == code
        )
    )
    if taken is not None:
        raise BuildError([Problem("code", f"The bank already has a question coded {code}")])
    item = QuestionBankItem(
        partnership_id=partnership_id,
        group="custom",
        code=code,
        version=1,
        position=1000,
        type=type,
        text=text.strip(),
        hint=hint.strip(),
        choices=choices if choices is not None else default_choices(type, settings),
        settings=settings or {},
        translations={},
        locked=False,
    )
    db.session.add(item)
    db.session.flush()
    return item
