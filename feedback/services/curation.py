"""Analysts' curation of themes: names, merges, splits, moved answers, a two-level
hierarchy and local labels. Each change is applied to the current run at once, stored
so that it survives re-analysis, and written to the audit log."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from flask import abort
from flask_babel import gettext as _
from sqlalchemy import delete, func, or_, select

from feedback.extensions import db
from feedback.models import (
    AnalysisRun,
    Answer,
    Organisation,
    Partnership,
    Response,
    SafeguardingFlag,
    Survey,
    Theme,
    ThemeAssignment,
    ThemeCuration,
    User,
)
from feedback.services import audit
from feedback.services.analysis import apply_curation, latest_run

NAME_LENGTH = 200
DESCRIPTION_LENGTH = 2000
PAGE_SIZE = 50


class CurationError(Exception):
    """A curation refused: `field` is the form field at fault, `message` says why."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field, self.message = field, message


@dataclass(frozen=True)
class ThemeAnswer:
    id: uuid.UUID
    text: str | None  # redacted; None when withheld for the safeguarding lead


def answer_or_404(partnership: Partnership, answer_id: uuid.UUID) -> Answer:
    answer = db.session.scalar(
        select(Answer)
        .join(Response, Answer.response_id == Response.id)
        .join(Survey, Response.survey_id == Survey.id)
        .where(Answer.id == answer_id, Survey.partnership_id == partnership.id)
        .where(Answer.text_redacted.is_not(None))
    )
    if answer is None:
        abort(404)
    return answer


def current_run(theme: Theme) -> AnalysisRun | None:
    return latest_run(theme.scope)


def scope_themes(theme: Theme) -> list[Theme]:
    """The live themes of the theme's analysis (itself included), by name."""
    run = current_run(theme)
    in_run = select(ThemeAssignment.id).where(
        ThemeAssignment.run_id == (run.id if run else None),
        ThemeAssignment.theme_id == Theme.id,
    )
    query = select(Theme).where(
        Theme.partnership_id == theme.partnership_id,
        Theme.scope == theme.scope,
        Theme.merged_into_id.is_(None),
        or_(Theme.curated, Theme.last_run_id == (run.id if run else None), in_run.exists()),
    )
    return sorted(db.session.scalars(query), key=lambda t: t.display_name.lower())


def theme_size(theme: Theme) -> int:
    """Answers whose main theme this is, in the current run."""
    run = current_run(theme)
    if run is None:
        return 0
    return db.session.scalar(
        select(func.count()).where(
            ThemeAssignment.run_id == run.id,
            ThemeAssignment.theme_id == theme.id,
            ThemeAssignment.rank == 1,
        )
    )


