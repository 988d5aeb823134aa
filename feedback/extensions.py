"""Extensions, created unbound here and bound to an app in the factory."""

from __future__ import annotations

import sqlite3
from urllib.parse import urlencode

from flask import Flask
from flask_babel import Babel
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import MetaData, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    # Named constraints, so SQLite batch migrations can drop and recreate them.
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
csrf = CSRFProtect()
login_manager = LoginManager()
babel = Babel()
# Limits are declared on the routes they guard (sign-in, invites, receipt look-up, API
# submits); nothing else is limited. Respondent submits never are: a hospital shares one
# address. Counters live in Redis when REDIS_URL is set, else in this process.
limiter = Limiter(key_func=get_remote_address, default_limits=[])


@limiter.request_filter
def _limits_off() -> bool:
    """RATE_LIMITS=False turns limiting off for one app (the test suite's shared app)."""
    from flask import current_app

    return not current_app.config.get("RATE_LIMITS", True)


# Catalogues in translations/ cover every page in these; Arabic covers the respondent pages.
INTERFACE_LANGUAGES = ("en", "cy")


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # The embedded default serves several gunicorn workers from one file.
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()


def select_locale() -> str:
    """`?lang=` (remembered in the session), else the remembered language, else the
    browser's best match among the interface languages, else English.

    Any survey language may be chosen: where the interface has no catalogue for it (Urdu,
    say) the interface stays in English while the survey's content and direction follow."""
    from flask import current_app, has_request_context, request, session

    from feedback.services.building import SURVEY_LANGUAGES

    if not has_request_context():
        return "en"
    requested = request.args.get("lang")
    if requested in SURVEY_LANGUAGES:
        if session.get("lang") != requested:
            session["lang"] = requested
        return requested
    if session.get("lang") in SURVEY_LANGUAGES:
        return session["lang"]
    return request.accept_languages.best_match(current_app.config["LANGUAGES"]) or "en"


def language_url(code: str) -> str:
    """This page's address in another language, keeping its other query arguments."""
    from flask import request

    arguments = [(key, value) for key, value in request.args.items(multi=True) if key != "lang"]
    return request.path + "?" + urlencode([*arguments, ("lang", code)])


def init_app(app: Flask) -> None:
    db.init_app(app)
    migrate.init_app(app, db, render_as_batch=True, compare_type=True)
    csrf.init_app(app)
    limiter.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.sign_in"
    login_manager.login_message = "Sign in to see this page."
    login_manager.session_protection = "basic"
    # The catalogues live in translations/ at the top of the project, beside babel.cfg.
    babel.init_app(
        app, locale_selector=select_locale, default_translation_directories="../translations"
    )
    _language_switcher(app)


def _language_switcher(app: Flask) -> None:
    """What templates/macros/language.html needs: names, the default list and the links."""
    from feedback.services.building import SURVEY_LANGUAGES

    app.jinja_env.globals.update(
        language_names=SURVEY_LANGUAGES,
        # Pages that name no languages of their own (a survey does) offer the interface
        # languages whose catalogues cover every page.
        interface_languages=INTERFACE_LANGUAGES,
        language_url=language_url,
    )
