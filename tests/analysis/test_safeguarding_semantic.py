"""Tests for analysis.safeguarding_semantic: behaviour, held-back recall, real comments, speed.

The screen is trained only on analysis/safeguarding_examples.py.  ``FRESH`` in
planted_disclosures.py is never trained on; it was first scored once, after the model and
threshold were frozen, and has since been the development set (its misses were studied and new,
differently worded examples and rules written for them), so its figures now measure fit, not
generalisation.  The real NHS comments in ../shared/eval/dev.csv are read in place to measure
how many get flagged; nothing from them is copied anywhere.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from planted_disclosures import FRESH
from planted_holdout import HARD_NEGATIVES_HOLDOUT, HOLDOUT

from analysis import safeguarding_examples
from analysis.safeguarding import KINDS, Flag, SafeguardingScreen
from analysis.safeguarding_semantic import THRESHOLD, SemanticScreen, merged, training_set
from tests.conftest import QUALITY_MODEL

RULES = SafeguardingScreen()

# Loading the model and fitting the classifier take a while on a busy machine.
pytestmark = pytest.mark.timeout(1200)


class Encoder:
    """The product's SentenceEncoder, with third-party warnings kept out of the test run."""

    def __init__(self, inner):
        self.inner = inner
        self.calls = 0

    def encode(self, texts):
        self.calls += 1
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return self.inner.encode(list(texts))

    def encode_reference(self, texts):
        """The training examples' vectors, from the model cache after the first run."""
        return self.inner.encode_reference(list(texts))


@pytest.fixture(scope="module")
def encoder(quality_encoder) -> Encoder:
    return Encoder(quality_encoder)


@pytest.fixture(scope="module")
def screen(encoder) -> SemanticScreen:
    semantic = SemanticScreen(encoder)
    semantic.check_many(["fit the classifier now"])
    return semantic


def kinds(flag: Flag | None) -> set[str]:
    return set(flag.kinds) if flag else set()


# ---------------------------------------------------------------------------
# Training data and interface
# ---------------------------------------------------------------------------


HELD_BACK = list(
    dict.fromkeys(
        [
            *(text for texts in FRESH.values() for text in texts),
            *(text for texts in HOLDOUT.values() for text in texts),
            *HARD_NEGATIVES_HOLDOUT,
        ]
    )
)
# A training text this close in meaning to a held-back one is the same text reworded (the
# closest pairs read 0.85-0.99: "he forces me to have sex ... says its my duty as his wife"
# against the same with an apostrophe); the held-back figures would measure fit.
NEAR_COPY = 0.85


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def test_training_data_holds_nothing_from_the_held_back_sets():
    texts, labels = training_set()
    assert not {_plain(t) for t in HELD_BACK} & {_plain(t) for t in texts}
    assert set(labels) == {*KINDS, "none"}
    assert len(safeguarding_examples.ORDINARY) > 1000


@pytest.mark.skipif(
    QUALITY_MODEL != "mpnet",
    reason="near copies are read at the default model's similarities: make test-default-model",
)
def test_no_training_text_is_a_held_back_text_reworded(encoder):
    texts = list(dict.fromkeys(training_set()[0]))
    similarity = encoder.encode_reference(texts) @ encoder.encode_reference(HELD_BACK).T
    pairs = [
        (texts[i], HELD_BACK[j], round(float(similarity[i, j]), 3))
        for i, j in zip(*np.nonzero(similarity >= NEAR_COPY), strict=True)
    ]
    assert not pairs


@pytest.mark.parametrize("prefix", ["MORE", "THIRD"])
def test_the_blind_written_sets_are_trained_on_with_their_kinds(prefix):
    texts, labels = training_set()
    label_of = dict(zip(texts, labels, strict=True))
    disclosures = getattr(safeguarding_examples, f"{prefix}_DISCLOSURES")
    negatives = getattr(safeguarding_examples, f"{prefix}_HARD_NEGATIVES")
    assert set(disclosures) == set(KINDS)
    assert all(label_of[t] == kind for kind in KINDS for t in disclosures[kind])
    assert all(label_of[t] == "none" for t in negatives)


def test_product_code_reads_no_tests_and_no_web_app():
    for name in ("safeguarding_semantic.py", "safeguarding_examples.py"):
        source = (Path(__file__).resolve().parents[2] / "analysis" / name).read_text()
        assert "planted_disclosures" not in source.replace("planted_disclosures.py", "")
        assert "import feedback" not in source and "from feedback" not in source


