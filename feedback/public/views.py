"""The public "You said, we did" pages of a partnership and of each of its organisations."""

from __future__ import annotations

from dataclasses import dataclass

from flask import abort, render_template, request
from flask_babel import gettext as _
from sqlalchemy import select

from feedback.extensions import db, limiter
from feedback.models import Organisation, Partnership
from feedback.permissions import public
from feedback.public import bp
from feedback.services import actions, receipts


@dataclass
class ReceiptResult:
    """What a receipt code shows: the themes its answers joined, with their actions.
    themes is None when nothing has been themed yet."""

    code: str
    themes: list[actions.PublicTheme] | None


def _no_code() -> bool:
    return "code" not in request.args


# Receipt codes are random, 8 characters from 31 (about 10^12): guessing one at this rate
# would take far longer than any code is kept.
RECEIPT_LOOK_UPS = "20 per minute;200 per day"


@bp.get("/you-said-we-did/<partnership>")
@public
@limiter.limit(RECEIPT_LOOK_UPS, exempt_when=_no_code)
def partnership(partnership: str):
    found = _partnership_or_404(partnership)
    return _page(found, None)


@bp.get("/you-said-we-did/<partnership>/<organisation>")
@public
@limiter.limit(RECEIPT_LOOK_UPS, exempt_when=_no_code)
def organisation(partnership: str, organisation: str):
    found = _partnership_or_404(partnership)
    return _page(found, actions.public_organisation_or_404(found, organisation))


def _partnership_or_404(slug: str) -> Partnership:
    found = db.session.scalar(select(Partnership).where(Partnership.slug == slug))
    if found is None:
        abort(404)
    return found


def _page(partnership: Partnership, organisation: Organisation | None):
    typed = request.args.get("code")
    result, error = (None, None) if typed is None else _look_up(partnership, organisation, typed)
    return render_template(
        "public/you_said_we_did.html",
        partnership=partnership,
        organisation=organisation,
        themes=actions.public_themes(partnership, organisation),
        organisations=actions.organisations_of(partnership.id) if organisation is None else [],
        statuses=actions.status_names(),
        typed=typed or "",
        result=result,
        error=error,
        errors=[{"text": error, "href": "#code"}] if error else [],
    )


def _look_up(partnership: Partnership, organisation: Organisation | None, typed: str):
    """(the receipt's result, None) or (None, the message to show at the field)."""
    if not typed.strip():
        return None, _("Enter your receipt code")
    if not receipts.normalise(typed):
        return None, _(
            "We could not find that code. A receipt code has 8 letters and numbers, "
            "like 7KQM-4TXB: check it against your thank-you page."
        )
    response = receipts.find_response(partnership.id, typed)
    if response is None:
        return None, _(
            "We could not find that code. Check it against your thank-you page and try again."
        )
    code = receipts.shown(receipts.normalise(typed))
    themes = receipts.themes_of(response, partnership.id)
    if themes is None:
        return ReceiptResult(code, None), None
    return ReceiptResult(code, actions.public_themes(partnership, organisation, themes)), None
