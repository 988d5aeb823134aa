"""Charts as server-rendered SVG (matplotlib, no JavaScript, nothing canvas-only).

Each chart carries a <title> and <desc>, role="img" and aria-labelledby, and its ids are
prefixed so that several charts can sit in one page. The page puts the same data in a
table beside it."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import matplotlib
from flask_babel import get_locale
from flask_babel import gettext as _
from markupsafe import Markup, escape
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from feedback.services import spc
from feedback.services.spc import Signals

# rcParams are process-wide; these only change how SVG is written. Text stays text (no
# embedded glyphs, no font files), and ids are the same on every render.
matplotlib.rcParams.update(
    {
        "svg.fonttype": "none",
        "svg.hashsalt": "frontline-voice",
        "font.family": "sans-serif",
        "font.sans-serif": ["Arial", "Helvetica", "DejaVu Sans"],
        "font.size": 10,
    }
)

LINE = "#005eb8"  # NHS blue
MEDIAN = "#425563"  # NHS dark grey
SHIFT = "#7c2855"  # NHS dark pink
TREND = "#330072"  # NHS purple
SIZE = (5.6, 2.8)  # inches: small figures render quickly


@dataclass
class RunChartData:
    """A monthly series: month labels, values in percent (None = not plotted)."""

    labels: list[str]
    values: list[float | None]
    signals: Signals


def run_chart_svg(chart_id: str, title: str, description: str, data: RunChartData) -> Markup:
    """A run chart: the values as a line (broken at gaps), the median dashed, points in a
    shift drawn as squares and points in a trend as triangles."""
    figure = Figure(figsize=SIZE, layout="constrained")
    axes = figure.add_subplot()
    positions = list(range(len(data.values)))
    plotted = [float("nan") if v is None else v for v in data.values]
    axes.plot(positions, plotted, color=LINE, marker="o", markersize=4, linewidth=1.5)
    handles = [Line2D([], [], color=LINE, marker="o", markersize=4, label=_("% good"))]
    if data.signals.median is not None:
        axes.axhline(data.signals.median, color=MEDIAN, linestyle="--", linewidth=1)
        handles.append(Line2D([], [], color=MEDIAN, linestyle="--", label=_("median")))
    _mark(axes, handles, data, data.signals.in_shift, "s", SHIFT, _("shift"))
    _mark(axes, handles, data, data.signals.in_trend, "^", TREND, _("trend"))
    axes.set_xticks(positions, data.labels)
    axes.set_ylim(0, 100)
    axes.set_ylabel(_("% good"))
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0, 1),
        fontsize=9,
        frameon=False,
        ncols=len(handles),
    )
    return figure_svg(figure, chart_id, title, description)


def _mark(axes, handles, data: RunChartData, chosen, marker: str, colour: str, label: str):
    points = [(i, v) for i, v in enumerate(data.values) if v is not None and chosen(i)]
    if points:
        x, y = zip(*points, strict=True)
        axes.plot(x, y, linestyle="none", marker=marker, markersize=7, color=colour)
        handles.append(Line2D([], [], linestyle="none", marker=marker, color=colour, label=label))


def figure_svg(figure: Figure, chart_id: str, title: str, description: str) -> Markup:
    """A matplotlib figure as SVG to inline in a page: labelled with a <title> and <desc>,
    no inline styles (the CSP), ids prefixed with `chart_id` so several charts fit a page."""
    buffer = io.StringIO()
    FigureCanvasSVG(figure).print_svg(buffer, metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    text = text[text.index("<svg") :]
    text = re.sub(r"<metadata>.*?</metadata>\s*", "", text, flags=re.DOTALL)
    # The page's CSP allows no inline styles: what matplotlib puts in style attributes
    # and a <style> element goes into presentation attributes instead.
    text = re.sub(r"<style[^>]*>.*?</style>\s*", "", text, flags=re.DOTALL)
    text = re.sub(r'style="([^"]*)"', _attributes, text)
    text = _prefix_ids(text, chart_id)
    end_of_tag = text.index(">") + 1
    # Scales to its column (the viewBox keeps the shape) instead of a width in points.
    opening = re.sub(r'\s(width|height)="[^"]*"', "", text[: end_of_tag - 1])
    opening += (
        f' width="100%" role="img" aria-labelledby="{chart_id}-title {chart_id}-desc"'
        ' class="fv-chart" focusable="false">'
    )
    labels = (
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>'
    )
    # matplotlib's own output and escaped text: safe to inline.
    return Markup(opening + labels + text[end_of_tag:])  # noqa: S704


def _attributes(match: re.Match) -> str:
    pairs = (part.split(":", 1) for part in match.group(1).split(";") if ":" in part)
    return " ".join(f'{name.strip()}="{value.strip()}"' for name, value in pairs)


def _prefix_ids(svg: str, prefix: str) -> str:
    """Give every id in the SVG the chart's prefix, so ids stay unique in the page."""
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}-\1"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}-\1)", svg)
    return re.sub(r'href="#([^"]+)"', rf'href="#{prefix}-\1"', svg)


def describe_run_chart(subject: str, data: RunChartData) -> str:
    """The chart in words, for people who cannot see it."""
    values = data.values
    plotted = [v for v in values if v is not None]
    if not plotted:
        return _("%(subject)s: no month has enough answers to plot.", subject=subject)
    words = [
        _(
            "%(subject)s, from %(first)s to %(last)s: %(n)s of %(months)s months plotted. "
            "Median %(median)s%%.",
            subject=subject,
            first=data.labels[0],
            last=data.labels[-1],
            n=len(plotted),
            months=len(values),
            median=round(data.signals.median),
        )
    ]
    for first, last in data.signals.shifts:
        side = _("above") if values[first] > data.signals.median else _("below")
        words.append(
            _(
                "Shift: %(first)s to %(last)s all %(side)s the median.",
                first=data.labels[first],
                last=data.labels[last],
                side=side,
            )
        )
    for first, last in data.signals.trends:
        way = _("up") if values[last] > values[first] else _("down")
        words.append(
            _(
                "Trend: %(first)s to %(last)s, each month %(way)s.",
                first=data.labels[first],
                last=data.labels[last],
                way=way,
            )
        )
    if not data.signals.shifts and not data.signals.trends:
        words.append(_("No shift or trend: the months vary no more than chance would."))
    return " ".join(words)


def run_chart(chart_id: str, title: str, labels: Sequence[str], values) -> dict:
    """Everything a page needs for one run chart: SVG, its description and the data.

    Drawing takes tens of milliseconds a chart, and an overview has one per organisation and
    site; charts are kept by what they show (the signals follow from the values), so a page
    whose data has not changed since it was last drawn is not drawn again."""
    locale = str(get_locale() or "en")
    description, svg = _drawn(chart_id, title, tuple(labels), tuple(values), locale)
    return {"id": chart_id, "title": title, "description": description, "svg": svg}


@lru_cache(maxsize=512)
def _drawn(
    chart_id: str, title: str, labels: tuple, values: tuple, _locale: str
) -> tuple[str, Markup]:
    data = RunChartData(list(labels), list(values), spc.signals(list(values)))
    description = describe_run_chart(title, data)
    return description, run_chart_svg(chart_id, title, description, data)
