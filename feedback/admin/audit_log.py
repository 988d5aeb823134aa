"""The partnership's audit log, read only and filtered; and how long each survey keeps
raw free text."""

from __future__ import annotations

import uuid

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from feedback.admin import bp
from feedback.admin.forms import administered_or_404, form_page
from feedback.extensions import db
from feedback.models import Survey
from feedback.permissions import ADMIN_ROLES, requires_role
from feedback.services import audit_log, partnerships
from feedback.services.audit_log import AUDIT_PAGE_SIZE
from feedback.services.building import Problem
from feedback.services.partnerships import Refused
from feedback.services.scoping import owned_or_404


def _day(field: str, problems: list[Problem]):
    parts = (request.args.get(f"{field}-{part}", "") for part in ("day", "month", "year"))
    return audit_log.parse_day(field, *parts, problems)


@bp.get("/<partnership>/audit")
@requires_role(*ADMIN_ROLES)
def audit(partnership: str):
    found = administered_or_404(partnership)
    problems: list[Problem] = []
    start, end = _day("start", problems), _day("end", problems)
    if start and end and end < start:
        problems.append(Problem("end", _("The end date must be on or after the start date")))
    chosen = audit_log.audit_filter(
        request.args.get("action", ""), request.args.get("user", ""), start, end
    )
    page = request.args.get("page", "1")
    page = int(page) if page.isdigit() and int(page) > 0 else 1
    events, total = ([], 0) if problems else audit_log.audit_events(found, chosen, page)
    actions, users = audit_log.audit_choices(found)
    values = {
        "action": chosen.action,
        "user": request.args.get("user", ""),
        **{f"{field}": _date_values(field) for field in ("start", "end")},
    }
    return form_page(
        "admin/audit.html",
        values,
        problems,
        partnership=found,
        events=audit_log.readable(found, events),
        total=total,
        page=page,
        pages=max(1, -(-total // AUDIT_PAGE_SIZE)),
        action_choices=[("", _("Any action")), *audit_log.action_choices(actions)],
        user_choices=[("", _("Anyone"))] + [(str(u.id), u.email) for u in users],
        query={k: v for k, v in request.args.items() if k != "page"},
    )


def _date_values(field: str) -> dict[str, str]:
    return {part: request.args.get(f"{field}-{part}", "") for part in ("day", "month", "year")}


@bp.get("/<partnership>/retention")
@requires_role(*ADMIN_ROLES)
def retention(partnership: str):
    found = administered_or_404(partnership)
    return render_template(
        "admin/retention.html", partnership=found, surveys=partnerships.partnership_surveys(found)
    )


@bp.route("/<partnership>/surveys/<uuid:survey_id>/retention", methods=["GET", "POST"])
@requires_role(*ADMIN_ROLES)
def retention_edit(partnership: str, survey_id: uuid.UUID):
    found = administered_or_404(partnership)
    survey = owned_or_404(Survey, survey_id, found.id)
    context = {"partnership": found, "survey": survey}
    if request.method == "GET":
        months = survey.retention_months
        values = {"retention_months": "" if months is None else str(months)}
        return form_page("admin/retention_form.html", values, **context)
    values = {"retention_months": request.form.get("retention_months", "")}
    try:
        partnerships.set_retention(current_user, found, survey, values["retention_months"])
    except Refused as refused:
        db.session.rollback()
        return form_page("admin/retention_form.html", values, refused.problems, **context)
    db.session.commit()
    flash(_("Saved how long %(title)s keeps raw answers", title=survey.title), "success")
    return redirect(url_for("admin.retention", partnership=found.slug), 303)
