"""The demo: two partnerships, their organisations, surveys, users and synthetic responses.

Idempotent: every row has a fixed identity (slug, email or submission id), so a second
run adds nothing. The free text is synthetic, written by `demo_text`.
"""

from __future__ import annotations

import copy
import random
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pyotp
from flask import current_app
from sqlalchemy import func, select

from feedback.extensions import db
from feedback.models import (
    Channel,
    Membership,
    Organisation,
    Partnership,
    Place,
    Question,
    Response,
    Site,
    Survey,
    SurveyVersion,
    User,
)
from feedback.services import actions, demo_text, glossary
from feedback.services.accounts import hash_password
from feedback.services.bank import FFT_WELSH
from feedback.services.responses import NewResponse, build_response
from feedback.services.surveys import (
    AGREEMENT_CHOICES,
    FFT_CHOICES,
    FFT_QUESTION,
    FFT_SERIES,
)

DEMO_NAMESPACE = uuid.UUID("2b0f7d55-0d5c-4f0e-8a8a-7c1f3b6f4e21")
GOOD_QUESTION = "What was good about your experience?"
BETTER_QUESTION = "Is there anything we could have done better?"
CHANGE_QUESTION = (
    "What one change would make the biggest difference to you or the people you support?"
)
PULSE_ITEMS = (
    ("valued", "I feel valued for the work I do."),
    ("workload", "My workload is manageable."),
    ("safe_to_speak", "I feel safe to speak up about anything that concerns me."),
    ("recommend", "I would recommend my organisation as a place to work."),
    ("resources", "I have the equipment and resources I need to do my job well."),
)
ORGANISATIONS = (
    # short name, name, sector, place, sites/teams
    (
        "city-hospital",
        "Riverside City Hospital NHS Foundation Trust",
        "nhs_acute",
        "North",
        (("ward-7", "Ward 7", "team"), ("emergency-department", "Emergency department", "site")),
    ),
    (
        "parkside-surgery",
        "Parkside Surgery",
        "primary_care",
        "North",
        (("reception", "Reception team", "team"),),
    ),
    (
        "riverside-council",
        "Riverside Council Adult Social Care",
        "adult_social_care",
        "South",
        (("home-care", "Home care team", "team"), ("reablement", "Reablement team", "team")),
    ),
    (
        "homes-together",
        "Homes Together Housing Association",
        "housing",
        "South",
        (("repairs", "Repairs service", "team"),),
    ),
    (
        "carers-network",
        "Riverside Carers Network",
        "voluntary",
        "South",
        (("befriending", "Befriending service", "team"),),
    ),
)
PATIENTS_PER_ORGANISATION = 110
STAFF_PER_ORGANISATION = 60
DAYS_OF_HISTORY = 180


@dataclass
class SeedSummary:
    credentials: dict[str, tuple[str, str]] = field(default_factory=dict)  # role -> (email, pw)
    totp_secrets: dict[str, str] = field(default_factory=dict)  # email -> authenticator secret
    channels: list[str] = field(default_factory=list)
    responses_added: int = 0
    responses_total: int = 0


def seed_demo() -> SeedSummary:
    """Create or complete the demo data; returns what a tester needs to try it."""
    summary = SeedSummary()
    riverside, riverside_surveys, organisations = _riverside(summary)
    hillside, hillside_survey, hillside_gp = _hillside()
    db.session.commit()
    _users(summary, riverside, hillside)
    rng = random.Random(20261123)
    patient, staff = riverside_surveys
    for organisation in organisations:
        summary.responses_added += _patient_responses(
            patient, organisation, rng, PATIENTS_PER_ORGANISATION
        )
        summary.responses_added += _staff_responses(
            staff, organisation, rng, STAFF_PER_ORGANISATION
        )
    summary.responses_added += _patient_responses(hillside_survey, hillside_gp, rng, 40)
    summary.responses_added += _planted_disclosure(patient, organisations[0])
    glossary.seed_demo_glossary(riverside)
    # Actions need themes: the first run of seed-demo has none, a run after analyse adds them.
    actions.seed_demo_actions(riverside)
    db.session.commit()
    summary.responses_total = db.session.scalar(select(func.count()).select_from(Response))
    return summary


