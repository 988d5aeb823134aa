"""Who may build which survey: authors and admins of its partnership, no one else."""

from __future__ import annotations

from flask import abort
from flask_babel import gettext as _
from flask_login import current_user

from feedback.build import bp
from feedback.extensions import db
from feedback.models import Partnership, Survey
from feedback.permissions import AUTHOR_ROLES
from feedback.services import building, surveys
from feedback.services.accounts import member_partnerships, partnership_or_404


def author_partnerships() -> list[Partnership]:
    """The partnerships the signed-in user may build surveys for; 404 if none."""
    partnerships = member_partnerships(current_user, roles=AUTHOR_ROLES)
    if not partnerships:
        abort(404)
    return partnerships


def survey_or_404(slug: str) -> Survey:
    """The survey if the signed-in user authors in its partnership; 404 otherwise."""
    survey = surveys.survey_or_404(slug)
    partnership = db.session.get(Partnership, survey.partnership_id)
    partnership_or_404(current_user, partnership.slug, roles=AUTHOR_ROLES)
    return survey


STATUS_COLOURS = {"draft": "grey", "open": "green", "closed": "orange"}


@bp.context_processor
def _builder_context() -> dict[str, object]:
    """Words every builder page uses."""
    return {
        "language_name": building.language_name,
        "status_names": {"draft": _("Draft"), "open": _("Open"), "closed": _("Closed")},
        "status_colours": STATUS_COLOURS,
    }