@pytest.mark.parametrize("text", ["", " ", "\n\t  "])
def test_empty_answers_are_not_flagged(screen, text):
    assert screen.check(text) is None


def test_threshold_default_and_override(encoder):
    assert SemanticScreen(encoder).threshold == THRESHOLD
    assert SemanticScreen(encoder, threshold=0.9).threshold == 0.9


def test_flag_names_sorted_kinds_with_a_reason(screen):
    flag = screen.check("I want to end my life, I have been saving up my tablets")
    assert isinstance(flag, Flag)
    assert flag.kinds == tuple(sorted(flag.kinds))
    assert "self_harm" in flag.kinds
    assert "similar to: self-harm" in flag.matched


def test_given_vectors_are_used_and_give_the_same_answer(screen, encoder):
    texts = [
        "my husband hits me when he has been drinking",
        "the parking is far too expensive",
    ]
    vectors = encoder.encode(texts)
    before = encoder.calls
    with_vectors = screen.scores(texts, vectors=vectors)
    assert encoder.calls == before, "single-sentence answers need no encoding given vectors"
    np.testing.assert_allclose(with_vectors, screen.scores(texts), atol=1e-5)
    assert screen.check_many(texts, vectors) == screen.check_many(texts)


def test_vectors_must_match_texts(screen, encoder):
    with pytest.raises(ValueError, match="one row per text"):
        screen.check_many(["a", "b"], vectors=encoder.encode(["a"]))


def test_merged_unites_kinds_and_reasons():
    rule = Flag(("self_harm",), ("suicidal",))
    semantic = Flag(("domestic_violence", "self_harm"), ("similar to: domestic violence",))
    assert merged(rule, None, semantic) == Flag(
        ("domestic_violence", "self_harm"), ("suicidal", "similar to: domestic violence")
    )
    assert merged(None, None) is None


# ---------------------------------------------------------------------------
# Behaviour on new texts (written for this test; none is in the training data or FRESH)
# ---------------------------------------------------------------------------

TEENAGER_SELF_HARM = "my teenage son told me he has been scratching his arms with a razor blade"
NEW_DISCLOSURES = [
    ("self_harm", "I've started looking up how many pills it would take and it scares me"),
    pytest.param(
        "self_harm",
        TEENAGER_SELF_HARM,
        # With the default model, since the second, blind-written set of examples, this
        # screen alone reads it as a child at risk (self-harm 0.21 since the third set, under
        # the threshold; all-MiniLM-L6-v2 reads it as self-harm); the rules flag it as
        # self-harm, so the product still files it under both.  Strict: a fix makes this fail.
        marks=pytest.mark.xfail(
            QUALITY_MODEL == "mpnet", strict=True, reason="read as child at risk by meaning alone"
        ),
    ),
    (
        "abuse_or_neglect",
        "my grandad was left in the same soiled sheets all weekend at the nursing home",
    ),
    (
        "abuse_or_neglect",
        "a neighbour has taken over my aunt's bank card and she has no money for food",
    ),
    (
        "domestic_violence",
        "my boyfriend checks my phone every night and pushed me down the stairs when I argued",
    ),
    (
        "domestic_violence",
        "my ex keeps turning up outside my flat at night and says he'll make me pay",
    ),
    (
        "child_at_risk",
        "the little girl next door is often left on her own overnight and looks hungry",
    ),
    ("child_at_risk", "my stepdad makes my little brother sleep in the shed when he's drunk"),
    (
        "staff_threat",
        "a healthcare assistant told my mother she'd go without dinner "
        "if she pressed the buzzer again",
    ),
    ("staff_threat", "the porter kept making sexual comments to me and tried to kiss me"),
    (
        "self_harm",
        "Parking was a nightmare and the cafe was shut. The nurse on the ward was lovely though. "
        "Since I got home I've been thinking about ending my life.",
    ),
]

ORDINARY = [
    "The car park was full and I missed my appointment slot",
    "Waited three weeks for a GP callback, really frustrating",
    "The nurse was brilliant with my son when he had his jabs",
    "My mum's carers are always on time and she loves chatting to them",
    "Reception were rude when I asked about my test results",
    "Too many agency staff on nights, we never know who is coming",
    "The midwife was lovely. The ward was too hot. Food was cold by the time it arrived.",
    "the physio exercises hurt at first but my knee is much better now",
]


def _text(case) -> str:
    return (case.values if hasattr(case, "values") else case)[1]


def test_new_texts_are_not_in_training_or_fresh():
    texts = set(training_set()[0]) | {t for ts in FRESH.values() for t in ts}
    assert not texts & ({_text(case) for case in NEW_DISCLOSURES} | set(ORDINARY))


