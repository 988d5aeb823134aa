"""Partnerships, their places and member organisations, sites, users and roles."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from flask_login import UserMixin
from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    String,
    Table,
    UniqueConstraint,
    Uuid,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.extensions import db
from feedback.models.types import UTCDateTime

SECTORS = (
    "nhs_acute",
    "nhs_community",
    "nhs_mental_health",
    "primary_care",
    "adult_social_care",
    "childrens_services",
    "council",
    "housing",
    "voluntary",
    "social_enterprise",
    "independent",
    "unknown",
)
ROLES = ("admin", "author", "board", "analyst", "safeguarding")

partnership_organisations = Table(
    "partnership_organisations",
    db.metadata,
    Column("partnership_id", ForeignKey("partnerships.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True),
)


class Partnership(db.Model):
    __tablename__ = "partnerships"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # Orders partnerships by age: "the first partnership" is the oldest.
    created_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default=lambda: datetime.now(UTC), server_default=func.now()
    )
    # Counts under this are shown as "fewer than N"; None: SUPPRESSION_THRESHOLD.
    suppression_threshold: Mapped[int | None] = mapped_column()
    # Archived: kept with its data, closed to new work, listed apart in administration.
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    places: Mapped[list[Place]] = relationship(back_populates="partnership")
    organisations: Mapped[list[Organisation]] = relationship(
        secondary=partnership_organisations, back_populates="partnerships"
    )


class Place(db.Model):
    __tablename__ = "places"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    partnership_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partnerships.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    partnership: Mapped[Partnership] = relationship(back_populates="places")


class Organisation(db.Model):
    __tablename__ = "organisations"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    short_name: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[str] = mapped_column(String(40), default="unknown")
    place_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("places.id"))
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    partnerships: Mapped[list[Partnership]] = relationship(
        secondary=partnership_organisations, back_populates="organisations"
    )
    sites: Mapped[list[Site]] = relationship(back_populates="organisation")


class Site(db.Model):
    """A site or team of an organisation; channels can point at one."""

    __tablename__ = "sites"
    __table_args__ = (UniqueConstraint("organisation_id", "short_name"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisations.id"), index=True)
    short_name: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10), default="site")
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    organisation: Mapped[Organisation] = relationship(back_populates="sites")


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    # Two-factor sign-in: a TOTP secret (base32) once the user has set up an app.
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    # The last time step whose code was accepted: a code is never accepted twice.
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)
    # Lock-out per account: failures since the last success, and when a lock ends.
    failed_sign_ins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())

    memberships: Mapped[list[Membership]] = relationship(back_populates="user")

    @property
    def is_active(self) -> bool:
        return self.active


class Membership(db.Model):
    """A user's role in a partnership, or in one organisation."""

    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("user_id", "partnership_id", "organisation_id", "role"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    partnership_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partnerships.id"), index=True)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisations.id"))
    role: Mapped[str] = mapped_column(String(20))

    user: Mapped[User] = relationship(back_populates="memberships")
    partnership: Mapped[Partnership] = relationship()
