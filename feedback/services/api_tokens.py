"""API tokens: one partnership and one role each, shown once, stored as a SHA-256 digest,
revocable. Requests send one as "Authorization: Bearer fv_…"."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import UTC, datetime

from flask import abort, g, jsonify, make_response, request
from flask_babel import gettext as _
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import ApiToken, Partnership, User
from feedback.services import audit
from feedback.services.building import Problem

# Admins hold no tokens: an admin's powers stay behind sign-in and two factors.
TOKEN_ROLES = ("board", "analyst", "author")
TOKEN_PREFIX = "fv_"  # noqa: S105 - marks our tokens in logs and scanners; not a secret
SHOWN_CHARACTERS = 10
NAME_LENGTH = 120


def digest(plaintext: str) -> str:
    return hashlib.sha256(plaintext.encode()).hexdigest()


def check(name: str, role: str) -> list[Problem]:
    """What is wrong with a new token's name and role, if anything."""
    problems = []
    if not name.strip():
        problems.append(Problem("name", _("Enter a name for the token")))
    elif len(name.strip()) > NAME_LENGTH:
        problems.append(
            Problem("name", _("The name must be %(n)s characters or fewer", n=NAME_LENGTH))
        )
    if role not in TOKEN_ROLES:
        problems.append(Problem("role", _("Select what the token may do")))
    return problems


def create(partnership: Partnership, role: str, name: str, user: User) -> tuple[ApiToken, str]:
    """A new token and its plaintext, which is never stored and cannot be shown again."""
    if check(name, role):
        raise ValueError(f"not a valid token: {name!r}, {role!r}")
    plaintext = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        id=uuid.uuid4(),
        partnership_id=partnership.id,
        role=role,
        name=name.strip(),
        prefix=plaintext[:SHOWN_CHARACTERS],
        token_hash=digest(plaintext),
        created_by_id=user.id,
        created_at=datetime.now(UTC),
    )
    db.session.add(token)
    audit.record(user, partnership.id, "api_token_created", "api_token", token.id, _detail(token))
    return token, plaintext


def revoke(token: ApiToken, user: User) -> None:
    """Stop the token working; revoking twice changes nothing."""
    if token.revoked_at is not None:
        return
    token.revoked_at = datetime.now(UTC)
    audit.record(
        user, token.partnership_id, "api_token_revoked", "api_token", token.id, _detail(token)
    )


def tokens_of(partnership: Partnership) -> list[ApiToken]:
    query = (
        select(ApiToken)
        .where(ApiToken.partnership_id == partnership.id)
        .order_by(ApiToken.revoked_at.is_not(None), ApiToken.created_at.desc())
    )
    return list(db.session.scalars(query))


def authenticate(roles: tuple[str, ...]) -> ApiToken:
    """The request's unrevoked bearer token, set as g.api_token. No token, an unknown or
    revoked one gives 401; a token whose role may not use the route gives 403."""
    scheme, _space, plaintext = request.headers.get("Authorization", "").partition(" ")
    plaintext = plaintext.strip()
    if scheme.lower() != "bearer" or not plaintext.startswith(TOKEN_PREFIX):
        _refuse(401, None, "Send an API token: Authorization: Bearer <token>.")
    # The digest is looked up, never compared character by character with a secret.
    token = db.session.scalar(
        select(ApiToken).where(
            ApiToken.token_hash == digest(plaintext), ApiToken.revoked_at.is_(None)
        )
    )
    if token is None or token.partnership.archived_at is not None:
        _refuse(401, "invalid_token", "The token is unknown or has been revoked.")
    if token.role not in roles:
        _refuse(403, "insufficient_scope", "The token's role may not use this route.")
    g.api_token = token
    return token


def rate_limit_key() -> str:
    """Submits are limited per token, never per address (a hospital shares one)."""
    return f"api-token:{g.api_token.id}"


def _refuse(status: int, code: str | None, message: str) -> None:
    """abort() with a JSON body and the challenge of RFC 6750 (no error code when the
    request sent no token at all)."""
    name = "Unauthorized" if status == 401 else "Forbidden"
    response = make_response(jsonify(error=name, message=message), status)
    challenge = 'Bearer realm="api"' + (f', error="{code}"' if code else "")
    response.headers["WWW-Authenticate"] = challenge
    abort(response)


def _detail(token: ApiToken) -> str:
    return f"{token.name} ({token.role}, {token.prefix}…)"
