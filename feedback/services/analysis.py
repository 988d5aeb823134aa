"""Running the theme engine over stored answers and keeping theme ids stable."""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import numpy as np
from flask import current_app
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import OperationalError

from analysis import ThemeFinder, is_no_content
from analysis.embedding import from_bytes, to_bytes
from analysis.sentiment import SentimentScorer, question_asks_for
from analysis.text import says_nothing
from analysis.themes import (
    OVERALL_LABEL,
    FoundTheme,
    common_words,
    mood_axis,
    names_no_subject,
    similarities,
)
from feedback.extensions import db
from feedback.models import (
    AnalysisRun,
    Answer,
    Partnership,
    Question,
    Response,
    SafeguardingFlag,
    Survey,
    Theme,
    ThemeAssignment,
    ThemeCuration,
)
from feedback.services import vectors

MIN_ANSWERS = 20
# A running analysis writes a heartbeat this often; one whose heartbeat has stopped for
# ANALYSIS_LOST_AFTER seconds (config) lost its process and is marked failed.
HEARTBEAT_SECONDS = 10
LOST_MESSAGE = (
    "Analysis stopped without finishing: its process ended (a worker was stopped or ran out "
    "of memory); the previous themes stay."
)
log = logging.getLogger(__name__)
# The most themes a run finds, "nothing" themes included: more is more than a board reads.
MAX_THEMES = 25
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


@dataclass(frozen=True)
class ScopedAnswer:
    id: uuid.UUID
    text: str
    question: str


def free_text_answers(scope: Scope, unthemed_in: AnalysisRun | None = None) -> list[ScopedAnswer]:
    """Every free-text answer in the scope: id, redacted text and the question's wording;
    with `unthemed_in`, only those that run has not given a theme."""
    query = (
        select(Answer.id, Answer.text_redacted, Question.text)
        .join(Question, Answer.question_id == Question.id)
        .join(Response, Answer.response_id == Response.id)
        .join(Survey, Response.survey_id == Survey.id)
        .where(Survey.partnership_id == scope.partnership.id, Answer.text_redacted.is_not(None))
        .order_by(Answer.id)
    )
    if scope.survey is not None:
        query = query.where(Survey.id == scope.survey.id)
    if scope.question is not None:
        query = query.where(Answer.question_id == scope.question.id)
    if unthemed_in is not None:
        query = query.outerjoin(
            ThemeAssignment,
            (ThemeAssignment.answer_id == Answer.id) & (ThemeAssignment.run_id == unthemed_in.id),
        ).where(ThemeAssignment.id.is_(None))
    return [ScopedAnswer(*row) for row in db.session.execute(query)]


# Answers of just "nothing" say something under a question that asks for one thing:
# nothing to improve, or nothing good. They make themes of their own.
NOTHING_THEMES = {
    "improvement": ("Nothing to improve", ["nothing to improve", "nothing", "none"]),
    "praise": ("Nothing was good", ["nothing good", "nothing", "none"]),
}


def run_analysis(scope: Scope, progress: Progress | None = None) -> AnalysisRun:
    """Theme every free-text answer in the scope; on failure the previous themes stay."""
    run = _start_run(scope)
    with _heartbeat(run.id):
        return _analyse(scope, run, _progress_recorder(run, progress))


