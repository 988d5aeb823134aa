"""Frontline Voice: hear frontline staff and the people they serve."""

from __future__ import annotations

from collections.abc import Mapping

from flask import Flask
from jinja2 import ChainableUndefined, ChoiceLoader, FileSystemLoader, PackageLoader


def create_app(
    overrides: Mapping[str, object] | None = None, instance_path: str | None = None
) -> Flask:
    from feedback import (
        admin,
        api,
        auth,
        boards,
        build,
        cli,
        config,
        errors,
        extensions,
        ops,
        public,
        respond,
        safeguarding,
        web,
    )

    app = Flask(
        __name__,
        template_folder="../templates",
        instance_relative_config=True,
        instance_path=instance_path,
    )
    app.config.from_mapping(config.from_environment(app.instance_path))
    app.config.from_mapping(overrides or {})
    # The NHS macros read chained optional parameters, which needs ChainableUndefined.
    app.jinja_options = {
        "undefined": ChainableUndefined,
        "loader": ChoiceLoader(
            [
                FileSystemLoader(app.root_path + "/../templates"),
                PackageLoader("nhsuk_frontend_jinja"),
            ]
        ),
        "autoescape": True,
        "extensions": ["jinja2.ext.do"],
    }
    extensions.init_app(app)
    for blueprint in (respond.bp, auth.bp, boards.bp, build.bp, safeguarding.bp, ops.bp):
        app.register_blueprint(blueprint)
    app.register_blueprint(public.bp)
    app.register_blueprint(admin.bp)
    app.register_blueprint(api.bp)
    web.init_app(app)
    if app.config.get("TRUSTED_PROXY_HOPS"):
        from werkzeug.middleware.proxy_fix import ProxyFix

        hops = app.config["TRUSTED_PROXY_HOPS"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)
    errors.register(app)
    cli.register(app)
    return app
