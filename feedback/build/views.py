"""Survey authors' pages: their surveys, a new survey, its overview and details, preview,
publishing and results."""

from __future__ import annotations

import uuid
from functools import partial

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from feedback.build import bp, forms
from feedback.build.access import author_partnerships, survey_or_404
from feedback.extensions import db
from feedback.models import Organisation, Partnership, Survey
from feedback.permissions import AUTHOR_ROLES, requires_role
from feedback.services import building
from feedback.services.surveys import preview_token


@bp.get("/")
@requires_role(*AUTHOR_ROLES)
def index():
    partnerships = author_partnerships()
    return render_template(
        "build/index.html",
        partnerships=partnerships,
        surveys=building.surveys_in(partnerships),
    )


@bp.route("/new", methods=["GET", "POST"])
@requires_role(*AUTHOR_ROLES)
def new_survey():
    partnerships = author_partnerships()
    values = {"audience": "", "anonymity_mode": "anonymous", "layout": "all", "languages": []}
    at, summary = {}, []
    if request.method == "POST":
        values = forms.details_from(request.form)
        values["partnership"] = request.form.get("partnership", "")
        values["organisation"] = request.form.get("organisation", "")
        partnership, problems = _chosen_partnership(partnerships, values["partnership"])
        survey, at, summary = _save_details(
            partnership,
            values,
            problems,
            partial(building.create_survey, partnership),
            _("Survey created: now add its questions"),
        )
        if survey is not None:
            return redirect(url_for("build.overview", slug=survey.slug), 303)
    return render_template(
        "build/new.html",
        partnerships=partnerships,
        values=values,
        at=at,
        errors=summary,
        forms=forms,
        languages=building.SURVEY_LANGUAGES,
    ), (400 if summary else 200)


def _save_details(
    partnership: Partnership,
    values: dict,
    problems: list,
    save,
    message: str,
    current: uuid.UUID | None = None,
):
    """Check the organisation, then create or update the survey through `save` and commit:
    (the survey, {}, []) — or (None, errors at the fields, the error summary), nothing saved."""
    organisation_id = _organisation_id(partnership, values["organisation"], problems, current)
    try:
        if problems:
            raise building.BuildError(problems)
        survey = save(organisation_id=organisation_id, **values_for_service(values))
    except building.BuildError as error:
        db.session.rollback()
        return None, *forms.error_list(problems + error.problems)
    db.session.commit()
    flash(message, "success")
    return survey, {}, []


def values_for_service(values: dict) -> dict:
    keys = (*forms.DETAIL_FIELDS, "languages")
    return {key: values[key] for key in keys}


def _chosen_partnership(partnerships: list[Partnership], slug: str):
    if len(partnerships) == 1:
        return partnerships[0], []
    chosen = next((p for p in partnerships if p.slug == slug), None)
    if chosen is None:
        return partnerships[0], [
            building.Problem("partnership", _("Select the partnership the survey is for"))
        ]
    return chosen, []


def _organisation_id(
    partnership: Partnership, raw: str, problems: list, current: uuid.UUID | None = None
) -> uuid.UUID | None:
    """The chosen organisation if it belongs to the partnership and is not archived (a
    survey keeps the archived one it already has); a problem otherwise."""
    if not raw:
        return None
    known = {
        str(o.id): o.id
        for o in partnership.organisations
        if o.archived_at is None or o.id == current
    }
    if raw not in known:
        problems.append(
            building.Problem("organisation", _("Select an organisation in the partnership"))
        )
        return None
    return known[raw]


@bp.get("/<slug>/")
@requires_role(*AUTHOR_ROLES)
def overview(slug: str):
    survey = survey_or_404(slug)
    return _render_overview(survey, [])