def _analyse(scope: Scope, run: AnalysisRun, report: Progress) -> AnalysisRun:
    try:
        everything = free_text_answers(scope)
        nothing = _nothing_answers(everything)
        said_nothing = {a.id for members in nothing.values() for a in members}
        answers = [a for a in everything if not is_no_content(a.text) and a.id not in said_nothing]
        run.n_answers = len(answers)
        if len(answers) < MIN_ANSWERS:
            return _finish(run, "too_few", f"Too few answers to find themes ({len(answers)}).")
        run.backend = vectors.backend_name()
        # Committed now: the heartbeat writes this row from its own connection, and must
        # not wait behind this session's lock on it.
        db.session.commit()
        # The first run with a model reads the engine's own examples once (about a minute).
        vectors.prepare(_scaled(report, 0.0, 0.1))
        # Answers are encoded once, in the background as they arrive; whatever is not
        # cached yet (an import a moment ago) is encoded now, with progress.
        vectors.encode_missing([a.id for a in answers], _scaled(report, 0.1, 0.5))
        # An answer that may disclose harm is themed, but its words must never name a theme,
        # describe one or be quoted: themes are found without it, then it joins its nearest.
        flagged = _flagged_ids(scope)
        held = [a for a in answers if a.id in flagged]
        answers = [a for a in answers if a.id not in flagged]
        if len(answers) < MIN_ANSWERS:
            return _finish(run, "too_few", f"Too few answers to find themes ({len(answers)}).")
        # No theme smaller than the suppression threshold: its words would come from a
        # handful of people.
        minimum = current_app.config["SUPPRESSION_THRESHOLD"]
        nothing = {kind: members for kind, members in nothing.items() if len(members) >= minimum}
        # Answers that name no subject, only how people felt ("Absolutely brilliant, thank
        # you", "Never again"), have nothing left to cluster by once the praise-to-complaint
        # direction is taken out: k-means would scatter them over several themes named by
        # fragments of praise. Where there are at least `minimum` of them, and enough
        # answers besides, they make one theme of their own.
        overall = [a for a in answers if names_no_subject(a.text)]
        if len(overall) >= minimum and len(answers) - len(overall) >= MIN_ANSWERS:
            aside = {a.id for a in overall}
            answers = [a for a in answers if a.id not in aside]
        else:
            overall = []
        cached = vectors.cached_vectors([a.id for a in answers], subjects=True)
        finder = ThemeFinder(
            min_theme_size=minimum,
            max_themes=MAX_THEMES - len(nothing) - bool(overall),
            progress=_scaled(report, 0.5, 0.9),
            encoder=vectors.encoder(),
            initial_centres=_previous_centres(scope, run.backend),
        )
        texts = [a.text for a in answers]
        finder.fit(texts, vectors=cached)
        ranked = finder.rank_themes(finder.transform(texts, vectors=cached), main=finder.labels_)
        themes, labels = list(finder.themes_), list(finder.labels_)
        if held:
            found = vectors.cached_vectors([a.id for a in held], subjects=True)
            held_ranked = finder.rank_themes(finder.transform([a.text for a in held], found))
            for picks in held_ranked:
                themes[picks[0][0]].size += 1
                labels.append(picks[0][0])
            answers += held
            ranked += held_ranked
        if overall:
            index, first = len(themes), len(answers)
            quotes = [
                first + i for i in _typical([a.id for a in overall], [a.text for a in overall])
            ]
            keywords = common_words([a.text for a in overall])
            themes.append(FoundTheme(index, OVERALL_LABEL, keywords, len(overall), quotes))
            answers += overall
            labels += [index] * len(overall)
            ranked += [[(index, 1.0)]] * len(overall)
        for kind, members in nothing.items():
            label, keywords = NOTHING_THEMES[kind]
            index = len(themes)
            # "Nothing", quoted, tells a board nothing: these themes have no quotes.
            themes.append(FoundTheme(index, label, keywords, len(members), []))
            answers += members
            labels += [index] * len(members)
            ranked += [[(index, 1.0)]] * len(members)
        report(0.92, "Reading the sentiment of each answer")
        scored = _with_sentiment(everything)  # once: not once per answer
        _store_sentiment([a for a in everything if a.id not in scored])
        report(0.95, "Saving themes")
        theme_ids = _stable_theme_ids(scope, themes, labels, [a.id for a in answers])
        centres = finder.centroids_ if finder.encoder is not None else None
        _store_themes(run, scope, themes, theme_ids, [a.id for a in answers], centres)
        _store_assignments(run, theme_ids, answers, ranked)
        apply_curation(run)
        run.n_themes = len(themes)
        return _finish(run, "succeeded", f"Found {run.n_themes} themes in {len(answers)} answers.")
    except Exception as error:
        db.session.rollback()
        run = db.session.get(AnalysisRun, run.id)
        _finish(
            run, "failed", f"Analysis failed ({type(error).__name__}); the previous themes stay."
        )
        raise


