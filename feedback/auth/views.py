"""Signing in and out. Sessions live on the server (services/sessions.py): the cookie
holds a random token, and only a valid, unexpired session whose sign-in is complete
loads a user."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import g, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user

from feedback.auth import bp
from feedback.auth.forms import SignInForm
from feedback.extensions import limiter, login_manager
from feedback.models import User
from feedback.models.security import UserSession
from feedback.permissions import public, signed_in
from feedback.services import accounts, sessions, two_factor

# Per source address. The lock-out per account (services/accounts.py) covers guessing
# spread over many addresses.
SIGN_IN_LIMIT = "10 per minute;100 per hour"
SESSION_ID = "sid"  # the key in the cookie session that holds the token


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    found = current_session()
    if found is None or not found.second_factor_done or str(found.user_id) != user_id:
        return None
    user = found.user
    # A role that needs an authenticator app, given after this sign-in without one: sign
    # in again and set one up before any page.
    if not user.active or (user.totp_secret is None and two_factor.required_for(user)):
        return None
    return user


def current_session() -> UserSession | None:
    """This browser's valid server-side session, complete or half-way through sign-in."""
    if "user_session" not in g:
        g.user_session = sessions.find(session.get(SESSION_ID))
    return g.user_session


@bp.before_app_request
def _note_activity() -> None:
    """Each request keeps the session from its idle timeout."""
    if request.endpoint != "static" and SESSION_ID in session:
        found = current_session()
        if found is not None:
            sessions.touch(found)


def safe_next(target: str | None) -> str:
    """Only same-site paths: never an open redirect."""
    if not target:
        return url_for("boards.index")
    parts = urlsplit(target)
    unsafe = "\\" in target or target.startswith("//") or not target.startswith("/")
    if parts.scheme or parts.netloc or unsafe:
        return url_for("boards.index")
    return target


def finish_sign_in(user_session: UserSession, token: str, target: str | None):
    """Sign-in is complete: the user is loaded from now on, with a fresh token."""
    session.clear()
    session[SESSION_ID] = token
    g.user_session = user_session
    accounts.record_sign_in(user_session.user)
    login_user(user_session.user)
    return redirect(safe_next(target), 303)


@bp.get("/")
@public
def home():
    """The app's own address: the board pages when signed in, else the sign-in page."""
    if current_user.is_authenticated:
        return redirect(url_for("boards.index"))
    return redirect(url_for("auth.sign_in"))


@bp.route("/sign-in", methods=["GET", "POST"])
@public
@limiter.limit(SIGN_IN_LIMIT, methods=["POST"])
def sign_in():
    if current_user.is_authenticated:
        return redirect(url_for("boards.index"))
    form = SignInForm()
    if form.validate_on_submit():
        user = accounts.authenticate(form.email.data, form.password.data)
        if user is not None:
            return _password_accepted(user, request.args.get("next"))
        form.email.errors.append(
            _(
                "Enter a correct email address and password. After 10 wrong attempts in a "
                "row, sign-in is paused for at least 15 minutes"
            )
        )
    status = 400 if form.errors else 200
    return render_template(
        "auth/sign_in.html", form=form, errors=form.error_list(), has_errors=bool(form.errors)
    ), status


def _password_accepted(user: User, target: str | None):
    """The password is right: finish, or go on to the second factor (or to setting it up)."""
    needs_code = user.totp_secret is not None
    must_set_up = not needs_code and two_factor.required_for(user)
    # A new session, never one that was there before sign-in: no session fixation.
    session.clear()
    token = sessions.start(user, second_factor_done=not (needs_code or must_set_up))
    if not (needs_code or must_set_up):
        return finish_sign_in(sessions.find(token), token, target)
    session[SESSION_ID] = token
    session["next"] = safe_next(target)
    step = "auth.second_factor" if needs_code else "auth.set_up_two_factor"
    return redirect(url_for(step), 303)


@bp.post("/sign-out")
@signed_in
def sign_out():
    sessions.end(session.get(SESSION_ID))
    logout_user()
    session.clear()
    return redirect(url_for("auth.sign_in"), 303)
