"""Cross-cutting web concerns: cookies, security headers, template context."""

from __future__ import annotations

import os
import secrets

from flask import Flask, current_app, g, request, url_for
from flask.sessions import SecureCookieSessionInterface
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_login import current_user

from feedback.permissions import AUTHOR_ROLES, BOARD_ROLES
from feedback.services import safeguarding
from feedback.services.reports import sector_names
from feedback.services.suppression import display_count, threshold

RTL_LANGUAGES = {"ar", "ur", "fa", "he", "ps"}
# Pages anyone may open: the address they came from, or go to next, is nobody's business.
PUBLIC_BLUEPRINTS = {"respond", "public"}
HSTS = "max-age=31536000; includeSubDomains"
# No page may be framed, except a survey preview, which the builder frames (a view sets
# g.frame_ancestors to "'self'" for it).
NO_FRAMES = "'none'"
TRUE_WORDS = {"1", "true", "yes", "on"}


class PerAudienceSessionInterface(SecureCookieSessionInterface):
    """Respondent pages use SameSite=Strict; private pages Lax (so links from email work)."""

    def get_cookie_samesite(self, app: Flask) -> str:
        return "Strict" if request.blueprint == "respond" else "Lax"


def _csp_nonce() -> str:
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return g.csp_nonce


def _template_context() -> dict[str, object]:
    language = str(get_locale() or "en")
    return {
        "threshold": threshold(),
        "privacy_url": url_for("respond.privacy"),
        "csp_nonce": _csp_nonce(),
        "html_lang": language,
        "html_dir": "rtl" if language.split("_")[0] in RTL_LANGUAGES else "ltr",
        "header_navigation_items": header_navigation(),
    }


def header_navigation() -> list[dict[str, object]]:
    """A link in the header to each area the signed-in user may use, the one they are in
    marked: without them an author who lands on the board pages has no way to the builder."""
    if request.blueprint in PUBLIC_BLUEPRINTS or not current_user.is_authenticated:
        return []
    # Read from the user's memberships, loaded once: every signed-in page shows this, so
    # it adds no query per area.
    roles = [(m.role, m.organisation_id is None) for m in current_user.memberships]
    administers = ("admin", True) in roles
    areas = (
        ("boards", _("Boards"), "boards.index", any(r in BOARD_ROLES for r, _wide in roles)),
        ("build", _("Surveys"), "build.index", any(r in AUTHOR_ROLES and w for r, w in roles)),
        (
            "safeguarding",
            _("Safeguarding"),
            "safeguarding.queue",
            administers or any(r == safeguarding.LEAD_ROLE for r, _wide in roles),
        ),
        ("admin", _("Administration"), "admin.index", administers),
    )
    return [
        {
            "text": text,
            "href": url_for(endpoint),
            "current": request.endpoint == endpoint,
            "active": request.blueprint == blueprint,
        }
        for blueprint, text, endpoint, allowed in areas
        if allowed
    ]


def _security_headers(response):
    nonce = _csp_nonce()
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; "
        f"script-src 'self' 'nonce-{nonce}'; "
        "style-src 'self'; img-src 'self' data:; font-src 'self'; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; "
        f"object-src 'none'; frame-ancestors {g.get('frame_ancestors', NO_FRAMES)}"
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = (
        "no-referrer" if request.blueprint in PUBLIC_BLUEPRINTS else "same-origin"
    )
    response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
    # Pages carry CSRF tokens or private data: never cache them; static assets may be.
    if request.endpoint != "static":
        response.headers["Cache-Control"] = "no-store"
    if current_app.config["PRODUCTION"]:
        response.headers["Strict-Transport-Security"] = HSTS
    return response


def refuse_debug_in_production(app: Flask) -> None:
    """The debugger runs any code typed into an error page: never with real data."""
    debug_asked = app.debug or os.environ.get("FLASK_DEBUG", "").lower() in TRUE_WORDS
    if app.config["PRODUCTION"] and debug_asked:
        raise RuntimeError(
            "DEBUG or FLASK_DEBUG is set with FRONTLINE_ENV=production: refusing to start."
        )


def refuse_memory_limits_in_production(app: Flask) -> None:
    """Counted in memory, each gunicorn worker would keep its own sign-in, code, invite and
    receipt limits, multiplying them: production counts them in Redis."""
    limiting = app.config.get("RATE_LIMITS", True) and app.config.get("RATELIMIT_ENABLED", True)
    in_memory = app.config["RATELIMIT_STORAGE_URI"].startswith("memory://")
    if app.config["PRODUCTION"] and limiting and in_memory:
        raise RuntimeError(
            "FRONTLINE_ENV=production needs REDIS_URL for the rate limits: refusing to start."
        )


def init_app(app: Flask) -> None:
    refuse_debug_in_production(app)
    refuse_memory_limits_in_production(app)
    app.session_interface = PerAudienceSessionInterface()
    app.context_processor(_template_context)
    app.after_request(_security_headers)
    app.jinja_env.filters["display_count"] = display_count
    app.jinja_env.globals["sector_names_in_words"] = sector_names
