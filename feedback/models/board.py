"""What boards do with themes: actions ("you said, we did"), analysts' curation of
answers, and the partnership's glossary."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, Date, ForeignKey, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.extensions import db

ACTION_STATUSES = ("planned", "in_progress", "done", "not_possible")
# "move": the answer belongs to theme_id (moved there, or split off into a new theme);
# "wrong": the answer does not belong to theme_id ("wrongly themed").
CURATION_KINDS = ("move", "wrong")


class Action(db.Model):
    """A board's response to a theme: a decision, its owner, status and date. Shown on
    the public "you said, we did" page of the partnership (and of its organisation)."""

    __tablename__ = "actions"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    partnership_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partnerships.id"), index=True)
    theme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("themes.id"), index=True)
    # The organisation acting on it, if one: the action shows on its public page too.
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organisations.id"))
    decision: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="planned")
    # Why it was not possible (required then), or a note on progress.
    reason: Mapped[str] = mapped_column(Text, default="")
    # The date the status refers to: due, or done on.
    due_on: Mapped[date | None] = mapped_column(Date)
    created_on: Mapped[date] = mapped_column(Date, default=date.today)
    updated_on: Mapped[date] = mapped_column(Date, default=date.today)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

    theme = relationship("Theme")
    organisation = relationship("Organisation")


class ThemeCuration(db.Model):
    """An analyst's decision about one answer, applied on top of every analysis run so
    that it survives re-analysis: move it to a theme, or take it out of one."""

    __tablename__ = "theme_curations"
    __table_args__ = (UniqueConstraint("answer_id", "theme_id", "kind"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    partnership_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partnerships.id"), index=True)
    answer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("answers.id", ondelete="CASCADE"), index=True
    )
    theme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("themes.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    on: Mapped[date] = mapped_column(Date, default=date.today)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))


class GlossaryTerm(db.Model):
    """A term of the partnership's shared vocabulary: what it agreed the term means, and
    what each sector calls the same thing ({"housing": ["tenant"], "council": [...]})."""

    __tablename__ = "glossary_terms"
    __table_args__ = (UniqueConstraint("partnership_id", "term"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    partnership_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partnerships.id"), index=True)
    term: Mapped[str] = mapped_column(String(120))
    meaning: Mapped[str] = mapped_column(Text)
    sector_terms: Mapped[dict[str, list[str]]] = mapped_column(JSON, default=dict)
