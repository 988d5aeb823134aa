"""The question bank: national items every partnership can use but not reword, and each
partnership's own items, which are versioned when reworded."""

from __future__ import annotations

import re
import uuid

from flask_babel import gettext as _
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


FFT_WELSH = {
    "very_good": "Da iawn",
    "good": "Da",
    "neither": "Ddim yn dda nac yn wael",
    "poor": "Gwael",
    "very_poor": "Gwael iawn",
    "dont_know": "Ddim yn gwybod",
}
_AGREE_CY = {
    "5": "Cytuno’n gryf",
    "4": "Cytuno",
    "3": "Ddim yn cytuno nac yn anghytuno",
    "2": "Anghytuno",
    "1": "Anghytuno’n gryf",
}
_PREFER_NOT_CY = {"prefer_not_to_say": "Mae’n well gennyf beidio â dweud"}
_EQUALITY_HINT_CY = (
    "Mae’r cwestiwn hwn yn ddewisol. Gallwch ddewis “Mae’n well gennyf beidio â dweud”."
)
_FFT_QUESTION_CY = "Yn gyffredinol, sut oedd eich profiad o’n gwasanaeth?"

# Welsh wording of the national items: code -> (text, hint, choice labels by code).
WELSH = {
    "fft": (_FFT_QUESTION_CY, "", FFT_WELSH),
    "fft_easy_read": (
        "Ar y cyfan, sut oedd eich amser gyda ni?",
        "Dewiswch un ateb.",
        {
            "very_good": "Da iawn",
            "good": "Da",
            "neither": "Ddim yn dda nac yn ddrwg",
            "poor": "Drwg",
            "very_poor": "Drwg iawn",
            "dont_know": "Dydw i ddim yn gwybod",
        },
    ),
    "fft_children": (
        "Sut oedd dy ymweliad â ni?",
        "Dewisa’r ateb sy’n gweddu orau.",
        {
            "very_good": "Da iawn wir",
            "good": "Da",
            "neither": "Iawn",
            "poor": "Ddim yn dda iawn",
            "very_poor": "Gwael iawn wir",
            "dont_know": "Dw i ddim yn gwybod",
        },
    ),
    "fft_pictorial": (_FFT_QUESTION_CY, "Dewiswch yr wyneb sy’n gweddu orau.", FFT_WELSH),
    "pulse_look_forward": ("Rwy’n edrych ymlaen at fynd i’r gwaith.", "", _AGREE_CY),
    "pulse_enthusiastic": ("Rwy’n frwdfrydig am fy swydd.", "", _AGREE_CY),
    "pulse_time_passes": ("Mae amser yn mynd yn gyflym pan fyddaf yn gweithio.", "", _AGREE_CY),
    "pulse_recommend_work": (
        "Byddwn yn argymell fy sefydliad fel lle i weithio.",
        "",
        _AGREE_CY,
    ),
    "pulse_recommend_care": (
        "Pe bai ffrind neu berthynas angen triniaeth, byddwn yn fodlon â safon y gofal a "
        "ddarperir gan y sefydliad hwn.",
        "",
        _AGREE_CY,
    ),
    "eq_age": (
        "Beth yw eich oedran?",
        _EQUALITY_HINT_CY,
        {
            "under_16": "O dan 16",
            "16_to_24": "16 i 24",
            "25_to_34": "25 i 34",
            "35_to_44": "35 i 44",
            "45_to_54": "45 i 54",
            "55_to_64": "55 i 64",
            "65_to_74": "65 i 74",
            "75_or_over": "75 neu’n hŷn",
        },
    ),
    "eq_sex": ("Beth yw eich rhyw?", _EQUALITY_HINT_CY, {"female": "Benyw", "male": "Gwryw"}),
    "eq_gender_identity": (
        "A yw’r rhywedd rydych yn uniaethu ag ef yr un fath â’r rhyw a gofrestrwyd adeg eich geni?",
        _EQUALITY_HINT_CY,
        {"yes": "Ydy", "no": "Nac ydy"},
    ),
    "eq_ethnicity": (
        "Beth yw eich grŵp ethnig?",
        _EQUALITY_HINT_CY,
        {
            "asian_or_asian_british": "Asiaidd neu Asiaidd Prydeinig",
            "black_black_british_caribbean_or_african": (
                "Du, Du Prydeinig, Caribïaidd neu Affricanaidd"
            ),
            "mixed_or_multiple_ethnic_groups": "Grwpiau ethnig cymysg neu luosog",
            "white": "Gwyn",
            "another_ethnic_group": "Grŵp ethnig arall",
        },
    ),
    "eq_disability": (
        "Oes gennych chi unrhyw gyflwr neu salwch iechyd corfforol neu feddyliol sydd wedi "
        "para, neu y disgwylir iddo bara, 12 mis neu fwy?",
        _EQUALITY_HINT_CY,
        {"yes": "Oes", "no": "Nac oes"},
    ),
    "eq_religion": (
        "Beth yw eich crefydd?",
        _EQUALITY_HINT_CY,
        {
            "no_religion": "Dim crefydd",
            "buddhist": "Bwdhydd",
            "christian": "Cristion",
            "hindu": "Hindŵ",
            "jewish": "Iddew",
            "muslim": "Mwslim",
            "sikh": "Sikh",
            "another_religion": "Crefydd arall",
        },
    ),
    "eq_sexual_orientation": (
        "Pa un o’r canlynol sy’n disgrifio eich cyfeiriadedd rhywiol orau?",
        _EQUALITY_HINT_CY,
        {
            "straight_or_heterosexual": "Syth neu heterorywiol",
            "gay_or_lesbian": "Hoyw neu lesbiaidd",
            "bisexual": "Deurywiol",
            "another": "Arall",
        },
    ),
    "eq_carer": (
        "Ydych chi’n gofalu am unrhyw un, neu’n rhoi help neu gymorth iddyn nhw, oherwydd "
        "cyflwr hirdymor neu broblemau sy’n gysylltiedig â henaint?",
        _EQUALITY_HINT_CY,
        {"yes": "Ydw", "no": "Nac ydw"},
    ),
}


