"""Users, passwords (argon2id) and who may see which partnership."""

from __future__ import annotations

import uuid

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import abort
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Membership, Partnership, User
from feedback.permissions import BOARD_ROLES

_hasher = PasswordHasher()  # argon2id with the library's current recommended costs
# Verifying against this keeps sign-in time the same whether or not the email is known.
_DUMMY_HASH = _hasher.hash(uuid.uuid4().hex)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def authenticate(email: str, password: str) -> User | None:
    """The active user with this email and password, else None."""
    user = db.session.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        db.session.commit()
    return user


def member_partnerships(user: User, roles: tuple[str, ...] = BOARD_ROLES) -> list[Partnership]:
    query = (
        select(Partnership)
        .join(Membership, Membership.partnership_id == Partnership.id)
        .where(Membership.user_id == user.id, Membership.role.in_(roles))
        .where(Membership.organisation_id.is_(None))
        .distinct()
        .order_by(Partnership.name)
    )
    return list(db.session.scalars(query))


def partnership_or_404(user: User, slug: str, roles: tuple[str, ...] = BOARD_ROLES) -> Partnership:
    """The partnership if the user holds one of the roles in it; 404 otherwise, never 403."""
    query = (
        select(Partnership)
        .join(Membership, Membership.partnership_id == Partnership.id)
        .where(Partnership.slug == slug, Membership.user_id == user.id, Membership.role.in_(roles))
        # An organisation's own members see only that organisation, not the partnership.
        .where(Membership.organisation_id.is_(None))
        .limit(1)
    )
    partnership = db.session.scalar(query)
    if partnership is None:
        abort(404)
    return partnership
