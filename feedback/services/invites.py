"""Invites: a single-use sign-up link for one email address and one role, valid for 72
hours. Only the link's SHA-256 digest is stored; the link itself is shown once to the
admin (no mail server) or emailed (SMTP settings)."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import UTC, datetime, timedelta

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import func, select, update

from feedback.extensions import db
from feedback.models import Invite, Membership, Partnership, User
from feedback.permissions import ROLES
from feedback.services import audit, mail, passwords
from feedback.services.accounts import hash_password
from feedback.services.building import Problem
from feedback.services.organisations import organisation_choice
from feedback.services.partnerships import Refused

LIFETIME = timedelta(hours=72)
EMAIL_PATTERN = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
EMAIL_MAX = 254
NAME_MAX = 200


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create(
    user: User, partnership: Partnership, email: str, role: str, organisation: str
) -> tuple[Invite, str]:
    """A new invite and its token (the only time the token exists outside the link)."""
    email = email.strip()
    problems: list[Problem] = []
    if not EMAIL_PATTERN.fullmatch(email) or len(email) > EMAIL_MAX:
        problems.append(Problem("email", _("Enter an email address like name@example.org")))
    if role not in ROLES:
        problems.append(Problem("role", _("Select a role")))
    organisation_id = organisation_choice(partnership, organisation, problems)
    if problems:
        raise Refused(problems)
    token = secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    invite = Invite(
        token_hash=_digest(token),
        email=email,
        partnership_id=partnership.id,
        organisation_id=organisation_id,
        role=role,
        created_by_id=user.id,
        created_at=now,
        expires_at=now + LIFETIME,
    )
    db.session.add(invite)
    db.session.flush()
    audit.record(user, partnership.id, "invite_sent", "invite", invite.id, f"{email} role={role}")
    return invite, token


def link(token: str) -> str:
    return f"{current_app.config['BASE_URL']}/admin/invites/{token}"


def pending(partnership: Partnership) -> list[Invite]:
    """Invites not yet used nor expired, newest first."""
    return list(
        db.session.scalars(
            select(Invite)
            .where(Invite.partnership_id == partnership.id, Invite.used_at.is_(None))
            .where(Invite.expires_at > datetime.now(UTC))
            .order_by(Invite.created_at.desc())
        )
    )


def find(token: str) -> tuple[Invite | None, str]:
    """The invite and its state: "unknown", "used", "expired" or "valid"."""
    invite = db.session.scalar(select(Invite).where(Invite.token_hash == _digest(token)))
    if invite is None:
        return None, "unknown"
    if invite.used_at is not None:
        return invite, "used"
    if invite.expires_at <= datetime.now(UTC):
        return invite, "expired"
    return invite, "valid"


def existing_user(invite: Invite) -> User | None:
    return db.session.scalar(select(User).where(func.lower(User.email) == invite.email.lower()))


def accept(invite: Invite, name: str, password: str) -> User:
    """Create the user (or find the one with that email), give them the role and use the
    invite up. An existing user keeps their name and password."""
    user = existing_user(invite)
    if user is None:
        user = _new_user(invite, name, password)
    # Single use even if two browsers submit at once: only one update finds it unused.
    used = db.session.execute(
        update(Invite)
        .where(Invite.id == invite.id, Invite.used_at.is_(None))
        .values(used_at=datetime.now(UTC))
    )
    if used.rowcount != 1:
        raise Refused([Problem("invite", _("This invite has already been used"))])
    if not _holds(user, invite):
        db.session.add(
            Membership(
                user_id=user.id,
                partnership_id=invite.partnership_id,
                organisation_id=invite.organisation_id,
                role=invite.role,
            )
        )
    detail = f"{invite.email} role={invite.role}"
    audit.record(user, invite.partnership_id, "invite_accepted", "invite", invite.id, detail)
    db.session.flush()
    return user


def _new_user(invite: Invite, name: str, password: str) -> User:
    name = name.strip()
    problems: list[Problem] = []
    if not name:
        problems.append(Problem("name", _("Enter your name")))
    elif len(name) > NAME_MAX:
        problems.append(Problem("name", _("Enter %(limit)s characters or fewer", limit=NAME_MAX)))
    problems += [
        Problem("password", message) for message in passwords.problems(password, invite.email)
    ]
    if problems:
        raise Refused(problems)
    user = User(email=invite.email, display_name=name, password_hash=hash_password(password))
    db.session.add(user)
    db.session.flush()
    return user


def _holds(user: User, invite: Invite) -> bool:
    query = select(Membership.id).where(
        Membership.user_id == user.id,
        Membership.partnership_id == invite.partnership_id,
        Membership.role == invite.role,
    )
    if invite.organisation_id is None:
        query = query.where(Membership.organisation_id.is_(None))
    else:
        query = query.where(Membership.organisation_id == invite.organisation_id)
    return db.session.scalar(query.limit(1)) is not None


def mail_configured() -> bool:
    return mail.configured()


def send(invite: Invite, token: str, partnership: Partnership) -> None:
    """Email the link to the invited address through the configured SMTP server."""
    name = " ".join(partnership.name.split())
    mail.send(
        invite.email,
        f"Frontline Voice: you are invited to {name}",
        f"You have been invited to {name} on Frontline Voice.\n\n"
        f"Open this link within 72 hours to set up your account. It works once:\n\n"
        f"{link(token)}\n\n"
        "If you did not expect this, ignore this email.",
    )
