"""Two-factor sign-in: a TOTP authenticator app (RFC 6238), with single-use recovery codes.

Codes from the step before and after the current one are accepted, for clocks that drift;
once a code has been used, neither it nor an earlier one is accepted again (the last step
used is kept with the user), so a code read over someone's shoulder cannot be replayed."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import UTC, datetime

import pyotp
import segno
from flask import current_app
from sqlalchemy import delete, or_, select, update

from feedback.extensions import db
from feedback.models import User
from feedback.models.security import RecoveryCode
from feedback.permissions import holds_role
from feedback.services import audit

ISSUER = "Frontline Voice"
# Roles that see more than one organisation's answers, or raw text.
REQUIRED_FOR_ROLES = ("admin", "board", "analyst", "safeguarding")
RECOVERY_CODES = 10
# 12 characters of 32: 60 bits each, read aloud without 0/O or 1/l confusion.
RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
DRIFT_STEPS = 1


def required_for(user: User) -> bool:
    """Must this user set up an authenticator app before reaching any page?"""
    return current_app.config["TWO_FACTOR_REQUIRED"] and holds_role(user.id, REQUIRED_FOR_ROLES)


def candidate_secret(session_token: str) -> str:
    """The secret offered while setting up, the same on every reload of one session and
    kept nowhere: it is derived from the session token and the app's secret key."""
    key = current_app.config["SECRET_KEY"].encode()
    raw = hmac.new(key, b"totp-set-up:" + session_token.encode(), hashlib.sha256).digest()
    return base64.b32encode(raw[:20]).decode()


def provisioning_uri(user: User, secret: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=ISSUER)


def qr_code(uri: str) -> str:
    """The otpauth address as a QR code, an SVG data URI for an <img>."""
    return segno.make(uri, error="m").svg_data_uri(scale=4, dark="#212b32", light="#ffffff")


def verify(user: User, code: str, secret: str | None = None) -> bool:
    """Is this a current code for the user's secret (or `secret`) that was not used before?"""
    secret = secret or user.totp_secret
    code = "".join((code or "").split())
    if not secret or not code.isdigit() or len(code) != 6:
        return False
    totp = pyotp.TOTP(secret)
    moment = datetime.now(UTC)
    for offset in range(-DRIFT_STEPS, DRIFT_STEPS + 1):
        if hmac.compare_digest(totp.at(moment, counter_offset=offset), code):
            return _first_use(user, totp.timecode(moment) + offset)
    return False


def _first_use(user: User, step: int) -> bool:
    """Take the step if it is later than the last one used (RFC 6238 section 5.2), in one
    conditional UPDATE, so that two workers cannot both accept the same code."""
    if user.id is None:  # setting up: the user is not stored yet
        return True
    taken = db.session.execute(
        update(User)
        .where(User.id == user.id)
        .where(or_(User.totp_last_step.is_(None), User.totp_last_step < step))
        .values(totp_last_step=step)
        .execution_options(synchronize_session=False)
    ).rowcount
    db.session.commit()
    return taken == 1


def enable(user: User, secret: str, code: str) -> list[str] | None:
    """Turn on two-factor sign-in if `code` fits `secret`; returns new recovery codes."""
    if not verify(user, code, secret):
        return None
    user.totp_secret = secret
    codes = new_recovery_codes(user)
    audit.record_for_member(user, "two_factor_on", "user", user.id)
    db.session.commit()
    return codes


def new_recovery_codes(user: User) -> list[str]:
    """Replace the user's recovery codes; the plain codes are returned once, never stored."""
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    codes = [
        "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(12)) for _ in range(RECOVERY_CODES)
    ]
    codes = [f"{c[:4]}-{c[4:8]}-{c[8:]}" for c in codes]
    db.session.add_all(RecoveryCode(user_id=user.id, code_hash=_digest(c)) for c in codes)
    return codes


def use_recovery_code(user: User, code: str) -> bool:
    """Spend one of the user's unused recovery codes, if `code` is one."""
    found = db.session.scalar(
        select(RecoveryCode)
        .where(RecoveryCode.user_id == user.id, RecoveryCode.code_hash == _digest(code))
        .where(RecoveryCode.used_at.is_(None))
        .with_for_update()
    )
    if found is None:
        return False
    found.used_at = datetime.now(UTC)
    audit.record_for_member(user, "recovery_code_used", "user", user.id)
    db.session.commit()
    return True


def recovery_codes_left(user: User) -> int:
    query = select(RecoveryCode.id).where(
        RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None)
    )
    return len(db.session.scalars(query).all())


def _digest(code: str) -> str:
    normal = "".join(ch for ch in (code or "").lower() if ch in RECOVERY_ALPHABET)
    return hashlib.sha256(normal.encode()).hexdigest()
