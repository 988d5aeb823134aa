from __future__ import annotations

from flask import abort, redirect, render_template, url_for
from flask_login import current_user, login_required
from sqlalchemy import select

from feedback.boards import bp
from feedback.extensions import db
from feedback.models import Survey
from feedback.services import reports, safeguarding
from feedback.services.accounts import member_partnerships, partnership_or_404


@bp.get("/")
@login_required
def index():
    partnerships = member_partnerships(current_user)
    lead = safeguarding.is_lead(current_user)
    if not partnerships and lead:
        return redirect(url_for("safeguarding.queue"))
    if len(partnerships) == 1 and not lead:
        return redirect(url_for("boards.partnership", partnership=partnerships[0].slug))
    return render_template("boards/index.html", partnerships=partnerships, lead=lead)


@bp.get("/<partnership>/themes")
@login_required
def partnership_themes(partnership: str):
    found = partnership_or_404(current_user, partnership)
    report = reports.theme_report(found.id)
    return render_template("boards/themes.html", partnership=found, survey=None, report=report)


@bp.get("/<partnership>/surveys/<survey>/themes")
@login_required
def survey_themes(partnership: str, survey: str):
    found = partnership_or_404(current_user, partnership)
    chosen = db.session.scalar(
        select(Survey).where(Survey.partnership_id == found.id, Survey.slug == survey)
    )
    if chosen is None:
        abort(404)
    return render_template(
        "boards/themes.html",
        partnership=found,
        survey=chosen,
        report=reports.theme_report(found.id, chosen),
        fft=reports.fft_summary(chosen),
    )
