"""Tokens and requests for the API tests."""

from __future__ import annotations

from feedback.extensions import db
from feedback.models import Partnership
from feedback.services import api_tokens
from tests.conftest import make_user


def token_for(partnership: Partnership, role: str) -> str:
    """A new token's plaintext, created by one of the partnership's admins."""
    admin = make_user(partnership, "admin")
    _token, plaintext = api_tokens.create(partnership, role, f"{role} system", admin)
    db.session.commit()
    return plaintext


def bearer(plaintext: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {plaintext}"}
