"""The audit log, read only: one partnership's events, filtered and paged. The database
refuses UPDATE and DELETE on audit_events, so nobody can edit them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import (
    Action,
    ApiToken,
    AuditEvent,
    GlossaryTerm,
    Invite,
    Membership,
    Organisation,
    Partnership,
    Place,
    Site,
    Survey,
    Theme,
    User,
)
from feedback.models.org import partnership_organisations
from feedback.services.building import Problem

AUDIT_PAGE_SIZE = 50

# Every action written to the log, in words. A code missing here shows as itself.
ACTION_LABELS = {
    "signed_in": _l("Signed in"),
    "sign_in_failed": _l("Sign-in failed"),
    "two_factor_on": _l("Authenticator app turned on"),
    "recovery_code_used": _l("Recovery code used"),
    "view_raw_text": _l("Raw answer viewed"),
    "review_flag": _l("Safeguarding flag reviewed"),
    "export": _l("Exported"),
    "role_granted": _l("Role given"),
    "role_removed": _l("Role removed"),
    "invite_sent": _l("Invite sent"),
    "invite_accepted": _l("Invite accepted"),
    "api_token_created": _l("API token created"),
    "api_token_revoked": _l("API token revoked"),
    "record_action": _l("Action recorded"),
    "update_action": _l("Action updated"),
    "glossary_term_added": _l("Glossary term added"),
    "glossary_term_changed": _l("Glossary term changed"),
    "glossary_term_deleted": _l("Glossary term deleted"),
    "theme_described": _l("Theme renamed or described"),
    "theme_merged": _l("Themes merged"),
    "theme_split": _l("Theme split"),
    "theme_parent_set": _l("Theme moved under another"),
    "theme_local_label_set": _l("Organisation's theme label set"),
    "answer_moved": _l("Answer moved to another theme"),
    "answer_marked_wrong": _l("Answer taken out of a theme"),
    "retention_changed": _l("Retention changed"),
    "retention_purge": _l("Raw answers deleted after retention"),
    "partnership_created": _l("Partnership created"),
    "partnership_changed": _l("Partnership changed"),
    "partnership_archived": _l("Partnership archived"),
    "partnership_restored": _l("Partnership brought back"),
    "place_created": _l("Place created"),
    "place_changed": _l("Place changed"),
    "place_archived": _l("Place archived"),
    "place_restored": _l("Place brought back"),
    "organisation_created": _l("Organisation created"),
    "organisation_changed": _l("Organisation changed"),
    "organisation_archived": _l("Organisation archived"),
    "organisation_restored": _l("Organisation brought back"),
    "site_created": _l("Site created"),
    "site_changed": _l("Site changed"),
    "site_archived": _l("Site archived"),
    "site_restored": _l("Site brought back"),
}

# Exports are about the partnership's data: their object id is the partnership's.
ABOUT_THE_PARTNERSHIP = ("partnership", "answers", "fft_monthly", "board_pack")
# What an event is about, in words.
OBJECT_LABELS = {
    "user": _l("Person"),
    "partnership": _l("Partnership"),
    "place": _l("Place"),
    "organisation": _l("Organisation"),
    "site": _l("Site"),
    "survey": _l("Survey"),
    "theme": _l("Theme"),
    "answer": _l("Answer"),
    "action": _l("Action"),
    "glossary_term": _l("Glossary term"),
    "invite": _l("Invite"),
    "api_token": _l("API token"),
    "safeguarding_flag": _l("Safeguarding flag"),
    "answers": _l("Answers"),
    "fft_monthly": _l("FFT by month"),
    "board_pack": _l("Board pack"),
}


def action_label(action: str) -> str:
    return str(ACTION_LABELS.get(action, action))


@dataclass
class AuditRow:
    """One event as the page shows it: words for the action, a name for its object."""

    on: date
    person: str
    action: str
    about: str
    detail: str


@dataclass
class AuditFilter:
    action: str = ""
    user_id: uuid.UUID | None = None
    start: date | None = None
    end: date | None = None


def parse_day(field: str, day: str, month: str, year: str, problems: list[Problem]) -> date | None:
    """A date from the three boxes of a date input; all blank is no date."""
    if not (day.strip() or month.strip() or year.strip()):
        return None
    try:
        return date(int(year), int(month), int(day))
    except (TypeError, ValueError, OverflowError):
        problems.append(Problem(field, _("Enter a real date, for example 27 3 2025")))
        return None


def audit_filter(action: str, user: str, start: date | None, end: date | None) -> AuditFilter:
    """The chosen filters; a user that is not an id matches no one."""
    try:
        user_id = uuid.UUID(user) if user else None
    except ValueError:
        user_id = uuid.UUID(int=0)
    return AuditFilter(action.strip(), user_id, start, end)


def audit_events(
    partnership: Partnership, chosen: AuditFilter, page: int
) -> tuple[list[tuple[AuditEvent, User | None]], int]:
    """One page of the partnership's events, newest first, and how many match in all."""
    conditions = [AuditEvent.partnership_id == partnership.id]
    if chosen.action:
        conditions.append(AuditEvent.action == chosen.action)
    if chosen.user_id:
        conditions.append(AuditEvent.user_id == chosen.user_id)
    if chosen.start:
        conditions.append(AuditEvent.on >= chosen.start)
    if chosen.end:
        conditions.append(AuditEvent.on <= chosen.end)
    total = db.session.scalar(select(func.count(AuditEvent.id)).where(*conditions))
    rows = db.session.execute(
        select(AuditEvent, User)
        .outerjoin(User, AuditEvent.user_id == User.id)
        .where(*conditions)
        .order_by(AuditEvent.on.desc(), AuditEvent.id.desc())
        .limit(AUDIT_PAGE_SIZE)
        .offset((max(page, 1) - 1) * AUDIT_PAGE_SIZE)
    )
    return [tuple(row) for row in rows], total


