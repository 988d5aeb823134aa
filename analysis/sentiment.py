"""Per-answer sentiment (positive / neutral / negative) for free-text feedback.

The sentiment of an answer depends on the question it answers: "Nothing" under "What could
be better?" means there is nothing to improve, under "What was good?" it is a complaint.
`SentimentScorer` reads the question's wording (never a rating) and the answer's text:

1. The question's polarity comes from its wording (`question_polarity`): asking what was
   good, asking what could be better, or neither.
2. Answers with nothing but a stock phrase ("nothing", "none", "N/A", "not sure", a bare
   number) are labelled by rule, relative to the question.
3. Everything else goes to logistic regression fitted at first use (in about a second, plus
   encoding the examples; cached per encoder) on the self-written examples in
   `analysis.sentiment_examples`. Features: VADER lexicon scores (with a few words of care
   feedback added, such as "thorough" and "dismissive") of the whole answer, of its clauses
   and of either side of its last contrast (so "lovely staff but an awful wait" reads as
   mixed, and what follows the "but" can weigh more), a few cue words (suggestions, hedges,
   a leading "nothing", a long delay such as "took three weeks", something not done such as
   "never turn up", no judgement at all), word n-grams and, given an encoder, the
   sentence embedding. The lexical features are also multiplied by the question's polarity,
   the embedding only lightly, so the same words can mean different things under different
   questions. With an encoder, an ordinal pair of regressions ("not positive", "negative")
   replaces the single three-way one.

Measured on human-labelled NHS FFT comments (benchmarks/sentiment_quality.py): macro-F1
0.64 with all-MiniLM-L6-v2, 0.62 lexical only (VADER alone: 0.46).

>>> SentimentScorer().predict(["Nothing", "Nothing"], ["What was good?", "What could be better?"])
['negative', 'positive']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from threadpoolctl import threadpool_limits
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.embedding import encode_reference
from analysis.sentiment_examples import examples
from analysis.text import NOTHING_WORDINGS, plain_answer, strip_tags

LABELS = ("positive", "neutral", "negative")

# --- the question -------------------------------------------------------------------------

_ASKS_CHANGE = re.compile(
    r"\b(?:better|improv\w*|chang\w*|different\w*|difference|wrong|wors\w*|problem\w*|"
    r"issues?|complain\w*|concern\w*|dislik\w*|disappoint\w*|bad|poor\w*|fix\w*|lack\w*|"
    r"frustrat\w*|unhappy|suggest\w*|should|least|instead|missing|worr\w*|difficult\w*|"
    r"challeng\w*|barriers?|obstacles?|get(?:s|ting)? in the way|annoy\w*|upset\w*)\b"
)
_ASKS_GOOD = re.compile(
    r"\b(?:good|well|likes?|liked|best|enjoy\w*|positive|great|helpful|helped|pleased|happy|"
    r"satisf\w*|valued?|appreciat\w*|impress\w*|prais\w*|thank\w*|excellent|strengths?|"
    r"right|love[ds]?)\b"
)
# "What was not good?", "What didn't go well?", "What did you like least?"
_NEGATED_GOOD = re.compile(
    r"\b(?:not|n't|never|no)\s+(?:\w+\s+){0,2}?(?:good|well|like|liked|great|helpful|happy|"
    r"right|enjoy\w*|pleased|satisf\w*)\b|\b(?:like|liked|enjoy\w*)\s+(?:\w+\s+)?least\b"
)
# Words that look like praise but ask nothing: "How well ...?", "would you like to tell us"
_NOT_A_CUE = re.compile(
    r"\bhow\s+(?:well|good|happy|satisfied|pleased)\b|\b(?:would|'d)\s+(?:you\s+)?like\b"
    r"|\bas well\b"
)


def question_polarity(question: str | None) -> int:
    """+1 when the question asks what was good, -1 what could be better, 0 neither or both.

    Read from the wording alone, so it works for any survey:

    >>> [question_polarity(q) for q in ("What went well?", "What could we do better?", None)]
    [1, -1, 0]
    """
    if not question:
        return 0
    wording = question.lower().replace("\u2019", "'")
    wording = _NOT_A_CUE.sub(" ", re.sub(r"\b(\w+)n't\b", r"\1 n't", wording))
    negated = _NEGATED_GOOD.search(wording) is not None
    rest = _NEGATED_GOOD.sub(" ", wording)
    asks_change = negated or _ASKS_CHANGE.search(rest) is not None
    asks_good = _ASKS_GOOD.search(rest) is not None
    if asks_change == asks_good:
        return 0
    return -1 if asks_change else 1


def question_asks_for(wording: str | None) -> str | None:
    """ "improvement" for "What could be better?", "praise" for "What was good?", else None.
    Codes such as ``could_improve`` read as their words."""
    polarity = question_polarity(wording.replace("_", " ") if wording else wording)
    return {1: "praise", -1: "improvement"}.get(polarity)


# --- stock short answers ------------------------------------------------------------------

# Says nothing about the experience, whatever the question.
_NON_ANSWER = frozenset(
    "n/a|na|n a|not applicable|no comment|no comments|did not answer|no answer|not answered|"
    "don't know|dont know|do not know|not sure|unsure|no idea|see above|as above|same as above|"
    "pass|ok|okay|x|not known|no opinion|idk|dk|as before|same|dunno".split("|")
)
# "Nothing to add": nothing to improve under an improvement question, else no answer.
_NOTHING_MORE = frozenset(
    "nothing to add|nothing else|nothing more|nothing further|nothing else to add|no thanks|"
    "no thank you|nothing more to add|nothing else to say|no further comments|no other comments|"
    "no further comment".split("|")
)
# Positive whatever the question ("What could be better?" "All good").
_ALL_GOOD = frozenset(
    "all good|all fine|fine|all ok|no complaints|no complaint|no problems|no problem|"
    "nothing to improve|keep it up|keep up the good work|excellent|brilliant|perfect|"
    "great|very good|good|thank you|thanks|thank you very much|can't fault|cant fault|"
    "couldn't fault|could not fault|spot on|all great|all excellent|nothing needs improving|"
    "no improvements needed|no improvement needed|no changes needed|nothing needs changing|"
    "nothing could be improved|nothing could be better|nothing to complain about|"
    "couldn't be better|could not be better|nothing i would change|wouldn't change anything|"
    "would not change anything".split("|")
)
_LETTER = re.compile(r"[^\W\d_]")


def _rule_label(text: str, polarity: int) -> str | None:
    """The label of a stock answer, or None when the answer needs reading."""
    cleaned = plain_answer(text)
    if not _LETTER.search(cleaned):
        return None if _has_emoji(text) else "neutral"  # blank, "5", "10/10", "-"
    if cleaned in _NON_ANSWER:
        return "neutral"
    if cleaned in _ALL_GOOD:
        return "positive"
    if cleaned in NOTHING_WORDINGS:
        return {1: "negative", -1: "positive"}.get(polarity, "neutral")
    if cleaned in _NOTHING_MORE:
        return "positive" if polarity == -1 else "neutral"
    return None


def _has_emoji(text: str) -> bool:
    return any(ord(ch) > 0x2100 for ch in text) or re.search(r"[:;]-?[()DP]", text) is not None


# --- features -----------------------------------------------------------------------------

_CLAUSE = re.compile(
    r"\b(?:but|however|although|though|except|apart from|other than|whereas|yet|only thing)\b"
    r"|[.;!?\n]+",
    re.IGNORECASE,
)
# Text-speak and common misspellings the lexicon would miss ("v good", "brill", "excellant").
_SPELLING = {
    "v": "very",
    "brill": "brilliant",
    "brillant": "brilliant",
    "fab": "fabulous",
    "gr8": "great",
    "excellant": "excellent",
    "excelent": "excellent",
    "thx": "thanks",
    "thanx": "thanks",
    "ty": "thank you",
    "proffesional": "professional",
    "profesional": "professional",
    "helpfull": "helpful",
    "unhelpfull": "unhelpful",
    "hrs": "hours",
    "hr": "hour",
    "mins": "minutes",
    "tbh": "to be honest",
}
_SPELLING_WORD = re.compile(r"\b(?:" + "|".join(map(re.escape, _SPELLING)) + r")\b", re.IGNORECASE)
_SUGGEST = re.compile(
    r"\b(?:more|less|fewer|should|shouldn't|need|needs|needed|better|improv\w*|quicker|faster|"
    r"shorter|sooner|cheaper|easier|earlier|stop|wish|please|must|proper|properly)\b"
)
_HEDGE = re.compile(r"\b(?:maybe|perhaps|possibly|might|would be nice|would help)\b")
# The last contrast splits "what was fine" from "what the answer is really about".
_CONTRAST = re.compile(
    r"\b(?:but|however|although|though|except|apart from|other than|whereas|only thing|"
    r"shame|unfortunately|despite|even though|otherwise)\b",
    re.IGNORECASE,
)
# A delay long enough to complain about: "waited 5 hours", "took three weeks", "still waiting".
# A length of time only counts after a word of waiting or taking, so "over the years" and
# "seen in half an hour" are not delays.
_DELAY = re.compile(
    r"\b(?:wait\w*|took|takes?|taking|spent|sat|left|lasted|chas\w*|queu\w*|hold)\s+"
    r"(?:(?:for|about|around|over|nearly|almost|at least|more than|well over)\s+)*"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|"
    r"few|couple of)\s+(?:\w+\s+)?(?:hours?|days?|weeks?|months?|years?)\b"
    r"|\b(?:still waiting|still not|ages|all day|all night|on hold|waiting list|chas(?:e|ed|ing)|"
    r"not once|no reply|no answer)\b"
    r"|\bnever\s+(?:\w+\s+){0,2}?(?:c[ao]mes?|arriv\w*|r[ai]ng\w*|call\w*|turn\w*|answer\w*|"
    r"show\w*|got|get|listen\w*|repl\w*|respond\w*|bother\w*|on time)\b"
)
# Something not done: "never turn up", "didn't examine me", "no help". Under "What was good?"
# it marks a complaint that VADER's lexicon cannot see.
_NEGATION = re.compile(
    r"\b(?:never|not|no|nobody|no one|noone|none|without|cannot|cant|didnt|dont|doesnt|wasnt|"
    r"wont|isnt)\b"
    r"|n't\b"
)
_LEADING_NOTHING = re.compile(
    r"^(?:nothing|none|no|nope|not really|not a thing|can't think|cannot think|cant think)\b"
)


# Words of care feedback that VADER's general lexicon misses or misreads ("took me seriously"
# is not a complaint). Valences on VADER's -4..4 scale; VADER's own negation still applies
# ("not thorough", "never listened"). Written from the wording of care feedback in general.
_CARE_LEXICON = {
    "thorough": 1.6,
    "professional": 1.5,
    "informative": 1.5,
    "attentive": 1.8,
    "listened": 1.2,
    "explained": 0.9,
    "spotless": 2.0,
    "angels": 2.0,
    "lifeline": 2.0,
    "faultless": 2.5,
    "unfaultable": 2.5,
    "dismissive": -2.0,
    "unprofessional": -2.0,
    "shambles": -2.5,
    "shambolic": -2.5,
    "filthy": -2.5,
    "disorganised": -1.8,
    "disorganized": -1.8,
    "chaotic": -1.8,
    "unanswered": -1.5,
    "understaffed": -1.5,
    "rushed": -1.0,
    "late": -0.8,
    "uncaring": -2.2,
    "seriously": 0.0,
}


@lru_cache(maxsize=1)
def _vader() -> SentimentIntensityAnalyzer:
    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon = {**analyzer.lexicon, **_CARE_LEXICON}  # this instance only
    return analyzer


def _lexicon_row(text: str) -> list[float]:
    """VADER scores of the answer and its clauses, and a few cue words."""
    text = _SPELLING_WORD.sub(lambda m: _SPELLING[m.group(0).lower()], text)
    vader = _vader()
    whole = vader.polarity_scores(text)
    clauses = [c.strip() for c in _CLAUSE.split(text) if c and c.strip()]
    scores = [vader.polarity_scores(c)["compound"] for c in clauses] or [0.0]
    high, low = max(max(scores), 0.0), min(min(scores), 0.0)
    lowered = text.lower().replace("\u2019", "'")
    parts = _CONTRAST.split(text)
    if len(parts) > 1 and parts[0].strip() and parts[-1].strip():
        before = vader.polarity_scores(" ".join(parts[:-1]))["compound"]
        after = vader.polarity_scores(parts[-1])["compound"]
    else:
        before = after = 0.0
    delay = float(_DELAY.search(lowered) is not None)
    return [
        whole["compound"],
        whole["pos"],
        whole["neg"],
        high,
        low,
        high * -low,  # praise and complaint side by side
        scores[0],
        scores[-1],  # the last clause often carries the verdict
        float(_SUGGEST.search(lowered) is not None),
        float(_HEDGE.search(lowered) is not None),
        float(_LEADING_NOTHING.search(lowered) is not None),
        float(np.log1p(len(lowered.split())) / 3.0),
        before,  # praise, then a contrast ...
        after,  # ... then what the answer is really about
        max(before, 0.0) * -min(after, 0.0),  # "lovely staff but ..."
        -min(before, 0.0) * max(after, 0.0),  # "a long wait but ..."
        delay,
        delay * max(whole["compound"], 0.0),  # praise next to a long delay
        float(whole["pos"] == 0.0 and whole["neg"] == 0.0 and not delay),  # no judgement
        float(_NEGATION.search(lowered) is not None),
    ]


def _with_interactions(matrix: np.ndarray, polarities: np.ndarray) -> np.ndarray:
    """The features, then the features times the question's polarity (+1, 0 or -1)."""
    return np.hstack([matrix, matrix * polarities[:, None]])


