"""Signing in and out of the private pages."""

from flask import Blueprint

bp = Blueprint("auth", __name__)

from feedback.auth import views  # noqa: E402, F401