def _previous_centres(scope: Scope, backend: str) -> np.ndarray | None:
    """The last run's theme centres, if it used the same model."""
    previous = latest_run(scope.key)
    if previous is None or previous.backend != backend:
        return None
    centres = db.session.scalars(
        select(Theme.centroid)
        .where(Theme.last_run_id == previous.id, Theme.centroid.is_not(None))
        .order_by(Theme.id)
    ).all()
    return np.vstack([from_bytes(c) for c in centres]) if centres else None


def _with_sentiment(answers: list[ScopedAnswer]) -> set[uuid.UUID]:
    ids = [a.id for a in answers]
    done: set[uuid.UUID] = set()
    for start in range(0, len(ids), 10_000):
        chunk = ids[start : start + 10_000]
        done.update(
            db.session.scalars(
                select(Answer.id).where(Answer.id.in_(chunk), Answer.sentiment.is_not(None))
            )
        )
    return done


def _typical(ids: list[uuid.UUID], texts: list[str], n: int = 10) -> list[int]:
    """Positions in `ids` of up to `n` answers with different words: those nearest the mean
    of their vectors, or without vectors (TF-IDF), the most often given."""
    found = vectors.cached_vectors(ids)
    if found is None:
        counts = Counter(texts)
        order = sorted(range(len(texts)), key=lambda i: (-counts[texts[i]], i))
    else:
        order = [int(i) for i in np.argsort(-(found @ found.mean(axis=0)), kind="stable")]
    first: dict[str, int] = {}
    for i in order:
        first.setdefault(" ".join(texts[i].lower().split()), i)
    return list(first.values())[:n]


def _nothing_answers(answers: list[ScopedAnswer]) -> dict[str, list[ScopedAnswer]]:
    found: dict[str, list[ScopedAnswer]] = {}
    for answer in answers:
        kind = question_asks_for(answer.question)
        if kind is not None and says_nothing(answer.text):
            found.setdefault(kind, []).append(answer)
    return found


def _flagged_ids(scope: Scope) -> set[uuid.UUID]:
    """The answers of the scope's partnership flagged for safeguarding (a few at most)."""
    query = select(SafeguardingFlag.answer_id).where(
        SafeguardingFlag.partnership_id == scope.partnership.id
    )
    return set(db.session.scalars(query))


def _scaled(report: Progress, low: float, high: float) -> Progress:
    return lambda fraction, message: report(low + (high - low) * fraction, message)


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