# Settings chosen by cross-checking on self-written sentences, never on labelled feedback.
EMBEDDING_SCALE = 2.0  # unit-length vectors; more let the topic outweigh the wording
# Embeddings mostly encode the topic; letting the question reweigh them freely taught the
# model that "repairs" or "carers" are praise under "What was good?". A light touch only.
EMBEDDING_QUESTION_WEIGHT = 0.25
C_LEXICAL = 3.0
C_EMBEDDING = 3.0


class _Ordinal:
    """Two logistic regressions on the ordered labels: "not positive" and "negative".

    Neutral is what lies between them, which suits mixed and lukewarm answers.
    """

    classes_ = np.array(["negative", "neutral", "positive"])

    def __init__(self, C: float):
        self.C = C

    def fit(self, X, y) -> _Ordinal:
        y = np.asarray(y)
        self.not_positive_ = _logistic(self.C).fit(X, y != "positive")
        self.negative_ = _logistic(self.C).fit(X, y == "negative")
        return self

    def predict_proba(self, X) -> np.ndarray:
        not_positive = self.not_positive_.predict_proba(X)[:, 1]
        negative = self.negative_.predict_proba(X)[:, 1]
        neutral = np.clip(not_positive - negative, 0.0, None)
        proba = np.column_stack([negative, neutral, 1.0 - not_positive]) + 1e-9
        return proba / proba.sum(axis=1, keepdims=True)


