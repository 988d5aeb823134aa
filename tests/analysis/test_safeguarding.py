"""Tests for analysis.safeguarding: planted recall, hard negatives, real comments, behaviour.

The planted set lives in planted_disclosures.py (hand-written, no real data).  The real
NHS comments are read from ../shared/eval/dev.csv for measuring only: nothing from that
file is copied here or into the rules.
"""

import csv
from pathlib import Path

import pytest
from planted_disclosures import DISCLOSURES, FRESH, HARD_NEGATIVES

from analysis.safeguarding import Flag, SafeguardingScreen

S = SafeguardingScreen()
KINDS = ("self_harm", "abuse_or_neglect", "domestic_violence", "child_at_risk", "staff_threat")
DEV = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev.csv"


def kinds(text):
    flag = S.check(text)
    return set(flag.kinds) if flag else set()


def recall(texts, kind):
    misses = [t for t in texts if kind not in kinds(t)]
    return 1 - len(misses) / len(texts), misses


# ---------------------------------------------------------------------------
# The interface
# ---------------------------------------------------------------------------


def test_kinds_are_the_five_named_ones():
    assert SafeguardingScreen.KINDS == KINDS
    assert set(DISCLOSURES) == set(FRESH) == set(KINDS)


@pytest.mark.parametrize("text", ["", " ", "\n\t  ", "   \n"])
def test_empty_or_whitespace_gives_none(text):
    assert S.check(text) is None


def test_flag_has_sorted_kinds_and_the_phrases_that_matched():
    text = "My husband hits me and I feel suicidal"
    flag = S.check(text)
    assert isinstance(flag, Flag)
    assert flag.kinds == ("domestic_violence", "self_harm")
    assert flag.matched, "the reviewer needs to see what matched"
    assert all(phrase and phrase in text for phrase in flag.matched)
    assert any("suicidal" in phrase for phrase in flag.matched)
    assert any("hits me" in phrase for phrase in flag.matched)


def test_matched_phrases_keep_the_original_spelling():
    text = "I’ve been CUTTING MYSELF again"
    flag = S.check(text)
    assert flag is not None and flag.kinds == ("self_harm",)
    assert flag.matched == ("been CUTTING MYSELF",)


def test_flag_is_frozen():
    flag = S.check("i want to die")
    with pytest.raises(AttributeError):
        flag.kinds = ()


def test_every_flag_is_well_formed():
    texts = [t for ts in DISCLOSURES.values() for t in ts] + list(HARD_NEGATIVES)
    for flag, text in zip(S.check_many(texts), texts, strict=True):
        if flag is None:
            continue
        assert flag.kinds and list(flag.kinds) == sorted(set(flag.kinds)), text
        assert set(flag.kinds) <= set(KINDS), text
        assert flag.matched and all(p in text for p in flag.matched), text


def test_check_many_equals_check_applied_to_each():
    texts = ["", "my partner hit me", "the food was cold", "i want to die", "a nurse slapped mum"]
    assert S.check_many(texts) == [S.check(t) for t in texts]
    assert S.check_many(iter(texts)) == [S.check(t) for t in texts]
    assert S.check_many([]) == []


def test_screens_are_independent_and_reusable():
    other = SafeguardingScreen()
    assert other.check("my ex threatened to kill me") == S.check("my ex threatened to kill me")


# ---------------------------------------------------------------------------
# Behaviour
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # Who did it decides the kind for the same act.
        ("my husband hit me", {"domestic_violence"}),
        ("a nurse hit me", {"staff_threat"}),
        ("my son hit me", {"abuse_or_neglect"}),
        ("my stepdad hit me", {"child_at_risk"}),
        ("my partner hit the baby", {"child_at_risk"}),
        ("I was hit by my grandson", {"abuse_or_neglect"}),
        ("my daughter was hit by her teacher", {"child_at_risk", "staff_threat"}),
        # Threats: by a partner, a manager, a carer.
        ("my boyfriend threatened to kill me", {"domestic_violence"}),
        ("my manager threatened to sack me if I complained", {"staff_threat"}),
        ("the carer said she would hurt me if I told anyone", {"staff_threat", "abuse_or_neglect"}),
    ],
)
def test_the_doer_decides_the_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "variant",
    [
        "I don't want to live anymore",
        "I dont want to live anymore",
        "I don’t want to live anymore",
        "I DON'T WANT TO LIVE ANYMORE",
        "i dont want to live any more",
    ],
)
def test_case_and_apostrophes_do_not_matter(variant):
    assert kinds(variant) == {"self_harm"}


