"""JSON API routes. Each token reads and writes its own partnership only."""

from __future__ import annotations

from flask import current_app, g, jsonify, request
from sqlalchemy.exc import SQLAlchemyError

from feedback import jobs
from feedback.api import bp, openapi, submission
from feedback.extensions import csrf, db, limiter
from feedback.permissions import public, requires_token
from feedback.services import api_tokens, receipts, reports
from feedback.services.responses import record_response
from feedback.services.suppression import safe_count, threshold, use_threshold_of

# A bearer token, not a cookie, authenticates these routes, so there is no cross-site
# request to forge.
csrf.exempt(bp)


def _submit_limit() -> str:
    return current_app.config.get("API_SUBMIT_LIMIT", "60 per minute")


@bp.get("/openapi.json")
@public
def openapi_document():
    return jsonify(openapi.document(request.url_root.rstrip("/") + bp.url_prefix))


@bp.get("/themes")
@requires_token("board", "analyst")
def themes():
    """The partnership-wide run's themes, largest first, with small counts suppressed."""
    partnership = g.api_token.partnership
    use_threshold_of(partnership)
    report = reports.theme_report(partnership.id)
    run = report.run
    return jsonify(
        partnership=partnership.slug,
        threshold=threshold(),
        analysed_on=run.finished_at.date().isoformat() if run and run.finished_at else None,
        answers=safe_count(run.n_answers) if run else "0",
        themes=[_theme(summary) for summary in report.themes],
    )


def _theme(summary: reports.ThemeSummary) -> dict:
    return {
        "id": str(summary.theme.id),
        "name": summary.label or summary.theme.display_name,
        "keywords": summary.theme.keywords or [],
        "size": summary.size_shown,
        "by_respondent_type": dict(summary.split_shown),
        "by_sentiment": dict(summary.sentiment_shown),
        "quotes": summary.quotes,
    }


@bp.post("/responses")
@requires_token("author")
@limiter.limit(_submit_limit, key_func=api_tokens.rate_limit_key)
def submit_response():
    """One response to an open survey; the same submission_id again stores nothing more.
    The reply names no response: only the receipt code a respondent would be shown."""
    body = request.get_json(silent=True)
    found = submission.read(g.api_token.partnership, body)
    if found.errors:
        message = "The response was not recorded: see errors."
        return jsonify(error="Unprocessable Entity", message=message, errors=found.errors), 422
    try:
        response, created = record_response(found.survey.current_version, found.channel, found.new)
    except SQLAlchemyError:
        db.session.rollback()
        current_app.logger.exception("Could not store a response sent to the API")
        message = "The response could not be stored. Send it again with the same submission_id."
        return jsonify(error="Service Unavailable", message=message), 503
    submission_id = str(found.new.submission_id)
    if not created:
        return jsonify(status="already recorded", submission_id=submission_id), 200
    receipt = receipts.issue_receipt(response)
    jobs.new_answers_arrived()
    return jsonify(status="recorded", submission_id=submission_id, receipt=receipt), 201
