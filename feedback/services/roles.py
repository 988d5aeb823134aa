"""People and roles: who holds which role in a partnership or one of its organisations,
and giving or taking one away. A partnership always keeps an admin; every change is audited."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from flask import abort
from flask_babel import gettext as _
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Membership, Organisation, Partnership, User
from feedback.permissions import ROLES
from feedback.services import audit
from feedback.services.building import Problem
from feedback.services.organisations import organisation_choice
from feedback.services.partnerships import Refused


def count_admins(partnership: Partnership) -> int:
    return db.session.scalar(
        select(func.count(Membership.id))
        .join(User, Membership.user_id == User.id)
        .where(Membership.partnership_id == partnership.id, Membership.role == "admin")
        .where(Membership.organisation_id.is_(None), User.active.is_(True))
    )


@dataclass
class Member:
    user: User
    memberships: list[Membership]


def members(partnership: Partnership) -> list[Member]:
    """Everyone with a role in the partnership or one of its organisations, by name."""
    rows = db.session.scalars(
        select(Membership)
        .join(User, Membership.user_id == User.id)
        .where(Membership.partnership_id == partnership.id)
        .order_by(func.lower(User.display_name), User.email, Membership.role)
    )
    found: dict[uuid.UUID, Member] = {}
    for membership in rows:
        found.setdefault(membership.user_id, Member(membership.user, [])).memberships.append(
            membership
        )
    return list(found.values())


def member_or_404(partnership: Partnership, user_id: uuid.UUID) -> User:
    """A user with some role in the partnership; anyone else is not found."""
    user = db.session.scalar(
        select(User)
        .join(Membership, Membership.user_id == User.id)
        .where(User.id == user_id, Membership.partnership_id == partnership.id)
        .limit(1)
    )
    if user is None:
        abort(404)
    return user


def membership_or_404(partnership: Partnership, membership_id: uuid.UUID) -> Membership:
    membership = db.session.scalar(
        select(Membership).where(
            Membership.id == membership_id, Membership.partnership_id == partnership.id
        )
    )
    if membership is None:
        abort(404)
    return membership


def scope_name(membership: Membership) -> str:
    if membership.organisation_id is None:
        return membership.partnership.name
    return db.session.get(Organisation, membership.organisation_id).name


def _role_detail(member: User, role: str, organisation_id: uuid.UUID | None) -> str:
    scope = f" organisation={organisation_id}" if organisation_id else ""
    return f"{member.email} role={role}{scope}"


def grant_role(
    user: User, partnership: Partnership, member: User, role: str, organisation: str
) -> Membership:
    """Give `member` a role in the partnership, or in one of its organisations."""
    problems: list[Problem] = []
    if role not in ROLES:
        problems.append(Problem("role", _("Select a role")))
    organisation_id = organisation_choice(partnership, organisation, problems)
    if problems:
        raise Refused(problems)
    held = db.session.scalar(
        select(Membership).where(
            Membership.user_id == member.id,
            Membership.partnership_id == partnership.id,
            Membership.role == role,
            Membership.organisation_id.is_(None)
            if organisation_id is None
            else Membership.organisation_id == organisation_id,
        )
    )
    if held is not None:
        raise Refused([Problem("role", _("They already hold that role there"))])
    membership = Membership(
        user_id=member.id,
        partnership_id=partnership.id,
        organisation_id=organisation_id,
        role=role,
    )
    db.session.add(membership)
    db.session.flush()
    detail = _role_detail(member, role, organisation_id)
    audit.record(user, partnership.id, "role_granted", "user", member.id, detail)
    return membership


def remove_role(user: User, partnership: Partnership, membership: Membership) -> None:
    """Take a role away; a partnership always keeps at least one admin."""
    last_admin = (
        membership.role == "admin"
        and membership.organisation_id is None
        and count_admins(partnership) <= 1
    )
    if last_admin:
        message = _("This is the partnership's last admin: make someone else an admin first")
        raise Refused([Problem("role", message)])
    member = membership.user
    detail = _role_detail(member, membership.role, membership.organisation_id)
    db.session.delete(membership)
    audit.record(user, partnership.id, "role_removed", "user", member.id, detail)
