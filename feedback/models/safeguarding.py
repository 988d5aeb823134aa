"""Answers that may disclose harm, routed to a named lead, and the audit of who read what."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, Date, ForeignKey, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.extensions import db

FLAG_OUTCOMES = {
    "referred": "Referred under safeguarding procedures",
    "contacted": "Followed up with the service",
    "no_action": "Reviewed: no safeguarding concern",
}


class SafeguardingFlag(db.Model):
    """One flagged answer. Open until the lead records an outcome."""

    __tablename__ = "safeguarding_flags"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    answer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("answers.id", ondelete="CASCADE"), unique=True
    )
    partnership_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partnerships.id"), index=True)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id"), index=True
    )
    kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    matched: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(10), default="open")
    outcome: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    reviewed_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    # Days, never times: a flag belongs to a response, and no time is kept with one.
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    notified: Mapped[bool] = mapped_column(default=False)

    answer = relationship("Answer", back_populates="safeguarding_flag")
    organisation = relationship("Organisation")


class AuditEvent(db.Model):
    """Who viewed raw text, reviewed a flag, exported or changed roles, and when."""

    __tablename__ = "audit_events"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    # The day only: an event about an answer must not date the response to the minute.
    on: Mapped[date] = mapped_column(Date, index=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    partnership_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partnerships.id"))
    action: Mapped[str] = mapped_column(String(40))
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str] = mapped_column(String(60))
    detail: Mapped[str] = mapped_column(Text, default="")
