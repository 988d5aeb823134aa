"""The partnership overview: who has answered (by organisation, sector, place, respondent
type and month), FFT run charts per organisation and site, and the top themes of a period.

Counts follow feedback/services/suppression.py: under the partnership's threshold they read
"fewer than N", shown ones are rounded to the nearest 5, and each table has complementary
suppression so that no hidden count is the total minus the shown ones."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from flask_babel import format_date
from flask_babel import gettext as _
from sqlalchemy import extract, func, select
from werkzeug.datastructures import MultiDict

from feedback.extensions import db
from feedback.models import (
    Answer,
    Channel,
    Partnership,
    Question,
    Response,
    Survey,
    Theme,
    ThemeAssignment,
)
from feedback.services import charts, spc
from feedback.services.analysis import latest_run
from feedback.services.building import Problem
from feedback.services.suppression import breakdown, safe_count
from feedback.services.suppression import threshold as partnership_threshold
from feedback.services.surveys import FFT_NEGATIVE, FFT_POSITIVE, FFT_SERIES

RESPONDENT_TYPES = ("staff", "patient", "carer", "other")
PERIOD_MONTHS = 3
TOP_THEMES = 5
NOT_KNOWN = "-"


def month_label(month: tuple[int, int]) -> str:
    return format_date(date(month[0], month[1], 1), "MMM yyyy")


def _months_between(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    months, (year, month) = [], first
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _month_columns():
    return (
        extract("year", Response.submitted_on).label("year"),
        extract("month", Response.submitted_on).label("month"),
    )


@dataclass
class ResponseCounts:
    total: int
    total_shown: str
    tables: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def response_counts(partnership: Partnership) -> ResponseCounts:
    """Responses by organisation, sector, place, respondent type and month: one query."""
    threshold = partnership_threshold(partnership)
    year, month = _month_columns()
    query = (
        select(Response.organisation_id, Response.respondent_type, year, month, func.count())
        .join(Survey, Response.survey_id == Survey.id)
        .where(Survey.partnership_id == partnership.id)
        .group_by(Response.organisation_id, Response.respondent_type, year, month)
    )
    organisations = {o.id: o for o in partnership.organisations}
    places = {p.id: p.name for p in partnership.places}
    by: dict[str, Counter] = defaultdict(Counter)
    by_month: Counter = Counter()
    for organisation_id, respondent_type, y, m, n in db.session.execute(query):
        organisation = organisations.get(organisation_id)
        by["organisation"][organisation.name if organisation else NOT_KNOWN] += n
        by["sector"][organisation.sector if organisation else NOT_KNOWN] += n
        place = places.get(organisation.place_id) if organisation else None
        by["place"][place or NOT_KNOWN] += n
        by["respondent"][respondent_type] += n
        by_month[(int(y), int(m))] += n
    total = sum(by_month.values())
    counts = ResponseCounts(total=total, total_shown=safe_count(total, threshold))
    for name in ("organisation", "sector", "place"):
        ordered = dict(sorted(by[name].items(), key=lambda item: (item[0] == NOT_KNOWN, item[0])))
        counts.tables[name] = breakdown(total, ordered, threshold)
    respondents = {kind: by["respondent"].get(kind, 0) for kind in RESPONDENT_TYPES}
    counts.tables["respondent"] = breakdown(total, respondents, threshold)
    months = dict(sorted(by_month.items()))
    counts.tables["month"] = [
        (month_label(m), shown) for m, shown in breakdown(total, months, threshold)
    ]
    return counts


@dataclass
class FftRunChart:
    """One organisation's or site's monthly % good as a run chart, with its data."""

    name: str
    chart: dict
    rows: list[list[str]]  # month, % good, % poor, signal


def fft_run_charts(partnership: Partnership) -> dict[str, list[FftRunChart]]:
    """Run charts of monthly % good for each organisation and each site with FFT answers.
    Months with fewer answers than the threshold are gaps, not points."""
    year, month = _month_columns()
    query = (
        select(Response.organisation_id, Channel.site_id, year, month, Answer.value, func.count())
        .join(Response, Answer.response_id == Response.id)
        .join(Question, Answer.question_id == Question.id)
        .join(Survey, Response.survey_id == Survey.id)
        .outerjoin(Channel, Response.channel_id == Channel.id)
        .where(Survey.partnership_id == partnership.id, Question.series == FFT_SERIES)
        .group_by(Response.organisation_id, Channel.site_id, year, month, Answer.value)
    )
    per_organisation: dict[uuid.UUID, dict] = defaultdict(lambda: defaultdict(Counter))
    per_site: dict[uuid.UUID, dict] = defaultdict(lambda: defaultdict(Counter))
    for organisation_id, site_id, y, m, value, n in db.session.execute(query):
        if organisation_id is not None:
            per_organisation[organisation_id][(int(y), int(m))][value] += n
        if site_id is not None:
            per_site[site_id][(int(y), int(m))][value] += n
    seen = [m for series in per_organisation.values() for m in series]
    seen += [m for series in per_site.values() for m in series]
    if not seen:
        return {"organisation": [], "site": []}
    months = _months_between(min(seen), max(seen))
    threshold = partnership_threshold(partnership)
    names = {o.id: o.name for o in partnership.organisations}
    sites = {
        s.id: _("%(site)s, %(organisation)s", site=s.name, organisation=o.name)
        for o in partnership.organisations
        for s in o.sites
    }
    return {
        "organisation": [
            _run_chart(f"fft-org-{i}", names[key], per_organisation[key], months, threshold)
            for i, key in enumerate(sorted(per_organisation, key=lambda k: names.get(k, "")))
            if key in names
        ],
        "site": [
            _run_chart(f"fft-site-{i}", sites[key], per_site[key], months, threshold)
            for i, key in enumerate(sorted(per_site, key=lambda k: sites.get(k, "")))
            if key in sites
        ],
    }


def _run_chart(chart_id, name, series, months, threshold: int) -> FftRunChart:
    good, poor = [], []
    for month in months:
        counts = series.get(month, Counter())
        total = sum(counts.values())
        enough = total >= threshold
        good.append(100 * _sum(counts, FFT_POSITIVE) / total if enough else None)
        poor.append(100 * _sum(counts, FFT_NEGATIVE) / total if enough else None)
    signals = spc.signals(good)
    labels = [month_label(m) for m in months]
    title = _("%(name)s: %% good each month", name=name)
    rows = [
        [labels[i], *_percentages(good[i], poor[i], threshold), _signal(signals, i)]
        for i in range(len(months))
    ]
    return FftRunChart(name, charts.run_chart(chart_id, title, labels, good), rows)


def _sum(counts: Counter, codes) -> int:
    return sum(n for code, n in counts.items() if code in codes)


def _percentages(good, poor, threshold: int) -> list[str]:
    if good is None:
        return [_("fewer than %(n)s answers", n=threshold), ""]
    return [f"{round(good)}%", f"{round(poor)}%"]


def _signal(signals: spc.Signals, index: int) -> str:
    marks = []
    if signals.in_shift(index):
        marks.append(_("shift"))
    if signals.in_trend(index):
        marks.append(_("trend"))
    return ", ".join(marks)


@dataclass
class Period:
    start: date
    end: date


def _months_back(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def parse_period(args: MultiDict, today: date) -> tuple[Period, dict[str, str], list[Problem]]:
    """The `from` and `to` dates asked for (default: the last 3 months), the values as
    typed, and a Problem for each date that is not real or a range that ends too soon."""
    typed = {name: args.get(name, "").strip() for name in ("from", "to")}
    chosen, problems = {}, []
    for name, raw in typed.items():
        if not raw:
            continue
        try:
            chosen[name] = date.fromisoformat(raw)
        except ValueError:
            problems.append(Problem(name, _("Enter a real date, for example 2026-03-27")))
    end = chosen.get("to", today)
    start = chosen.get("from", _months_back(end, PERIOD_MONTHS))
    if not problems and end < start:
        problems.append(
            Problem("to", _("The end date must be the same as or after the start date"))
        )
    return Period(start, end), typed, problems


@dataclass
class TopTheme:
    theme: Theme
    size: int
    size_shown: str


def top_themes(partnership: Partnership, period: Period, limit: int = TOP_THEMES) -> list:
    """The largest themes of the partnership-wide run among answers of the period, with
    merged themes counted in the theme they were merged into."""
    run = latest_run(f"partnership:{partnership.id}")
    if run is None:
        return []
    query = (
        select(ThemeAssignment.theme_id, func.count())
        .join(Answer, ThemeAssignment.answer_id == Answer.id)
        .join(Response, Answer.response_id == Response.id)
        .where(ThemeAssignment.run_id == run.id, ThemeAssignment.rank == 1)
        .where(Response.submitted_on >= period.start, Response.submitted_on <= period.end)
        .group_by(ThemeAssignment.theme_id)
    )
    counts = dict(db.session.execute(query).all())
    themes = {
        t.id: t
        for t in db.session.scalars(
            select(Theme).where(Theme.partnership_id == partnership.id, Theme.id.in_(counts))
        )
    }
    sizes: Counter = Counter()
    for theme_id, n in counts.items():
        theme = themes.get(theme_id)
        if theme is not None:
            sizes[theme.merged_into_id or theme_id] += n
    missing = [i for i in sizes if i not in themes]
    if missing:
        merged_into = select(Theme).where(
            Theme.partnership_id == partnership.id, Theme.id.in_(missing)
        )
        themes.update({t.id: t for t in db.session.scalars(merged_into)})
    sizes = Counter({i: n for i, n in sizes.items() if i in themes})
    threshold = partnership_threshold(partnership)
    ranked = sorted(sizes.items(), key=lambda item: (-item[1], themes[item[0]].display_name))
    return [TopTheme(themes[i], n, safe_count(n, threshold)) for i, n in ranked[:limit]]
