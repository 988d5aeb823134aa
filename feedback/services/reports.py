"""What boards read: FFT scores and theme summaries, with small counts suppressed."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from flask import abort, current_app, g, has_request_context
from flask_babel import gettext as _
from sqlalchemy import and_, case, func, literal, select, tuple_
from sqlalchemy.orm import aliased

from feedback.extensions import db
from feedback.models import (
    AnalysisRun,
    Answer,
    Organisation,
    Partnership,
    Place,
    Question,
    Response,
    SafeguardingFlag,
    Survey,
    Theme,
    ThemeAssignment,
)
from feedback.services.analysis import current_run, latest_run
from feedback.services.building import Problem
from feedback.services.filters import AnswerFilter, apply_filter
from feedback.services.surveys import FFT_NEGATIVE, FFT_POSITIVE, FFT_SERIES

QUOTE_LENGTH = 240
RESPONDENT_GROUPS = ("staff", "patient", "carer", "other")
SENTIMENTS = ("positive", "neutral", "negative")


def threshold(partnership: Partnership | None = None) -> int:
    """The smallest count shown: the partnership's own threshold when it has one. Without a
    partnership, the one the request's page is about (see use_threshold_of)."""
    if partnership is None and has_request_context():
        partnership = g.get("suppression_partnership")
    if partnership is not None and partnership.suppression_threshold:
        return partnership.suppression_threshold
    return current_app.config["SUPPRESSION_THRESHOLD"]


def use_threshold_of(partnership: Partnership) -> None:
    """Make every count on this request's page follow the partnership's threshold."""
    g.suppression_partnership = partnership


def shown(count: int) -> bool:
    """Counts under the threshold are never shown, and nor are their quotes."""
    return count >= threshold()


