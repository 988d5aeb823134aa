"""Command-line entry points: parse arguments, call a service, report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from sqlalchemy import select

from feedback.extensions import db
from feedback.jobs import new_answers_arrived
from feedback.models import Partnership, Survey
from feedback.services import demo, exports, retention, vectors
from feedback.services.analysis import Scope, run_analysis
from feedback.services.importer import ImportError_, ImportOptions, import_responses


def _survey_or_fail(slug: str) -> Survey:
    survey = db.session.scalar(select(Survey).where(Survey.slug == slug))
    if survey is None:
        raise click.ClickException(f"No survey {slug!r}.")
    return survey


@click.command("seed-demo")
@with_appcontext
def seed_demo() -> None:
    """Create the demo partnerships, surveys, users and synthetic responses (idempotent)."""
    summary = demo.seed_demo()
    click.echo(demo.describe(summary))


@click.command("import-responses")
@with_appcontext
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--survey", "survey_slug", required=True, help="Survey slug to import into.")
@click.option("--create", is_flag=True, help="Create the survey if it does not exist.")
@click.option("--text-column", required=True, help="Column holding the free-text answer.")
@click.option("--id-column", help="Column holding each row's own id (kept as the external id).")
@click.option("--date-column", help="Column holding the date (ISO or UK day-first).")
@click.option("--organisation-column", help="Column naming the organisation.")
@click.option(
    "--rating-column",
    help="Column holding the FFT rating: a label, or 1 (very good) to 5 (very poor), 6 don't know.",
)
@click.option("--question-column", help="Column holding the free-text question's wording.")
@click.option("--respondent-type", type=click.Choice(["staff", "patient", "carer"]))
@click.option("--partnership", help="Partnership slug for --create (default: the first).")
def import_responses_command(file: Path, survey_slug: str, **options) -> None:
    """Import responses from a CSV or XLSX file."""
    try:
        report = import_responses(file, ImportOptions(survey=survey_slug, **options))
    except ImportError_ as error:
        raise click.ClickException(str(error)) from error
    if report.added and current_app.config["REDIS_URL"]:
        new_answers_arrived()  # else `analyse` encodes them, with progress
    if report.survey_created:
        click.echo(f"Created survey {survey_slug}.")
    if report.encoding != "UTF-8":
        click.echo(f"The file is not plain UTF-8; it was read as {report.encoding}.")
    added, present = report.added, report.already_present
    click.echo(
        f"Added {added} {'response' if added == 1 else 'responses'}; "
        f"{present} {'was' if present == 1 else 'were'} already imported."
    )
    if report.ratings_missing:
        n = report.ratings_missing
        click.echo(
            f"{n} {'rating was' if n == 1 else 'ratings were'} outside the scale"
            " and stored as missing."
        )
    for name in report.new_organisations:
        click.echo(f"New organisation {name!r} created with sector 'unknown'.")
    for line, reason in report.bad_rows:
        click.echo(f"Line {line}: skipped, {reason}.", err=True)
    if report.bad_rows:
        click.echo(f"{len(report.bad_rows)} rows skipped; the other rows were kept.", err=True)


@click.command("analyse")
@with_appcontext
@click.option("--survey", "survey_slug", help="Theme all free-text answers of this survey.")
@click.option(
    "--question", "question_id", help="With --survey: theme only this question (id or code)."
)
@click.option(
    "--partnership", "partnership_slug", help="One theme set across the partnership's surveys."
)
def analyse(survey_slug: str | None, question_id: str | None, partnership_slug: str | None) -> None:
    """Find themes now, showing progress."""
    scope = _scope(survey_slug, question_id, partnership_slug)
    with click.progressbar(length=100, label="Analysing", show_percent=True) as bar:
        run = run_analysis(scope, _told(bar))
    click.echo(run.message)
    if run.status != "succeeded":
        raise SystemExit(1)


def _scope(survey_slug, question_id, partnership_slug) -> Scope:
    if bool(survey_slug) == bool(partnership_slug):
        raise click.UsageError("Give --survey SLUG or --partnership SLUG (one of them).")
    if partnership_slug:
        partnership = db.session.scalar(
            select(Partnership).where(Partnership.slug == partnership_slug)
        )
        if partnership is None:
            raise click.ClickException(f"No partnership {partnership_slug!r}.")
        return Scope(partnership)
    survey = _survey_or_fail(survey_slug)
    partnership = db.session.get(Partnership, survey.partnership_id)
    question = None
    if question_id:
        question = next(
            (q for v in survey.versions for q in v.questions if question_id in (str(q.id), q.code)),
            None,
        )
        if question is None:
            raise click.ClickException(f"No question {question_id!r} in survey {survey_slug!r}.")
    return Scope(partnership, survey, question)


@click.command("export-themes")
@with_appcontext
@click.option("--survey", "survey_slug", required=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
def export_themes_command(survey_slug: str, out: Path) -> None:
    """Write one row per answer and theme to a CSV file."""
    rows = exports.export_themes(_survey_or_fail(survey_slug), out)
    click.echo(f"Wrote {rows} rows to {out}.")


@click.command("export-responses")
@with_appcontext
@click.option("--survey", "survey_slug", required=True)
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
def export_responses_command(survey_slug: str, out: Path) -> None:
    """Write one row per free-text answer (redacted) to a CSV file."""
    rows = exports.export_responses(_survey_or_fail(survey_slug), out)
    click.echo(f"Wrote {rows} rows to {out}.")


@click.command("purge")
@with_appcontext
def purge_command() -> None:
    """Delete raw free text past each survey's retention period (redacted text stays)."""
    purged = retention.purge(date.today())
    if not purged:
        click.echo("No survey has a retention period; nothing to purge.")
    for survey, count in purged.items():
        months = survey.retention_months
        click.echo(f"{survey.slug}: raw text deleted from {count} answers ({months} months).")


@click.command("worker")
@with_appcontext
def worker_command() -> None:
    """Run background jobs from Redis (REDIS_URL): encoding, themes for new answers, runs."""
    from redis import Redis
    from rq import Worker

    from feedback.jobs import QUEUE

    url = current_app.config["REDIS_URL"]
    if not url:
        raise click.ClickException("Set REDIS_URL: without it, jobs run inside the web app.")
    Worker([QUEUE], connection=Redis.from_url(url)).work(with_scheduler=True)


@click.command("prepare-model")
@with_appcontext
def prepare_model() -> None:
    """Encode the engine's own example sentences into the model cache (once per model), so
    that the first analysis need not: worth running once after installing or changing
    THEME_MODEL."""
    with click.progressbar(length=100, label="Preparing the language model") as bar:
        encoded = vectors.prepare(_told(bar))
    click.echo(f"Encoded {encoded:,} example sentences; the model cache is ready.")


def _told(bar):
    """A progress callback that moves `bar` and names the step it is on ("Reading new
    answers (512 of 2,765)")."""
    done = [0]

    def progress(fraction: float, message: str) -> None:
        bar.label = message
        step = max(int(fraction * 100) - done[0], 0)
        bar.update(step)
        done[0] += step

    return progress


def register(app: Flask) -> None:
    for command in (
        prepare_model,
        seed_demo,
        import_responses_command,
        analyse,
        export_themes_command,
        export_responses_command,
        purge_command,
        worker_command,
    ):
        app.cli.add_command(command)
