"""The partnership overview: who has answered, FFT run charts, top themes, surveys."""

from __future__ import annotations

from datetime import date

from flask import render_template, request
from flask_login import current_user
from sqlalchemy import select

from feedback.boards import bp
from feedback.extensions import db
from feedback.models import Survey
from feedback.permissions import BOARD_ROLES, requires_role
from feedback.services import glossary, overview, reports
from feedback.services.accounts import partnership_or_404


@bp.get("/<partnership>/")
@requires_role(*BOARD_ROLES)
def partnership(partnership: str):
    found = partnership_or_404(current_user, partnership)
    surveys = db.session.scalars(
        select(Survey).where(Survey.partnership_id == found.id).order_by(Survey.title)
    ).all()
    scores = {survey.id: reports.fft_summary(survey) for survey in surveys}
    period, typed, problems = overview.parse_period(request.args, date.today())
    themes = [] if problems else overview.top_themes(found, period)
    terms = glossary.terms_for(found.id)
    labels = {t.theme.id: glossary.agreed_label(t.theme.display_name, terms) for t in themes}
    errors = {p.field: p.message for p in problems}
    return render_template(
        "boards/partnership.html",
        partnership=found,
        surveys=surveys,
        scores=scores,
        counts=overview.response_counts(found),
        run_charts=overview.fft_run_charts(found),
        period=period,
        typed=typed,
        themes=themes,
        labels=labels,
        glossary_terms=glossary.terms_in(
            [t.theme.display_name for t in themes] + list(labels.values()), terms
        ),
        field_errors=errors,
        errors=[{"text": message, "href": f"#{field}"} for field, message in errors.items()],
        limit=reports.threshold(found),
    ), (400 if problems else 200)
