"""Administration: partnerships, places, organisations and sites; invites and roles;
retention; API tokens; the audit log. Admins of a partnership only."""

from flask import Blueprint, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.context_processor
def _admin_context() -> dict[str, object]:
    """The header's Administration link on every administration page."""
    if not current_user.is_authenticated:
        return {}
    item = {
        "text": _("Administration"),
        "href": url_for("admin.index"),
        "current": request.endpoint == "admin.index",
    }
    return {"header_navigation_items": [item]}


from feedback.admin import (  # noqa: E402, F401
    audit_log,
    invites,
    people,
    structure,
    tokens,
    views,
)
