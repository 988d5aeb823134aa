"""Small text helpers shared by the analysis modules."""

from __future__ import annotations

import re

_TAG = re.compile(r"\[(?:name|email|phone|nhs number|postcode|date of birth|address)\]")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_NO_CONTENT = {
    "",
    "n/a",
    "na",
    "n.a",
    "none",
    "nothing",
    "nil",
    "no",
    "no comment",
    "no comments",
    "nothing to add",
    "nothing else",
    "not applicable",
    "did not answer",
    "no answer",
    "-",
    "x",
    "?",
    "nothing really",
    "no thanks",
    "nope",
}


def strip_tags(text: str) -> str:
    """Remove redaction tags so they never become theme words."""
    return _TAG.sub(" ", text)


def is_no_content(text: str | None) -> bool:
    """True for answers that say nothing to theme: empty, "N/A", "nothing", "no comment"."""
    if text is None:
        return True
    cleaned = re.sub(r"[\s.!,;:]+", " ", strip_tags(text)).strip().lower()
    if cleaned in _NO_CONTENT:
        return True
    return _LETTERS.search(cleaned) is None


_NOTHING = {
    "nothing",
    "none",
    "no",
    "nope",
    "nothing really",
    "nothing else",
    "nothing at all",
    "not really",
    "nothing to improve",
    "nothing to change",
    "no improvements",
    "no improvement",
    "none really",
    "cant think of anything",
    "can't think of anything",
    # Next to nothing: under "What was good?", "Very little" says nothing was.
    "very little",
    "not much",
    "not a lot",
    "nothing much",
}


def says_nothing(text: str | None) -> bool:
    """An answer of just "nothing", "none" or "no": under a question it means something."""
    if text is None:
        return False
    return re.sub(r"[\s.!,;:]+", " ", text).strip().lower() in _NOTHING
