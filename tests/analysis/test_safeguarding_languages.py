"""The survey pages are offered in Welsh and Arabic: a plain disclosure of harm written in
either is flagged for the safeguarding lead, as an English one is, and ordinary comments
in those languages are not."""

from __future__ import annotations

import pytest

from analysis import SafeguardingScreen

SCREEN = SafeguardingScreen()

DISCLOSURES = [
    ("Dw i eisiau lladd fy hun", "self_harm"),
    ("Rydw i wedi bod yn hunan-niweidio eto", "self_harm"),
    ("Dw i ddim eisiau byw rhagor", "self_harm"),
    ("Mae gen i feddyliau hunanladdol bob nos", "self_harm"),
    ("Mae fy ngŵr yn fy nharo pan mae o wedi meddwi", "domestic_violence"),
    ("Roedd y nyrs wedi fy mygwth", "staff_threat"),
    ("Mae fy mhlentyn mewn perygl gartref", "child_at_risk"),
    ("Mae'r gofalwr yn cam-drin Mam", "abuse_or_neglect"),
    ("أريد أن أقتل نفسي", "self_harm"),
    ("أفكر في الانتحار كل يوم", "self_harm"),
    ("زوجي يضربني كل ليلة", "domestic_violence"),
    ("الممرضة هددتني", "staff_threat"),
    ("طفلي في خطر في البيت", "child_at_risk"),
]

ORDINARY = [
    "Roedd y nyrsys yn garedig iawn ond roedd yr aros yn rhy hir",
    "Gwasanaeth ardderchog, diolch yn fawr",
    "Doedd dim lle i barcio",
    "Roedd y bwyd yn oer",
    "كان الموظفون لطفاء جدا",
    "الانتظار كان طويلا جدا",
    "شكرا على الرعاية الممتازة",
]


@pytest.mark.parametrize("text, kind", DISCLOSURES)
def test_a_plain_disclosure_in_welsh_or_arabic_is_flagged(text, kind):
    flag = SCREEN.check(text)
    assert flag is not None and kind in flag.kinds


@pytest.mark.parametrize("text", ORDINARY)
def test_an_ordinary_welsh_or_arabic_comment_is_not_flagged(text):
    assert SCREEN.check(text) is None


def test_a_partner_hitting_is_domestic_violence_not_also_abuse():
    assert SCREEN.check("زوجي يضربني").kinds == ("domestic_violence",)
