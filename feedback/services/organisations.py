"""The places, member organisations and sites or teams of a partnership: each found only
within the partnership, created, changed and offered for new work. Every change is audited."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from flask import abort
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import SECTORS, Organisation, Partnership, Place, Site, User
from feedback.models.org import partnership_organisations
from feedback.services import audit
from feedback.services.building import Problem
from feedback.services.partnerships import (
    SHORT_NAME_MAX,
    SLUG_PATTERN,
    Refused,
    name_problems,
    split_archived,
)

SITE_KINDS = ("site", "team")
SECTOR_NAMES = {
    "nhs_acute": _l("NHS acute hospital"),
    "nhs_community": _l("NHS community services"),
    "nhs_mental_health": _l("NHS mental health"),
    "primary_care": _l("Primary care"),
    "adult_social_care": _l("Adult social care"),
    "childrens_services": _l("Children's services"),
    "council": _l("Council"),
    "housing": _l("Housing"),
    "voluntary": _l("Voluntary sector"),
    "social_enterprise": _l("Social enterprise"),
    "independent": _l("Independent provider"),
    "unknown": _l("Not known"),
}


def organisation_or_404(partnership: Partnership, organisation_id: uuid.UUID) -> Organisation:
    organisation = db.session.scalar(
        select(Organisation)
        .join(Organisation.partnerships)
        .where(Organisation.id == organisation_id, Partnership.id == partnership.id)
    )
    if organisation is None:
        abort(404)
    return organisation


def site_or_404(partnership: Partnership, site_id: uuid.UUID) -> Site:
    site = db.session.scalar(
        select(Site)
        .join(Organisation, Site.organisation_id == Organisation.id)
        .join(Organisation.partnerships)
        .where(Site.id == site_id, Partnership.id == partnership.id)
    )
    if site is None:
        abort(404)
    return site


class Shared(Exception):
    """The organisation also belongs to another partnership. Its name, sector, archiving
    and sites are the organisation's own, so a change made by one partnership's admin
    would reach the other partnership too: no partnership's admin may make it."""

    def __init__(self, partnership: Partnership, organisation: Organisation):
        super().__init__(organisation.id)
        self.partnership, self.organisation = partnership, organisation


def shared_organisation_ids(partnership: Partnership) -> set[uuid.UUID]:
    """The partnership's organisations that also belong to another partnership."""
    ours = select(partnership_organisations.c.organisation_id).where(
        partnership_organisations.c.partnership_id == partnership.id
    )
    return set(
        db.session.scalars(
            select(partnership_organisations.c.organisation_id).where(
                partnership_organisations.c.organisation_id.in_(ours),
                partnership_organisations.c.partnership_id != partnership.id,
            )
        )
    )


def refuse_if_shared(partnership: Partnership, organisation: Organisation) -> None:
    """Raise Shared unless the organisation belongs to this partnership alone."""
    shared = db.session.scalar(
        select(partnership_organisations.c.organisation_id).where(
            partnership_organisations.c.organisation_id == organisation.id,
            partnership_organisations.c.partnership_id != partnership.id,
        )
    )
    if shared is not None:
        raise Shared(partnership, organisation)


def changeable_organisation_or_404(
    partnership: Partnership, organisation_id: uuid.UUID
) -> Organisation:
    """The partnership's organisation, to change, archive or add sites to: 404 if it is not
    the partnership's, Shared if another partnership has it too."""
    organisation = organisation_or_404(partnership, organisation_id)
    refuse_if_shared(partnership, organisation)
    return organisation


def changeable_site_or_404(partnership: Partnership, site_id: uuid.UUID) -> Site:
    """The site or team, to change or archive: as for its organisation."""
    site = site_or_404(partnership, site_id)
    refuse_if_shared(partnership, site.organisation)
    return site


def save_place(user: User, partnership: Partnership, name: str, editing: Place | None) -> Place:
    name = name.strip()
    problems = name_problems("name", name, _("the place's name"))
    same_name = select(Place.id).where(
        Place.partnership_id == partnership.id, func.lower(Place.name) == name.lower()
    )
    if editing is not None:
        same_name = same_name.where(Place.id != editing.id)
    if not problems and db.session.scalar(same_name.limit(1)) is not None:
        problems.append(Problem("name", _("The partnership already has a place with that name")))
    if problems:
        raise Refused(problems)
    place = editing or Place(partnership_id=partnership.id)
    place.name = name
    db.session.add(place)
    db.session.flush()
    action = "place_changed" if editing else "place_created"
    audit.record(user, partnership.id, action, "place", place.id, name)
    return place