def theme_answers(theme: Theme, page: int = 1) -> list[ThemeAnswer]:
    """One page of the answers whose main theme this is; flagged answers' text withheld."""
    run = current_run(theme)
    if run is None:
        return []
    rows = db.session.execute(
        select(Answer.id, Answer.text_redacted, SafeguardingFlag.id)
        .join(ThemeAssignment, ThemeAssignment.answer_id == Answer.id)
        .outerjoin(SafeguardingFlag, SafeguardingFlag.answer_id == Answer.id)
        .where(
            ThemeAssignment.run_id == run.id,
            ThemeAssignment.theme_id == theme.id,
            ThemeAssignment.rank == 1,
        )
        .order_by(ThemeAssignment.score.desc(), Answer.id)
        .offset((max(page, 1) - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
    )
    return [ThemeAnswer(id, None if flag else text) for id, text, flag in rows]


def describe_theme(theme: Theme, user: User, name: str, description: str) -> None:
    """The board's name and description; an empty name goes back to the automatic label."""
    name, description = name.strip(), description.strip()
    if len(name) > NAME_LENGTH:
        raise CurationError("name", _("Name must be %(n)s characters or fewer", n=NAME_LENGTH))
    if len(description) > DESCRIPTION_LENGTH:
        raise CurationError(
            "description",
            _("Description must be %(n)s characters or fewer", n=DESCRIPTION_LENGTH),
        )
    theme.name, theme.description = name or None, description or None
    _audit(user, theme.partnership_id, "theme_described", theme.id, f"name={name!r}")


def merge_theme(theme: Theme, user: User, target_id: str) -> Theme:
    """Merge `theme` into another theme of the same analysis."""
    target = _scoped_theme(theme.partnership_id, target_id, "merge_into")
    if theme.merged_into_id is not None:
        raise CurationError("merge_into", _("This theme has already been merged"))
    if target.id == theme.id:
        raise CurationError("merge_into", _("A theme cannot be merged into itself"))
    if target.scope != theme.scope:
        raise CurationError("merge_into", _("Choose a theme from the same analysis"))
    if target.merged_into_id is not None:
        raise CurationError(
            "merge_into", _("That theme has been merged into another: choose that one")
        )
    children = db.session.scalars(select(Theme).where(Theme.parent_id == theme.id)).all()
    if children and target.parent_id is not None:
        raise CurationError(
            "merge_into",
            _("This theme has sub-themes, so it can only be merged into a top-level theme"),
        )
    theme.merged_into_id = target.id
    theme.parent_id = None
    for child in children:
        child.parent_id = target.id
    _apply(theme)
    _audit(user, theme.partnership_id, "theme_merged", theme.id, f"into={target.id}")
    return target


def split_theme(theme: Theme, user: User, answer_ids: list[str], name: str) -> Theme:
    """Move the chosen answers of a theme into a new theme the analyst names."""
    name = name.strip()
    problems = []
    if not answer_ids:
        problems.append(CurationError("answers", _("Choose the answers to move to the new theme")))
    if not name:
        problems.append(CurationError("name", _("Enter a name for the new theme")))
    elif len(name) > NAME_LENGTH:
        problems.append(
            CurationError("name", _("Name must be %(n)s characters or fewer", n=NAME_LENGTH))
        )
    if problems:
        raise problems[0]
    run = current_run(theme)
    members = _main_answers(run, theme)
    chosen = {_uuid(i, "answers") for i in answer_ids}
    if not chosen <= members:
        raise CurationError("answers", _("Choose answers from this theme"))
    if chosen == members:
        raise CurationError("answers", _("A split must leave answers in both themes"))
    new = Theme(
        id=uuid.uuid4(),
        partnership_id=theme.partnership_id,
        scope=theme.scope,
        last_run_id=run.id,
        label=name,
        keywords=[],
        curated=True,
        quote_answer_ids=[str(i) for i in sorted(chosen)[:3]],
        local_labels={},
    )
    db.session.add(new)
    db.session.flush()
    for answer_id in chosen:
        _record(theme.partnership_id, user, answer_id, new.id, "move")
    _apply(theme, chosen)
    _audit(
        user, theme.partnership_id, "theme_split", theme.id, f"new={new.id} answers={len(chosen)}"
    )
    return new


def move_answer(partnership: Partnership, answer: Answer, user: User, target_id: str) -> Theme:
    """Make another theme the answer's main theme."""
    target = _scoped_theme(partnership.id, target_id, "theme")
    if target.merged_into_id is not None:
        raise CurationError("theme", _("That theme has been merged into another: choose that one"))
    run = current_run(target)
    picks = _picks(run, answer.id)
    if not picks:
        raise CurationError("theme", _("This answer is not in that theme's analysis"))
    if picks[0] == target.id:
        raise CurationError("theme", _("The answer is already in this theme"))
    scope_ids = select(Theme.id).where(Theme.scope == target.scope)
    # The newest move in an analysis replaces the earlier ones there.
    db.session.execute(
        delete(ThemeCuration).where(
            ThemeCuration.answer_id == answer.id,
            ThemeCuration.theme_id.in_(scope_ids),
            or_(
                ThemeCuration.kind == "move",
                ThemeCuration.theme_id == target.id,
            ),
        )
    )
    _record(partnership.id, user, answer.id, target.id, "move")
    _apply(target, {answer.id})
    _audit(user, partnership.id, "answer_moved", answer.id, f"from={picks[0]} to={target.id}")
    return target


def mark_wrong(partnership: Partnership, answer: Answer, user: User, theme_id: str) -> Theme:
    """Take the answer out of a theme it was wrongly given."""
    theme = _scoped_theme(partnership.id, theme_id, "theme")
    if theme.id not in _picks(current_run(theme), answer.id):
        raise CurationError("theme", _("This answer is not in that theme"))
    db.session.execute(
        delete(ThemeCuration).where(
            ThemeCuration.answer_id == answer.id, ThemeCuration.theme_id == theme.id
        )
    )
    _record(partnership.id, user, answer.id, theme.id, "wrong")
    _apply(theme, {answer.id})
    _audit(user, partnership.id, "answer_marked_wrong", answer.id, f"theme={theme.id}")
    return theme


def set_parent(theme: Theme, user: User, parent_id: str) -> None:
    """Put the theme under a parent theme (two levels only), or back at the top."""
    parent = _scoped_theme(theme.partnership_id, parent_id, "parent") if parent_id else None
    if parent is not None:
        if parent.id == theme.id:
            raise CurationError("parent", _("A theme cannot be its own parent"))
        if parent.scope != theme.scope:
            raise CurationError("parent", _("Choose a parent from the same analysis"))
        if parent.merged_into_id is not None:
            raise CurationError("parent", _("That theme has been merged into another"))
        if parent.parent_id is not None:
            raise CurationError(
                "parent", _("That theme is a sub-theme itself: themes have two levels only")
            )
        has_children = db.session.scalar(select(func.count()).where(Theme.parent_id == theme.id))
        if has_children:
            raise CurationError(
                "parent", _("This theme has sub-themes, so it cannot have a parent itself")
            )
    theme.parent_id = parent.id if parent else None
    _audit(user, theme.partnership_id, "theme_parent_set", theme.id, f"parent={theme.parent_id}")


def set_local_label(theme: Theme, user: User, organisation_id: str, label: str) -> None:
    """An organisation's own label for the theme; an empty label removes it."""
    label = label.strip()
    organisation = None
    if organisation_id:
        organisation = db.session.scalar(
            select(Organisation).where(
                Organisation.id == _uuid(organisation_id, "organisation"),
                Organisation.partnerships.any(Partnership.id == theme.partnership_id),
            )
        )
    if organisation is None:
        raise CurationError("organisation", _("Choose an organisation of the partnership"))
    if len(label) > NAME_LENGTH:
        raise CurationError(
            "local_label", _("Label must be %(n)s characters or fewer", n=NAME_LENGTH)
        )
    labels = dict(theme.local_labels or {})
    if label:
        labels[str(organisation.id)] = label
    else:
        labels.pop(str(organisation.id), None)
    theme.local_labels = labels
    _audit(user, theme.partnership_id, "theme_local_label_set", theme.id, f"org={organisation.id}")


def _uuid(value: str, field: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise CurationError(field, _("Choose from the list")) from None


def _scoped_theme(partnership_id: uuid.UUID, theme_id: str, field: str) -> Theme:
    if not theme_id:
        raise CurationError(field, _("Choose a theme"))
    theme = db.session.scalar(
        select(Theme).where(
            Theme.id == _uuid(theme_id, field), Theme.partnership_id == partnership_id
        )
    )
    if theme is None:
        raise CurationError(field, _("Choose a theme from the list"))
    return theme


def _main_answers(run: AnalysisRun | None, theme: Theme) -> set[uuid.UUID]:
    if run is None:
        return set()
    return set(
        db.session.scalars(
            select(ThemeAssignment.answer_id).where(
                ThemeAssignment.run_id == run.id,
                ThemeAssignment.theme_id == theme.id,
                ThemeAssignment.rank == 1,
            )
        )
    )


def _picks(run: AnalysisRun | None, answer_id: uuid.UUID) -> list[uuid.UUID]:
    """The answer's themes in the run, main first."""
    if run is None:
        return []
    return list(
        db.session.scalars(
            select(ThemeAssignment.theme_id)
            .where(ThemeAssignment.run_id == run.id, ThemeAssignment.answer_id == answer_id)
            .order_by(ThemeAssignment.rank)
        )
    )


def _record(partnership_id, user: User, answer_id, theme_id, kind: str) -> None:
    db.session.add(
        ThemeCuration(
            partnership_id=partnership_id,
            answer_id=answer_id,
            theme_id=theme_id,
            kind=kind,
            on=date.today(),
            user_id=user.id,
        )
    )


def _apply(theme: Theme, answer_ids: set[uuid.UUID] | None = None) -> None:
    db.session.flush()
    run = current_run(theme)
    if run is not None:
        apply_curation(run, answer_ids)
    db.session.flush()


def _audit(user: User, partnership_id, action: str, object_id, detail: str) -> None:
    kind = "answer" if action.startswith("answer") else "theme"
    audit.record(user, partnership_id, action, kind, object_id, detail)
    db.session.flush()