@contextmanager
def _heartbeat(run_id: uuid.UUID) -> Iterator[None]:
    """Write the run's heartbeat every `HEARTBEAT_SECONDS`, on a connection of its own,
    while the block runs."""
    engine, stop = db.engine, threading.Event()
    beat = update(AnalysisRun).where(AnalysisRun.id == run_id, AnalysisRun.status == "running")
    # A missed beat is no failure (on SQLite the run's own writes can hold the lock for a
    # beat or two): the next one tries again. Only a silence a third of the way to being
    # taken for lost is worth a warning.
    worrying = current_app.config["ANALYSIS_LOST_AFTER"] / 3

    def beating() -> None:
        last = time.monotonic()
        while not stop.wait(HEARTBEAT_SECONDS):
            try:
                with engine.begin() as connection:
                    connection.execute(beat.values(heartbeat_at=datetime.now(UTC)))
                last = time.monotonic()
            except Exception:
                silent = time.monotonic() - last
                level = logging.WARNING if silent >= worrying else logging.DEBUG
                log.log(
                    level, "No heartbeat written for analysis run %s for %.0f s", run_id, silent
                )

    thread = threading.Thread(target=beating, name=f"heartbeat-{run_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=HEARTBEAT_SECONDS)


def settle_lost_runs() -> int:
    """Mark failed every run still "running" whose heartbeat stopped more than
    `ANALYSIS_LOST_AFTER` seconds ago: its process ended mid-run (a worker killed or out of
    memory, a restart), so it can never finish. The previous themes stay. Pages call this
    when the newest run they would show reads running, so it only reads unless a run was
    lost, and a write that would wait on a running analysis's lock is left to a later
    view."""
    now = datetime.now(UTC)
    cutoff = now - timedelta(seconds=current_app.config["ANALYSIS_LOST_AFTER"])
    last_sign = func.coalesce(AnalysisRun.heartbeat_at, AnalysisRun.started_at)
    lost = db.session.scalars(
        select(AnalysisRun.id).where(AnalysisRun.status == "running", last_sign < cutoff)
    ).all()
    if not lost:
        return 0
    try:
        db.session.execute(
            update(AnalysisRun)
            .where(AnalysisRun.id.in_(lost), AnalysisRun.status == "running", last_sign < cutoff)
            .values(status="failed", message=LOST_MESSAGE, progress=1.0, finished_at=now)
        )
        db.session.commit()
    except OperationalError:
        db.session.rollback()
        log.warning("Could not mark lost analysis runs failed yet: the database is busy")
        return 0
    return len(lost)


def _finish(run: AnalysisRun, status: str, message: str) -> AnalysisRun:
    run.status, run.message = status, message
    run.progress = 1.0
    run.finished_at = datetime.now(UTC)
    db.session.commit()
    return run


def _progress_recorder(run: AnalysisRun, progress: Progress | None) -> Progress:
    def report(fraction: float, message: str) -> None:
        # Committed, so the board page can show how far a run has got.
        if fraction - run.progress >= 0.01 or message != run.message:
            run.progress, run.message = fraction, message
            db.session.commit()
        if progress is not None:
            progress(fraction, message)

    return report


def _stable_theme_ids(
    scope: Scope, themes: list[FoundTheme], labels: list[int], answer_ids: list[uuid.UUID]
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
    # Analysts' themes (splits) and merged themes are never given to a new cluster.
    for theme_id in db.session.scalars(
        select(Theme.id).where(
            Theme.scope == scope.key, Theme.curated | Theme.merged_into_id.is_not(None)
        )
    ):
        old_members.pop(theme_id, None)
    new_members: dict[int, set[uuid.UUID]] = {}
    for answer_id, label in zip(answer_ids, labels, strict=True):
        new_members.setdefault(int(label), set()).add(answer_id)
    pairs = []
    for theme in themes:
        members = new_members[theme.index]
        for old_id, old in old_members.items():
            overlap = len(members & old) / max(1, len(members | old))
            if overlap >= MATCH_THRESHOLD:
                pairs.append((overlap, theme.index, old_id))
    chosen: dict[int, uuid.UUID] = {}
    for _, index, old_id in sorted(pairs, reverse=True):
        if index not in chosen and old_id not in chosen.values():
            chosen[index] = old_id
    _fold_into_merge_targets(scope, themes, new_members, old_members, chosen)
    return [chosen.get(theme.index, uuid.uuid4()) for theme in themes]


# A new cluster most of whose answers sat in a theme that others were merged into is
# part of that theme: the merged theme, found again, stays merged.
FOLD_SHARE = 0.5


def _fold_into_merge_targets(scope, themes, new_members, old_members, chosen) -> None:
    targets = set(
        db.session.scalars(
            select(Theme.merged_into_id).where(
                Theme.scope == scope.key, Theme.merged_into_id.is_not(None)
            )
        )
    )
    for theme in themes:
        if theme.index in chosen:
            continue
        members = new_members[theme.index]
        for target in targets & old_members.keys():
            if len(members & old_members[target]) >= FOLD_SHARE * len(members):
                chosen[theme.index] = target
                break


def _store_themes(run, scope, themes, theme_ids, answer_ids, centres) -> None:
    existing = {t.id: t for t in db.session.scalars(select(Theme).where(Theme.id.in_(theme_ids)))}
    # Where clusters were folded into one theme, the largest names it.
    by_size = sorted(zip(themes, theme_ids, strict=True), key=lambda pair: pair[0].size)
    centred: set[uuid.UUID] = set()
    for theme, theme_id in by_size:
        row = existing.get(theme_id) or Theme(
            id=theme_id, partnership_id=scope.partnership.id, scope=scope.key
        )
        row.label, row.keywords, row.last_run_id = theme.label, theme.keywords, run.id
        row.quote_answer_ids = [str(answer_ids[i]) for i in theme.representatives]
        has_centre = centres is not None and theme.index < len(centres)
        if has_centre:
            row.centroid = to_bytes(centres[theme.index])
            centred.add(theme_id)
        elif theme_id not in centred:  # a folded-in theme without a centre keeps the other's
            row.centroid = None
        db.session.add(row)
    db.session.flush()


def _store_assignments(run, theme_ids, answers, ranked) -> None:
    rows = [
        {
            "id": uuid.uuid4(),
            "run_id": run.id,
            "answer_id": answer.id,
            "theme_id": theme_ids[theme_index],
            "rank": rank,
            "score": round(score, 4),
        }
        for answer, picks in zip(answers, ranked, strict=True)
        for rank, (theme_index, score) in enumerate(_distinct(picks, theme_ids), start=1)
    ]
    for start in range(0, len(rows), 5000):
        db.session.execute(insert(ThemeAssignment), rows[start : start + 5000])


def _distinct(picks, theme_ids) -> list[tuple[int, float]]:
    """An answer's picks with one per theme id (folded clusters share an id)."""
    seen: set[uuid.UUID] = set()
    kept = []
    for theme_index, score in picks:
        if theme_ids[theme_index] not in seen:
            seen.add(theme_ids[theme_index])
            kept.append((theme_index, score))
    return kept


def assign_new_answers() -> int:
    """Give answers that arrived since each scope's last run their themes, without a refit:
    the nearest theme centre is the main theme, as `ThemeFinder.transform` does."""
    found = vectors.encoder()
    if found is None:
        return 0  # TF-IDF themes wait for the next full run.
    scopes = db.session.scalars(select(AnalysisRun.scope).distinct()).all()
    assigned = 0
    for key in scopes:
        run = latest_run(key)
        if run is None or run.backend != found.name:
            continue
        assigned += _assign_to_run(run, found)
        db.session.commit()
    return assigned


def _assign_to_run(run: AnalysisRun, found) -> int:
    themes = db.session.scalars(select(Theme).where(Theme.last_run_id == run.id)).all()
    centred = [t for t in themes if t.centroid is not None]
    if not centred:
        return 0
    fresh = free_text_answers(_scope_of(run), unthemed_in=run)
    # The engine's own themes without a centre, not a curated theme of the same name.
    by_label = {
        t.label: t
        for t in themes
        if t.centroid is None and not t.curated and t.merged_into_id is None
    }
    overall = by_label.get(OVERALL_LABEL)
    rows = []
    content = []
    for answer in fresh:
        kind = question_asks_for(answer.question)
        nothing = by_label.get(NOTHING_THEMES[kind][0]) if kind else None
        if nothing is not None and says_nothing(answer.text):
            rows.append(_assignment(run, answer.id, nothing.id, 1, 1.0))
        elif is_no_content(answer.text) or says_nothing(answer.text):
            continue
        elif overall is not None and names_no_subject(answer.text):
            rows.append(_assignment(run, answer.id, overall.id, 1, 1.0))
        else:
            content.append(answer)
    if content:
        ids = [a.id for a in content]
        vectors.encode_missing(ids)
        centres = np.vstack([from_bytes(t.centroid) for t in centred])
        scores = similarities(vectors.cached_vectors(ids, subjects=True), mood_axis(found), centres)
        ranked = ThemeFinder().rank_themes(scores)
        for answer, picks in zip(content, ranked, strict=True):
            rows += [
                _assignment(run, answer.id, centred[index].id, rank, score)
                for rank, (index, score) in enumerate(picks, start=1)
            ]
    if rows:
        db.session.execute(insert(ThemeAssignment), rows)
        apply_curation(run, {row["answer_id"] for row in rows})
    return len({row["answer_id"] for row in rows})


def _assignment(run, answer_id, theme_id, rank, score) -> dict:
    return {
        "id": uuid.uuid4(),
        "run_id": run.id,
        "answer_id": answer_id,
        "theme_id": theme_id,
        "rank": rank,
        "score": round(float(score), 4),
    }


def apply_curation(run: AnalysisRun, answer_ids: set[uuid.UUID] | None = None) -> None:
    """Lay analysts' curation over a run's assignments, so that it survives re-analysis:
    a merged theme's answers go to the theme it was merged into, a "move" makes the
    analyst's theme the answer's main one, a "wrong" takes the answer out of a theme.
    With `answer_ids`, only those answers are looked at."""
    merged = merge_chains(run.partnership_id)
    moves: dict[uuid.UUID, uuid.UUID] = {}
    wrongs: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for answer_id, theme_id, kind in _curations(run):
        theme_id = merged.get(theme_id, theme_id)
        if kind == "move":
            moves[answer_id] = theme_id
        else:
            wrongs[answer_id].add(theme_id)
    affected = set(moves) | set(wrongs)
    if merged:
        affected |= set(
            db.session.scalars(
                select(ThemeAssignment.answer_id).where(
                    ThemeAssignment.run_id == run.id, ThemeAssignment.theme_id.in_(merged)
                )
            )
        )
    if answer_ids is not None:
        affected &= set(answer_ids)
    main: dict[uuid.UUID, uuid.UUID] = {}
    ordered = sorted(affected)
    for start in range(0, len(ordered), 5000):
        chunk = ordered[start : start + 5000]
        main.update(_rewrite_assignments(run, chunk, merged, moves, wrongs))
    _drop_quotes_that_left(run, main)


def curated_picks(picks, merged, move=None, wrongs=frozenset()) -> list[tuple[uuid.UUID, float]]:
    """An answer's (theme id, score) picks, best first, after curation."""
    kept: list[tuple[uuid.UUID, float]] = []
    for theme_id, score in picks:
        theme_id = merged.get(theme_id, theme_id)
        if theme_id not in wrongs and theme_id not in (t for t, _ in kept):
            kept.append((theme_id, score))
    if move is None:
        return kept
    score = next((s for t, s in kept if t == move), kept[0][1] if kept else 0.0)
    return [(move, score)] + [(t, s) for t, s in kept[1:] if t != move]


def merge_chains(partnership_id: uuid.UUID) -> dict[uuid.UUID, uuid.UUID]:
    """Each merged theme of the partnership and the theme its answers now belong to."""
    links = dict(
        db.session.execute(
            select(Theme.id, Theme.merged_into_id).where(
                Theme.partnership_id == partnership_id, Theme.merged_into_id.is_not(None)
            )
        ).all()
    )
    chains = {}
    for start, end in links.items():
        hops = 0
        while end in links and hops < len(links):
            end, hops = links[end], hops + 1
        chains[start] = end
    return chains


def _curations(run: AnalysisRun):
    return db.session.execute(
        select(ThemeCuration.answer_id, ThemeCuration.theme_id, ThemeCuration.kind)
        .join(Theme, ThemeCuration.theme_id == Theme.id)
        .where(ThemeCuration.partnership_id == run.partnership_id, Theme.scope == run.scope)
        .order_by(ThemeCuration.on, ThemeCuration.id)
    ).all()


def _rewrite_assignments(run, answer_ids, merged, moves, wrongs) -> dict[uuid.UUID, uuid.UUID]:
    """Replace these answers' assignments in the run by their curated ones; returns each
    answer's main theme."""
    picks: dict[uuid.UUID, list] = defaultdict(list)
    rows = db.session.execute(
        select(ThemeAssignment.answer_id, ThemeAssignment.theme_id, ThemeAssignment.score)
        .where(ThemeAssignment.run_id == run.id, ThemeAssignment.answer_id.in_(answer_ids))
        .order_by(ThemeAssignment.answer_id, ThemeAssignment.rank)
    )
    for answer_id, theme_id, score in rows:
        picks[answer_id].append((theme_id, score))
    db.session.execute(
        delete(ThemeAssignment).where(
            ThemeAssignment.run_id == run.id, ThemeAssignment.answer_id.in_(answer_ids)
        )
    )
    new_rows, main = [], {}
    for answer_id in answer_ids:
        if answer_id not in picks and answer_id not in moves:
            continue
        chosen = curated_picks(
            picks[answer_id], merged, moves.get(answer_id), wrongs.get(answer_id, set())
        )
        new_rows += [
            _assignment(run, answer_id, theme_id, rank, score)
            for rank, (theme_id, score) in enumerate(chosen, start=1)
        ]
        main[answer_id] = chosen[0][0] if chosen else None
    if new_rows:
        db.session.execute(insert(ThemeAssignment), new_rows)
    return main


def _drop_quotes_that_left(run: AnalysisRun, main: dict[uuid.UUID, uuid.UUID]) -> None:
    """A theme's quotes are its own answers: none that curation moved elsewhere."""
    if not main:
        return
    themes = db.session.scalars(select(Theme).where(Theme.scope == run.scope))
    for theme in themes:
        kept = [
            q
            for q in theme.quote_answer_ids
            if uuid.UUID(q) not in main or main[uuid.UUID(q)] == theme.id
        ]
        if kept != theme.quote_answer_ids:
            theme.quote_answer_ids = kept
    db.session.flush()


def _scope_of(run: AnalysisRun) -> Scope:
    return Scope(
        db.session.get(Partnership, run.partnership_id),
        db.session.get(Survey, run.survey_id) if run.survey_id else None,
        db.session.get(Question, run.question_id) if run.question_id else None,
    )


def scope_from_key(key: str) -> Scope:
    """The scope a run's key names: "partnership:<id>", "survey:<id>" or "question:<id>"."""
    kind, _, raw_id = key.partition(":")
    object_id = uuid.UUID(raw_id)
    if kind == "partnership":
        return Scope(db.get_or_404(Partnership, object_id))
    if kind == "survey":
        survey = db.get_or_404(Survey, object_id)
        return Scope(db.session.get(Partnership, survey.partnership_id), survey)
    question = db.get_or_404(Question, object_id)
    survey = question.version.survey
    return Scope(db.session.get(Partnership, survey.partnership_id), survey, question)


def score_new_sentiment() -> int:
    """Sentiment for free-text answers that have none yet, from text and question wording."""
    rows = db.session.execute(
        select(Answer.id, Answer.text_redacted, Question.text)
        .join(Question, Answer.question_id == Question.id)
        .where(Answer.text_redacted.is_not(None), Answer.sentiment.is_(None))
        .order_by(Answer.id)
    ).all()
    _store_sentiment([ScopedAnswer(*row) for row in rows])
    return len(rows)


def _store_sentiment(answers: list[ScopedAnswer]) -> None:
    for start in range(0, len(answers), 2000):
        batch = answers[start : start + 2000]
        content = [a for a in batch if not is_no_content(a.text) or says_nothing(a.text)]
        moods = sentiment_of(content)
        mood_by_id = dict(zip((a.id for a in content), moods, strict=True))
        db.session.execute(
            update(Answer),
            [{"id": a.id, "sentiment": mood_by_id.get(a.id, "none")} for a in batch],
        )
        db.session.commit()


def sentiment_of(answers: list[ScopedAnswer]) -> list[str]:
    if not answers:
        return []
    ids = [a.id for a in answers]
    cached = None
    if vectors.encoder() is not None:
        vectors.encode_missing(ids)
        cached = vectors.cached_vectors(ids)
    scorer = SentimentScorer(encoder=vectors.encoder())
    return scorer.predict([a.text for a in answers], [a.question for a in answers], vectors=cached)
