"""An organisation can belong to two partnerships. Its safeguarding lead in one of them
reads that partnership's flags only: the other partnership's flags about the same
organisation are not in the queue, not found by id, and cannot be reviewed."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import AuditEvent, Membership, SafeguardingFlag, Survey
from tests.conftest import (
    csrf_token,
    form_data,
    make_partnership,
    make_survey,
    make_user,
    parse_page,
    sign_in,
)

ALPHA_DISCLOSURE = "I have been thinking about ending my life and nobody on the ward listened"
BETA_DISCLOSURE = "My carer hits me when nobody is around and I am scared to go home"


def disclose(client, survey: Survey, text: str) -> None:
    url = f"/s/{survey.slug}/{survey.channels[0].code}"
    page = parse_page(client.get(url))
    assert client.post(url, data=form_data(page, fft="poor", better=text)).status_code == 303


@pytest.fixture
def shared(db, client):
    """One hospital in partnerships alpha and beta, a disclosure about it in each, and a
    lead who holds the role for the hospital in alpha only."""
    alpha = make_partnership("alpha")
    beta = make_partnership("beta")
    hospital = alpha.organisations[0]
    beta.organisations = [hospital]
    db.session.commit()
    disclose(client, make_survey(alpha, slug="alpha-fft"), ALPHA_DISCLOSURE)
    disclose(client, make_survey(beta, slug="beta-fft"), BETA_DISCLOSURE)
    flags = {flag.partnership_id: flag for flag in db.session.scalars(select(SafeguardingFlag))}
    assert {flag.organisation_id for flag in flags.values()} == {hospital.id}
    lead = make_user(alpha, "safeguarding", email="lead@hospital.example")
    lead.memberships[0].organisation_id = hospital.id
    db.session.commit()
    return {"alpha": flags[alpha.id], "beta": flags[beta.id], "lead": lead}


def test_the_queue_holds_only_the_partnership_the_role_was_given_in(client, shared):
    sign_in(client, shared["lead"])
    queue = parse_page(client.get("/safeguarding/"))
    links = {a["href"] for a in queue.select("main a") if "Review" in a.get_text()}
    assert links == {f"/safeguarding/flags/{shared['alpha'].id}"}
    assert "Abuse or neglect" not in queue.get_text()


def test_another_partnerships_flag_about_the_same_organisation_is_not_found(client, shared):
    sign_in(client, shared["lead"])
    mine = client.get(f"/safeguarding/flags/{shared['alpha'].id}")
    assert mine.status_code == 200 and ALPHA_DISCLOSURE in mine.get_data(as_text=True)
    theirs = client.get(f"/safeguarding/flags/{shared['beta'].id}")
    assert theirs.status_code == 404
    assert BETA_DISCLOSURE not in theirs.get_data(as_text=True)
    data = {"csrf_token": csrf_token(mine.get_data(as_text=True)), "outcome": "referred"}
    assert client.post(f"/safeguarding/flags/{shared['beta'].id}", data=data).status_code == 404
    beta = db.session.get(SafeguardingFlag, shared["beta"].id)
    db.session.refresh(beta)
    assert (beta.status, beta.reviewed_by_id) == ("open", None)
    views = select(AuditEvent.object_id).where(AuditEvent.action == "view_raw_text")
    assert list(db.session.scalars(views)) == [str(shared["alpha"].id)]


def test_holding_the_role_in_both_partnerships_shows_both(client, shared):
    lead = shared["lead"]
    db.session.add(
        Membership(
            user_id=lead.id,
            partnership_id=shared["beta"].partnership_id,
            organisation_id=shared["beta"].organisation_id,
            role="safeguarding",
        )
    )
    db.session.commit()
    sign_in(client, lead)
    queue = parse_page(client.get("/safeguarding/"))
    links = {a["href"] for a in queue.select("main a") if "Review" in a.get_text()}
    assert links == {f"/safeguarding/flags/{shared[name].id}" for name in ("alpha", "beta")}
    assert db.session.scalar(select(func.count()).select_from(SafeguardingFlag)) == 2
