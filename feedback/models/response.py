"""Responses and their answers. Nothing here may identify a respondent."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, LargeBinary, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.extensions import db

RESPONDENT_TYPES = ("staff", "patient", "carer", "other")
SOURCES = ("web", "kiosk", "import", "api", "paper")
# Who helped someone answer, asked in kiosk mode and on paper entry.
ASSISTANCE = ("none", "carer", "staff", "interpreter")


class Response(db.Model):
    """One submission. Only the day is kept, never the time, address or browser."""

    __tablename__ = "responses"
    __table_args__ = (UniqueConstraint("survey_id", "external_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    submission_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    survey_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("surveys.id"), index=True)
    version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("survey_versions.id"))
    channel_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("channels.id"))
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisations.id"), index=True
    )
    respondent_type: Mapped[str] = mapped_column(String(10))
    language: Mapped[str] = mapped_column(String(10), default="en")
    source: Mapped[str] = mapped_column(String(10), default="web")
    external_id: Mapped[str | None] = mapped_column(String(200))
    submitted_on: Mapped[date] = mapped_column(Date)
    assisted: Mapped[str | None] = mapped_column(String(12))
    # HMAC of the receipt code shown on the thank-you page; only the system, holding
    # the key, can go from a code to its response.
    receipt: Mapped[str | None] = mapped_column(String(64), unique=True)

    answers: Mapped[list[Answer]] = relationship(back_populates="response")

    @property
    def may_disclose_harm(self) -> bool:
        """Some answer was flagged for safeguarding as it was submitted."""
        return any(a.safeguarding_flag is not None for a in self.answers)


class Answer(db.Model):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("response_id", "question_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    response_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("responses.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("questions.id"), index=True)
    # A choice code, a number or a date as text; None for free text.
    value: Mapped[str | None] = mapped_column(String(200))
    # Raw free text is restricted; everything shown or exported uses the redacted copy.
    text_raw: Mapped[str | None] = mapped_column(Text)
    text_redacted: Mapped[str | None] = mapped_column(Text)
    # positive / neutral / negative, from the text and the question's wording (never the
    # rating); set by analysis.
    sentiment: Mapped[str | None] = mapped_column(String(8))

    response: Mapped[Response] = relationship(back_populates="answers")
    question = relationship("Question")
    safeguarding_flag = relationship(
        "SafeguardingFlag", back_populates="answer", uselist=False, cascade="all, delete-orphan"
    )


class AnswerVector(db.Model):
    """An answer's sentence vector, computed once in the background and reused by every
    analysis. A change of model re-encodes."""

    __tablename__ = "answer_vectors"

    answer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("answers.id", ondelete="CASCADE"), primary_key=True
    )
    model: Mapped[str] = mapped_column(String(100), primary_key=True)
    vector: Mapped[bytes] = mapped_column(LargeBinary)
