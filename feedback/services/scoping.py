"""Objects are scoped by partnership in the query itself."""

from __future__ import annotations

import uuid

from flask import abort
from sqlalchemy import select

from feedback.extensions import db


def owned_or_404(model, object_id: uuid.UUID, partnership_id: uuid.UUID):
    """The `model` row with this id if it belongs to the partnership (its `partnership_id`);
    404 otherwise, never 403: another partnership's id is simply not found."""
    found = db.session.scalar(
        select(model).where(model.id == object_id, model.partnership_id == partnership_id)
    )
    if found is None:
        abort(404)
    return found
