"""What every administration form shares: the partnership it is about, and its errors."""

from __future__ import annotations

from flask import render_template
from flask_babel import gettext as _
from flask_login import current_user

from feedback.models import Partnership
from feedback.permissions import ADMIN_ROLES
from feedback.services import partnerships
from feedback.services.accounts import partnership_or_404
from feedback.services.building import Problem


def administered_or_404(slug: str) -> Partnership:
    """The partnership if the signed-in user is its admin; 404 otherwise."""
    return partnership_or_404(current_user, slug, ADMIN_ROLES)


def organisation_choices(partnership: Partnership) -> list[tuple[str, str]]:
    """The whole partnership, then each organisation in use (archived ones are not offered)."""
    in_use = partnerships.split_archived(partnership.organisations)[0]
    return [("", _("The whole partnership"))] + [(str(o.id), o.name) for o in in_use]


def form_page(template: str, values: dict, problems: list[Problem] = (), **context):
    """A form page with its error summary: one entry per field, linked to the field."""
    field_errors: dict[str, str] = {}
    for problem in problems:
        field_errors.setdefault(problem.field, problem.message)
    page = render_template(
        template,
        values=values,
        field_errors=field_errors,
        errors=[{"text": text, "href": f"#{field}"} for field, text in field_errors.items()],
        **context,
    )
    return (page, 400) if problems else page