@pytest.mark.parametrize(
    "text",
    [
        "im suicdal",
        "been feeling suicidle for weeks",
        "ive been self-harming",
        "ive been selfharming",
        "my partners been hitting me",
    ],
)
def test_common_misspellings_are_caught(text):
    assert kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, just exhausted",
        "no abuse or neglect seen",
        "staff would never hurt anyone",
        "my mother was never left in wet pads",
        "nobody was rough with my dad",
    ],
)
def test_negation_clears_the_flag(text):
    assert S.check(text) is None


def test_negation_stops_at_the_clause():
    assert kinds("I'm not suicidal but I do think about not waking up") == {"self_harm"}


@pytest.mark.parametrize(
    "text",
    [
        "the nurse was killing me with kindness",
        "we died laughing at the nurse's jokes",
        "waiting times are killing the NHS",
        "an overdose of paperwork",
        "I was worried about my child's temperature",
        "staff were abusive about parking?",
        "the physio was cutting my toenails",
        "we were hanging around for hours",
        "the wait was torture",
        "the domestic staff keep the ward spotless",
        "it is an abuse of the system",
        "my neglected garden is the least of my worries",
        "I'd rather die than wait in that A&E again",
        "I cut myself on a tin and the nurse glued it",
        "the self-harm team were brilliant",
        "they explained the risks of an overdose of paracetamol",
    ],
)
def test_ordinary_health_care_talk_is_not_flagged(text):
    assert S.check(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "if I ever saw a patient being hit I would report it",
        "the midwife asked whether my partner ever hurts me",
        "they gave me a leaflet about domestic abuse services",
    ],
)
def test_hypotheticals_and_screening_questions_are_not_disclosures(text):
    assert S.check(text) is None


def test_a_screening_question_does_not_hide_the_answer():
    text = "The midwife never asked if I was safe at home and my partner was hitting me"
    assert "domestic_violence" in kinds(text)


# ---------------------------------------------------------------------------
# Planted evaluation set
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_planted_recall_per_kind(kind):
    score, misses = recall(DISCLOSURES[kind], kind)
    assert score >= 0.95, f"{kind} recall {score:.3f}; missed: {misses}"


def test_hard_negatives_are_rarely_flagged():
    flagged = [t for t, f in zip(HARD_NEGATIVES, S.check_many(HARD_NEGATIVES), strict=True) if f]
    rate = len(flagged) / len(HARD_NEGATIVES)
    assert rate <= 0.02, f"{rate:.1%} of hard negatives flagged: {flagged}"


# Held-back texts, written blind to the rules. The rules alone find about half of them
# (the target is 0.95; docs/analysis.md gives the figures): this floor guards against
# losing ground, it is not the goal.
FRESH_FLOOR = 0.2


@pytest.mark.parametrize("kind", KINDS)
def test_fresh_recall_per_kind(kind):
    texts = FRESH[kind]
    if not texts:
        pytest.skip(f"FRESH[{kind!r}] is still empty")
    score, misses = recall(texts, kind)
    assert score >= FRESH_FLOOR, f"{kind} FRESH recall {score:.3f}; missed: {misses}"


# ---------------------------------------------------------------------------
# Real comments and speed
# ---------------------------------------------------------------------------


def test_real_nhs_comments_are_rarely_flagged():
    if not DEV.exists():
        pytest.skip(f"evaluation data not found at {DEV}")
    with DEV.open(newline="", encoding="utf-8") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    assert len(texts) > 1000
    rate = sum(1 for flag in S.check_many(texts) if flag) / len(texts)
    assert rate <= 0.05, f"{rate:.2%} of dev.csv comments flagged"


def test_a_huge_unpunctuated_answer_is_screened():
    # Context is bounded, so this takes a fraction of a second (benchmarks/screen_speed.py);
    # unbounded, it took minutes and the suite's timeout would fail it.
    answer = "hit hit my husband hits me and the nurse was lovely " * 1000  # ~50k characters
    flag = S.check(answer)
    assert flag is not None and "domestic_violence" in flag.kinds
