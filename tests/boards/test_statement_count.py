"""The theme list and the theme page run a fixed number of SQL statements: not one per
theme, nor one per answer."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from sqlalchemy import event, select

from feedback.models import Theme
from tests.boards.test_theme_pages import bulk_answers, store_run
from tests.conftest import make_partnership, make_survey, make_user, parse_page, sign_in


@contextmanager
def counted(engine):
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def statements_for(client, db, n_themes: int, answers_each: int) -> dict[str, int]:
    partnership = make_partnership(f"p{n_themes}")
    survey = make_survey(partnership, slug=f"s{n_themes}")
    themes = {
        f"Theme {i}": bulk_answers(survey, answers_each, f"Theme {i} text") for i in range(n_themes)
    }
    store_run(partnership, themes)
    sign_in(client, make_user(partnership, "board"))
    theme = db.session.scalar(select(Theme).where(Theme.partnership_id == partnership.id))
    urls = {
        "list": f"/boards/{partnership.slug}/themes",
        "theme": f"/boards/{partnership.slug}/themes/{theme.id}?respondent=patient&q=text",
    }
    found = {}
    for name, url in urls.items():
        with counted(db.engine) as statements:
            parse_page(client.get(url))
        found[name] = len(statements)
    return found


@pytest.mark.parametrize("page", ["list", "theme"])
def test_statements_do_not_grow_with_themes_or_answers(app, db, page):
    small = statements_for(app.test_client(), db, n_themes=5, answers_each=12)
    large = statements_for(app.test_client(), db, n_themes=25, answers_each=30)
    assert large[page] == small[page], (small, large)
    # A fixed handful: the signed-in session and role checks, the page's own queries (the
    # theme page finds its large groups first, in two small grouped queries).
    assert 3 < small[page] <= 24, small
