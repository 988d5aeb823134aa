"""SQLAlchemy models, one module per aggregate."""

from feedback.models.org import (
    SECTORS,
    Membership,
    Organisation,
    Partnership,
    Place,
    Site,
    User,
)
from feedback.models.response import Answer, Response
from feedback.models.survey import Channel, Question, Survey, SurveyVersion
from feedback.models.theme import AnalysisRun, Theme, ThemeAssignment

__all__ = [
    "SECTORS",
    "AnalysisRun",
    "Answer",
    "Channel",
    "Membership",
    "Organisation",
    "Partnership",
    "Place",
    "Question",
    "Response",
    "Site",
    "Survey",
    "SurveyVersion",
    "Theme",
    "ThemeAssignment",
    "User",
]
