"""Users, passwords (argon2id) and who may see which partnership."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from flask import abort, current_app
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Membership, Organisation, Partnership, User
from feedback.models.org import partnership_organisations
from feedback.permissions import BOARD_ROLES, ORGANISATION_ROLES
from feedback.services import audit

# The PASSWORD_HASHING setting: argon2id with the library's recommended costs (RFC 9106,
# 64 MiB), or, for the test suite alone (it signs in thousands of times), its cheapest.
HASHERS = {
    "recommended": PasswordHasher(),
    "cheapest": PasswordHasher.from_parameters(profiles.CHEAPEST),
}
# Verifying against one of these keeps sign-in time the same whether or not the email is known.
_DUMMY_HASHES = {name: hasher.hash(uuid.uuid4().hex) for name, hasher in HASHERS.items()}
# Lock-out per account: it slows guessing at one account from many addresses (the rate
# limit slows one address), and it always ends.
LOCK_AFTER = 10
LOCK_FOR = timedelta(minutes=15)
LOCK_AT_MOST = timedelta(hours=24)


def _setting() -> str:
    name = current_app.config["PASSWORD_HASHING"]
    if name not in HASHERS or (name != "recommended" and not current_app.testing):
        raise RuntimeError(f"PASSWORD_HASHING={name!r} is not allowed here: use 'recommended'")
    return name


def hash_password(password: str) -> str:
    return HASHERS[_setting()].hash(password)


def authenticate(email: str, password: str) -> User | None:
    """The active, unlocked user with this email and password, else None.

    A failure counts against the account (see `record_failure`); the count is cleared only
    when sign-in is complete, so a wrong second-factor code counts too."""
    user = db.session.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))
    setting = _setting()
    hasher = HASHERS[setting]
    try:
        # Verify even for a locked or unknown account: the answer takes as long either way.
        hasher.verify(user.password_hash if user else _DUMMY_HASHES[setting], password)
    except (VerificationError, InvalidHashError):
        record_failure(user, "password")
        return None
    if user is None or not user.active or is_locked(user):
        record_failure(user, "locked" if user is not None and is_locked(user) else "inactive")
        return None
    if hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        db.session.commit()
    return user


def is_locked(user: User) -> bool:
    return user.locked_until is not None and _aware(user.locked_until) > datetime.now(UTC)


def record_failure(user: User | None, step: str) -> None:
    """Audit a failed sign-in; after every LOCK_AFTER failures in a row, lock the account
    for LOCK_FOR, doubled for each lock since the last success, but never beyond LOCK_AT_MOST.
    Attempts while locked are refused without counting, so a lock always ends."""
    audit.record_for_member(user, "sign_in_failed", "user", user.id if user else "", step)
    if user is not None and not is_locked(user):
        user.failed_sign_ins += 1
        if user.failed_sign_ins % LOCK_AFTER == 0:
            doublings = min(user.failed_sign_ins // LOCK_AFTER - 1, 16)  # no overflow
            user.locked_until = datetime.now(UTC) + min(LOCK_FOR * 2**doublings, LOCK_AT_MOST)
    db.session.commit()


def record_sign_in(user: User) -> None:
    """Sign-in is complete: clear the failure count and write it to the audit log."""
    user.failed_sign_ins = 0
    user.locked_until = None
    audit.record_for_member(user, "signed_in", "user", user.id)
    db.session.commit()


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; they were stored in UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


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


def scoped_partnership_or_404(
    user: User, slug: str, roles: tuple[str, ...] = BOARD_ROLES
) -> tuple[Partnership, list[Organisation]]:
    """The partnership, and the organisations the user's view of it is restricted to: none
    when they hold one of the roles for the whole partnership, else the member organisations
    where they hold one of ORGANISATION_ROLES. 404 when neither."""
    whole = db.session.scalar(
        select(Partnership)
        .join(Membership, Membership.partnership_id == Partnership.id)
        .where(Partnership.slug == slug, Membership.user_id == user.id, Membership.role.in_(roles))
        .where(Membership.organisation_id.is_(None))
        .limit(1)
    )
    if whole is not None:
        return whole, []
    organisations = organisation_memberships(user, slug, roles)
    if not organisations:
        abort(404)
    return organisations[0][0], [organisation for _, organisation in organisations]


def organisation_memberships(
    user: User, slug: str | None = None, roles: tuple[str, ...] = BOARD_ROLES
) -> list[tuple[Partnership, Organisation]]:
    """(partnership, organisation) for each organisation-level role of the user, in a
    partnership the organisation is still a member of."""
    query = (
        select(Partnership, Organisation)
        .join(Membership, Membership.partnership_id == Partnership.id)
        .join(Organisation, Membership.organisation_id == Organisation.id)
        .join(
            partnership_organisations,
            (partnership_organisations.c.partnership_id == Partnership.id)
            & (partnership_organisations.c.organisation_id == Organisation.id),
        )
        .where(Membership.user_id == user.id)
        .where(Membership.role.in_([r for r in roles if r in ORGANISATION_ROLES]))
        .distinct()
        .order_by(Partnership.name, Organisation.name)
    )
    if slug is not None:
        query = query.where(Partnership.slug == slug)
    return [(p, o) for p, o in db.session.execute(query)]