def _riverside(summary: SeedSummary):
    """The main demo partnership: five organisations of different sectors, two surveys."""
    riverside = _partnership("riverside", "Riverside Place Partnership", ("North", "South"))
    organisations = [_organisation(riverside, *spec) for spec in ORGANISATIONS]
    patient = _survey(
        riverside, "patient-fft", "Tell us about your care", "patients", patient_questions()
    )
    staff = _survey(riverside, "staff-pulse", "Staff pulse", "staff", staff_questions())
    for survey in (patient, staff):
        _translate(survey)
        summary.channels += [f"/s/{survey.slug}/{c.code}" for c in _channels(survey, organisations)]
    return riverside, (patient, staff), organisations


def _hillside():
    """A small second partnership: its people must never see Riverside's data."""
    hillside = _partnership("hillside", "Hillside Health and Care Partnership", ("Hillside",))
    gp = _organisation(
        hillside, "hillside-medical", "Hillside Medical Centre", "primary_care", "Hillside", ()
    )
    survey = _survey(
        hillside,
        "hillside-fft",
        "Hillside Medical Centre feedback",
        "patients",
        patient_questions(),
    )
    _channels(survey, [gp])
    return hillside, survey, gp


def describe(summary: SeedSummary) -> str:
    base = current_app.config["BASE_URL"]
    lines = [
        f"Demo data ready: {summary.responses_total} responses "
        f"({summary.responses_added} added this time).",
        "",
        f"Sign in at {base}/sign-in as:",
    ]
    for role, (email, password) in summary.credentials.items():
        lines.append(f"  {role:<24} {email:<34} password: {password}")
        lines.append(f"  {'':<24} {'':<34} TOTP secret: {summary.totp_secrets[email]}")
    lines += [
        "",
        "Each demo user signs in with a code from an authenticator app: add the user's TOTP",
        "secret to the app (as a key entered by hand, time-based).",
    ]
    lines += ["", "Survey links (one per organisation):"]
    lines += [f"  {base}{path}" for path in summary.channels]
    return "\n".join(lines)


def _partnership(slug: str, name: str, places: tuple[str, ...]) -> Partnership:
    partnership = db.session.scalar(select(Partnership).where(Partnership.slug == slug))
    if partnership is None:
        partnership = Partnership(slug=slug, name=name)
        partnership.places = [Place(name=place) for place in places]
        db.session.add(partnership)
        db.session.flush()
    return partnership


def _organisation(partnership, short_name, name, sector, place_name, sites) -> Organisation:
    organisation = db.session.scalar(
        select(Organisation).where(Organisation.short_name == short_name)
    )
    if organisation is None:
        place = next(p for p in partnership.places if p.name == place_name)
        organisation = Organisation(
            short_name=short_name, name=name, sector=sector, place_id=place.id
        )
        organisation.sites = [Site(short_name=s, name=n, kind=k) for s, n, k in sites]
        partnership.organisations.append(organisation)
        db.session.flush()
    return organisation


def _choices(pairs) -> list[dict[str, str]]:
    return [{"code": code, "label": label} for code, label in pairs]


def patient_questions() -> list[Question]:
    return [
        Question(
            code="fft",
            type="fft",
            series=FFT_SERIES,
            text=FFT_QUESTION,
            required=True,
            position=0,
            choices=_choices(FFT_CHOICES),
        ),
        Question(
            code="good",
            type="free_text",
            text=GOOD_QUESTION,
            position=1,
            hint="Please do not include names or anything that could identify you or others.",
        ),
        Question(
            code="better",
            type="free_text",
            text=BETTER_QUESTION,
            position=2,
            hint="Please do not include names or anything that could identify you or others.",
        ),
    ]


def staff_questions() -> list[Question]:
    questions = [
        Question(
            code=code,
            type="scale",
            text=text,
            required=True,
            position=i,
            choices=_choices(AGREEMENT_CHOICES),
        )
        for i, (code, text) in enumerate(PULSE_ITEMS)
    ]
    questions.append(
        Question(
            code="change",
            type="free_text",
            text=CHANGE_QUESTION,
            position=len(questions),
            hint="Your answer is anonymous. Please do not include names.",
        )
    )
    return questions


