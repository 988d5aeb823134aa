"""Importing responses from CSV or XLSX: bad rows reported, good rows kept, nothing twice."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
import uuid
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from flask import current_app
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Organisation, Partnership, Question, Response, Survey, SurveyVersion
from feedback.services.responses import NewResponse, build_response
from feedback.services.surveys import FFT_CHOICES, FFT_QUESTION, FFT_SERIES

IMPORT_NAMESPACE = uuid.UUID("6f1c1f2e-4b8e-4f57-9c55-5d0c2d7f9a11")
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d/%m/%y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y")
FFT_BY_LABEL = {label.lower(): code for code, label in FFT_CHOICES}
BATCH = 1000


class ImportError_(Exception):
    """The file or the options cannot be imported at all (as opposed to a bad row)."""


@dataclass
class ImportOptions:
    survey: str
    text_column: str
    create: bool = False
    id_column: str | None = None
    date_column: str | None = None
    organisation_column: str | None = None
    rating_column: str | None = None
    question_column: str | None = None
    respondent_type: str | None = None
    partnership: str | None = None


@dataclass
class ImportReport:
    added: int = 0
    already_present: int = 0
    bad_rows: list[tuple[int, str]] = field(default_factory=list)
    ratings_missing: int = 0
    new_organisations: list[str] = field(default_factory=list)
    survey_created: bool = False
    encoding: str = "UTF-8"


def read_rows(path: Path, report: ImportReport | None = None) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) from a CSV or the first sheet of an XLSX; line 1 is the header."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return list(_xlsx_rows(path))
    text, encoding = _decoded(path.read_bytes())
    if report is not None:
        report.encoding = encoding
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = []
    try:
        for row in reader:
            rows.append((reader.line_num, {k.strip(): (v or "") for k, v in row.items() if k}))
    except csv.Error as error:
        raise ImportError_(
            f"Line {reader.line_num}: the file is not valid CSV ({error})."
        ) from error
    return rows


def _decoded(raw: bytes) -> tuple[str, str]:
    """The file's text and the encoding it was read as."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" and some exports: UTF-16 with a byte-order mark.
        return raw.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    utf8 = raw.decode("utf-8-sig", errors="replace")
    unreadable = utf8.count("\ufffd")
    if sum(ord(c) > 127 for c in utf8) > 2 * unreadable:
        # Mostly UTF-8 (accents, other scripts) with a few stray bytes: reading the whole
        # file as Windows-1252 would garble every one of its other characters.
        return utf8, f"UTF-8, with {unreadable} unreadable byte(s) shown as \ufffd"
    # Excel saves CSV as Windows-1252 unless told otherwise.
    return raw.decode("cp1252", errors="replace"), "Windows-1252"


def _xlsx_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise ImportError_(
            f"{path.name} is not a readable Excel workbook ({error}); save it as .xlsx or CSV."
        ) from error
    sheet = workbook.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [str(h).strip() if h is not None else "" for h in next(rows, [])]
    for number, values in enumerate(rows, start=2):
        cells = ["" if v is None else _cell_text(v) for v in values]
        yield number, dict(zip(header, cells, strict=False))


def _cell_text(value: object) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse_date(text: str) -> date:
    """An ISO or UK (day first) date."""
    cleaned = text.strip()
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(cleaned).date()
    except ValueError as error:
        raise ValueError(f"cannot read the date {text!r}; use YYYY-MM-DD or DD/MM/YYYY") from error


def import_responses(path: Path, options: ImportOptions) -> ImportReport:
    """Import every good row of the file into the survey; re-running adds nothing twice."""
    if not path.exists():
        raise ImportError_(f"No file at {path}")
    report = ImportReport()
    rows = read_rows(path, report)
    _check_columns(rows, options)
    survey = _survey(options, report)
    free_text = [q for q in survey.current_version.questions if q.type == "free_text"]
    if len(free_text) > 1 and not options.question_column:
        # Filing every comment under the first question would read complaints as praise.
        codes = ", ".join(f"{q.code} ({q.text!r})" for q in free_text)
        raise ImportError_(
            f"The survey {survey.slug} asks {len(free_text)} free-text questions: {codes}. "
            "Give --question-column, the column holding each row's question wording or code."
        )
    importer = _RowImporter(survey, options, report)
    for line, row in rows:
        importer.add(line, row)
    if not (report.added or importer.pending or report.already_present):
        db.session.rollback()  # nothing committed yet: a survey made by --create goes too
        shown = [f"Line {line}: {reason}." for line, reason in report.bad_rows[:5]]
        more = len(report.bad_rows) - len(shown)
        raise ImportError_(
            f"No row was imported: all {len(report.bad_rows)} were skipped.\n"
            + "\n".join(shown)
            + (f"\n… and {more} more." if more else "")
        )
    importer.flush()
    return report


