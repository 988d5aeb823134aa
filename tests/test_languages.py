"""Languages: choosing one, remembering it, the switcher, the catalogues and the demo."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from sqlalchemy import select

from feedback.extensions import db as _db
from feedback.models import Survey
from feedback.services import building
from feedback.services.demo import seed_demo
from tests.conftest import make_partnership, parse_page

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
# Where the words a respondent reads come from: the Arabic catalogue must cover these.
RESPONDENT_SOURCES = (
    "templates/respond/",
    "templates/base.html",
    "templates/macros/",
    "templates/errors/",
    "feedback/respond/",
)

# The switcher's name in English, Welsh and Arabic.
SWITCHER_LABELS = ("Language", "Iaith", "اللغة")


def page(client, url: str, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200
    return parse_page(response)


def switcher(soup):
    """The language switcher's entries as (code, is a link) pairs."""
    nav = soup.select_one(", ".join(f'nav[aria-label="{label}"]' for label in SWITCHER_LABELS))
    if nav is None:
        return []
    return [(item["lang"], item.name == "a") for item in nav.select("li > [lang]")]


def catalogue(language: str):
    with open(TRANSLATIONS / language / "LC_MESSAGES" / "messages.po", "rb") as po:
        return read_po(po, locale=language)


def untranslated(messages) -> list[str]:
    def done(message) -> bool:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        return all(strings) and not message.fuzzy

    return [str(m.id) for m in messages if m.id and not done(m)]


def published_survey(partnership, languages=("en", "cy", "ar")) -> Survey:
    survey = building.create_survey(
        partnership, title="Tell us about the ward", audience="patients", languages=languages
    )
    building.add_question(survey, type="free_text", text="What went well?", code="well")
    if "cy" in languages:
        welsh = {"well": {"text": "Beth aeth yn dda?"}}
        building.set_translation(survey, "cy", {"title": "Dywedwch wrthym am y ward"}, welsh)
    building.publish(survey)
    _db.session.commit()
    return survey


def test_lang_parameter_gives_the_welsh_interface(client):
    soup = page(client, "/privacy?lang=cy")
    assert soup.html["lang"] == "cy" and soup.html["dir"] == "ltr"
    assert soup.select_one(".nhsuk-skip-link").get_text(strip=True) == "Neidio i’r prif gynnwys"
    assert soup.select_one('nav[aria-label="Iaith"]')


def test_chosen_language_is_remembered_on_the_next_page(client):
    page(client, "/privacy?lang=cy")
    assert page(client, "/sign-in").html["lang"] == "cy"


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("cy-GB,cy;q=0.9,en;q=0.5", "cy"), ("ar", "ar"), ("fr-FR,de", "en"), ("", "en")],
)
def test_accept_language_picks_a_shipped_interface_language(client, accept, expected):
    assert page(client, "/privacy", **{"Accept-Language": accept}).html["lang"] == expected


def test_lang_parameter_wins_over_accept_language(client):
    assert page(client, "/privacy?lang=en", **{"Accept-Language": "cy"}).html["lang"] == "en"


@pytest.mark.parametrize("language", ["ar", "ur"])
def test_right_to_left_languages_turn_the_page(client, language):
    soup = page(client, f"/privacy?lang={language}")
    assert soup.html["lang"] == language and soup.html["dir"] == "rtl"


def test_arabic_interface_is_arabic_and_urdu_falls_back_to_english(client):
    assert page(client, "/privacy?lang=ar").select_one('nav[aria-label="اللغة"]')
    assert page(client, "/privacy?lang=ur").select_one('nav[aria-label="Language"]')


def test_unknown_language_is_ignored(client):
    assert page(client, "/privacy?lang=xx").html["lang"] == "en"
    page(client, "/privacy?lang=cy")
    assert page(client, "/privacy?lang=xx").html["lang"] == "cy"


