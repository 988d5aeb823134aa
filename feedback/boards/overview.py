"""Board and analyst pages: overview."""

from __future__ import annotations

from feedback.boards import bp  # noqa: F401
