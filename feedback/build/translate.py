"""Translating a survey's own words: its details and every question, beside the English."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from feedback.build import bp, forms
from feedback.build.access import survey_or_404
from feedback.extensions import db
from feedback.models import Survey
from feedback.permissions import AUTHOR_ROLES, requires_role
from feedback.services import building


@bp.route("/<slug>/translate/<lang>", methods=["GET", "POST"])
@requires_role(*AUTHOR_ROLES)
def translate(slug: str, lang: str):
    survey = survey_or_404(slug)
    if lang not in survey.languages or lang == "en":
        abort(404)
    if request.method == "GET":
        return _render(survey, lang, _saved_values(survey, lang), [])
    version = building.editable_version(survey)
    details, questions = forms.translation_from(request.form, version, lang)
    try:
        building.set_translation(survey, lang, details, questions)
    except building.BuildError as error:
        db.session.rollback()
        return _render(survey, lang, request.form.to_dict(), error.problems)
    db.session.commit()
    flash(_("%(language)s wording saved", language=building.language_name(lang)), "success")
    return redirect(url_for("build.overview", slug=slug), 303)


def _saved_values(survey: Survey, lang: str) -> dict[str, str]:
    """Every field's saved translation, by field name."""
    values = dict((survey.translations or {}).get(lang, {}))
    version = survey.draft_version or survey.current_version
    for question in version.questions if version else []:
        own = (question.translations or {}).get(lang, {})
        values[f"{question.code}-text"] = own.get("text", "")
        values[f"{question.code}-hint"] = own.get("hint", "")
        for code, label in (own.get("choices") or {}).items():
            values[f"{question.code}-choice-{code}"] = label
    return values


def _render(survey: Survey, lang: str, values: dict, problems: list):
    at, summary = forms.error_list(problems)
    version = survey.draft_version or survey.current_version
    return render_template(
        "build/translate.html",
        survey=survey,
        lang=lang,
        language=building.language_name(lang),
        questions=version.questions if version else [],
        values=values,
        at=at,
        errors=summary,
    ), (400 if summary else 200)
