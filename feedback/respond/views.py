"""Answering a survey: GET shows the form, POST stores it once and says thank you."""

from __future__ import annotations

import uuid

from flask import current_app, redirect, render_template, request, session, url_for
from flask_babel import get_locale
from sqlalchemy.exc import SQLAlchemyError

from feedback import jobs
from feedback.extensions import csrf, db
from feedback.respond import bp
from feedback.respond.forms import AnswerForm, choice_items
from feedback.services import surveys
from feedback.services.responses import NewResponse, record_response

# The form checks its own CSRF token so that a stale page is shown again with the
# answers kept, rather than refused outright.
csrf.exempt(bp)


@bp.get("/s/<slug>")
@bp.get("/s/<slug>/<code>")
def survey(slug: str, code: str | None = None):
    survey, channel = surveys.open_survey_or_404(slug, code)
    form = AnswerForm.for_questions(
        survey.current_version.questions, data={"submission_id": str(uuid.uuid4())}
    )
    return _form_page(survey, channel, form)


@bp.post("/s/<slug>")
@bp.post("/s/<slug>/<code>")
def submit(slug: str, code: str | None = None):
    survey, channel = surveys.open_survey_or_404(slug, code)
    version = survey.current_version
    form = AnswerForm.for_questions(version.questions)
    if not form.validate_on_submit():
        return _form_page(survey, channel, form), 400
    new = NewResponse(
        submission_id=uuid.UUID(form.submission_id.data),
        values=form.answers(),
        respondent_type=survey.default_respondent_type,
        language=str(get_locale() or "en"),
    )
    try:
        response, _ = record_response(version, channel, new)
    except SQLAlchemyError:
        db.session.rollback()
        current_app.logger.exception("Could not store a response")
        return _form_page(survey, channel, form, store_failed=True), 503
    # Help is offered on the next page where a rule matched the text as it was sent; the
    # session forgets it once shown.
    session["signpost"] = response.may_disclose_harm
    jobs.new_answers_arrived()
    return redirect(url_for("respond.thanks", slug=slug, channel=code), 303)


@bp.get("/s/<slug>/thanks")
def thanks(slug: str):
    survey = surveys.published_survey_or_404(slug)
    channel = request.args.get("channel")
    again = url_for("respond.survey", slug=slug, **({"code": channel} if channel else {}))
    signpost = session.pop("signpost", False)
    return render_template("respond/thanks.html", survey=survey, again=again, signpost=signpost)


@bp.get("/privacy")
def privacy():
    return render_template("respond/privacy.html")


@bp.errorhandler(surveys.SurveyClosed)
def closed(error: surveys.SurveyClosed):
    return render_template("respond/closed.html", survey=error.survey), 410


@bp.errorhandler(SQLAlchemyError)
def database_unavailable(error: SQLAlchemyError):
    """Nothing accepted is lost: if the database fails before the form can be shown
    again, the answers come back as hidden fields with a button to send them again."""
    db.session.rollback()
    current_app.logger.error(
        "Database unavailable on %s: %s", request.endpoint, type(error).__name__
    )
    fields = list(request.form.items(multi=True)) if request.method == "POST" else []
    return render_template("respond/retry.html", fields=fields, action=request.path), 503


def _form_page(survey, channel, form: AnswerForm, store_failed: bool = False) -> str:
    action = url_for(
        "respond.submit", slug=survey.slug, **({"code": channel.code} if channel else {})
    )
    return render_template(
        "respond/survey.html",
        survey=survey,
        channel=channel,
        form=form,
        action=action,
        errors=form.error_list(),
        has_errors=bool(form.errors),
        store_failed=store_failed,
        choice_items=choice_items,
        free_text_limit=current_app.config["FREE_TEXT_MAX_LENGTH"],
    )
