"""Answering a survey: GET shows the form, POST stores it once and says thank you.

A survey shown one question per page keeps no state on the server: the answers so far
travel between steps as hidden fields, and each step posts to the same URL."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from flask import (
    abort,
    current_app,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import get_locale
from sqlalchemy.exc import SQLAlchemyError

from feedback import jobs
from feedback.extensions import csrf, db
from feedback.models import Channel, Partnership, Survey, SurveyVersion
from feedback.permissions import public
from feedback.respond import bp, render
from feedback.respond.forms import AnswerForm
from feedback.respond.pages import step_pages
from feedback.services import receipts, surveys
from feedback.services.responses import NewResponse, record_response

# The form checks its own CSRF token so that a stale page is shown again with the
# answers kept, rather than refused outright.
csrf.exempt(bp)

# The kiosk URLs share the views; the defaults pick the right URL when building one.
KIOSK = render.KIOSK
NOT_KIOSK = {"kiosk": False}
CHECK = "check"


@dataclass
class Visit:
    """Which survey, version and link someone is answering through."""

    survey: Survey
    version: SurveyVersion
    channel: Channel | None
    kiosk: bool
    preview: str | None  # the preview token: nothing is stored
    language: str

    @property
    def one_per_page(self) -> bool:
        # A draft with no questions yet (seen in preview) has no steps to walk.
        return self.version.layout == "one" and bool(self.version.questions)

    def form(self, **kwargs) -> AnswerForm:
        return AnswerForm.for_questions(
            self.version.questions,
            ask_respondent_type=self.survey.audience == "mixed",
            ask_assisted=self.kiosk,
            language=self.language,
            **kwargs,
        )


def _visit(slug: str, code: str | None, kiosk: bool, token: str | None) -> Visit:
    if token is not None:
        survey = surveys.survey_or_404(slug)
        version = surveys.version_for_preview(survey, token)
        if version is None:
            abort(404)
        channel = surveys.channel_or_404(survey, code)
        # The builder shows previews in a frame of its own pages.
        g.frame_ancestors = "'self'"
    else:
        survey, channel = surveys.open_survey_or_404(slug, code)
        version = survey.current_version
    language = surveys.content_language(version, str(get_locale() or "en"))
    return Visit(survey, version, channel, kiosk, token, language)


@bp.get("/s/<slug>/<code>/kiosk", defaults=KIOSK)
@bp.get("/s/<slug>/<code>", defaults=NOT_KIOSK)
@bp.get("/s/<slug>", defaults=NOT_KIOSK)
@public
def survey(slug: str, code: str | None = None, kiosk: bool = False):
    visit = _visit(slug, code, kiosk, request.args.get("preview"))
    form = visit.form(data={"submission_id": str(uuid.uuid4())})
    if visit.one_per_page:
        return render.step_page(visit, form, step_pages(form)[0])
    return render.form_page(visit, form)


@bp.post("/s/<slug>/<code>/kiosk", defaults=KIOSK)
@bp.post("/s/<slug>/<code>", defaults=NOT_KIOSK)
@bp.post("/s/<slug>", defaults=NOT_KIOSK)
@public
def submit(slug: str, code: str | None = None, kiosk: bool = False):
    visit = _visit(slug, code, kiosk, request.form.get("preview"))
    form = visit.form()
    if visit.one_per_page:
        return _next_step(visit, form)
    if not form.validate_on_submit():
        return render.form_page(visit, form), 400
    return _store(visit, form, lambda: render.form_page(visit, form, store_failed=True))


def _next_step(visit: Visit, form: AnswerForm):
    """Move between the steps: Continue checks this step's answers; Back and Change keep
    everything entered; Send (from Check your answers) checks and stores them all."""
    pages = step_pages(form)
    step = request.form.get("step", "")
    go = request.form.get("go") or ("send" if step == CHECK else "next")
    current = next((p for p in pages if p.key == step), pages[0])
    if go == "send":
        if not form.validate_on_submit():
            wrong = next((p for p in pages if set(p.names) & set(form.errors)), None)
            if wrong is None:
                return render.check_page(visit, form), 400
            return render.step_page(visit, form, wrong), 400
        return _store(visit, form, lambda: render.check_page(visit, form, store_failed=True))
    if go.startswith("change-"):
        page = next((p for p in pages if p.key == go.removeprefix("change-")), pages[0])
        return render.step_page(visit, form, page, from_check=True)
    if step == CHECK:
        return render.step_page(visit, form, pages[-1])
    index = pages.index(current)
    if go == "back":
        if index == 0:
            return render.step_page(visit, form, current)
        return render.step_page(visit, form, pages[index - 1])
    if not form.check_page(current.names):
        return render.step_page(visit, form, current), 400
    pages = step_pages(form)  # this answer may show or hide later questions
    index = next((i for i, p in enumerate(pages) if p.key == current.key), index)
    if request.form.get("from_check") or index + 1 == len(pages):
        return render.check_page(visit, form)
    return render.step_page(visit, form, pages[index + 1])


def _store(visit: Visit, form: AnswerForm, page_again):
    if visit.preview:
        return render_template("respond/preview_done.html", **render.context(visit, form))
    new = NewResponse(
        submission_id=uuid.UUID(form.submission_id.data),
        values=form.answers(),
        respondent_type=_respondent_type(visit, form),
        language=visit.language,
        source="kiosk" if visit.kiosk else "web",
        assisted=form.assisted.data if visit.kiosk else None,
    )
    try:
        response, created = record_response(visit.version, visit.channel, new)
    except SQLAlchemyError:
        db.session.rollback()
        current_app.logger.exception("Could not store a response")
        return page_again(), 503
    if created:
        # The same submission sent again gets no second code; the response is safe already,
        # so a code that cannot be stored only goes unshown.
        try:
            session["receipt"] = receipts.issue_receipt(response)
        except SQLAlchemyError:
            db.session.rollback()
            current_app.logger.exception("Could not store a receipt code")
    # Help is offered on the next page where a rule matched the text as it was sent; the
    # session forgets it once shown.
    session["signpost"] = response.may_disclose_harm
    jobs.new_answers_arrived()
    slug, code = visit.survey.slug, visit.channel.code if visit.channel else None
    if visit.kiosk:
        return redirect(url_for("respond.thanks", slug=slug, code=code, **KIOSK), 303)
    return redirect(url_for("respond.thanks", slug=slug, channel=code), 303)


def _respondent_type(visit: Visit, form: AnswerForm) -> str:
    if visit.survey.audience == "mixed":
        return form.respondent_type.data
    return visit.survey.default_respondent_type


@bp.get("/s/<slug>/<code>/kiosk/thanks", defaults=KIOSK)
@bp.get("/s/<slug>/thanks", defaults=NOT_KIOSK)
@public
def thanks(slug: str, code: str | None = None, kiosk: bool = False):
    survey = surveys.published_survey_or_404(slug)
    version = survey.current_version
    language = surveys.content_language(version, str(get_locale() or "en"))
    channel = code or request.args.get("channel")
    again = url_for("respond.survey", slug=slug, **({"code": channel} if channel else {}))
    if kiosk:
        again = url_for("respond.survey", slug=slug, code=code, **KIOSK)
    signpost = session.pop("signpost", False)
    partnership = db.session.get(Partnership, survey.partnership_id)
    return render_template(
        "respond/thanks.html",
        survey=survey,
        receipt=session.pop("receipt", None),
        public_page=url_for("public.partnership", partnership=partnership.slug),
        message=version.translated("thank_you", language),
        again=again,
        signpost=signpost,
        kiosk=render.kiosk_settings(again) if kiosk else None,
        page_languages=version.languages,
    )


@bp.get("/privacy")
@public
def privacy():
    return render_template("respond/privacy.html")


@bp.errorhandler(surveys.SurveyClosed)
@public
def closed(error: surveys.SurveyClosed):
    return _survey_message("respond/closed.html", error.survey), 410


@bp.errorhandler(surveys.SurveyNotOpenYet)
@public
def not_open_yet(error: surveys.SurveyNotOpenYet):
    return _survey_message("respond/not_open.html", error.survey), 404


@bp.errorhandler(surveys.ChannelNotFound)
@public
def unknown_channel(error: surveys.ChannelNotFound):
    link = url_for("respond.survey", slug=error.survey.slug)
    return _survey_message("respond/unknown_channel.html", error.survey, link=link), 404


def _survey_message(template: str, survey: Survey, **context) -> str:
    # A survey once published speaks as its latest version; a draft as itself.
    shown = survey.current_version or survey
    language = surveys.content_language(shown, str(get_locale() or "en"))
    title = shown.translated("title", language)
    return render_template(
        template, survey=survey, title=title, page_languages=shown.languages, **context
    )


@bp.errorhandler(SQLAlchemyError)
@public
def database_unavailable(error: SQLAlchemyError):
    """Nothing accepted is lost: if the database fails before the form can be shown
    again, the answers come back as hidden fields with a button to send them again."""
    db.session.rollback()
    current_app.logger.error(
        "Database unavailable on %s: %s", request.endpoint, type(error).__name__
    )
    fields = list(request.form.items(multi=True)) if request.method == "POST" else []
    return render_template("respond/retry.html", fields=fields, action=request.path), 503
