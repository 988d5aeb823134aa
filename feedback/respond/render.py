"""Rendering the survey's form pages: all on one page, one step, check your answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flask import current_app, render_template, request, url_for

from feedback.respond.forms import AnswerForm, choice_items, field_id, input_names
from feedback.respond.pages import (
    Page,
    extra_choices,
    extra_question,
    face_items,
    shown_questions,
    step_pages,
    summary_rows,
)

if TYPE_CHECKING:
    from feedback.respond.views import Visit

KIOSK = {"kiosk": True}


def kiosk_settings(start: str) -> dict[str, object]:
    return {
        "start": start,
        "idle": current_app.config["KIOSK_IDLE_SECONDS"],
        "thanks": current_app.config["KIOSK_THANKS_SECONDS"],
    }


def context(visit: Visit, form: AnswerForm, **extra) -> dict[str, object]:
    survey, code = visit.survey, visit.channel.code if visit.channel else None
    start = url_for("respond.survey", slug=survey.slug, code=code, **KIOSK) if code else ""
    return {
        "survey": survey,
        "visit": visit,
        "channel": visit.channel,
        "form": form,
        "title": visit.version.translated("title", visit.language),
        "introduction": visit.version.translated("introduction", visit.language),
        "shown": shown_questions(visit.version.questions, visit.language),
        "action": request.path,
        "errors": form.error_list(),
        "has_errors": bool(form.errors),
        "kiosk": kiosk_settings(start) if visit.kiosk else None,
        "page_languages": visit.version.languages,
        "preview_again": url_for(request.endpoint, **request.view_args, preview=visit.preview)
        if visit.preview
        else "",
        "free_text_limit": current_app.config["FREE_TEXT_MAX_LENGTH"],
        "choice_items": choice_items,
        "extra_choices": extra_choices,
        "extra_question": extra_question,
        "field_id": field_id,
        "face_items": face_items,
        **extra,
    }


def form_page(visit: Visit, form: AnswerForm, store_failed: bool = False) -> str:
    return render_template(
        "respond/survey.html", **context(visit, form, store_failed=store_failed, final=True)
    )


def _carried(form: AnswerForm, showing: list[str]) -> list[tuple[str, str]]:
    """Answers given on other steps, sent along as hidden fields."""
    if not form.is_submitted():
        return []
    names = {
        n for name in form.answer_fields if name not in showing for n in input_names(form, name)
    }
    return [(k, v) for k, v in request.form.items(multi=True) if k in names]


def step_page(visit: Visit, form: AnswerForm, page: Page, from_check: bool = False) -> str:
    pages = step_pages(form)
    for name in form.answer_fields:
        if name not in page.names:
            form[name].errors = []  # only this step's own problems are shown on it
    position = next((i for i, p in enumerate(pages) if p.key == page.key), 0)
    return render_template(
        "respond/step.html",
        **context(
            visit,
            form,
            page=page,
            position=position + 1,
            total=len(pages),
            carried=_carried(form, page.names),
            from_check=from_check,
            final=False,
        ),
    )


def check_page(visit: Visit, form: AnswerForm, store_failed: bool = False) -> str:
    shown = shown_questions(visit.version.questions, visit.language)
    return render_template(
        "respond/check.html",
        **context(
            visit,
            form,
            rows=summary_rows(form, shown),
            carried=_carried(form, []),
            store_failed=store_failed,
            final=True,
        ),
    )
