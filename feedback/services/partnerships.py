"""Partnerships: creating and changing them, archiving what they hold, retention per
survey, and the refusal every administration change raises. Every change is audited."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Membership, Partnership, Survey, User
from feedback.services import audit
from feedback.services.building import Problem

NAME_MAX = 200
SHORT_NAME_MAX = 80
SLUG_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
# Path segments of the administration pages, which a partnership's slug would shadow.
RESERVED_SLUGS = {"new", "invites"}
THRESHOLD_MAX = 1000
RETENTION_MONTHS = (1, 120)


class Refused(Exception):
    """Bad input: nothing was saved; `problems` say what to fix, field by field."""

    def __init__(self, problems: list[Problem]):
        super().__init__(problems)
        self.problems = problems


def _now() -> datetime:
    return datetime.now(UTC)


def name_problems(field: str, value: str, label: str, limit: int = NAME_MAX) -> list[Problem]:
    if not value:
        return [Problem(field, _("Enter %(label)s", label=label))]
    if len(value) > limit:
        message = _("Enter %(limit)s characters or fewer", limit=limit)
        return [Problem(field, message)]
    return []


# Partnerships


def administered(user: User) -> list[Partnership]:
    """The partnerships the user administers, archived ones included, by name."""
    query = (
        select(Partnership)
        .join(Membership, Membership.partnership_id == Partnership.id)
        .where(Membership.user_id == user.id, Membership.role == "admin")
        .where(Membership.organisation_id.is_(None))
        .distinct()
        .order_by(Partnership.name)
    )
    return list(db.session.scalars(query))


@dataclass
class PartnershipValues:
    name: str = ""
    slug: str = ""
    suppression_threshold: str = ""


def _threshold(text: str) -> tuple[int | None, list[Problem]]:
    if not text.strip():
        return None, []
    floor = current_app.config["SUPPRESSION_THRESHOLD"]
    message = _(
        "Enter a whole number from %(low)s to %(high)s, or leave it blank",
        low=floor,
        high=THRESHOLD_MAX,
    )
    try:
        number = int(text.strip())
    except ValueError:
        return None, [Problem("suppression_threshold", message)]
    # Lower than the platform's threshold would make small groups identifiable.
    if not floor <= number <= THRESHOLD_MAX:
        return None, [Problem("suppression_threshold", message)]
    return number, []


def _check_partnership(values: PartnershipValues, editing: Partnership | None) -> list[Problem]:
    problems = name_problems("name", values.name, _("the partnership's name"))
    slug = values.slug
    if not SLUG_PATTERN.fullmatch(slug) or len(slug) > SHORT_NAME_MAX:
        problems.append(
            Problem(
                "slug",
                _(
                    "Enter a short name of lower-case letters, numbers and hyphens, "
                    "like riverside-place"
                ),
            )
        )
    elif slug in RESERVED_SLUGS:
        problems.append(Problem("slug", _("That short name is used by the pages: choose another")))
    else:
        taken = db.session.scalar(select(Partnership.id).where(Partnership.slug == slug))
        if taken is not None and (editing is None or taken != editing.id):
            problems.append(Problem("slug", _("Another partnership uses that short name")))
    return problems


def save_partnership(
    user: User, values: PartnershipValues, editing: Partnership | None = None
) -> Partnership:
    """A new partnership, whose creator becomes its admin, or changes to one."""
    values = PartnershipValues(
        values.name.strip(), values.slug.strip().lower(), values.suppression_threshold
    )
    threshold, problems = _threshold(values.suppression_threshold)
    problems = _check_partnership(values, editing) + problems
    if problems:
        raise Refused(problems)
    partnership = editing or Partnership()
    partnership.name, partnership.slug = values.name, values.slug
    partnership.suppression_threshold = threshold
    if editing is None:
        db.session.add(partnership)
        db.session.flush()
        db.session.add(Membership(user_id=user.id, partnership_id=partnership.id, role="admin"))
    action = "partnership_changed" if editing else "partnership_created"
    audit.record(user, partnership.id, action, "partnership", partnership.id, values.name)
    db.session.flush()
    return partnership


def set_archived(user: User, partnership: Partnership, thing: object, archived: bool) -> None:
    """Archive (or bring back) a partnership, place, organisation or site: kept with its
    data, closed to new work."""
    thing.archived_at = _now() if archived else None
    kind = type(thing).__name__.lower()
    action = f"{kind}_archived" if archived else f"{kind}_restored"
    audit.record(user, partnership.id, action, kind, thing.id, getattr(thing, "name", ""))


def split_archived(things: list) -> tuple[list, list]:
    """(in use, archived), each by name."""
    ordered = sorted(things, key=lambda t: t.name.lower())
    return [t for t in ordered if t.archived_at is None], [t for t in ordered if t.archived_at]


def holds_admin(user: User, partnership: Partnership) -> bool:
    return partnership in administered(user)


# Retention


def partnership_surveys(partnership: Partnership) -> list[Survey]:
    return list(
        db.session.scalars(
            select(Survey).where(Survey.partnership_id == partnership.id).order_by(Survey.title)
        )
    )


def set_retention(user: User, partnership: Partnership, survey: Survey, text: str) -> None:
    """Months after which raw free text is deleted; blank keeps it."""
    low, high = RETENTION_MONTHS
    months = None
    if text.strip():
        try:
            months = int(text.strip())
        except ValueError:
            months = 0
        if not low <= months <= high:
            message = _(
                "Enter a whole number of months from %(low)s to %(high)s, or leave it blank",
                low=low,
                high=high,
            )
            raise Refused([Problem("retention_months", message)])
    survey.retention_months = months
    detail = f"{months} months" if months else "kept"
    audit.record(user, partnership.id, "retention_changed", "survey", survey.id, detail)
