"""Filters on the answers a board or analyst looks at: one parser for every page, export
and API response, so each offers the same filters with the same checks.

Query parameters (each may repeat, except the dates and the search):
  organisation=<short name>  sector=<code>  place=<id>  site=<organisation/site short name>
  from=YYYY-MM-DD  to=YYYY-MM-DD  question=<question code>  respondent=staff|patient|carer|other
  language=<code>  q=<words in the redacted text>  eq_<item>=<choice code> (equality fields)

An unknown value is a Problem at its field, never silently dropped: a page shows it in the
error summary and applies no filter until it is fixed.

A viewer restricted to some organisations (an organisation's own analyst) gets a filter
`within` them: the options offer only theirs, and `apply_filter` keeps only their answers
whatever else the parameters ask for."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from flask_babel import gettext as _
from sqlalchemy import Select, and_, exists, select
from sqlalchemy.orm import aliased, contains_eager
from werkzeug.datastructures import MultiDict

from feedback.extensions import db
from feedback.models import (
    SECTORS,
    Answer,
    Channel,
    Organisation,
    Partnership,
    Place,
    Question,
    Response,
    SafeguardingFlag,
    Site,
    Survey,
    SurveyVersion,
)
from feedback.models.org import partnership_organisations
from feedback.services.building import Problem

RESPONDENT_TYPES = ("staff", "patient", "carer", "other")
EQUALITY_PREFIX = "eq_"
SEARCH_MAX = 200


@dataclass
class AnswerFilter:
    """What to keep. Empty lists and None keep everything."""

    organisations: list[uuid.UUID] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    places: list[uuid.UUID] = field(default_factory=list)
    sites: list[uuid.UUID] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    questions: list[str] = field(default_factory=list)  # question codes
    respondent_types: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    equality: dict[str, list[str]] = field(default_factory=dict)  # item code -> choice codes
    search: str = ""
    # The parameters as given, to rebuild links (pagination, exports) with the same filter.
    args: list[tuple[str, str]] = field(default_factory=list)
    # The viewer's own organisations when they may see no others; not set by any parameter.
    within: list[uuid.UUID] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return bool(self.args)

    def cleared(self) -> AnswerFilter:
        """No filter, but still within the viewer's organisations."""
        return AnswerFilter(within=list(self.within))


@dataclass
class FilterOptions:
    """The values a partnership's filters accept, with labels for a form."""

    organisations: dict[str, Organisation]  # by short name
    sectors: list[str]
    places: dict[str, Place]  # by str(id)
    sites: dict[str, Site]  # by "<organisation short name>/<site short name>"
    questions: dict[str, str]  # code -> wording (first seen)
    languages: list[str]
    equality: dict[str, dict[str, str]]  # item code -> {choice code: label}


def filter_options(
    partnership: Partnership, within: list[Organisation] | None = None
) -> FilterOptions:
    """The partnership's values, or only those of the organisations `within`."""
    members = within or partnership.organisations
    organisations = {o.short_name: o for o in members}
    # One query for every site with its organisation, not one per organisation.
    found_sites = db.session.scalars(
        select(Site)
        .join(Site.organisation)
        .join(partnership_organisations)
        .where(partnership_organisations.c.partnership_id == partnership.id)
        .where(Site.organisation_id.in_([o.id for o in members]))
        .options(contains_eager(Site.organisation))
    )
    sites = {f"{s.organisation.short_name}/{s.short_name}": s for s in found_sites}
    questions: dict[str, str] = {}
    equality: dict[str, dict[str, str]] = {}
    rows = db.session.execute(
        select(Question.code, Question.text, Question.settings, Question.choices)
        .join(SurveyVersion, Question.version_id == SurveyVersion.id)
        .join(Survey, SurveyVersion.survey_id == Survey.id)
        .where(Survey.partnership_id == partnership.id, SurveyVersion.published_on.is_not(None))
        .order_by(Survey.title, SurveyVersion.number.desc(), Question.position)
    )
    for code, text, settings, choices in rows:
        if (settings or {}).get("block") == "equality":
            labels = equality.setdefault(code, {})
            for choice in choices or []:
                labels.setdefault(choice["code"], choice["label"])
        else:
            questions.setdefault(code, text)
    languages = (
        select(Response.language)
        .join(Survey, Response.survey_id == Survey.id)
        .where(Survey.partnership_id == partnership.id)
        .distinct()
    )
    if within:
        languages = languages.where(Response.organisation_id.in_([o.id for o in within]))
    places = {o.place_id for o in members}
    return FilterOptions(
        organisations=organisations,
        sectors=sorted({o.sector for o in members}),
        places={str(p.id): p for p in partnership.places if not within or p.id in places},
        sites=sites,
        questions=questions,
        languages=sorted(db.session.scalars(languages)),
        equality=equality,
    )


