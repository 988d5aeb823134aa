"""Authors build surveys: details, questions, branching, translations, preview, publishing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from feedback.extensions import db
from feedback.models import Survey
from feedback.services import building
from feedback.services.surveys import version_for_preview
from tests.build.conftest import draft_survey, errors_on, page, post
from tests.conftest import make_partnership, make_user, sign_in

NEW = {
    "title": "Ward 7 feedback",
    "audience": "patients",
    "anonymity_mode": "anonymous",
    "layout": "one",
    "languages": ["cy"],
    "introduction": "Tell us about your stay.",
    "thank_you": "Thank you for telling us.",
}


def survey_with_questions(partnership, *types: str) -> Survey:
    survey = draft_survey(partnership, languages=["cy"])
    for type_ in types:
        choices = building.parse_choices("Yes\nNo") if "choice" in type_ else None
        building.add_question(survey, type=type_, text=f"A {type_} question", choices=choices)
    db.session.commit()
    return survey


def overview_text(client, survey) -> str:
    return page(client, f"/build/{survey.slug}/").select_one("main").get_text(" ", strip=True)


@pytest.mark.parametrize("url", ["/build/", "/build/new", "/build/ward-feedback/"])
def test_signed_out_people_are_sent_to_sign_in(client, riverside, url):
    draft_survey(riverside)
    response = client.get(url)
    assert response.status_code == 302 and response.headers["Location"].startswith("/sign-in")


@pytest.mark.parametrize(
    "url", ["/build/", "/build/new", "/build/ward-feedback/", "/build/ward-feedback/bank"]
)
def test_board_members_and_other_partnerships_authors_get_not_found(app, client, riverside, url):
    draft_survey(riverside)
    sign_in(client, make_user(riverside, "board"))
    assert client.get(url).status_code == 404
    other = make_partnership("hillside")
    draft_survey(other, title="Hillside survey")
    outsider = app.test_client()
    sign_in(outsider, make_user(other, "author"))
    assert outsider.get(url).status_code == (200 if url in ("/build/", "/build/new") else 404)
    assert outsider.get("/build/hillside-survey/").status_code == 200


def test_surveys_page_lists_each_survey_with_status_version_and_languages(
    client, author, riverside
):
    draft_survey(riverside, languages=["cy"])
    soup = page(client, "/build/")
    row = soup.select_one("table tbody tr").get_text(" ", strip=True)
    assert "Ward feedback" in row and "Draft" in row and "Version 1 (draft)" in row
    assert "English, Welsh" in row
    assert soup.find("h2", string="Riverside Partnership")
    assert (
        soup.select_one(".nhsuk-header__navigation a[href='/build/']").get_text(strip=True)
        == "Surveys"
    )
    assert soup.select_one("a.nhsuk-button[href='/build/new']").get_text(strip=True) == (
        "Create a survey"
    )


def test_creating_a_survey_leads_to_its_overview(client, author):
    response = post(client, "/build/new", NEW)
    assert response.status_code == 303
    assert response.headers["Location"] == "/build/ward-7-feedback/"
    survey = db.session.query(Survey).one()
    assert (survey.layout, survey.languages, survey.audience) == ("one", ["en", "cy"], "patients")
    text = overview_text(client, survey)
    assert "Version 1 (draft): changes are not live until you publish" in text
    assert "Tell us about your stay." in text and "One question per page" in text


def test_a_survey_needs_a_title_and_keeps_everything_else_typed(client, author):
    response = post(client, "/build/new", NEW, title="  ")
    assert response.status_code == 400
    soup = parse(response)
    assert errors_on(soup) == {"#title": "Enter a title for the survey"}
    assert "Enter a title for the survey" in soup.select_one("#title-error").get_text()
    assert soup.select_one("#introduction").get_text() == "Tell us about your stay."
    assert soup.select_one("input[name=languages][value=cy]").has_attr("checked")
    assert soup.select_one("input[name=layout][value=one]").has_attr("checked")


def test_an_author_of_two_partnerships_chooses_one(client, riverside):
    user = make_user(riverside, "author")
    other = make_partnership("hillside")
    user.memberships.append(type(user.memberships[0])(partnership_id=other.id, role="author"))
    db.session.commit()
    sign_in(client, user)
    soup = parse(client.get("/build/new"))
    assert len(soup.select("input[name=partnership]")) == 2
    response = post(client, "/build/new", NEW, partnership="hillside")
    assert response.status_code == 303
    assert db.session.query(Survey).one().partnership_id == other.id


def parse(response):
    from tests.conftest import parse_page

    return parse_page(response)


def test_details_can_be_changed(client, author, riverside):
    survey = draft_survey(riverside)
    hospital = riverside.organisations[0]
    soup = page(client, f"/build/{survey.slug}/details")
    assert soup.select_one("#title")["value"] == "Ward feedback"
    data = dict(NEW, title="Ward 7 stay", organisation=str(hospital.id), languages=["ar"])
    response = post(client, f"/build/{survey.slug}/details", data)
    assert response.status_code == 303
    db.session.refresh(survey)
    assert survey.title == "Ward 7 stay" and survey.organisation_id == hospital.id
    assert survey.languages == ["en", "ar"]
    assert "Riverside Hospital" in overview_text(client, survey)


def test_a_new_survey_cannot_be_for_an_archived_organisation(client, author, riverside):
    riverside.organisations[0].archived_at = datetime.now(UTC)
    db.session.commit()
    response = post(client, "/build/new", NEW, organisation=str(riverside.organisations[0].id))
    assert response.status_code == 400
    assert errors_on(parse(response)) == {
        "#organisation": "Select an organisation in the partnership"
    }
    assert db.session.query(Survey).count() == 0


def test_a_survey_keeps_its_organisation_after_that_is_archived(client, author, riverside):
    hospital = riverside.organisations[0]
    survey = draft_survey(riverside, organisation_id=hospital.id)
    hospital.archived_at = datetime.now(UTC)
    db.session.commit()
    data = dict(NEW, title="Ward 7 stay", organisation=str(hospital.id))
    response = post(client, f"/build/{survey.slug}/details", data)
    assert response.status_code == 303
    db.session.refresh(survey)
    assert survey.title == "Ward 7 stay" and survey.organisation_id == hospital.id


def test_choosing_no_question_type_is_explained(client, author, riverside):
    survey = draft_survey(riverside)
    soup = page(client, f"/build/{survey.slug}/questions/new")
    hints = [h.get_text(strip=True) for h in soup.select(".nhsuk-radios__hint")]
    assert len(soup.select("input[name=type]")) == 8 and all(hints)
    soup = page(client, f"/build/{survey.slug}/questions/new?step=type", status=400)
    assert errors_on(soup) == {"#type": "Select a type of question"}


def test_choices_are_saved_with_stable_codes_and_shown_with_them(client, author, riverside):
    survey = draft_survey(riverside)
    soup = page(client, f"/build/{survey.slug}/questions/new?type=single_choice")
    assert soup.select_one("#choices")
    response = post(
        client,
        f"/build/{survey.slug}/questions/new",
        type="single_choice",
        text="How did you travel here?",
        choices="car = By car\nOn foot\n\nBy bus",
        required="yes",
    )
    assert response.status_code == 303
    question = survey.draft_version.questions[0]
    db.session.refresh(question)
    assert [c["code"] for c in question.choices] == ["car", "on_foot", "by_bus"]
    assert question.required
    soup = page(client, f"/build/{survey.slug}/questions/{question.code}/edit")
    assert (
        soup.select_one("#choices").get_text() == "car = By car\non_foot = On foot\nby_bus = By bus"
    )


def test_a_duplicate_choice_code_is_explained_and_nothing_typed_is_lost(client, author, riverside):
    survey = draft_survey(riverside)
    typed = "a = Apples\na = Apricots"
    response = post(
        client,
        f"/build/{survey.slug}/questions/new",
        type="multiple_choice",
        text="Which fruit?",
        hint="Tick all you like",
        choices=typed,
    )
    assert response.status_code == 400
    soup = parse(response)
    assert errors_on(soup) == {"#choices": "Choice codes must differ: a"}
    assert soup.select_one("#choices").get_text() == typed
    assert soup.select_one("#text").get_text() == "Which fruit?"
    assert soup.select_one("#hint").get_text() == "Tick all you like"
    assert not survey.draft_version.questions


def test_a_number_range_upside_down_is_explained_at_the_field(client, author, riverside):
    survey = draft_survey(riverside)
    url = f"/build/{survey.slug}/questions/new"
    response = post(client, url, type="number", text="How many nights?", min="10", max="2")
    soup = parse(response)
    assert errors_on(soup) == {"#max": "The smallest number must not be above the largest"}
    assert soup.select_one("#min")["value"] == "10"
    response = post(client, url, type="number", text="How many nights?", min="ten", max="2")
    assert errors_on(parse(response)) == {"#min": "Enter a whole number, like 0 or 120"}
    assert post(client, url, type="number", text="Nights?", min="0", max="60").status_code == 303


def test_a_question_can_be_shown_only_after_some_answers_of_an_earlier_one(
    client, author, riverside
):
    survey = survey_with_questions(riverside, "yes_no")
    soup = page(client, f"/build/{survey.slug}/questions/new?type=free_text")
    labels = [label.get_text(strip=True) for label in soup.select("#show_if ~ label, label")]
    assert "“A yes_no question” is Yes" in labels
    response = post(
        client,
        f"/build/{survey.slug}/questions/new",
        type="free_text",
        text="What could we do better?",
        show_if=["a_yes_no_question:no"],
    )
    assert response.status_code == 303
    assert survey.draft_version.questions[1].show_if == {
        "question": "a_yes_no_question",
        "values": ["no"],
    }
    assert "If “A yes_no question” is No" in overview_text(client, survey)


def test_questions_move_and_are_removed_with_buttons_that_name_them(client, author, riverside):
    survey = survey_with_questions(riverside, "free_text", "date")
    soup = page(client, f"/build/{survey.slug}/")
    buttons = [b.get_text(" ", strip=True) for b in soup.select("main form button")]
    assert "Move down : A free_text question" in buttons
    assert "Remove : A date question" in buttons
    post(client, f"/build/{survey.slug}/questions/a_date_question/move", direction="up")
    assert [q.code for q in survey.draft_version.questions] == [
        "a_date_question",
        "a_free_text_question",
    ]
    post(client, f"/build/{survey.slug}/questions/a_date_question/remove")
    db.session.expire_all()
    assert [q.code for q in survey.draft_version.questions] == ["a_free_text_question"]


def test_publishing_with_no_questions_is_explained(client, author, riverside):
    survey = draft_survey(riverside)
    response = post(client, f"/build/{survey.slug}/publish")
    assert response.status_code == 400
    soup = parse(response)
    assert list(errors_on(soup).values()) == ["Add at least one question before publishing"]
    assert survey.status == "draft"


def test_a_branch_moved_above_its_question_stops_publishing_with_a_link_to_fix_it(
    client, author, riverside
):
    survey = survey_with_questions(riverside, "yes_no")
    building.add_question(
        survey,
        type="free_text",
        text="Why not?",
        show_if={"question": "a_yes_no_question", "values": ["no"]},
    )
    db.session.commit()
    post(client, f"/build/{survey.slug}/questions/why_not/move", direction="up")
    soup = parse(post(client, f"/build/{survey.slug}/publish"))
    edit = f"/build/{survey.slug}/questions/why_not/edit"
    assert errors_on(soup)[edit].startswith("A question can only depend on an earlier question")
    soup = page(client, edit, status=400)
    assert "depend on an earlier question" in soup.select_one("#show_if-error").get_text()
    assert soup.select_one("input[name=show_if][value='a_yes_no_question:no']").has_attr("checked")


def test_a_branch_on_a_removed_question_stops_publishing(client, author, riverside):
    survey = survey_with_questions(riverside, "yes_no")
    building.add_question(
        survey,
        type="free_text",
        text="Why not?",
        show_if={"question": "a_yes_no_question", "values": ["no"]},
    )
    db.session.commit()
    post(client, f"/build/{survey.slug}/questions/a_yes_no_question/remove")
    soup = parse(post(client, f"/build/{survey.slug}/publish"))
    message = errors_on(soup)[f"/build/{survey.slug}/questions/why_not/edit"]
    assert message.startswith("The question this one depends on has been removed")
    edit = f"/build/{survey.slug}/questions/why_not/edit"
    response = post(client, edit, text="Why not?", show_if=["always"])
    assert response.status_code == 303
    assert post(client, f"/build/{survey.slug}/publish").status_code == 303


def test_publish_close_and_reopen(client, author, riverside):
    survey = survey_with_questions(riverside, "fft")
    assert post(client, f"/build/{survey.slug}/publish").status_code == 303
    db.session.refresh(survey)
    assert survey.status == "open" and survey.current_version.number == 1
    assert "Close the survey" in overview_text(client, survey)
    post(client, f"/build/{survey.slug}/close")
    db.session.refresh(survey)
    assert survey.status == "closed"
    post(client, f"/build/{survey.slug}/reopen")
    db.session.refresh(survey)
    assert survey.status == "open"


def test_a_translation_is_saved_beside_the_english(client, author, riverside):
    survey = survey_with_questions(riverside, "yes_no", "free_text")
    url = f"/build/{survey.slug}/translate/cy"
    soup = page(client, url)
    assert soup.select_one("#a_yes_no_question-text-hint").get_text(strip=True) == (
        "English: A yes_no question"
    )
    assert "Translate into Welsh : 0 of 2 questions translated" in overview_text(client, survey)
    response = post(
        client,
        url,
        title="Adborth y ward",
        **{"a_yes_no_question-text": "Cwestiwn ie neu na", "a_yes_no_question-choice-yes": "Ie"},
    )
    assert response.status_code == 303
    question = survey.draft_version.questions[0]
    db.session.refresh(question)
    assert question.translated("cy")["text"] == "Cwestiwn ie neu na"
    assert [c["label"] for c in question.translated("cy")["choices"]] == ["Ie", "No"]
    assert "1 of 2 questions translated" in overview_text(client, survey)


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("title", "Enter the Welsh title"),
        ("a_yes_no_question-text", "Enter the Welsh wording of “A yes_no question”"),
        ("a_yes_no_question-choice-yes", "Enter the Welsh label"),
    ],
)
def test_emptying_a_translation_is_explained_and_nothing_typed_is_lost(
    client, author, riverside, field, message
):
    survey = survey_with_questions(riverside, "yes_no")
    url = f"/build/{survey.slug}/translate/cy"
    saved = {
        "title": "Adborth",
        "a_yes_no_question-text": "Cwestiwn",
        "a_yes_no_question-choice-yes": "Ie",
        "a_yes_no_question-choice-no": "Na",
    }
    assert post(client, url, saved).status_code == 303
    response = post(client, url, saved, **{field: " ", "a_yes_no_question-choice-no": "Nage"})
    assert response.status_code == 400
    soup = parse(response)
    assert errors_on(soup) == {f"#{field}": message}
    assert soup.select_one("#a_yes_no_question-choice-no")["value"] == "Nage"
    db.session.refresh(survey)
    assert survey.translations["cy"]["title"] == "Adborth"


def test_a_question_started_without_its_wording_is_explained(client, author, riverside):
    survey = survey_with_questions(riverside, "yes_no")
    response = post(
        client, f"/build/{survey.slug}/translate/cy", **{"a_yes_no_question-choice-yes": "Ie"}
    )
    assert errors_on(parse(response)) == {
        "#a_yes_no_question-text": "Enter the Welsh wording of “A yes_no question”"
    }


def test_the_preview_shows_the_draft_at_phone_width(client, author, riverside):
    survey = survey_with_questions(riverside, "fft")
    soup = page(client, f"/build/{survey.slug}/preview")
    frame = soup.select_one("iframe")
    assert "fv-phone-frame" in frame["class"] and frame["title"] and not frame.get("style")
    link = soup.find("a", string="Open the preview in a new tab")["href"]
    assert link == frame["src"] and link.startswith(f"/s/{survey.slug}?preview=")
    token = link.split("preview=")[1]
    assert version_for_preview(survey, token) is survey.draft_version


def test_a_question_never_takes_a_name_the_answer_form_uses_itself(riverside):
    survey = draft_survey(riverside)
    made = building.add_question(survey, type="free_text", text="Step")
    assert made.code == "step_2"
    with pytest.raises(building.BuildError) as refused:
        building.add_question(survey, type="free_text", text="Anything else?", code="go")
    assert "choose another code" in refused.value.problems[0].message
