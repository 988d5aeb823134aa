"""The partnerships a user administers: create, change, archive and bring back."""

from __future__ import annotations

from dataclasses import asdict

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from feedback.admin import bp
from feedback.admin.forms import administered_or_404, form_page
from feedback.extensions import db
from feedback.models import Partnership
from feedback.permissions import ADMIN_ROLES, requires_role
from feedback.services import partnerships
from feedback.services.organisations import SECTOR_NAMES
from feedback.services.partnerships import PartnershipValues, Refused


@bp.get("/")
@requires_role(*ADMIN_ROLES)
def index():
    in_use, archived = partnerships.split_archived(partnerships.administered(current_user))
    return render_template("admin/index.html", partnerships=in_use, archived=archived)


@bp.route("/new", methods=["GET", "POST"])
@requires_role(*ADMIN_ROLES)
def partnership_new():
    return _partnership_form(None)


@bp.get("/<partnership>/")
@requires_role(*ADMIN_ROLES)
def partnership(partnership: str):
    found = administered_or_404(partnership)
    organisations = partnerships.split_archived(found.organisations)
    sites = {
        organisation.id: partnerships.split_archived(organisation.sites)
        for organisation in found.organisations
    }
    return render_template(
        "admin/partnership.html",
        partnership=found,
        places=partnerships.split_archived(found.places),
        organisations=organisations,
        sites=sites,
        place_names={p.id: p.name for p in found.places},
        sector_names=SECTOR_NAMES,
    )


@bp.route("/<partnership>/edit", methods=["GET", "POST"])
@requires_role(*ADMIN_ROLES)
def partnership_edit(partnership: str):
    return _partnership_form(administered_or_404(partnership))


@bp.post("/<partnership>/archive")
@requires_role(*ADMIN_ROLES)
def partnership_archive(partnership: str):
    found = administered_or_404(partnership)
    archive = request.form.get("archive") == "yes"
    partnerships.set_archived(current_user, found, found, archive)
    db.session.commit()
    message = _("Archived: %(name)s") if archive else _("Brought back: %(name)s")
    flash(message % {"name": found.name}, "success")
    return redirect(url_for("admin.index"), 303)


def _partnership_form(partnership: Partnership | None):
    template = "admin/partnership_form.html"
    if request.method == "GET":
        values = PartnershipValues()
        if partnership is not None:
            threshold = partnership.suppression_threshold
            values = PartnershipValues(
                partnership.name, partnership.slug, "" if threshold is None else str(threshold)
            )
        return form_page(template, asdict(values), partnership=partnership)
    values = PartnershipValues(
        **{name: request.form.get(name, "") for name in asdict(PartnershipValues())}
    )
    try:
        saved = partnerships.save_partnership(current_user, values, editing=partnership)
    except Refused as refused:
        db.session.rollback()
        return form_page(template, asdict(values), refused.problems, partnership=partnership)
    db.session.commit()
    flash(_("Saved: %(name)s", name=saved.name), "success")
    return redirect(url_for("admin.partnership", partnership=saved.slug), 303)
