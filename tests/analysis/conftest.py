"""Shared fixtures for the analysis tests."""

from __future__ import annotations

import csv
import warnings
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import MODEL_CACHE, QUALITY_MODEL

DEV = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev.csv"


@pytest.fixture(scope="session")
def quality_model() -> str:
    return QUALITY_MODEL


@pytest.fixture(scope="session")
def quality_encoder():
    """The measured model's encoder, one per test run, with the suite's model cache (so the
    engine's example sentences that `make test` prepared are read, not encoded)."""
    pytest.importorskip("sentence_transformers", reason="sentence-transformers is missing")
    from analysis.embedding import encoder_for

    return encoder_for(QUALITY_MODEL, MODEL_CACHE)


@pytest.fixture(scope="session")
def dev_rows() -> list[dict[str, str]]:
    """The rows of ../shared/eval/dev.csv, read where it lies (never copied: its licence)."""
    if not DEV.exists():
        pytest.skip(f"evaluation data not found at {DEV}")
    with DEV.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="session")
def dev_vectors(dev_rows, quality_encoder):
    """The measured model's vector of each text in ../shared/eval/dev.csv, encoded once per
    test run (the quality tests of themes and of sentiment both read them)."""
    texts = list(dict.fromkeys(row["text"] for row in dev_rows))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # third-party deprecations are not ours to fix
        vectors = quality_encoder.encode(texts)
    by_text = dict(zip(texts, vectors, strict=True))

    def of(wanted: list[str]) -> np.ndarray:
        return np.vstack([by_text[t] for t in wanted])

    return of
