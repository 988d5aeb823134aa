"""Background work: encoding new answers, giving them themes, and full analysis runs.

With `REDIS_URL` set, jobs go to an RQ queue on Redis and `flask --app wsgi worker` runs
them, retried on failure with their error kept. Unset (the embedded default), they run in
a background thread of this process. Jobs carry no answer ids and no respondent data: a
job record in Redis says only that new answers are waiting, never which or when.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress

from flask import Flask, current_app

QUEUE = "analysis"
RETRIES = (10, 60, 300)  # seconds before each retry of a failed job
log = logging.getLogger(__name__)
_threads = ThreadPoolExecutor(max_workers=1, thread_name_prefix="frontline-jobs")


def process_new_answers() -> int:
    """Encode answers with no vector yet, then give them themes and sentiment."""
    from feedback.services import analysis, safeguarding, vectors

    with _app_context(), _logged("process_new_answers"):
        vectors.encode_pending()  # screens each answer for safeguarding by meaning too
        safeguarding.notify_leads()
        analysis.score_new_sentiment()
        return analysis.assign_new_answers()


def analyse_scope(scope_key: str) -> str:
    """A full refit of one scope, as `flask analyse` does."""
    from feedback.services import analysis

    with _app_context(), _logged("analyse_scope"):
        run = analysis.run_analysis(analysis.scope_from_key(scope_key))
        return run.status


def new_answers_arrived() -> None:
    """Called after a response or an import is committed, never inside its transaction."""
    enqueue(process_new_answers)


def enqueue(function, *args) -> None:
    app = current_app._get_current_object()
    if app.config.get("JOBS") == "inline":
        function(*args)
    elif app.config["REDIS_URL"]:
        _queue(app).enqueue(
            function,
            *args,
            job_timeout=6 * 3600,
            result_ttl=24 * 3600,
            failure_ttl=7 * 24 * 3600,
            retry=_retry(),
        )
    else:
        _threads.submit(_run_in_thread, app, function, *args)


def _run_in_thread(app: Flask, function, *args) -> None:
    with app.app_context(), suppress(Exception):
        function(*args)  # logged by the job; the next new answer tries again


@contextmanager
def _logged(name: str):
    """A failing job's error goes to the log, then the queue retries the job."""
    try:
        yield
    except Exception:
        log.exception("Background job %s failed; it will be tried again", name)
        raise


def _queue(app: Flask):
    from redis import Redis
    from rq import Queue

    return Queue(QUEUE, connection=Redis.from_url(app.config["REDIS_URL"]))


def _retry():
    from rq import Retry

    return Retry(max=len(RETRIES), interval=list(RETRIES))


class _app_context:
    """The current app's context, or a new app's in an RQ work horse."""

    def __enter__(self):
        from flask import has_app_context

        self._context = None
        if not has_app_context():
            from feedback import create_app

            self._context = create_app().app_context()
            self._context.push()
        return self

    def __exit__(self, *exc):
        if self._context is not None:
            self._context.pop()
        return False