def national_translations(code: str) -> dict:
    """A national item's translations, {"cy": {"text", "hint", "choices"}}."""
    if code not in WELSH:
        return {}
    text, hint, labels = WELSH[code]
    choices = {**labels, **_PREFER_NOT_CY} if code.startswith("eq_") else dict(labels)
    return {"cy": {"text": text, "hint": hint, "choices": choices}}


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
                translations=national_translations(code),
                locked=True,
            )
            db.session.add(existing[code])
        elif "cy" not in (existing[code].translations or {}):
            # Items made before the Welsh wording was written gain it.
            existing[code].translations = national_translations(code)
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
    type: str,  # noqa: A002 - the domain's word
    text: str,
    code: str | None = None,
    hint: str = "",
    choices: list[dict] | None = None,
    settings: dict | None = None,
) -> QuestionBankItem:
    """A partnership's own bank item; its code is made from the text unless given. Raises
    BuildError when it would not make a valid question."""
    from feedback.services.building import (
        BuildError,
        Problem,
        check_bank_wording,
        choice_code,
        default_choices,
    )

    taken = set(
        db.session.scalars(
            select(QuestionBankItem.code).where(QuestionBankItem.partnership_id == partnership_id)
        )
    )
    if code is not None and code in taken:
        raise BuildError(
            [Problem("code", _("The bank already has a question coded %(code)s", code=code))]
        )
    if code is None:
        base = choice_code(text)[:40].strip("_") or "question"
        code, n = base, 1
        while code in taken:
            n += 1
            code = f"{base}_{n}"
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
    problems = check_bank_wording(item)
    if problems:
        raise BuildError(problems)
    db.session.add(item)
    db.session.flush()
    return item
