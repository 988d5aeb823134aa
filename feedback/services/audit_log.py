"""The audit log, read only: one partnership's events, filtered and paged. The database
refuses UPDATE and DELETE on audit_events, so nobody can edit them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from flask_babel import gettext as _
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import AuditEvent, Partnership, User
from feedback.services.building import Problem

AUDIT_PAGE_SIZE = 50


@dataclass
class AuditFilter:
    action: str = ""
    user_id: uuid.UUID | None = None
    start: date | None = None
    end: date | None = None


def parse_day(field: str, day: str, month: str, year: str, problems: list[Problem]) -> date | None:
    """A date from the three boxes of a date input; all blank is no date."""
    if not (day.strip() or month.strip() or year.strip()):
        return None
    try:
        return date(int(year), int(month), int(day))
    except (TypeError, ValueError, OverflowError):
        problems.append(Problem(field, _("Enter a real date, for example 27 3 2025")))
        return None


def audit_filter(action: str, user: str, start: date | None, end: date | None) -> AuditFilter:
    """The chosen filters; a user that is not an id matches no one."""
    try:
        user_id = uuid.UUID(user) if user else None
    except ValueError:
        user_id = uuid.UUID(int=0)
    return AuditFilter(action.strip(), user_id, start, end)


def audit_events(
    partnership: Partnership, chosen: AuditFilter, page: int
) -> tuple[list[tuple[AuditEvent, User | None]], int]:
    """One page of the partnership's events, newest first, and how many match in all."""
    conditions = [AuditEvent.partnership_id == partnership.id]
    if chosen.action:
        conditions.append(AuditEvent.action == chosen.action)
    if chosen.user_id:
        conditions.append(AuditEvent.user_id == chosen.user_id)
    if chosen.start:
        conditions.append(AuditEvent.on >= chosen.start)
    if chosen.end:
        conditions.append(AuditEvent.on <= chosen.end)
    total = db.session.scalar(select(func.count(AuditEvent.id)).where(*conditions))
    rows = db.session.execute(
        select(AuditEvent, User)
        .outerjoin(User, AuditEvent.user_id == User.id)
        .where(*conditions)
        .order_by(AuditEvent.on.desc(), AuditEvent.id.desc())
        .limit(AUDIT_PAGE_SIZE)
        .offset((max(page, 1) - 1) * AUDIT_PAGE_SIZE)
    )
    return [tuple(row) for row in rows], total


def audit_choices(partnership: Partnership) -> tuple[list[str], list[User]]:
    """The actions and the users that occur in the partnership's log, for the filters."""
    actions = db.session.scalars(
        select(AuditEvent.action)
        .where(AuditEvent.partnership_id == partnership.id)
        .distinct()
        .order_by(AuditEvent.action)
    )
    users = db.session.scalars(
        select(User)
        .where(
            User.id.in_(
                select(AuditEvent.user_id).where(AuditEvent.partnership_id == partnership.id)
            )
        )
        .order_by(func.lower(User.display_name), User.email)
    )
    return list(actions), list(users)