def _survey(partnership, slug, title, audience, questions) -> Survey:
    survey = db.session.scalar(select(Survey).where(Survey.slug == slug))
    if survey is None:
        survey = Survey(
            partnership_id=partnership.id,
            slug=slug,
            title=title,
            audience=audience,
            status="open",
            introduction=_introduction(audience),
        )
        version = SurveyVersion(
            survey=survey, number=1, published_on=date.today(), questions=questions
        )
        db.session.add_all([survey, version])
        db.session.flush()
    return survey


def _introduction(audience: str) -> str:
    if audience == "staff":
        return (
            "This takes about a minute. It is anonymous: we do not ask your name, and we do "
            "not store your IP address, your device or the time you answered."
        )
    return "Your feedback helps us improve care. It is anonymous and takes about two minutes."


# The two main demo surveys in Welsh and Arabic, so that a left-to-right and a right-to-left
# translation can both be tried: slug -> language -> survey details.
SURVEY_WORDING = {
    "patient-fft": {
        "cy": {
            "title": "Dywedwch wrthym am eich gofal",
            "introduction": "Mae eich adborth yn ein helpu i wella gofal. Mae’n ddienw ac "
            "yn cymryd tua dau funud.",
        },
        "ar": {
            "title": "أخبرنا عن الرعاية التي تلقيتها",
            "introduction": "تساعدنا ملاحظاتك على تحسين الرعاية. لا نطلب اسمك، "
            "ويستغرق ذلك نحو دقيقتين.",
        },
    },
    "staff-pulse": {
        "cy": {
            "title": "Arolwg pwls staff",
            "introduction": "Mae hyn yn cymryd tua munud. Mae’n ddienw: nid ydym yn gofyn "
            "eich enw, ac nid ydym yn cadw eich cyfeiriad IP, eich dyfais na’r amser y "
            "gwnaethoch ateb.",
        },
        "ar": {
            "title": "استطلاع نبض الموظفين",
            "introduction": "يستغرق هذا نحو دقيقة واحدة. لا نطلب اسمك، ولا نحفظ عنوان IP "
            "الخاص بك ولا جهازك ولا وقت إجابتك.",
        },
    },
}
_FFT_LABELS = {
    "cy": FFT_WELSH,
    "ar": {
        "very_good": "جيدة جدًا",
        "good": "جيدة",
        "neither": "لا جيدة ولا سيئة",
        "poor": "سيئة",
        "very_poor": "سيئة جدًا",
        "dont_know": "لا أعرف",
    },
}
_AGREEMENT_LABELS = {
    "cy": {
        "5": "Cytuno’n gryf",
        "4": "Cytuno",
        "3": "Ddim yn cytuno nac yn anghytuno",
        "2": "Anghytuno",
        "1": "Anghytuno’n gryf",
    },
    "ar": {
        "5": "أوافق بشدة",
        "4": "أوافق",
        "3": "لا أوافق ولا أعارض",
        "2": "أعارض",
        "1": "أعارض بشدة",
    },
}
_NO_NAMES_HINT = {
    "cy": "Peidiwch â chynnwys enwau nac unrhyw beth a allai eich adnabod chi nac eraill.",
    "ar": "يُرجى عدم ذكر أسماء أو أي شيء قد يكشف هويتك أو هوية الآخرين.",
}
_PULSE_TEXT = {
    "valued": (
        "Rwy’n teimlo bod y gwaith rwy’n ei wneud yn cael ei werthfawrogi.",
        "أشعر بالتقدير للعمل الذي أقوم به.",
    ),
    "workload": (
        "Mae fy llwyth gwaith yn hylaw.",
        "حجم العمل المطلوب مني معقول ويمكنني التعامل معه.",
    ),
    "safe_to_speak": (
        "Rwy’n teimlo’n ddiogel i godi llais am unrhyw beth sy’n fy mhoeni.",
        "أشعر بالأمان عند التحدث عن أي شيء يقلقني.",
    ),
    "recommend": (
        "Byddwn yn argymell fy sefydliad fel lle i weithio.",
        "أوصي بمؤسستي مكانًا للعمل.",
    ),
    "resources": (
        "Mae gen i’r offer a’r adnoddau sydd eu hangen arnaf i wneud fy ngwaith yn dda.",
        "لديّ المعدات والموارد التي أحتاجها لأداء عملي جيدًا.",
    ),
}
# Question code -> language -> {"text", "hint", "choices"}, as Question.translations holds.
QUESTION_WORDING = {
    "fft": {
        "cy": {"text": "Yn gyffredinol, sut oedd eich profiad o’n gwasanaeth?", "hint": ""},
        "ar": {"text": "بشكل عام، كيف كانت تجربتك مع خدمتنا؟", "hint": ""},
    },
    "good": {
        "cy": {"text": "Beth oedd yn dda am eich profiad?", "hint": _NO_NAMES_HINT["cy"]},
        "ar": {"text": "ما الذي كان جيدًا في تجربتك؟", "hint": _NO_NAMES_HINT["ar"]},
    },
    "better": {
        "cy": {
            "text": "A oes unrhyw beth y gallem fod wedi’i wneud yn well?",
            "hint": _NO_NAMES_HINT["cy"],
        },
        "ar": {"text": "هل هناك أي شيء كان بإمكاننا فعله بشكل أفضل؟", "hint": _NO_NAMES_HINT["ar"]},
    },
    **{
        code: {"cy": {"text": cy, "hint": ""}, "ar": {"text": ar, "hint": ""}}
        for code, (cy, ar) in _PULSE_TEXT.items()
    },
    "change": {
        "cy": {
            "text": "Pa un newid fyddai’n gwneud y gwahaniaeth mwyaf i chi neu i’r bobl rydych "
            "yn eu cefnogi?",
            "hint": "Mae eich ateb yn ddienw. Peidiwch â chynnwys enwau.",
        },
        "ar": {
            "text": "ما التغيير الواحد الذي سيُحدث الفرق الأكبر لك أو للأشخاص الذين تدعمهم؟",
            "hint": "إجابتك مجهولة الهوية. يُرجى عدم ذكر أي أسماء.",
        },
    },
}


