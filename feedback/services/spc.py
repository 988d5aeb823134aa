"""Run chart rules (statistical process control, as NHS England's "Making Data Count"):
a shift is 6 or more points in a row on one side of the median, a trend is 5 or more
points in a row all going up or all going down.

Series are lists of values in time order; None is a gap (a month with too few answers),
which is not plotted and neither makes nor breaks a run."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

SHIFT_LENGTH = 6
TREND_LENGTH = 5


@dataclass
class Signals:
    """What a run chart shows: its median and the index ranges (first, last) of each
    shift and trend, as positions in the series given."""

    median: float | None
    shifts: list[tuple[int, int]] = field(default_factory=list)
    trends: list[tuple[int, int]] = field(default_factory=list)

    def in_shift(self, index: int) -> bool:
        return any(first <= index <= last for first, last in self.shifts)

    def in_trend(self, index: int) -> bool:
        return any(first <= index <= last for first, last in self.trends)


def _plotted(values: Sequence[float | None]) -> list[tuple[int, float]]:
    return [(i, v) for i, v in enumerate(values) if v is not None]


def median(values: Sequence[float | None]) -> float | None:
    """The median of the plotted points; None when nothing is plotted."""
    points = [v for _, v in _plotted(values)]
    return statistics.median(points) if points else None


def shifts(
    values: Sequence[float | None], centre: float, length: int = SHIFT_LENGTH
) -> list[tuple[int, int]]:
    """Runs of `length` or more points on one side of `centre`. A point on the centre
    line neither counts towards a run nor breaks it."""
    found: list[tuple[int, int]] = []
    side, first, last, count = 0, None, None, 0
    for index, value in _plotted(values):
        here = (value > centre) - (value < centre)
        if here == 0:
            continue
        if here != side:
            if count >= length:
                found.append((first, last))
            side, first, count = here, index, 0
        count += 1
        last = index
    if count >= length:
        found.append((first, last))
    return found


def trends(values: Sequence[float | None], length: int = TREND_LENGTH) -> list[tuple[int, int]]:
    """Runs of `length` or more points each higher (or each lower) than the one before.
    A point equal to the one before neither counts towards a trend nor breaks it."""
    found: list[tuple[int, int]] = []
    points = _plotted(values)
    if not points:
        return found
    direction, first, count = 0, points[0][0], 1
    last = points[0][0]
    previous = points[0][1]
    for index, value in points[1:]:
        step = (value > previous) - (value < previous)
        if step == 0:
            last = index
            continue
        if step != direction:
            if count >= length:
                found.append((first, last))
            direction, first, count = step, last, 1
        count += 1
        last, previous = index, value
    if count >= length:
        found.append((first, last))
    return found


def signals(values: Sequence[float | None]) -> Signals:
    """The median, shifts and trends of a series."""
    centre = median(values)
    if centre is None:
        return Signals(median=None)
    return Signals(median=centre, shifts=shifts(values, centre), trends=trends(values))
