"""Surveys, their immutable published versions, questions and share channels."""

from __future__ import annotations

import json
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
ANONYMITY_MODES = ("anonymous", "confidential_contact")
# "all": every question on one page; "one": one question per page, then check answers.
LAYOUTS = ("all", "one")
FFT_VARIANTS = ("standard", "easy_read", "children", "pictorial")
# The survey's details that respondents see, frozen into each published version: editing
# them after publishing changes the next version only.
VERSIONED_DETAILS = ("title", "introduction", "thank_you", "layout", "languages", "translations")


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
    thank_you: Mapped[str] = mapped_column(Text, default="")
    layout: Mapped[str] = mapped_column(String(10), default="all")
    # {"cy": {"title": ..., "introduction": ..., "thank_you": ...}}; English is the columns.
    translations: Mapped[dict] = mapped_column(JSON, default=dict)
    # Raw free text is deleted this many months after submission (None: kept); the
    # redacted text and every count stay. `flask purge` applies it.
    retention_months: Mapped[int | None] = mapped_column()

    versions: Mapped[list[SurveyVersion]] = relationship(
        back_populates="survey", order_by="SurveyVersion.number"
    )
    channels: Mapped[list[Channel]] = relationship(back_populates="survey")

    @property
    def current_version(self) -> SurveyVersion | None:
        published = [v for v in self.versions if v.published_on is not None]
        return published[-1] if published else None

    @property
    def draft_version(self) -> SurveyVersion | None:
        """The unpublished version being edited, if any (always the highest number)."""
        if self.versions and self.versions[-1].published_on is None:
            return self.versions[-1]
        return None

    def translated(self, field: str, language: str) -> str:
        """The survey's title, introduction or thank-you message in a language, else English."""
        return (self.translations or {}).get(language, {}).get(field) or getattr(self, field)

    def details_snapshot(self) -> dict:
        """What a published version freezes of the survey's own details."""
        return json.loads(json.dumps({key: getattr(self, key) for key in VERSIONED_DETAILS}))

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
    # Survey.details_snapshot() at publishing; a draft has none and shows the survey's.
    details: Mapped[dict | None] = mapped_column(JSON)

    survey: Mapped[Survey] = relationship(back_populates="versions")
    questions: Mapped[list[Question]] = relationship(
        back_populates="version", order_by="Question.position"
    )

    def detail(self, key: str):
        """One of VERSIONED_DETAILS as this version's respondents see it."""
        if self.details is not None and key in self.details:
            return self.details[key]
        return getattr(self.survey, key)

    @property
    def title(self) -> str:
        return self.detail("title")

    @property
    def layout(self) -> str:
        return self.detail("layout")

    @property
    def languages(self) -> list[str]:
        return self.detail("languages") or ["en"]

    def translated(self, field: str, language: str) -> str:
        """The title, introduction or thank-you message in a language, else English."""
        return (self.detail("translations") or {}).get(language, {}).get(field) or self.detail(
            field
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
    # Type options: {"scale": "agree5"|"nps11"}, {"min": 0, "max": 120} for numbers,
    # {"variant": "easy_read"} for an FFT, {"block": "equality"} for the monitoring block.
    settings: Mapped[dict] = mapped_column(JSON, default=dict)
    # Show only if an earlier question's answer is one of some codes:
    # {"question": "<code>", "values": ["yes"]}.
    show_if: Mapped[dict | None] = mapped_column(JSON)
    # {"cy": {"text": ..., "hint": ..., "choices": {"<code>": "<label>"}}}.
    translations: Mapped[dict] = mapped_column(JSON, default=dict)
    bank_item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("question_bank_items.id"))
    # The wording's time series: results are only ever pooled within one series.
    series: Mapped[str] = mapped_column(String(64), default="", index=True)

    version: Mapped[SurveyVersion] = relationship(back_populates="questions")
    bank_item: Mapped[QuestionBankItem | None] = relationship()

    @property
    def locked(self) -> bool:
        return bool(self.bank_item and self.bank_item.locked)

    def translated(self, language: str) -> dict:
        """Text, hint and choice labels in a language, falling back to English per part."""
        own = (self.translations or {}).get(language, {})
        labels = own.get("choices") or {}
        return {
            "text": own.get("text") or self.text,
            "hint": own.get("hint") or self.hint,
            "choices": [{**c, "label": labels.get(c["code"]) or c["label"]} for c in self.choices],
        }


class QuestionBankItem(db.Model):
    """A reusable question. National items (no partnership) are locked: used, never
    reworded. Rewording a partnership's item makes its next version, a new time series."""

    __tablename__ = "question_bank_items"
    __table_args__ = (UniqueConstraint("partnership_id", "code", "version"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    partnership_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("partnerships.id"), index=True
    )
    # "fft", "pulse", "equality" or "custom"; the equality items are added as one block.
    group: Mapped[str] = mapped_column(String(20), default="custom")
    code: Mapped[str] = mapped_column(String(80))
    version: Mapped[int] = mapped_column(default=1)
    position: Mapped[int] = mapped_column(default=0)
    type: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    hint: Mapped[str] = mapped_column(Text, default="")
    choices: Mapped[list[dict]] = mapped_column(JSON, default=list)
    settings: Mapped[dict] = mapped_column(JSON, default=dict)
    translations: Mapped[dict] = mapped_column(JSON, default=dict)
    locked: Mapped[bool] = mapped_column(default=False)
    # A newer version of this item exists; this one is kept for the questions that use it.
    superseded: Mapped[bool] = mapped_column(default=False)

    @property
    def series(self) -> str:
        return f"bank:{self.id}"


class Channel(db.Model):
    """A share link for a survey at one organisation, site or team."""

    __tablename__ = "channels"
    __table_args__ = (UniqueConstraint("survey_id", "code"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    survey_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("surveys.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisations.id"))
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    code: Mapped[str] = mapped_column(String(80))
    # What the poster and the channel list call it, e.g. "Ward 7, City Hospital".
    name: Mapped[str] = mapped_column(String(200), default="")

    survey: Mapped[Survey] = relationship(back_populates="channels")
    organisation = relationship("Organisation")
    site = relationship("Site")

    @property
    def display_name(self) -> str:
        return self.name or (self.site.name if self.site else self.organisation.name)
