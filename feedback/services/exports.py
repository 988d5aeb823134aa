"""Row-level exports: redacted text only, small channels left out."""

from __future__ import annotations

import csv
import uuid
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from flask import current_app
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import (
    Answer,
    Question,
    Response,
    SafeguardingFlag,
    Survey,
    Theme,
    ThemeAssignment,
)
from feedback.services.analysis import current_run

THEME_COLUMNS = ("response_id", "question_id", "theme_id", "theme_label", "rank")
WITHHELD = "[withheld: flagged for safeguarding review]"
RESPONSE_COLUMNS = ("response_id", "question_id", "text", "sentiment", "themes", "safeguarding")


def _free_text_answers(survey: Survey):
    """Free-text answers of the survey, leaving out channels too small to export."""
    small_channels = (
        select(Response.channel_id)
        .where(Response.survey_id == survey.id, Response.channel_id.is_not(None))
        .group_by(Response.channel_id)
        .having(func.count() < current_app.config["SUPPRESSION_THRESHOLD"])
    )
    query = (
        select(
            Answer.id,
            Answer.question_id,
            Answer.text_redacted,
            Answer.sentiment,
            SafeguardingFlag.id.label("flag_id"),
            Response.id.label("response_id"),
            Response.external_id,
        )
        .join(Response, Answer.response_id == Response.id)
        .outerjoin(SafeguardingFlag, SafeguardingFlag.answer_id == Answer.id)
        .join(Question, Answer.question_id == Question.id)
        .where(Response.survey_id == survey.id, Question.type == "free_text")
        .where(Response.channel_id.is_(None) | Response.channel_id.not_in(small_channels))
        .order_by(Response.external_id, Response.id, Question.position)
    )
    return db.session.execute(query).all()


def _assignments(survey: Survey) -> dict[uuid.UUID, list[tuple[int, Theme]]]:
    """Answer id -> [(rank, theme)], from the survey's run or else its partnership's."""
    run = current_run(survey)
    if run is None:
        return {}
    query = (
        select(ThemeAssignment.answer_id, ThemeAssignment.rank, Theme)
        .join(Theme, ThemeAssignment.theme_id == Theme.id)
        .join(Answer, ThemeAssignment.answer_id == Answer.id)
        .join(Response, Answer.response_id == Response.id)
        .where(ThemeAssignment.run_id == run.id, Response.survey_id == survey.id)
        .order_by(ThemeAssignment.rank)
    )
    found: dict[uuid.UUID, list[tuple[int, Theme]]] = defaultdict(list)
    for answer_id, rank, theme in db.session.execute(query):
        found[answer_id].append((rank, theme))
    return found


def _write_csv(out: Path, columns: tuple[str, ...], rows: Iterator[list[object]]) -> int:
    count = 0
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def export_themes(survey: Survey, out: Path) -> int:
    """One row per answer and theme (rank 1 = main); an unthemed answer gets one empty row."""
    assignments = _assignments(survey)

    def rows() -> Iterator[list[object]]:
        for answer in _free_text_answers(survey):
            response_id = answer.external_id or str(answer.response_id)
            for rank, theme in assignments.get(answer.id) or [(None, None)]:
                yield [
                    response_id,
                    str(answer.question_id),
                    str(theme.id) if theme else "",
                    theme.display_name if theme else "",
                    rank or "",
                ]

    return _write_csv(out, THEME_COLUMNS, rows())


def export_responses(survey: Survey, out: Path) -> int:
    """One row per free-text answer: redacted text, sentiment, themes and safeguarding flag."""
    assignments = _assignments(survey)

    def rows() -> Iterator[list[object]]:
        for answer in _free_text_answers(survey):
            themes = "|".join(str(theme.id) for _, theme in assignments.get(answer.id, []))
            response_id = answer.external_id or str(answer.response_id)
            flagged = answer.flag_id is not None
            yield [
                response_id,
                str(answer.question_id),
                # A flagged answer's words are for the safeguarding lead only.
                WITHHELD if flagged else answer.text_redacted or "",
                answer.sentiment or "none",
                themes,
                int(flagged),
            ]

    return _write_csv(out, RESPONSE_COLUMNS, rows())