@dataclass
class OrganisationValues:
    name: str = ""
    short_name: str = ""
    sector: str = "unknown"
    place: str = ""


def _shortname_problems(short_name: str) -> list[Problem]:
    if not SLUG_PATTERN.fullmatch(short_name) or len(short_name) > SHORT_NAME_MAX:
        message = _(
            "Enter a short name of lower-case letters, numbers and hyphens, like city-hospital"
        )
        return [Problem("short_name", message)]
    return []


def save_organisation(
    user: User,
    partnership: Partnership,
    values: OrganisationValues,
    editing: Organisation | None,
) -> Organisation:
    if editing is not None:
        refuse_if_shared(partnership, editing)
    name, short_name = values.name.strip(), values.short_name.strip().lower()
    problems = name_problems("name", name, _("the organisation's name"))
    shape = _shortname_problems(short_name)
    problems += shape
    if not shape:
        taken = db.session.scalar(
            select(Organisation.id).where(Organisation.short_name == short_name)
        )
        if taken is not None and (editing is None or taken != editing.id):
            problems.append(Problem("short_name", _("Another organisation uses that short name")))
    if values.sector not in SECTORS:
        problems.append(Problem("sector", _("Select the organisation's sector")))
    current = editing.place_id if editing else None
    place_id = _place_choice(partnership, values.place, problems, current)
    if problems:
        raise Refused(problems)
    organisation = editing or Organisation()
    organisation.name, organisation.short_name = name, short_name
    organisation.sector, organisation.place_id = values.sector, place_id
    if editing is None:
        partnership.organisations.append(organisation)
    db.session.flush()
    action = "organisation_changed" if editing else "organisation_created"
    audit.record(user, partnership.id, action, "organisation", organisation.id, name)
    return organisation


def place_choices(partnership: Partnership, current: uuid.UUID | None = None) -> list[Place]:
    """Places to offer: those in use, and the one already chosen even if archived."""
    return [
        p
        for p in split_archived(partnership.places)[0] + split_archived(partnership.places)[1]
        if p.archived_at is None or p.id == current
    ]


def _place_choice(
    partnership: Partnership, text: str, problems: list[Problem], current: uuid.UUID | None
) -> uuid.UUID | None:
    if not text:
        return None
    places = {str(p.id): p.id for p in place_choices(partnership, current)}
    if text not in places:
        problems.append(Problem("place", _("Select one of the partnership's places, or none")))
        return None
    return places[text]


@dataclass
class SiteValues:
    name: str = ""
    short_name: str = ""
    kind: str = "site"


def save_site(
    user: User,
    partnership: Partnership,
    organisation: Organisation,
    values: SiteValues,
    editing: Site | None,
) -> Site:
    refuse_if_shared(partnership, organisation)
    name, short_name = values.name.strip(), values.short_name.strip().lower()
    problems = name_problems("name", name, _("the site or team's name"))
    shape = _shortname_problems(short_name)
    problems += shape
    if not shape:
        taken = db.session.scalar(
            select(Site.id).where(
                Site.organisation_id == organisation.id, Site.short_name == short_name
            )
        )
        if taken is not None and (editing is None or taken != editing.id):
            message = _("Another site or team of this organisation uses that short name")
            problems.append(Problem("short_name", message))
    if values.kind not in SITE_KINDS:
        problems.append(Problem("kind", _("Select site or team")))
    if problems:
        raise Refused(problems)
    site = editing or Site(organisation_id=organisation.id)
    site.name, site.short_name, site.kind = name, short_name, values.kind
    db.session.add(site)
    db.session.flush()
    action = "site_changed" if editing else "site_created"
    audit.record(user, partnership.id, action, "site", site.id, name)
    return site


def organisation_choice(
    partnership: Partnership, text: str, problems: list[Problem]
) -> uuid.UUID | None:
    """The chosen organisation of the partnership (in use, not archived), or None."""
    if not text:
        return None
    choices = {str(o.id): o.id for o in partnership.organisations if o.archived_at is None}
    if text not in choices:
        problems.append(
            Problem("organisation", _("Select one of the partnership's organisations, or none"))
        )
        return None
    return choices[text]
