"""The partnership's question bank: national items (locked) and its own, versioned items."""

from __future__ import annotations

import uuid

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from feedback.build import bp, forms
from feedback.build.access import survey_or_404
from feedback.extensions import db
from feedback.models import QuestionBankItem, Survey
from feedback.permissions import AUTHOR_ROLES, requires_role
from feedback.services import bank, building


@bp.route("/<slug>/bank", methods=["GET", "POST"])
@requires_role(*AUTHOR_ROLES)
def bank_page(slug: str):
    survey = survey_or_404(slug)
    # The national items are made on first use: they are saved before any page offers them,
    # or the "Add to survey" buttons would point at items that were never stored.
    bank.ensure_national_bank()
    db.session.commit()
    action = request.form.get("action", "") if request.method == "POST" else ""
    if action == "use":
        return _use(survey, _item_or_404(survey, request.form.get("item", "")))
    if action == "add":
        return _add_item(survey)
    if action == "reword":
        return _reword(survey, _item_or_404(survey, request.form.get("item", "")))
    if request.method == "POST":
        abort(400)
    return _render(survey)


def _use(survey: Survey, item: QuestionBankItem):
    added = building.add_from_bank(survey, item)
    db.session.commit()
    if not added:
        flash(_("The survey already has this question"), "important")
    elif len(added) > 1:
        flash(_("%(n)s equality monitoring questions added", n=len(added)), "success")
    else:
        flash(_("Question added: “%(text)s”", text=added[0].text), "success")
    return redirect(url_for("build.overview", slug=survey.slug), 303)


def _add_item(survey: Survey):
    type_ = request.form.get("type", "")
    values, fields, problems = forms.question_from(request.form, type_)
    values["type"] = type_
    if type_ not in forms.TYPES:
        problems.append(building.Problem("type", _("Select a type of question")))
    try:
        if problems:
            raise building.BuildError(problems)
        fields.pop("required"), fields.pop("show_if")
        item = bank.add_partnership_item(survey.partnership_id, type=type_, **fields)
    except building.BuildError as error:
        db.session.rollback()
        return _render(survey, add_values=values, add_problems=error.problems)
    db.session.commit()
    flash(_("Added to the partnership's question bank: “%(text)s”", text=item.text), "success")
    return redirect(url_for("build.bank_page", slug=survey.slug), 303)


def _reword(survey: Survey, item: QuestionBankItem):
    prefix = f"reword-{item.id}-"
    text = request.form.get(prefix + "text", "")
    hint = request.form.get(prefix + "hint", "")
    try:
        newer = building.reword_bank_item(item, text=text, hint=hint.strip())
    except building.BuildError as error:
        db.session.rollback()
        problems = [building.Problem(prefix + p.field, p.message) for p in error.problems]
        typed = {prefix + "text": text, prefix + "hint": hint}
        return _render(survey, reword=typed, reword_problems=problems)
    db.session.commit()
    flash(
        _(
            "Version %(n)s of the question is in the bank. Its results start a new series: "
            "they are never added to the old wording's",
            n=newer.version,
        ),
        "success",
    )
    return redirect(url_for("build.bank_page", slug=survey.slug), 303)


def _item_or_404(survey: Survey, raw: str) -> QuestionBankItem:
    try:
        item = db.session.get(QuestionBankItem, uuid.UUID(raw))
    except ValueError:
        item = None
    # A superseded item has a newer version: a second click on "reword" must not make two.
    if item is None or item.superseded or item.partnership_id not in (None, survey.partnership_id):
        abort(404)
    return item


def _render(survey: Survey, add_values=None, add_problems=(), reword=None, reword_problems=()):
    items = bank.bank_for(survey.partnership_id)
    version = survey.draft_version or survey.current_version
    used = {q.bank_item_id for q in (version.questions if version else [])}
    at, summary = forms.error_list([*add_problems, *reword_problems])
    groups = {
        "fft": [i for i in items if i.group == "fft"],
        "pulse": [i for i in items if i.group == "pulse"],
        "equality": [i for i in items if i.group == "equality" and i.partnership_id is None],
        "own": [i for i in items if i.partnership_id is not None],
    }
    return render_template(
        "build/bank.html",
        survey=survey,
        groups=groups,
        used=used,
        add_values=add_values or {"type": "", "scale": "agree5"},
        reword=reword or {},
        at=at,
        errors=summary,
        forms=forms,
    ), (400 if summary else 200)
