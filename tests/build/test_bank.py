"""The question bank: locked national items, the equality block, partnership items reworded
into new versions and series, and Welsh wording for the national items."""

from __future__ import annotations

import pytest

from feedback.extensions import db
from feedback.models import QuestionBankItem
from feedback.services import bank, building
from tests.build.conftest import draft_survey, errors_on, page, post
from tests.conftest import parse_page


def item(code: str, partnership_id=None) -> QuestionBankItem:
    bank.ensure_national_bank()
    db.session.commit()
    return db.session.scalars(
        db.select(QuestionBankItem).where(
            QuestionBankItem.code == code,
            QuestionBankItem.partnership_id.is_(partnership_id)
            if partnership_id is None
            else QuestionBankItem.partnership_id == partnership_id,
            QuestionBankItem.superseded.is_(False),
        )
    ).one()


def use(client, survey, bank_item):
    return post(client, f"/build/{survey.slug}/bank", action="use", item=str(bank_item.id))


def test_the_bank_offers_the_fft_variants_pulse_items_and_equality_block(client, author, riverside):
    survey = draft_survey(riverside)
    soup = page(client, f"/build/{survey.slug}/bank")
    text = soup.select_one("main").get_text(" ", strip=True)
    for words in ("Easy read", "Children's", "Pictorial", "I look forward to going to work."):
        assert words in text
    assert "Add the equality monitoring block" in text
    assert not soup.select("textarea[name$='-text']"), "national items offer no rewording"


@pytest.mark.parametrize(
    "wording", ["Overall, how was your time with us?", "How was your visit to us?"]
)
def test_add_to_survey_works_from_the_first_look_at_the_bank(client, author, riverside, wording):
    survey = draft_survey(riverside)
    soup = page(client, f"/build/{survey.slug}/bank")
    card = next(c for c in soup.select(".fv-bank-item") if c.h3.get_text(strip=True) == wording)
    response = use_from(client, survey, card.select_one("input[name=item]")["value"])
    assert response.status_code == 303
    assert [q.text for q in survey.draft_version.questions] == [wording]


def test_the_equality_block_can_be_added_from_the_first_look_at_the_bank(client, author, riverside):
    survey = draft_survey(riverside)
    soup = page(client, f"/build/{survey.slug}/bank")
    forms = soup.select("form:has(input[name=action][value=use])")
    block = next(f for f in forms if "equality monitoring block" in f.get_text())
    response = use_from(client, survey, block.select_one("input[name=item]")["value"])
    assert response.status_code == 303
    assert len(survey.draft_version.questions) == 8


def use_from(client, survey, item_id: str):
    return post(client, f"/build/{survey.slug}/bank", action="use", item=item_id)


def test_a_national_item_is_added_and_stays_locked(client, author, riverside):
    survey = draft_survey(riverside)
    assert use(client, survey, item("fft_easy_read")).status_code == 303
    question = survey.draft_version.questions[0]
    assert question.locked and question.settings["variant"] == "easy_read"
    soup = page(client, f"/build/{survey.slug}/questions/{question.code}/edit")
    assert not soup.select("#text") and not soup.select("#choices")
    assert "cannot be changed" in soup.select_one(".nhsuk-card--warning").get_text()
    edit = f"/build/{survey.slug}/questions/{question.code}/edit"
    assert post(client, edit, required="yes", text="Reworded!").status_code == 303
    db.session.refresh(question)
    assert question.required and question.text == "Overall, how was your time with us?"


def test_a_locked_item_cannot_be_reworded(client, author, riverside):
    survey = draft_survey(riverside)
    fft = item("fft")
    with pytest.raises(building.BuildError):
        building.reword_bank_item(fft, text="How was it?")
    response = post(
        client,
        f"/build/{survey.slug}/bank",
        {f"reword-{fft.id}-text": "How was it?"},
        action="reword",
        item=str(fft.id),
    )
    assert response.status_code == 400
    assert list(errors_on(parse_page(response)).values()) == [
        "This is a national question: it can be used but not reworded"
    ]
    db.session.expire_all()
    assert item("fft").text == "Overall, how was your experience of our service?"


def test_the_equality_block_adds_every_item_with_prefer_not_to_say(client, author, riverside):
    survey = draft_survey(riverside)
    assert use(client, survey, item("eq_age")).status_code == 303
    questions = survey.draft_version.questions
    assert len(questions) == 8 and questions[0].code == "eq_age"
    for question in questions:
        assert not question.required
        assert question.choices[-1] == {"code": "prefer_not_to_say", "label": "Prefer not to say"}
    assert use(client, survey, item("eq_sex")).status_code == 303
    assert len(survey.draft_version.questions) == 8


def test_national_items_arrive_already_in_welsh(client, author, riverside):
    survey = draft_survey(riverside, languages=["cy"])
    use(client, survey, item("fft"))
    use(client, survey, item("eq_sex"))
    soup = page(client, f"/build/{survey.slug}/translate/cy")
    assert soup.select_one("#fft-text").get_text() == (
        "Yn gyffredinol, sut oedd eich profiad o’n gwasanaeth?"
    )
    assert soup.select_one("#eq_sex-choice-prefer_not_to_say")["value"] == (
        "Mae’n well gennyf beidio â dweud"
    )
    text = page(client, f"/build/{survey.slug}/").get_text(" ", strip=True)
    assert "8 of 9 questions translated" not in text and "9 of 9 questions translated" in text


def test_rewording_a_partnership_item_makes_a_new_version_and_series(client, author, riverside):
    survey = draft_survey(riverside)
    response = post(
        client,
        f"/build/{survey.slug}/bank",
        action="add",
        type="single_choice",
        text="How did you hear about us?",
        choices="GP\nFriend\nOnline",
    )
    assert response.status_code == 303
    first = item("how_did_you_hear_about_us", riverside.id)
    use(client, survey, first)
    response = post(
        client,
        f"/build/{survey.slug}/bank",
        {f"reword-{first.id}-text": "Where did you hear about us?"},
        action="reword",
        item=str(first.id),
    )
    assert response.status_code == 303
    soup = page(client, f"/build/{survey.slug}/bank")
    assert "never added to the old wording" in soup.get_text()
    second = item("how_did_you_hear_about_us", riverside.id)
    assert second.version == 2 and second.series != first.series
    assert survey.draft_version.questions[0].text == "How did you hear about us?"
    # A second click on the same (now old) wording makes no third version.
    again = post(
        client,
        f"/build/{survey.slug}/bank",
        {f"reword-{first.id}-text": "Where did you hear about us?"},
        action="reword",
        item=str(first.id),
    )
    assert again.status_code == 404


def test_a_partnership_item_needs_wording_and_different_choice_codes(client, author, riverside):
    survey = draft_survey(riverside)
    response = post(
        client,
        f"/build/{survey.slug}/bank",
        action="add",
        type="single_choice",
        text="",
        choices="a = One\na = Two",
    )
    soup = parse_page(response)
    assert errors_on(soup) == {
        "#text": "Enter the question",
        "#choices": "Choice codes must differ: a",
    }
    assert soup.select_one("#choices").get_text() == "a = One\na = Two"


def test_another_partnerships_item_is_not_found(client, author, riverside):
    from tests.conftest import make_partnership

    other = make_partnership("hillside")
    theirs = bank.add_partnership_item(other.id, type="free_text", text="Anything else?")
    db.session.commit()
    survey = draft_survey(riverside)
    assert use(client, survey, theirs).status_code == 404
