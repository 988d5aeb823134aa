"""The password policy (NIST SP 800-63B): length, a common-password list, no composition."""

from __future__ import annotations

import pytest

from feedback.services.passwords import problems

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
