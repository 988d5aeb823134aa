"""Invites: an admin invites someone by email to a role; the invited person follows the
single-use link, sets a name and password, and holds the role."""

from __future__ import annotations

import smtplib

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_limiter.util import get_remote_address
from flask_login import current_user

from feedback.admin import bp
from feedback.admin.forms import administered_or_404, form_page, organisation_choices
from feedback.extensions import db, limiter
from feedback.permissions import ADMIN_ROLES, ROLE_NAMES, public, requires_role
from feedback.services import invites
from feedback.services.building import Problem
from feedback.services.partnerships import Refused

INVITE_FIELDS = ("email", "role", "organisation")
GONE = {"unknown": 404, "used": 410, "expired": 410}


def _invite_limit() -> str:
    return current_app.config.get("INVITE_LIMIT", "30 per hour;100 per day")


def _sender_key() -> str:
    """Invites are counted per person sending them: colleagues share an address, and one
    account must not mail strangers without end."""
    if current_user.is_authenticated:
        return f"invite-sender:{current_user.id}"
    return get_remote_address()  # refused by the role check anyway


@bp.route("/<partnership>/invites", methods=["GET", "POST"])
@requires_role(*ADMIN_ROLES)
@limiter.limit(_invite_limit, key_func=_sender_key, methods=["POST"])
def invite_new(partnership: str):
    found = administered_or_404(partnership)
    context = {
        "partnership": found,
        "role_names": ROLE_NAMES,
        "organisation_choices": organisation_choices(found),
        "pending": invites.pending(found),
    }
    values = {name: request.form.get(name, "").strip() for name in INVITE_FIELDS}
    if request.method == "GET":
        return form_page("admin/invite_form.html", values, **context)
    try:
        invite, token = invites.create(current_user, found, **values)
    except Refused as refused:
        db.session.rollback()
        return form_page("admin/invite_form.html", values, refused.problems, **context)
    emailed = invites.mail_configured()
    if emailed:
        try:
            invites.send(invite, token, found)
        except (OSError, smtplib.SMTPException):
            db.session.rollback()
            problem = Problem("email", _("The invite could not be emailed: try again later"))
            return form_page("admin/invite_form.html", values, [problem], **context)
    db.session.commit()
    # The link is shown here once and never again: only its digest is kept.
    return render_template(
        "admin/invite_made.html",
        partnership=found,
        invite=invite,
        link=None if emailed else invites.link(token),
        role_names=ROLE_NAMES,
    )


@bp.route("/invites/<token>", methods=["GET", "POST"])
@public
@limiter.limit("20 per minute")
def invite_accept(token: str):
    invite, state = invites.find(token)
    if state != "valid":
        return render_template("admin/invite_gone.html", state=state), GONE[state]
    existing = invites.existing_user(invite)
    context = {"invite": invite, "existing": existing, "role_names": ROLE_NAMES}
    values = {"name": request.form.get("name", "")}
    if request.method == "GET":
        return form_page("admin/invite_accept.html", values, **context)
    try:
        invites.accept(invite, values["name"], request.form.get("password", ""))
    except Refused as refused:
        db.session.rollback()
        return form_page("admin/invite_accept.html", values, refused.problems, **context)
    db.session.commit()
    flash(_("Your account is ready. Sign in to start."), "success")
    return redirect(url_for("auth.sign_in"), 303)
