"""'You said, we did': boards' actions on themes, and what the public pages show of them."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from flask import abort
from flask_babel import gettext as _
from sqlalchemy import func, or_, select
from werkzeug.datastructures import MultiDict

from feedback.extensions import db
from feedback.models import (
    ACTION_STATUSES,
    Action,
    Answer,
    Organisation,
    Partnership,
    Theme,
    ThemeAssignment,
    User,
)
from feedback.models.org import partnership_organisations
from feedback.services import audit, glossary
from feedback.services.analysis import latest_run
from feedback.services.building import Problem

DECISION_MAX = 2000
OWNER_MAX = 200
REASON_MAX = 2000
FIELDS = ("decision", "owner", "status", "reason", "organisation")


class ActionError(Exception):
    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


def status_names() -> dict[str, str]:
    return {
        "planned": _("Planned"),
        "in_progress": _("In progress"),
        "done": _("Done"),
        "not_possible": _("Not possible"),
    }


def organisations_of(partnership_id: uuid.UUID) -> list[Organisation]:
    return list(
        db.session.scalars(
            select(Organisation)
            .join(partnership_organisations)
            .where(partnership_organisations.c.partnership_id == partnership_id)
            .order_by(Organisation.name)
        )
    )


def action_organisations(
    partnership_id: uuid.UUID, keep: uuid.UUID | None = None
) -> list[Organisation]:
    """The organisations an action can be given to, by name: archived ones only where the
    action already belongs to one (`keep`)."""
    return [o for o in organisations_of(partnership_id) if o.archived_at is None or o.id == keep]


def form_values(action: Action | None = None) -> dict[str, str]:
    """The action's fields as the form shows them (empty for a new action)."""
    if action is None:
        return {"status": "planned", "day": "", "month": "", "year": ""}
    due = action.due_on
    return {
        "decision": action.decision,
        "owner": action.owner,
        "status": action.status,
        "reason": action.reason,
        "organisation": str(action.organisation_id or ""),
        "day": str(due.day) if due else "",
        "month": str(due.month) if due else "",
        "year": str(due.year) if due else "",
    }


def read_form(form: MultiDict) -> dict[str, str]:
    values = {name: form.get(name, "").strip() for name in FIELDS}
    for part in ("day", "month", "year"):
        values[part] = form.get(f"due_on-{part}", "").strip()
    return values


def check(
    partnership_id: uuid.UUID, values: dict[str, str], keep: uuid.UUID | None = None
) -> tuple[dict, list[Problem]]:
    """The action's fields ready to store, and the problems with them (all at once). An
    archived organisation is refused, unless it is the one the action has (`keep`)."""
    problems: list[Problem] = []
    decision, owner = values.get("decision", ""), values.get("owner", "")
    status, reason = values.get("status", ""), values.get("reason", "")
    if not decision:
        problems.append(Problem("decision", _("Enter what was decided")))
    elif len(decision) > DECISION_MAX:
        problems.append(
            Problem("decision", _("Decision must be %(n)s characters or fewer", n=DECISION_MAX))
        )
    if not owner:
        problems.append(Problem("owner", _("Enter who owns this action")))
    elif len(owner) > OWNER_MAX:
        problems.append(Problem("owner", _("Owner must be %(n)s characters or fewer", n=OWNER_MAX)))
    if status not in ACTION_STATUSES:
        problems.append(Problem("status", _("Choose a status")))
    if status == "not_possible" and not reason:
        problems.append(Problem("reason", _("Enter why it is not possible")))
    elif len(reason) > REASON_MAX:
        problems.append(
            Problem("reason", _("Reason must be %(n)s characters or fewer", n=REASON_MAX))
        )
    due_on = _date(values, problems)
    chosen = values.get("organisation", "")
    organisation_id = _organisation(partnership_id, chosen, problems, keep)
    fields = {
        "decision": decision,
        "owner": owner,
        "status": status,
        "reason": reason,
        "due_on": due_on,
        "organisation_id": organisation_id,
    }
    return fields, problems


