"""What boards read: FFT scores and theme summaries, with small counts suppressed."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from flask_babel import gettext as _
from sqlalchemy import case, func, literal, select

from feedback.extensions import db
from feedback.models import (
    AnalysisRun,
    Answer,
    Organisation,
    Place,
    Question,
    Response,
    SafeguardingFlag,
    Survey,
    Theme,
    ThemeAssignment,
)
from feedback.services.analysis import current_run, latest_run, settle_lost_runs
from feedback.services.building import Problem
from feedback.services.suppression import breakdown, safe_count, shown, threshold
from feedback.services.surveys import FFT_NEGATIVE, FFT_POSITIVE, FFT_SERIES

QUOTE_LENGTH = 240
RESPONDENT_GROUPS = ("staff", "patient", "carer", "other")
SENTIMENTS = ("positive", "neutral", "negative")


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


def fft_summary(survey: Survey, within: list[uuid.UUID] | None = None) -> FftSummary:
    """% good and % poor over every FFT answer (or those of the organisations `within`),
    "don't know" included in the total.

    Only the FFT series counts: the national question and its variants on the same scale,
    never a question reworded away from them."""
    query = (
        select(Answer.value, func.count())
        .join(Question, Answer.question_id == Question.id)
        .join(Response, Answer.response_id == Response.id)
        .where(Response.survey_id == survey.id, Question.series == FFT_SERIES)
        .group_by(Answer.value)
    )
    if within:
        query = query.where(Response.organisation_id.in_(within))
    counts = dict(db.session.execute(query).all())
    return FftSummary(
        total=sum(counts.values()),
        positive=sum(n for code, n in counts.items() if code in FFT_POSITIVE),
        negative=sum(n for code, n in counts.items() if code in FFT_NEGATIVE),
    )


@dataclass
class Period:
    """Answers submitted from start to end, both days included."""

    start: date
    end: date

    @property
    def previous(self) -> Period:
        """The period of the same length just before this one."""
        end = self.start - timedelta(days=1)
        return Period(end - (self.end - self.start), end)


def default_period(today: date | None = None) -> Period:
    """The last three months, today included."""
    today = today or date.today()
    months = today.year * 12 + today.month - 1 - 3
    start = date(months // 12, months % 12 + 1, min(today.day, 28))
    return Period(start + timedelta(days=1), today)


def parse_period(args, today: date | None = None) -> tuple[Period, list[Problem]]:
    """The period from the `from` and `to` query parameters (each defaulting to the last
    three months), and a Problem for a date that is not real or a range ending too soon."""
    default = default_period(today)
    days, problems = {}, []
    for name, fallback in (("from", default.start), ("to", default.end)):
        raw = (args.get(name) or "").strip()
        try:
            days[name] = date.fromisoformat(raw) if raw else fallback
        except ValueError:
            days[name] = fallback
            problems.append(Problem(name, _("Enter a real date, for example 2026-03-27")))
    if days["to"] < days["from"]:
        problems.append(
            Problem("to", _("The end date must be the same as or after the start date"))
        )
        return default, problems
    return Period(days["from"], days["to"]), problems


@dataclass
class ThemeSummary:
    theme: Theme
    size: int
    by_group: dict[str, int] = field(default_factory=dict)
    quotes: list[str] = field(default_factory=list)
    by_sentiment: dict[str, int] = field(default_factory=dict)
    previous: int | None = None  # in the period before, when a period was chosen
    by_organisation: dict[str, int] = field(default_factory=dict)
    by_sector: dict[str, int] = field(default_factory=dict)
    by_place: dict[str, int] = field(default_factory=dict)
    label: str = ""  # in the partnership's agreed words

    @property
    def size_shown(self) -> str:
        return safe_count(self.size)

    @property
    def previous_shown(self) -> str:
        return safe_count(self.previous or 0)

    @property
    def trend(self) -> str | None:
        """ "new" when absent before; "rising" when up by half and by the threshold."""
        if self.previous is None or not self.size:
            return None
        if self.previous == 0:
            return "new"
        if self.size >= 1.5 * self.previous and self.size - self.previous >= threshold():
            return "rising"
        return None

    @property
    def split_shown(self) -> list[tuple[str, str]]:
        """(group, count as shown) for each group present, with complementary suppression."""
        return breakdown(self.size, self.by_group)

    @property
    def sentiment_shown(self) -> list[tuple[str, str]]:
        """(positive / neutral / negative, count as shown), suppressed as the split is."""
        return breakdown(self.size, self.by_sentiment)

    def breakdown(self, by: str) -> list[tuple[str, str]]:
        """By "organisation", "sector" or "place", suppressed as the split is."""
        return breakdown(self.size, getattr(self, f"by_{by}"))


@dataclass
class ThemeReport:
    run: AnalysisRun | None
    themes: list[ThemeSummary]
    # A newer run still going, or one that failed (its themes are not shown).
    pending: AnalysisRun | None = None
    period: Period | None = None


def theme_report(
    partnership_id: uuid.UUID,
    survey: Survey | None = None,
    period: Period | None = None,
    within: list[uuid.UUID] | None = None,
) -> ThemeReport:
    """Themes largest first, from the survey's own run or else the partnership-wide run;
    with a period, counted in it and against the period before. Merged themes are left out.
    With `within`, only those organisations' answers count or are quoted.
    A fixed number of queries, however many themes and answers."""
    run = current_run(survey) if survey is not None else latest_run(f"partnership:{partnership_id}")
    pending = _pending_run(partnership_id, survey, run)
    if run is None:
        return ThemeReport(run=None, themes=[], pending=pending, period=period)
    rows = _theme_rows(run, survey, period, within=within)
    themes = {
        t.id: t
        for t in db.session.scalars(select(Theme).where(Theme.id.in_({r.theme_id for r in rows})))
    }
    summaries = _summaries(partnership_id, rows, themes, period)
    quotes = _quotes(themes.values(), survey, within)
    for summary in summaries.values():
        summary.quotes = quotes.get(summary.theme.id, []) if shown(summary.size) else []
    ordered = sorted(summaries.values(), key=lambda s: (-s.size, s.theme.display_name))
    return ThemeReport(run=run, themes=ordered, pending=pending, period=period)


def _summaries(
    partnership_id: uuid.UUID, rows: list, themes: dict, period: Period | None
) -> dict[uuid.UUID, ThemeSummary]:
    places = _organisation_places(partnership_id, {r.organisation_id for r in rows})
    summaries: dict[uuid.UUID, ThemeSummary] = {}
    for row in rows:
        summary = summaries.setdefault(
            row.theme_id, ThemeSummary(themes[row.theme_id], 0, previous=0 if period else None)
        )
        if row.current:
            _add_row(summary, row, places)
        else:
            summary.previous += row.n
    for summary in summaries.values():
        summary.by_group = {g: summary.by_group.get(g, 0) for g in RESPONDENT_GROUPS}
        summary.by_sentiment = {m: summary.by_sentiment.get(m, 0) for m in SENTIMENTS}
    return summaries


def _add_row(summary: ThemeSummary, row, places: dict) -> None:
    organisation, sector, place = places.get(row.organisation_id, (None, None, None))
    unknown = _("Not known")
    summary.size += row.n
    for parts, key in (
        (summary.by_group, row.respondent_type),
        (summary.by_sentiment, row.sentiment),
        (summary.by_organisation, organisation or unknown),
        (summary.by_sector, sector or "unknown"),
        (summary.by_place, place or unknown),
    ):
        if key is not None:
            parts[key] = parts.get(key, 0) + row.n


def _theme_rows(
    run: AnalysisRun,
    survey: Survey | None,
    period: Period | None,
    theme: Theme | None = None,
    within: list[uuid.UUID] | None = None,
) -> list:
    """Main-theme answers counted by theme, respondent type, sentiment, organisation and
    whether they fall in the period (else in the one before); with `within`, only those
    organisations' answers."""
    current = (
        case((Response.submitted_on >= period.start, True), else_=False)
        if period
        else literal(True)
    ).label("current")
    columns = (
        ThemeAssignment.theme_id,
        Response.respondent_type,
        Answer.sentiment,
        Response.organisation_id,
        current,
    )
    query = (
        select(*columns, func.count().label("n"))
        .join(Answer, ThemeAssignment.answer_id == Answer.id)
        .join(Response, Answer.response_id == Response.id)
        .join(Theme, ThemeAssignment.theme_id == Theme.id)
        .where(ThemeAssignment.run_id == run.id, ThemeAssignment.rank == 1)
        .where(Theme.merged_into_id.is_(None))
        .group_by(*columns)
    )
    if period:
        query = query.where(Response.submitted_on.between(period.previous.start, period.end))
    if survey is not None:
        query = query.where(Response.survey_id == survey.id)
    if theme is not None:
        query = query.where(ThemeAssignment.theme_id == theme.id)
    if within:
        query = query.where(Response.organisation_id.in_(within))
    return list(db.session.execute(query))


