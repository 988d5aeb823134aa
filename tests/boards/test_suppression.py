"""Suppression across views: no count under the threshold on any page, whatever the
filters and period, and no hidden count recovered by subtracting two views."""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta
from urllib.parse import urlencode

import pytest

from tests.boards import test_drilldown
from tests.boards.test_drilldown import listed, page
from tests.boards.test_theme_pages import bulk_answers, store_run
from tests.conftest import make_partnership, make_survey, make_user, parse_page, sign_in

board = test_drilldown.board  # the seeded partnership with small groups (a fixture)
HIDDEN = {"fewer than 10", "not shown", "0"}


def shown_number(soup, css: str) -> int:
    return int(soup.select_one(css).get_text(strip=True).replace(",", ""))


def candidates(whole: int, part: int) -> set[int]:
    """Hidden counts (1 to 9) consistent with two totals rounded to the nearest 5."""
    return {w - p for w in range(whole - 2, whole + 3) for p in range(part - 2, part + 3)} & set(
        range(1, 10)
    )


def test_whole_theme_minus_one_organisation_does_not_give_the_small_one(client, board):
    whole = page(client, board)
    hospital = page(client, board, query="?organisation=riverside-hospital")
    homes = page(client, board, query="?organisation=riverside-homes")
    assert "Fewer than 10 answers match" in homes.get_text()
    # 46 answers, 42 of them at the hospital: the housing association's 4 stay hidden.
    difference = candidates(
        shown_number(whole, "#theme-size"), shown_number(hospital, "#answers-total strong")
    )
    assert 4 in difference and len(difference) > 1, difference
    organisations = [dd.get_text(strip=True) for dd in whole.select("dl.fv-organisations dd")]
    assert sorted(organisations) == ["fewer than 10", "not shown"], "complementary suppression"
    # Nor can the two listings be subtracted: the small group's answers are in neither.
    everything = listed(whole) + listed(page(client, board, query="?page=2"))
    assert not any("Repairs" in text for text in everything + listed(hospital))


def test_two_adjacent_periods_do_not_give_the_answers_of_a_few_days(client, db):
    partnership = make_partnership()
    survey = make_survey(partnership)
    today = date.today()
    answers = bulk_answers(survey, 30, "Wait", submitted_on=today - timedelta(days=10))
    answers += bulk_answers(survey, 3, "Wait", submitted_on=today)
    store_run(partnership, {"Wait": answers})
    sign_in(client, make_user(partnership, "board"))
    start = today - timedelta(days=20)

    def size(end: date) -> int:
        soup = parse_page(client.get(f"/boards/riverside/themes?from={start}&to={end}"))
        return shown_number(soup, "section strong")

    difference = candidates(size(today), size(today - timedelta(days=1)))
    assert 3 in difference and len(difference) > 1, difference


def counts_on(soup) -> list[str]:
    return [tag.get_text(" ", strip=True) for tag in soup.select("[data-count]")]


def assert_no_small_count(soup, url: str) -> None:
    for text in counts_on(soup):
        number = text.replace(",", "")
        assert text in HIDDEN or (number.isdigit() and int(number) >= 10), (url, text)
    assert not re.search(r"\b[1-9] (answers|people)\b", soup.get_text(" ")), url
    if "Fewer than 10 answers match" in soup.get_text():
        assert not listed(soup), url


def test_no_page_shows_a_count_under_the_threshold_across_a_grid_of_filters(client, board):
    today = date.today()
    periods = [{}, {"from": str(today - timedelta(days=60)), "to": str(today - timedelta(days=30))}]
    grid = itertools.product(
        ["", "riverside-hospital", "riverside-homes"],
        ["", "staff", "patient"],
        ["", "nhs_acute", "housing"],
        periods,
    )
    for organisation, respondent, sector, period in grid:
        chosen = {"organisation": organisation, "respondent": respondent, "sector": sector}
        query = urlencode({k: v for k, v in {**chosen, **period}.items() if v})
        for theme in board[1].values():
            url = f"/boards/riverside/themes/{theme.id}?{query}"
            assert_no_small_count(parse_page(client.get(url)), url)
    for period in periods:
        url = f"/boards/riverside/themes?{urlencode(period)}"
        assert_no_small_count(parse_page(client.get(url)), url)


@pytest.mark.parametrize(("threshold", "size"), [(None, "20"), (25, "fewer than 25")])
def test_the_partnerships_own_threshold_applies(client, db, threshold, size):
    partnership = make_partnership()
    partnership.suppression_threshold = threshold
    survey = make_survey(partnership)
    store_run(partnership, {"Wait": bulk_answers(survey, 20, "Wait")})
    sign_in(client, make_user(partnership, "board"))
    soup = parse_page(client.get("/boards/riverside/themes"))
    assert soup.select_one("section strong").get_text(strip=True) == size