def _check_columns(rows: list[tuple[int, dict[str, str]]], options: ImportOptions) -> None:
    if not rows:
        raise ImportError_("The file has no rows to import.")
    present = set(rows[0][1])
    wanted = [
        options.text_column,
        options.id_column,
        options.date_column,
        options.organisation_column,
        options.rating_column,
        options.question_column,
    ]
    missing = [c for c in wanted if c and c not in present]
    if missing:
        raise ImportError_(
            f"Column(s) {', '.join(missing)} not in the file. "
            f"Its columns: {', '.join(sorted(present))}"
        )


def _survey(options: ImportOptions, report: ImportReport) -> Survey:
    survey = db.session.scalar(select(Survey).where(Survey.slug == options.survey))
    if survey is not None:
        if survey.current_version is None:
            raise ImportError_(f"Survey {options.survey!r} has not been published yet.")
        return survey
    if not options.create:
        raise ImportError_(f"No survey {options.survey!r}. Add --create to make it.")
    partnership = _partnership(options.partnership)
    survey = Survey(
        partnership_id=partnership.id,
        slug=options.survey,
        status="closed",
        title=options.survey.replace("-", " ").capitalize(),
        audience={"staff": "staff", "carer": "carers"}.get(
            options.respondent_type or "", "patients"
        ),
    )
    version = SurveyVersion(survey=survey, number=1, published_on=date.today())
    if options.rating_column:
        version.questions.append(
            Question(
                code="fft",
                type="fft",
                series=FFT_SERIES,
                text=FFT_QUESTION,
                position=0,
                choices=[{"code": c, "label": label} for c, label in FFT_CHOICES],
            )
        )
    db.session.add_all([survey, version])
    db.session.flush()
    report.survey_created = True
    return survey


def _partnership(slug: str | None) -> Partnership:
    query = select(Partnership).order_by(Partnership.created_at, Partnership.slug).limit(1)
    if slug:
        query = select(Partnership).where(Partnership.slug == slug)
    partnership = db.session.scalar(query)
    if partnership is None:
        raise ImportError_(
            f"No partnership {slug!r}."
            if slug
            else "No partnership yet: run seed-demo or create one."
        )
    return partnership


def _import_only(survey: Survey) -> bool:
    """A survey nobody answers on the web: closed, with imported responses only."""
    answered_here = db.session.scalar(
        select(Response.id).where(Response.survey_id == survey.id, Response.source != "import")
    )
    return survey.status != "open" and answered_here is None


def _rating(value: str) -> str:
    """The FFT answer code a rating cell gives, or "" where it is outside the scale."""
    code = FFT_BY_LABEL.get(value.lower())
    if code is None and value.isdigit() and 1 <= int(value) <= len(FFT_CHOICES):
        # FFT files code 1 (very good) to 5 (very poor), and 6 for "don't know".
        code = FFT_CHOICES[int(value) - 1][0]
    return code or ""


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80] or "item"


