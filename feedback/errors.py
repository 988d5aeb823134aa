"""Friendly error pages; JSON under /api. Never a stack trace."""

from __future__ import annotations

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

PAGES = {400, 403, 404, 405, 413, 429, 500}


def _render(error: HTTPException):
    code = error.code or 500
    if request.path.startswith("/api/"):
        return jsonify(error=error.name, message=error.description), code
    template = f"errors/{code}.html" if code in PAGES else "errors/500.html"
    return render_template(template, error=error), code


def _unexpected(error: Exception):
    if isinstance(error, HTTPException):
        return _render(error)
    from flask import current_app

    current_app.logger.exception("Unhandled error on %s", request.endpoint)
    return _render(InternalServerError())


def register(app: Flask) -> None:
    app.register_error_handler(HTTPException, _render)
    app.register_error_handler(Exception, _unexpected)