def rounded(count: int) -> int:
    """A shown count to the nearest 5 (never below the threshold), so that two views'
    totals cannot be subtracted to give a hidden count exactly (docs/suppression.md)."""
    near = (count + 2) // 5 * 5
    return max(near, -(-threshold() // 5) * 5)


def safe_count(count: int) -> str:
    """A count as the theme pages show it: 0, "fewer than N", or rounded to the nearest 5."""
    if count == 0:
        return "0"
    return f"{rounded(count):,}" if shown(count) else _("fewer than %(n)s", n=threshold())


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
        return suppress_breakdown(self.size, self.by_group, round_counts=True)

    @property
    def sentiment_shown(self) -> list[tuple[str, str]]:
        """(positive / neutral / negative, count as shown), suppressed as the split is."""
        return suppress_breakdown(self.size, self.by_sentiment, round_counts=True)

    def breakdown(self, by: str) -> list[tuple[str, str]]:
        """By "organisation", "sector" or "place", suppressed as the split is."""
        return suppress_breakdown(self.size, getattr(self, f"by_{by}"), round_counts=True)


@dataclass
class ThemeReport:
    run: AnalysisRun | None
    themes: list[ThemeSummary]
    # A newer run still going, or one that failed (its themes are not shown).
    pending: AnalysisRun | None = None
    period: Period | None = None


def display_count(count: int) -> str:
    return f"{count:,}" if shown(count) else _("fewer than %(n)s", n=threshold())


def suppress_breakdown(
    total: int, parts: dict[str, int], round_counts: bool = False
) -> list[tuple[str, str]]:
    """Counts under the threshold read "fewer than N"; when only one part of a shown total
    would be hidden, the next smallest is hidden too ("not shown"), so no hidden count is
    the difference between the total and the parts shown. Groups with no one in them are
    left out."""
    present = {group: n for group, n in parts.items() if n > 0}
    hidden = {group for group, n in present.items() if not shown(n)}
    if len(hidden) == 1 and shown(total):
        others = sorted((n, group) for group, n in present.items() if group not in hidden)
        if others:
            hidden.add(others[0][1])
    if not shown(total):
        hidden = set(present)
    rows = []
    for group, n in present.items():
        if not shown(n):
            rows.append((group, _("fewer than %(n)s", n=threshold())))
        elif group in hidden:
            # Hidden only so that the small part cannot be worked out: it is not small.
            rows.append((group, _("not shown")))
        else:
            rows.append((group, f"{rounded(n) if round_counts else n:,}"))
    return rows


def theme_report(
    partnership_id: uuid.UUID, survey: Survey | None = None, period: Period | None = None
) -> ThemeReport:
    """Themes largest first, from the survey's own run or else the partnership-wide run;
    with a period, counted in it and against the period before. Merged themes are left out.
    A fixed number of queries, however many themes and answers."""
    run = current_run(survey) if survey is not None else latest_run(f"partnership:{partnership_id}")
    pending = _pending_run(partnership_id, survey, run)
    if run is None:
        return ThemeReport(run=None, themes=[], pending=pending, period=period)
    rows = _theme_rows(run, survey, period)
    themes = {
        t.id: t
        for t in db.session.scalars(select(Theme).where(Theme.id.in_({r.theme_id for r in rows})))
    }
    summaries = _summaries(rows, themes, period)
    quotes = _quotes(themes.values(), survey)
    for summary in summaries.values():
        summary.quotes = quotes.get(summary.theme.id, []) if shown(summary.size) else []
    ordered = sorted(summaries.values(), key=lambda s: (-s.size, s.theme.display_name))
    return ThemeReport(run=run, themes=ordered, pending=pending, period=period)


def _summaries(rows: list, themes: dict, period: Period | None) -> dict[uuid.UUID, ThemeSummary]:
    places = _organisation_places({r.organisation_id for r in rows})
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
    run: AnalysisRun, survey: Survey | None, period: Period | None, theme: Theme | None = None
) -> list:
    """Main-theme answers counted by theme, respondent type, sentiment, organisation and
    whether they fall in the period (else in the one before)."""
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
    return list(db.session.execute(query))


def _organisation_places(ids: set) -> dict[uuid.UUID, tuple[str, str, str | None]]:
    """Organisation id -> (name, sector, place name)."""
    query = (
        select(Organisation.id, Organisation.name, Organisation.sector, Place.name)
        .outerjoin(Place, Organisation.place_id == Place.id)
        .where(Organisation.id.in_(ids - {None}))
    )
    return {row[0]: tuple(row[1:]) for row in db.session.execute(query)}


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


# --- One theme: the staff-versus-patient lens and the drill-down ---------------------------

VOICES = {"staff": ("staff",), "patients": ("patient", "carer")}
ANSWERS_PER_PAGE = 25
NO_ORGANISATION = uuid.UUID(int=0)


@dataclass
class Voice:
    """One voice on a theme: how many raised it, and up to two quotes when that is enough."""

    name: str
    count: int
    quotes: list[str] = field(default_factory=list)

    @property
    def count_shown(self) -> str:
        return safe_count(self.count)

    @property
    def withheld(self) -> bool:
        return not shown(self.count)


@dataclass
class ListedAnswer:
    id: uuid.UUID
    text: str
    sentiment: str | None


@dataclass
class Drilldown:
    """The theme's answers that match a filter: nothing at all when fewer than the
    threshold match, so that no small group can be read by narrowing the filter."""

    total: int
    answers: list[ListedAnswer]
    page: int
    more: bool
    # Equality item code -> [(choice code, count as shown)], only where every cell passes.
    equality: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    @property
    def suppressed(self) -> bool:
        return not shown(self.total)

    @property
    def total_shown(self) -> str:
        return safe_count(self.total)


def theme_or_404(partnership: Partnership, theme_id: uuid.UUID) -> Theme:
    """The partnership's theme; a theme of another partnership is not found."""
    theme = db.session.scalar(
        select(Theme).where(Theme.id == theme_id, Theme.partnership_id == partnership.id)
    )
    if theme is None:
        abort(404)
    return theme


def theme_summary(theme: Theme) -> tuple[AnalysisRun | None, ThemeSummary]:
    """The theme's size and breakdowns over every answer of its latest run."""
    run = latest_run(theme.scope)
    rows = _theme_rows(run, None, None, theme) if run else []
    summary = _summaries(rows, {theme.id: theme}, None).get(theme.id, ThemeSummary(theme, 0))
    return run, summary


def voices(run: AnalysisRun | None, summary: ThemeSummary) -> dict[str, Voice]:
    """Staff, and patients with carers: counts, and two quotes each when the count passes."""
    found = {
        name: Voice(name, sum(summary.by_group.get(g, 0) for g in groups))
        for name, groups in VOICES.items()
    }
    if run is None:
        return found
    voice = case(
        *((Response.respondent_type.in_(groups), name) for name, groups in VOICES.items()),
        else_="other",
    )
    ranked = (
        _theme_answers(run, summary.theme)
        .outerjoin(SafeguardingFlag, SafeguardingFlag.answer_id == Answer.id)
        .where(SafeguardingFlag.id.is_(None), Answer.text_redacted.is_not(None))
        # Quotes, like the drill-down, come only from groups large enough to list.
        .where(_in_large_groups(run, summary.theme))
        .with_only_columns(
            voice.label("voice"),
            Answer.text_redacted.label("text"),
            func.row_number()
            .over(partition_by=voice, order_by=(ThemeAssignment.score.desc(), Answer.id))
            .label("place"),
        )
        .subquery()
    )
    for name, text in db.session.execute(
        select(ranked.c.voice, ranked.c.text).where(ranked.c.place <= 2)
    ):
        if name in found and not found[name].withheld:
            found[name].quotes.append(_shorten(text))
    return found


def drilldown(
    run: AnalysisRun | None,
    theme: Theme,
    chosen: AnswerFilter,
    equality_items: dict[str, dict[str, str]],
    page: int = 1,
) -> Drilldown:
    """The page of the theme's answers that match the filter, newest first."""
    if run is None:
        return Drilldown(0, [], 1, False)
    matching = apply_filter(_theme_answers(run, theme), chosen)
    total = db.session.scalar(matching.with_only_columns(func.count()))
    if not shown(total):
        return Drilldown(total, [], 1, False)
    listed = db.session.execute(
        matching.outerjoin(SafeguardingFlag, SafeguardingFlag.answer_id == Answer.id)
        .where(SafeguardingFlag.id.is_(None), Answer.text_redacted.is_not(None))
        .where(_in_large_groups(run, theme))
        .with_only_columns(Answer.id, Answer.text_redacted, Answer.sentiment)
        .order_by(Response.submitted_on.desc(), Answer.id)
        .offset((page - 1) * ANSWERS_PER_PAGE)
        .limit(ANSWERS_PER_PAGE + 1)
    ).all()
    answers = [ListedAnswer(*row) for row in listed[:ANSWERS_PER_PAGE]]
    equality = _equality_breakdown(matching, equality_items)
    return Drilldown(total, answers, page, len(listed) > ANSWERS_PER_PAGE, equality)


def _theme_answers(run: AnalysisRun, theme: Theme):
    """A select over the theme's main answers in the run, Answer joined to Response."""
    return (
        select(Answer.id)
        .select_from(ThemeAssignment)
        .join(Answer, ThemeAssignment.answer_id == Answer.id)
        .join(Response, Answer.response_id == Response.id)
        .where(
            ThemeAssignment.run_id == run.id,
            ThemeAssignment.theme_id == theme.id,
            ThemeAssignment.rank == 1,
        )
    )


def _in_large_groups(run: AnalysisRun, theme: Theme):
    """Answers whose organisation-and-respondent-type group, and language group, within the
    theme reach the threshold: only they are ever listed, so that no listing (nor the
    difference of two listings by one filter) shows the answers of a small group."""
    organisation = func.coalesce(Response.organisation_id, NO_ORGANISATION)
    cells = (
        _theme_answers(run, theme)
        .with_only_columns(organisation, Response.respondent_type)
        .group_by(organisation, Response.respondent_type)
        .having(func.count() >= threshold())
    )
    languages = (
        _theme_answers(run, theme)
        .with_only_columns(Response.language)
        .group_by(Response.language)
        .having(func.count() >= threshold())
    )
    return and_(
        tuple_(organisation, Response.respondent_type).in_(cells),
        Response.language.in_(languages),
    )


def _equality_breakdown(matching, items: dict[str, dict[str, str]]) -> dict:
    """People in the selection by each equality answer; an item only when every cell of
    it (prefer not to say included) reaches the threshold."""
    if not items:
        return {}
    other, item = aliased(Answer), aliased(Question)
    people = matching.with_only_columns(Response.id)
    rows = db.session.execute(
        select(item.code, other.value, func.count(func.distinct(other.response_id)))
        .join(item, other.question_id == item.id)
        .where(other.response_id.in_(people), item.code.in_(items), other.value.is_not(None))
        .group_by(item.code, other.value)
        .order_by(item.code, other.value)
    )
    cells: dict[str, dict[str, int]] = defaultdict(dict)
    for code, value, n in rows:
        cells[code][value] = n
    return {
        code: [(value, safe_count(n)) for value, n in counts.items()]
        for code, counts in cells.items()
        if all(shown(n) for n in counts.values())
    }


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
