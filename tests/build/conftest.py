"""Builder test helpers: a partnership with a signed-in author, and posting its forms."""

from __future__ import annotations

import re

import pytest

from feedback.models import Survey
from feedback.services import building
from tests.conftest import make_partnership, make_user, parse_page, sign_in


@pytest.fixture
def riverside(db):
    return make_partnership("riverside")


@pytest.fixture
def author(client, riverside):
    user = make_user(riverside, "author")
    sign_in(client, user)
    return user


def draft_survey(partnership, title="Ward feedback", **details) -> Survey:
    from feedback.extensions import db

    survey = building.create_survey(
        partnership, title=title, audience=details.pop("audience", "patients"), **details
    )
    db.session.commit()
    return survey


def token(client) -> str:
    """A CSRF token for the signed-in session, from the surveys page."""
    html = client.get("/build/").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def post(client, url: str, data: dict | None = None, **fields):
    """POST a builder form as a browser would, CSRF token included."""
    form = {"csrf_token": token(client), **(data or {}), **fields}
    return client.post(url, data=form)


def page(client, url: str, status: int = 200):
    response = client.get(url)
    assert response.status_code == status, response.get_data(as_text=True)[:2000]
    return parse_page(response)


def errors_on(soup) -> dict[str, str]:
    """Error summary links by target, and the messages by the fields."""
    summary = {
        a["href"]: a.get_text(" ", strip=True) for a in soup.select(".nhsuk-error-summary a")
    }
    assert soup.title.get_text().startswith("Error:"), soup.title
    return summary
