"""Board and analyst pages: actions."""

from __future__ import annotations

from feedback.boards import bp  # noqa: F401
