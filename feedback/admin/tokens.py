"""API tokens: admins create them (each shown once) and revoke them."""

from __future__ import annotations

import uuid

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from feedback.admin import bp
from feedback.extensions import db
from feedback.models import ApiToken
from feedback.permissions import ADMIN_ROLES, ROLE_NAMES, requires_role
from feedback.services import api_tokens
from feedback.services.accounts import partnership_or_404
from feedback.services.scoping import owned_or_404


@bp.get("/<partnership>/tokens")
@requires_role(*ADMIN_ROLES)
def tokens(partnership: str):
    found = partnership_or_404(current_user, partnership, ADMIN_ROLES)
    return render_template(
        "admin/tokens.html",
        partnership=found,
        tokens=api_tokens.tokens_of(found),
        role_names=ROLE_NAMES,
    )


@bp.route("/<partnership>/tokens/new", methods=["GET", "POST"])
@requires_role(*ADMIN_ROLES)
def token_new(partnership: str):
    found = partnership_or_404(current_user, partnership, ADMIN_ROLES)
    values = {"name": request.form.get("name", ""), "role": request.form.get("role", "")}
    if request.method == "GET":
        return _form_page(found, values, [])
    problems = api_tokens.check(values["name"], values["role"])
    if problems:
        return _form_page(found, values, problems), 400
    token, plaintext = api_tokens.create(found, values["role"], values["name"], current_user)
    db.session.commit()
    # Shown in this response only: the plaintext is not stored, so no later page has it.
    return render_template(
        "admin/tokens_created.html",
        partnership=found,
        token=token,
        plaintext=plaintext,
        role_names=ROLE_NAMES,
    )


@bp.route("/<partnership>/tokens/<uuid:token_id>/revoke", methods=["GET", "POST"])
@requires_role(*ADMIN_ROLES)
def token_revoke(partnership: str, token_id: uuid.UUID):
    found = partnership_or_404(current_user, partnership, ADMIN_ROLES)
    token = owned_or_404(ApiToken, token_id, found.id)
    if request.method == "GET":
        return render_template("admin/tokens_revoke.html", partnership=found, token=token)
    api_tokens.revoke(token, current_user)
    db.session.commit()
    flash(_("Revoked: %(name)s. It no longer works.", name=token.name), "success")
    return redirect(url_for("admin.tokens", partnership=found.slug), 303)


def _form_page(partnership, values: dict[str, str], problems: list):
    errors = {p.field: p.message for p in problems}
    roles = [(role, ROLE_NAMES[role], _role_hint(role)) for role in api_tokens.TOKEN_ROLES]
    return render_template(
        "admin/tokens_new.html",
        partnership=partnership,
        values=values,
        roles=roles,
        field_errors=errors,
        errors=[{"text": message, "href": f"#{field}"} for field, message in errors.items()],
    )


def _role_hint(role: str) -> str:
    return {
        "board": _("Reads the partnership's themes, with small counts hidden."),
        "analyst": _("Reads the partnership's themes, with small counts hidden."),
        "author": _("Sends responses to the partnership's open surveys."),
    }[role]
