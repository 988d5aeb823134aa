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
from feedback.models import Answer, Response, Survey, Theme, ThemeAssignment, ThemeCuration
from feedback.services.analysis import latest_run

# No 0/O, 1/I/L, U/V or 5/S to misread or mistype: 27 characters, 8 of them: about 3e11.
ALPHABET = "2346789ABCDEFGHJKMNPQRTWXYZ"
LENGTH = 8
ATTEMPTS = 5
MERGE_DEPTH = 5


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
    survey's run, with analysts' curation applied. None if nothing has been themed yet."""
    run = latest_run(f"partnership:{partnership_id}") or latest_run(f"survey:{response.survey_id}")
    if run is None:
        return None
    answers = select(Answer.id).where(Answer.response_id == response.id)
    ids = set(
        db.session.scalars(
            select(ThemeAssignment.theme_id).where(
                ThemeAssignment.run_id == run.id, ThemeAssignment.answer_id.in_(answers)
            )
        )
    )
    curations = db.session.execute(
        select(ThemeCuration.theme_id, ThemeCuration.kind).where(
            ThemeCuration.partnership_id == partnership_id, ThemeCuration.answer_id.in_(answers)
        )
    ).all()
    ids |= {theme_id for theme_id, kind in curations if kind == "move"}
    ids -= {theme_id for theme_id, kind in curations if kind == "wrong"}
    return _merged(ids, partnership_id)


def _merged(ids: set[uuid.UUID], partnership_id: uuid.UUID) -> list[Theme]:
    """The themes, each one merged into another replaced by the one it was merged into."""
    found: dict[uuid.UUID, Theme] = {}
    for _depth in range(MERGE_DEPTH):
        if not ids:
            break
        themes = db.session.scalars(
            select(Theme).where(Theme.id.in_(ids), Theme.partnership_id == partnership_id)
        ).all()
        ids = set()
        for theme in themes:
            if theme.merged_into_id is None:
                found[theme.id] = theme
            else:
                ids.add(theme.merged_into_id)
    return list(found.values())