def _choice_labels(question: Question, language: str) -> dict[str, str]:
    if question.type == "fft":
        return _FFT_LABELS[language]
    if question.type == "scale":
        return _AGREEMENT_LABELS[language]
    return {}


def _translate(survey: Survey) -> None:
    """Give a demo survey its Welsh and Arabic wording. Languages already translated are
    kept as they are, so a second run fills only what an older demo database lacks."""
    wording = copy.deepcopy(SURVEY_WORDING[survey.slug])
    languages = survey.languages or ["en"]
    survey.languages = [*languages, *(code for code in wording if code not in languages)]
    survey.translations = {**wording, **(survey.translations or {})}
    english = {q.code: q.text for q in (*patient_questions(), *staff_questions())}
    for version in survey.versions:
        for question in version.questions:
            if question.code not in QUESTION_WORDING or english[question.code] != question.text:
                continue  # reworded in the builder: its old translation would not fit
            own = {
                language: {**parts, "choices": dict(_choice_labels(question, language))}
                for language, parts in QUESTION_WORDING[question.code].items()
            }
            question.translations = {**own, **(question.translations or {})}
    db.session.flush()


def _channels(survey: Survey, organisations: list[Organisation]) -> list[Channel]:
    existing = {c.code: c for c in survey.channels}
    for organisation in organisations:
        if organisation.short_name not in existing:
            channel = Channel(
                survey=survey, organisation_id=organisation.id, code=organisation.short_name
            )
            db.session.add(channel)
            existing[channel.code] = channel
    db.session.flush()
    return [existing[o.short_name] for o in organisations]


DEMO_USERS = (
    # role label, email, partnership slug, role
    ("Riverside board member", "board@riverside.example", "riverside", "board"),
    ("Riverside analyst", "analyst@riverside.example", "riverside", "analyst"),
    ("Riverside survey author", "author@riverside.example", "riverside", "author"),
    ("Riverside admin", "admin@riverside.example", "riverside", "admin"),
    ("Riverside safeguarding lead", "safeguarding@riverside.example", "riverside", "safeguarding"),
    ("Hillside board member", "board@hillside.example", "hillside", "board"),
)


