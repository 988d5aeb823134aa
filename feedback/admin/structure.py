"""A partnership's places, member organisations, and their sites and teams: create,
change, archive and bring back. Each is found only within the partnership; an
organisation that another partnership shares, and its sites, are changed by neither."""

from __future__ import annotations

import uuid
from dataclasses import asdict

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from feedback.admin import bp
from feedback.admin.forms import administered_or_404, form_page
from feedback.extensions import db
from feedback.models import SECTORS, Organisation, Partnership, Place, Site
from feedback.permissions import ADMIN_ROLES, requires_role
from feedback.services import organisations, partnerships
from feedback.services.organisations import OrganisationValues, Shared, SiteValues
from feedback.services.partnerships import Refused
from feedback.services.scoping import owned_or_404


@bp.errorhandler(Shared)
def _shared(shared: Shared):
    """A shared organisation, or one of its sites: nothing is changed, and the page says
    why and whom to ask. 409: the admin may see it, but it is not theirs alone."""
    db.session.rollback()
    page = render_template(
        "admin/organisation_shared.html",
        partnership=shared.partnership,
        organisation=shared.organisation,
    )
    return page, 409


@bp.context_processor
def _shared_organisations():
    # The partnership's page shows "shared with another partnership" instead of links.
    return {"shared_organisation_ids": organisations.shared_organisation_ids}


def _back(partnership: Partnership, message: str):
    db.session.commit()
    flash(message, "success")
    return redirect(url_for("admin.partnership", partnership=partnership.slug), 303)


def _archive(partnership: Partnership, thing: Place | Organisation | Site):
    archive = request.form.get("archive") == "yes"
    partnerships.set_archived(current_user, partnership, thing, archive)
    message = _("Archived: %(name)s") if archive else _("Brought back: %(name)s")
    return _back(partnership, message % {"name": thing.name})


# Places


@bp.route("/<partnership>/places/new", methods=["GET", "POST"])
@requires_role(*ADMIN_ROLES)
def place_new(partnership: str):
    return _place_form(administered_or_404(partnership), None)


@bp.route("/<partnership>/places/<uuid:place_id>/edit", methods=["GET", "POST"])
@requires_role(*ADMIN_ROLES)
def place_edit(partnership: str, place_id: uuid.UUID):
    found = administered_or_404(partnership)
    return _place_form(found, owned_or_404(Place, place_id, found.id))


@bp.post("/<partnership>/places/<uuid:place_id>/archive")
@requires_role(*ADMIN_ROLES)
def place_archive(partnership: str, place_id: uuid.UUID):
    found = administered_or_404(partnership)
    return _archive(found, owned_or_404(Place, place_id, found.id))


def _place_form(partnership: Partnership, place: Place | None):
    template = "admin/place_form.html"
    if request.method == "GET":
        values = {"name": place.name if place else ""}
        return form_page(template, values, partnership=partnership, place=place)
    values = {"name": request.form.get("name", "")}
    try:
        saved = organisations.save_place(current_user, partnership, values["name"], place)
    except Refused as refused:
        db.session.rollback()
        return form_page(template, values, refused.problems, partnership=partnership, place=place)
    return _back(partnership, _("Saved: %(name)s", name=saved.name))


# Member organisations


@bp.route("/<partnership>/organisations/new", methods=["GET", "POST"])
@requires_role(*ADMIN_ROLES)
def organisation_new(partnership: str):
    return _organisation_form(administered_or_404(partnership), None)


@bp.route("/<partnership>/organisations/<uuid:organisation_id>/edit", methods=["GET", "POST"])
@requires_role(*ADMIN_ROLES)
def organisation_edit(partnership: str, organisation_id: uuid.UUID):
    found = administered_or_404(partnership)
    organisation = organisations.changeable_organisation_or_404(found, organisation_id)
    return _organisation_form(found, organisation)


@bp.post("/<partnership>/organisations/<uuid:organisation_id>/archive")
@requires_role(*ADMIN_ROLES)
def organisation_archive(partnership: str, organisation_id: uuid.UUID):
    found = administered_or_404(partnership)
    return _archive(found, organisations.changeable_organisation_or_404(found, organisation_id))


def _organisation_form(partnership: Partnership, organisation: Organisation | None):
    current_place = organisation.place_id if organisation else None
    context = {
        "partnership": partnership,
        "organisation": organisation,
        "sectors": [(sector, organisations.SECTOR_NAMES[sector]) for sector in SECTORS],
        "place_choices": [("", _("No place"))]
        + [(str(p.id), p.name) for p in organisations.place_choices(partnership, current_place)],
    }
    template = "admin/organisation_form.html"
    if request.method == "GET":
        values = OrganisationValues()
        if organisation is not None:
            place = str(organisation.place_id) if organisation.place_id else ""
            values = OrganisationValues(
                organisation.name, organisation.short_name, organisation.sector, place
            )
        return form_page(template, asdict(values), **context)
    values = OrganisationValues(
        **{name: request.form.get(name, "") for name in asdict(OrganisationValues())}
    )
    try:
        saved = organisations.save_organisation(current_user, partnership, values, organisation)
    except Refused as refused:
        db.session.rollback()
        return form_page(template, asdict(values), refused.problems, **context)
    return _back(partnership, _("Saved: %(name)s", name=saved.name))


# Sites and teams of an organisation


@bp.route("/<partnership>/organisations/<uuid:organisation_id>/sites/new", methods=["GET", "POST"])
@requires_role(*ADMIN_ROLES)
def site_new(partnership: str, organisation_id: uuid.UUID):
    found = administered_or_404(partnership)
    organisation = organisations.changeable_organisation_or_404(found, organisation_id)
    return _site_form(found, organisation, None)


@bp.route("/<partnership>/sites/<uuid:site_id>/edit", methods=["GET", "POST"])
@requires_role(*ADMIN_ROLES)
def site_edit(partnership: str, site_id: uuid.UUID):
    found = administered_or_404(partnership)
    site = organisations.changeable_site_or_404(found, site_id)
    return _site_form(found, site.organisation, site)


@bp.post("/<partnership>/sites/<uuid:site_id>/archive")
@requires_role(*ADMIN_ROLES)
def site_archive(partnership: str, site_id: uuid.UUID):
    found = administered_or_404(partnership)
    return _archive(found, organisations.changeable_site_or_404(found, site_id))


def _site_form(partnership: Partnership, organisation: Organisation, site: Site | None):
    context = {"partnership": partnership, "organisation": organisation, "site": site}
    template = "admin/site_form.html"
    if request.method == "GET":
        values = SiteValues(site.name, site.short_name, site.kind) if site else SiteValues()
        return form_page(template, asdict(values), **context)
    values = SiteValues(**{name: request.form.get(name, "") for name in asdict(SiteValues())})
    try:
        saved = organisations.save_site(current_user, partnership, organisation, values, site)
    except Refused as refused:
        db.session.rollback()
        return form_page(template, asdict(values), refused.problems, **context)
    return _back(partnership, _("Saved: %(name)s", name=saved.name))
