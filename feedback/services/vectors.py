"""Answer vectors: encoded once, after the answer is stored, and cached for every analysis.

Each answer has two: the vector of its whole text (sentiment, safeguarding by meaning) and
the vector of its subject, the text without the words that only judge (themes; see
`analysis.themes.subject_text`). An answer that loses no word shares one encoding."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

import numpy as np
from flask import current_app
from sqlalchemy import insert, or_, select
from sqlalchemy.orm import aliased

from analysis import safeguarding_semantic, sentiment, themes
from analysis.embedding import encoder_for, from_bytes, to_bytes
from analysis.themes import subject_vectors
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


def subjects_model(found) -> str:
    """The name the subject vectors of `found`, an encoder, are cached under."""
    return f"{found.name} subjects"


def prepare(progress: Progress | None = None) -> int:
    """Encode the engine's own example sentences (sentiment, safeguarding, the
    praise-to-complaint pairs) where the model cache lacks them, with progress; returns how
    many. Once per model: every later run reads them from the cache."""
    found = encoder()
    if found is None:
        return 0
    return found.prepare_reference(reference_texts(), progress)


def reference_texts() -> list[str]:
    """Every fixed sentence the engine encodes to fit its own models."""
    return [
        *sentiment.reference_texts(),
        *safeguarding_semantic.training_set()[0],
        *themes.reference_texts(),
    ]


def encode_missing(answer_ids: Sequence[uuid.UUID], progress: Progress | None = None) -> int:
    """Encode the answers among `answer_ids` with no cached vectors yet; returns how many."""
    found = encoder()
    if found is None:
        return 0
    whole_done = _cached_ids(found.name, answer_ids)
    subjects_done = _cached_ids(subjects_model(found), answer_ids)
    todo = [i for i in answer_ids if i not in whole_done or i not in subjects_done]
    texts = _texts(todo)
    todo = [i for i in todo if (texts.get(i) or "").strip()]
    for start in range(0, len(todo), BATCH):
        batch = todo[start : start + BATCH]
        fresh = [i for i in batch if i not in whole_done]
        encoded = found.encode([texts[i] for i in fresh])
        _store(found.name, fresh, encoded)
        # Each answer is screened for safeguarding by meaning once, as it is encoded.
        safeguarding.flag_similar(fresh, encoded)
        wanted = [i for i in batch if i not in subjects_done]
        if wanted:
            # An answer cached before subjects were (an upgrade) reads its whole text's
            # vector back rather than encoding it again.
            whole = dict(zip(fresh, encoded, strict=True))
            earlier = [i for i in wanted if i not in whole]
            if earlier:
                whole.update(zip(earlier, cached_vectors(earlier), strict=True))
            subjects = subject_vectors(
                found, [texts[i] for i in wanted], np.vstack([whole[i] for i in wanted])
            )
            _store(subjects_model(found), wanted, subjects)
        db.session.commit()
        if progress is not None:
            done = start + len(batch)
            progress(done / len(todo), f"Reading new answers ({done:,} of {len(todo):,})")
    return len(todo)


def _store(model: str, answer_ids: Sequence[uuid.UUID], found: np.ndarray) -> None:
    if len(answer_ids):
        db.session.execute(
            insert(AnswerVector),
            [
                {"answer_id": i, "model": model, "vector": to_bytes(v)}
                for i, v in zip(answer_ids, found, strict=True)
            ],
        )


def cached_vectors(answer_ids: Sequence[uuid.UUID], subjects: bool = False) -> np.ndarray | None:
    """The cached vectors of these answers in order (of their subjects, for themes, with
    `subjects`), or None on the TF-IDF backend.

    Each row is copied into the result as it is read, so the stored bytes of all the
    answers are never held beside the array (at 1M answers, each is 2.9 GB). KeyError
    names an answer with no cached vector."""
    found = encoder()
    if found is None:
        return None
    model = subjects_model(found) if subjects else found.name
    distinct = list(dict.fromkeys(answer_ids))
    where = {answer_id: n for n, answer_id in enumerate(distinct)}
    result: np.ndarray | None = None
    filled = np.zeros(len(distinct), dtype=bool)
    for chunk in _chunks(distinct):
        rows = db.session.execute(
            select(AnswerVector.answer_id, AnswerVector.vector).where(
                AnswerVector.model == model, AnswerVector.answer_id.in_(chunk)
            )
        )
        for answer_id, blob in rows:
            vector = from_bytes(blob)
            if result is None:
                result = np.empty((len(distinct), len(vector)), dtype=vector.dtype)
            result[where[answer_id]] = vector
            filled[where[answer_id]] = True
    if not filled.all():
        raise KeyError(distinct[int(np.argmin(filled))])
    if result is None:  # no answers asked for
        return np.empty((0, 0), dtype=np.float32)
    if len(distinct) < len(answer_ids):
        result = result[[where[i] for i in answer_ids]]
    return result


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
    """Encode every free-text answer that has no vectors for the current model yet."""
    found = encoder()
    if found is None:
        return 0
    missing = select(Answer.id).where(Answer.text_redacted.is_not(None))
    lacking = []
    for model in (found.name, subjects_model(found)):
        cached = aliased(AnswerVector)
        missing = missing.outerjoin(
            cached, (cached.answer_id == Answer.id) & (cached.model == model)
        )
        lacking.append(cached.answer_id.is_(None))
    missing = missing.where(or_(*lacking)).order_by(Answer.id)
    return encode_missing(db.session.scalars(missing).all(), progress)
