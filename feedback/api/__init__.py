"""The JSON API, version 1: bearer tokens scoped to one partnership and one role."""

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")

from feedback.api import views  # noqa: E402, F401
