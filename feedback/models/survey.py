"""Surveys, their immutable published versions, questions and share channels."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, Date, ForeignKey, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.extensions import db

QUESTION_TYPES = (
    "fft",
    "single_choice",
    "multiple_choice",
    "scale",
    "free_text",
    "number",
    "date",
    "yes_no",
)
AUDIENCES = ("staff", "patients", "carers", "public", "mixed")


class Survey(db.Model):
    __tablename__ = "surveys"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    partnership_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partnerships.id"), index=True)
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisations.id"))
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    introduction: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[str] = mapped_column(String(20), default="patients")
    status: Mapped[str] = mapped_column(String(10), default="draft")
    anonymity_mode: Mapped[str] = mapped_column(String(30), default="anonymous")
    languages: Mapped[list[str]] = mapped_column(JSON, default=lambda: ["en"])

    versions: Mapped[list[SurveyVersion]] = relationship(
        back_populates="survey", order_by="SurveyVersion.number"
    )
    channels: Mapped[list[Channel]] = relationship(back_populates="survey")

    @property
    def current_version(self) -> SurveyVersion | None:
        published = [v for v in self.versions if v.published_on is not None]
        return published[-1] if published else None

    @property
    def default_respondent_type(self) -> str:
        return {"staff": "staff", "patients": "patient", "carers": "carer"}.get(
            self.audience, "other"
        )


class SurveyVersion(db.Model):
    """Published content is immutable: edits make the next version."""

    __tablename__ = "survey_versions"
    __table_args__ = (UniqueConstraint("survey_id", "number"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    survey_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("surveys.id"), index=True)
    number: Mapped[int] = mapped_column(default=1)
    published_on: Mapped[date | None] = mapped_column(Date)

    survey: Mapped[Survey] = relationship(back_populates="versions")
    questions: Mapped[list[Question]] = relationship(
        back_populates="version", order_by="Question.position"
    )


class Question(db.Model):
    __tablename__ = "questions"
    __table_args__ = (UniqueConstraint("version_id", "code"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("survey_versions.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    code: Mapped[str] = mapped_column(String(80))
    type: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    hint: Mapped[str] = mapped_column(Text, default="")
    required: Mapped[bool] = mapped_column(default=False)
    # [{"code": "very_good", "label": "Very good"}, ...]; codes are stable.
    choices: Mapped[list[dict]] = mapped_column(JSON, default=list)

    version: Mapped[SurveyVersion] = relationship(back_populates="questions")


class Channel(db.Model):
    """A share link for a survey at one organisation, site or team."""

    __tablename__ = "channels"
    __table_args__ = (UniqueConstraint("survey_id", "code"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    survey_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("surveys.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisations.id"))
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    code: Mapped[str] = mapped_column(String(80))

    survey: Mapped[Survey] = relationship(back_populates="channels")
    organisation = relationship("Organisation")