def _render_overview(survey: Survey, problems: list):
    """The overview page; with problems (from publishing), each linked to where to fix it."""
    version = survey.draft_version or survey.current_version
    summary = []
    for problem in problems:
        if problem.question:
            href = url_for("build.edit_question", slug=survey.slug, code=problem.question)
        else:
            href = url_for("build.new_question", slug=survey.slug)
        summary.append({"text": problem.message, "href": href})
    organisation = survey.organisation_id and db.session.get(Organisation, survey.organisation_id)
    return render_template(
        "build/overview.html",
        survey=survey,
        version=version,
        organisation=organisation,
        partnership=db.session.get(Partnership, survey.partnership_id),
        errors=summary,
        forms=forms,
        progress={
            code: building.translation_progress(survey, code)
            for code in survey.languages
            if code != "en"
        },
        language_name=building.language_name,
    ), (400 if summary else 200)


@bp.route("/<slug>/details", methods=["GET", "POST"])
@requires_role(*AUTHOR_ROLES)
def details(slug: str):
    survey = survey_or_404(slug)
    partnership = db.session.get(Partnership, survey.partnership_id)
    values = {key: getattr(survey, key) for key in forms.DETAIL_FIELDS}
    values["languages"] = list(survey.languages)
    values["organisation"] = str(survey.organisation_id or "")
    at, summary = {}, []
    if request.method == "POST":
        values = forms.details_from(request.form)
        values["organisation"] = request.form.get("organisation", "")
        saved, at, summary = _save_details(
            partnership,
            values,
            [],
            partial(building.update_details, survey),
            _("Survey details saved"),
            current=survey.organisation_id,
        )
        if saved is not None:
            return redirect(url_for("build.overview", slug=survey.slug), 303)
    return render_template(
        "build/details.html",
        survey=survey,
        partnerships=[partnership],
        values=values,
        at=at,
        errors=summary,
        forms=forms,
        languages=building.SURVEY_LANGUAGES,
    ), (400 if summary else 200)


@bp.post("/<slug>/publish")
@requires_role(*AUTHOR_ROLES)
def publish(slug: str):
    survey = survey_or_404(slug)
    try:
        version = building.publish(survey)
    except building.BuildError as error:
        db.session.rollback()
        return _render_overview(survey, error.problems)
    db.session.commit()
    flash(_("Version %(n)s is published and open for answers", n=version.number), "success")
    return redirect(url_for("build.overview", slug=slug), 303)


@bp.post("/<slug>/close")
@requires_role(*AUTHOR_ROLES)
def close(slug: str):
    return _change_status(slug, building.close, _("The survey is closed: it takes no answers"))


@bp.post("/<slug>/reopen")
@requires_role(*AUTHOR_ROLES)
def reopen(slug: str):
    return _change_status(slug, building.reopen, _("The survey is open for answers again"))


def _change_status(slug: str, change, message: str):
    survey = survey_or_404(slug)
    try:
        change(survey)
    except building.BuildError as error:
        db.session.rollback()
        return _render_overview(survey, error.problems)
    db.session.commit()
    flash(message, "success")
    return redirect(url_for("build.overview", slug=slug), 303)


@bp.get("/<slug>/preview")
@requires_role(*AUTHOR_ROLES)
def preview(slug: str):
    survey = survey_or_404(slug)
    version = survey.draft_version or survey.current_version
    if version is None:
        abort(404)
    url = url_for("respond.survey", slug=survey.slug, preview=preview_token(version))
    return render_template("build/preview.html", survey=survey, version=version, url=url)


@bp.get("/<slug>/results")
@requires_role(*AUTHOR_ROLES)
def results(slug: str):
    survey = survey_or_404(slug)
    return render_template(
        "build/results.html", survey=survey, rows=_counts_in_choice_order(survey)
    )


def _counts_in_choice_order(survey: Survey) -> list[dict]:
    """building.results_by_series rows, each with (answer label, count) pairs in the order
    of the question's choices."""
    labels: dict[tuple[str, str], dict[str, str]] = {}
    for version in survey.versions:
        for question in version.questions:
            labels[(question.code, question.series)] = {
                c["code"]: c["label"] for c in question.choices
            }
    rows = building.results_by_series(survey)
    for row in rows:
        names = labels.get((row["code"], row["series"]), {})
        order = [code for code in names if code in row["counts"]]
        order += sorted(code for code in row["counts"] if code not in names)
        row["answers"] = [(names.get(code, code), row["counts"][code]) for code in order]
    return rows
