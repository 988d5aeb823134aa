import random
import re
from functools import cache

import pytest

from feedback.services import demo_text

SECTORS = ["nhs_acute", "primary_care", "adult_social_care", "housing", "voluntary"]
FFT_VALUES = {"very_good", "good", "neither", "poor", "very_poor", "dont_know"}
AGREEMENT_KEYS = {"valued", "workload", "safe_to_speak", "recommend", "resources"}
SHARED_TOPICS = [
    "waiting_times",
    "staff_attitude",
    "communication",
    "staffing_levels",
    "parking_and_access",
    "food",
    "cleanliness",
    "discharge_and_transfers",
    "appointments_booking",
    "repairs_and_housing_conditions",
    "workload_and_wellbeing",
    "it_systems",
    "training_and_development",
    "pay_and_recognition",
    "continuity_of_care",
]
NHS_NUMBER = re.compile(r"\b(999 ?\d{3} ?\d{4})\b")
PHONE = re.compile(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b")
PERSONAL_DATA = re.compile(r"@example\.|07700|0113 496|\b999 ?\d{3}|\b(Nurse|Dr|Sister) [A-Z]")


@cache
def patients(sector: str, seed: int = 7) -> tuple:
    return tuple(demo_text.patient_comments(random.Random(seed), 1000, sector))


@cache
def staff(sector: str, seed: int = 7) -> tuple:
    return tuple(demo_text.staff_comments(random.Random(seed), 1000, sector))


def texts_of(comments) -> list[str]:
    return [getattr(c, "change", None) or f"{c.good} {c.better}" for c in comments]


def has_valid_check_digit(number: str) -> bool:
    digits = [int(d) for d in number.replace(" ", "")]
    check = 11 - sum(d * (10 - i) for i, d in enumerate(digits[:9])) % 11
    return check != 10 and digits[9] == (0 if check == 11 else check)


def test_the_same_seed_gives_the_same_comments():
    first = demo_text.patient_comments(random.Random(3), 50, "housing")
    assert first == demo_text.patient_comments(random.Random(3), 50, "housing")
    assert first != demo_text.patient_comments(random.Random(4), 50, "housing")
    staff_first = demo_text.staff_comments(random.Random(3), 50, "housing")
    assert staff_first == demo_text.staff_comments(random.Random(3), 50, "housing")


@pytest.mark.parametrize("sector", SECTORS)
def test_a_thousand_comments_are_at_least_85_percent_distinct(sector):
    assert len({(c.good, c.better) for c in patients(sector)}) >= 850
    assert len({c.change for c in staff(sector)}) >= 850


@pytest.mark.parametrize("sector", SECTORS)
def test_every_theme_a_sector_talks_about_appears(sector):
    assert {c.theme_hint for c in patients(sector)} >= set(demo_text.PATIENT_THEMES[sector])
    assert {c.theme_hint for c in staff(sector)} >= set(demo_text.STAFF_THEMES[sector])


def test_the_shared_topics_are_covered_and_repairs_belong_to_housing():
    seen = {c.theme_hint for sector in SECTORS for c in patients(sector) + staff(sector)}
    assert set(SHARED_TOPICS) <= seen
    repairs = "repairs_and_housing_conditions"
    assert [s for s in SECTORS if repairs in {c.theme_hint for c in patients(s)}] == ["housing"]


@pytest.mark.parametrize(
    ("sector", "words"),
    [
        ("nhs_acute", r"A&E|ward"),
        ("primary_care", r"appointment|GP|prescription"),
        ("adult_social_care", r"carers?\b|care package"),
        ("housing", r"repair|mould|tenan"),
        ("voluntary", r"volunteer|befriend|lunch club|food bank"),
    ],
)
def test_each_sector_uses_its_own_vocabulary(sector, words):
    mentions = [t for t in texts_of(patients(sector)) if re.search(words, t, re.IGNORECASE)]
    assert len(mentions) > 150


@pytest.mark.parametrize("sector", SECTORS)
def test_fft_ratings_are_valid_and_worse_when_there_is_only_a_complaint(sector):
    comments = patients(sector)
    assert {c.fft for c in comments} <= FFT_VALUES
    assert {c.respondent_type for c in comments} == {"patient", "carer"}
    negative = {"poor", "very_poor"}
    complaints = [c.fft in negative for c in comments if not c.good and len(c.better) > 20]
    praise = [c.fft in negative for c in comments if not c.better and len(c.good) > 20]
    assert sum(complaints) / len(complaints) > 0.5 > 0.1 > sum(praise) / len(praise)


@pytest.mark.parametrize("sector", SECTORS)
def test_staff_agreement_has_the_five_statements_scored_1_to_5(sector):
    for comment in staff(sector):
        assert set(comment.agreement) == AGREEMENT_KEYS
        assert all(isinstance(v, int) and 1 <= v <= 5 for v in comment.agreement.values())


def test_staff_who_raise_workload_say_it_is_less_manageable():
    comments = [c for sector in SECTORS for c in staff(sector)]

    def mean_workload(theme: str) -> float:
        scores = [c.agreement["workload"] for c in comments if c.theme_hint == theme]
        return sum(scores) / len(scores)

    assert mean_workload("workload_and_wellbeing") < mean_workload("training_and_development") - 0.5


def test_a_few_comments_carry_an_nhs_number_with_a_valid_check_digit():
    found = [n for s in SECTORS for t in texts_of(patients(s)) for n in NHS_NUMBER.findall(t)]
    assert len(found) >= 3
    assert all(has_valid_check_digit(n) for n in found)


def test_phone_numbers_come_only_from_ofcom_drama_ranges():
    texts = [t for s in SECTORS for t in texts_of(patients(s)) + texts_of(staff(s))]
    phones = [p.replace(" ", "") for t in texts for p in PHONE.findall(t)]
    assert phones
    assert all(re.fullmatch(r"07700900\d{3}|01134960\d{3}", p) for p in phones)


def test_about_three_percent_of_comments_contain_personal_data():
    texts = [t for s in SECTORS for t in texts_of(patients(s))]
    share = sum(bool(PERSONAL_DATA.search(t)) for t in texts) / len(texts)
    assert 0.01 < share < 0.06


def test_waiting_times_are_both_praised_and_complained_about():
    waits = [c for c in patients("nhs_acute") if c.theme_hint == "waiting_times"]
    praised = [c for c in waits if c.fft in {"very_good", "good"} and "wait" in c.good.lower()]
    complained = [c for c in waits if c.fft in {"poor", "very_poor"} and "ait" in c.better]
    assert len(praised) >= 10
    assert len(complained) >= 10


def test_answers_range_from_a_couple_of_words_to_about_sixty():
    answers = [t for s in SECTORS for c in patients(s) for t in (c.good, c.better) if t]
    lengths = [len(answer.split()) for answer in answers]
    assert min(lengths) <= 2
    assert 40 <= max(lengths) <= 75


def test_an_unknown_sector_is_refused():
    with pytest.raises(ValueError, match="unknown sector"):
        demo_text.patient_comments(random.Random(1), 5, "space_agency")
