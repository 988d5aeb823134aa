"""The second step of sign-in, and setting up an authenticator app.

Both routes are public in the sense of the permission marks: they are reached between the
password and the end of sign-in, before the user is signed in. Each checks the half-made
server-side session itself and sends anyone without one to the sign-in page."""

from __future__ import annotations

from flask import redirect, render_template, session, url_for
from flask_babel import gettext as _

from feedback.auth import bp
from feedback.auth.forms import CodeForm, ConfirmAppForm
from feedback.auth.views import SESSION_ID, current_session, finish_sign_in
from feedback.extensions import limiter
from feedback.permissions import public
from feedback.services import accounts, sessions, two_factor

CODE_LIMIT = "10 per minute;50 per hour"


@bp.route("/sign-in/code", methods=["GET", "POST"])
@public
@limiter.limit(CODE_LIMIT, methods=["POST"])
def second_factor():
    """Password done: a code from the authenticator app, or a recovery code."""
    pending = current_session()
    if pending is None or pending.second_factor_done or not pending.user.totp_secret:
        return redirect(url_for("auth.sign_in"))
    user = pending.user
    form = CodeForm()
    if form.validate_on_submit():
        code = form.code.data
        if accounts.is_locked(user):
            form.code.errors.append(_("Sign-in is paused after too many attempts. Try later"))
        elif two_factor.verify(user, code) or two_factor.use_recovery_code(user, code):
            return finish_sign_in(pending, sessions.complete(pending), session.get("next"))
        else:
            accounts.record_failure(user, "code")
            form.code.errors.append(
                _("Enter the current code from your authenticator app, or an unused recovery code")
            )
    return _page("auth/second_factor.html", form)


@bp.route("/sign-in/set-up-authenticator", methods=["GET", "POST"])
@public
@limiter.limit(CODE_LIMIT, methods=["POST"])
def set_up_two_factor():
    """Add an authenticator app: required for some roles before any page, else optional."""
    found = current_session()
    if found is None:
        return redirect(url_for("auth.sign_in"))
    user = found.user
    if user.totp_secret:
        return redirect(url_for("auth.home"))
    secret = two_factor.candidate_secret(session[SESSION_ID])
    form = ConfirmAppForm()
    if form.validate_on_submit():
        codes = two_factor.enable(user, secret, form.code.data)
        if codes is not None:
            if not found.second_factor_done:
                finish_sign_in(found, sessions.complete(found), session.get("next"))
            return render_template("auth/recovery_codes.html", codes=codes)
        form.code.errors.append(_("Enter the 6-digit code your app shows now"))
    uri = two_factor.provisioning_uri(user, secret)
    return _page(
        "auth/set_up_two_factor.html",
        form,
        secret=" ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        uri=uri,
        qr_code=two_factor.qr_code(uri),
        required=not found.second_factor_done,
    )


def _page(template: str, form, **context):
    status = 400 if form.errors else 200
    errors = form.error_list()
    return render_template(template, form=form, errors=errors, **context), status