def _date(values: dict[str, str], problems: list[Problem]) -> date | None:
    parts = [values.get(p, "") for p in ("day", "month", "year")]
    if not any(parts):
        problems.append(Problem("due_on", _("Enter a date: when it is due, or when it was done")))
        return None
    try:
        day, month, year = (int(p) for p in parts)
        if not 2000 <= year <= 2100:
            raise ValueError(year)
        return date(year, month, day)
    except ValueError:
        problems.append(Problem("due_on", _("Enter a real date, for example 27 3 2026")))
        return None


def _organisation(
    partnership_id: uuid.UUID, chosen: str, problems: list[Problem], keep: uuid.UUID | None
) -> uuid.UUID | None:
    if not chosen:
        return None
    known = {str(o.id): o.id for o in action_organisations(partnership_id, keep)}
    if chosen not in known:
        problems.append(Problem("organisation", _("Choose an organisation of this partnership")))
        return None
    return known[chosen]


def record_action(partnership: Partnership, theme: Theme, user: User, values: dict) -> Action:
    """Store a new action on the theme; ActionError (nothing saved) if the fields are wrong."""
    fields, problems = check(partnership.id, values)
    if problems:
        raise ActionError(problems)
    action = Action(
        partnership_id=partnership.id, theme_id=theme.id, created_by_id=user.id, **fields
    )
    db.session.add(action)
    db.session.flush()
    _audit(user, action, "record_action")
    db.session.commit()
    return action


def update_action(action: Action, user: User, values: dict) -> Action:
    """Change an action (its status, most often); ActionError if the fields are wrong."""
    fields, problems = check(action.partnership_id, values, keep=action.organisation_id)
    if problems:
        raise ActionError(problems)
    for name, value in fields.items():
        setattr(action, name, value)
    action.updated_on = date.today()
    _audit(user, action, "update_action")
    db.session.commit()
    return action


def _audit(user: User | None, action: Action, what: str) -> None:
    audit.record(user, action.partnership_id, what, "action", action.id, action.status)


def actions_for_themes(
    partnership_id: uuid.UUID, theme_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[Action]]:
    """Each theme's actions, newest first, in one query; themes without any are left out."""
    found: dict[uuid.UUID, list[Action]] = defaultdict(list)
    if not theme_ids:
        return found
    query = (
        select(Action)
        .where(Action.partnership_id == partnership_id, Action.theme_id.in_(list(theme_ids)))
        .order_by(Action.created_on.desc(), Action.decision)
    )
    for action in db.session.scalars(query):
        found[action.theme_id].append(action)
    return found


# --- The public page ---------------------------------------------------------------------


@dataclass
class PublicTheme:
    """A theme in plain words, with the actions taken on it."""

    theme: Theme
    label: str
    local_label: str = ""
    actions: list[Action] = field(default_factory=list)


def public_actions(partnership: Partnership, organisation: Organisation | None = None):
    """The actions shown publicly: all of the partnership's, or the organisation's own
    and the partnership-wide ones."""
    query = select(Action).where(Action.partnership_id == partnership.id)
    if organisation is not None:
        query = query.where(
            or_(Action.organisation_id == organisation.id, Action.organisation_id.is_(None))
        )
    return query.order_by(Action.due_on.desc().nulls_last(), Action.decision)


def public_themes(
    partnership: Partnership,
    organisation: Organisation | None = None,
    only: list[Theme] | None = None,
) -> list[PublicTheme]:
    """Themes with their actions, by agreed name; with `only`, just those themes (each
    listed even with no action yet), else every theme that has an action."""
    query = public_actions(partnership, organisation)
    if only is not None:
        query = query.where(Action.theme_id.in_([t.id for t in only]))
    by_theme: dict[uuid.UUID, list[Action]] = defaultdict(list)
    themes: dict[uuid.UUID, Theme] = {t.id: t for t in only or []}
    for action in db.session.scalars(query):
        by_theme[action.theme_id].append(action)
        themes.setdefault(action.theme_id, action.theme)
    terms = glossary.terms_for(partnership.id)
    local = str(organisation.id) if organisation else None
    shown = [
        PublicTheme(
            theme=theme,
            label=glossary.agreed_label(theme.display_name, terms),
            local_label=(theme.local_labels or {}).get(local, "") if local else "",
            actions=by_theme.get(theme.id, []),
        )
        for theme in themes.values()
    ]
    shown.sort(key=lambda p: p.label.lower())
    return shown


