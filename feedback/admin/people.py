"""Who holds which role in a partnership or one of its organisations; giving and
removing roles. Every change is audited, and a partnership keeps at least one admin."""

from __future__ import annotations

import uuid

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from feedback.admin import bp
from feedback.admin.forms import administered_or_404, form_page, organisation_choices
from feedback.extensions import db
from feedback.permissions import ADMIN_ROLES, ROLE_NAMES, requires_role
from feedback.services import partnerships, roles
from feedback.services.partnerships import Refused


@bp.get("/<partnership>/people")
@requires_role(*ADMIN_ROLES)
def people(partnership: str):
    found = administered_or_404(partnership)
    return render_template(
        "admin/people.html",
        partnership=found,
        members=roles.members(found),
        role_names=ROLE_NAMES,
        organisation_names={o.id: o.name for o in found.organisations},
    )


@bp.route("/<partnership>/people/<uuid:user_id>/roles", methods=["GET", "POST"])
@requires_role(*ADMIN_ROLES)
def role_grant(partnership: str, user_id: uuid.UUID):
    found = administered_or_404(partnership)
    member = roles.member_or_404(found, user_id)
    context = {
        "partnership": found,
        "member": member,
        "role_names": ROLE_NAMES,
        "organisation_choices": organisation_choices(found),
    }
    template = "admin/role_form.html"
    values = {name: request.form.get(name, "") for name in ("role", "organisation")}
    if request.method == "GET":
        return form_page(template, values, **context)
    try:
        roles.grant_role(current_user, found, member, values["role"], values["organisation"])
    except Refused as refused:
        db.session.rollback()
        return form_page(template, values, refused.problems, **context)
    db.session.commit()
    flash(_("Role given to %(name)s", name=member.display_name), "success")
    return redirect(url_for("admin.people", partnership=found.slug), 303)


@bp.route("/<partnership>/roles/<uuid:membership_id>/remove", methods=["GET", "POST"])
@requires_role(*ADMIN_ROLES)
def role_remove(partnership: str, membership_id: uuid.UUID):
    found = administered_or_404(partnership)
    membership = roles.membership_or_404(found, membership_id)
    context = {
        "partnership": found,
        "membership": membership,
        "scope": roles.scope_name(membership),
        "role_names": ROLE_NAMES,
    }
    if request.method == "GET":
        return form_page("admin/role_remove.html", {}, **context)
    name = membership.user.display_name
    try:
        roles.remove_role(current_user, found, membership)
    except Refused as refused:
        db.session.rollback()
        return form_page("admin/role_remove.html", {}, refused.problems, **context)
    db.session.commit()
    flash(_("Role removed from %(name)s", name=name), "success")
    if not partnerships.holds_admin(current_user, found):
        return redirect(url_for("boards.index"), 303)
    return redirect(url_for("admin.people", partnership=found.slug), 303)
