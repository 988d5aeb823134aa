"""Board and analyst pages: actions ("you said, we did") on a theme."""

from __future__ import annotations

import uuid

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from feedback.boards import bp
from feedback.extensions import db
from feedback.models import Action, Partnership, Theme
from feedback.permissions import BOARD_ROLES, requires_role
from feedback.services import actions, glossary
from feedback.services.accounts import partnership_or_404
from feedback.services.scoping import owned_or_404


@bp.route("/<partnership>/themes/<uuid:theme_id>/actions/new", methods=["GET", "POST"])
@requires_role(*BOARD_ROLES)
def new_action(partnership: str, theme_id: uuid.UUID):
    found = partnership_or_404(current_user, partnership)
    theme = owned_or_404(Theme, theme_id, found.id)
    values = actions.form_values()
    if request.method == "POST":
        values = actions.read_form(request.form)
        try:
            actions.record_action(found, theme, current_user, values)
        except actions.ActionError as error:
            db.session.rollback()
            return _form_page(found, theme, None, values, error.problems), 400
        flash(_("Action recorded"), "success")
        return redirect(_back(found), 303)
    return _form_page(found, theme, None, values, [])


@bp.route("/<partnership>/actions/<uuid:action_id>/edit", methods=["GET", "POST"])
@requires_role(*BOARD_ROLES)
def edit_action(partnership: str, action_id: uuid.UUID):
    found = partnership_or_404(current_user, partnership)
    action = owned_or_404(Action, action_id, found.id)
    values = actions.form_values(action)
    if request.method == "POST":
        values = actions.read_form(request.form)
        try:
            actions.update_action(action, current_user, values)
        except actions.ActionError as error:
            db.session.rollback()
            return _form_page(found, action.theme, action, values, error.problems), 400
        flash(_("Action updated"), "success")
        return redirect(_back(found), 303)
    return _form_page(found, action.theme, action, values, [])


def _form_page(
    partnership: Partnership, theme: Theme, action: Action | None, values: dict, problems
):
    at: dict[str, str] = {}
    for problem in problems:
        at.setdefault(problem.field, problem.message)
    # The date's first box takes the focus from the error summary.
    summary = [
        {"text": message, "href": f"#{field}-day" if field == "due_on" else f"#{field}"}
        for field, message in at.items()
    ]
    label = glossary.agreed_label(theme.display_name, glossary.terms_for(partnership.id))
    return render_template(
        "boards/action_form.html",
        partnership=partnership,
        theme=theme,
        theme_label=label,
        action=action,
        values=values,
        at=at,
        errors=summary,
        statuses=actions.status_names(),
        organisations=[("", _("The whole partnership"))]
        + [
            (str(o.id), o.name)
            for o in actions.action_organisations(
                partnership.id, action.organisation_id if action else None
            )
        ],
        back=_back(partnership),
    )


def _back(partnership: Partnership) -> str:
    """The board page the form was opened from (a path of this partnership's boards
    only), else the partnership's themes."""
    wanted = request.values.get("next", "")
    prefix = f"/boards/{partnership.slug}/"
    if wanted.startswith(prefix) and "//" not in wanted and "\\" not in wanted:
        return wanted
    return url_for("boards.partnership_themes", partnership=partnership.slug)
