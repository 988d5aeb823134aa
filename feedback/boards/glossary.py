"""The partnership's glossary: board members read it; admins and analysts add, change and
remove terms."""

from __future__ import annotations

import uuid

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from feedback.boards import bp
from feedback.extensions import db
from feedback.models import SECTORS, GlossaryTerm, Partnership
from feedback.permissions import BOARD_ROLES, GLOSSARY_EDITOR_ROLES, requires_role
from feedback.services import glossary
from feedback.services.accounts import member_partnerships, partnership_or_404
from feedback.services.scoping import owned_or_404

FIELDS = ("term", "meaning", "sector_terms")


@bp.get("/<partnership>/glossary")
@requires_role(*BOARD_ROLES)
def glossary_list(partnership: str):
    found = partnership_or_404(current_user, partnership)
    editor = any(p.id == found.id for p in member_partnerships(current_user, GLOSSARY_EDITOR_ROLES))
    return render_template(
        "boards/glossary.html",
        partnership=found,
        terms=glossary.terms_for(found.id),
        editor=editor,
    )


@bp.route("/<partnership>/glossary/new", methods=["GET", "POST"])
@requires_role(*GLOSSARY_EDITOR_ROLES)
def glossary_add(partnership: str):
    found = partnership_or_404(current_user, partnership, GLOSSARY_EDITOR_ROLES)
    return _term_form(found, None)


@bp.route("/<partnership>/glossary/<uuid:term_id>/edit", methods=["GET", "POST"])
@requires_role(*GLOSSARY_EDITOR_ROLES)
def glossary_edit(partnership: str, term_id: uuid.UUID):
    found = partnership_or_404(current_user, partnership, GLOSSARY_EDITOR_ROLES)
    return _term_form(found, owned_or_404(GlossaryTerm, term_id, found.id))


@bp.route("/<partnership>/glossary/<uuid:term_id>/delete", methods=["GET", "POST"])
@requires_role(*GLOSSARY_EDITOR_ROLES)
def glossary_delete(partnership: str, term_id: uuid.UUID):
    found = partnership_or_404(current_user, partnership, GLOSSARY_EDITOR_ROLES)
    term = owned_or_404(GlossaryTerm, term_id, found.id)
    if request.method == "POST":
        name = term.term
        glossary.delete_term(current_user, term)
        db.session.commit()
        flash(_("Removed from the glossary: %(term)s", term=name), "success")
        return redirect(url_for("boards.glossary_list", partnership=found.slug), 303)
    return render_template("boards/glossary_delete.html", partnership=found, term=term)


def _term_form(partnership: Partnership, term: GlossaryTerm | None):
    if request.method == "GET":
        values = {"term": "", "meaning": "", "sector_terms": ""}
        if term is not None:
            values = {
                "term": term.term,
                "meaning": term.meaning,
                "sector_terms": glossary.sector_terms_text(term.sector_terms or {}),
            }
        return _form_page(partnership, term, values, [])
    values = {name: request.form.get(name, "") for name in FIELDS}
    saved, problems = glossary.save_term(
        partnership, current_user, glossary.TermValues(**values), editing=term
    )
    if problems:
        db.session.rollback()
        return _form_page(partnership, term, values, problems), 400
    db.session.commit()
    flash(_("Saved in the glossary: %(term)s", term=saved.term), "success")
    return redirect(url_for("boards.glossary_list", partnership=partnership.slug), 303)


def _form_page(partnership, term, values: dict[str, str], problems: list):
    errors = {p.field: p.message for p in problems}
    return render_template(
        "boards/glossary_form.html",
        partnership=partnership,
        term=term,
        values=values,
        sectors=SECTORS,
        field_errors=errors,
        errors=[{"text": message, "href": f"#{field}"} for field, message in errors.items()],
    )
