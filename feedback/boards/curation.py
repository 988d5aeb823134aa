"""Board and analyst pages: curation of themes by analysts (admins and analysts only)."""

from __future__ import annotations

import uuid

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from feedback.boards import bp
from feedback.extensions import db
from feedback.models import Theme
from feedback.permissions import CURATOR_ROLES, requires_role
from feedback.services import curation
from feedback.services.accounts import partnership_or_404
from feedback.services.curation import CurationError
from feedback.services.scoping import owned_or_404

CURATE_FORMS = {
    "describe": ("name", "description"),
    "merge": ("merge_into",),
    "parent": ("parent",),
    "local_label": ("organisation", "local_label"),
}


@bp.get("/<partnership>/themes/<uuid:theme_id>/curate")
@requires_role(*CURATOR_ROLES)
def curate_theme(partnership: str, theme_id: uuid.UUID):
    found = partnership_or_404(current_user, partnership, CURATOR_ROLES)
    theme = owned_or_404(Theme, theme_id, found.id)
    return _curate_page(found, theme, values=_saved_values(theme), error=None)


@bp.post("/<partnership>/themes/<uuid:theme_id>/curate")
@requires_role(*CURATOR_ROLES)
def save_curation(partnership: str, theme_id: uuid.UUID):
    found = partnership_or_404(current_user, partnership, CURATOR_ROLES)
    theme = owned_or_404(Theme, theme_id, found.id)
    form = request.form.get("form", "")
    values = {field: request.form.get(field, "") for field in CURATE_FORMS.get(form, ())}
    try:
        message = _save(form, theme, values)
    except CurationError as error:
        db.session.rollback()
        theme = owned_or_404(Theme, theme_id, found.id)
        return _curate_page(found, theme, {**_saved_values(theme), **values}, error), 400
    db.session.commit()
    flash(message, "success")
    return redirect(url_for("boards.curate_theme", partnership=found.slug, theme_id=theme.id), 303)


def _save(form: str, theme, values: dict[str, str]) -> str:
    if form == "describe":
        curation.describe_theme(theme, current_user, values["name"], values["description"])
        return _("Name and description saved")
    if form == "merge":
        target = curation.merge_theme(theme, current_user, values["merge_into"])
        return _("Theme merged into %(name)s", name=target.display_name)
    if form == "parent":
        curation.set_parent(theme, current_user, values["parent"])
        return _("Parent theme saved")
    if form == "local_label":
        curation.set_local_label(theme, current_user, values["organisation"], values["local_label"])
        return _("Local label saved")
    raise CurationError("form", _("Choose what to change"))


def _saved_values(theme) -> dict[str, str]:
    return {
        "name": theme.name or "",
        "description": theme.description or "",
        "parent": str(theme.parent_id or ""),
    }


def _curate_page(partnership, theme, values: dict[str, str], error: CurationError | None):
    others = [t for t in curation.scope_themes(theme) if t.id != theme.id]
    organisations = sorted(partnership.organisations, key=lambda o: o.name)
    return render_template(
        "boards/curate.html",
        partnership=partnership,
        theme=theme,
        size=curation.theme_size(theme),
        merged_into=theme.merged_into_id and db.session.get(type(theme), theme.merged_into_id),
        merge_items=[(str(t.id), t.display_name) for t in others],
        parent_items=[(str(t.id), t.display_name) for t in others if t.parent_id is None],
        organisation_items=[(str(o.id), o.name) for o in organisations],
        local_labels=[
            (o.name, theme.local_labels[str(o.id)])
            for o in organisations
            if str(o.id) in (theme.local_labels or {})
        ],
        values=values,
        **_errors(error),
    )


def _errors(error: CurationError | None) -> dict:
    if error is None:
        return {"field_errors": {}, "errors": []}
    return {
        "field_errors": {error.field: error.message},
        "errors": [{"text": error.message, "href": f"#{error.field}"}],
    }


@bp.get("/<partnership>/themes/<uuid:theme_id>/split")
@requires_role(*CURATOR_ROLES)
def split_theme(partnership: str, theme_id: uuid.UUID):
    found = partnership_or_404(current_user, partnership, CURATOR_ROLES)
    theme = owned_or_404(Theme, theme_id, found.id)
    return _split_page(found, theme, {"name": "", "answers": []}, None)


