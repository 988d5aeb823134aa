"""Sharing a survey: a channel per organisation, site or team, its links and QR codes."""

from __future__ import annotations

import io
import re
import uuid
from dataclasses import dataclass

import segno
from flask import abort, current_app
from flask_babel import gettext as _
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import Channel, Organisation, Partnership, Response, Site, Survey
from feedback.services.building import BuildError, Problem

CODE_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CODE_MAX_LENGTH = 80
NAME_MAX_LENGTH = 200
# Words the respondent pages use after /s/<slug>/, so a channel code can never hide them.
RESERVED_CODES = frozenset({"thanks", "kiosk", "preview", "check", "privacy", "offline"})
# Error correction level Q survives a poster that is creased, smudged or half in shadow.
QR_ERROR = "q"
QR_BORDER = 4  # the quiet zone, in modules, that the QR standard asks for
QR_SCALE = 10  # pixels (or SVG units) per module


@dataclass(frozen=True)
class ChannelRow:
    channel: Channel
    link: str
    kiosk_link: str
    responses: int


def channel_for_survey_or_404(survey: Survey, code: str) -> Channel:
    channel = db.session.scalar(
        select(Channel).where(Channel.survey_id == survey.id, Channel.code == code)
    )
    if channel is None:
        abort(404)
    return channel


def short_link(channel: Channel) -> str:
    """The channel's link for people answering: what the QR code and the poster carry."""
    return f"{current_app.config['BASE_URL']}/s/{channel.survey.slug}/{channel.code}"


def kiosk_link(channel: Channel) -> str:
    return f"{short_link(channel)}/kiosk"


def channel_rows(survey: Survey) -> list[ChannelRow]:
    """The survey's channels by name, each with its links and number of responses."""
    counts = dict(
        db.session.execute(
            select(Response.channel_id, func.count())
            .where(Response.survey_id == survey.id)
            .group_by(Response.channel_id)
        ).all()
    )
    channels = sorted(survey.channels, key=lambda c: (c.display_name.lower(), c.code))
    return [ChannelRow(c, short_link(c), kiosk_link(c), counts.get(c.id, 0)) for c in channels]


def survey_organisations(survey: Survey) -> list[Organisation]:
    """The organisations of the survey's partnership that are not archived, by name: where
    new channels can point."""
    partnership = db.session.get(Partnership, survey.partnership_id)
    in_use = [o for o in partnership.organisations if o.archived_at is None]
    return sorted(in_use, key=lambda o: o.name.lower())


def open_sites(organisation: Organisation) -> list[Site]:
    """The organisation's sites and teams that are not archived, by name."""
    in_use = [s for s in organisation.sites if s.archived_at is None]
    return sorted(in_use, key=lambda s: s.name.lower())


def suggested_code(organisation: Organisation, site: Site | None = None) -> str:
    """A channel code made from the short names, e.g. "city-hospital-ward-7"."""
    parts = [organisation.short_name] + ([site.short_name] if site else [])
    code = re.sub(r"[^a-z0-9]+", "-", "-".join(parts).lower()).strip("-")
    return code[:CODE_MAX_LENGTH].strip("-")


def suggested_name(organisation: Organisation, site: Site | None = None) -> str:
    return f"{site.name}, {organisation.name}" if site else organisation.name


def add_channel(
    survey: Survey,
    *,
    organisation_id: str,
    site_id: str = "",
    code: str = "",
    name: str = "",
) -> Channel:
    """A new channel for one of the partnership's organisations, or one of its sites or
    teams; an empty code or name is made from theirs. Raises BuildError on bad input."""
    organisation = _find(survey_organisations(survey), organisation_id)
    if organisation is None:
        raise BuildError([Problem("organisation", _("Select an organisation"))])
    site = _find(open_sites(organisation), site_id) if site_id else None
    if site_id and site is None:
        raise BuildError(
            [Problem("site", _("Select a site or team of the organisation you chose, or none"))]
        )
    code = code.strip().lower() or suggested_code(organisation, site)
    name = name.strip() or suggested_name(organisation, site)
    problems = check_code(survey, code) + _check_name(name)
    if problems:
        raise BuildError(problems)
    channel = Channel(
        survey=survey,
        organisation_id=organisation.id,
        site_id=site.id if site else None,
        code=code,
        name=name,
    )
    db.session.add(channel)
    db.session.flush()
    return channel


def check_code(survey: Survey, code: str) -> list[Problem]:
    if len(code) > CODE_MAX_LENGTH:
        message = _("The code must be %(limit)s characters or fewer", limit=CODE_MAX_LENGTH)
    elif not CODE_PATTERN.fullmatch(code):
        message = _(
            "The code can only contain lower-case letters, numbers and hyphens, "
            "like ward-7 or city-hospital"
        )
    elif code in RESERVED_CODES:
        message = _("The code %(code)s is used by the survey pages: choose another", code=code)
    elif any(c.code == code for c in survey.channels):
        message = _(
            "This survey already has a channel with the code %(code)s: choose another", code=code
        )
    else:
        return []
    return [Problem("code", message)]


def _check_name(name: str) -> list[Problem]:
    if len(name) > NAME_MAX_LENGTH:
        message = _("The name must be %(limit)s characters or fewer", limit=NAME_MAX_LENGTH)
        return [Problem("name", message)]
    return []


def _find(rows, wanted: str):
    try:
        wanted_id = uuid.UUID(str(wanted))
    except ValueError:
        return None
    return next((row for row in rows if row.id == wanted_id), None)


def qr_code(channel: Channel) -> segno.QRCode:
    """A QR code (never a Micro QR, which phone cameras do not read) of the short link."""
    return segno.make_qr(short_link(channel), error=QR_ERROR)


def qr_svg(channel: Channel) -> bytes:
    out = io.BytesIO()
    qr_code(channel).save(
        out,
        kind="svg",
        scale=QR_SCALE,
        border=QR_BORDER,
        light="#fff",  # the quiet zone stays white on a tinted page
        title=short_link(channel),
        svgclass=None,
        lineclass=None,
    )
    return out.getvalue()


def qr_png(channel: Channel) -> bytes:
    out = io.BytesIO()
    qr_code(channel).save(out, kind="png", scale=QR_SCALE, border=QR_BORDER)
    return out.getvalue()
