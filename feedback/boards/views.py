"""Board pages: the partnership's themes, one theme with its staff-versus-patient lens,
and the drill-down to its redacted answers.

An organisation's own analyst opens these pages too, restricted to their organisation's
answers (`accounts.scoped_partnership_or_404`): every count, quote and listing is counted
within it in the query."""

from __future__ import annotations

import uuid
from urllib.parse import urlencode

from flask import abort, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select

from feedback.boards import bp
from feedback.extensions import db
from feedback.models import Survey, Theme
from feedback.permissions import (
    AUTHOR_ROLES,
    BOARD_ROLES,
    CURATOR_ROLES,
    requires_role,
    signed_in,
)
from feedback.services import (
    actions,
    curation,
    filters,
    glossary,
    reports,
    safeguarding,
    suppression,
    theme_page,
)
from feedback.services.accounts import (
    member_partnerships,
    organisation_memberships,
    scoped_partnership_or_404,
)
from feedback.services.scoping import owned_or_404

LENSES = ("staff", "patients")


@bp.get("/")
@signed_in  # Where everyone lands after sign-in: it sends each person on to their pages.
def index():
    partnerships = member_partnerships(current_user)
    lead = safeguarding.is_lead(current_user)
    # An organisation's analyst sees only their organisation's themes, in each partnership
    # the organisation belongs to (a partnership-wide role there already shows it all).
    seen = {p.id for p in partnerships}
    own = [(p, o) for p, o in organisation_memberships(current_user) if p.id not in seen]
    # An author with nothing to read here builds surveys: the builder is their page.
    if not (partnerships or own or lead) and member_partnerships(current_user, AUTHOR_ROLES):
        return redirect(url_for("build.index"))
    if len(partnerships) + len(own) + lead == 1:
        if partnerships:
            return redirect(url_for("boards.partnership", partnership=partnerships[0].slug))
        if own:
            return redirect(url_for("boards.partnership_themes", partnership=own[0][0].slug))
        return redirect(url_for("safeguarding.queue"))
    return render_template("boards/index.html", partnerships=partnerships, own=own, lead=lead)


@bp.get("/<partnership>/themes")
@requires_role(*BOARD_ROLES)
def partnership_themes(partnership: str):
    found, within = scoped_partnership_or_404(current_user, partnership)
    return _theme_list(found, None, within)


@bp.get("/<partnership>/surveys/<survey>/themes")
@requires_role(*BOARD_ROLES)
def survey_themes(partnership: str, survey: str):
    found, within = scoped_partnership_or_404(current_user, partnership)
    chosen = db.session.scalar(
        select(Survey).where(Survey.partnership_id == found.id, Survey.slug == survey)
    )
    if chosen is None:
        abort(404)
    return _theme_list(found, chosen, within)


def _theme_list(partnership, survey: Survey | None, within: list):
    suppression.use_threshold_of(partnership)
    period, problems = reports.parse_period(request.args)
    ids = [o.id for o in within]
    report = reports.theme_report(partnership.id, survey, period, ids)
    terms = glossary.terms_for(partnership.id)
    for summary in report.themes:
        summary.label = glossary.agreed_label(summary.theme.display_name, terms)
    page = render_template(
        "boards/themes.html",
        partnership=partnership,
        survey=survey,
        report=report,
        only_organisations=within,
        fft=reports.fft_summary(survey, ids) if survey else None,
        errors=_errors(problems),
        problems={p.field: p.message for p in problems},
        sector_names=reports.sector_names(),
        glossary_terms=glossary.terms_in([s.label for s in report.themes], terms),
        theme_actions=_theme_actions(partnership, [s.theme for s in report.themes], within),
    )
    return page, 400 if problems else 200


@bp.get("/<partnership>/themes/<uuid:theme_id>")
@requires_role(*BOARD_ROLES)
def theme(partnership: str, theme_id: uuid.UUID):
    found, within = scoped_partnership_or_404(current_user, partnership)
    suppression.use_threshold_of(found)
    chosen_theme = owned_or_404(Theme, theme_id, found.id)
    if chosen_theme.merged_into_id:
        return redirect(
            url_for(".theme", partnership=partnership, theme_id=chosen_theme.merged_into_id)
        )
    options = filters.filter_options(found, within)
    chosen, problems = filters.parse_filters(request.args, found, options, within)
    lens = request.args.get("lens") if request.args.get("lens") in LENSES else None
    page_number = max(request.args.get("page", 1, type=int) or 1, 1)
    run, summary = reports.theme_summary(chosen_theme, chosen.within)
    # A bad filter filters nothing until it is fixed (but stays within the organisations).
    answers = theme_page.drilldown(
        run,
        chosen_theme,
        chosen.cleared() if problems else chosen,
        options.equality,
        page_number,
    )
    terms = glossary.terms_for(found.id)
    label = glossary.agreed_label(chosen_theme.display_name, terms)
    can_curate = any(p.id == found.id for p in member_partnerships(current_user, CURATOR_ROLES))
    page = render_template(
        "boards/theme.html",
        partnership=found,
        theme=chosen_theme,
        label=label,
        run=run,
        summary=summary,
        voices=theme_page.voices(run, summary, chosen.within),
        only_organisations=within,
        lens=lens,
        answers=answers,
        chosen=chosen,
        options=options,
        errors=_errors(problems),
        problems={p.field: p.message for p in problems},
        sector_names=reports.sector_names(),
        glossary_terms=glossary.terms_in([label, chosen_theme.display_name], terms),
        theme_actions=_theme_actions(found, [chosen_theme], within).get(chosen_theme.id, []),
        page_links=_page_links(chosen.args if not problems else [], lens, answers),
        can_curate=can_curate,
        themes=curation.scope_themes(chosen_theme) if can_curate else [],
    )
    return page, 400 if problems else 200


def _page_links(args: list, lens: str | None, answers) -> dict[str, str | None]:
    """Links to the pages either side, keeping the filter and the lens."""

    def link(number: int) -> str:
        kept = [*args, *([("lens", lens)] if lens else []), ("page", str(number))]
        return f"{request.path}?{urlencode(kept)}#answers"

    return {
        "previous": link(answers.page - 1) if answers.page > 1 else None,
        "next": link(answers.page + 1) if answers.more else None,
    }


def _errors(problems) -> list[dict[str, str]]:
    return [{"text": p.message, "href": f"#{p.field}"} for p in problems]


def _theme_actions(partnership, themes, within: list) -> dict:
    """Each theme's actions; none for an organisation's analyst, who may not manage them."""
    if not themes or within:
        return {}
    return actions.actions_for_themes(partnership.id, [t.id for t in themes])
