"""The public "You said, we did" pages: what boards did about what people said. No sign-in,
no quotes, no counts; a receipt code shows one respondent the themes their answer joined."""

from flask import Blueprint

bp = Blueprint("public", __name__)

from feedback.public import views  # noqa: E402, F401
