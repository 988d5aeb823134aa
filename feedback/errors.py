"""Friendly error pages; JSON under /api. Never a stack trace."""

from __future__ import annotations

from flask import Flask, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

PAGES = {400, 403, 404, 405, 410, 413, 429, 500}


def _template(code: int) -> str:
    if code in PAGES:
        return f"errors/{code}.html"
    # Any other refusal reads as "there is a problem with your request".
    return "errors/400.html" if code < 500 else "errors/500.html"


def _render(error: HTTPException):
    if error.response is not None:
        # A view built its own refusal (the API's 401 with its challenge): send it as is.
        return error.response
    code = error.code or 500
    if request.path.startswith("/api/"):
        return jsonify(error=error.name, message=error.description), code
    return render_template(_template(code), error=error), code


def _unexpected(error: Exception):
    if isinstance(error, HTTPException):
        return _render(error)
    current_app.logger.exception("Unhandled error on %s", request.endpoint)
    return _render(InternalServerError())


def register(app: Flask) -> None:
    app.register_error_handler(HTTPException, _render)
    app.register_error_handler(Exception, _unexpected)
