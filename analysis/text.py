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


# Just "nothing", as people word it. Under a question that asks for one thing it answers
# that question ("Nothing to improve", "Nothing was good"); sentiment reads it the same way.
NOTHING_WORDINGS = frozenset(
    "nothing|none|no|nope|nil|nothing at all|nothing really|not really|nothing much|not a thing|"
    "absolutely nothing|nothing whatsoever|none at all|no nothing|nothing i can think of|"
    "can't think of anything|cannot think of anything|can't think of any|cant think of anything|"
    "i can't think of anything|i cannot think of anything|nothing comes to mind|"
    "not that i can think of|none really|nothing springs to mind|no none|"
    # Next to nothing: "Very little" under "What was good?" says nothing was.
    "very little|not much|not a lot".split("|")
)
# For themes, "nothing else" and "nothing to improve" join them too (sentiment reads
# those differently: "Nothing else" under "What was good?" is no answer at all).
_NOTHING = NOTHING_WORDINGS | {
    "nothing else",
    "nothing to improve",
    "nothing to change",
    "no improvements",
    "no improvement",
}
_ANSWER_PUNCTUATION = re.compile(r"[\s.,!;:()\"]+")


def plain_answer(text: str) -> str:
    """`text` lower-cased, with one kind of apostrophe and its punctuation read as spaces:
    "Can’t think of anything!" reads "can't think of anything"."""
    return _ANSWER_PUNCTUATION.sub(" ", text.lower().replace("\u2019", "'")).strip()


def says_nothing(text: str | None) -> bool:
    """An answer of just "nothing", "none" or "no": under a question it means something."""
    if text is None:
        return False
    return plain_answer(text) in _NOTHING