def public_organisation_or_404(partnership: Partnership, short_name: str) -> Organisation:
    organisation = db.session.scalar(
        select(Organisation)
        .join(partnership_organisations)
        .where(
            partnership_organisations.c.partnership_id == partnership.id,
            Organisation.short_name == short_name,
        )
    )
    if organisation is None:
        abort(404)
    return organisation


# --- Demo --------------------------------------------------------------------------------

# Each with the words its theme's answers most often use: the demo's own text, not a rule.
DEMO_ACTIONS = (
    (
        "We will add two evening staff to the reception desk and text people when we run late.",
        "Head of patient experience",
        "in_progress",
        "",
        30,
        ("wait", "reception", "late", "appointment"),
    ),
    (
        "Every team now has a monthly session to talk about what staff have told us.",
        "Director of workforce",
        "done",
        "",
        -14,
        ("staff", "team", "shift", "colleague"),
    ),
    (
        "We looked at opening a second car park, but the land is not ours to build on.",
        "Estates manager",
        "not_possible",
        "The council owns the land and has other plans for it; we are asking for more "
        "disabled bays instead.",
        -30,
        ("park",),
    ),
    (
        "We will write to people in plain words, and in their language, before a visit.",
        "Partnership communications lead",
        "planned",
        "",
        60,
        ("letter", "explain", "information", "told", "language"),
    ),
)


def _theme_most_about(run, words: tuple[str, ...], taken: set) -> uuid.UUID | None:
    """The run's theme, not yet taken, whose main answers most often use one of the words;
    the largest such theme when none do."""
    uses = or_(*(Answer.text_redacted.ilike(f"%{word}%") for word in words))
    return db.session.scalar(
        select(ThemeAssignment.theme_id)
        .join(Answer, Answer.id == ThemeAssignment.answer_id)
        .where(ThemeAssignment.run_id == run.id, ThemeAssignment.rank == 1)
        .where(ThemeAssignment.theme_id.not_in(taken))
        .group_by(ThemeAssignment.theme_id)
        .order_by(func.count().filter(uses).desc(), func.count().desc(), ThemeAssignment.theme_id)
        .limit(1)
    )


def seed_demo_actions(partnership: Partnership) -> None:
    """Demo actions, each on the theme most about its subject, once the partnership has
    themes (idempotent)."""
    run = latest_run(f"partnership:{partnership.id}")
    if run is None:
        return
    has_actions = db.session.scalar(
        select(func.count()).select_from(Action).where(Action.partnership_id == partnership.id)
    )
    if has_actions:
        return
    taken: set = set()
    themes = []
    for *_details, words in DEMO_ACTIONS:
        theme_id = _theme_most_about(run, words, taken)
        if theme_id is not None:
            taken.add(theme_id)
            themes.append(theme_id)
    # The first is the hospital's own, so its public page shows one of each kind.
    hospital = db.session.scalar(
        select(Organisation.id)
        .join(partnership_organisations)
        .where(
            partnership_organisations.c.partnership_id == partnership.id,
            Organisation.short_name == "city-hospital",
        )
    )
    for index, (theme_id, (decision, owner, status, reason, days, _words)) in enumerate(
        zip(themes, DEMO_ACTIONS, strict=False)
    ):
        db.session.add(
            Action(
                partnership_id=partnership.id,
                theme_id=theme_id,
                decision=decision,
                owner=owner,
                status=status,
                reason=reason,
                due_on=date.today() + timedelta(days=days),
                organisation_id=hospital if index == 0 else None,
            )
        )
    db.session.flush()
