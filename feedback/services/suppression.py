"""Small counts hidden on every board page, pack and export (docs/suppression.md).

One set of rules: a count under the partnership's threshold reads "fewer than N"; a shown
count on a board page is rounded to the nearest 5; in a breakdown, a lone hidden part takes
the next smallest with it ("not shown"), so the total minus the shown parts never gives it.
"""

from __future__ import annotations

from flask import current_app, g, has_request_context
from flask_babel import gettext as _

from feedback.models import Partnership


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


def shown(count: int, limit: int | None = None) -> bool:
    """Counts under the threshold are never shown, and nor are their quotes."""
    return count >= (threshold() if limit is None else limit)


def fewer_than(limit: int | None = None) -> str:
    return _("fewer than %(n)s", n=threshold() if limit is None else limit)


def rounded(count: int, limit: int | None = None) -> int:
    """A shown count to the nearest 5 (never below the threshold), so that two views'
    totals cannot be subtracted to give a hidden count exactly."""
    limit = threshold() if limit is None else limit
    return max((count + 2) // 5 * 5, -(-limit // 5) * 5)


def safe_count(count: int, limit: int | None = None) -> str:
    """A count as board pages show it: 0, "fewer than N", or rounded to the nearest 5."""
    if count == 0:
        return "0"
    if not shown(count, limit):
        return fewer_than(limit)
    return f"{rounded(count, limit):,}"


def display_count(count: int) -> str:
    """An exact count, or "fewer than N": for survey authors' own pages, not board reports."""
    return f"{count:,}" if shown(count) else fewer_than()


def breakdown(
    total: int, parts: dict[str, int], limit: int | None = None, round_counts: bool = True
) -> list[tuple[str, str]]:
    """(group, count as shown) for each group with anyone in it, in the parts' order.

    Counts under the threshold read "fewer than N". When only one part of a shown total
    would be hidden, the next smallest is hidden too and reads "not shown" (it is not
    small), so no hidden count is the total minus the parts shown. When the total itself
    is under the threshold, every part is hidden."""
    present = {group: n for group, n in parts.items() if n > 0}
    hidden = {group for group, n in present.items() if not shown(n, limit)}
    if not shown(total, limit):
        hidden = set(present)
    elif len(hidden) == 1:
        others = sorted((n, group) for group, n in present.items() if group not in hidden)
        if others:
            hidden.add(others[0][1])
    rows = []
    for group, n in present.items():
        if not shown(n, limit):
            rows.append((group, fewer_than(limit)))
        elif group in hidden:
            rows.append((group, _("not shown")))
        else:
            rows.append((group, f"{rounded(n, limit) if round_counts else n:,}"))
    return rows
