"""Board and analyst pages: themes and scores for a member's partnership, curation,
actions, the glossary and exports."""

from flask import Blueprint

bp = Blueprint("boards", __name__, url_prefix="/boards")

from feedback.boards import (  # noqa: E402, F401
    actions,
    curation,
    exports,
    glossary,
    overview,
    views,
)
