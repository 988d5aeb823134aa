"""The board pack: one partnership and one period, as HTML and as a tagged PDF.

Headline numbers, the top themes with their trend against the previous period of the same
length, the staff-versus-patient split, two redacted quotes per theme and the actions, all
with the partnership's suppression threshold applied."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from flask import current_app, render_template
from flask_babel import gettext as _
from markupsafe import Markup
from matplotlib.figure import Figure
from sqlalchemy import case, func, select

from feedback.extensions import db
from feedback.models import Action, Answer, Question, Response, Survey, Theme, ThemeAssignment
from feedback.services import charts
from feedback.services.analysis import latest_run
from feedback.services.reports import theme_report
from feedback.services.suppression import breakdown, safe_count
from feedback.services.suppression import threshold as partnership_threshold
from feedback.services.surveys import FFT_NEGATIVE, FFT_POSITIVE, FFT_SERIES

TOP_THEMES = 10
# The lens joins patients and carers: the two voices are staff and the people they serve.
VOICES = {"staff": "staff", "patient": "patients", "carer": "patients", "other": "other"}
ACTION_ORDER = ("in_progress", "planned", "done", "not_possible")
PACK_CSS = Path(__file__).resolve().parent.parent / "static" / "pack.css"


@dataclass
class PackTheme:
    theme: Theme
    size: int
    previous: int
    size_shown: str
    previous_shown: str
    trend: str  # new, rising, falling, steady
    voices: list[tuple[str, str]] = field(default_factory=list)  # (voice, count as shown)
    quotes: list[str] = field(default_factory=list)


@dataclass
class BoardPack:
    partnership: object
    date_from: date
    date_to: date
    previous_from: date
    previous_to: date
    threshold: int
    responses_shown: str
    fft_total_shown: str
    fft_good: str | None  # None: too few FFT answers for a score
    fft_poor: str | None
    themes: list[PackTheme]
    actions: list[Action]
    chart: Markup


def build_pack(partnership, date_from: date, date_to: date) -> BoardPack:
    """Everything the pack shows, counted for the period and suppressed."""
    threshold = partnership_threshold(partnership)
    previous_to = date_from - timedelta(days=1)
    previous_from = previous_to - (date_to - date_from)
    fft = _fft_counts(partnership.id, date_from, date_to)
    total = sum(fft.values())
    good = sum(n for code, n in fft.items() if code in FFT_POSITIVE)
    poor = sum(n for code, n in fft.items() if code in FFT_NEGATIVE)
    themes = _themes(partnership, date_from, date_to, previous_from, threshold)
    return BoardPack(
        partnership=partnership,
        date_from=date_from,
        date_to=date_to,
        previous_from=previous_from,
        previous_to=previous_to,
        threshold=threshold,
        responses_shown=safe_count(_responses(partnership.id, date_from, date_to), threshold),
        fft_total_shown=safe_count(total, threshold),
        fft_good=_share(good, total, threshold) if total >= threshold else None,
        fft_poor=_share(poor, total, threshold) if total >= threshold else None,
        themes=themes,
        actions=_actions(partnership.id),
        chart=theme_chart(themes),
    )


def _share(part: int, total: int, threshold: int) -> str:
    if 0 < part < threshold:
        return _("fewer than %(n)s answers", n=threshold)
    return f"{round(100 * part / total)}%"


def _partnership_responses(partnership_id: uuid.UUID):
    return select(Survey.id).where(Survey.partnership_id == partnership_id)


def _responses(partnership_id: uuid.UUID, date_from: date, date_to: date) -> int:
    return db.session.scalar(
        select(func.count(Response.id)).where(
            Response.survey_id.in_(_partnership_responses(partnership_id)),
            Response.submitted_on.between(date_from, date_to),
        )
    )


def _fft_counts(partnership_id: uuid.UUID, date_from: date, date_to: date) -> dict[str, int]:
    query = (
        select(Answer.value, func.count())
        .join(Question, Answer.question_id == Question.id)
        .join(Response, Answer.response_id == Response.id)
        .where(Response.survey_id.in_(_partnership_responses(partnership_id)))
        .where(Question.series == FFT_SERIES, Response.submitted_on.between(date_from, date_to))
        .group_by(Answer.value)
    )
    return dict(db.session.execute(query).all())


def _themes(partnership, date_from, date_to, previous_from, threshold) -> list[PackTheme]:
    """The top themes of the partnership-wide run by their size in the period."""
    run = latest_run(f"partnership:{partnership.id}")
    if run is None:
        return []
    current = case((Response.submitted_on >= date_from, 1), else_=0)
    query = (
        select(ThemeAssignment.theme_id, Response.respondent_type, current, func.count())
        .join(Answer, ThemeAssignment.answer_id == Answer.id)
        .join(Response, Answer.response_id == Response.id)
        .where(ThemeAssignment.run_id == run.id, ThemeAssignment.rank == 1)
        .where(Response.submitted_on.between(previous_from, date_to))
        .group_by(ThemeAssignment.theme_id, Response.respondent_type, current)
    )
    voices: dict[uuid.UUID, Counter] = defaultdict(Counter)
    before: Counter = Counter()
    for theme_id, respondent_type, is_current, n in db.session.execute(query):
        if is_current:
            voices[theme_id][VOICES.get(respondent_type, "other")] += n
        else:
            before[theme_id] += n
    themes = {t.id: t for t in db.session.scalars(select(Theme).where(Theme.id.in_(voices)))}
    top = sorted(voices, key=lambda t: (-sum(voices[t].values()), themes[t].display_name))
    quotes = {s.theme.id: s.quotes for s in theme_report(partnership.id).themes}
    found = []
    for theme_id in top[:TOP_THEMES]:
        size = sum(voices[theme_id].values())
        found.append(
            PackTheme(
                theme=themes[theme_id],
                size=size,
                previous=before[theme_id],
                size_shown=safe_count(size, threshold),
                previous_shown=safe_count(before[theme_id], threshold)
                if before[theme_id]
                else _("none"),
                trend=_trend(size, before[theme_id], threshold),
                voices=breakdown(size, _in_order(voices[theme_id]), threshold),
                quotes=quotes.get(theme_id, [])[:2] if size >= threshold else [],
            )
        )
    return found


def _in_order(voices: Counter) -> dict[str, int]:
    return {voice: voices[voice] for voice in ("staff", "patients", "other")}


def _trend(size: int, previous: int, threshold: int) -> str:
    if previous == 0:
        return "new"
    # Small changes in small themes are noise, not news.
    if size - previous >= max(threshold, previous // 2):
        return "rising"
    if previous - size >= max(threshold, previous // 2):
        return "falling"
    return "steady"


def _actions(partnership_id: uuid.UUID) -> list[Action]:
    order = case({s: i for i, s in enumerate(ACTION_ORDER)}, value=Action.status, else_=9)
    return list(
        db.session.scalars(
            select(Action)
            .where(Action.partnership_id == partnership_id)
            .order_by(order, Action.updated_on.desc())
        )
    )


def theme_chart(themes: list[PackTheme]) -> Markup:
    """A horizontal bar chart of theme sizes as inline SVG with a <title>; themes under the
    threshold get no bar (a bar's length would give their count away), and the others'
    bars are as long as their rounded counts."""
    drawn = [t for t in themes if t.size_shown.replace(",", "").isdigit()]
    if not drawn:
        return Markup("")
    figure = Figure(figsize=(7, 0.45 * len(drawn) + 0.8), layout="constrained")
    axes = figure.subplots()
    axes.barh(
        [t.theme.display_name for t in drawn],
        [int(t.size_shown.replace(",", "")) for t in drawn],
        color=charts.LINE,
    )
    axes.invert_yaxis()
    axes.set_xlabel(_("Answers in the period"))
    axes.spines[["top", "right"]].set_visible(False)
    title = _("Answers per theme in the period, largest first")
    description = "; ".join(f"{t.theme.display_name}: {t.size_shown}" for t in drawn)
    return charts.figure_svg(figure, "pack-chart", title, description)


def render_pdf(pack: BoardPack) -> bytes:
    """The pack as a tagged PDF (PDF/UA-1) for printing and sending round."""
    from weasyprint import HTML

    html = render_template(
        "boards/export_pack_pdf.html", pack=pack, partnership=pack.partnership, css=_css()
    )
    return HTML(string=html, base_url=current_app.root_path).write_pdf(pdf_variant="pdf/ua-1")


def _css() -> Markup:
    # Our own stylesheet, read from the package: safe to put in a <style> element.
    return Markup(PACK_CSS.read_text(encoding="utf-8"))  # noqa: S704
