"""One permission check on every route, declared where the route is.

Each view carries exactly one of these marks, right under its route:

- ``@public`` for pages anyone may open (answering a survey, "You said, we did", sign-in);
- ``@signed_in`` for pages any signed-in user may open (signing out, their own account);
- ``@requires_role(*roles)`` for everything else: the user must hold one of the roles;
- ``@requires_token(*roles)`` for the JSON API: a bearer token with one of the roles.

The mark only lets a user reach the view. Which objects they then see is decided in the
query itself, scoped by partnership (``accounts.partnership_or_404``), so a guessed id
from another partnership gives 404. ``unmarked_endpoints`` lists routes without a mark;
a test walks ``app.url_map`` with it, so no route can be added without one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from flask import Flask, abort
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import select

from feedback.extensions import db, login_manager
from feedback.models import Membership

PUBLIC = "public"
SIGNED_IN = "signed-in"

ROLE_NAMES = {
    "admin": _l("Administrator"),
    "author": _l("Survey author"),
    "board": _l("Board member"),
    "analyst": _l("Analyst"),
    "safeguarding": _l("Safeguarding lead"),
}
ROLES = tuple(ROLE_NAMES)

# Who may do what. Admins may do everything their partnership's people may do.
BOARD_ROLES = ("admin", "board", "analyst")
CURATOR_ROLES = ("admin", "analyst")
EXPORT_ROLES = ("admin", "analyst")
GLOSSARY_EDITOR_ROLES = ("admin", "analyst")
AUTHOR_ROLES = ("admin", "author")
ADMIN_ROLES = ("admin",)
# Raw free text: the safeguarding lead (flagged answers) and admins, every view audited.
RAW_TEXT_ROLES = ("admin", "safeguarding")
# Held for one organisation rather than the whole partnership, these roles open the theme
# pages and the answer export, restricted to that organisation's answers.
ORGANISATION_ROLES = ("analyst",)
LEAD_ROLES = ("safeguarding",)


def public(view: Callable) -> Callable:
    """Anyone may open this route, signed in or not."""
    view.permission = PUBLIC
    return view


def signed_in(view: Callable) -> Callable:
    """Any signed-in user may open this route, whatever their roles."""

    @wraps(view)
    def checked(*args, **kwargs):
        if not current_user.is_authenticated:
            return login_manager.unauthorized()
        return view(*args, **kwargs)

    checked.permission = SIGNED_IN
    return checked


def requires_role(*roles: str) -> Callable[[Callable], Callable]:
    """Signed in and holding one of `roles` in some partnership or organisation; anyone
    else signed in gets 404, as for a page that is not there."""
    unknown = set(roles) - set(ROLES)
    if not roles or unknown:
        raise ValueError(f"requires_role needs known roles, not {sorted(unknown) or 'none'}")

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def checked(*args, **kwargs):
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if not holds_role(current_user.id, roles):
                abort(404)
            return view(*args, **kwargs)

        checked.permission = tuple(roles)
        return checked

    return decorator


def requires_token(*roles: str) -> Callable[[Callable], Callable]:
    """JSON API routes: a bearer token of the partnership, with one of `roles`
    (feedback/services/api_tokens.py). No token, or a revoked one, gives 401."""
    unknown = set(roles) - set(ROLES)
    if not roles or unknown:
        raise ValueError(f"requires_token needs known roles, not {sorted(unknown) or 'none'}")

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def checked(*args, **kwargs):
            from feedback.services import api_tokens

            api_tokens.authenticate(roles)  # sets g.api_token, or aborts with 401
            return view(*args, **kwargs)

        checked.permission = ("token", *roles)
        return checked

    return decorator


def holds_role(user_id, roles: tuple[str, ...]) -> bool:
    query = select(Membership.id).where(Membership.user_id == user_id, Membership.role.in_(roles))
    return db.session.scalar(query.limit(1)) is not None


def permission_of(app: Flask, endpoint: str) -> str | tuple[str, ...] | None:
    return getattr(app.view_functions.get(endpoint), "permission", None)


def unmarked_endpoints(app: Flask) -> list[str]:
    """Endpoints whose view carries no permission mark (static files excepted)."""
    return sorted(
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if rule.endpoint != "static" and permission_of(app, rule.endpoint) is None
    )
