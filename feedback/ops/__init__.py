"""Health checks for load balancers and orchestrators."""

from flask import Blueprint

bp = Blueprint("ops", __name__)

from feedback.ops import views  # noqa: E402, F401
