"""The password policy (NIST SP 800-63B): length, a common-password list, no composition."""

from __future__ import annotations

import pytest

from feedback import create_app
from feedback.extensions import db as _db
from feedback.models import User
from feedback.services.accounts import authenticate, hash_password
from feedback.services.passwords import problems
from tests.conftest import PASSWORD, make_partnership, make_user

EMAIL = "sam.jones@riverside.example"


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short one", "must be at least 15 characters"),
        ("x" * 257, "256 characters or fewer"),
        ("1q2w3e4r5t6y7u8i", "list of common passwords"),
        ("QazWsxEdcRfvTgb", "list of common passwords"),
        ("kartoffelpuffer2024!", "list of common passwords"),
        ("abcabcabcabcabcabc", "must not repeat itself"),
        ("abcdefghijklmnopq", "simple sequence"),
        ("123456789012345", "simple sequence"),
        ("987654321098765", "simple sequence"),
        ("my name is sam.jones really", "must not contain your email address"),
        ("SAM.JONES@RIVERSIDE.EXAMPLE", "must not contain your email address"),
    ],
)
def test_a_weak_password_gets_a_message_saying_why(app, password, message):
    with app.test_request_context():
        found = problems(password, EMAIL)
    assert any(message in text for text in found), found


@pytest.mark.parametrize(
    "password",
    [
        "correct horse battery staple",
        "alllowercasewithoutdigits",  # no composition rules
        "Ŵyth geiriau hir a chyfeillgar",  # any Unicode, spaces too
        "n" + "o" * 63 + " limit at 64",
    ],
)
def test_a_long_uncommon_password_passes(app, password):
    with app.test_request_context():
        assert problems(password, EMAIL) == []


RECOMMENDED = "$argon2id$v=19$m=65536,t=3,p=4$"


def test_passwords_are_kept_at_argon2s_recommended_costs_and_cheaper_ones_upgraded(
    app, db, tmp_path
):
    # The suite's own app hashes at argon2's cheapest costs (tests/conftest.py); an app
    # with the shipped settings hashes at the recommended ones, and a password kept at other
    # costs is hashed again at those when its owner next signs in.
    user = make_user(make_partnership(), "board")
    email, user_id = user.email, user.id
    assert user.password_hash.startswith("$argon2id$v=19$m=8,t=1,p=1$")
    shipped = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
            "TESTING": True,
            "SECRET_KEY": app.config["SECRET_KEY"],
        },
        instance_path=str(tmp_path),
    )
    assert shipped.config["PASSWORD_HASHING"] == "recommended"
    with shipped.app_context():
        try:
            assert hash_password(PASSWORD).startswith(RECOMMENDED)
            assert authenticate(email, PASSWORD).id == user_id
            _db.session.expire_all()
            assert _db.session.get(User, user_id).password_hash.startswith(RECOMMENDED)
            assert authenticate(email, "not the passphrase at all") is None
        finally:
            _db.session.remove()
            _db.engine.dispose()


def test_the_cheapest_costs_are_refused_outside_the_test_suite(tmp_path):
    loose = create_app(
        {"SQLALCHEMY_DATABASE_URI": "sqlite://", "PASSWORD_HASHING": "cheapest"},
        instance_path=str(tmp_path),
    )
    with loose.app_context(), pytest.raises(RuntimeError, match="not allowed"):
        hash_password(PASSWORD)
