"""Administration test helpers: an admin signed in, and forms posted with their token."""

from __future__ import annotations

import pytest

from tests.conftest import csrf_token, make_partnership, make_user, sign_in


def post(client, url: str, form_url: str | None = None, **data: str):
    """Post `data` to `url` with the CSRF token of the page at `form_url` (default `url`)."""
    page = client.get(form_url or url)
    assert page.status_code == 200, page.status_code
    return client.post(url, data={"csrf_token": csrf_token(page.get_data(as_text=True)), **data})


@pytest.fixture
def riverside(db):
    return make_partnership("riverside")


@pytest.fixture
def hillside(db):
    return make_partnership("hillside")


@pytest.fixture
def admin_user(riverside):
    return make_user(riverside, "admin")


@pytest.fixture
def admin_client(client, admin_user):
    sign_in(client, admin_user)
    return client
