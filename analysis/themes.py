"""ThemeFinder: cluster free-text answers into labelled themes, scikit-learn style."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.exceptions import NotFittedError
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer, TfidfVectorizer
from sklearn.preprocessing import normalize

from analysis.text import strip_tags

Progress = Callable[[float, str], None]


@dataclass
class FoundTheme:
    """One theme learned by `fit`: its words, size and representative texts."""

    index: int
    label: str
    keywords: list[str]
    size: int
    representatives: list[int] = field(default_factory=list)


class ThemeFinder:
    """Find themes in short free-text answers.

    Parameters
    ----------
    n_themes : int or "auto"
        How many themes to find; "auto" follows the amount of data.
    min_theme_size : int
        Themes smaller than this are folded into their nearest neighbour.
    second_theme_threshold : float
        Cosine similarity a further theme needs to be assigned as rank 2 or more.
    random_state : int
        Seed for every random step, so the same data gives the same themes.
    progress : callable(fraction, message) or None
        Told how far `fit` has got.

    Examples
    --------
    >>> texts = ["long wait", "waited hours", "kind staff", "staff lovely"]
    >>> finder = ThemeFinder(n_themes=2).fit(texts)
    >>> finder.predict(["the wait was long"]).shape
    (1,)
    """

    def __init__(
        self,
        n_themes: int | str = "auto",
        min_theme_size: int = 5,
        second_theme_threshold: float = 0.35,
        random_state: int = 0,
        progress: Progress | None = None,
    ):
        self.n_themes = n_themes
        self.min_theme_size = min_theme_size
        self.second_theme_threshold = second_theme_threshold
        self.random_state = random_state
        self.progress = progress

    def fit(self, texts: Sequence[str], y=None) -> ThemeFinder:
        """Learn themes from `texts`; sets `themes_`, `labels_` and `centroids_`."""
        if len(texts) < 2:
            raise ValueError("ThemeFinder needs at least two texts to find themes")
        # Work in text order, so the same answers give the same themes whatever order
        # the database returns them in.
        order = np.array(sorted(range(len(texts)), key=lambda i: texts[i]), dtype=int)
        texts = [strip_tags(texts[i]) for i in order]
        self._report(0.05, "Reading answers")
        self.vectorizer_, matrix = _vectorise(texts)
        n_components = max(2, min(100, matrix.shape[1] - 1, len(texts) - 1))
        self.svd_ = TruncatedSVD(n_components=n_components, random_state=self.random_state)
        with np.errstate(invalid="ignore", divide="ignore"):  # uniform answers have no variance
            vectors = normalize(self.svd_.fit_transform(matrix))
        self._report(0.35, "Grouping answers into themes")
        labels = self._cluster(vectors)
        self._report(0.75, "Naming themes")
        labels, self.centroids_ = self._fold_small(vectors, labels)
        self.themes_ = self._describe(texts, vectors, labels)
        self.labels_ = np.empty_like(labels)
        self.labels_[order] = labels
        for theme in self.themes_:
            theme.representatives = [int(order[i]) for i in theme.representatives]
        self._report(1.0, f"Found {len(self.themes_)} themes")
        return self

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        """Cosine similarity of each text to each theme, without refitting."""
        if not hasattr(self, "centroids_"):
            raise NotFittedError("Call fit before transform")
        matrix = self.vectorizer_.transform([strip_tags(t) for t in texts])
        vectors = normalize(self.svd_.transform(matrix))
        return vectors @ self.centroids_.T

    def fit_transform(self, texts: Sequence[str], y=None) -> np.ndarray:
        return self.fit(texts).transform(texts)

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        """The main theme index of each text."""
        return self.transform(texts).argmax(axis=1)

    def rank_themes(
        self, scores: np.ndarray, main: np.ndarray | None = None
    ) -> list[list[tuple[int, float]]]:
        """Per text, (theme, score) pairs: the main theme, then others above the threshold.

        `main` fixes each text's main theme (e.g. `labels_` for the texts `fit` saw);
        otherwise it is the most similar theme.
        """
        ranked = []
        for i, row in enumerate(scores):
            first = int(main[i]) if main is not None else int(row.argmax())
            others = [int(j) for j in np.argsort(-row) if j != first][:2]
            picks = [(first, float(row[first]))]
            picks += [(j, float(row[j])) for j in others if row[j] >= self.second_theme_threshold]
            ranked.append(picks)
        return ranked

    def _choose_k(self, n_texts: int) -> int:
        if self.n_themes != "auto":
            return max(1, min(int(self.n_themes), n_texts))
        # More answers support more (and finer) themes; small surveys get a few broad ones.
        return int(min(25, max(2, round(math.sqrt(n_texts) / 2.2))))

    def _cluster(self, vectors: np.ndarray) -> np.ndarray:
        distinct = len(np.unique(vectors.round(6), axis=0))
        k = min(self._choose_k(len(vectors)), distinct)
        model = KMeans(n_clusters=k, n_init=4, random_state=self.random_state)
        return model.fit_predict(vectors)

    def _fold_small(self, vectors: np.ndarray, labels: np.ndarray):
        """Fold themes under min_theme_size into their nearest neighbour, renumbered by size."""
        labels = labels.copy()
        while True:
            ids, counts = np.unique(labels, return_counts=True)
            centroids = np.vstack([vectors[labels == i].mean(axis=0) for i in ids])
            small = [i for i, c in zip(ids, counts, strict=True) if c < self.min_theme_size]
            if not small or len(ids) <= 1:
                break
            victim = small[0]
            members = labels == victim
            keep = ids != victim
            sims = vectors[members] @ normalize(centroids[keep]).T
            labels[members] = ids[keep][sims.argmax(axis=1)]
        order = ids[np.argsort(-counts, kind="stable")]
        remap = {old: new for new, old in enumerate(order)}
        labels = np.array([remap[x] for x in labels])
        centroids = normalize(
            np.vstack([vectors[labels == i].mean(axis=0) for i in range(len(order))])
        )
        return labels, centroids

    def _describe(
        self, texts: list[str], vectors: np.ndarray, labels: np.ndarray
    ) -> list[FoundTheme]:
        keywords = _distinctive_terms(texts, labels, len(self.centroids_))
        themes = []
        for index, words in enumerate(keywords):
            members = np.flatnonzero(labels == index)
            closeness = vectors[members] @ self.centroids_[index]
            nearest = members[np.argsort(-closeness)][:10]
            themes.append(
                FoundTheme(index, _label(words), words[:8], len(members), [int(i) for i in nearest])
            )
        return themes

    def _report(self, fraction: float, message: str) -> None:
        if self.progress is not None:
            self.progress(fraction, message)


def _vectorise(texts: list[str]):
    """TF-IDF over stemmed words; very uniform answers fall back to keeping every term."""
    for min_df, max_df in ((2 if len(texts) >= 50 else 1, 0.5), (1, 1.0)):
        vectorizer = TfidfVectorizer(
            ngram_range=(1, 2),
            min_df=min_df,
            max_df=max_df,
            tokenizer=stemmed_words,
            token_pattern=None,
            lowercase=False,
            sublinear_tf=True,
        )
        try:
            return vectorizer, vectorizer.fit_transform(texts)
        except ValueError:
            continue
    raise ValueError("The answers have no words to find themes in")


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Praise, complaint and filler words say how people feel, not what about: themes are
# topics, so these never name one (sentiment is measured separately).
GENERIC_WORDS = frozenset(
    "good great lovely excellent brilliant amazing fantastic wonderful nice fine ok okay "
    "poor bad terrible awful dreadful rubbish shocking disappointing disappointed "
    "acceptable unacceptable really very just quite bit little lot lots thing things "
    "thank thanks thankyou appreciated appreciate grateful pleased happy unhappy "
    "think thought feel felt know say said told tell came come went go got get "
    "make made way did does doing job everything anything nothing something "
    "best better worse worst well always never sometimes "
    "isn wasn didn don doesn couldn wouldn shouldn aren weren hasn haven hadn won ll ve re".split()
)
LABEL_STOP_WORDS = ENGLISH_STOP_WORDS | GENERIC_WORDS

# Words of two or more letters; numbers never name a theme.
LABEL_TOKENS = r"(?u)\b[^\W\d_][^\W\d_']+\b"
_SUFFIXES = ("ings", "ing", "ed", "es", "s")


def _stem(word: str) -> str:
    """A light stemmer: "waited", "waiting" and "waits" all become "wait"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def stemmed_words(text: str) -> list[str]:
    """Lower-case words without numbers or stop words, lightly stemmed."""
    words = (w.lower().replace("'", "") for w in _WORD.findall(text))
    return [_stem(w) for w in words if w not in ENGLISH_STOP_WORDS and len(w) > 1]


