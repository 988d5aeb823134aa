"""The password policy, after NIST SP 800-63B: length, not composition.

- At least 15 characters. Revision 4 of 800-63B allows 8 only where the password is one
  of two factors; here an author, and every role while TWO_FACTOR_REQUIRED is off, signs in
  with a password alone, and one rule for everyone is easier to explain. A few unrelated
  words make a good password.
- Up to 256 characters (800-63B asks for at least 64), spaces and any Unicode included.
- No rules about digits, capitals or symbols, and no expiry.
- Refused: a password on the list of 20,000 common passwords (any case, also with digits
  or symbols added at the end), one character or chunk repeated, a simple sequence, and
  a password that contains the person's email address or the part before the @.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import cache
from pathlib import Path

from flask_babel import gettext as _

MINIMUM_LENGTH = 15
MAXIMUM_LENGTH = 256
COMMON_PASSWORDS = Path(__file__).resolve().parent.parent / "data" / "common-passwords.txt.gz"
# A shorter name before the @ ("jo") is too likely to turn up inside ordinary words.
SHORTEST_NAME_CHECKED = 4


def problems(password: str, email: str) -> list[str]:
    """What is wrong with this password for this person, one message per rule broken."""
    if len(password) < MINIMUM_LENGTH:
        return [
            _(
                "Your password must be at least %(count)d characters long. "
                "A few unrelated words make a good one",
                count=MINIMUM_LENGTH,
            )
        ]
    if len(password) > MAXIMUM_LENGTH:
        return [_("Your password must be %(count)d characters or fewer", count=MAXIMUM_LENGTH)]
    folded = _fold(password)
    found = []
    if is_common(folded):
        found.append(
            _("This password is on a list of common passwords. Choose one less easy to guess")
        )
    if _is_pattern(folded):
        found.append(
            _("Your password must not repeat itself or be a simple sequence, like abcabc or 12345")
        )
    if _contains_email(folded, _fold(email)):
        found.append(
            _("Your password must not contain your email address or the name before the @")
        )
    return found


def is_common(password: str) -> bool:
    """On the common list, in any case, or once digits and symbols at its end are dropped."""
    folded = _fold(password)
    return folded in _common() or folded.rstrip("0123456789!?.*#@$%&_-+ ") in _common()


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


@cache
def _common() -> frozenset[str]:
    with gzip.open(COMMON_PASSWORDS, "rt", encoding="utf-8") as lines:
        return frozenset(line.strip() for line in lines if line.strip())


def _is_pattern(password: str) -> bool:
    for size in range(1, len(password) // 2 + 1):
        if len(password) % size == 0 and password == password[:size] * (len(password) // size):
            return True
    # Runs up or down the keys, digits going round from 9 to 0 (123456789012345).
    cycle = 10 if password.isdigit() else 0x110000
    steps = {(ord(b) - ord(a)) % cycle for a, b in zip(password, password[1:], strict=False)}
    return steps in ({1}, {cycle - 1})


def _contains_email(password: str, email: str) -> bool:
    name = email.split("@", 1)[0]
    return bool(email) and (
        email in password or (len(name) >= SHORTEST_NAME_CHECKED and name in password)
    )