def _logistic(C: float) -> LogisticRegression:
    # Balanced: the mix of labels among the examples says nothing about real answers.
    return LogisticRegression(C=C, class_weight="balanced", max_iter=3000)


@dataclass
class _Model:
    """Fitted feature makers and classifier; `embeds` says whether vectors join the features."""

    words: TfidfVectorizer
    scaler: StandardScaler
    classifier: LogisticRegression | _Ordinal
    embeds: bool

    def features(self, texts: list[str], polarities: np.ndarray, vectors) -> sparse.csr_matrix:
        lexical = np.array([_lexicon_row(t) for t in texts], dtype=np.float64)
        asks = np.column_stack([polarities == 1, polarities == -1]).astype(np.float64)
        lexical = np.hstack([lexical.reshape(len(texts), -1), asks])
        blocks = [_with_interactions(self.scaler.transform(lexical), polarities)]
        if self.embeds:
            scaled = np.asarray(vectors, dtype=np.float64) * EMBEDDING_SCALE
            blocks += [scaled, scaled * (polarities[:, None] * EMBEDDING_QUESTION_WEIGHT)]
        words = self.words.transform(texts)
        return sparse.hstack([sparse.csr_matrix(np.hstack(blocks)), words]).tocsr()

    def proba(self, texts: list[str], polarities: np.ndarray, vectors) -> np.ndarray:
        """Probabilities in `LABELS` order."""
        features = self.features(texts, polarities, vectors)
        with threadpool_limits(limits=1, user_api="blas"):
            raw = self.classifier.predict_proba(features)
        order = [list(self.classifier.classes_).index(label) for label in LABELS]
        return raw[:, order]


