"""ThemeFinder: cluster free-text answers into labelled themes, scikit-learn style."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.cluster import KMeans, kmeans_plusplus
from sklearn.decomposition import TruncatedSVD
from sklearn.exceptions import NotFittedError
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer, TfidfVectorizer
from sklearn.preprocessing import normalize

from analysis.embedding import encode_reference
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
    max_themes : int
        The most themes "auto" chooses.
    random_state : int
        Seed for every random step, so the same data gives the same themes.
    progress : callable(fraction, message) or None
        Told how far `fit` has got.
    encoder : object with ``encode(texts) -> array`` or None
        A sentence encoder (see `analysis.embedding`). None uses the TF-IDF backend.
    initial_centres : array or None
        The previous run's theme centres (`centroids_`, same encoder). k-means starts
        from them, so re-analysis with a few more answers keeps the same themes.

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
        max_themes: int = 25,
        random_state: int = 0,
        progress: Progress | None = None,
        encoder=None,
        initial_centres: np.ndarray | None = None,
    ):
        self.n_themes = n_themes
        self.min_theme_size = min_theme_size
        self.second_theme_threshold = second_theme_threshold
        self.max_themes = max_themes
        self.random_state = random_state
        self.progress = progress
        self.encoder = encoder
        self.initial_centres = initial_centres

    def fit(self, texts: Sequence[str], y=None, vectors: np.ndarray | None = None) -> ThemeFinder:
        """Learn themes from `texts`; sets `themes_`, `labels_` and `centroids_`.

        `vectors` are `subject_vectors(encoder, texts)`, where they were cached already:
        themes follow what answers are about, so the words that only judge are left out.
        """
        if len(texts) < 2:
            raise ValueError("ThemeFinder needs at least two texts to find themes")
        if vectors is not None and len(vectors) != len(texts):
            raise ValueError("vectors must have one row per text")
        # Work in text order, so the same answers give the same themes whatever order
        # the database returns them in (up to rounding in the last digit of a sum).
        order = np.array(sorted(range(len(texts)), key=lambda i: texts[i]), dtype=int)
        texts = [strip_tags(texts[i]) for i in order]
        self._report(0.05, "Reading answers")
        if self.encoder is None:
            rows = _Rows(self._fit_tfidf(texts))
        else:
            rows = self._fit_embedding(texts, vectors, order)
        self._report(0.35, "Grouping answers into themes")
        labels, previous = self._cluster(texts, rows)
        self._report(0.75, "Naming themes")
        labels, self.centroids_ = self._fold_small(rows, labels)
        if previous is not None and len(self.centroids_) <= len(previous):
            # A warm start adds themes only where they survive folding: where the added
            # centres were folded away, the themes are those of the previous centres alone,
            # so that the same answers give the same themes again.
            kept, centres = self._fold_small(rows, _settle(rows, previous))
            if len(centres) >= len(self.centroids_):
                labels, self.centroids_ = kept, centres
        self.themes_ = self._describe(texts, rows, labels)
        self.labels_ = np.empty_like(labels)
        self.labels_[order] = labels
        for theme in self.themes_:
            theme.representatives = [int(order[i]) for i in theme.representatives]
        self._report(1.0, f"Found {len(self.themes_)} themes")
        return self

    def _fit_tfidf(self, texts: list[str]) -> np.ndarray:
        self.vectorizer_, matrix = _vectorise(texts)
        n_components = max(2, min(100, matrix.shape[1] - 1, len(texts) - 1))
        self.svd_ = TruncatedSVD(n_components=n_components, random_state=self.random_state)
        with np.errstate(invalid="ignore", divide="ignore"):  # uniform answers have no variance
            return normalize(self.svd_.fit_transform(matrix))

    def _fit_embedding(
        self, texts: list[str], vectors: np.ndarray | None, order: np.ndarray
    ) -> _Rows:
        # Praise and complaint about one subject sit apart in a sentence model; taking
        # out the praise-to-complaint direction lets themes follow subjects, not moods.
        self.mood_axis_ = mood_axis(self.encoder)
        if vectors is None:
            # Encoded here, in text order.
            return _Rows(subject_vectors(self.encoder, texts), None, self.mood_axis_)
        # The given vectors are read where they lie, a block at a time.
        return _Rows(vectors, order, self.mood_axis_)

    def transform(self, texts: Sequence[str], vectors: np.ndarray | None = None) -> np.ndarray:
        """Cosine similarity of each text to each theme, without refitting (`vectors` as
        in `fit`)."""
        if not hasattr(self, "centroids_"):
            raise NotFittedError("Call fit before transform")
        if self.encoder is None:
            matrix = self.vectorizer_.transform([strip_tags(t) for t in texts])
            return normalize(self.svd_.transform(matrix)) @ self.centroids_.T
        if vectors is None:
            vectors = subject_vectors(self.encoder, [strip_tags(t) for t in texts])
        return similarities(vectors, self.mood_axis_, self.centroids_)

    def fit_transform(
        self, texts: Sequence[str], y=None, vectors: np.ndarray | None = None
    ) -> np.ndarray:
        return self.fit(texts, vectors=vectors).transform(texts, vectors=vectors)

    def predict(self, texts: Sequence[str], vectors: np.ndarray | None = None) -> np.ndarray:
        """The main theme index of each text."""
        return self.transform(texts, vectors=vectors).argmax(axis=1)

    def rank_themes(
        self, scores: np.ndarray, main: np.ndarray | None = None
    ) -> list[list[tuple[int, float]]]:
        """Per text, (theme, score) pairs: the main theme, then others above the threshold.

        `main` fixes each text's main theme (e.g. `labels_` for the texts `fit` saw);
        otherwise it is the most similar theme.
        """
        scores = np.asarray(scores)
        if len(scores) == 0:
            return []
        rows = np.arange(len(scores))
        first = np.asarray(main, dtype=int) if main is not None else scores.argmax(axis=1)
        # The three best themes of each text, best first; the main one is taken out of them.
        top = min(3, scores.shape[1])
        best = np.argpartition(-scores, top - 1, axis=1)[:, :top]
        best = np.take_along_axis(best, np.argsort(-scores[rows[:, None], best], axis=1), axis=1)
        first_scores = scores[rows, first].tolist()
        best_scores = scores[rows[:, None], best].tolist()
        first, best = first.tolist(), best.tolist()
        threshold = self.second_theme_threshold
        ranked = []
        for i, main_theme in enumerate(first):
            picks = [(main_theme, first_scores[i])]
            pairs = zip(best[i], best_scores[i], strict=True)
            others = [(j, v) for j, v in pairs if j != main_theme][:2]
            picks += [(j, v) for j, v in others if v >= threshold]
            ranked.append(picks)
        return ranked

    def _choose_k(self, n_distinct: int) -> int:
        if self.n_themes != "auto":
            return max(1, min(int(self.n_themes), n_distinct))
        # More answers support more (and finer) themes; small surveys get a few broad ones.
        return int(min(self.max_themes, max(2, round(math.sqrt(n_distinct) / 2))))

    def _cluster(self, texts: list[str], rows: _Rows) -> tuple[np.ndarray, np.ndarray | None]:
        """k-means over distinct answers (a sample of them above FIT_SAMPLE), so that a
        reply repeated a thousand times ("Very good") does not pull every centre to it;
        then every answer goes to its nearest centre. Where a warm start added centres to
        the previous ones, also those previous centres (else None)."""
        keys = [_normalised(t) for t in texts]
        first = {}
        for i, key in enumerate(keys):
            first.setdefault(key, i)
        distinct = np.array(sorted(first.values()), dtype=int)
        sample = distinct
        if len(sample) > FIT_SAMPLE:
            rng = np.random.default_rng(self.random_state)
            sample = np.sort(rng.choice(distinct, FIT_SAMPLE, replace=False))
        points = rows.take(sample)
        # Different texts can share a vector (TF-IDF of reworded answers); k-means needs
        # at least as many different points as themes.
        k = min(self._choose_k(len(distinct)), _count_different(points))
        start, previous = self._starting_centres(points, k)
        if start is None:
            # copy_x=False: k-means centres the points in place; they are a copy already.
            model = KMeans(
                n_clusters=k,
                init=_kmeans_plus_plus,
                n_init=4,
                random_state=self.random_state,
                copy_x=False,
            )
            start = model.fit(points).cluster_centers_
        del points
        return _settle(rows, start), (start[:previous] if 0 < previous < len(start) else None)

    def _starting_centres(self, points: np.ndarray, k: int) -> tuple[np.ndarray | None, int]:
        """The previous centres, plus the points farthest from them if more themes are due,
        and how many of them are previous centres. Fewer themes than before are not forced:
        stable themes matter more than the count."""
        previous = self.initial_centres
        if previous is None or len(previous) == 0 or previous.shape[1] != points.shape[1]:
            return None, 0
        if len(previous) > len(points):
            return None, 0
        start = np.asarray(previous, dtype=points.dtype)
        if len(start) > self.max_themes:
            # Never more than max_themes: keep the centres nearest the most answers now.
            sizes = np.bincount((points @ start.T).argmax(axis=1), minlength=len(start))
            start = start[np.sort(np.argsort(-sizes, kind="stable")[: self.max_themes])]
        count = len(start)
        while len(start) < k:
            nearest = (points @ start.T).max(axis=1)
            start = np.vstack([start, points[int(nearest.argmin())]])
        return start, count

    def _fold_small(self, rows: _Rows, labels: np.ndarray):
        """Fold themes under min_theme_size away, smallest first, letting every answer
        settle to the nearest remaining theme; then number themes by size."""
        while True:
            ids, counts = np.unique(labels, return_counts=True)
            if counts.min() >= self.min_theme_size or len(ids) <= 1:
                break
            keep = ids[ids != ids[np.argmin(counts)]]
            labels = keep[_settle(rows, _means(rows, labels, keep))]
        order = ids[np.argsort(-counts, kind="stable")]
        remap = np.zeros(ids.max() + 1, dtype=int)
        remap[order] = np.arange(len(order))
        labels = remap[labels]
        return labels, _means(rows, labels, np.arange(len(order)))

    def _describe(self, texts: list[str], rows: _Rows, labels: np.ndarray) -> list[FoundTheme]:
        sample, weights = _distinct_sample(texts, labels, self.random_state)
        counts, vocabulary = _term_counts([texts[i] for i in sample])
        members = _theme_members(labels[sample], weights, len(self.centroids_))
        keywords = _distinctive_terms(counts, vocabulary, members)
        sampled = [texts[i] for i in sample]
        names = _overall(_names(counts, vocabulary, members, keywords, sampled), members, sampled)
        closeness = rows.closeness(self.centroids_, labels)
        themes = []
        for index, words in enumerate(keywords):
            members = np.flatnonzero(labels == index)
            nearest = members[np.argsort(-closeness[members], kind="stable")][:10]
            themes.append(
                FoundTheme(index, names[index], words[:8], len(members), [int(i) for i in nearest])
            )
        _tell_apart(themes)
        return themes

    def _report(self, fraction: float, message: str) -> None:
        if self.progress is not None:
            self.progress(fraction, message)


FIT_SAMPLE = 20_000
SAMPLE_PER_THEME = 200
LABEL_CANDIDATES = 10
# A second phrase joins the label when it describes the theme nearly as well as the first.
SECOND_PHRASE = 0.6
_PUNCTUATION = re.compile(r"[\W_]+")


class _Rows:
    """The answers' vectors, read where they lie, a block of rows at a time.

    `given[order[i]]` is the vector of the i-th text. Texts are in sorted order, so the same
    answers give the same themes whatever order they came in (up to rounding in the last
    digit of a sum). With `axis`, each vector x is read with the praise-to-complaint
    direction a taken out and made unit length again: w·(x − m·a), where m = x·a and
    w = 1/|x − m·a|. Keeping m and w per row is enough for similarities and sums, so no
    projected copy is ever made: at 100,000 answers of 768 numbers, a copy is 293 MiB.
    Labels going in and out are in text order.
    """

    def __init__(
        self, given: np.ndarray, order: np.ndarray | None = None, axis: np.ndarray | None = None
    ):
        self.given = np.asarray(given)
        self.order = np.arange(len(self.given)) if order is None else np.asarray(order)
        self.dtype = np.dtype(np.float32) if axis is not None else self.given.dtype
        self.axis = None if axis is None else np.asarray(axis, dtype=self.dtype)
        self.along = np.zeros(len(self.given), dtype=self.dtype)
        self.scale = np.ones(len(self.given), dtype=self.dtype)
        if self.axis is None:
            return  # rows are read as given (the TF-IDF backend's are unit length already)
        for start, block in self._blocks():
            along = block @ self.axis
            self.along[start : start + len(block)] = along
            squares = np.einsum("ij,ij->i", block, block) - along * along
            norms = np.sqrt(np.maximum(squares, 0))
            scale = self.scale[start : start + len(block)]
            np.divide(1, norms, out=scale, where=norms > 0)  # a zero row stays as it is

    def __len__(self) -> int:
        return len(self.order)

    def _blocks(self):
        for start in range(0, len(self.given), _BLOCK):
            yield start, self.given[start : start + _BLOCK]

    def take(self, which) -> np.ndarray:
        """The rows `which` (text order), read as described above, as a new array."""
        rows = self.given[self.order[which]]  # indexing made a copy: project it in place
        return rows if self.axis is None else project(rows, self.axis, copy=False)

    def _given_order(self, labels: np.ndarray) -> np.ndarray:
        """Labels in text order, rearranged into the order of the given rows."""
        rearranged = np.empty_like(labels)
        rearranged[self.order] = labels
        return rearranged

    def _offset(self, centres: np.ndarray) -> np.ndarray:
        """Each centre's component along the axis (m·(a·c) is what each row subtracts)."""
        if self.axis is None:
            return np.zeros(len(centres), dtype=self.dtype)
        return centres @ self.axis

    def step(self, centres: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each row's most similar centre (text order), and the sum of the rows of each."""
        offset = self._offset(centres)
        nearest = np.empty(len(self.given), dtype=np.intp)
        for start, block in self._blocks():
            stop = start + len(block)
            similar = block @ centres.T
            similar -= np.outer(self.along[start:stop], offset)
            # Each row's scale w is positive, so it cannot change which centre is nearest.
            nearest[start:stop] = similar.argmax(axis=1)
        return nearest[self.order], self._sums(nearest, len(centres))

    def sums(self, labels: np.ndarray, n: int) -> np.ndarray:
        """The sum of the rows labelled 0..n-1 (text order; -1 counts nowhere)."""
        return self._sums(self._given_order(labels), n)

    def _sums(self, labels: np.ndarray, n: int) -> np.ndarray:
        totals = np.zeros((n, self.given.shape[1]))
        along = np.zeros(n)
        for start, block in self._blocks():
            stop = start + len(block)
            part = labels[start:stop]
            member = np.flatnonzero(part >= 0)
            # A dense themes × rows matrix of weights: one matrix product per block.
            weights = np.zeros((n, len(block)), dtype=self.dtype)
            weights[part[member], member] = self.scale[start:stop][member]
            totals += weights @ block
            along += weights @ self.along[start:stop]
        if self.axis is not None:
            totals -= np.outer(along, self.axis)
        return totals

    def closeness(self, centres: np.ndarray, labels: np.ndarray) -> np.ndarray:
        """Each row's similarity to the centre of its own theme (text order)."""
        given_order = self._given_order(labels)
        offset = self._offset(centres)
        result = np.empty(len(self.given), dtype=self.dtype)
        for start, block in self._blocks():
            stop = start + len(block)
            own = given_order[start:stop]
            dots = np.einsum("ij,ij->i", block, centres[own]) - self.along[start:stop] * offset[own]
            result[start:stop] = dots * self.scale[start:stop]
        return result[self.order]


def _means(rows: _Rows, labels: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """The unit-length mean vector of each theme in `ids`."""
    ids = np.asarray(ids, dtype=int)
    lookup = np.full(max(int(ids.max()), int(labels.max())) + 1, -1)
    lookup[ids] = np.arange(len(ids))
    return normalize(rows.sums(lookup[labels], len(ids))).astype(rows.dtype)


def _kmeans_plus_plus(points: np.ndarray, k: int, random_state) -> np.ndarray:
    """scikit-learn's k-means++ starting centres, chosen on a float64 copy of the points:
    several times faster, since scikit-learn computes float32 distances in float64 chunks.
    The random draws are the same as on the float32 points, so the centres are too, except
    where a draw lands within rounding of a boundary (then an equally good start)."""
    wide = points.astype(np.float64)
    return kmeans_plusplus(wide, k, random_state=random_state)[0].astype(points.dtype)


def _count_different(points: np.ndarray) -> int:
    """How many different rows (to six decimals) `points` holds. Each row is read as one
    number, its dot product with a fixed random vector, a block at a time, so no sorted
    copy of the rows is made; two different rows giving the same number is vanishingly
    unlikely, and identical rows always do."""
    weights = np.random.default_rng(0).standard_normal(points.shape[1])
    step = 1024
    keys = [np.round(points[i : i + step], 6) @ weights for i in range(0, len(points), step)]
    return len(np.unique(np.concatenate(keys))) if keys else 0


def _settle(rows: _Rows, centres: np.ndarray, max_iter: int = 100) -> np.ndarray:
    """Spherical k-means steps over every answer, from these centres, until no answer
    changes theme. Settled centres are a fixed point: the same answers started from them
    stay where they are, which keeps re-analysis stable."""
    centres = normalize(np.asarray(centres, dtype=rows.dtype))
    labels = None
    for _ in range(max_iter):
        new, sums = rows.step(centres)
        if labels is not None and np.array_equal(new, labels):
            break
        labels = new
        present = np.unique(labels)
        centres = centres.copy()
        centres[present] = normalize(sums[present])
    return labels


def _normalised(text: str) -> str:
    return _PUNCTUATION.sub(" ", text.lower()).strip()


# Self-written pairs: the same subject praised and criticised. The mean difference of
# their vectors is the praise-to-complaint direction of the model.
MOOD_PAIRS = (
    ("The wait was short", "The wait was far too long"),
    ("Staff were kind and caring", "Staff were rude and uncaring"),
    ("They explained everything clearly", "Nobody explained anything to us"),
    ("Parking was easy", "Parking was a nightmare"),
    ("The food was lovely and hot", "The food was cold and horrible"),
    ("The ward was clean and tidy", "The ward was dirty"),
    ("Getting an appointment was easy", "Impossible to get an appointment"),
    ("We had plenty of staff on shift", "We are always short staffed"),
    ("My manager listens to me", "My manager never listens to me"),
    ("The receptionist was helpful", "The receptionist was unhelpful and rude"),
    ("I was kept informed", "I was never kept informed"),
    ("Pain relief came quickly", "I was left in pain for hours"),
    ("The repairs were done promptly", "The repairs took months"),
    ("Discharge was well organised", "Discharge was chaotic"),
    ("The carers arrive on time", "The carers are always late"),
    ("Excellent service", "Terrible service"),
)


def reference_texts() -> list[str]:
    """The fixed sentences the praise-to-complaint direction is measured from."""
    return [text for pair in MOOD_PAIRS for text in pair]


@lru_cache(maxsize=8)
def _mood_axis_cached(encoder) -> np.ndarray:
    praise = encode_reference(encoder, [good for good, _ in MOOD_PAIRS])
    complaint = encode_reference(encoder, [bad for _, bad in MOOD_PAIRS])
    axis = np.asarray(praise, dtype=np.float64).mean(axis=0) - np.asarray(
        complaint, dtype=np.float64
    ).mean(axis=0)
    return axis / np.linalg.norm(axis)


def project(vectors: np.ndarray, axis: np.ndarray, copy: bool = True) -> np.ndarray:
    """Vectors with the praise-to-complaint direction taken out, unit length again.

    float32, a block of rows at a time, so a million answers need no float64 copies;
    `copy=False` works in place where `vectors` is already a float32 array."""
    vectors = np.array(vectors, dtype=np.float32, copy=copy or None)
    axis = np.asarray(axis, dtype=np.float32)
    for start in range(0, len(vectors), _BLOCK):
        block = vectors[start : start + _BLOCK]
        block -= np.outer(block @ axis, axis)
        norms = np.linalg.norm(block, axis=1, keepdims=True)
        block /= np.where(norms == 0, 1, norms)
    return vectors


def similarities(vectors: np.ndarray, axis: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """Cosine similarity of each subject vector, read without the praise-to-complaint
    `axis`, to each theme centre: `transform` for vectors already encoded (e.g. cached).
    A block of rows at a time: the given vectors are never copied whole."""
    scores = np.empty((len(vectors), len(centres)), dtype=np.float32)
    for start in range(0, len(vectors), _BLOCK):
        block = project(vectors[start : start + _BLOCK], axis)
        scores[start : start + _BLOCK] = block @ centres.T
    return scores


# Rows per block: 8,192 rows of 768 numbers make a 24 MiB temporary.
_BLOCK = 8_192


def mood_axis(encoder) -> np.ndarray:
    """The unit praise-to-complaint direction of an encoder's vectors."""
    return _mood_axis_cached(encoder)


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
# The survey pages are offered in Welsh and Arabic too: their commonest function words never
# name a theme either ("Parcio yn" is "Parking is").
OTHER_FUNCTION_WORDS = frozenset(
    "yn yr mae roedd oedd sydd yw ydy ydw dw rydw ond iawn ddim dim fy ei eu ein eich ac "
    "gyda wedi bod hefyd ar am gan hyn hynny pan fel neu ni chi nhw hi fe fo hwn hon "
    "في من على الى إلى عن مع هذا هذه ذلك كان كانت لا ما لم لن هو هي انا أنا نحن هم كل جدا".split()
)
LABEL_STOP_WORDS = ENGLISH_STOP_WORDS | GENERIC_WORDS | OTHER_FUNCTION_WORDS

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


def _distinct_sample(
    texts: list[str], labels: np.ndarray, random_state: int
) -> tuple[np.ndarray, np.ndarray]:
    """Rows of distinct texts and how many answers each stands for: all of them up to
    FIT_SAMPLE, else a sample drawn theme by theme (at least SAMPLE_PER_THEME from each,
    so a small theme keeps its words), enough to name themes in bounded memory."""
    first: dict[str, int] = {}
    times: dict[str, int] = {}
    for i, text in enumerate(texts):
        first.setdefault(text, i)
        times[text] = times.get(text, 0) + 1
    rows = np.fromiter(first.values(), dtype=int, count=len(first))
    weights = np.array([times[texts[i]] for i in rows], dtype=np.float64)
    if len(rows) <= FIT_SAMPLE:
        return rows, weights
    rng = np.random.default_rng(random_state)
    kept_rows, kept_weights = [], []
    themes = labels[rows]
    for theme in np.unique(themes):
        members = np.flatnonzero(themes == theme)
        share = round(FIT_SAMPLE * len(members) / len(rows))
        take = min(len(members), max(SAMPLE_PER_THEME, share))
        chosen = np.sort(rng.choice(members, take, replace=False))
        # The sampled texts stand for every answer of their theme.
        scale = weights[members].sum() / weights[chosen].sum()
        kept_rows.append(rows[chosen])
        kept_weights.append(weights[chosen] * scale)
    rows = np.concatenate(kept_rows)
    order = np.argsort(rows, kind="stable")
    return rows[order], np.concatenate(kept_weights)[order]


def _term_counts(texts: list[str]):
    """Words and phrases of up to three words in each text (no stop or mood words)."""
    counter = CountVectorizer(
        ngram_range=(1, 3),
        stop_words=list(LABEL_STOP_WORDS),
        min_df=1,
        token_pattern=LABEL_TOKENS,
    )
    try:
        counts = counter.fit_transform(texts)
    except ValueError:  # no words at all (emoji, numbers)
        return sparse.csr_matrix((len(texts), 0)), np.array([], dtype=object)
    return counts.tocsc(), counter.get_feature_names_out()


def _theme_members(labels: np.ndarray, weights: np.ndarray, n_themes: int) -> sparse.csr_matrix:
    """Themes × texts: how many answers each text stands for, in the row of its theme."""
    return sparse.csr_matrix(
        (weights, (labels, np.arange(len(labels)))), shape=(n_themes, len(labels))
    )


def _distinctive_terms(counts, vocabulary, members) -> list[list[str]]:
    """Class-based TF-IDF: words and phrases frequent in one theme and rare in others.
    `counts` has a row per distinct text; `members` (themes × texts) says whose it is."""
    n_themes = members.shape[0]
    if counts.shape[1] == 0:
        return [[] for _ in range(n_themes)]
    per_theme = (members @ counts).toarray()
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


def _tell_apart(themes: list[FoundTheme]) -> None:
    """Two themes never share a label: the smaller one adds its next own keyword."""
    seen: set[str] = set()
    for theme in themes:  # largest first
        if theme.label in seen:
            used = set(stemmed_words(theme.label))
            extra = next(
                (
                    k
                    for k in theme.keywords
                    if _reads_as_topic(k) and not set(stemmed_words(k)) & used
                ),
                None,
            )
            if extra is not None:
                theme.label = f"{theme.label}: {extra}"
        seen.add(theme.label)


def _names(counts, vocabulary, members, keywords: list[list[str]], texts: list[str]) -> list[str]:
    """Each theme's label: of its keywords that read as a topic, the phrase found in most of
    its answers and in few of the others' (coverage times exclusivity), with a second phrase
    where one scores nearly as well. Counting answers needs no model, so re-analysis never
    loads one. `texts` are the texts of `counts`' rows, for the wording people used."""
    position = {term: i for i, term in enumerate(vocabulary)}
    size = np.maximum(np.asarray(members.sum(axis=1)).ravel(), 1)
    names = []
    for index, words in enumerate(keywords):
        candidates = list(dict.fromkeys(_trimmed(w, position) for w in words))
        candidates = [c for c in candidates if c and _reads_as_topic(c)][:LABEL_CANDIDATES]
        if not candidates:
            names.append("Other comments")
            continue
        uses = counts[:, [position[c] for c in candidates]]
        uses.data[:] = 1
        answers_with = np.asarray((members @ uses).todense())  # per theme, per candidate
        coverage = answers_with[index] / size[index]
        exclusivity = answers_with[index] / np.maximum(answers_with.sum(axis=0), 1)
        score = coverage * exclusivity
        ranked = [j for j in np.argsort(-score, kind="stable") if score[j] > 0] or [0]
        # A noun phrase leads where one scores nearly as well as a loose word ("treated").
        clean = [j for j in ranked if _is_clean(candidates[j])]
        best = score[ranked[0]]
        lead = next((j for j in clean if score[j] >= SECOND_PHRASE * best), ranked[0])
        first = candidates[lead]
        stems = set(stemmed_words(first))
        second = next(
            (
                candidates[j]
                for j in clean
                if j != lead
                and len(candidates[j].split()) <= 2
                and len(first.split()) <= 2
                and not set(stemmed_words(candidates[j])) & stems
                and score[j] >= SECOND_PHRASE * best
            ),
            None,
        )
        wording = _wording([texts[i] for i in members[index].indices])
        phrases = [wording(first)]
        # Only plain words and compounds join: "dignity and respect" or "easy to book"
        # already reads as a whole, and "and" twice reads as a list.
        if second and phrases[0] == first and wording(second) == second:
            phrases.append(second)
        if len(phrases) == 2 and " " in phrases[0] and " " not in phrases[1]:
            phrases.reverse()  # "Food and lunch club", not "Lunch club and food"
        label = " and ".join(phrases)
        names.append(label[0].upper() + label[1:])
    return names


# Function words, light and auxiliary verbs and fillers: a label that starts or ends with
# one reads as a fragment ("Time means having"), so such phrases never name a theme.
LIGHT_WORDS = ENGLISH_STOP_WORDS | frozenset(
    "have has having had means mean meant meaning get gets getting got gotten make makes "
    "making made be being been is was are were would could should might must will shall can "
    "may do does doing did done go goes going gone went take takes taking took taken give "
    "gives giving gave given keep keeps keeping kept put puts putting let lets letting seem "
    "seems seemed try tries trying tried want wants wanted need needs needed use uses using "
    "used like likes liked seeing see seen saw look looking looked find found start started "
    "starting stop stopped happen happens happened happening really also just even still "
    "actually basically definitely probably usually often maybe perhaps instead especially "
    "ever already quite rather pretty lot lots kind sort able unable sure yes yeah met left sent "
    "brought".split()
)
# Words ending like these are mostly verbs or adverbs ("treated", "quickly"): a label may
# use one only where no noun phrase describes the theme nearly as well.
_LOOSE_ENDINGS = ("ed", "ly")


# A theme where most answers name no subject, only how people felt ("Absolutely brilliant,
# thank you so much"), is about the experience as a whole: its keywords would be fragments
# of praise or complaint ("Perfect", "Absolutely"), so it gets this label instead.
OVERALL_LABEL = "Overall experience"
# Words, with "A&E" one word; apostrophes are taken out first ("couldn't" is "couldnt").
_TOKENS = re.compile(r"[^\W\d_]+(?:&[^\W\d_]+)*")


# Words that judge, thank or intensify without naming anything ("Absolutely brilliant, thank
# you so much"): written from general knowledge of feedback, not from any labelled data.
EVALUATIVE_WORDS = frozenset(
    "good great lovely excellent brilliant amazing fantastic wonderful nice fine ok okay "
    "superb outstanding perfect perfection exceptional fabulous fab awesome marvellous "
    "terrific incredible faultless top notch spot "
    "poor bad terrible awful dreadful rubbish shocking disappointing disappointed appalling "
    "disgraceful horrendous horrible useless unacceptable acceptable satisfactory "
    "best better worse worst happy unhappy pleased satisfied impressed grateful thankful "
    "thank thanks thankyou cheers appreciated appreciate experience overall fault faults "
    "faulted keep keeping doing yes just lots thing things".split()
)
# Function words, less those in scikit-learn's list that can name something ("the system",
# "my back", "cannot get through").
_FUNCTION_WORDS = ENGLISH_STOP_WORDS - frozenset(
    "amount back bill bottom call computer con cry describe detail empty fill find fire found "
    "front full get give interest mill mine move name part serious show side system thick thin "
    "through top".split()
)
# Contractions, written without their apostrophe ("wasn't" is "wasnt").
_CONTRACTIONS = frozenset(
    "dont didnt doesnt wasnt isnt arent werent wouldnt shouldnt hasnt havent hadnt wont "
    "im ive id ill youre youve theyre theyve weve were thats its whats theres".split()
)
# Intensifiers that can also name something ("my little one").
_NOT_INTENSIFIERS = frozenset({"little", "major", "total"})


@lru_cache(maxsize=1)
def _judging_words() -> frozenset[str]:
    """Words that judge, thank or intensify: `EVALUATIVE_WORDS` and VADER's intensifiers."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT

    return EVALUATIVE_WORDS | (frozenset(BOOSTER_DICT) - _NOT_INTENSIFIERS)


@lru_cache(maxsize=1)
def _no_subject_words() -> frozenset[str]:
    return _judging_words() | _FUNCTION_WORDS | _CONTRACTIONS


def _unquoted(text: str) -> str:
    """Lower case, apostrophes dropped: "Wasn't" is "wasnt", as `_CONTRACTIONS` has it."""
    return re.sub(r"['\u2019]", "", text.lower())


def _words(text: str) -> list[str]:
    return _TOKENS.findall(_unquoted(text))


_SUBJECT_TOKENS = re.compile(r"[\w'\u2019&]+|[^\w\s]")


def subject_text(text: str) -> str:
    """`text` without the words that only judge, thank or intensify: "The staff were
    absolutely brilliant, thank you" reads "The staff were , you". A sentence model places
    what is left by what the answer is about, so that praise and complaint about one
    subject fall together (measured in docs/analysis.md). An answer that names no subject
    ("Excellent, thank you!") is its own subject: nothing would be left to read."""
    if names_no_subject(text):
        return text
    judging = _judging_words()
    kept = [token for token in _SUBJECT_TOKENS.findall(text) if _unquoted(token) not in judging]
    return " ".join(kept)


def subject_vectors(encoder, texts: Sequence[str], whole: np.ndarray | None = None) -> np.ndarray:
    """The encoder's vector of each text's `subject_text`: what `ThemeFinder` clusters.
    Where `whole` (the vectors of `texts` themselves) is given, a text that loses no word
    takes its row instead of being encoded again."""
    subjects = [subject_text(t) for t in texts]
    if whole is None:
        return encoder.encode(subjects)
    result = np.array(whole, dtype=np.float32)
    changed = [i for i, (s, t) in enumerate(zip(subjects, texts, strict=True)) if s != t]
    if changed:
        result[changed] = encoder.encode([subjects[i] for i in changed])
    return result


def names_no_subject(text: str) -> bool:
    """True when every word of `text` only judges, thanks or intensifies, or is a function
    word: "Absolutely brilliant, thank you", not "Brilliant nurses" or "Nobody told us"."""
    allowed = _no_subject_words()
    return all(word in allowed for word in _words(text))


def common_words(texts: Sequence[str], n: int = 8) -> list[str]:
    """The `n` words found in most of `texts`, function words left out."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in set(_words(text)):
            if word not in ENGLISH_STOP_WORDS and word not in _CONTRACTIONS:
                counts[word] = counts.get(word, 0) + 1
    return sorted(counts, key=lambda word: (-counts[word], word))[:n]


def _overall(names: list[str], members, texts: list[str]) -> list[str]:
    """`OVERALL_LABEL` for the one theme with the largest share of answers (by weight) that
    name no subject, where that share is over half; the others keep their names."""
    if not texts:
        return names
    no_subject = np.array([names_no_subject(text) for text in texts], dtype=float)
    share = (members @ no_subject) / np.maximum(np.asarray(members.sum(axis=1)).ravel(), 1)
    best = int(np.argmax(share))
    if share[best] <= 0.5:
        return names
    return [OVERALL_LABEL if i == best else name for i, name in enumerate(names)]


def _reads_as_topic(phrase: str) -> bool:
    words = phrase.split()
    return words[0] not in LIGHT_WORDS and words[-1] not in LIGHT_WORDS


def _trimmed(phrase: str, vocabulary: dict[str, int]) -> str:
    """The phrase without light or loose words at its ends, where that is a counted
    phrase too: "treated dignity respect" becomes "dignity respect"."""
    words = phrase.split()
    while len(words) > 1 and (words[0] in LIGHT_WORDS or not _is_clean(words[0])):
        words = words[1:]
    while len(words) > 1 and (words[-1] in LIGHT_WORDS or not _is_clean(words[-1])):
        words = words[:-1]
    shorter = " ".join(words)
    return shorter if shorter in vocabulary else phrase


def _is_clean(phrase: str) -> bool:
    words = phrase.split()
    return not any(w.endswith(_LOOSE_ENDINGS) and len(w) > 4 for w in (words[0], words[-1]))


def _wording(texts: list[str]) -> Callable[[str], str]:
    """The words people wrote for a keyword: "dignity respect" was counted from "dignity
    and respect", since stop words are left out of counting. The most common way the
    theme's answers say it, with at most one short word between two, and all-capital
    words ("GP", "A&E") kept as written."""
    joined = "\n".join(texts)

    def wording(phrase: str) -> str:
        said_words = set(phrase.split())
        gap = r"(?:[^\w\n]+[a-z]{1,4})?[^\w\n]+"
        pattern = r"\b" + gap.join(re.escape(w) for w in phrase.split()) + r"\b"
        found: dict[str, int] = {}
        for match in re.finditer(pattern, joined, flags=re.IGNORECASE):
            words = _WORD.findall(match.group(0))
            if all(w.lower() in ENGLISH_STOP_WORDS for w in words if w.lower() not in said_words):
                text = " ".join(words)
                found[text] = found.get(text, 0) + 1
        if not found:
            return phrase
        said = max(sorted(found), key=found.get)
        return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in said.split())

    return wording
