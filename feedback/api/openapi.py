"""The API's OpenAPI 3.1 document, served at /api/v1/openapi.json."""

from __future__ import annotations

COUNT = {
    "type": "string",
    "description": (
        'A count as board pages show it: "0", a number rounded to the nearest 5, '
        '"fewer than N" under the partnership\'s threshold, or "not shown" where showing '
        "it would give away a smaller count."
    ),
}
ERROR = {
    "type": "object",
    "required": ["error", "message"],
    "properties": {"error": {"type": "string"}, "message": {"type": "string"}},
}
FIELD_ERRORS = {
    "allOf": [
        {"$ref": "#/components/schemas/Error"},
        {
            "type": "object",
            "required": ["errors"],
            "properties": {
                "errors": {
                    "type": "object",
                    "description": 'Field name (answers as "answers.<question code>") to message.',
                    "additionalProperties": {"type": "string"},
                }
            },
        },
    ]
}
THEME = {
    "type": "object",
    "required": ["id", "name", "size", "by_respondent_type", "by_sentiment", "quotes"],
    "properties": {
        "id": {"type": "string", "format": "uuid"},
        "name": {"type": "string"},
        "keywords": {"type": "array", "items": {"type": "string"}},
        "size": {"$ref": "#/components/schemas/Count"},
        "by_respondent_type": {"type": "object", "additionalProperties": COUNT},
        "by_sentiment": {"type": "object", "additionalProperties": COUNT},
        "quotes": {
            "type": "array",
            "items": {"type": "string"},
            "description": "Redacted quotes; none for a theme under the threshold.",
        },
    },
}
THEMES = {
    "type": "object",
    "required": ["partnership", "threshold", "themes"],
    "properties": {
        "partnership": {"type": "string"},
        "threshold": {"type": "integer", "description": "The smallest count shown."},
        "analysed_on": {"type": ["string", "null"], "format": "date"},
        "answers": {"$ref": "#/components/schemas/Count"},
        "themes": {"type": "array", "items": {"$ref": "#/components/schemas/Theme"}},
    },
}
NEW_RESPONSE = {
    "type": "object",
    "required": ["survey", "submission_id", "answers"],
    "additionalProperties": False,
    "properties": {
        "survey": {"type": "string", "description": "The slug of an open survey."},
        "channel": {"type": "string", "description": "One of the survey's channel codes."},
        "submission_id": {
            "type": "string",
            "format": "uuid",
            "description": "New for each response; sending it again stores nothing more.",
        },
        "answers": {
            "type": "object",
            "description": (
                "Question code to answer: a choice code, a number, free text, a date as "
                "YYYY-MM-DD, or a list of choice codes for a multiple-choice question."
            ),
            "additionalProperties": {
                "oneOf": [
                    {"type": "string"},
                    {"type": "number"},
                    {"type": "array", "items": {"type": "string"}},
                ]
            },
        },
        "respondent_type": {"enum": ["patient", "carer", "staff", "other"]},
        "language": {"type": "string", "description": "One of the survey's languages."},
    },
}
RECORDED = {
    "type": "object",
    "required": ["status", "submission_id"],
    "properties": {
        "status": {"enum": ["recorded", "already recorded"]},
        "submission_id": {"type": "string", "format": "uuid"},
        "receipt": {
            "type": ["string", "null"],
            "description": "The receipt code a respondent would be shown; only when recorded.",
        },
    },
}


def _json(schema_name: str, description: str) -> dict:
    return {
        "description": description,
        "content": {
            "application/json": {"schema": {"$ref": f"#/components/schemas/{schema_name}"}}
        },
    }


REFUSALS = {
    "401": _json("Error", "No token, or an unknown or revoked one."),
    "403": _json("Error", "The token's role may not use this route."),
}

PATHS = {
    "/openapi.json": {
        "get": {
            "operationId": "getOpenApiDocument",
            "summary": "This document",
            "security": [],
            "responses": {"200": {"description": "The OpenAPI 3.1 document."}},
        }
    },
    "/themes": {
        "get": {
            "operationId": "listThemes",
            "summary": "The partnership-wide themes, largest first, small counts suppressed",
            "security": [{"token": []}],
            "description": "For tokens with the board or analyst role.",
            "responses": {"200": _json("Themes", "The themes of the latest analysis."), **REFUSALS},
        }
    },
    "/responses": {
        "post": {
            "operationId": "submitResponse",
            "summary": "Record one response to an open survey of the token's partnership",
            "description": (
                "For tokens with the author role. Limited per token (429 past the limit)."
            ),
            "security": [{"token": []}],
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/NewResponse"}}
                },
            },
            "responses": {
                "201": _json("Recorded", "Recorded."),
                "200": _json("Recorded", "This submission_id was recorded before."),
                "413": _json("Error", "The body is over 64 KB."),
                "422": _json("FieldErrors", "Nothing was recorded; each field's problem."),
                "429": _json("Error", "Too many submits with this token; wait and retry."),
                **REFUSALS,
            },
        }
    },
}


def document(server_url: str) -> dict:
    """The OpenAPI document, with the address the API is served from."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Frontline Voice API",
            "version": "1",
            "description": (
                "Each token belongs to one partnership and one role, and reads and writes "
                "that partnership's data only. Admins create and revoke tokens."
            ),
        },
        "servers": [{"url": server_url}],
        "paths": PATHS,
        "components": {
            "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Count": COUNT,
                "Error": ERROR,
                "FieldErrors": FIELD_ERRORS,
                "Theme": THEME,
                "Themes": THEMES,
                "NewResponse": NEW_RESPONSE,
                "Recorded": RECORDED,
            },
        },
    }
