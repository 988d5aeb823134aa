"""Routing flagged answers to safeguarding leads, their reviews, and the audit of each view."""

from __future__ import annotations

import uuid
from datetime import date
from functools import lru_cache

from flask import abort, current_app
from sqlalchemy import and_, or_, select

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
from feedback.services import audit, mail

LEAD_ROLE = "safeguarding"
ADMIN_ROLE = "admin"


def _memberships(user: User, role: str) -> list[Membership]:
    query = select(Membership).where(Membership.user_id == user.id, Membership.role == role)
    return list(db.session.scalars(query))


def _lead_scope(user: User):
    """Flags a lead may review: every flag of a partnership where the role is
    partnership-wide, else only flags of the lead's own organisations within the
    partnership the role was given in. An organisation may belong to more than one
    partnership; a lead for it in one reads nothing of the other."""
    memberships = _memberships(user, LEAD_ROLE)
    partnerships = [m.partnership_id for m in memberships if m.organisation_id is None]
    organisations = [
        and_(
            SafeguardingFlag.partnership_id == m.partnership_id,
            SafeguardingFlag.organisation_id == m.organisation_id,
        )
        for m in memberships
        if m.organisation_id is not None
    ]
    return or_(SafeguardingFlag.partnership_id.in_(partnerships), *organisations)


def _reader_scope(user: User):
    """Flags a user may read, raw: a lead's, and every flag of a partnership the user
    administers (partnership-wide admins only)."""
    administered = [
        m.partnership_id for m in _memberships(user, ADMIN_ROLE) if m.organisation_id is None
    ]
    return or_(_lead_scope(user), SafeguardingFlag.partnership_id.in_(administered))


def _holds(user: User, role: str, partnership_wide: bool = False) -> bool:
    query = select(Membership.id).where(Membership.user_id == user.id, Membership.role == role)
    if partnership_wide:
        query = query.where(Membership.organisation_id.is_(None))
    return db.session.scalar(query.limit(1)) is not None


def is_lead(user: User) -> bool:
    return _holds(user, LEAD_ROLE)


def may_read(user: User) -> bool:
    """A safeguarding lead, or a partnership's admin: the people who may read raw text."""
    return is_lead(user) or _holds(user, ADMIN_ROLE, partnership_wide=True)


def queue(user: User) -> list[SafeguardingFlag]:
    """Open flags first, the one waiting longest at the top; then reviewed ones, the latest
    review first. None outside the user's organisations or administered partnerships."""
    is_open = SafeguardingFlag.status == "open"
    return list(
        db.session.scalars(
            select(SafeguardingFlag)
            .join(Answer, SafeguardingFlag.answer_id == Answer.id)
            .join(Response, Answer.response_id == Response.id)
            .where(_reader_scope(user))
            # Open flags have no review day, so among them the answer's day decides.
            .order_by(
                is_open.desc(),
                SafeguardingFlag.reviewed_on.desc(),
                Response.submitted_on,
                SafeguardingFlag.id,
            )
        )
    )


def flag_or_404(user: User, flag_id: uuid.UUID) -> SafeguardingFlag:
    """One flag the user may read; another partnership's, or another organisation's for
    an organisation's lead, is not found."""
    flag = db.session.scalar(
        select(SafeguardingFlag).where(SafeguardingFlag.id == flag_id, _reader_scope(user))
    )
    if flag is None:
        abort(404)
    return flag


def reviewable(user: User) -> set[uuid.UUID]:
    """Ids of the flags the user may review: recording what was done is the lead's, and
    an admin reads but does not review."""
    return set(db.session.scalars(select(SafeguardingFlag.id).where(_lead_scope(user))))


def may_review(user: User, flag: SafeguardingFlag) -> bool:
    query = select(SafeguardingFlag.id).where(SafeguardingFlag.id == flag.id, _lead_scope(user))
    return db.session.scalar(query) is not None


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
    if not mail.configured():
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
    mail.send(
        address,
        "Frontline Voice: an answer needs safeguarding review",
        "An answer has been flagged as possibly disclosing harm and is waiting for review.\n\n"
        f"{current_app.config['BASE_URL']}/safeguarding/flags/{flag.id}\n\n"
        "Sign in to read it. This email holds none of the answer's words.",
    )


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
