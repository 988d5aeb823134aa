"""Signing in and out of the private pages, and the second factor."""

from flask import Blueprint

bp = Blueprint("auth", __name__)

from feedback.auth import second_factor, views  # noqa: E402, F401
