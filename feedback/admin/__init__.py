"""Administration: partnerships, places, organisations and sites; invites and roles;
retention; API tokens; the audit log. Admins of a partnership only."""

from flask import Blueprint

bp = Blueprint("admin", __name__, url_prefix="/admin")

from feedback.admin import views  # noqa: E402, F401