def _organisation_places(
    partnership_id: uuid.UUID, ids: set
) -> dict[uuid.UUID, tuple[str, str, str | None]]:
    """Organisation id -> (name, sector, place name). An organisation shared with another
    partnership may sit in one of that partnership's places: that name is not shown."""
    query = (
        select(Organisation.id, Organisation.name, Organisation.sector, Place.name)
        .outerjoin(
            Place, (Organisation.place_id == Place.id) & (Place.partnership_id == partnership_id)
        )
        .where(Organisation.id.in_(ids - {None}))
    )
    return {row[0]: tuple(row[1:]) for row in db.session.execute(query)}


def _pending_run(
    partnership_id: uuid.UUID, survey: Survey | None, shown_run: AnalysisRun | None
) -> AnalysisRun | None:
    """The newest run of the page's scopes, if it is newer than the one shown and did not
    succeed: still running (with its progress), or failed (with its error). A survey page
    showing the survey's own themes is not told of a partnership-wide run: when it
    finishes, the page will still show the survey's own."""
    scopes = [f"partnership:{partnership_id}"]
    if survey is not None:
        scopes.append(f"survey:{survey.id}")
        if shown_run is not None and shown_run.scope == scopes[-1]:
            scopes = scopes[-1:]
    newest = db.session.scalar(
        select(AnalysisRun)
        .where(AnalysisRun.scope.in_(scopes), AnalysisRun.started_at.is_not(None))
        .order_by(AnalysisRun.started_at.desc())
        .limit(1)
    )
    if newest is None or newest.status in ("succeeded", "too_few"):
        return None
    if newest.status == "running" and settle_lost_runs():
        db.session.refresh(newest)  # its process had ended: it now reads failed
    if shown_run is not None and newest.id == shown_run.id:
        return None
    return newest


