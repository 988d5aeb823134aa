"""Analysts' curation survives a real re-analysis (TF-IDF backend): names, parents, local
labels, merges, splits, moved answers and answers marked "wrongly themed"."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Answer, Partnership, Theme, ThemeAssignment
from feedback.services import curation
from feedback.services.analysis import run_analysis
from feedback.services.reports import theme_report
from tests.analysis.test_analysis_runs import main_themes, scope_of, store, synthetic
from tests.conftest import make_partnership, make_survey, make_user


@pytest.fixture
def analysed(db, app, monkeypatch):
    monkeypatch.setitem(app.config, "THEME_MODEL", "tfidf")
    survey = make_survey(make_partnership())
    store(survey, synthetic(300))
    run = run_analysis(scope_of(survey))
    assert run.status == "succeeded" and run.backend == "tfidf", run.message
    return survey, run


def members(run, theme_id) -> list:
    return sorted(a for a, t in main_themes(run).items() if t == theme_id)


def test_every_curation_holds_after_a_re_analysis(analysed):
    survey, first = analysed
    partnership = db.session.get(Partnership, survey.partnership_id)
    analyst = make_user(partnership, "analyst")
    report = theme_report(partnership.id, survey)
    big, small, split, mover, parent = (s.theme for s in report.themes[:5])
    organisation = partnership.organisations[0]

    curation.describe_theme(big, analyst, "Waiting", "Waits for care")
    curation.set_local_label(big, analyst, str(organisation.id), "Delays")
    curation.set_parent(mover, analyst, str(parent.id))
    merged_answers = members(first, small.id)
    curation.merge_theme(small, analyst, str(big.id))
    chosen = members(first, split.id)[:5]
    new = curation.split_theme(split, analyst, [str(i) for i in chosen], "Split off")
    moved, wrong = members(first, mover.id)[:2]
    curation.move_answer(partnership, db.session.get(Answer, moved), analyst, str(parent.id))
    curation.mark_wrong(partnership, db.session.get(Answer, wrong), analyst, str(mover.id))
    db.session.commit()

    second = run_analysis(scope_of(survey))
    assert second.status == "succeeded" and second.id != first.id
    db.session.expire_all()
    after = main_themes(second)
    shown = {s.theme.id: s.theme for s in theme_report(partnership.id, survey).themes}

    assert shown[big.id].display_name == "Waiting"
    assert shown[big.id].description == "Waits for care"
    assert shown[big.id].local_labels == {str(organisation.id): "Delays"}
    assert db.session.get(Theme, mover.id).parent_id == parent.id
    assert small.id not in shown and small.id not in after.values()
    assert sum(after.get(a) == big.id for a in merged_answers) >= 0.8 * len(merged_answers)
    assert shown[new.id].label == "Split off" and shown[new.id].curated
    assert [after[a] for a in chosen] == [new.id] * len(chosen)
    assert after[moved] == parent.id
    left = select(ThemeAssignment.theme_id).where(
        ThemeAssignment.run_id == second.id, ThemeAssignment.answer_id == wrong
    )
    assert mover.id not in db.session.scalars(left).all()
