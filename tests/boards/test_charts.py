"""Run chart rules (median, shifts, trends) and the SVG charts that show them."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from feedback.services import charts, spc


def test_median_skips_gaps():
    assert spc.median([10, None, 30, 20, None]) == 20
    assert spc.median([None, None]) is None


def test_six_points_above_the_median_are_a_shift():
    values = [50, 40, 50, 61, 62, 60, 63, 61, 64, 40]
    assert spc.shifts(values, 55) == [(3, 8)]


def test_five_points_on_one_side_are_not_yet_a_shift():
    assert spc.shifts([61, 62, 60, 63, 61, 40, 41], 55) == []


def test_points_on_the_median_neither_make_nor_break_a_shift():
    values = [40, 41, 55, 42, 43, 55, 44, 45, 70]
    assert spc.shifts(values, 55) == [(0, 7)]


def test_gaps_neither_make_nor_break_a_shift():
    values = [40, 41, None, 42, 43, None, 44, 45]
    assert spc.shifts(values, 55) == [(0, 7)]


def test_five_points_going_up_are_a_trend():
    assert spc.trends([50, 40, 42, 45, 47, 49, 30]) == [(1, 5)]


def test_five_points_going_down_are_a_trend_and_four_are_not():
    assert spc.trends([90, 80, 70, 60, 50]) == [(0, 4)]
    assert spc.trends([90, 80, 70, 60, 65]) == []


def test_a_repeated_value_neither_adds_to_nor_breaks_a_trend():
    assert spc.trends([10, 20, 20, 30, 40]) == []
    assert spc.trends([10, 20, 20, 30, 40, 50]) == [(0, 5)]


def test_signals_mark_the_points_in_a_shift_and_a_trend():
    found = spc.signals([70, 72, 80, 81, 82, 83, 84, 85])
    assert found.median == 81.5
    assert found.trends == [(0, 7)]
    assert found.in_trend(3) and not found.in_shift(3)


def test_nothing_plotted_has_no_signals():
    assert spc.signals([None, None]) == spc.Signals(median=None)


@pytest.fixture
def chart(app):
    values = [70, 72, None, 80, 81, 82, 83, 84, 85, 60]
    labels = [f"Month {i}" for i in range(len(values))]
    with app.test_request_context():
        yield charts.run_chart("fft-org-0", "City <Hospital>", labels, values)


def test_chart_svg_has_a_title_and_description_it_is_labelled_by(chart):
    svg = BeautifulSoup(str(chart["svg"]), "html.parser").svg
    assert svg["role"] == "img"
    assert svg.title.get_text() == "City <Hospital>" and "&lt;Hospital&gt;" in str(chart["svg"])
    assert "Trend: Month 0 to Month 8, each month up." in svg.desc.get_text()
    for label in svg["aria-labelledby"].split():
        assert svg.select_one(f"#{label}"), label


def test_chart_svg_works_under_the_pages_csp_and_beside_other_charts(chart):
    text = str(chart["svg"])
    assert "style=" not in text and "<style" not in text, "the CSP blocks inline styles"
    assert all(i.startswith("fft-org-0-") for i in re.findall(r'id="([^"]+)"', text))
    assert all(i.startswith("fft-org-0-") for i in re.findall(r'href="#([^"]+)"', text))
    assert "<script" not in text and "<image" not in text


def test_the_same_chart_renders_the_same_svg(app, chart):
    values = [70, 72, None, 80, 81, 82, 83, 84, 85, 60]
    labels = [f"Month {i}" for i in range(len(values))]
    charts._drawn.cache_clear()  # drawn afresh, not the kept copy
    with app.test_request_context():
        again = charts.run_chart("fft-org-0", "City <Hospital>", labels, values)
    assert again["svg"] == chart["svg"]


def test_a_chart_with_no_plotted_month_says_so(app):
    with app.test_request_context():
        empty = charts.run_chart("x", "Ward 7", ["Jan", "Feb"], [None, None])
    assert empty["description"] == "Ward 7: no month has enough answers to plot."
