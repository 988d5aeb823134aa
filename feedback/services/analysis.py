"""Running the theme engine over stored answers and keeping theme ids stable."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from flask import current_app
from sqlalchemy import insert, select

from analysis import ThemeFinder, is_no_content
from feedback.extensions import db
from feedback.models import (
    AnalysisRun,
    Answer,
    Partnership,
    Question,
    Response,
    Survey,
    Theme,
    ThemeAssignment,
)

MIN_ANSWERS = 20
# A new theme takes an old theme's id when they share at least this share of answers.
MATCH_THRESHOLD = 0.3

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class Scope:
    partnership: Partnership
    survey: Survey | None = None
    question: Question | None = None

    @property
    def key(self) -> str:
        if self.question is not None:
            return f"question:{self.question.id}"
        if self.survey is not None:
            return f"survey:{self.survey.id}"
        return f"partnership:{self.partnership.id}"


def free_text_answers(scope: Scope) -> list[tuple[uuid.UUID, str]]:
    """(answer id, redacted text) for every free-text answer in the scope."""
    query = (
        select(Answer.id, Answer.text_redacted)
        .join(Response, Answer.response_id == Response.id)
        .join(Survey, Response.survey_id == Survey.id)
        .where(Survey.partnership_id == scope.partnership.id, Answer.text_redacted.is_not(None))
        .order_by(Answer.id)
    )
    if scope.survey is not None:
        query = query.where(Survey.id == scope.survey.id)
    if scope.question is not None:
        query = query.where(Answer.question_id == scope.question.id)
    return [(row.id, row.text_redacted) for row in db.session.execute(query)]


def run_analysis(scope: Scope, progress: Progress | None = None) -> AnalysisRun:
    """Theme every free-text answer in the scope; on failure the previous themes stay."""
    run = _start_run(scope)
    report = _progress_recorder(run, progress)
    try:
        answers = [(i, t) for i, t in free_text_answers(scope) if not is_no_content(t)]
        run.n_answers = len(answers)
        if len(answers) < MIN_ANSWERS:
            return _finish(run, "too_few", f"Too few answers to find themes ({len(answers)}).")
        # No theme smaller than the suppression threshold: its words would come from a
        # handful of people.
        finder = ThemeFinder(
            min_theme_size=current_app.config["SUPPRESSION_THRESHOLD"], progress=report
        ).fit([text for _, text in answers])
        scores = finder.transform([text for _, text in answers])
        ranked = finder.rank_themes(scores, main=finder.labels_)
        theme_ids = _stable_theme_ids(scope, finder, [i for i, _ in answers])
        _store_themes(run, scope, finder, theme_ids, [i for i, _ in answers])
        _store_assignments(run, theme_ids, answers, ranked)
        run.n_themes = len(finder.themes_)
        return _finish(run, "succeeded", f"Found {run.n_themes} themes in {len(answers)} answers.")
    except Exception as error:
        db.session.rollback()
        run = db.session.get(AnalysisRun, run.id)
        _finish(
            run, "failed", f"Analysis failed ({type(error).__name__}); the previous themes stay."
        )
        raise


def latest_run(scope_key: str) -> AnalysisRun | None:
    return db.session.scalar(
        select(AnalysisRun)
        .where(AnalysisRun.scope == scope_key, AnalysisRun.status == "succeeded")
        .order_by(AnalysisRun.finished_at.desc())
        .limit(1)
    )


def current_run(survey: Survey) -> AnalysisRun | None:
    """The run a survey's themes come from: its own, else its partnership's."""
    return latest_run(f"survey:{survey.id}") or latest_run(f"partnership:{survey.partnership_id}")


def _start_run(scope: Scope) -> AnalysisRun:
    run = AnalysisRun(
        partnership_id=scope.partnership.id,
        survey_id=scope.survey.id if scope.survey else None,
        question_id=scope.question.id if scope.question else None,
        scope=scope.key,
        status="running",
        started_at=datetime.now(UTC),
    )
    db.session.add(run)
    db.session.commit()
    return run


def _finish(run: AnalysisRun, status: str, message: str) -> AnalysisRun:
    run.status, run.message = status, message
    run.progress = 1.0
    run.finished_at = datetime.now(UTC)
    db.session.commit()
    return run


def _progress_recorder(run: AnalysisRun, progress: Progress | None) -> Progress:
    def report(fraction: float, message: str) -> None:
        run.progress, run.message = fraction, message
        if progress is not None:
            progress(fraction, message)

    return report


def _stable_theme_ids(
    scope: Scope, finder: ThemeFinder, answer_ids: list[uuid.UUID]
) -> list[uuid.UUID]:
    """Give each new theme the id of the previous run's theme sharing most of its answers."""
    previous = latest_run(scope.key)
    old_members: dict[uuid.UUID, set[uuid.UUID]] = {}
    if previous is not None:
        rows = db.session.execute(
            select(ThemeAssignment.theme_id, ThemeAssignment.answer_id).where(
                ThemeAssignment.run_id == previous.id, ThemeAssignment.rank == 1
            )
        )
        for theme_id, answer_id in rows:
            old_members.setdefault(theme_id, set()).add(answer_id)
    new_members: dict[int, set[uuid.UUID]] = {}
    for answer_id, label in zip(answer_ids, finder.labels_, strict=True):
        new_members.setdefault(int(label), set()).add(answer_id)
    pairs = []
    for theme in finder.themes_:
        members = new_members[theme.index]
        for old_id, old in old_members.items():
            overlap = len(members & old) / max(1, len(members | old))
            if overlap >= MATCH_THRESHOLD:
                pairs.append((overlap, theme.index, old_id))
    chosen: dict[int, uuid.UUID] = {}
    for _, index, old_id in sorted(pairs, reverse=True):
        if index not in chosen and old_id not in chosen.values():
            chosen[index] = old_id
    return [chosen.get(theme.index, uuid.uuid4()) for theme in finder.themes_]


def _store_themes(run, scope, finder, theme_ids, answer_ids) -> None:
    existing = {t.id: t for t in db.session.scalars(select(Theme).where(Theme.id.in_(theme_ids)))}
    for theme, theme_id in zip(finder.themes_, theme_ids, strict=True):
        row = existing.get(theme_id) or Theme(
            id=theme_id, partnership_id=scope.partnership.id, scope=scope.key
        )
        row.label, row.keywords, row.last_run_id = theme.label, theme.keywords, run.id
        row.quote_answer_ids = [str(answer_ids[i]) for i in theme.representatives]
        db.session.add(row)
    db.session.flush()


def _store_assignments(run, theme_ids, answers, ranked) -> None:
    rows = [
        {
            "id": uuid.uuid4(),
            "run_id": run.id,
            "answer_id": answer_id,
            "theme_id": theme_ids[theme_index],
            "rank": rank,
            "score": round(score, 4),
        }
        for (answer_id, _), picks in zip(answers, ranked, strict=True)
        for rank, (theme_index, score) in enumerate(picks, start=1)
    ]
    for start in range(0, len(rows), 5000):
        db.session.execute(insert(ThemeAssignment), rows[start : start + 5000])