def reference_texts() -> list[str]:
    """The self-written example answers the scorer learns from, as the model reads them."""
    return [strip_tags(text) for _question, text, _label in examples()]


@lru_cache(maxsize=4)
def _fitted(encoder) -> _Model:
    """Fit on the self-written examples, once per encoder (None: lexical only)."""
    questions, _texts, labels = zip(*examples(), strict=True)
    texts = reference_texts()
    polarities = np.array([question_polarity(q) for q in questions], dtype=np.float64)
    embeds = encoder is not None
    model = _Model(
        words=TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit(texts),
        scaler=StandardScaler(),
        # The ordinal pair reads mixed answers better from embeddings; on the lexical
        # features alone one three-way regression does (both checked on held-back
        # self-written sentences).
        classifier=_Ordinal(C_EMBEDDING) if embeds else _logistic(C_LEXICAL),
        embeds=embeds,
    )
    lexical = np.array([_lexicon_row(t) for t in texts], dtype=np.float64)
    asks = np.column_stack([polarities == 1, polarities == -1]).astype(np.float64)
    model.scaler.fit(np.hstack([lexical, asks]))
    vectors = encode_reference(encoder, texts) if embeds else None
    features = model.features(texts, polarities, vectors)
    # A small problem: one BLAS thread is fastest, and on a busy machine many threads
    # fighting over two cores made this fit take 30 times longer.
    with threadpool_limits(limits=1, user_api="blas"):
        model.classifier.fit(features, list(labels))
    return model