def _demo_passwords() -> dict[str, tuple[str, str]]:
    """Random demo passwords and TOTP secrets, made once and kept in instance/ (never in
    the code): email -> (password, secret)."""
    path = Path(current_app.instance_path) / "demo-credentials.txt"
    saved = {}
    if path.exists():
        for line in path.read_text().splitlines():
            email, password, *secret = line.split(" ")
            saved[email] = (password, secret[0] if secret else pyotp.random_base32())
    for _, email, _, _ in DEMO_USERS:
        password = "-".join(secrets.token_hex(3) for _ in range(3))
        saved.setdefault(email, (password, pyotp.random_base32()))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{email} {pw} {secret}\n" for email, (pw, secret) in saved.items()))
    path.chmod(0o600)
    return saved


def _users(summary: SeedSummary, *partnerships: Partnership) -> None:
    by_slug = {p.slug: p for p in partnerships}
    passwords = _demo_passwords()
    for label, email, slug, role in DEMO_USERS:
        user = db.session.scalar(select(User).where(User.email == email))
        if user is None:
            user = User(email=email, display_name=label, password_hash="")
            user.memberships = [Membership(partnership_id=by_slug[slug].id, role=role)]
            db.session.add(user)
        # The saved password and secret always work, even if the database was seeded elsewhere.
        password, secret = passwords[email]
        user.password_hash = hash_password(password)
        # Every demo user signs in with an authenticator app, as the production roles must.
        user.totp_secret = secret
        summary.credentials[label] = (email, password)
        summary.totp_secrets[email] = secret
    db.session.commit()


def _submission_id(survey: Survey, organisation: Organisation, index: int) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, f"{survey.slug}:{organisation.short_name}:{index}")


def _missing(survey: Survey, organisation: Organisation, n: int) -> set[int]:
    wanted = {_submission_id(survey, organisation, i): i for i in range(n)}
    stored = set(
        db.session.scalars(select(Response.submission_id).where(Response.submission_id.in_(wanted)))
    )
    return {i for sid, i in wanted.items() if sid not in stored}


def _store(survey, organisation, rng, n, make_values) -> int:
    """Add the demo responses not stored yet; the text generator always runs for all n."""
    channel = next(c for c in survey.channels if c.organisation_id == organisation.id)
    missing = _missing(survey, organisation, n)
    version = survey.current_version
    for index, (values, respondent_type) in enumerate(make_values()):
        when = date.today() - timedelta(days=rng.randrange(DAYS_OF_HISTORY))
        if index not in missing:
            continue
        new = NewResponse(
            submission_id=_submission_id(survey, organisation, index),
            values=values,
            respondent_type=respondent_type,
            submitted_on=when,
        )
        db.session.add(build_response(version, channel, new))
    db.session.commit()
    return len(missing)


# An invented answer that discloses harm, so the safeguarding lead's demo queue has one to
# review. Nobody wrote it; it shows what a flag looks like.
DEMO_DISCLOSURE = (
    "The appointment was fine. I'm worried about the little boy next door though, he is left "
    "on his own most nights and he told me his mum's boyfriend hits him."
)


def _planted_disclosure(survey, organisation) -> int:
    submission_id = uuid.uuid5(uuid.NAMESPACE_URL, f"frontline-demo/{survey.slug}/disclosure")
    if db.session.scalar(select(Response.id).where(Response.submission_id == submission_id)):
        return 0
    channel = next(c for c in survey.channels if c.organisation_id == organisation.id)
    new = NewResponse(
        submission_id=submission_id,
        values={"fft": "good", "good": "", "better": DEMO_DISCLOSURE},
        respondent_type="patient",
        submitted_on=date.today() - timedelta(days=2),
    )
    db.session.add(build_response(survey.current_version, channel, new))
    db.session.commit()
    return 1


def _patient_responses(survey, organisation, rng, n) -> int:
    comments = demo_text.patient_comments(rng, n, organisation.sector)
    return _store(
        survey,
        organisation,
        rng,
        n,
        lambda: (
            ({"fft": c.fft, "good": c.good, "better": c.better}, c.respondent_type)
            for c in comments
        ),
    )


def _staff_responses(survey, organisation, rng, n) -> int:
    comments = demo_text.staff_comments(rng, n, organisation.sector)
    return _store(
        survey,
        organisation,
        rng,
        n,
        lambda: (
            ({**{k: str(v) for k, v in c.agreement.items()}, "change": c.change}, "staff")
            for c in comments
        ),
    )
