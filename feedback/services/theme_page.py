"""One theme's page: the staff-versus-patient lens, and the drill-down to its redacted
answers, with the suppression rules of docs/suppression.md."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from flask import g
from sqlalchemy import and_, case, false, func, select, tuple_
from sqlalchemy.orm import aliased

from feedback.extensions import db
from feedback.models import (
    AnalysisRun,
    Answer,
    Question,
    Response,
    SafeguardingFlag,
    Theme,
    ThemeAssignment,
)
from feedback.services.filters import AnswerFilter, apply_filter
from feedback.services.reports import ThemeSummary, shorten
from feedback.services.suppression import safe_count, shown, threshold

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


# Answers read per voice to find two different quotes.
QUOTE_CANDIDATES = 20


def voices(
    run: AnalysisRun | None, summary: ThemeSummary, within: list[uuid.UUID] | None = None
) -> dict[str, Voice]:
    """Staff, and patients with carers: counts, and two quotes each when the count passes.
    With `within` (and a summary counted within them), only those organisations' answers."""
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
        _theme_answers(run, summary.theme, within)
        .outerjoin(SafeguardingFlag, SafeguardingFlag.answer_id == Answer.id)
        .where(SafeguardingFlag.id.is_(None), Answer.text_redacted.is_not(None))
        # Quotes, like the drill-down, come only from groups large enough to list.
        .where(_in_large_groups(run, summary.theme, within))
        .with_only_columns(
            voice.label("voice"),
            Answer.text_redacted.label("text"),
            func.row_number()
            .over(partition_by=voice, order_by=(ThemeAssignment.score.desc(), Answer.id))
            .label("place"),
        )
        .subquery()
    )
    # A reply many gave ("Some of the staff were kind") is quoted once: the next nearest
    # different answer makes the second quote.
    for name, text in db.session.execute(
        select(ranked.c.voice, ranked.c.text)
        .where(ranked.c.place <= QUOTE_CANDIDATES)
        .order_by(ranked.c.voice, ranked.c.place)
    ):
        if name not in found or found[name].withheld or len(found[name].quotes) >= 2:
            continue
        quote = shorten(text)
        if quote.casefold() not in (q.casefold() for q in found[name].quotes):
            found[name].quotes.append(quote)
    return found


def drilldown(
    run: AnalysisRun | None,
    theme: Theme,
    chosen: AnswerFilter,
    equality_items: dict[str, dict[str, str]],
    page: int = 1,
) -> Drilldown:
    """The page of the theme's answers that match the filter, newest first; only those of
    the filter's `within` organisations, when it has them."""
    if run is None:
        return Drilldown(0, [], 1, False)
    matching = apply_filter(_theme_answers(run, theme, chosen.within), chosen)
    total = db.session.scalar(matching.with_only_columns(func.count()))
    if not shown(total):
        return Drilldown(total, [], 1, False)
    listed = db.session.execute(
        matching.outerjoin(SafeguardingFlag, SafeguardingFlag.answer_id == Answer.id)
        .where(SafeguardingFlag.id.is_(None), Answer.text_redacted.is_not(None))
        .where(_in_large_groups(run, theme, chosen.within))
        .with_only_columns(Answer.id, Answer.text_redacted, Answer.sentiment)
        .order_by(Response.submitted_on.desc(), Answer.id)
        .offset((page - 1) * ANSWERS_PER_PAGE)
        .limit(ANSWERS_PER_PAGE + 1)
    ).all()
    answers = [ListedAnswer(*row) for row in listed[:ANSWERS_PER_PAGE]]
    equality = _equality_breakdown(matching, equality_items)
    return Drilldown(total, answers, page, len(listed) > ANSWERS_PER_PAGE, equality)


def _theme_answers(run: AnalysisRun, theme: Theme, within: list[uuid.UUID] | None = None):
    """A select over the theme's main answers in the run (of the organisations `within`,
    when given), Answer joined to Response."""
    query = (
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
    return query.where(Response.organisation_id.in_(within)) if within else query


def _in_large_groups(run: AnalysisRun, theme: Theme, within: list[uuid.UUID] | None = None):
    """Answers whose organisation-and-respondent-type group, and language group, within the
    theme reach the threshold: only they are ever listed, so that no listing (nor the
    difference of two listings by one filter) shows the answers of a small group.

    The groups are found first, in two small grouped queries (once per request), and the
    condition names them: as correlated subqueries the planner re-ran them per answer."""
    cells, languages = _large_groups(run, theme, within)
    if not cells or not languages:
        return false()
    organisation = func.coalesce(Response.organisation_id, NO_ORGANISATION)
    return and_(
        tuple_(organisation, Response.respondent_type).in_(cells),
        Response.language.in_(languages),
    )


def _large_groups(run: AnalysisRun, theme: Theme, within: list[uuid.UUID] | None):
    key = (run.id, theme.id, tuple(within or ()), threshold())
    found = g.setdefault("large_groups", {})
    if key not in found:
        organisation = func.coalesce(Response.organisation_id, NO_ORGANISATION)
        cells = (
            _theme_answers(run, theme, within)
            .with_only_columns(organisation, Response.respondent_type)
            .group_by(organisation, Response.respondent_type)
            .having(func.count() >= threshold())
        )
        languages = (
            _theme_answers(run, theme, within)
            .with_only_columns(Response.language)
            .group_by(Response.language)
            .having(func.count() >= threshold())
        )
        found[key] = (
            [tuple(row) for row in db.session.execute(cells)],
            list(db.session.scalars(languages)),
        )
    return found[key]


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
