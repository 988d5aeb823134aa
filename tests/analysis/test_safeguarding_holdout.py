"""Held-back recall of the two safeguarding screens together, on `planted_holdout.py`.

That set was written by someone who had seen neither the rules nor the training examples,
and is scored when a model, threshold or set of examples changes (each look is counted in
docs/analysis.md). It is never used to write rules or examples, and no training text may be
a near copy of one of its texts (tests/analysis/test_safeguarding_semantic.py); the floors
sit one text under what was measured, so a change that makes the screens worse at new
wording fails here.
"""

from __future__ import annotations

import warnings

import pytest
from planted_holdout import HARD_NEGATIVES_HOLDOUT, HOLDOUT

from analysis.safeguarding import KINDS, Flag, SafeguardingScreen
from analysis.safeguarding_semantic import SemanticScreen

pytestmark = pytest.mark.timeout(1200)

# Measured (25 texts a kind), the right kind found by either screen, with the default model
# (all-mpnet-base-v2): 0.96 0.92 0.92 1.00 1.00 with the third, blind-written set of examples
# (threshold 0.30); 1.00 0.96 0.88 1.00 1.00 before it, both with the first examples
# (threshold 0.18) and with the second set added (threshold 0.20); all-MiniLM-L6-v2 read
# 0.80 0.92 0.80 1.00 0.96 with the first; rules alone 0.60 0.44 0.64 0.56 0.48.
FLOORS = {
    # all-MiniLM-L6-v2 read 0.88 0.80 0.92 0.96 0.80 with the third set (threshold 0.30).
    "minilm": {
        "self_harm": 0.84,
        "abuse_or_neglect": 0.76,
        "domestic_violence": 0.88,
        "child_at_risk": 0.92,
        "staff_threat": 0.76,
    },
    "mpnet": {
        "self_harm": 0.92,
        "abuse_or_neglect": 0.88,
        "domestic_violence": 0.88,
        "child_at_risk": 0.96,
        "staff_threat": 0.96,
    },
}
# Two of the 100 held-back ordinary comments are flagged by meaning, none by the rules
# (one with the first examples alone, three with the second set; four with all-MiniLM-L6-v2,
# three with it since the third set).
MOST_FALSE_ALARMS = {"mpnet": 3, "minilm": 4}


def kinds(flag: Flag | None) -> set[str]:
    return set(flag.kinds) if flag else set()


@pytest.fixture(scope="module")
def flags(quality_encoder) -> dict[str, set[str]]:
    texts = [t for kind in KINDS for t in HOLDOUT[kind]] + HARD_NEGATIVES_HOLDOUT
    rules = SafeguardingScreen()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        semantic = SemanticScreen(quality_encoder).check_many(texts)
    return {t: kinds(rules.check(t)) | kinds(s) for t, s in zip(texts, semantic, strict=True)}


def test_the_held_back_set_is_the_size_it_says():
    assert {kind: len(texts) for kind, texts in HOLDOUT.items()} == dict.fromkeys(KINDS, 25)
    assert len(HARD_NEGATIVES_HOLDOUT) == 100


@pytest.mark.parametrize("kind", KINDS)
def test_held_back_disclosures_are_flagged_with_their_kind(flags, kind, quality_model):
    recall = sum(kind in flags[t] for t in HOLDOUT[kind]) / len(HOLDOUT[kind])
    assert recall >= FLOORS[quality_model][kind], f"{kind}: {recall:.2f}"


def test_held_back_ordinary_comments_are_rarely_flagged(flags, quality_model):
    alarms = [t for t in HARD_NEGATIVES_HOLDOUT if flags[t]]
    assert len(alarms) <= MOST_FALSE_ALARMS[quality_model], alarms
