"""SQLAlchemy models, one module per aggregate."""

from feedback.models.board import (
    ACTION_STATUSES,
    CURATION_KINDS,
    Action,
    GlossaryTerm,
    ThemeCuration,
)
from feedback.models.org import (
    SECTORS,
    Membership,
    Organisation,
    Partnership,
    Place,
    Site,
    User,
)
from feedback.models.response import Answer, AnswerVector, Response
from feedback.models.safeguarding import FLAG_OUTCOMES, AuditEvent, SafeguardingFlag
from feedback.models.security import ApiToken, Invite, RecoveryCode, UserSession
from feedback.models.survey import Channel, Question, QuestionBankItem, Survey, SurveyVersion
from feedback.models.theme import AnalysisRun, Theme, ThemeAssignment

__all__ = [
    "ACTION_STATUSES",
    "CURATION_KINDS",
    "Action",
    "GlossaryTerm",
    "ThemeCuration",
    "FLAG_OUTCOMES",
    "SECTORS",
    "AnalysisRun",
    "Answer",
    "AnswerVector",
    "ApiToken",
    "AuditEvent",
    "Channel",
    "Invite",
    "Membership",
    "Organisation",
    "Partnership",
    "Place",
    "Question",
    "QuestionBankItem",
    "RecoveryCode",
    "Response",
    "SafeguardingFlag",
    "Site",
    "Survey",
    "SurveyVersion",
    "Theme",
    "ThemeAssignment",
    "User",
    "UserSession",
]
