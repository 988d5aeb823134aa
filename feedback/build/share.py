"""Sharing a survey: its channels, their QR codes and printable posters."""

from __future__ import annotations

from flask import Response, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from feedback.build import bp
from feedback.build.access import survey_or_404
from feedback.extensions import db
from feedback.permissions import AUTHOR_ROLES, requires_role
from feedback.services import sharing
from feedback.services.building import SURVEY_LANGUAGES, BuildError
from feedback.web import RTL_LANGUAGES

CHANNEL_FIELDS = ("organisation", "site", "code", "name")


@bp.get("/<slug>/channels")
@requires_role(*AUTHOR_ROLES)
def channels(slug: str):
    survey = survey_or_404(slug)
    return _channels_page(survey, values={}, problems=[])


@bp.post("/<slug>/channels")
@requires_role(*AUTHOR_ROLES)
def add_channel(slug: str):
    survey = survey_or_404(slug)
    values = {field: request.form.get(field, "").strip() for field in CHANNEL_FIELDS}
    try:
        channel = sharing.add_channel(
            survey,
            organisation_id=values["organisation"],
            site_id=values["site"],
            code=values["code"],
            name=values["name"],
        )
    except BuildError as error:
        db.session.rollback()
        return _channels_page(survey, values=values, problems=error.problems), 400
    db.session.commit()
    flash(_("Channel added: %(name)s", name=channel.display_name), "success")
    return redirect(url_for("build.channels", slug=slug, _anchor=f"channel-{channel.code}"), 303)


def _channels_page(survey, values: dict[str, str], problems: list) -> str:
    organisations = sharing.survey_organisations(survey)
    errors = {p.field: p.message for p in problems}
    return render_template(
        "build/channels.html",
        survey=survey,
        rows=sharing.channel_rows(survey),
        organisation_items=[(str(o.id), o.name) for o in organisations],
        site_items=[
            (str(s.id), _site_label(s, o)) for o in organisations for s in sharing.open_sites(o)
        ],
        values=values,
        field_errors=errors,
        errors=[{"text": message, "href": f"#{field}"} for field, message in errors.items()],
    )


def _site_label(site, organisation) -> str:
    if site.kind == "team":
        return _(
            "%(site)s (team), %(organisation)s", site=site.name, organisation=organisation.name
        )
    return _("%(site)s, %(organisation)s", site=site.name, organisation=organisation.name)


@bp.get("/<slug>/channels/<code>/qr.svg")
@requires_role(*AUTHOR_ROLES)
def channel_qr_svg(slug: str, code: str):
    channel = _channel(slug, code)
    return _download(sharing.qr_svg(channel), "image/svg+xml", f"{slug}-{code}.svg")


@bp.get("/<slug>/channels/<code>/qr.png")
@requires_role(*AUTHOR_ROLES)
def channel_qr_png(slug: str, code: str):
    channel = _channel(slug, code)
    return _download(sharing.qr_png(channel), "image/png", f"{slug}-{code}.png")


@bp.get("/<slug>/channels/<code>/poster")
@requires_role(*AUTHOR_ROLES)
def channel_poster(slug: str, code: str):
    channel = _channel(slug, code)
    survey = channel.survey
    languages = [
        (code, SURVEY_LANGUAGES.get(code, code), "rtl" if code in RTL_LANGUAGES else "ltr")
        for code in survey.languages or ["en"]
    ]
    return render_template(
        "build/poster.html",
        survey=survey,
        channel=channel,
        link=sharing.short_link(channel),
        languages=languages,
    )


def _channel(slug: str, code: str):
    survey = survey_or_404(slug)
    return sharing.channel_for_survey_or_404(survey, code)


def _download(body: bytes, mimetype: str, filename: str) -> Response:
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'inline; filename="qr-{filename}"'
    return response
