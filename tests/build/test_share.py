"""Sharing a survey: channels, their QR codes (which decode to the link) and posters."""

from __future__ import annotations

import io
import re
import uuid
from datetime import UTC, datetime
from xml.etree import ElementTree

import numpy
import pytest
import zxingcpp
from PIL import Image

from feedback.models import Channel, Organisation, Site
from feedback.services import building
from tests.conftest import csrf_token, make_partnership, make_user, parse_page, sign_in

BASE_URL = "http://127.0.0.1:5000"


@pytest.fixture
def riverside(db):
    """The builder tests' partnership (tests/build/conftest.py), with more organisations."""
    riverside = make_partnership()
    hospital = riverside.organisations[0]
    hospital.sites = [
        Site(short_name="ward-7", name="Ward 7", kind="site"),
        Site(short_name="rapid-response", name="Rapid response", kind="team"),
    ]
    riverside.organisations.append(
        Organisation(short_name="north-gp", name="North GP Practice", sector="primary_care")
    )
    db.session.commit()
    return riverside


def published_survey(db, riverside, title="Ward feedback", audience="patients", **details):
    survey = building.create_survey(riverside, title=title, audience=audience, **details)
    building.add_question(survey, type="fft", text="Overall, how was your experience?")
    building.publish(survey)
    hospital = riverside.organisations[0]
    db.session.add(Channel(survey=survey, organisation_id=hospital.id, code=hospital.short_name))
    db.session.commit()
    return survey


@pytest.fixture
def survey(db, riverside):
    return published_survey(db, riverside)


def channels_page(client, survey):
    return parse_page(client.get(f"/build/{survey.slug}/channels"))


def add_channel(client, survey, **fields):
    page = client.get(f"/build/{survey.slug}/channels")
    data = {"csrf_token": csrf_token(page.get_data(as_text=True))} | fields
    return client.post(f"/build/{survey.slug}/channels", data=data)


def organisation(riverside, short_name) -> Organisation:
    return next(o for o in riverside.organisations if o.short_name == short_name)


def test_channels_page_lists_each_channel_with_its_links(client, author, survey):
    soup = channels_page(client, survey)
    assert soup.h1.get_text(strip=True) == "Channels"
    text = soup.get_text(" ", strip=True)
    assert f"{BASE_URL}/s/{survey.slug}/riverside-hospital" in text
    assert f"{BASE_URL}/s/{survey.slug}/riverside-hospital/kiosk" in text
    assert "Riverside Hospital" in soup.select_one("#channel-riverside-hospital").get_text()
    hrefs = {a["href"] for a in soup.select("a")}
    prefix = f"/build/{survey.slug}/channels/riverside-hospital"
    assert {f"{prefix}/qr.svg", f"{prefix}/qr.png", f"{prefix}/poster"} <= hrefs


def test_channels_page_shows_how_many_responses_came_through_each(client, author, survey, db):
    from feedback.services.responses import NewResponse, record_response

    channel = survey.channels[0]
    for _ in range(12):
        new = NewResponse(submission_id=uuid.uuid4(), values={}, respondent_type="patient")
        record_response(survey.current_version, channel, new)
    text = channels_page(client, survey).get_text(" ", strip=True)
    assert re.search(r"Responses\s+12\b", text)


def test_a_channel_for_a_site_gets_a_code_and_name_from_the_short_names(
    client, author, survey, riverside
):
    hospital = organisation(riverside, "riverside-hospital")
    ward = next(s for s in hospital.sites if s.short_name == "ward-7")
    response = add_channel(client, survey, organisation=str(hospital.id), site=str(ward.id))
    assert response.status_code == 303
    soup = parse_page(client.get(response.headers["Location"]))
    assert "Channel added: Ward 7, Riverside Hospital" in soup.get_text(" ", strip=True)
    heading = soup.select_one("#channel-riverside-hospital-ward-7")
    assert heading.get_text(strip=True) == "Ward 7, Riverside Hospital"


