"""The CLI as DESIGN.md describes it: import, analyse, export, seed-demo."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from feedback.models import Answer, Organisation, Question, Response, SafeguardingFlag, Survey
from tests.conftest import make_partnership, make_survey

TOPICS = [
    "The wait in A&E was far too long",
    "Parking at the hospital is impossible",
    "Nurses were kind and caring",
    "Food on the ward was cold",
    "Doctor explained everything clearly",
]


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle))


def sample_rows(n: int = 60) -> list[dict[str, str]]:
    return [
        {
            "id": f"R{i}",
            "text": f"{TOPICS[i % 5]} ({i})",
            "date": f"{1 + i % 28:02d}/03/2024",
            "org": ["North Trust", "South GP"][i % 2],
            "rating": str(1 + i % 5),
            "question": ["What was good?", "What could be better?"][i % 2],
        }
        for i in range(n)
    ]


def run(app, *args: str):
    return app.test_cli_runner().invoke(args=list(args))


IMPORT = (
    "--survey",
    "eval",
    "--create",
    "--text-column",
    "text",
    "--id-column",
    "id",
    "--date-column",
    "date",
    "--organisation-column",
    "org",
    "--rating-column",
    "rating",
    "--respondent-type",
    "patient",
    "--question-column",
    "question",
)


def count(db, model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_import_creates_the_survey_and_reports_new_organisations(app, db, tmp_path):
    make_partnership()
    result = run(
        app, "import-responses", str(write_csv(tmp_path / "in.csv", sample_rows())), *IMPORT
    )
    assert result.exit_code == 0, result.output
    assert "Added 60 responses" in result.output
    assert "'North Trust' created with sector 'unknown'" in result.output
    assert count(db, Response) == 60
    assert (
        db.session.scalar(select(Organisation).where(Organisation.name == "South GP")).sector
        == "unknown"
    )


def test_import_reports_bad_rows_by_line_keeps_good_ones_and_adds_nothing_twice(app, db, tmp_path):
    make_partnership()
    rows = sample_rows(10)
    rows[3]["date"] = "31/02/2024"
    rows[6]["id"] = ""
    path = write_csv(tmp_path / "in.csv", rows)
    first = run(app, "import-responses", str(path), *IMPORT)
    assert "Line 5: skipped" in first.output and "Line 8: skipped" in first.output
    assert count(db, Response) == 8
    again = run(app, "import-responses", str(path), *IMPORT)
    assert "Added 0 responses; 8 were already imported" in again.output
    assert count(db, Response) == 8


def test_rows_of_an_archived_organisation_are_skipped_and_reported(app, db, tmp_path):
    partnership = make_partnership()
    partnership.organisations[0].archived_at = datetime.now(UTC)
    db.session.commit()
    rows = sample_rows(4)
    rows[1]["org"] = "Riverside Hospital"
    result = run(app, "import-responses", str(write_csv(tmp_path / "in.csv", rows)), *IMPORT)
    assert "Line 3: skipped, the organisation 'Riverside Hospital' is archived" in result.output
    assert count(db, Response) == 3
    assert count(db, Organisation) == 3, "no second organisation of the archived one's name"


def test_ratings_outside_the_scale_are_stored_as_missing_and_counted(app, db, tmp_path):
    make_partnership()
    rows = sample_rows(5)
    rows[0]["rating"], rows[1]["rating"] = "7", "6"
    path = write_csv(tmp_path / "in.csv", rows)
    result = run(app, "import-responses", str(path), *IMPORT)
    assert "1 rating was outside the scale" in result.output
    assert count(db, Response) == 5
    ratings = db.session.scalars(select(Answer.value).where(Answer.value.is_not(None)))
    assert "dont_know" in set(ratings), "an FFT file's 6 means don't know"
    again = run(app, "import-responses", str(path), *IMPORT)
    assert "outside the scale" not in again.output, "rows already imported are not re-read"


def test_a_row_skipped_for_its_date_is_not_counted_for_its_rating_too(app, db, tmp_path):
    make_partnership()
    rows = sample_rows(3)
    rows[0]["rating"], rows[0]["date"] = "9", "31/02/2024"
    result = run(app, "import-responses", str(write_csv(tmp_path / "in.csv", rows)), *IMPORT)
    assert "Line 2: skipped" in result.output
    assert "outside the scale" not in result.output
    assert "Added 2 responses; 0 were already imported." in result.output
    one = write_csv(tmp_path / "one.csv", sample_rows(4)[3:])
    assert (
        "Added 1 response; 0 were already imported."
        in run(app, "import-responses", str(one), *IMPORT).output
    )


def test_identical_rows_without_an_id_stay_two_responses_and_rerun_adds_none(app, db, tmp_path):
    make_partnership()
    rows = [{"text": "Lovely staff", "date": "01/03/2024"}] * 2
    path = write_csv(tmp_path / "in.csv", rows)
    args = ("--survey", "dup", "--create", "--text-column", "text", "--date-column", "date")
    assert "Added 2 responses" in run(app, "import-responses", str(path), *args).output
    assert "Added 0 responses" in run(app, "import-responses", str(path), *args).output
    assert count(db, Response) == 2


def test_a_windows_1252_csv_from_excel_is_read_and_said_so(app, db, tmp_path):
    make_partnership()
    path = tmp_path / "excel.csv"
    path.write_bytes("text\nThe caf\u00e9 charged \u00a33 for tea\n".encode("cp1252"))
    result = run(
        app, "import-responses", str(path), "--survey", "w", "--create", "--text-column", "text"
    )
    assert result.exit_code == 0, result.output
    assert "Windows-1252" in result.output
    texts = set(db.session.scalars(select(Answer.text_raw).where(Answer.text_raw.is_not(None))))
    assert texts == {"The caf\u00e9 charged \u00a33 for tea"}


def test_a_utf8_file_with_one_stray_byte_keeps_its_other_characters(app, db, tmp_path):
    make_partnership()
    path = tmp_path / "mixed.csv"
    path.write_bytes("text\n日本 café was fine\n".encode() + b"Bad \xe9 byte\n")
    args = ("--survey", "m", "--create", "--text-column", "text")
    result = run(app, "import-responses", str(path), *args)
    assert result.exit_code == 0, result.output
    assert "unreadable byte" in result.output
    texts = set(db.session.scalars(select(Answer.text_raw).where(Answer.text_raw.is_not(None))))
    assert "日本 café was fine" in texts


def test_a_utf16_csv_is_read(app, db, tmp_path):
    make_partnership()
    path = tmp_path / "unicode.csv"
    path.write_bytes("text\nThe café was warm\n".encode("utf-16"))
    args = ("--survey", "u", "--create", "--text-column", "text")
    result = run(app, "import-responses", str(path), *args)
    assert result.exit_code == 0, result.output
    texts = set(db.session.scalars(select(Answer.text_raw).where(Answer.text_raw.is_not(None))))
    assert texts == {"The café was warm"}


def test_a_file_that_is_not_a_workbook_gets_a_clear_error(app, db, tmp_path):
    make_partnership()
    path = write_csv(tmp_path / "renamed.xlsx", sample_rows(3))
    result = run(app, "import-responses", str(path), *IMPORT)
    assert result.exit_code == 1 and "not a readable Excel workbook" in result.output
    assert "Traceback" not in result.output and count(db, Survey) == 0


def test_an_import_that_keeps_no_row_fails_and_creates_no_survey(app, db, tmp_path):
    make_partnership()
    rows = [{**row, "date": "someday"} for row in sample_rows(8)]
    result = run(app, "import-responses", str(write_csv(tmp_path / "in.csv", rows)), *IMPORT)
    assert result.exit_code == 1
    assert "No row was imported: all 8 were skipped" in result.output
    assert "Line 2: cannot read the date 'someday'" in result.output and "3 more" in result.output
    assert count(db, Survey) == 0 and count(db, Response) == 0


def test_import_does_not_reword_a_survey_people_answer_on_the_web(app, db, tmp_path):
    make_survey(make_partnership())
    path = write_csv(tmp_path / "in.csv", sample_rows(4))
    result = run(
        app,
        *("import-responses", str(path), "--survey", "patient-fft", "--text-column"),
        *("text", "--id-column", "id", "--question-column", "question"),
    )
    assert "questions can only be added to a survey made by import" in result.output
    assert count(db, Response) == 0


def test_import_into_a_survey_of_two_free_text_questions_needs_the_question(app, db, tmp_path):
    make_survey(make_partnership())
    path = write_csv(tmp_path / "in.csv", sample_rows(4))
    args = ("--survey", "patient-fft", "--text-column", "text", "--id-column", "id")
    result = run(app, "import-responses", str(path), *args)
    assert result.exit_code != 0
    assert "--question-column" in result.output and "better" in result.output
    assert count(db, Response) == 0
    with_question = [{**row, "question": "better"} for row in sample_rows(4)]
    path = write_csv(tmp_path / "better.csv", with_question)
    result = run(app, "import-responses", str(path), *args, "--question-column", "question")
    assert "Added 4 responses" in result.output
    questions = db.session.scalars(
        select(Question.code)
        .join(Answer, Answer.question_id == Question.id)
        .where(Answer.text_raw.is_not(None))
    )
    assert set(questions) == {"better"}


def test_import_reads_xlsx_with_dates_as_cells(app, db, tmp_path):
    from datetime import date

    make_partnership()
    book = Workbook()
    sheet = book.active
    sheet.append(["id", "text", "date"])
    sheet.append(["X1", "Kind staff", date(2024, 5, 2)])
    sheet.append(["X2", "Long wait", "2024-05-03"])
    book.save(tmp_path / "in.xlsx")
    result = run(
        app,
        "import-responses",
        str(tmp_path / "in.xlsx"),
        "--survey",
        "xl",
        "--create",
        "--text-column",
        "text",
        "--id-column",
        "id",
        "--date-column",
        "date",
    )
    assert result.exit_code == 0, result.output
    days = sorted(db.session.scalars(select(Response.submitted_on)))
    assert [d.isoformat() for d in days] == ["2024-05-02", "2024-05-03"]


def test_import_without_create_into_unknown_survey_says_how(app, db, tmp_path):
    make_partnership()
    path = write_csv(tmp_path / "in.csv", sample_rows(3))
    result = run(app, "import-responses", str(path), "--survey", "nope", "--text-column", "text")
    assert result.exit_code != 0 and "--create" in result.output


def test_import_names_a_missing_column(app, db, tmp_path):
    make_partnership()
    path = write_csv(tmp_path / "in.csv", sample_rows(3))
    result = run(
        app, "import-responses", str(path), "--survey", "x", "--create", "--text-column", "comment"
    )
    assert result.exit_code != 0 and "comment" in result.output and "text" in result.output


def test_analyse_then_export_themes_gives_one_row_per_answer_and_theme(app, db, tmp_path):
    make_partnership()
    rows = sample_rows(60) + [{**sample_rows(1)[0], "id": "EMPTY", "text": "N/A"}]
    run(app, "import-responses", str(write_csv(tmp_path / "in.csv", rows)), *IMPORT)
    result = run(app, "analyse", "--survey", "eval")
    assert result.exit_code == 0, result.output
    # The progress bar names each step as it reaches it.
    assert "Grouping answers into themes" in result.output and "Found" in result.output
    out = tmp_path / "themes.csv"
    assert run(app, "export-themes", "--survey", "eval", "--out", str(out)).exit_code == 0
    exported = read_csv(out)
    assert list(exported[0]) == ["response_id", "question_id", "theme_id", "theme_label", "rank"]
    main = [r for r in exported if r["rank"] == "1"]
    assert sorted(r["response_id"] for r in main) == sorted(f"R{i}" for i in range(60))
    empty = [r for r in exported if r["response_id"] == "EMPTY"]
    assert len(empty) == 1 and empty[0]["theme_id"] == "" and empty[0]["rank"] == ""


def test_analyse_with_too_few_answers_says_so_and_finds_no_themes(app, db, tmp_path):
    make_partnership()
    run(app, "import-responses", str(write_csv(tmp_path / "in.csv", sample_rows(8))), *IMPORT)
    result = run(app, "analyse", "--survey", "eval")
    assert result.exit_code == 1
    assert "Too few answers to find themes" in result.output


def test_export_responses_has_redacted_text_only(app, db, tmp_path):
    make_partnership()
    rows = sample_rows(3)
    rows[0]["text"] = "Ring me on 07700 900123"
    run(app, "import-responses", str(write_csv(tmp_path / "in.csv", rows)), *IMPORT)
    out = tmp_path / "responses.csv"
    run(app, "export-responses", "--survey", "eval", "--out", str(out))
    exported = read_csv(out)
    assert list(exported[0]) == [
        "response_id",
        "question_id",
        "text",
        "sentiment",
        "themes",
        "safeguarding",
    ]
    assert "07700" not in out.read_text() and "[phone]" in out.read_text()


def test_seed_demo_is_idempotent_and_prints_sign_in_details(app, db):
    first = run(app, "seed-demo")
    assert first.exit_code == 0, first.output
    assert (
        "board@riverside.example" in first.output and "/s/staff-pulse/city-hospital" in first.output
    )
    responses = count(db, Response)
    assert responses >= 600
    # The safeguarding lead's demo queue has an invented disclosure to review.
    assert count(db, SafeguardingFlag) >= 1
    again = run(app, "seed-demo")
    assert "(0 added this time)" in again.output
    assert count(db, Response) == responses
    assert {s.slug for s in db.session.scalars(select(Survey))} >= {"patient-fft", "staff-pulse"}


@pytest.mark.parametrize("args", [("analyse",), ("analyse", "--survey", "a", "--partnership", "b")])
def test_analyse_needs_exactly_one_scope(app, db, args):
    result = run(app, *args)
    assert result.exit_code == 2 and "one of them" in result.output


def test_prepare_model_fills_the_model_cache(app):
    result = run(app, "prepare-model")
    assert result.exit_code == 0, result.output
    assert "example sentences; the model cache is ready" in result.output
