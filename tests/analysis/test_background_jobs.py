"""Background work on a real Redis with RQ: new answers are encoded and themed by a worker,
jobs carry nothing about a respondent, and a failed job is kept with its error."""

from __future__ import annotations

import pytest
from redis import Redis
from redis.exceptions import ConnectionError as RedisDown
from rq import Queue, SimpleWorker
from rq.registry import FailedJobRegistry, ScheduledJobRegistry
from sqlalchemy import select

from feedback import jobs
from feedback.models import Answer, AnswerVector
from feedback.services import vectors
from tests.conftest import TEST_MODEL_NAME, form_data, make_partnership, make_survey, parse_page

REDIS_URL = "redis://127.0.0.1:6379/15"
TEXT = "The parking machine ate my coins and nobody on the desk could help"


@pytest.fixture
def redis_queue(app, db):
    connection = Redis.from_url(REDIS_URL)
    try:
        connection.ping()
    except RedisDown:
        pytest.fail("Redis is not running on 127.0.0.1:6379 (make test starts it)")
    connection.flushdb()
    app.config.update(REDIS_URL=REDIS_URL, JOBS="queue")
    yield Queue(jobs.QUEUE, connection=connection)
    app.config.update(REDIS_URL=None, JOBS="inline")
    connection.flushdb()
    connection.close()


def submit(client) -> None:
    make_survey(make_partnership())
    page = parse_page(client.get("/s/patient-fft"))
    response = client.post("/s/patient-fft", data=form_data(page, fft="poor", better=TEXT))
    assert response.status_code == 303


def test_a_submit_queues_a_job_that_a_worker_runs(client, db, redis_queue):
    submit(client)
    assert redis_queue.count == 1
    job = redis_queue.jobs[0]
    assert job.args == () and job.kwargs == {}, "a job never names an answer or a response"
    answer = db.session.scalar(select(Answer).where(Answer.text_raw == TEXT))
    assert answer.sentiment is None, "nothing was done inside the request"

    SimpleWorker([redis_queue], connection=redis_queue.connection).work(burst=True)
    db.session.expire_all()
    # One vector of the whole text and one of its subject (here the same words: none of
    # them only judges).
    models = db.session.scalars(select(AnswerVector.model).order_by(AnswerVector.model)).all()
    assert models == [TEST_MODEL_NAME, f"{TEST_MODEL_NAME} subjects"]
    assert db.session.get(Answer, answer.id).sentiment == "negative"


def test_a_failed_job_is_kept_for_retry_with_its_error(
    client, db, redis_queue, monkeypatch, caplog
):
    submit(client)

    def broken(*args, **kwargs):
        raise RuntimeError("model files unreadable")

    monkeypatch.setattr(vectors, "encode_pending", broken)
    SimpleWorker([redis_queue], connection=redis_queue.connection).work(burst=True)
    kept = (
        ScheduledJobRegistry(queue=redis_queue).get_job_ids()
        + FailedJobRegistry(queue=redis_queue).get_job_ids()
    )
    job = redis_queue.fetch_job(kept[0])
    assert job.retries_left == len(jobs.RETRIES) - 1, "it will be tried again"
    assert "model files unreadable" in caplog.text, "the worker's log shows the error"
