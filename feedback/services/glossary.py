"""The partnership's shared vocabulary (GlossaryTerm)."""

from __future__ import annotations

from feedback.models import Partnership


def seed_demo_glossary(partnership: Partnership) -> None:
    """The demo partnership's glossary (idempotent)."""
