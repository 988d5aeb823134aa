"""'You said, we did': boards' actions on themes."""

from __future__ import annotations

from feedback.models import Partnership


def seed_demo_actions(partnership: Partnership) -> None:
    """Demo actions on the partnership's largest themes, once it has themes (idempotent)."""