def _distinctive_terms(texts: list[str], labels: np.ndarray, n_themes: int) -> list[list[str]]:
    """Class-based TF-IDF: words and phrases frequent in one theme and rare in others."""
    counter = CountVectorizer(
        ngram_range=(1, 3),
        stop_words=list(LABEL_STOP_WORDS),
        min_df=1,
        token_pattern=LABEL_TOKENS,
    )
    counts = counter.fit_transform(texts)
    vocabulary = counter.get_feature_names_out()
    per_theme = np.vstack(
        [np.asarray(counts[labels == i].sum(axis=0)).ravel() for i in range(n_themes)]
    )
    tf = per_theme / np.maximum(per_theme.sum(axis=1, keepdims=True), 1)
    average = per_theme.sum() / n_themes
    idf = np.log(1 + average / np.maximum(per_theme.sum(axis=0), 1))
    # Prefer phrases a little: "car park" reads better than "car".
    length_bonus = np.array([1.0 + 0.25 * term.count(" ") for term in vocabulary])
    scores = tf * idf * length_bonus
    result = []
    for row in scores:
        ranked = [vocabulary[i] for i in np.argsort(-row)[:30] if row[i] > 0]
        result.append(_drop_overlaps(ranked)[:10])
    return result


def _drop_overlaps(terms: list[str]) -> list[str]:
    """Keep a phrase and drop the single words it already contains."""
    kept: list[str] = []
    for term in terms:
        words = set(term.split())
        if any(words <= set(k.split()) or set(k.split()) <= words for k in kept):
            continue
        kept.append(term)
    return kept


def _label(keywords: list[str]) -> str:
    if not keywords:
        return "Other comments"
    head = keywords[:2]
    return (" / ".join(head)).capitalize()