def _quotes(
    themes, survey: Survey | None, within: list[uuid.UUID] | None = None
) -> dict[uuid.UUID, list[str]]:
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
    if within:
        query = query.where(Response.organisation_id.in_(within))
    texts = dict(db.session.execute(query).all())
    quotes: dict[uuid.UUID, list[str]] = defaultdict(list)
    for theme in themes:
        for answer_id in theme.quote_answer_ids:
            text = texts.get(uuid.UUID(answer_id))
            if text and len(quotes[theme.id]) < 2 and shorten(text) not in quotes[theme.id]:
                quotes[theme.id].append(shorten(text))
    return quotes


def shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= QUOTE_LENGTH:
        return text
    return text[:QUOTE_LENGTH].rsplit(" ", 1)[0] + "…"


def theme_summary(
    theme: Theme, within: list[uuid.UUID] | None = None
) -> tuple[AnalysisRun | None, ThemeSummary]:
    """The theme's size and breakdowns over every answer of its latest run (only those of
    the organisations `within`, when given)."""
    run = latest_run(theme.scope)
    rows = _theme_rows(run, None, None, theme, within) if run else []
    found = _summaries(theme.partnership_id, rows, {theme.id: theme}, None)
    summary = found.get(theme.id, ThemeSummary(theme, 0))
    return run, summary


def sector_names() -> dict[str, str]:
    """Sector codes in words, for breakdowns and filters."""
    return {
        "nhs_acute": _("NHS hospital"),
        "nhs_community": _("NHS community"),
        "nhs_mental_health": _("NHS mental health"),
        "primary_care": _("Primary care"),
        "adult_social_care": _("Adult social care"),
        "childrens_services": _("Children's services"),
        "council": _("Council"),
        "housing": _("Housing"),
        "voluntary": _("Voluntary sector"),
        "social_enterprise": _("Social enterprise"),
        "independent": _("Independent sector"),
        "unknown": _("Not known"),
    }
