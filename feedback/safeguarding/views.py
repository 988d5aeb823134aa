from __future__ import annotations

import uuid

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from feedback.models import FLAG_OUTCOMES
from feedback.permissions import RAW_TEXT_ROLES, requires_role
from feedback.safeguarding import bp
from feedback.services import safeguarding

KIND_NAMES = {
    "self_harm": "Self-harm or suicidal thoughts",
    "abuse_or_neglect": "Abuse or neglect",
    "domestic_violence": "Domestic violence",
    "child_at_risk": "A child at risk",
    "staff_threat": "A threat from a member of staff",
}


def kinds_text(flag) -> str:
    return ", ".join(KIND_NAMES.get(kind, kind) for kind in flag.kinds)


@bp.context_processor
def helpers():
    return {"kinds_text": kinds_text}


@bp.get("/")
@requires_role(*RAW_TEXT_ROLES)
def queue():
    if not safeguarding.may_read(current_user):
        abort(404)  # an organisation's admin: raw text is for a partnership's admins
    return render_template(
        "safeguarding/queue.html",
        flags=safeguarding.queue(current_user),
        reviewable=safeguarding.reviewable(current_user),
    )


@bp.route("/flags/<uuid:flag_id>", methods=["GET", "POST"])
@requires_role(*RAW_TEXT_ROLES)
def flag(flag_id: uuid.UUID):
    """The flagged answer, raw, for its lead to review or a partnership admin to read."""
    found = safeguarding.flag_or_404(current_user, flag_id)
    reviewer = safeguarding.may_review(current_user, found)
    error = None
    if request.method == "POST":
        if not reviewer:
            abort(403)
        outcome = request.form.get("outcome", "")
        if outcome in FLAG_OUTCOMES:
            safeguarding.review(current_user, found, outcome, request.form.get("note", ""))
            flash("Review recorded.")
            return redirect(url_for("safeguarding.queue"), 303)
        error = "Select what was done about this answer"
    safeguarding.record_view(current_user, found)
    return render_template(
        "safeguarding/flag.html",
        flag=found,
        outcomes=FLAG_OUTCOMES,
        reviewer=reviewer,
        error=error,
    ), (400 if error else 200)
