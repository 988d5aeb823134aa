"""Adding, editing, moving and removing a survey's questions. Every change is made to the
draft of the next version; the published version stays as respondents answered it."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from feedback.build import bp, forms
from feedback.build.access import survey_or_404
from feedback.extensions import db
from feedback.models import Question, Survey, SurveyVersion
from feedback.permissions import AUTHOR_ROLES, requires_role
from feedback.services import building
from feedback.services.surveys import FFT_QUESTION

# building.Problem fields shown at another form field: a number's range sits by "max".
RENAME = {"settings": "max", "code": "text", "type": "text"}


@bp.get("/<slug>/questions/new")
@requires_role(*AUTHOR_ROLES)
def new_question(slug: str):
    """First the type of question, then the question form for that type."""
    survey = survey_or_404(slug)
    type_ = request.args.get("type", "")
    if type_ not in forms.TYPES:
        chose_nothing = "step" in request.args
        errors = (
            [{"text": _("Select a type of question"), "href": "#type"}] if chose_nothing else []
        )
        return render_template(
            "build/question_type.html", survey=survey, forms=forms, errors=errors
        ), (400 if chose_nothing else 200)
    version = survey.draft_version or survey.current_version
    values = {"text": FFT_QUESTION if type_ == "fft" else "", "scale": "agree5", "show_if": []}
    return _question_page(survey, version, None, type_, values, [])


@bp.post("/<slug>/questions/new")
@requires_role(*AUTHOR_ROLES)
def add_question(slug: str):
    survey = survey_or_404(slug)
    type_ = request.form.get("type", "")
    if type_ not in forms.TYPES:
        abort(400)
    values, fields, problems = forms.question_from(request.form, type_)
    try:
        if problems:
            raise building.BuildError(problems)
        question = building.add_question(survey, type=type_, **fields)
    except building.BuildError as error:
        db.session.rollback()
        version = survey.draft_version or survey.current_version
        return _question_page(survey, version, None, type_, values, problems + error.problems)
    db.session.commit()
    flash(_("Question added: “%(text)s”", text=question.text), "success")
    return redirect(url_for("build.overview", slug=slug), 303)


@bp.route("/<slug>/questions/<code>/edit", methods=["GET", "POST"])
@requires_role(*AUTHOR_ROLES)
def edit_question(slug: str, code: str):
    survey = survey_or_404(slug)
    if request.method == "GET":
        version = survey.draft_version or survey.current_version
        question = _question_or_404(version, code)
        # A rule broken by a move or a removal shows at its field straight away.
        problems = [
            p
            for p in building.check_question(version, question)
            if p.field == "show_if" and version.published_on is None
        ]
        return _question_page(
            survey, version, question, question.type, forms.question_values(question), problems
        )
    version = building.editable_version(survey)
    question = _question_or_404(version, code)
    values, fields, problems = forms.question_from(request.form, question.type)
    if question.locked:
        fields = {"required": fields["required"], "show_if": fields["show_if"]}
    elif question.type == "fft":
        fields.pop("settings"), fields.pop("choices")
    try:
        if problems:
            raise building.BuildError(problems)
        building.update_question(question, **fields)
    except building.BuildError as error:
        db.session.rollback()
        version = survey.draft_version or survey.current_version
        question = _question_or_404(version, code)
        return _question_page(
            survey, version, question, question.type, values, problems + error.problems
        )
    db.session.commit()
    flash(_("Question saved: “%(text)s”", text=question.text), "success")
    return redirect(url_for("build.overview", slug=slug), 303)


@bp.post("/<slug>/questions/<code>/remove")
@requires_role(*AUTHOR_ROLES)
def remove_question(slug: str, code: str):
    survey = survey_or_404(slug)
    question = _question_or_404(building.editable_version(survey), code)
    text = question.text
    building.remove_question(question)
    db.session.commit()
    flash(_("Question removed: “%(text)s”", text=text), "success")
    return redirect(url_for("build.overview", slug=slug, _anchor="questions"), 303)


@bp.post("/<slug>/questions/<code>/move")
@requires_role(*AUTHOR_ROLES)
def move_question(slug: str, code: str):
    survey = survey_or_404(slug)
    step = {"up": -1, "down": 1}.get(request.form.get("direction", ""))
    if step is None:
        abort(400)
    question = _question_or_404(building.editable_version(survey), code)
    building.move_question(question, step)
    db.session.commit()
    return redirect(url_for("build.overview", slug=slug, _anchor=f"question-{code}"), 303)


def _question_or_404(version: SurveyVersion | None, code: str) -> Question:
    question = next((q for q in (version.questions if version else []) if q.code == code), None)
    if question is None:
        abort(404)
    return question


def _question_page(
    survey: Survey,
    version: SurveyVersion | None,
    question: Question | None,
    type_: str,
    values: dict,
    problems: list,
):
    at, summary = forms.error_list(problems, RENAME)
    sources = building.branch_sources(version, question) if version else []
    return render_template(
        "build/question.html",
        survey=survey,
        question=question,
        type=type_,
        values=values,
        at=at,
        errors=summary,
        forms=forms,
        branch_items=forms.branch_items(sources),
        choice_types=building.CHOICE_TYPES,
    ), (400 if summary else 200)