@bp.post("/<partnership>/themes/<uuid:theme_id>/split")
@requires_role(*CURATOR_ROLES)
def save_split(partnership: str, theme_id: uuid.UUID):
    found = partnership_or_404(current_user, partnership, CURATOR_ROLES)
    theme = owned_or_404(Theme, theme_id, found.id)
    values = {"name": request.form.get("name", ""), "answers": request.form.getlist("answers")}
    try:
        if not _splittable(found, curation.theme_size(theme)):
            raise CurationError("answers", _("This theme is too small to split"))
        new = curation.split_theme(theme, current_user, values["answers"], values["name"])
    except CurationError as error:
        db.session.rollback()
        theme = owned_or_404(Theme, theme_id, found.id)
        return _split_page(found, theme, values, error), 400
    db.session.commit()
    flash(
        _(
            "%(n)s answers moved to the new theme %(name)s",
            n=len(set(values["answers"])),
            name=new.display_name,
        ),
        "success",
    )
    return redirect(url_for("boards.split_theme", partnership=found.slug, theme_id=theme.id), 303)


def _threshold(partnership) -> int:
    return partnership.suppression_threshold or current_app.config["SUPPRESSION_THRESHOLD"]


def _splittable(partnership, size: int) -> bool:
    """A theme under the threshold has its answers withheld, so it is not split here."""
    return size >= _threshold(partnership)


def _split_page(partnership, theme, values: dict, error: CurationError | None):
    size = curation.theme_size(theme)
    pages = max(1, -(-size // curation.PAGE_SIZE))
    page = min(max(request.args.get("page", 1, type=int), 1), pages)
    splittable = _splittable(partnership, size)
    return render_template(
        "boards/curate_split.html",
        partnership=partnership,
        theme=theme,
        size=size,
        splittable=splittable,
        threshold=_threshold(partnership),
        answers=curation.theme_answers(theme, page) if splittable else [],
        page=page,
        pages=pages,
        values=values,
        **_errors(error),
    )


@bp.post("/<partnership>/answers/<uuid:answer_id>/move")
@requires_role(*CURATOR_ROLES)
def move_answer(partnership: str, answer_id: uuid.UUID):
    values = {"theme": request.form.get("theme", ""), "from_theme": request.form.get("from_theme")}
    return _curate_answer(
        partnership,
        answer_id,
        values,
        lambda found, answer: curation.move_answer(found, answer, current_user, values["theme"]),
        lambda theme: _("Answer moved to %(name)s", name=theme.display_name),
    )


@bp.post("/<partnership>/answers/<uuid:answer_id>/wrong")
@requires_role(*CURATOR_ROLES)
def mark_wrong(partnership: str, answer_id: uuid.UUID):
    values = {"from_theme": request.form.get("theme", ""), "theme": ""}
    return _curate_answer(
        partnership,
        answer_id,
        values,
        lambda found, answer: curation.mark_wrong(
            found, answer, current_user, values["from_theme"]
        ),
        lambda theme: _("Answer taken out of %(name)s", name=theme.display_name),
    )


def _curate_answer(partnership: str, answer_id: uuid.UUID, values: dict, change, message):
    """Apply one change to one answer and go back; on a refusal, nothing is saved and the
    answer's page shows why. `change` returns the theme the message is about."""
    found = partnership_or_404(current_user, partnership, CURATOR_ROLES)
    answer = curation.answer_or_404(found, answer_id)
    try:
        theme = change(found, answer)
    except CurationError as error:
        db.session.rollback()
        return _answer_page(found, answer_id, values, error), 400
    db.session.commit()
    flash(message(theme), "success")
    return redirect(_back(found, theme.id), 303)


def _back(partnership, theme_id) -> str:
    """The page the form was on (a board page of this partnership), else the theme's."""
    target = request.form.get("next", "")
    prefix = f"/boards/{partnership.slug}/"
    if target.startswith(prefix) and "//" not in target and "\\" not in target:
        return target
    return url_for("boards.curate_theme", partnership=partnership.slug, theme_id=theme_id)


def _answer_page(partnership, answer_id, values: dict, error: CurationError):
    answer = curation.answer_or_404(partnership, answer_id)
    theme = None
    if values.get("from_theme"):
        try:
            theme = owned_or_404(Theme, uuid.UUID(values["from_theme"]), partnership.id)
        except ValueError:
            theme = None
    moving = request.endpoint == "boards.move_answer"
    return render_template(
        "boards/curate_answer.html",
        partnership=partnership,
        answer=answer,
        withheld=answer.safeguarding_flag is not None,
        theme=theme,
        themes=curation.scope_themes(theme) if theme else [],
        values=values,
        next=request.form.get("next", ""),
        field_errors={"theme": error.message} if moving else {},
        errors=[
            {"text": error.message, "href": f"#move-{answer.id}" if moving else "#answer-text"}
        ],
    )
