"""What boards read: FFT scores and theme summaries, with small counts suppressed."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import (
    AnalysisRun,
    Answer,
    Question,
    Response,
    SafeguardingFlag,
    Survey,
    Theme,
    ThemeAssignment,
)
from feedback.services.analysis import current_run, latest_run
from feedback.services.surveys import FFT_NEGATIVE, FFT_POSITIVE, FFT_SERIES

QUOTE_LENGTH = 240
RESPONDENT_GROUPS = ("staff", "patient", "carer", "other")
SENTIMENTS = ("positive", "neutral", "negative")


def threshold() -> int:
    return current_app.config["SUPPRESSION_THRESHOLD"]


def shown(count: int) -> bool:
    """Counts under the threshold are never shown, and nor are their quotes."""
    return count >= threshold()


@dataclass
class FftSummary:
    total: int
    positive: int
    negative: int

    @property
    def suppressed(self) -> bool:
        return not shown(self.total)

    def share(self, part: int) -> str:
        """A part as a percentage, unless the percentage would give away a count under 10."""
        if 0 < part < threshold():
            return _("fewer than %(n)s answers", n=threshold())
        return f"{round(100 * part / self.total)}%" if self.total else "0%"


def fft_summary(survey: Survey) -> FftSummary:
    """% good and % poor over every FFT answer, "don't know" included in the total.

    Only the FFT series counts: the national question and its variants on the same scale,
    never a question reworded away from them."""
    query = (
        select(Answer.value, func.count())
        .join(Question, Answer.question_id == Question.id)
        .join(Response, Answer.response_id == Response.id)
        .where(Response.survey_id == survey.id, Question.series == FFT_SERIES)
        .group_by(Answer.value)
    )
    counts = dict(db.session.execute(query).all())
    return FftSummary(
        total=sum(counts.values()),
        positive=sum(n for code, n in counts.items() if code in FFT_POSITIVE),
        negative=sum(n for code, n in counts.items() if code in FFT_NEGATIVE),
    )


@dataclass
class ThemeSummary:
    theme: Theme
    size: int
    by_group: dict[str, int] = field(default_factory=dict)
    quotes: list[str] = field(default_factory=list)
    by_sentiment: dict[str, int] = field(default_factory=dict)

    @property
    def size_shown(self) -> str:
        return display_count(self.size)

    @property
    def split_shown(self) -> list[tuple[str, str]]:
        """(group, count as shown) for each group present, with complementary suppression."""
        return suppress_breakdown(self.size, self.by_group)

    @property
    def sentiment_shown(self) -> list[tuple[str, str]]:
        """(positive / neutral / negative, count as shown), suppressed as the split is."""
        return suppress_breakdown(self.size, self.by_sentiment)


@dataclass
class ThemeReport:
    run: AnalysisRun | None
    themes: list[ThemeSummary]
    # A newer run still going, or one that failed (its themes are not shown).
    pending: AnalysisRun | None = None


def display_count(count: int) -> str:
    return f"{count:,}" if shown(count) else _("fewer than %(n)s", n=threshold())


def suppress_breakdown(total: int, parts: dict[str, int]) -> list[tuple[str, str]]:
    """Counts under the threshold read "fewer than N"; when only one part of a shown total
    would be hidden, the next smallest is hidden too, so no hidden count is the difference
    between the total and the parts shown. Groups with no one in them are left out."""
    present = {group: n for group, n in parts.items() if n > 0}
    hidden = {group for group, n in present.items() if not shown(n)}
    if len(hidden) == 1 and shown(total):
        others = sorted((n, group) for group, n in present.items() if group not in hidden)
        if others:
            hidden.add(others[0][1])
    if not shown(total):
        hidden = set(present)
    return [
        (group, _("fewer than %(n)s", n=threshold()) if group in hidden else f"{n:,}")
        for group, n in present.items()
    ]


def theme_report(partnership_id: uuid.UUID, survey: Survey | None = None) -> ThemeReport:
    """Themes largest first, from the survey's own run or else the partnership-wide run."""
    run = current_run(survey) if survey is not None else latest_run(f"partnership:{partnership_id}")
    pending = _pending_run(partnership_id, survey, run)
    if run is None:
        return ThemeReport(run=None, themes=[], pending=pending)
    counts = _main_theme_counts(run, survey)
    moods = _main_theme_counts(run, survey, by=Answer.sentiment)
    themes = {t.id: t for t in db.session.scalars(select(Theme).where(Theme.id.in_(counts)))}
    quotes = _quotes(themes.values(), survey)
    summaries = []
    for theme_id, groups in counts.items():
        size = sum(groups.values())
        ordered = {g: groups.get(g, 0) for g in RESPONDENT_GROUPS}
        safe_quotes = quotes.get(theme_id, []) if shown(size) else []
        feeling = {m: moods[theme_id].get(m, 0) for m in SENTIMENTS}
        summaries.append(ThemeSummary(themes[theme_id], size, ordered, safe_quotes, feeling))
    summaries.sort(key=lambda s: (-s.size, s.theme.display_name))
    return ThemeReport(run=run, themes=summaries, pending=pending)


