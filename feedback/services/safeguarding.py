"""Routing flagged answers to safeguarding leads, their reviews, and the audit of each view."""

from __future__ import annotations

import smtplib
import uuid
from datetime import date
from email.message import EmailMessage
from functools import lru_cache

from flask import abort, current_app
from sqlalchemy import or_, select

from feedback.extensions import db
from feedback.models import (
    FLAG_OUTCOMES,
    Answer,
    Membership,
    Response,
    SafeguardingFlag,
    Survey,
    User,
)
from feedback.services import audit

LEAD_ROLE = "safeguarding"


def _lead_scope(user: User):
    """Flags a lead may see: every flag of a partnership where the role is partnership-wide,
    else only flags of the lead's own organisations."""
    memberships = db.session.scalars(
        select(Membership).where(Membership.user_id == user.id, Membership.role == LEAD_ROLE)
    ).all()
    partnerships = [m.partnership_id for m in memberships if m.organisation_id is None]
    organisations = [m.organisation_id for m in memberships if m.organisation_id is not None]
    return or_(
        SafeguardingFlag.partnership_id.in_(partnerships),
        SafeguardingFlag.organisation_id.in_(organisations),
    )


def is_lead(user: User) -> bool:
    return (
        db.session.scalar(
            select(Membership.id).where(Membership.user_id == user.id, Membership.role == LEAD_ROLE)
        )
        is not None
    )


def queue(user: User) -> list[SafeguardingFlag]:
    """Open flags first, then reviewed ones; none outside the lead's organisations."""
    return list(
        db.session.scalars(
            select(SafeguardingFlag)
            .where(_lead_scope(user))
            .order_by(SafeguardingFlag.status, SafeguardingFlag.id)
        )
    )


def flag_or_404(user: User, flag_id: uuid.UUID) -> SafeguardingFlag:
    flag = db.session.scalar(
        select(SafeguardingFlag).where(SafeguardingFlag.id == flag_id, _lead_scope(user))
    )
    if flag is None:
        abort(404)
    return flag


def record_view(user: User, flag: SafeguardingFlag) -> None:
    """Every look at raw text is written down: who, which answer, which day."""
    _audit(user, flag, "view_raw_text", "")
    db.session.commit()


def review(user: User, flag: SafeguardingFlag, outcome: str, note: str) -> None:
    if outcome not in FLAG_OUTCOMES:
        raise ValueError(outcome)
    flag.status, flag.outcome, flag.note = "reviewed", outcome, note.strip() or None
    flag.reviewed_by_id, flag.reviewed_on = user.id, date.today()
    _audit(user, flag, "review_flag", outcome)
    db.session.commit()


def _audit(user: User, flag: SafeguardingFlag, action: str, detail: str) -> None:
    audit.record(user, flag.partnership_id, action, "safeguarding_flag", flag.id, detail)


def notify_leads() -> int:
    """Email each lead about flags not yet notified, where SMTP is set. The email says only
    that there is something to review, with a link: never the answer itself."""
    server = current_app.config.get("MAIL_SERVER")
    if not server:
        return 0
    flags = db.session.scalars(
        select(SafeguardingFlag).where(SafeguardingFlag.notified.is_(False))
    ).all()
    sent = 0
    for flag in flags:
        for lead in _leads_of(flag):
            _send(lead.email, flag)
            sent += 1
        flag.notified = True
        db.session.commit()
    return sent


def _leads_of(flag: SafeguardingFlag) -> list[User]:
    return list(
        db.session.scalars(
            select(User)
            .join(Membership, Membership.user_id == User.id)
            .where(
                Membership.role == LEAD_ROLE,
                Membership.partnership_id == flag.partnership_id,
                or_(
                    Membership.organisation_id.is_(None),
                    Membership.organisation_id == flag.organisation_id,
                ),
                User.active.is_(True),
            )
            .distinct()
        )
    )


def _send(address: str, flag: SafeguardingFlag) -> None:
    config = current_app.config
    message = EmailMessage()
    message["From"] = config["MAIL_FROM"]
    message["To"] = address
    message["Subject"] = "Frontline Voice: an answer needs safeguarding review"
    message.set_content(
        "An answer has been flagged as possibly disclosing harm and is waiting for review.\n\n"
        f"{config['BASE_URL']}/safeguarding/flags/{flag.id}\n\n"
        "Sign in to read it. This email holds none of the answer's words."
    )
    with smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=30) as smtp:
        if config.get("MAIL_USE_TLS"):
            smtp.starttls()
        if config.get("MAIL_USERNAME"):
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
        smtp.send_message(message)


def flag_similar(answer_ids: list[uuid.UUID], vectors) -> int:
    """Flag answers whose meaning is close to a disclosure of harm, though no rule matched
    as they were submitted. Runs in the background, when the answers are encoded."""
    from feedback.services.vectors import encoder

    found = encoder()
    if found is None or not answer_ids:
        return 0
    rows = db.session.execute(
        select(Answer.id, Answer.text_redacted, Response.organisation_id, Survey.partnership_id)
        .join(Response, Answer.response_id == Response.id)
        .join(Survey, Response.survey_id == Survey.id)
        .outerjoin(SafeguardingFlag, SafeguardingFlag.answer_id == Answer.id)
        .where(Answer.id.in_(answer_ids), SafeguardingFlag.id.is_(None))
    ).all()
    position = {answer_id: i for i, answer_id in enumerate(answer_ids)}
    picked = vectors[[position[row.id] for row in rows]] if rows else None
    flags = _semantic_screen(found).check_many([row.text_redacted for row in rows], picked)
    added = 0
    for row, flag in zip(rows, flags, strict=True):
        if flag is not None:
            db.session.add(
                SafeguardingFlag(
                    answer_id=row.id,
                    partnership_id=row.partnership_id,
                    organisation_id=row.organisation_id,
                    kinds=list(flag.kinds),
                    matched=list(flag.matched),
                )
            )
            added += 1
    return added


@lru_cache(maxsize=2)
def _semantic_screen(encoder):
    from analysis.safeguarding_semantic import SemanticScreen

    return SemanticScreen(encoder)
