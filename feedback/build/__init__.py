"""Survey authors' pages: build, translate, preview, publish and share surveys."""

from flask import Blueprint

bp = Blueprint("build", __name__, url_prefix="/build")

from feedback.build import (  # noqa: E402, F401
    access,
    paper,
    question_bank,
    questions,
    share,
    translate,
    views,
)
