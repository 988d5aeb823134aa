"""Server-side sessions for signed-in users.

The browser's (signed) session cookie carries a random token; the database keeps only its
SHA-256 digest in a UserSession row. A session is valid while its row exists, was used in
the last SESSION_IDLE_MINUTES and began less than SESSION_ABSOLUTE_HOURS ago. Deleting the
row signs that browser out, whatever copy of the cookie anyone kept."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from flask import current_app
from sqlalchemy import delete, select

from feedback.extensions import db
from feedback.models import User
from feedback.models.security import UserSession

# Writing last_seen_at on every request would add a write to every page view.
TOUCH_EVERY = timedelta(minutes=1)


def now() -> datetime:
    return datetime.now(UTC)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start(user: User, second_factor_done: bool) -> str:
    """A new session for the user (expired ones are tidied away); returns its token."""
    token = secrets.token_urlsafe(32)
    db.session.execute(delete(UserSession).where(*_expired(), UserSession.user_id == user.id))
    moment = now()
    db.session.add(
        UserSession(
            user_id=user.id,
            token_hash=digest(token),
            created_at=moment,
            last_seen_at=moment,
            second_factor_done=second_factor_done,
        )
    )
    db.session.commit()
    return token


def find(token: str | None) -> UserSession | None:
    """The valid session with this token, else None."""
    if not token or not isinstance(token, str):
        return None
    found = db.session.scalar(select(UserSession).where(UserSession.token_hash == digest(token)))
    if found is None or _has_expired(found):
        return None
    return found


def touch(user_session: UserSession) -> None:
    """Note that the session is in use, at most once a minute."""
    if now() - _aware(user_session.last_seen_at) >= TOUCH_EVERY:
        user_session.last_seen_at = now()
        db.session.commit()


def complete(user_session: UserSession) -> str:
    """The second factor is done: the session gets a new token, returned."""
    token = secrets.token_urlsafe(32)
    user_session.token_hash = digest(token)
    user_session.second_factor_done = True
    user_session.last_seen_at = now()
    db.session.commit()
    return token


def end(token: str | None) -> None:
    """Sign this session out on the server."""
    if token and isinstance(token, str):
        db.session.execute(delete(UserSession).where(UserSession.token_hash == digest(token)))
        db.session.commit()


def _limits() -> tuple[timedelta, timedelta]:
    config = current_app.config
    return (
        timedelta(minutes=config["SESSION_IDLE_MINUTES"]),
        timedelta(hours=config["SESSION_ABSOLUTE_HOURS"]),
    )


def _has_expired(user_session: UserSession) -> bool:
    idle, absolute = _limits()
    moment = now()
    return (
        moment - _aware(user_session.last_seen_at) > idle
        or moment - _aware(user_session.created_at) > absolute
    )


def _expired():
    idle, absolute = _limits()
    moment = now()
    return [
        (UserSession.last_seen_at < moment - idle) | (UserSession.created_at < moment - absolute)
    ]


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; they were stored in UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
