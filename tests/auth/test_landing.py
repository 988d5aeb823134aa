"""After sign-in each person lands on a page their role can use, and the header links
every area they may use, and no other."""

from __future__ import annotations

import pytest

from feedback.extensions import db as _db
from feedback.models import Membership
from tests.auth.conftest import enter_password
from tests.conftest import make_user, parse_page

AREAS = {
    "author": ["Surveys"],
    "board": ["Boards"],
    "safeguarding": ["Safeguarding"],
    "admin": ["Boards", "Surveys", "Safeguarding", "Administration"],
}


def header_links(soup) -> dict[str, str]:
    links = soup.select(".nhsuk-header__navigation a")
    return {a.get_text(strip=True): a["href"] for a in links}


def test_an_author_with_no_board_role_lands_on_the_builder(client, partnership):
    landing = enter_password(client, make_user(partnership, "author").email, follow_redirects=True)
    assert landing.request.path == "/build/"
    assert parse_page(landing).h1.get_text(strip=True) == "Your surveys"


@pytest.mark.parametrize("role", AREAS)
def test_the_header_links_each_area_the_user_may_use(client, partnership, role):
    landing = enter_password(client, make_user(partnership, role).email, follow_redirects=True)
    links = header_links(parse_page(landing))
    assert list(links) == AREAS[role]
    for href in links.values():
        assert client.get(href, follow_redirects=True).status_code == 200, href


def test_the_header_marks_the_area_the_user_is_in(client, partnership):
    user = make_user(partnership, "author")
    user.memberships.append(Membership(partnership_id=partnership.id, role="board"))
    _db.session.commit()
    enter_password(client, user.email)
    current = parse_page(client.get("/build/")).select("header [aria-current]")
    assert [a.get_text(strip=True) for a in current] == ["Surveys"]


def test_a_board_member_who_also_authors_still_lands_on_the_board_pages(client, partnership):
    user = make_user(partnership, "board")
    user.memberships.append(Membership(partnership_id=partnership.id, role="author"))
    _db.session.commit()
    landing = enter_password(client, user.email, follow_redirects=True)
    assert landing.request.path == f"/boards/{partnership.slug}/"
    assert list(header_links(parse_page(landing))) == ["Boards", "Surveys"]
