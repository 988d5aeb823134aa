"""Error pages never show a stack trace; JSON under /api; DEBUG never on in production;
HSTS only in production."""

from __future__ import annotations

import pytest
from werkzeug.exceptions import abort

from feedback import create_app
from tests.conftest import parse_page

TRACE_WORDS = ("Traceback", 'File "', "werkzeug", "sqlalchemy", "RuntimeError")


@pytest.fixture(scope="module")
def failing_app(tmp_path_factory):
    """An app with routes that fail in each way a route can."""
    app = create_app(
        {"SQLALCHEMY_DATABASE_URI": "sqlite://", "PROPAGATE_EXCEPTIONS": False},
        instance_path=str(tmp_path_factory.mktemp("instance")),
    )

    def fail(code: int):
        if code == 500:
            raise RuntimeError("secret detail from deep inside")
        abort(code)

    from feedback.permissions import public

    app.add_url_rule("/fail/<int:code>", "fail", public(fail))
    app.add_url_rule("/api/v1/fail/<int:code>", "api_fail", public(fail))
    return app


@pytest.mark.parametrize("code", [400, 403, 404, 405, 410, 413, 429, 500])
def test_an_error_is_a_plain_page_without_a_trace(failing_app, code):
    response = failing_app.test_client().get(f"/fail/{code}")
    html = response.get_data(as_text=True)
    assert response.status_code == code
    assert parse_page(response).h1.get_text(strip=True)
    assert not any(word in html for word in TRACE_WORDS) and "secret detail" not in html


@pytest.mark.parametrize("code", [400, 403, 404, 405, 410, 413, 429, 500])
def test_an_api_error_is_json_without_a_trace(failing_app, code):
    response = failing_app.test_client().get(f"/api/v1/fail/{code}")
    assert response.status_code == code and response.is_json
    assert set(response.json) == {"error", "message"}
    assert "secret detail" not in response.get_data(as_text=True)


def test_an_unknown_code_reads_as_a_problem_with_the_request(failing_app):
    response = failing_app.test_client().get("/fail/418")
    title = parse_page(response).h1.get_text(strip=True)
    assert response.status_code == 418 and "problem with your request" in title


def test_an_expired_link_says_so(failing_app):
    response = failing_app.test_client().get("/fail/410")
    assert "no longer available" in parse_page(response).h1.get_text()


@pytest.mark.parametrize("how", [{"DEBUG": True}, {"ENV_FLASK_DEBUG": "1"}])
def test_production_refuses_to_start_with_debug_on(tmp_path, monkeypatch, how):
    monkeypatch.setenv("FRONTLINE_ENV", "production")
    if "ENV_FLASK_DEBUG" in how:
        monkeypatch.setenv("FLASK_DEBUG", how.pop("ENV_FLASK_DEBUG"))
    with pytest.raises(RuntimeError, match="refusing to start"):
        create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", **how}, instance_path=str(tmp_path))


def test_production_refuses_to_start_without_redis_for_the_rate_limits(tmp_path, monkeypatch):
    monkeypatch.setenv("FRONTLINE_ENV", "production")
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    monkeypatch.delenv("REDIS_URL", raising=False)
    with pytest.raises(RuntimeError, match="needs REDIS_URL"):
        create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"}, instance_path=str(tmp_path))
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/15")
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"}, instance_path=str(tmp_path))
    assert app.config["RATELIMIT_STORAGE_URI"] == "redis://127.0.0.1:6379/15"


def test_development_may_debug(tmp_path, monkeypatch):
    monkeypatch.delenv("FRONTLINE_ENV", raising=False)
    monkeypatch.setenv("FLASK_DEBUG", "1")
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"}, instance_path=str(tmp_path))
    assert app.config["PRODUCTION"] is False


@pytest.mark.parametrize("production", [True, False])
def test_hsts_only_in_production(tmp_path, monkeypatch, production):
    monkeypatch.delenv("FLASK_DEBUG", raising=False)
    monkeypatch.setenv("FRONTLINE_ENV", "production" if production else "development")
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/15")
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"}, instance_path=str(tmp_path))
    hsts = app.test_client().get("/privacy").headers.get("Strict-Transport-Security")
    assert hsts == ("max-age=31536000; includeSubDomains" if production else None)