def test_switcher_offers_the_interface_languages_away_from_surveys(client):
    soup = page(client, "/privacy")
    assert switcher(soup) == [("en", False), ("cy", True)]
    welsh = soup.select_one('nav[aria-label="Language"] a[hreflang="cy"]')
    assert welsh.get_text(strip=True) == "Cymraeg"


def test_switcher_links_keep_the_other_query_arguments(client):
    soup = page(client, "/privacy?from=poster&lang=cy")
    link = soup.select_one('nav[aria-label="Iaith"] a[hreflang="en"]')
    assert link["href"] == "/privacy?from=poster&lang=en"
    assert soup.select_one('nav[aria-label="Iaith"] [aria-current="true"]')["lang"] == "cy"


def test_switcher_offers_the_survey_languages_on_a_survey(client, db):
    survey = published_survey(make_partnership())
    soup = page(client, f"/s/{survey.slug}?lang=ar")
    assert switcher(soup) == [("en", True), ("cy", True), ("ar", False)]
    names = [a.get_text(strip=True) for a in soup.select('nav[aria-label="اللغة"] a')]
    assert names == ["English", "Cymraeg"]


def test_switcher_is_hidden_for_a_survey_in_one_language(client, db):
    survey = published_survey(make_partnership(), languages=("en",))
    assert switcher(page(client, f"/s/{survey.slug}")) == []


def test_welsh_catalogue_translates_every_string():
    messages = catalogue("cy")
    assert len(messages) > 100
    assert untranslated(messages) == []


def test_arabic_catalogue_translates_every_respondent_string():
    respondent = [
        message
        for message in catalogue("ar")
        if any(path.startswith(RESPONDENT_SOURCES) for path, _ in message.locations)
    ]
    assert len(respondent) > 30
    assert untranslated(respondent) == []


@pytest.fixture
def demo(app, db):
    seed_demo()
    return {s.slug: s for s in db.session.scalars(select(Survey))}


def test_demo_surveys_ship_in_english_welsh_and_arabic(client, demo):
    for slug in ("patient-fft", "staff-pulse"):
        survey = demo[slug]
        assert survey.languages == ["en", "cy", "ar"]
        assert {"cy", "ar"} <= set(survey.translations)
        for question in survey.current_version.questions:
            for language in ("cy", "ar"):
                words = question.translations[language]
                assert words["text"] and words["text"] != question.text
                assert set(words["choices"]) == {c["code"] for c in question.choices}
    welsh = page(client, "/s/patient-fft/city-hospital?lang=cy")
    assert welsh.h1.get_text(strip=True) == "Dywedwch wrthym am eich gofal"
    assert "Yn gyffredinol, sut oedd eich profiad o’n gwasanaeth?" in welsh.get_text()
    assert "Da iawn" in welsh.get_text()
    arabic = page(client, "/s/staff-pulse/city-hospital?lang=ar")
    assert arabic.html["dir"] == "rtl"
    assert arabic.h1.get_text(strip=True) == "استطلاع نبض الموظفين"
    assert "أوافق بشدة" in arabic.get_text()


def test_seeding_again_fills_translations_an_older_demo_lacks(demo, db):
    survey = demo["staff-pulse"]
    survey.languages, survey.translations = ["en"], {}
    for question in survey.current_version.questions:
        question.translations = {}
    db.session.commit()
    seed_demo()
    db.session.refresh(survey)
    assert survey.languages == ["en", "cy", "ar"]
    assert survey.translated("title", "cy") == "Arolwg pwls staff"
    assert all(q.translated("ar")["text"] != q.text for q in survey.current_version.questions)


@pytest.mark.parametrize("language", ["cy", "ar"])
def test_catalogues_compile_with_no_guessed_or_broken_translations(language):
    """`make` compiles the .po files and stops on any error: no fuzzy guesses left, and
    every translation keeps its placeholders."""
    messages = catalogue(language)
    assert [m.id for m in messages if m.id and m.fuzzy] == []
    assert [(m.id, errors) for m, errors in messages.check()] == []