def parse_filters(
    args: MultiDict,
    partnership: Partnership,
    options: FilterOptions | None = None,
    within: list[Organisation] | None = None,
) -> tuple[AnswerFilter, list[Problem]]:
    """The filter the query parameters ask for, and a Problem for each unknown value.
    With `within`, only those organisations' answers, and only their values are known."""
    options = options or filter_options(partnership, within)
    found = AnswerFilter(within=[o.id for o in within or []])
    problems: list[Problem] = []

    def pick(name: str, known, message: str) -> list:
        chosen = []
        for raw in args.getlist(name):
            raw = raw.strip()
            if not raw:
                continue
            found.args.append((name, raw))
            if raw in known:
                chosen.append(known[raw] if isinstance(known, dict) else raw)
            elif not any(p.field == name for p in problems):
                problems.append(Problem(name, message))
        return chosen

    found.organisations = [
        o.id
        for o in pick(
            "organisation", options.organisations, _("Select an organisation in the partnership")
        )
    ]
    found.sectors = pick(
        "sector", [s for s in SECTORS if s in options.sectors], _("Select a sector from the list")
    )
    found.places = [p.id for p in pick("place", options.places, _("Select a place from the list"))]
    found.sites = [
        s.id for s in pick("site", options.sites, _("Select a site or team from the list"))
    ]
    found.questions = pick(
        "question", list(options.questions), _("Select a question from the list")
    )
    found.respondent_types = pick(
        "respondent", RESPONDENT_TYPES, _("Select staff, patients, carers or others")
    )
    found.languages = pick("language", options.languages, _("Select a language from the list"))
    _parse_equality(args, options, found, problems, pick)
    found.date_from = _date(args, "from", found, problems)
    found.date_to = _date(args, "to", found, problems)
    if found.date_from and found.date_to and found.date_to < found.date_from:
        problems.append(
            Problem("to", _("The end date must be the same as or after the start date"))
        )
    _parse_search(args, found, problems)
    return found, problems


def _parse_equality(args, options, found: AnswerFilter, problems: list[Problem], pick) -> None:
    for name in sorted({key for key in args if key.startswith(EQUALITY_PREFIX)}):
        if name not in options.equality:
            found.args += [(name, v) for v in args.getlist(name) if v.strip()]
            problems.append(Problem(name, _("That equality question is not in these surveys")))
            continue
        values = pick(name, list(options.equality[name]), _("Select an answer from the list"))
        if values:
            found.equality[name] = values


def _parse_search(args: MultiDict, found: AnswerFilter, problems: list[Problem]) -> None:
    search = " ".join(args.get("q", "").split())
    if not search:
        return
    found.args.append(("q", search))
    if len(search) > SEARCH_MAX:
        problems.append(Problem("q", _("Search for %(n)s characters or fewer", n=SEARCH_MAX)))
    found.search = search[:SEARCH_MAX]


def _date(args: MultiDict, name: str, found: AnswerFilter, problems: list[Problem]) -> date | None:
    raw = args.get(name, "").strip()
    if not raw:
        return None
    found.args.append((name, raw))
    try:
        return date.fromisoformat(raw)
    except ValueError:
        problems.append(Problem(name, _("Enter a real date, for example 2026-03-27")))
        return None


def apply_filter(query: Select, chosen: AnswerFilter) -> Select:
    """Narrow a query over Answer joined to Response (both in its FROM) to the filter."""
    for condition in [
        *_where_from(chosen),
        *_who_and_when(chosen),
        *_equality(chosen),
        *_search(chosen),
    ]:
        query = query.where(condition)
    return query


def _where_from(chosen: AnswerFilter) -> list:
    found = []
    if chosen.within:
        found.append(Response.organisation_id.in_(chosen.within))
    if chosen.organisations:
        found.append(Response.organisation_id.in_(chosen.organisations))
    organisation = aliased(Organisation)
    if chosen.sectors:
        found.append(
            exists().where(
                organisation.id == Response.organisation_id,
                organisation.sector.in_(chosen.sectors),
            )
        )
    if chosen.places:
        found.append(
            exists().where(
                organisation.id == Response.organisation_id,
                organisation.place_id.in_(chosen.places),
            )
        )
    if chosen.sites:
        found.append(
            exists().where(Channel.id == Response.channel_id, Channel.site_id.in_(chosen.sites))
        )
    return found


def _who_and_when(chosen: AnswerFilter) -> list:
    found = []
    if chosen.date_from:
        found.append(Response.submitted_on >= chosen.date_from)
    if chosen.date_to:
        found.append(Response.submitted_on <= chosen.date_to)
    if chosen.questions:
        asked = aliased(Question)
        found.append(
            exists().where(asked.id == Answer.question_id, asked.code.in_(chosen.questions))
        )
    if chosen.respondent_types:
        found.append(Response.respondent_type.in_(chosen.respondent_types))
    if chosen.languages:
        found.append(Response.language.in_(chosen.languages))
    return found


def _equality(chosen: AnswerFilter) -> list:
    found = []
    for code, values in chosen.equality.items():
        other, item = aliased(Answer), aliased(Question)
        found.append(
            exists().where(
                and_(
                    other.response_id == Response.id,
                    item.id == other.question_id,
                    item.code == code,
                    other.value.in_(values),
                )
            )
        )
    return found


def _search(chosen: AnswerFilter) -> list:
    # Only the redacted text is searched: a search must not find what redaction hid. Nor
    # may it count answers that went to the safeguarding lead: the count alone would tell
    # whether a word is in them.
    found = []
    for word in chosen.search.split()[:10]:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        found.append(Answer.text_redacted.ilike(f"%{escaped}%", escape="\\"))
    if found:
        flag = aliased(SafeguardingFlag)
        flagged = select(flag.id).where(flag.answer_id == Answer.id).correlate(Answer)
        found.append(~flagged.exists())
    return found
