"""Analysis runs, the themes they find (ids stable across runs) and assignments."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, Float, ForeignKey, LargeBinary, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.extensions import db
from feedback.models.types import UTCDateTime

RUN_STATUSES = ("queued", "running", "succeeded", "failed", "too_few")


class AnalysisRun(db.Model):
    """One theming of a survey, a question or a whole partnership."""

    __tablename__ = "analysis_runs"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    partnership_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partnerships.id"), index=True)
    survey_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("surveys.id"))
    question_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("questions.id"))
    # "partnership:<id>", "survey:<id>" or "question:<id>": themes are matched within a scope.
    scope: Mapped[str] = mapped_column(String(60), index=True)
    status: Mapped[str] = mapped_column(String(10), default="queued")
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    message: Mapped[str] = mapped_column(Text, default="")
    backend: Mapped[str] = mapped_column(String(40), default="tfidf")
    n_answers: Mapped[int] = mapped_column(default=0)
    n_themes: Mapped[int] = mapped_column(default=0)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Written every few seconds while the run's process works on it: a running run whose
    # heartbeat stops lost its process (a worker killed mid-run) and is marked failed.
    heartbeat_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Theme(db.Model):
    """A theme keeps its id across runs so board names and actions survive re-analysis."""

    __tablename__ = "themes"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    partnership_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partnerships.id"), index=True)
    scope: Mapped[str] = mapped_column(String(60), index=True)
    last_run_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("analysis_runs.id"))
    label: Mapped[str] = mapped_column(String(200))
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    name: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("themes.id"))
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("themes.id"))
    # Answer ids of representative quotes, nearest the theme's centre first.
    quote_answer_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The theme's centre in the last run's vector space: new answers are assigned to the
    # nearest theme without a refit. None for themes that are not found by clustering.
    centroid: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Analysts' label per organisation, shown beside the partnership's: {"<org id>": "..."}.
    local_labels: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    # Made by an analyst (a split), not found by clustering: re-analysis keeps it.
    curated: Mapped[bool] = mapped_column(default=False)

    @property
    def display_name(self) -> str:
        return self.name or self.label


class ThemeAssignment(db.Model):
    __tablename__ = "theme_assignments"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    run_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("analysis_runs.id", ondelete="CASCADE"), index=True
    )
    answer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("answers.id", ondelete="CASCADE"), index=True
    )
    theme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("themes.id"), index=True)
    rank: Mapped[int] = mapped_column(default=1)
    score: Mapped[float] = mapped_column(Float, default=0.0)

    theme: Mapped[Theme] = relationship()
