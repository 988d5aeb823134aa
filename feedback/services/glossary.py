"""The partnership's shared vocabulary (GlossaryTerm): what a term means, and what each
sector calls the same thing. Theme labels use the agreed term; reports show the terms
beside the labels they occur in."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import SECTORS, GlossaryTerm, Partnership, User
from feedback.services import audit
from feedback.services.building import Problem

TERM_MAX = 120
MEANING_MAX = 2000
WORD_MAX = 80


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


def sector_terms_text(sector_terms: dict[str, list[str]]) -> str:
    """One line per sector, as the form shows it: "housing = tenant, resident"."""
    return "\n".join(f"{sector} = {', '.join(words)}" for sector, words in sector_terms.items())


def parse_sector_terms(text: str) -> tuple[dict[str, list[str]], str | None]:
    """The sector words typed one line per sector, or a message about the first bad line."""
    found: dict[str, list[str]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        sector, equals, words = line.partition("=")
        sector = sector.strip().lower()
        if not equals or not sector:
            return {}, _("Line %(n)s: write the sector, then =, then its words", n=number)
        if sector not in SECTORS:
            return {}, _(
                "Line %(n)s: %(sector)s is not a sector. Use one of: %(sectors)s",
                n=number,
                sector=sector,
                sectors=", ".join(SECTORS),
            )
        listed = [w.strip() for w in words.split(",") if w.strip()]
        if not listed:
            return {}, _("Line %(n)s: give at least one word after =", n=number)
        if any(len(w) > WORD_MAX for w in listed):
            return {}, _(
                "Line %(n)s: each word must be %(max)s characters or fewer", n=number, max=WORD_MAX
            )
        found.setdefault(sector, [])
        found[sector] += [w for w in listed if w not in found[sector]]
    return found, None


@dataclass
class TermValues:
    term: str
    meaning: str
    sector_terms: str


def check_term(
    partnership: Partnership, values: TermValues, editing: GlossaryTerm | None = None
) -> tuple[dict[str, list[str]], list[Problem]]:
    """The parsed sector words and a Problem at each field that needs fixing."""
    problems = []
    term = " ".join(values.term.split())
    if not term:
        problems.append(Problem("term", _("Enter the term")))
    elif len(term) > TERM_MAX:
        problems.append(
            Problem("term", _("The term must be %(max)s characters or fewer", max=TERM_MAX))
        )
    elif _taken(partnership, term, editing):
        problems.append(Problem("term", _("The glossary already has “%(term)s”", term=term)))
    if not values.meaning.strip():
        problems.append(Problem("meaning", _("Enter what the partnership agreed it means")))
    elif len(values.meaning) > MEANING_MAX:
        problems.append(
            Problem(
                "meaning", _("The meaning must be %(max)s characters or fewer", max=MEANING_MAX)
            )
        )
    sector_terms, message = parse_sector_terms(values.sector_terms)
    if message:
        problems.append(Problem("sector_terms", message))
    return sector_terms, problems


def _taken(partnership: Partnership, term: str, editing: GlossaryTerm | None) -> bool:
    query = select(GlossaryTerm.id).where(
        GlossaryTerm.partnership_id == partnership.id,
        func.lower(GlossaryTerm.term) == term.lower(),
    )
    if editing is not None:
        query = query.where(GlossaryTerm.id != editing.id)
    return db.session.scalar(query) is not None


def save_term(
    partnership: Partnership, user: User, values: TermValues, editing: GlossaryTerm | None = None
) -> tuple[GlossaryTerm | None, list[Problem]]:
    """Add a term or change one, with an audit event; nothing is written if any field has a
    problem. The caller commits."""
    sector_terms, problems = check_term(partnership, values, editing)
    if problems:
        return None, problems
    term = editing or GlossaryTerm(partnership_id=partnership.id)
    term.term = " ".join(values.term.split())
    term.meaning = values.meaning.strip()
    term.sector_terms = sector_terms
    db.session.add(term)
    db.session.flush()
    _audit(user, term, "glossary_term_changed" if editing else "glossary_term_added")
    return term, []


def delete_term(user: User, term: GlossaryTerm) -> None:
    """Remove a term, with an audit event. The caller commits."""
    _audit(user, term, "glossary_term_deleted")
    db.session.delete(term)


def _audit(user: User, term: GlossaryTerm, action: str) -> None:
    audit.record(user, term.partnership_id, action, "glossary_term", term.id, term.term)


DEMO_TERMS = (
    (
        "service user",
        "Anyone who uses a service of the partnership, whichever organisation provides it.",
        {
            "nhs_acute": ["patient"],
            "primary_care": ["patient"],
            "housing": ["tenant", "resident"],
            "adult_social_care": ["client"],
            "voluntary": ["client"],
        },
    ),
    (
        "discharge",
        "When someone leaves a service or a place of care and moves on to the next one.",
        {"nhs_acute": ["discharge"], "housing": ["move-on"], "adult_social_care": ["step-down"]},
    ),
    (
        "carer",
        "Someone who looks after a family member, partner or friend without being paid.",
        {"adult_social_care": ["unpaid carer"], "voluntary": ["family carer"]},
    ),
)


def seed_demo_glossary(partnership: Partnership) -> None:
    """The demo partnership's glossary (idempotent: terms already there are left alone)."""
    existing = {t.term for t in terms_for(partnership.id)}
    for term, meaning, sector_terms in DEMO_TERMS:
        if term not in existing:
            db.session.add(
                GlossaryTerm(
                    partnership_id=partnership.id,
                    term=term,
                    meaning=meaning,
                    sector_terms=sector_terms,
                )
            )
    db.session.flush()