def test_a_channel_keeps_the_code_and_name_the_author_gives(client, author, survey, riverside):
    gp = organisation(riverside, "north-gp")
    response = add_channel(
        client, survey, organisation=str(gp.id), code="north-surgery", name="North surgery"
    )
    assert response.status_code == 303
    channel = next(c for c in survey.channels if c.code == "north-surgery")
    assert (channel.name, channel.organisation_id, channel.site_id) == (
        "North surgery",
        gp.id,
        None,
    )


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("riverside-hospital", "already has a channel with the code riverside-hospital"),
        ("Ward 7!", "only contain lower-case letters, numbers and hyphens"),
        ("kiosk", "used by the survey pages"),
    ],
)
def test_a_bad_or_duplicate_code_is_explained_at_the_field(
    client, author, survey, riverside, code, message
):
    gp = organisation(riverside, "north-gp")
    response = add_channel(client, survey, organisation=str(gp.id), code=code, name="Kept name")
    assert response.status_code == 400
    soup = parse_page(response)
    assert soup.title.get_text().startswith("Error:")
    assert message in soup.select_one("#code-error").get_text()
    assert soup.select_one(".nhsuk-error-summary a[href='#code']")
    assert soup.select_one("#name")["value"] == "Kept name"
    assert soup.select_one(f"#organisation option[value='{gp.id}']").has_attr("selected")
    assert len(survey.channels) == 1


def test_a_site_of_another_organisation_is_refused(client, author, survey, riverside):
    gp = organisation(riverside, "north-gp")
    ward = organisation(riverside, "riverside-hospital").sites[0]
    response = add_channel(client, survey, organisation=str(gp.id), site=str(ward.id))
    assert response.status_code == 400
    assert "Select a site or team of the organisation" in parse_page(response).select_one(
        "#site-error"
    ).get_text(" ", strip=True)


def test_a_channel_needs_an_organisation(client, author, survey):
    response = add_channel(client, survey, organisation="", code="somewhere")
    assert response.status_code == 400
    soup = parse_page(response)
    assert "Select an organisation" in soup.select_one("#organisation-error").get_text()
    assert soup.select_one("#code")["value"] == "somewhere"


def test_an_archived_organisation_is_neither_offered_nor_taken_for_a_channel(
    client, author, survey, riverside, db
):
    gp = organisation(riverside, "north-gp")
    gp.archived_at = datetime.now(UTC)
    db.session.commit()
    assert (
        channels_page(client, survey).select_one(f"#organisation option[value='{gp.id}']") is None
    )
    response = add_channel(client, survey, organisation=str(gp.id), code="north-surgery")
    assert response.status_code == 400
    assert "Select an organisation" in parse_page(response).select_one("#organisation-error").text
    assert not any(c.code == "north-surgery" for c in survey.channels)


def test_an_archived_site_is_not_taken_for_a_channel(client, author, survey, riverside, db):
    hospital = organisation(riverside, "riverside-hospital")
    ward = hospital.sites[0]
    ward.archived_at = datetime.now(UTC)
    db.session.commit()
    response = add_channel(client, survey, organisation=str(hospital.id), site=str(ward.id))
    assert response.status_code == 400
    assert "Select a site or team" in parse_page(response).select_one("#site-error").text


def decode(image) -> list[str]:
    return [result.text for result in zxingcpp.read_barcodes(image)]


def test_the_png_qr_code_decodes_to_exactly_the_channel_link(client, author, survey):
    response = client.get(f"/build/{survey.slug}/channels/riverside-hospital/qr.png")
    assert response.status_code == 200
    assert response.mimetype == "image/png"
    image = Image.open(io.BytesIO(response.data))
    assert image.width >= 250
    assert decode(image) == [f"{BASE_URL}/s/{survey.slug}/riverside-hospital"]
    [found] = zxingcpp.read_barcodes(image)
    assert str(found.format) == "QR Code" and found.ec_level in {"M", "Q", "H"}


def svg_to_pixels(svg: bytes) -> numpy.ndarray:
    """Rasterise the QR code's SVG: a path of moves and horizontal strokes, one unit high."""
    root = ElementTree.fromstring(svg)  # noqa: S314 - our own page's output
    width, height = int(float(root.get("width"))), int(float(root.get("height")))
    transforms = [e.get("transform") for e in root.iter() if e.get("transform")]
    scale = float(re.search(r"scale\(([\d.]+)\)", transforms[0]).group(1))
    path = next(e for e in root.iter("{http://www.w3.org/2000/svg}path") if e.get("stroke"))
    pixels = numpy.full((height, width), 255, dtype=numpy.uint8)
    x = y = 0.0
    for command, number_text in re.findall(
        r"([MmHhVv])\s*([-\d.]+(?:[ ,][-\d.]+)?)", path.get("d")
    ):
        numbers = [float(n) for n in re.split(r"[ ,]", number_text)]
        if command in "Mm":
            x, y = (numbers[0], numbers[1]) if command == "M" else (x + numbers[0], y + numbers[1])
        elif command in "Hh":
            end = numbers[0] if command == "H" else x + numbers[0]
            row = int((y - 0.5) * scale)
            pixels[row : row + int(scale), int(x * scale) : int(end * scale)] = 0
            x = end
    return pixels


