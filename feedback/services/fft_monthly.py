"""FFT counts per site per month, as CSV in the shape of the national FFT submission:
counts per response option, per site, per month. A site-month with fewer answers than the
partnership's threshold is left out whole (docs/exports.md)."""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from feedback.extensions import db
from feedback.models import (
    Answer,
    Channel,
    Organisation,
    Partnership,
    Question,
    Response,
    Site,
    Survey,
)
from feedback.services.exports import neutralise
from feedback.services.suppression import threshold as partnership_threshold
from feedback.services.surveys import FFT_SERIES

FFT_HEADINGS = (
    "Organisation code",
    "Site code",
    "Site name",
    "Month",
    "Very good",
    "Good",
    "Neither good nor poor",
    "Poor",
    "Very poor",
    "Don't know",
    "Total",
)
FFT_CODES = ("very_good", "good", "neither", "poor", "very_poor", "dont_know")


@dataclass
class FftMonthly:
    rows: list[list[object]]
    withheld: int  # site-months left out because their total is under the threshold


def fft_monthly(partnership: Partnership) -> FftMonthly:
    """FFT-series answers counted per site (the channel's site, else the organisation) per
    month; a site-month with fewer answers than the threshold is left out whole."""
    site_organisation = aliased(Organisation)
    query = (
        select(
            func.coalesce(site_organisation.short_name, Organisation.short_name),
            Site.short_name,
            Site.name,
            Organisation.name,
            Response.submitted_on,
            Answer.value,
            func.count(),
        )
        .select_from(Answer)
        .join(Response, Answer.response_id == Response.id)
        .join(Question, Answer.question_id == Question.id)
        .join(Survey, Response.survey_id == Survey.id)
        .outerjoin(Channel, Response.channel_id == Channel.id)
        .outerjoin(Site, Channel.site_id == Site.id)
        .outerjoin(site_organisation, Site.organisation_id == site_organisation.id)
        .outerjoin(Organisation, Response.organisation_id == Organisation.id)
        .where(Survey.partnership_id == partnership.id, Question.series == FFT_SERIES)
        .group_by(
            site_organisation.short_name,
            Organisation.short_name,
            Site.short_name,
            Site.name,
            Organisation.name,
            Response.submitted_on,
            Answer.value,
        )
    )
    counts: dict[tuple, Counter] = defaultdict(Counter)
    for org_code, site_code, site_name, org_name, day, value, n in db.session.execute(query):
        site = (org_code or "", site_code or org_code or "", site_name or org_name or "")
        counts[(*site, day.strftime("%Y-%m"))][value] += n
    threshold = partnership_threshold(partnership)
    rows, withheld = [], 0
    for key in sorted(counts):
        per_option = [counts[key][code] for code in FFT_CODES]
        if sum(per_option) < threshold:
            withheld += 1
            continue
        rows.append([*key, *per_option, sum(per_option)])
    return FftMonthly(rows=rows, withheld=withheld)


def fft_monthly_csv(monthly: FftMonthly) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(FFT_HEADINGS)
    writer.writerows([neutralise(str(cell)) for cell in row] for row in monthly.rows)
    return out.getvalue()
