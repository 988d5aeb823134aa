"""The partnership overview: who has answered, FFT scores, top themes."""

from __future__ import annotations

from flask import render_template
from flask_login import current_user, login_required
from sqlalchemy import select

from feedback.boards import bp
from feedback.extensions import db
from feedback.models import Survey
from feedback.services import reports
from feedback.services.accounts import partnership_or_404


@bp.get("/<partnership>/")
@login_required
def partnership(partnership: str):
    found = partnership_or_404(current_user, partnership)
    surveys = db.session.scalars(
        select(Survey).where(Survey.partnership_id == found.id).order_by(Survey.title)
    ).all()
    scores = {survey.id: reports.fft_summary(survey) for survey in surveys}
    return render_template(
        "boards/partnership.html", partnership=found, surveys=surveys, scores=scores
    )