def _names_query(partnership: Partnership, object_type: str, ids: list[uuid.UUID]):
    """One query for the names of `ids` of one type, within the partnership only: an id of
    another partnership's object finds nothing and stays an id."""
    mine = partnership.id
    if object_type == "user":
        members = select(Membership.user_id).where(Membership.partnership_id == mine)
        return select(User.id, User.display_name, User.email).where(
            User.id.in_(ids), User.id.in_(members)
        )
    if object_type == "organisation":
        return (
            select(Organisation.id, Organisation.name)
            .join(partnership_organisations)
            .where(Organisation.id.in_(ids), partnership_organisations.c.partnership_id == mine)
        )
    if object_type == "site":
        return (
            select(Site.id, Site.name)
            .join(
                partnership_organisations,
                partnership_organisations.c.organisation_id == Site.organisation_id,
            )
            .where(Site.id.in_(ids), partnership_organisations.c.partnership_id == mine)
        )
    owned = {
        "place": (Place, Place.name),
        "survey": (Survey, Survey.title),
        "theme": (Theme, func.coalesce(Theme.name, Theme.label)),
        "action": (Action, Action.decision),
        "glossary_term": (GlossaryTerm, GlossaryTerm.term),
        "invite": (Invite, Invite.email),
        "api_token": (ApiToken, ApiToken.name),
    }
    if object_type not in owned:
        return None  # answers and safeguarding flags: never named, they are raw text
    model, name = owned[object_type]
    return select(model.id, name).where(model.id.in_(ids), model.partnership_id == mine)


def object_names(partnership: Partnership, events: list[AuditEvent]) -> dict[tuple[str, str], str]:
    """Names of the events' objects, {(object type, object id): name}: one query per type."""
    wanted: dict[str, set[uuid.UUID]] = {}
    for event in events:
        try:
            wanted.setdefault(event.object_type, set()).add(uuid.UUID(event.object_id))
        except (TypeError, ValueError):
            continue
    names = {}
    for object_type, ids in wanted.items():
        if object_type in ABOUT_THE_PARTNERSHIP and partnership.id in ids:
            names[(object_type, str(partnership.id))] = partnership.name
        query = _names_query(partnership, object_type, sorted(ids, key=str))
        if query is None:
            continue
        for found_id, name, *email in db.session.execute(query):
            if email:
                name = f"{name} ({email[0]})" if name else email[0]
            names[(object_type, str(found_id))] = _shorten(name)
    return names


def _shorten(text: str, most: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= most else text[: most - 1] + "…"


def readable(
    partnership: Partnership, events: list[tuple[AuditEvent, User | None]]
) -> list[AuditRow]:
    """The page's rows in words: the action's label, the object's name where it is one of
    the partnership's (else its id), the stored detail as it was written."""
    names = object_names(partnership, [event for event, _person in events])
    rows = []
    for event, person in events:
        kind = str(OBJECT_LABELS.get(event.object_type, event.object_type or ""))
        name = names.get((event.object_type, event.object_id)) or event.object_id or ""
        about = f"{kind}: {name}" if kind and name else kind or name
        who = person.email if person else _("The system")
        rows.append(AuditRow(event.on, who, action_label(event.action), about, event.detail or ""))
    return rows


def action_choices(actions: list[str]) -> list[tuple[str, str]]:
    """The action filter's options, in words, in the order of the words."""
    return sorted(((a, action_label(a)) for a in actions), key=lambda pair: pair[1].lower())


def audit_choices(partnership: Partnership) -> tuple[list[str], list[User]]:
    """The actions and the users that occur in the partnership's log, for the filters."""
    actions = db.session.scalars(
        select(AuditEvent.action)
        .where(AuditEvent.partnership_id == partnership.id)
        .distinct()
        .order_by(AuditEvent.action)
    )
    users = db.session.scalars(
        select(User)
        .where(
            User.id.in_(
                select(AuditEvent.user_id).where(AuditEvent.partnership_id == partnership.id)
            )
        )
        .order_by(func.lower(User.display_name), User.email)
    )
    return list(actions), list(users)
