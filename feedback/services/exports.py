"""Row-level exports: redacted text only, small channels left out."""

from __future__ import annotations

import csv
import io
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from flask import current_app
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import (
    Answer,
    Organisation,
    Partnership,
    Question,
    Response,
    SafeguardingFlag,
    Survey,
    Theme,
    ThemeAssignment,
    User,
)
from feedback.services import audit
from feedback.services.analysis import current_run, latest_run
from feedback.services.filters import AnswerFilter, apply_filter
from feedback.services.suppression import threshold as partnership_threshold

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
            # Text (imported ids included) that a spreadsheet would run as a formula.
            writer.writerow([neutralise(v) if isinstance(v, str) else v for v in row])
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


# Board and analyst exports of the filtered answers (GET /boards/<p>/export.csv, .xlsx).

ANSWER_COLUMNS = (
    "response_id",
    "survey",
    "question",
    "text",
    "themes",
    "sentiment",
    "organisation",
    "sector",
    "respondent_type",
    "date",
)
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """A leading apostrophe makes a spreadsheet read the cell as text, not a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


@dataclass
class AnswerExport:
    """The rows to export, and how many answers the filters matched before suppression."""

    rows: list[list[str]]
    matched: int


def answer_export(
    partnership: Partnership, chosen: AnswerFilter, survey: Survey | None = None
) -> AnswerExport:
    """Redacted free-text answers matching the filter, with flagged answers and small
    organisations and channels left out, and staff answers dated to the month only."""
    query = (
        select(
            Answer.id,
            Answer.text_redacted,
            Answer.sentiment,
            Question.text.label("question"),
            Response.id.label("response_id"),
            Response.submitted_on,
            Response.respondent_type,
            Response.channel_id,
            Response.organisation_id,
            Response.survey_id,
            Survey.slug,
            Survey.audience,
            Organisation.name.label("organisation"),
            Organisation.sector,
        )
        .select_from(Answer)
        .join(Response, Answer.response_id == Response.id)
        .join(Question, Answer.question_id == Question.id)
        .join(Survey, Response.survey_id == Survey.id)
        .outerjoin(Organisation, Response.organisation_id == Organisation.id)
        .outerjoin(SafeguardingFlag, SafeguardingFlag.answer_id == Answer.id)
        .where(Survey.partnership_id == partnership.id, Question.type == "free_text")
        .where(Answer.text_redacted.is_not(None), SafeguardingFlag.id.is_(None))
        .order_by(Response.submitted_on, Response.id, Question.position)
    )
    if survey is not None:
        query = query.where(Survey.id == survey.id)
    found = db.session.execute(apply_filter(query, chosen)).all()
    kept = _leave_out_small_groups(found, partnership_threshold(partnership))
    labels = _theme_labels(partnership, {row.survey_id for row in kept})
    rows = [
        [
            str(row.response_id),
            row.slug,
            row.question,
            row.text_redacted,
            " | ".join(labels.get(row.id, [])),
            row.sentiment or "none",
            row.organisation or "",
            row.sector or "",
            row.respondent_type,
            _export_date(row),
        ]
        for row in kept
    ]
    return AnswerExport(rows=rows, matched=len(found))


def _leave_out_small_groups(found: list, threshold: int) -> list:
    """Drop answers from channels, then organisations, with fewer respondents than the
    threshold in this selection: a row-level export must not single anyone out."""
    kept = found
    for key in ("channel_id", "organisation_id"):
        people: dict[object, set] = defaultdict(set)
        for row in kept:
            people[getattr(row, key)].add(row.response_id)
        kept = [
            row
            for row in kept
            if (key == "channel_id" and row.channel_id is None)
            or len(people[getattr(row, key)]) >= threshold
        ]
    return kept


def _export_date(row) -> str:
    # Staff are few per team: a day and a team together can point at one person.
    if row.audience == "staff" or row.respondent_type == "staff":
        return row.submitted_on.strftime("%Y-%m")
    return row.submitted_on.isoformat()


def _theme_labels(partnership: Partnership, survey_ids: set[uuid.UUID]) -> dict[uuid.UUID, list]:
    """Answer id -> theme labels, main first: from the partnership-wide run, else from the
    answer's survey's own run. A merged theme reads as the theme it was merged into."""
    wide = latest_run(f"partnership:{partnership.id}")
    own = [latest_run(f"survey:{survey_id}") for survey_id in sorted(survey_ids)]
    runs = [run for run in [wide, *own] if run is not None]
    if not runs:
        return {}
    themes = {
        t.id: t
        for t in db.session.scalars(select(Theme).where(Theme.partnership_id == partnership.id))
    }
    query = (
        select(ThemeAssignment.run_id, ThemeAssignment.answer_id, ThemeAssignment.theme_id)
        .where(ThemeAssignment.run_id.in_([run.id for run in runs]))
        .order_by(ThemeAssignment.rank)
    )
    by_run: dict[uuid.UUID, dict[uuid.UUID, list[str]]] = defaultdict(lambda: defaultdict(list))
    for run_id, answer_id, theme_id in db.session.execute(query):
        label = _label(themes, theme_id)
        if label and label not in by_run[run_id][answer_id]:
            by_run[run_id][answer_id].append(label)
    labels: dict[uuid.UUID, list[str]] = {}
    for run in reversed(runs):  # the partnership-wide run last, so it wins
        labels.update(by_run[run.id])
    return labels


def _label(themes: dict, theme_id: uuid.UUID) -> str:
    theme = themes.get(theme_id)
    for _step in range(10):  # a merge chain is short; the bound guards against a cycle
        if theme is None or theme.merged_into_id is None:
            break
        theme = themes.get(theme.merged_into_id)
    return theme.display_name if theme else ""


def answers_csv(export: AnswerExport) -> str:
    """The export as CSV text, every cell made safe for spreadsheets."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(ANSWER_COLUMNS)
    writer.writerows([neutralise(str(cell)) for cell in row] for row in export.rows)
    return out.getvalue()


def answers_xlsx(export: AnswerExport) -> bytes:
    """The export as an XLSX workbook: every cell a text cell, never a formula."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title="Answers")
    sheet.append(list(ANSWER_COLUMNS))
    for row in export.rows:
        sheet.append([_text_cell(sheet, value) for value in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _text_cell(sheet, value: str) -> WriteOnlyCell:
    # XML reads a carriage return as a line feed anyway: say so rather than leave it to chance.
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    cell = WriteOnlyCell(sheet, text)
    # Stored as a string (not "f"), and flagged so Excel keeps it text even when edited.
    cell.data_type = "s"
    cell.quotePrefix = str(value).startswith(FORMULA_STARTS)
    return cell


def audit_export(user: User, partnership: Partnership, what: str, detail: str) -> None:
    """Record who exported what (the day only, as for every audit event)."""
    audit.record(user, partnership.id, "export", what, partnership.id, detail)
    db.session.commit()
