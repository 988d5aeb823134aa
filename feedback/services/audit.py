"""The audit log: who viewed raw text, reviewed a flag, curated a theme, recorded an
action, changed the glossary or exported, and on which day (never the time: an event
about an answer must not date its response to the minute)."""

from __future__ import annotations

import uuid
from datetime import date

from feedback.extensions import db
from feedback.models import AuditEvent, User


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
