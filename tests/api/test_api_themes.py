"""GET /api/v1/themes: the token's own partnership only, small counts suppressed; and the
OpenAPI document."""

from __future__ import annotations

import re

import pytest

from feedback.extensions import db
from tests.api.helpers import bearer, token_for
from tests.boards.test_theme_pages import add_responses, store_run
from tests.conftest import make_partnership, make_survey

WAIT = ["The wait was far too long"] * 20
PARKING = ["Parking at the hospital is impossible"] * 3
HIDDEN = {"0", "fewer than 10", "not shown"}


@pytest.fixture
def two_partnerships(db):
    riverside, hillside = make_partnership("riverside"), make_partnership("hillside")
    survey = make_survey(riverside)
    store_run(
        riverside,
        {
            "Waiting": add_responses(survey, WAIT, "patient", "poor"),
            "Parking": add_responses(survey, PARKING, "patient", "poor"),
        },
    )
    other = make_survey(hillside, slug="hillside-fft")
    secret = ["Hillside secret about the night shift"] * 12
    store_run(hillside, {"Night shift": add_responses(other, secret, "staff", "good")})
    return riverside, hillside


def counts(value) -> list[str]:
    """Every count in the themes document."""
    if isinstance(value, dict):
        return [c for key, v in value.items() if key not in ("id", "name") for c in counts(v)]
    if isinstance(value, list):
        return [c for v in value for c in counts(v)]
    return (
        [value]
        if isinstance(value, str) and re.fullmatch(r"[\d,]+|fewer than \d+|not shown", value)
        else []
    )


def test_a_token_reads_its_own_partnerships_themes_only(client, two_partnerships):
    riverside, _hillside = two_partnerships
    body = client.get("/api/v1/themes", headers=bearer(token_for(riverside, "analyst")))
    assert body.status_code == 200
    assert [t["name"] for t in body.json["themes"]] == ["Waiting", "Parking"]
    text = body.get_data(as_text=True)
    assert "Night shift" not in text and "Hillside" not in text and "hillside" not in text


def test_no_count_under_the_threshold_and_no_quotes_for_a_small_theme(client, two_partnerships):
    riverside, _hillside = two_partnerships
    body = client.get("/api/v1/themes", headers=bearer(token_for(riverside, "board"))).json
    waiting, parking = body["themes"]
    assert (waiting["size"], parking["size"]) == ("20", "fewer than 10")
    assert waiting["quotes"] and parking["quotes"] == []
    assert counts(body)
    for count in counts(body):
        assert count in HIDDEN or int(count.replace(",", "")) >= 10, count


def test_the_partnerships_own_threshold_applies(client, two_partnerships):
    riverside, _hillside = two_partnerships
    riverside.suppression_threshold = 25
    db.session.commit()
    body = client.get("/api/v1/themes", headers=bearer(token_for(riverside, "board"))).json
    assert body["threshold"] == 25
    assert [t["size"] for t in body["themes"]] == ["fewer than 25", "fewer than 25"]


def test_a_partnership_not_yet_analysed_has_no_themes(client, db):
    body = client.get("/api/v1/themes", headers=bearer(token_for(make_partnership(), "board")))
    assert body.status_code == 200 and body.json["themes"] == []


def test_the_openapi_document_describes_every_api_route(app, client):
    document = client.get("/api/v1/openapi.json")
    assert document.status_code == 200 and document.json["openapi"].startswith("3.1")
    routes = {
        (re.sub(r"^/api/v1", "", rule.rule), method.lower())
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("api.")
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    described = {(path, method) for path, item in document.json["paths"].items() for method in item}
    assert routes == described
