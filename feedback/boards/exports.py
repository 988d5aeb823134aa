"""Board and analyst pages: exports of the filtered answers, FFT monthly counts and the
board pack. An organisation's own analyst exports only that organisation's answers."""

from __future__ import annotations

from datetime import date, timedelta
from urllib.parse import urlencode

from flask import Response, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from feedback.boards import bp
from feedback.extensions import db
from feedback.models import Partnership, Survey
from feedback.permissions import BOARD_ROLES, EXPORT_ROLES, requires_role
from feedback.services import board_pack, exports, fft_monthly
from feedback.services.accounts import partnership_or_404, scoped_partnership_or_404
from feedback.services.building import Problem
from feedback.services.filters import filter_options, parse_filters

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PACK_DAYS = 91


def _selection(partnership: Partnership, within: list):
    """The survey and filter the query asks for, and the problems with them."""
    options = filter_options(partnership, within)
    chosen, problems = parse_filters(request.args, partnership, options, within)
    surveys = db.session.scalars(
        select(Survey).where(Survey.partnership_id == partnership.id).order_by(Survey.title)
    ).all()
    slug = request.args.get("survey", "").strip()
    survey = next((s for s in surveys if s.slug == slug), None)
    if slug and survey is None:
        problems.insert(0, Problem("survey", _("Select a survey from the list")))
    return options, surveys, survey, chosen, problems


def _export_page(partnership: Partnership, within: list, status: int = 200):
    options, surveys, survey, chosen, problems = _selection(partnership, within)
    links = {}
    if not problems:
        args = [*([("survey", survey.slug)] if survey else []), *chosen.args]
        for kind in ("csv", "xlsx"):
            address = url_for(f"boards.export_{kind}", partnership=partnership.slug)
            links[kind] = f"{address}?{urlencode(args)}" if args else address
    errors = [{"text": p.message, "href": f"#{p.field}"} for p in problems]
    page = render_template(
        "boards/export.html",
        partnership=partnership,
        options=options,
        surveys=surveys,
        survey=survey,
        args=request.args,
        errors=errors,
        field_errors={p.field: p.message for p in problems},
        links=links,
        only_organisations=within,
    )
    return page, 400 if problems else status


@bp.get("/<partnership>/export")
@requires_role(*EXPORT_ROLES)
def export(partnership: str):
    return _export_page(*scoped_partnership_or_404(current_user, partnership, EXPORT_ROLES))


def _export(partnership_slug: str, kind: str):
    partnership, within = scoped_partnership_or_404(current_user, partnership_slug, EXPORT_ROLES)
    _options, _surveys, survey, chosen, problems = _selection(partnership, within)
    if problems:
        return _export_page(partnership, within)
    found = exports.answer_export(partnership, chosen, survey)
    if not found.rows:
        # A page, not an empty file; 404 so that a script fetching the file sees a failure.
        page = render_template(
            "boards/export_empty.html",
            partnership=partnership,
            all_small=found.matched > 0,
            back=url_for("boards.export", partnership=partnership.slug)
            + "?"
            + urlencode(list(request.args.items(multi=True))),
        )
        return page, 404
    detail = f"answers.{kind}: {len(found.rows)} rows; survey={survey.slug if survey else ''}; "
    if within:
        detail += f"only={','.join(o.short_name for o in within)}; "
    exports.audit_export(current_user, partnership, "answers", detail + _describe(chosen.args))
    name = f"{partnership.slug}-answers-{date.today().isoformat()}.{kind}"
    if kind == "csv":
        body, mimetype = "\ufeff" + exports.answers_csv(found), "text/csv; charset=utf-8"
    else:
        body, mimetype = exports.answers_xlsx(found), XLSX_TYPE
    return _download(body, mimetype, name)


def _describe(args) -> str:
    return "&".join(f"{k}={v}" for k, v in args)


def _download(body, mimetype: str, name: str) -> Response:
    return Response(
        body, mimetype=mimetype, headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


@bp.get("/<partnership>/export.csv")
@requires_role(*EXPORT_ROLES)
def export_csv(partnership: str):
    return _export(partnership, "csv")


@bp.get("/<partnership>/export.xlsx")
@requires_role(*EXPORT_ROLES)
def export_xlsx(partnership: str):
    return _export(partnership, "xlsx")


@bp.get("/<partnership>/fft-monthly.csv")
@requires_role(*BOARD_ROLES)
def fft_monthly_csv(partnership: str):
    found = partnership_or_404(current_user, partnership, BOARD_ROLES)
    monthly = fft_monthly.fft_monthly(found)
    detail = f"fft-monthly.csv: {len(monthly.rows)} rows, {monthly.withheld} site-months withheld"
    exports.audit_export(current_user, found, "fft_monthly", detail)
    response = _download(
        fft_monthly.fft_monthly_csv(monthly),
        "text/csv; charset=utf-8",
        f"{found.slug}-fft-monthly-{date.today().isoformat()}.csv",
    )
    response.headers["X-Withheld-Site-Months"] = str(monthly.withheld)
    return response


def _period() -> tuple[date | None, date | None, list[Problem]]:
    """The pack's period from ?from=&to= (default: the last 13 weeks up to today)."""
    problems: list[Problem] = []
    found = {}
    for name in ("from", "to"):
        raw = request.args.get(name, "").strip()
        try:
            found[name] = date.fromisoformat(raw) if raw else None
        except ValueError:
            problems.append(Problem(name, _("Enter a real date, for example 2026-03-27")))
            found[name] = None
    date_to = found["to"] or date.today()
    date_from = found["from"] or date_to - timedelta(days=PACK_DAYS - 1)
    if not problems and date_to < date_from:
        problems.append(
            Problem("to", _("The end date must be the same as or after the start date"))
        )
    return date_from, date_to, problems


def _pack(partnership_slug: str):
    partnership = partnership_or_404(current_user, partnership_slug, BOARD_ROLES)
    date_from, date_to, problems = _period()
    if problems:
        errors = [{"text": p.message, "href": f"#{p.field}"} for p in problems]
        page = render_template(
            "boards/export_pack_period.html",
            partnership=partnership,
            errors=errors,
            field_errors={p.field: p.message for p in problems},
            args=request.args,
        )
        return partnership, None, (page, 400)
    return partnership, board_pack.build_pack(partnership, date_from, date_to), None


@bp.get("/<partnership>/pack")
@requires_role(*BOARD_ROLES)
def pack(partnership: str):
    found, built, failed = _pack(partnership)
    if failed:
        return failed
    return render_template("boards/pack.html", partnership=found, pack=built)


@bp.get("/<partnership>/pack.pdf")
@requires_role(*BOARD_ROLES)
def pack_pdf(partnership: str):
    found, built, failed = _pack(partnership)
    if failed:
        return failed
    pdf = board_pack.render_pdf(built)
    detail = f"pack.pdf: {built.date_from.isoformat()} to {built.date_to.isoformat()}"
    exports.audit_export(current_user, found, "board_pack", detail)
    return _download(pdf, "application/pdf", f"{found.slug}-board-pack-{built.date_to}.pdf")
