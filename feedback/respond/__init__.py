"""People answering surveys: anonymous, no sign-in, strict cookies."""

from flask import Blueprint

bp = Blueprint("respond", __name__)

from feedback.respond import views  # noqa: E402, F401
