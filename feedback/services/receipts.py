"""Receipt codes: a short random code on the thank-you page that later shows the respondent
which themes their answer joined, and what was done about them.

Only an HMAC of the code (keyed by the app's secret key) is stored with the response, so
the code cannot be turned into a response id by anyone who does not hold the key, and
the stored value says nothing about the code."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import uuid

from flask import current_app
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from feedback.extensions import db
from feedback.models import Answer, Response, Survey, Theme, ThemeAssignment
from feedback.services.analysis import latest_run, merge_chains

# No 0/O, 1/I/L, U/V or 5/S to misread or mistype: 27 characters, 8 of them: about 3e11.
ALPHABET = "2346789ABCDEFGHJKMNPQRTWXYZ"
LENGTH = 8
ATTEMPTS = 5


def digest(code: str) -> str:
    """The stored form of a (normalised) code."""
    key = current_app.config["SECRET_KEY"]
    key = key if isinstance(key, bytes) else key.encode()
    return hmac.new(key, code.encode(), hashlib.sha256).hexdigest()


def normalise(typed: str) -> str:
    """A code as typed (any case, spaces, dashes) as its 8 characters; "" if it cannot be one."""
    code = re.sub(r"[\s\-–—]", "", typed or "").upper()
    if len(code) != LENGTH or any(c not in ALPHABET for c in code):
        return ""
    return code


def shown(code: str) -> str:
    """XXXX-XXXX."""
    return f"{code[:4]}-{code[4:]}"


def issue_receipt(response: Response) -> str | None:
    """Give a newly stored response its code and commit; returns the code as shown, or None
    if it could not be stored (the response itself is already safe)."""
    for _attempt in range(ATTEMPTS):
        code = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
        response.receipt = digest(code)
        try:
            db.session.commit()
        except IntegrityError:
            # Another response holds this code already: draw again.
            db.session.rollback()
            continue
        return shown(code)
    return None


def find_response(partnership_id: uuid.UUID, typed: str) -> Response | None:
    """The partnership's response holding this code, if any."""
    code = normalise(typed)
    if not code:
        return None
    return db.session.scalar(
        select(Response)
        .join(Survey, Survey.id == Response.survey_id)
        .where(Response.receipt == digest(code), Survey.partnership_id == partnership_id)
    )


def themes_of(response: Response, partnership_id: uuid.UUID) -> list[Theme] | None:
    """The themes the response's answers joined: in the partnership-wide run, else in its
    survey's run. The run's assignments already carry analysts' curation (apply_curation
    rewrites them at each change and after each run); a theme merged since is shown as the
    one it was merged into. None if nothing has been themed yet."""
    run = latest_run(f"partnership:{partnership_id}") or latest_run(f"survey:{response.survey_id}")
    if run is None:
        return None
    answers = select(Answer.id).where(Answer.response_id == response.id)
    joined = db.session.scalars(
        select(ThemeAssignment.theme_id).where(
            ThemeAssignment.run_id == run.id, ThemeAssignment.answer_id.in_(answers)
        )
    )
    merged = merge_chains(partnership_id)
    ids = {merged.get(theme_id, theme_id) for theme_id in joined}
    return list(
        db.session.scalars(
            select(Theme).where(Theme.id.in_(ids), Theme.partnership_id == partnership_id)
        )
    )
