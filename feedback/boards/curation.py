"""Board and analyst pages: curation."""

from __future__ import annotations

from feedback.boards import bp  # noqa: F401