def test_the_svg_qr_code_decodes_to_exactly_the_channel_link(client, author, survey):
    response = client.get(f"/build/{survey.slug}/channels/riverside-hospital/qr.svg")
    assert response.status_code == 200
    assert response.mimetype == "image/svg+xml"
    assert decode(svg_to_pixels(response.data)) == [
        f"{BASE_URL}/s/{survey.slug}/riverside-hospital"
    ]


def test_the_poster_has_everything_a_passer_by_needs(client, author, riverside, db):
    survey = published_survey(db, riverside, title="Tell us", languages=["en", "cy", "ar"])
    soup = parse_page(client.get(f"/build/{survey.slug}/channels/riverside-hospital/poster"))
    link = f"{BASE_URL}/s/{survey.slug}/riverside-hospital"
    poster = soup.select_one(".fv-poster")
    text = poster.get_text(" ", strip=True)
    assert poster.h1.get_text(strip=True) == "Tell us"
    assert "Scan the code with your phone camera to tell us about your experience" in text
    assert "It is anonymous and takes about 2 minutes" in text
    assert soup.select_one(".fv-poster__link").get_text(strip=True) == link
    assert soup.select_one(".fv-poster__channel").get_text(strip=True) == "Riverside Hospital"
    image = poster.select_one("img")
    assert image["src"].endswith("/channels/riverside-hospital/qr.svg") and link in image["alt"]
    languages = {s["lang"]: s.get_text() for s in poster.select(".fv-poster__languages span")}
    assert languages == {"en": "English", "cy": "Cymraeg", "ar": "العربية"}
    stylesheet = soup.select_one("link[href$='/static/build/print.css']")
    assert stylesheet
    with client.get(stylesheet["href"]) as css:
        assert css.status_code == 200


def test_print_css_prints_on_a4_without_the_site_header(client):
    with client.get("/static/build/print.css") as response:
        css = response.get_data(as_text=True)
    assert re.search(r"@page\s*{[^}]*size:\s*A4", css)
    assert re.search(r"@media print\s*{[^@]*\.nhsuk-header[^{]*{\s*display:\s*none", css)


def test_a_staff_poster_speaks_to_staff(client, author, riverside, db):
    survey = published_survey(db, riverside, title="Staff pulse", audience="staff")
    soup = parse_page(client.get(f"/build/{survey.slug}/channels/riverside-hospital/poster"))
    text = soup.select_one(".fv-poster__call").get_text(strip=True)
    assert text == "Scan the code with your phone camera to tell us what it is like to work here"


SHARE_URLS = [
    "/build/{slug}/channels",
    "/build/{slug}/channels/riverside-hospital/qr.svg",
    "/build/{slug}/channels/riverside-hospital/qr.png",
    "/build/{slug}/channels/riverside-hospital/poster",
]


@pytest.mark.parametrize("url", SHARE_URLS)
def test_signed_out_people_are_sent_to_sign_in(client, survey, url):
    response = client.get(url.format(slug=survey.slug))
    assert response.status_code == 302 and response.headers["Location"].startswith("/sign-in")


@pytest.mark.parametrize("role", ["board", "admin of another partnership"])
def test_board_members_and_other_partnerships_get_not_found(client, survey, riverside, role):
    member_of = make_partnership("hillside") if role.endswith("partnership") else riverside
    sign_in(client, make_user(member_of, role.split()[0]))
    for url in SHARE_URLS:
        assert client.get(url.format(slug=survey.slug)).status_code == 404, url


def test_an_admin_may_share_and_an_unknown_channel_is_not_found(client, survey, riverside):
    sign_in(client, make_user(riverside, "admin"))
    assert client.get(f"/build/{survey.slug}/channels").status_code == 200
    assert client.get(f"/build/{survey.slug}/channels/nowhere/poster").status_code == 404
