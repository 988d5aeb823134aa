"""The partnership's shared vocabulary (GlossaryTerm): what a term means, and what each
sector calls the same thing. Theme labels use the agreed term; reports show the terms
beside the labels they occur in."""

from __future__ import annotations

import re
import uuid

from sqlalchemy import select

from feedback.extensions import db
from feedback.models import GlossaryTerm, Partnership


def terms_for(partnership_id: uuid.UUID) -> list[GlossaryTerm]:
    """The partnership's terms, A to Z."""
    return list(
        db.session.scalars(
            select(GlossaryTerm)
            .where(GlossaryTerm.partnership_id == partnership_id)
            .order_by(GlossaryTerm.term)
        )
    )


def _words(term: GlossaryTerm) -> list[str]:
    """The sector words of a term, longest first so "service user" wins over "user"."""
    found = {w.strip() for words in (term.sector_terms or {}).values() for w in words if w.strip()}
    found.discard(term.term)
    return sorted(found, key=lambda w: (-len(w), w))


def _pattern(word: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(word)}(s?)\b", re.IGNORECASE)


def agreed_label(label: str, terms: list[GlossaryTerm]) -> str:
    """The label with each sector's word replaced by the partnership's agreed term
    ("Tenants' repairs" -> "Service users' repairs"), keeping a capital first letter."""
    for term in terms:
        for word in _words(term):

            def swap(match: re.Match, agreed: str = term.term) -> str:
                text = agreed + match.group(1)
                first = match.group(0)[0]
                return text[0].upper() + text[1:] if first.isupper() else text

            label = _pattern(word).sub(swap, label)
    return label


def terms_in(labels: list[str], terms: list[GlossaryTerm]) -> list[GlossaryTerm]:
    """The terms that occur in any of the labels, by the agreed term or a sector word."""
    found = []
    for term in terms:
        words = [term.term, *_words(term)]
        if any(_pattern(w).search(label) for w in words for label in labels):
            found.append(term)
    return found


def seed_demo_glossary(partnership: Partnership) -> None:
    """The demo partnership's glossary (idempotent)."""