class _RowImporter:
    """Turns rows into responses, batching inserts and remembering what it has seen."""

    def __init__(self, survey: Survey, options: ImportOptions, report: ImportReport):
        self.survey, self.options, self.report = survey, options, report
        self.version = survey.current_version
        self.partnership = db.session.get(Partnership, survey.partnership_id)
        self.max_length = current_app.config["FREE_TEXT_MAX_LENGTH"]
        self.seen = set(
            db.session.scalars(select(Response.external_id).where(Response.survey_id == survey.id))
        )
        self.occurrences: Counter[str] = Counter()
        self.organisations = {o.short_name: o for o in self.partnership.organisations}
        self.organisations.update({_slug(o.name): o for o in self.partnership.organisations})
        # Published content is immutable: only a survey made by import takes new questions.
        self.may_add_questions = report.survey_created or _import_only(survey)
        self.pending: list[Response] = []

    def add(self, line: int, row: dict[str, str]) -> None:
        try:
            external_id = self._external_id(row)
            if external_id in self.seen:
                self.report.already_present += 1
                return
            new, rating_missing = self._new_response(row, external_id)
        except ValueError as error:
            self.report.bad_rows.append((line, str(error)))
            return
        # Counted only for a row that is kept: a skipped row is reported by its line.
        self.report.ratings_missing += rating_missing
        self.seen.add(external_id)
        self.pending.append(build_response(self.version, None, new))
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        db.session.add_all(self.pending)
        db.session.commit()
        self.report.added += len(self.pending)
        self.pending = []

    def _new_response(self, row: dict[str, str], external_id: str) -> tuple[NewResponse, bool]:
        """The row as a response, and whether its rating was outside the scale."""
        opts = self.options
        # First, so that a row refused for its organisation leaves no new question behind.
        organisation_id = self._organisation(row)
        text = (row.get(opts.text_column) or "").strip()
        if len(text) > self.max_length:
            raise ValueError(f"the text is longer than {self.max_length:,} characters")
        values = {self._text_question(row).code: text}
        rating_missing = False
        if opts.rating_column:
            given = row.get(opts.rating_column, "").strip()
            values["fft"] = _rating(given)
            rating_missing = bool(given) and not values["fft"]
        day = (row.get(opts.date_column) or "").strip() if opts.date_column else ""
        new = NewResponse(
            submission_id=uuid.uuid5(IMPORT_NAMESPACE, f"{self.survey.id}:{external_id}"),
            values=values,
            respondent_type=opts.respondent_type or self.survey.default_respondent_type,
            source="import",
            external_id=external_id,
            submitted_on=parse_date(day) if day else date.today(),
            organisation_id=organisation_id,
        )
        return new, rating_missing

    def _external_id(self, row: dict[str, str]) -> str:
        if self.options.id_column:
            value = (row.get(self.options.id_column) or "").strip()
            if not value:
                raise ValueError(f"the {self.options.id_column} column is empty")
            return value[:200]
        # Without an id column the row's content identifies it, counted so that two
        # identical rows stay two responses and a re-run of the file still matches.
        content = "\x1f".join(f"{k}={v}" for k, v in sorted(row.items()))
        self.occurrences[content] += 1
        digest = hashlib.sha256(f"{content}\x1e{self.occurrences[content]}".encode()).hexdigest()
        return "row:" + digest[:32]

    def _text_question(self, row: dict[str, str]) -> Question:
        column = self.options.question_column
        wording = (row.get(column) or "").strip() if column else ""
        free_text = [q for q in self.version.questions if q.type == "free_text"]
        for question in free_text:
            if not wording or wording in (question.text, question.code):
                return question
        if not self.may_add_questions:
            raise ValueError(
                f"the survey has no question {wording or 'for free text'!r}; "
                "questions can only be added to a survey made by import"
            )
        return self._add_question(wording or "Comment")

    def _add_question(self, wording: str) -> Question:
        codes = {q.code for q in self.version.questions}
        code, number = _slug(wording), 2
        while code in codes:
            code, number = f"{_slug(wording)}-{number}", number + 1
        question = Question(
            code=code, type="free_text", text=wording, position=len(self.version.questions)
        )
        self.version.questions.append(question)
        db.session.flush()
        return question

    def _organisation(self, row: dict[str, str]) -> uuid.UUID | None:
        if not self.options.organisation_column:
            return None
        name = (row.get(self.options.organisation_column) or "").strip()
        if not name:
            return None
        found = self.organisations.get(name) or self.organisations.get(_slug(name))
        if found is None:
            found = Organisation(
                short_name=self._free_short_name(_slug(name)), name=name, sector="unknown"
            )
            self.partnership.organisations.append(found)
            db.session.flush()
            self.organisations[name] = found
            self.report.new_organisations.append(name)
        if found.archived_at is not None:
            # Archived: kept with its past data, closed to new work.
            raise ValueError(f"the organisation {name!r} is archived and takes no new responses")
        return found.id

    def _free_short_name(self, wanted: str) -> str:
        taken = set(
            db.session.scalars(
                select(Organisation.short_name).where(Organisation.short_name.like(f"{wanted}%"))
            )
        )
        candidate, number = wanted, 2
        while candidate in taken:
            candidate, number = f"{wanted}-{number}", number + 1
        return candidate