def test_a_teenager_self_harming_is_flagged_as_self_harm_by_the_product(screen):
    text = TEENAGER_SELF_HARM
    assert "self_harm" in kinds(merged(RULES.check(text), screen.check(text)))


@pytest.mark.parametrize(("kind", "text"), NEW_DISCLOSURES)
def test_new_disclosures_are_flagged_with_their_kind(screen, kind, text):
    assert kind in kinds(screen.check(text)), text


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_comments_are_not_flagged(screen, text):
    assert screen.check(text) is None


def test_a_disclosure_inside_a_long_comment_is_read_sentence_by_sentence(screen, encoder):
    text = (
        "The booking line took forty minutes to answer. The waiting room was packed and too "
        "warm. My dietician was helpful and gave me a new plan. My wife locks me out of the "
        "house and hits me when I ask for money. The car park machine only takes coins."
    )
    assert "domestic_violence" in kinds(screen.check(text))
    whole_only = SemanticScreen(encoder, by_sentence=False)
    assert screen.scores([text])[0].max() >= whole_only.scores([text])[0].max()


# ---------------------------------------------------------------------------
# Held-back recall (FRESH): measured once, floors just under the measured figures
# ---------------------------------------------------------------------------

# Union of the rules and this screen, per kind, on the 20 FRESH texts of each kind.  First
# measured blind: rules alone 0.55 0.65 0.60 0.25 0.45 (0.50 overall), this screen alone 0.55
# 0.80 0.90 0.90 0.80 (0.79), together 0.80 0.85 0.95 0.90 0.95 (0.89).  After FRESH became the
# development set (tuned on, so fit): rules 1.00 1.00 0.95 1.00 1.00 (0.99), this screen 0.65
# 0.90 0.90 1.00 0.85 (0.86), together 1.00 per kind; with the third set of examples this
# screen reads 0.90 0.80 0.90 0.90 1.00, together still 1.00 per kind.  Each floor is one
# text under.
UNION_FLOOR = {
    "self_harm": 0.95,
    "abuse_or_neglect": 0.95,
    "domestic_violence": 0.95,
    "child_at_risk": 0.95,
    "staff_threat": 0.95,
}


@pytest.fixture(scope="module")
def fresh_flags(screen):
    texts = [t for kind in KINDS for t in FRESH[kind]]
    semantic = dict(zip(texts, screen.check_many(texts), strict=True))
    return {t: kinds(RULES.check(t)) | kinds(semantic[t]) for t in texts}


@pytest.mark.parametrize("kind", KINDS)
def test_fresh_recall_of_rules_and_semantic_together(fresh_flags, kind):
    texts = FRESH[kind]
    recall = sum(kind in fresh_flags[t] for t in texts) / len(texts)
    assert recall >= UNION_FLOOR[kind], f"{kind}: {recall:.2f}"


# ---------------------------------------------------------------------------
# Real comments: the share flagged stays small
# ---------------------------------------------------------------------------


def test_real_nhs_comments_are_rarely_flagged(screen, dev_rows, dev_vectors):
    counts = Counter(row["text"] for row in dev_rows)
    total = sum(counts.values())
    assert total > 1000
    texts = list(counts)
    # The whole answers' vectors are shared with the quality tests; sentences are encoded here.
    semantic = screen.check_many(texts, dev_vectors(texts))
    rules = RULES.check_many(texts)
    flagged = sum(counts[t] for t, s, r in zip(texts, semantic, rules, strict=True) if s or r)
    # Measured 2.93% with the default model (at 0.30 with the third set of examples; 2.93% at
    # 0.20 with two, 2.31% with the first alone; 2.85% with MiniLM then); the rules alone
    # flag 0.30%.
    assert flagged / total <= 0.05, f"{flagged / total:.2%} of dev.csv comments flagged"


# ---------------------------------------------------------------------------
# Speed, given the answers' vectors
# ---------------------------------------------------------------------------


def test_given_vectors_are_used_for_thousands_of_answers(screen, encoder):
    texts = [
        "Waited 6 hours in A&E but the staff were kind.",
        "My husband hits me when he has been drinking.",
        "I dont want to be here anymore, nobody listens.",
        "Parking cost £4.50 and the signage was poor.",
    ]
    vectors = np.tile(encoder.encode(texts), (2_500, 1))
    flags = screen.check_many(texts * 2_500, vectors)
    assert sum(1 for f in flags if f) >= 5_000
