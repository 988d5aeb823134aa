"""Board and analyst pages: glossary."""

from __future__ import annotations

from feedback.boards import bp  # noqa: F401