def _pending_run(
    partnership_id: uuid.UUID, survey: Survey | None, shown_run: AnalysisRun | None
) -> AnalysisRun | None:
    """The newest run of the page's scopes, if it is newer than the one shown and did not
    succeed: still running (with its progress), or failed (with its error)."""
    scopes = [f"partnership:{partnership_id}"]
    if survey is not None:
        scopes.append(f"survey:{survey.id}")
    newest = db.session.scalar(
        select(AnalysisRun)
        .where(AnalysisRun.scope.in_(scopes), AnalysisRun.started_at.is_not(None))
        .order_by(AnalysisRun.started_at.desc())
        .limit(1)
    )
    if newest is None or newest.status in ("succeeded", "too_few"):
        return None
    if shown_run is not None and newest.id == shown_run.id:
        return None
    return newest


def _main_theme_counts(
    run: AnalysisRun, survey: Survey | None, by=Response.respondent_type
) -> dict[uuid.UUID, Counter]:
    """Answers per main theme, counted by respondent type (or another column)."""
    query = (
        select(ThemeAssignment.theme_id, by, func.count())
        .join(Answer, ThemeAssignment.answer_id == Answer.id)
        .join(Response, Answer.response_id == Response.id)
        .where(ThemeAssignment.run_id == run.id, ThemeAssignment.rank == 1)
        .group_by(ThemeAssignment.theme_id, by)
    )
    if survey is not None:
        query = query.where(Response.survey_id == survey.id)
    counts: dict[uuid.UUID, Counter] = defaultdict(Counter)
    for theme_id, group, n in db.session.execute(query):
        counts[theme_id][group] += n
    return counts


def _quotes(themes, survey: Survey | None) -> dict[uuid.UUID, list[str]]:
    """Two short redacted quotes per theme, nearest its centre first."""
    wanted = {uuid.UUID(a): t.id for t in themes for a in t.quote_answer_ids}
    if not wanted:
        return {}
    # A flagged answer goes to the safeguarding lead, never into a board's quotes.
    query = (
        select(Answer.id, Answer.text_redacted)
        .join(Response, Answer.response_id == Response.id)
        .outerjoin(SafeguardingFlag, SafeguardingFlag.answer_id == Answer.id)
        .where(Answer.id.in_(wanted), SafeguardingFlag.id.is_(None))
    )
    if survey is not None:
        query = query.where(Response.survey_id == survey.id)
    texts = dict(db.session.execute(query).all())
    quotes: dict[uuid.UUID, list[str]] = defaultdict(list)
    for theme in themes:
        for answer_id in theme.quote_answer_ids:
            text = texts.get(uuid.UUID(answer_id))
            if text and len(quotes[theme.id]) < 2 and _shorten(text) not in quotes[theme.id]:
                quotes[theme.id].append(_shorten(text))
    return quotes


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= QUOTE_LENGTH:
        return text
    return text[:QUOTE_LENGTH].rsplit(" ", 1)[0] + "…"