# --- the scorer ---------------------------------------------------------------------------

_RULE_CONFIDENCE = 0.9


class SentimentScorer:
    """Label free-text answers positive, neutral or negative, reading the question's wording.

    Parameters
    ----------
    encoder : object with ``encode(list[str]) -> np.ndarray`` (L2-normalised rows), or None
        A sentence encoder whose vectors join the lexical features. None: lexical only.

    Never reads a rating: only the answer's text and its question's wording.
    """

    LABELS = LABELS

    def __init__(self, encoder=None):
        self.encoder = encoder

    def predict(
        self,
        texts: Sequence[str],
        questions: Sequence[str | None] | None = None,
        vectors: np.ndarray | None = None,
    ) -> list[str]:
        """One label from `LABELS` per text."""
        proba = self.predict_proba(texts, questions, vectors)
        return [LABELS[i] for i in proba.argmax(axis=1)]

    def predict_proba(
        self,
        texts: Sequence[str],
        questions: Sequence[str | None] | None = None,
        vectors: np.ndarray | None = None,
    ) -> np.ndarray:
        """Probabilities, one row per text, columns in `LABELS` order.

        `questions[i]` is the wording of the question `texts[i]` answers (None: unknown).
        `vectors` are the encoder's vectors of `texts`, if already computed.
        """
        texts = ["" if t is None or t != t else strip_tags(str(t)) for t in texts]
        if questions is None:
            questions = [None] * len(texts)
        if len(questions) != len(texts):
            raise ValueError("questions must have one entry per text")
        polarities = np.array([question_polarity(q) for q in questions], dtype=np.float64)
        proba = np.zeros((len(texts), len(LABELS)))
        todo = []
        for i, (text, polarity) in enumerate(zip(texts, polarities, strict=True)):
            label = _rule_label(text, int(polarity))
            if label is None:
                todo.append(i)
            else:
                proba[i] = (1 - _RULE_CONFIDENCE) / (len(LABELS) - 1)
                proba[i, LABELS.index(label)] = _RULE_CONFIDENCE
        if todo:
            proba[todo] = self._model_proba(texts, polarities, vectors, todo)
        return proba

    def _model_proba(self, texts, polarities, vectors, todo: list[int]) -> np.ndarray:
        model = _fitted(self.encoder)
        chosen = [texts[i] for i in todo]
        rows = None
        if model.embeds:
            rows = self.encoder.encode(chosen) if vectors is None else np.asarray(vectors)[todo]
        return model.proba(chosen, polarities[todo], rows)
