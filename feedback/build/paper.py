"""Paper forms: staff type in forms filled in on paper, one after another."""

from __future__ import annotations

import uuid
from datetime import date

from flask import redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, StringField
from wtforms.validators import ValidationError

from feedback import jobs
from feedback.build import bp
from feedback.build.access import survey_or_404
from feedback.models.response import ASSISTANCE, RESPONDENT_TYPES
from feedback.permissions import AUTHOR_ROLES, requires_role
from feedback.respond.forms import AnswerForm, choice_items
from feedback.services import paper, sharing

ASSISTANCE_ITEMS = (
    ("none", _l("No")),
    ("carer", _l("Yes, a carer, family member or friend")),
    ("staff", _l("Yes, a member of staff")),
    ("interpreter", _l("Yes, an interpreter")),
)
RESPONDENT_TYPE_ITEMS = (
    ("patient", _l("A patient or someone who uses the service")),
    ("carer", _l("A carer")),
    ("staff", _l("A member of staff")),
    ("other", _l("Someone else, or the form does not say")),
)
# Each sitting's count of forms, per survey, kept in the signed-in session.
SITTING_KEY = "paper_forms_entered"
# Set by a save and shown once by the next page. Not a flash: a flashed banner takes the
# focus, and the typist's next key belongs to the next form's first field.
SAVED_KEY = "paper_form_saved"


class PaperDetailsForm(FlaskForm):
    """Where a paper form came from and who filled it in; the answers are an AnswerForm."""

    class Meta:
        csrf = False  # the AnswerForm on the same page checks the token

    channel = StringField(_l("Where did the form come from?"))
    form_date = StringField(_l("Date on the form (optional)"))
    respondent_type = StringField(_l("Who filled in the form?"))
    assisted = StringField(_l("Did someone help them answer?"))
    save_anyway = BooleanField(_l("Save it anyway: it is a different paper form"))

    def __init__(self, survey, **kwargs):
        super().__init__(prefix="entry", **kwargs)
        self.survey = survey

    def validate_channel(self, field) -> None:
        if field.data not in {c.code for c in self.survey.channels}:
            raise ValidationError(_l("Select where the paper form came from"))

    def validate_form_date(self, field) -> None:
        if not (field.data or "").strip():
            return
        try:
            dated = paper.parse_form_date(field.data)
        except ValueError as error:
            message = _l("Enter the date on the form as day/month/year, like 27/3/2026")
            raise ValidationError(message) from error
        if dated > date.today():
            raise ValidationError(_l("The date on the form must be today or in the past"))

    def validate_respondent_type(self, field) -> None:
        if self.survey.audience == "mixed" and field.data not in RESPONDENT_TYPES:
            raise ValidationError(_l("Select who filled in the form"))

    def validate_assisted(self, field) -> None:
        if field.data and field.data not in ASSISTANCE:
            raise ValidationError(_l("Select whether someone helped them answer"))

    def entry(self, answers: AnswerForm) -> paper.PaperEntry:
        mixed = self.survey.audience == "mixed"
        dated = self.form_date.data.strip() if self.form_date.data else ""
        return paper.PaperEntry(
            submission_id=uuid.UUID(answers.submission_id.data),
            values=answers.answers(),
            respondent_type=self.respondent_type.data
            if mixed
            else self.survey.default_respondent_type,
            assisted=self.assisted.data or None,
            dated=paper.parse_form_date(dated) if dated else None,
        )


@bp.get("/<slug>/paper")
@requires_role(*AUTHOR_ROLES)
def paper_entry(slug: str):
    survey = survey_or_404(slug)
    version = survey.current_version
    if version is None:
        return render_template("build/paper.html", survey=survey, form=None)
    details = PaperDetailsForm(survey, data={"channel": request.args.get("channel", "")})
    answers = AnswerForm.for_questions(version.questions, data={"submission_id": str(uuid.uuid4())})
    return _page(survey, details, answers)


@bp.post("/<slug>/paper")
@requires_role(*AUTHOR_ROLES)
def save_paper_entry(slug: str):
    survey = survey_or_404(slug)
    version = survey.current_version
    if version is None:
        return render_template("build/paper.html", survey=survey, form=None), 409
    details = PaperDetailsForm(survey)
    answers = AnswerForm.for_questions(version.questions)
    answers_valid = answers.validate_on_submit()
    if not (details.validate() and answers_valid):
        return _page(survey, details, answers), 400
    channel = sharing.channel_for_survey_or_404(survey, details.channel.data)
    entry = details.entry(answers)
    if not details.save_anyway.data and paper.looks_entered_before(version, channel, entry):
        return _page(survey, details, answers, duplicate=True)
    paper.record_paper_form(version, channel, entry)
    jobs.new_answers_arrived()
    entered = dict(session.get(SITTING_KEY, {}))
    entered[slug] = entered.get(slug, 0) + 1
    session[SITTING_KEY] = entered
    session[SAVED_KEY] = True
    return redirect(url_for("build.paper_entry", slug=slug, channel=channel.code), 303)


def _page(survey, details: PaperDetailsForm, answers: AnswerForm, duplicate: bool = False):
    def summary(fields) -> list[dict[str, str]]:
        return [{"text": str(f.errors[0]), "href": f"#{f.id}"} for f in fields if f.errors]

    # In page order: where the form came from, its answers, then who helped.
    errors = (
        summary([details.channel, details.form_date, details.respondent_type])
        + answers.error_list()
        + summary([details.assisted])
    )
    channels = sorted(survey.channels, key=lambda c: (c.display_name.lower(), c.code))
    return render_template(
        "build/paper.html",
        survey=survey,
        form=answers,
        details=details,
        errors=errors,
        duplicate=duplicate,
        channel_items=[("", _("Select a channel"))] + [(c.code, c.display_name) for c in channels],
        choices={q.code: choice_items(q) for q in answers.questions},
        inline={q.code: _inline(q) for q in answers.questions},
        assistance_items=ASSISTANCE_ITEMS,
        respondent_type_items=RESPONDENT_TYPE_ITEMS,
        entered=session.get(SITTING_KEY, {}).get(survey.slug, 0),
        saved=session.pop(SAVED_KEY, False) and request.method == "GET",
    )


def _inline(question) -> bool:
    """Short choices (yes/no, 0 to 10) sit side by side, so a form fits on one screen."""
    if (question.settings or {}).get("scale") == "nps11":
        return True
    items = choice_items(question)
    return len(items) <= 11 and all(len(str(label)) <= 12 for _code, label in items)
