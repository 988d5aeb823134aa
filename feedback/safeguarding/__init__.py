"""The safeguarding lead's queue: answers that may disclose harm, raw, every view audited."""

from flask import Blueprint

bp = Blueprint("safeguarding", __name__, url_prefix="/safeguarding")

from feedback.safeguarding import views  # noqa: E402, F401
