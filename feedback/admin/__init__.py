"""Administration: partnerships, places, organisations and sites; invites and roles;
retention; API tokens; the audit log. Admins of a partnership only."""

from flask import Blueprint

bp = Blueprint("admin", __name__, url_prefix="/admin")

from feedback.admin import (  # noqa: E402, F401
    audit_log,
    invites,
    people,
    structure,
    tokens,
    views,
)
