"""Board and analyst pages: exports."""

from __future__ import annotations

from feedback.boards import bp  # noqa: F401
