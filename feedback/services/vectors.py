"""Answer vectors: encoded once, after the answer is stored, and cached for every analysis."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

import numpy as np
from flask import current_app
from sqlalchemy import insert, select

from analysis.embedding import encoder_for, from_bytes, to_bytes
from feedback.extensions import db
from feedback.models import Answer, AnswerVector
from feedback.services import safeguarding

Progress = Callable[[float, str], None]
# Committed in batches, so a stopped worker keeps what it has done.
BATCH = 512


def encoder():
    """The configured sentence encoder, or None for the TF-IDF backend."""
    config = current_app.config
    return encoder_for(config["THEME_MODEL"], config.get("MODEL_CACHE"))


def backend_name() -> str:
    found = encoder()
    return "tfidf" if found is None else found.name


def encode_missing(answer_ids: Sequence[uuid.UUID], progress: Progress | None = None) -> int:
    """Encode the answers among `answer_ids` with no cached vector yet; returns how many."""
    found = encoder()
    if found is None:
        return 0
    cached = _cached_ids(found.name, answer_ids)
    todo = [i for i in answer_ids if i not in cached]
    texts = _texts(todo)
    todo = [i for i in todo if (texts.get(i) or "").strip()]
    for start in range(0, len(todo), BATCH):
        batch = todo[start : start + BATCH]
        vectors = found.encode([texts[i] for i in batch])
        db.session.execute(
            insert(AnswerVector),
            [
                {"answer_id": i, "model": found.name, "vector": to_bytes(v)}
                for i, v in zip(batch, vectors, strict=True)
            ],
        )
        # Each answer is screened for safeguarding by meaning once, as it is encoded.
        safeguarding.flag_similar(batch, vectors)
        db.session.commit()
        if progress is not None:
            done = start + len(batch)
            progress(done / len(todo), f"Reading new answers ({done:,} of {len(todo):,})")
    return len(todo)


def cached_vectors(answer_ids: Sequence[uuid.UUID]) -> np.ndarray | None:
    """The cached vectors of these answers in order, or None on the TF-IDF backend."""
    found = encoder()
    if found is None:
        return None
    vectors: dict[uuid.UUID, np.ndarray] = {}
    for chunk in _chunks(answer_ids):
        rows = db.session.execute(
            select(AnswerVector.answer_id, AnswerVector.vector).where(
                AnswerVector.model == found.name, AnswerVector.answer_id.in_(chunk)
            )
        )
        vectors.update((answer_id, from_bytes(blob)) for answer_id, blob in rows)
    return np.vstack([vectors[i] for i in answer_ids])


def _cached_ids(model: str, answer_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    cached: set[uuid.UUID] = set()
    for chunk in _chunks(answer_ids):
        cached.update(
            db.session.scalars(
                select(AnswerVector.answer_id).where(
                    AnswerVector.model == model, AnswerVector.answer_id.in_(chunk)
                )
            )
        )
    return cached


def _texts(answer_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str | None]:
    texts: dict[uuid.UUID, str | None] = {}
    for chunk in _chunks(answer_ids):
        texts.update(
            db.session.execute(
                select(Answer.id, Answer.text_redacted).where(Answer.id.in_(chunk))
            ).all()
        )
    return texts


def _chunks(items: Sequence, size: int = 10_000):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def encode_pending(progress: Progress | None = None) -> int:
    """Encode every free-text answer that has no vector for the current model yet."""
    found = encoder()
    if found is None:
        return 0
    missing = (
        select(Answer.id)
        .outerjoin(
            AnswerVector,
            (AnswerVector.answer_id == Answer.id) & (AnswerVector.model == found.name),
        )
        .where(Answer.text_redacted.is_not(None), AnswerVector.answer_id.is_(None))
        .order_by(Answer.id)
    )
    return encode_missing(db.session.scalars(missing).all(), progress)
