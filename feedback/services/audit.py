"""The audit log: who viewed raw text, reviewed a flag, curated a theme, recorded an
action, changed the glossary or exported, and on which day (never the time: an event
about an answer must not date its response to the minute)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from feedback.extensions import db
from feedback.models import AuditEvent, Membership, User


def record(
    user: User | None,
    partnership_id: uuid.UUID | None,
    action: str,
    object_type: str,
    object_id: object,
    detail: str = "",
) -> AuditEvent:
    """Add an audit event to the session; it is saved with the change it records."""
    event = AuditEvent(
        on=date.today(),
        user_id=user.id if user else None,
        partnership_id=partnership_id,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        detail=detail[:2000],
    )
    db.session.add(event)
    return event


def record_for_member(
    user: User | None, action: str, object_type: str, object_id: object, detail: str = ""
) -> list[AuditEvent]:
    """Add an event about a person once for each partnership they belong to, for the whole
    partnership or for one of its organisations, so that each partnership's admins see it
    about their own people. Someone of no partnership (an unknown email, say) gets one
    event of no partnership: nothing to attribute it to, and nothing to tell anyone."""
    partnerships: list[uuid.UUID | None] = []
    if user is not None:
        held = select(Membership.partnership_id).where(Membership.user_id == user.id)
        partnerships = sorted(set(db.session.scalars(held)), key=str)
    return [
        record(user, partnership_id, action, object_type, object_id, detail)
        for partnership_id in partnerships or [None]
    ]
