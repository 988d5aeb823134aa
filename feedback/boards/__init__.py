"""Board and analyst pages: themes and scores for a member's partnership."""

from flask import Blueprint

bp = Blueprint("boards", __name__, url_prefix="/boards")

from feedback.boards import views  # noqa: E402, F401
