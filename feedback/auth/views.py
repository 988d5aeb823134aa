from __future__ import annotations

import uuid
from urllib.parse import urlsplit

from flask import redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user

from feedback.auth import bp
from feedback.auth.forms import SignInForm
from feedback.extensions import db, login_manager
from feedback.models import User
from feedback.permissions import public, signed_in
from feedback.services.accounts import authenticate


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    try:
        return db.session.get(User, uuid.UUID(user_id))
    except ValueError:
        return None


def _safe_next(target: str | None) -> str:
    """Only same-site paths: never an open redirect."""
    if not target:
        return url_for("boards.index")
    parts = urlsplit(target)
    unsafe = "\\" in target or target.startswith("//") or not target.startswith("/")
    if parts.scheme or parts.netloc or unsafe:
        return url_for("boards.index")
    return target


@bp.get("/")
@public
def home():
    """The app's own address: the board pages when signed in, else the sign-in page."""
    if current_user.is_authenticated:
        return redirect(url_for("boards.index"))
    return redirect(url_for("auth.sign_in"))


@bp.route("/sign-in", methods=["GET", "POST"])
@public
def sign_in():
    if current_user.is_authenticated:
        return redirect(url_for("boards.index"))
    form = SignInForm()
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user is not None:
            session.clear()
            login_user(user)
            return redirect(_safe_next(request.args.get("next")), 303)
        form.email.errors.append(_("Enter a correct email address and password"))
    status = 400 if form.errors else 200
    return render_template(
        "auth/sign_in.html", form=form, errors=form.error_list(), has_errors=bool(form.errors)
    ), status


@bp.post("/sign-out")
@signed_in
def sign_out():
    logout_user()
    session.clear()
    return redirect(url_for("auth.sign_in"), 303)
