"""Finding surveys and channels for people answering them."""

from __future__ import annotations

from flask import abort
from sqlalchemy import select

from feedback.extensions import db
from feedback.models import Channel, Survey, SurveyVersion

FFT_QUESTION = "Overall, how was your experience of our service?"
FFT_CHOICES = (
    ("very_good", "Very good"),
    ("good", "Good"),
    ("neither", "Neither good nor poor"),
    ("poor", "Poor"),
    ("very_poor", "Very poor"),
    ("dont_know", "Don't know"),
)
# Every FFT question in the national wording or a national variant: one time series.
FFT_SERIES = "fft"
FFT_POSITIVE = {"very_good", "good"}
FFT_NEGATIVE = {"poor", "very_poor"}
AGREEMENT_CHOICES = (
    ("5", "Strongly agree"),
    ("4", "Agree"),
    ("3", "Neither agree nor disagree"),
    ("2", "Disagree"),
    ("1", "Strongly disagree"),
)


def survey_or_404(slug: str) -> Survey:
    """A survey by its slug, in any state; unknown slugs 404."""
    survey = db.session.scalar(select(Survey).where(Survey.slug == slug))
    if survey is None:
        abort(404)
    return survey


def published_survey_or_404(slug: str) -> Survey:
    """A survey that has been published (open or closed); drafts and unknown slugs 404."""
    survey = survey_or_404(slug)
    if survey.current_version is None:
        abort(404)
    return survey


class NotAnswerable(Exception):
    """The survey cannot be answered through this link; respondents are told why."""

    def __init__(self, survey: Survey):
        super().__init__(survey.slug)
        self.survey = survey


class SurveyClosed(NotAnswerable):
    """The survey was published but takes no answers now."""


class SurveyNotOpenYet(NotAnswerable):
    """The survey exists but has never been published."""


class ChannelNotFound(NotAnswerable):
    """The link names a channel the survey does not have."""


def open_survey_or_404(slug: str, code: str | None = None) -> tuple[Survey, Channel | None]:
    """The survey and channel to answer: 404 if unknown, SurveyNotOpenYet for a draft,
    ChannelNotFound for an unknown channel code, SurveyClosed if not open."""
    survey = survey_or_404(slug)
    if survey.current_version is None:
        raise SurveyNotOpenYet(survey)
    channel = channel_or_404(survey, code)
    if survey.status != "open":
        raise SurveyClosed(survey)
    return survey, channel


def channel_or_404(survey: Survey, code: str | None) -> Channel | None:
    """The survey's channel with this code (None without a code); ChannelNotFound if none."""
    if code is None:
        return None
    channel = db.session.scalar(
        select(Channel).where(Channel.survey_id == survey.id, Channel.code == code)
    )
    if channel is None:
        raise ChannelNotFound(survey)
    return channel


def content_language(content: Survey | SurveyVersion, locale: str) -> str:
    """The language to show a survey's content in: the respondent's, if the survey (or the
    version being answered) has been written in it, else English."""
    for code in (locale, locale.replace("-", "_").split("_")[0]):
        if code in (content.languages or []):
            return code
    return "en"


PREVIEW_MAX_AGE = 4 * 3600


def _preview_serializer():
    from flask import current_app
    from itsdangerous import URLSafeTimedSerializer

    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="survey-preview")


def preview_token(version) -> str:
    """A signed, expiring token that lets whoever holds it see a version (a draft, say) as
    respondents will. The respondent side needs no sign-in to check it."""
    return _preview_serializer().dumps(str(version.id))


def version_for_preview(survey: Survey, token: str):
    """The survey's version the token names, or None if the token is bad or out of date."""
    from itsdangerous import BadSignature

    try:
        version_id = _preview_serializer().loads(token, max_age=PREVIEW_MAX_AGE)
    except BadSignature:
        return None
    return next((v for v in survey.versions if str(v.id) == version_id), None)
