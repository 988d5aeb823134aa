"""Flag free-text feedback answers that may disclose harm, for a safeguarding reviewer.

``SafeguardingScreen().check(text)`` returns ``None`` or a :class:`Flag` naming one or more
kinds, with the short phrases that matched:

* ``self_harm``: self-harm, suicidal thoughts, plans or attempts (the writer or someone else);
* ``abuse_or_neglect``: abuse, neglect or exploitation of an adult (physical, sexual,
  financial, restraint, being left unfed, unwashed or in soiled pads, ...);
* ``domestic_violence``: violence, threats, stalking or coercive control by a partner or ex;
* ``child_at_risk``: a child harmed, neglected, groomed, left alone or exposed to violence;
* ``staff_threat``: harm, threats, intimidation or sexual misconduct by a member of staff.

It is rules only: phrase patterns plus handling of negation ("I'm not suicidal"),
hypotheticals ("if I ever saw a patient being hit"), service names ("the self-harm team"),
idioms ("killing myself laughing", "rather die than wait"), accidents ("cut myself on a tin")
and a light reading of who did what to whom, so that the same verb ("hit", "threatened")
is filed under the right kind.  Answers in Welsh or Arabic, the survey pages' other
languages, are read only for their plainest disclosures (`analysis.safeguarding_languages`).
No model, no network, standard library only.  It is a screen
that puts answers in front of a human reviewer, not a verdict: it misses unusual phrasing and
sometimes flags a figure of speech.  Its measured recall, false-positive rates and speed are
in docs/analysis.md.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from analysis import safeguarding_languages

__all__ = ["KINDS", "Flag", "SafeguardingScreen"]

KINDS = ("self_harm", "abuse_or_neglect", "domestic_violence", "child_at_risk", "staff_threat")
SH, AN, DV, CH, ST = KINDS


@dataclass(frozen=True)
class Flag:
    """A possible disclosure: the kinds (sorted) and the phrases that triggered them."""

    kinds: tuple[str, ...]
    matched: tuple[str, ...]


# ---------------------------------------------------------------------------
# Text preparation
# ---------------------------------------------------------------------------

# Every replacement keeps the length, so match offsets point into the original text.
_FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00b4": "'",
        "\u2032": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)


def _normalise(text: str) -> str:
    folded = text.translate(_FOLD)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # a few characters grow when lowered ("İ")
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    return lowered


# Patterns are written in a small shorthand, expanded by _rx: a space matches any run of
# spaces or hyphens ("self harm" = "self-harm"), "_" an optional one ("self_harm" also
# matches "selfharm"), and an apostrophe is optional ("don't" also matches "dont").
_MACROS = {
    "%REFL%": r"(?:(?:my|him|her|them|your|our)_sel(?:f|ves|fs)|meself|themself|hisself|myslef)",
    "%OBJ%": r"(?:me|him|her|them|us)",
    "%POSS%": r"(?:my|his|her|their|our|your)",
    "%G1%": r"(?:[\w'£]+\s+)?",
    "%G2%": r"(?:[\w'£]+\s+){0,2}",
    "%G3%": r"(?:[\w'£]+\s+){0,3}",
    "%G4%": r"(?:[\w'£]+\s+){0,4}",
    "%G6%": r"(?:[\w'£]+\s+){0,6}",
    "%PILLS%": (
        r"(?:tablets?|pills?|meds|medications?|medicines?|paracetamol|painkillers?|"
        r"sleeping pills|antidepressants?|insulin|co_codamol|codeine|morphine|drugs)"
    ),
    "%KIDS%": (
        r"(?:kids?|children|child|babys?|babies|toddlers?|infants?|newborns?|little ones?|"
        r"little (?:boy|girl|lad)s?|\d+ (?:year|yr)s? olds?|grandchildren|grandkids|"
        r"teenagers?|twins)"
    ),
    "%PARTNER%": (
        r"(?:husband|hubby|wife|partner|boyfriend|girlfriend|fianc[eé]e?|spouse|"
        r"ex(?: (?:husband|wife|partner|boyfriend|girlfriend))?|other half)"
    ),
}


def _expand(source: str) -> str:
    for name, value in _MACROS.items():
        source = source.replace(name, value)
    source = source.replace("'", "'?").replace(" ?", "_")
    return source.replace(" ", r"[\s-]+").replace("_", r"[\s-]*")


def _rx(source: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{_expand(source)})(?![\w])")


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_WORD = re.compile(r"[a-z0-9£']+")
_SENTENCE_BREAK = re.compile(r"[.!?;\n]+(?!\d)|\s-\s")
_CLAUSE_BREAK = re.compile(r"[,:()\"]|\b(?:but|although|though|however|whereas|except)\b")


# Context never reaches further than this from a match, so that a huge unpunctuated answer
# costs time in proportion to its length rather than to its length squared.
_REACH = 300


class _Doc:
    """One answer, normalised, with the sentence and clause arithmetic the rules need."""

    def __init__(self, text: str, norm: str) -> None:
        self.text = text
        self.norm = norm
        self._starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(norm)]

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos``, cut to within ``_REACH`` characters of it."""
        index = bisect.bisect_right(self._starts, pos) - 1
        end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self.norm)
        return max(self._starts[index], pos - _REACH), min(end, pos + _REACH)

    def before(self, pos: int) -> str:
        """Sentence text before ``pos``."""
        return self.norm[self.sentence(pos)[0] : pos]

    def after(self, pos: int) -> str:
        """Sentence text after ``pos``."""
        return self.norm[pos : self.sentence(pos)[1]]

    def clause_before(self, pos: int) -> str:
        text = self.before(pos)
        cut = 0
        for m in _CLAUSE_BREAK.finditer(text):
            cut = m.end()
        return text[cut:]

    def sentence_text(self, pos: int) -> str:
        start, end = self.sentence(pos)
        return self.norm[start:end]

    def windows(self, positions: list[int]) -> list[tuple[int, int]]:
        """The (cut) sentences around ``positions``, in order, overlapping ones merged."""
        merged: list[list[int]] = []
        for start, end in sorted({self.sentence(p) for p in positions}):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return [(start, end) for start, end in merged]


# ---------------------------------------------------------------------------
# Context: negation, hypotheticals, service names
# ---------------------------------------------------------------------------

_NEGATORS = frozenset(
    "not no never neither nor without nobody noone none cannot hardly nothing".split()
)
_NEG_CONTRACTION = re.compile(
    r"(?:do|does|did|was|were|is|are|has|have|had|wo|would|could|should|must|need|ai|ca)n'?t"
)
# A negation further back than one of these belongs to another clause.
_NEG_STOP = frozenset(
    "and but because so then when if who that which i he she they we you while until till as "
    "since after before".split()
)


def _negated(clause_before: str) -> bool:
    for word in reversed(_WORD.findall(clause_before)[-3:]):
        if word in _NEGATORS or _NEG_CONTRACTION.fullmatch(word):
            return True
        if word in _NEG_STOP:
            return False
    return False


_HYPOTHETICAL = re.compile(
    _expand(
        r"(?:\bif (?:i|we|you|anyone|someone|somebody|they|he|she|staff|there|a \w+)"
        r"(?: \w+)? (?:ever|had|were|was|saw|see|felt|feel|noticed|suspected)\b"
        r"|\bwould (?:report|tell|call|speak|raise|contact|know)\b|\bin case (?:of|i|you)\b"
        r"|\bwhat to do (?:if|when)\b|\bhow to (?:spot|recognise|recognize|report|respond|deal)\b"
        r"|\b(?:ask|asks|asked|asking)(?: me| us| her| him| them| my \w+)?(?: about| if| whether)\b"
        r"|\bquestions? (?:about|on|around)\b"
        r"|\b(?:screen|screened|screening|assess|assessed|assessing|check|checked|checking) "
        r"(?:me |us |him |her |them )?(?:for|about|if)\b"
        r"|\b(?:training|leaflets?|information|advice|posters?|course|session|module|policy|"
        r"policies|awareness) (?:on|about|for|regarding|around)\b)"
        r"(?:\s+[\w'£]+){0,6}\s*$"
    )
)

_SERVICE_AFTER = re.compile(
    _expand(
        r"^\s*(?:teams?|services?|nurses?|workers?|leads?|practitioners?|specialists?|advisers?|"
        r"advisors?|officers?|training|courses?|prevention|awareness|polic(?:y|ies)|procedures?|"
        r"leaflets?|posters?|helplines?|hotlines?|lines?|charit(?:y|ies)|support|groups?|clinics?|"
        r"units?|pathways?|protocols?|screening|questions?|questionnaires?|assessments?|plans?|"
        r"strateg(?:y|ies)|programmes?|programs?|modules?|counsell\w*|counsel\w*|therap\w*|"
        r"referrals?|projects?|campaigns?|champions?|liaison|forums?|boards?|meetings?|"
        r"referral centres?|crisis|bombers?|squads?|rates?|statistics|figures|"
        r"specialist|risk assessments?|safety plans?)\b"
    )
)

_ACCIDENT = re.compile(
    r"\b(?:fell|fall|falling|falls|trip(?:ped)?|tripping|slip(?:ped|ping)?|accident\w*|kettle|oven|"
    r"iron|shaving|cooking|gardening|diy|ladder|tin|glass|broken bottle|lifting|gym|football|"
    r"rugby|playing|sport|by mistake|mistakenly|hob|pan|cooker|knife while|bike|car crash)\b"
)

_CLINICAL = re.compile(
    r"\b(?:blood|bloods|injection|jab|jabs|needle|cannula|vaccin\w*|smear|examin\w*|exam|"
    r"stitch\w*|dressing|catheter|procedure|swab|coil|scan|drip|physio\w*|massage|manipulat\w*|"
    r"x[\s-]?ray|operation|surgery|tooth|teeth|filling|extraction|treatment|ecg|test|tests|"
    r"cast|plaster|wound|exercises?|stretch\w*|lumbar|biopsy)\b"
)
# Clinical or procedural context: what staff say and do around a procedure, scan or op.
_PROCEDURE = re.compile(
    r"\b(?:procedures?|operations?|op|ops|surgery|surgeon|theatre|anaest\w*|anest\w*|"
    r"sedat\w*|scans?|mri|ct|x[\s-]?rays?|ultrasound|endoscop\w*|colonoscop\w*|"
    r"biops\w*|recover\w*|post[\s-]?op|pre[\s-]?op|dental|dentist|fillings?|extractions?|"
    r"tooth|teeth|stitch\w*|injections?|jabs?|blood|bloods|cannula|drip|needle|vaccin\w*|"
    r"phlebotom\w*|tourniquet|blood pressure|bp cuff|treatment|epidural|labour|delivery|"
    r"c[\s-]?section|caesarean|lumbar puncture|catheter\w*|examination|exam)\b"
)


# ---------------------------------------------------------------------------
# People: who is who
# ---------------------------------------------------------------------------
# Categories: P partner or ex, PA parent figure, F adult family or household, C child,
# CW son/daughter and the like (a child as victim, an adult as perpetrator), S staff,
# SC care staff (harm by them is also adult abuse), CS staff who work with children (teacher),
# CM private child minders, O anyone else.  Pronouns: PRON he/she, THEY, I (the writer),
# WHO (relative), NEG (nobody); THING marks a non-person after "by" ("hit by a car").


class _Person(NamedTuple):
    cat: str
    gender: str  # m, f or n
    start: int  # offsets within the string searched
    end: int


_ROLES: dict[str, tuple[str, str]] = {}  # keyed without apostrophes
_ROLE_PATTERNS: set[str] = set()


def _roles(cat: str, gender: str, block: str) -> None:
    for word in block.split("|"):
        word = word.strip()
        _ROLES[word.replace("'", "")] = (cat, gender)
        _ROLE_PATTERNS.add(word.replace("'", "'?").replace(" ", r"[\s-]+"))


_roles("P", "m", "husband|hubby|boyfriend|fiance|fella|ex husband|ex boyfriend|bf")
_roles("P", "f", "wife|girlfriend|fiancee|gf|missus|ex wife|ex girlfriend")
_roles("P", "n", "partner|spouse|ex|ex partner|other half|significant other")
_roles(
    "P",
    "m",
    "father of my baby|father of my child|father of my children|father of my kids|"
    "baby's father|baby's dad|babys dad|babys father|baby father|baby daddy|kids' dad|kids dad|"
    "children's father|childrens father|children's dad|childrens dad",
)
_roles("P", "f", "mother of my baby|mother of my child|mother of my children|baby mother")
_roles("PA", "m", "dad|daddy|father|stepdad|step dad|stepfather|step father|stepdaddy")
_roles(
    "PA",
    "f",
    "mum|mam|mom|mummy|mommy|mother|stepmum|step mum|stepmother|step mother|stepmom|step mom",
)
_roles("PA", "n", "parent|parents|step parent|stepparent|foster parent|foster parents")
_roles(
    "F",
    "m",
    "brother|uncle|son in law|brother in law|father in law|grandad|granddad|grandpa|"
    "grandfather|stepbrother|step brother",
)
_roles(
    "F",
    "f",
    "sister|aunt|auntie|aunty|daughter in law|sister in law|mother in law|nan|nana|nanna|gran|"
    "granny|grandma|grandmother|nanny|stepsister|step sister",
)
_roles(
    "F",
    "n",
    "cousin|relative|relatives|family|family member|family members|lodger|lodgers|neighbour|"
    "neighbours|neighbor|friend|friends|flatmate|housemate|sibling|siblings|in laws|grandparent",
)
_roles("CW", "m", "son|grandson|nephew|stepson|step son")
_roles("CW", "f", "daughter|granddaughter|niece|stepdaughter|step daughter")
_roles(
    "C",
    "n",
    "baby|babies|toddler|toddlers|infant|infants|newborn|child|children|kid|kids|little one|"
    "little ones|teenager|teenagers|teen|teens|youngster|youngsters|pupil|pupils|grandchild|"
    "grandchildren|grandkids|twins|year old|year olds|yr old",
)
_roles("C", "m", "boy|boys|little boy|little brother|little lad|schoolboy|young lad|young boy")
_roles("C", "f", "girl|girls|little girl|little sister|schoolgirl|young girl")
_roles(
    "S",
    "n",
    "nurse|nurses|staff nurse|charge nurse|student nurse|ward sister|matron|doctor|doctors|dr|"
    "gp|gps|consultant|consultants|surgeon|registrar|junior doctor|physio|physiotherapist|"
    "therapist|psychiatrist|psychologist|paramedic|paramedics|midwife|midwives|health visitor|"
    "social worker|porter|porters|cleaner|receptionist|receptionists|security guard|"
    "security guards|security|dentist|optician|pharmacist|manager|managers|line manager|"
    "ward manager|team leader|supervisor|boss|colleague|colleagues|co worker|coworker|"
    "member of staff|members of staff|staff member|staff members|staff|ambulance driver|"
    "ambulance crew|crew|housing officer|officer|warden|repairs man|repair man|repairman|"
    "workman|contractor|engineer|clinician|practitioner|employee|employees|radiographer|"
    "phlebotomist|anaesthetist|chaperone|sister on the ward|senior colleague|senior nurse|"
    "technician|medic|consultant psychiatrist|caretaker|driver|nhs staff",
)
_roles("S", "m", "male nurse|male doctor|male carer")
_roles(
    "SC",
    "n",
    "carer|carers|care worker|care workers|care assistant|care assistants|support worker|"
    "support workers|key worker|keyworker|hca|hcas|healthcare assistant|health care assistant|"
    "healthcare assistants|care staff|home staff|night staff|day staff|agency staff|"
    "agency carer|agency carers|caregiver|home carer|nursing staff|care home staff",
)
_roles(
    "CS",
    "n",
    "teacher|teachers|teaching assistant|teaching assistants|coach|football coach|foster carer|"
    "foster carers|nursery staff|nursery worker|nursery nurse|youth worker|scout leader|"
    "dinner lady|lunchtime supervisor|head teacher|headteacher",
)
_roles("CM", "n", "childminder|child minder|babysitter|baby sitter|au pair")
_roles(
    "O",
    "n",
    "stranger|strangers|someone|somebody|person|people|another patient|other patients|patient|"
    "patients|another resident|other residents|resident|residents|service user|client|gang|"
    "dealer|dealers|group",
)
_roles("O", "m", "man|men|guy|bloke|lad|lads|gentleman|older man|grown man|old man|older boys")
_roles("O", "f", "woman|women|lady|ladies|older woman|old lady")

_ROLE_ALT = _alt(_ROLE_PATTERNS)
_ROLE = rf"(?:{_ROLE_ALT})(?:'?s|')?"
_ROLE_RX = re.compile(rf"(?<![\w'])(?:{_ROLE})(?![\w])")


def _role_of(found: str) -> tuple[str, str] | None:
    key = re.sub(r"[\s-]+", " ", found).replace("'", "")
    if key in _ROLES:
        return _ROLES[key]
    if key.endswith("s") and key[:-1] in _ROLES:
        return _ROLES[key[:-1]]
    return None


_PRONOUNS = {
    "he": ("PRON", "m"),
    "he's": ("PRON", "m"),
    "hes": ("PRON", "m"),
    "he'd": ("PRON", "m"),
    "he'll": ("PRON", "m"),
    "she": ("PRON", "f"),
    "she's": ("PRON", "f"),
    "shes": ("PRON", "f"),
    "she'd": ("PRON", "f"),
    "she'll": ("PRON", "f"),
    "they": ("THEY", "n"),
    "they're": ("THEY", "n"),
    "theyre": ("THEY", "n"),
    "they've": ("THEY", "n"),
    "theyve": ("THEY", "n"),
    "they'd": ("THEY", "n"),
    "theyd": ("THEY", "n"),
    "they'll": ("THEY", "n"),
    "i": ("I", "n"),
    "i'm": ("I", "n"),
    "im": ("I", "n"),
    "i've": ("I", "n"),
    "ive": ("I", "n"),
    "i'd": ("I", "n"),
    "we": ("I", "n"),
    "who": ("WHO", "n"),
    "nobody": ("NEG", "n"),
    "noone": ("NEG", "n"),
    "no one": ("NEG", "n"),
    "no-one": ("NEG", "n"),
    "none of the staff": ("NEG", "n"),
}
_SUBJECT_RX = re.compile(rf"(?<![\w'])(?:{_ROLE}|{_alt(re.escape(p) for p in _PRONOUNS)})(?![\w'])")
_PREP_BEFORE = re.compile(
    r"(?:^|\s)(?:(?<!one )(?<!some )(?<!member )(?<!members )(?<!none )(?<!any )(?<!all )"
    r"(?<!each )(?<!most )of|at|to|with|for|from|about|on|in|into|towards|toward|against|by|"
    r"than|like|after|behind|near|around|told|tell|tells|asked|asks|saw|see|sees|seen|heard|"
    r"hear|watched|watch|visit|visited|visiting|help|helped|helps|called|phoned|rang|miss|"
    r"missed|love|loves)\s+"
    r"(?:(?:the|a|an|my|his|her|their|our|your|one|some|another|other|new|old|male|"
    r"female|young|elderly|senior|junior|agency|student|certain|particular|same|little|own|"
    r"older|grown|\w+'s)\s+){0,3}$"
)
_MAX_AGENT_WORDS = 12


def _classify(found: str) -> tuple[str, str] | None:
    return _PRONOUNS.get(re.sub(r"\s+", " ", found)) or _role_of(found)


def _nearest_subject(text: str) -> _Person | None:
    """The nearest person before the end of ``text`` that is not the object of a preposition."""
    window_start = 0
    words = list(_WORD.finditer(text))
    if len(words) > _MAX_AGENT_WORDS:
        window_start = words[-_MAX_AGENT_WORDS].start()
    found = [m for m in _SUBJECT_RX.finditer(text, window_start)]
    for m in reversed(found):
        kind = _classify(m.group())
        if kind is None:
            continue
        # "after he hit me": a subject pronoun after a preposition-like word is still a subject.
        if kind[0] not in ("PRON", "THEY", "I", "WHO", "NEG") and _PREP_BEFORE.search(
            text[: m.start()]
        ):
            continue
        return _Person(kind[0], kind[1], m.start(), m.end())
    return None


def _mentions(text: str, start: int, end: int) -> list[_Person]:
    people = []
    for m in _ROLE_RX.finditer(text, start, end):
        role = _role_of(m.group())
        if role and role[0] != "C":
            people.append(_Person(role[0], role[1], m.start(), m.end()))
    return people


def _pick(people: list[_Person], gender: str, first: bool) -> _Person | None:
    """A same-gender mention if there is one, else a gender-neutral one."""
    for wanted in (gender, "n"):
        fitting = [p for p in people if p.gender == wanted]
        if fitting:
            return fitting[0] if first else fitting[-1]
    return None


_ADDRESSEE = re.compile(
    r"\b(?:told|tell|tells|telling|asked|ask|asks|asking|informed|warned|showed|explained to|"
    r"said to|admitted to|confided in)\s+(?:(?:the|my|a|an|our|his|her|their)\s+)?(?:[\w']+\s+)?$"
)


def _addressee(text: str, mention: _Person, pronoun_start: int) -> bool:
    """'I told the midwife he kicked me': the one told is not who 'he' is."""
    return bool(
        re.fullmatch(r"\s*(?:that\s+)?", text[mention.end : pronoun_start])
        and _ADDRESSEE.search(text, max(0, mention.start - 40), mention.start)
    )


def _antecedent(text: str, person: _Person, sentence_start: int = 0) -> _Person:
    """Resolve he/she/they/who: the sentence's subject-like mention first, else the last before."""
    here = _mentions(text, sentence_start, person.start)
    if person.cat == "PRON":
        here = [p for p in here if not _addressee(text, p, person.start)]
    if person.cat == "WHO":
        return here[-1] if here else person
    if person.cat == "THEY":
        staff = [p for p in here if p.cat in ("S", "SC")]
        return staff[0] if staff else person
    found = _pick(here, person.gender, first=True) if here else None
    if found is None:
        earlier = _mentions(text, max(0, sentence_start - _REACH), sentence_start)
        found = _pick(earlier, person.gender, first=False)
    return found or person


def _agent_before(doc: _Doc, pos: int) -> _Person | None:
    """Who did it: the subject just before ``pos``, pronouns resolved against the text."""
    start = doc.sentence(pos)[0]
    person = _nearest_subject(doc.norm[start:pos])
    if person is None:
        return None
    person = person._replace(start=person.start + start, end=person.end + start)
    if person.cat in ("PRON", "THEY", "WHO"):
        resolved = _antecedent(doc.norm, person, start)
        if resolved is person and person.cat == "PRON":
            return person
        return resolved
    return person


_AGE = re.compile(
    r"(?<![\w£])(?:(?:[1-9]|1[0-7]) ?(?:year|yr)s?[\s-]?olds?\b|aged? (?:[1-9]|1[0-7])\b|"
    r"(?:i'?m|i am|she'?s|he'?s|she is|he is|only|just|they'?re) (?:[1-9]|1[0-7])\b"
    r"(?! ?(?:weeks?|days?|months?|hours?|minutes?|mins?|stone|kg|miles?|times?|pounds|%|ft|"
    r"foot|feet|cm|am|pm|o'?clock|:))|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen)[\s-]?(?:year|yr)s?[\s-]?old\b|teenage|underage|under age|"
    r"\((?:[1-9]|1[0-7])(?: ?(?:yrs?|years?|y/?o))?\)|"
    r"minor\b|school|nursery|camhs|foster)"
)


_KIDS_WORD = re.compile(_expand(r"\b%KIDS%\b"))
_ADULT_AGE = re.compile(
    r"\b(?:(?:who is|who's|he is|she is|he's|she's|aged|age|is now|now) (?:1[89]|[2-9]\d)\b|"
    r"(?:1[89]|[2-9]\d) ?(?:year|yr)s? old|(?:grown|adult) (?:up )?(?:son|daughter|children|kids))"
)
_OWN_CHILD = re.compile(
    r"\b(?:my|our|your)\s+(?:(?:little|eldest|youngest|oldest|teenage|"
    r"baby|step|grand)\s+)?$"
)


def _child_cue(doc: _Doc, pos: int, skip: tuple[int, int] = (0, 0), weak: bool = True) -> bool:
    """Does the sentence around ``pos`` speak of a child (outside the ``skip`` span)?"""
    start, end = doc.sentence(pos)
    if _KIDS_WORD.search(doc.norm, start, end) or _AGE.search(doc.norm, start, end):
        return True
    for m in _ROLE_RX.finditer(doc.norm, start, end):
        role = _role_of(m.group())
        if role and role[0] == "C":
            return True
        if skip[0] <= m.start() < skip[1] or not weak:
            continue
        if role and role[0] == "CW" and _OWN_CHILD.search(doc.norm, m.start() - 40, m.start()):
            return not _ADULT_AGE.search(doc.norm, start, end)
    return False


# ---------------------------------------------------------------------------
# Victims
# ---------------------------------------------------------------------------

_BODY = frozenset(
    "arm arms wrist wrists hand hands neck throat hair face head leg legs ear ears nose jaw "
    "shoulder shoulders finger fingers thumb ribs back chest breast breasts bottom bum".split()
)
_FUNCTION_WORDS = frozenset(
    "and or but in on at with when while because so if up down around about over again every "
    "all till until to for from badly hard really then across round into off out of onto "
    "against twice constantly regularly repeatedly sometimes often always every daily "
    "whenever too a an the".split()
)
_NOT_MODIFIER = (
    r"(?:by|to|at|with|for|from|in|on|and|or|but|of|when|while|because|if|that|who|as|than|"
    r"into|onto|about|was|were|is|are|had|has|have|said|says|told)\b"
)
_VICTIM_RX = re.compile(
    rf"^\s*(?:(?P<pron>me|him|her|them|us|you|myself|himself|herself|themselves)(?![\w'])"
    rf"|(?:(?:the|a|an|my|his|her|their|our|your|one|some|another|this|that|these|those|"
    rf"two|three|several|other)\s+)?(?:(?!{_NOT_MODIFIER})[\w']+\s+){{0,2}}?"
    rf"(?P<role>{_ROLE})(?![\w']))"
)


class _Victim(NamedTuple):
    kind: str  # "me", "third", "role", "body"
    cat: str  # role category, "" for pronouns
    gender: str
    size: int = 0  # characters of the searched text up to the end of the victim's words


_POSSESSED_BODY = re.compile(r"^\s*(my|his|her|their)\s+(?:(?:left|right)\s+)?([a-z]+)")
_POSSESSOR_GENDER = {"my": "1", "his": "m", "her": "f", "their": "n"}


def _victim_after(text: str) -> _Victim | None:
    body = _POSSESSED_BODY.match(text)
    if body and body.group(2) in _BODY:
        return _Victim("body", "", _POSSESSOR_GENDER[body.group(1)], body.end())
    m = _VICTIM_RX.match(text)
    if m is None:
        return None
    if m.group("role"):
        role = _role_of(m.group("role"))
        return _Victim("role", role[0], role[1], m.end()) if role else None
    pron = m.group("pron")
    if pron.endswith(("self", "selves")):
        return None  # done to oneself: the self-harm rules' business
    if pron in ("me", "us", "you"):
        return _Victim("me", "", "n", m.end())
    if pron != "her":
        gender = "f" if pron == "herself" else "m" if pron != "them" else "n"
        return _Victim("third", "", gender, m.end())
    tail = text[m.end() :]
    rest = _WORD.findall(tail)
    following = rest[0] if rest else ""
    if not following or following in _FUNCTION_WORDS or re.match(r"\s*[^\w\s']", tail):
        return _Victim("third", "", "f", m.end())
    inner = _VICTIM_RX.match(tail)
    if inner and inner.group("role"):
        role = _role_of(inner.group("role"))
        return _Victim("role", role[0], role[1], m.end() + inner.end()) if role else None
    return None


# ---------------------------------------------------------------------------
# Deciding the kind from who did what to whom
# ---------------------------------------------------------------------------

_WITNESS = re.compile(
    _expand(
        r"in front of (?:the|my|our|his|her|their) %KIDS%|in front of (?:my|our|the) "
        r"(?:son|daughter|boys|girls)|(?:%KIDS%|son|daughter) (?:\w+ )?(?:saw|see|sees|seen|"
        r"watched|watch|witnessed|witness|heard|hear|hears)"
    )
)
_LIVING_WITH = re.compile(r"\b(?:live|lives|living|lived) with\b")
_INSTITUTION = re.compile(
    r"\b(?:ward|wards|home|hospital|unit|staff|carers?|nurses?|service|surgery|practice|"
    r"trust|hospice|centre|clinic|team|manager)\b"
)


_VULNERABLE = re.compile(
    r"\b(?:learning (?:disabilit\w*|difficult\w*)|dementia|alzheimer\w*|disabled|autis\w*|"
    r"vulnerable|frail|elderly|lacks? capacity|mental capacity|(?:she|he) is (?:[7-9]\d|1[01]\d)|"
    r"aged (?:[7-9]\d|1[01]\d)|in (?:her|his) (?:70s|80s|90s|seventies|eighties|nineties))\b"
)


_RESIDENTS = re.compile(r"\b(?:residents?|service users?|people in (?:her|his|their) care)\b")
_PARENTS_PARTNER = re.compile(r"\b(?:mum|mam|mom|mother|mummy|dad|father|daddy)'?s\s+(?:new\s+)?$")
_THIRDS_PARENTS_PARTNER = re.compile(
    r"\b(?:her|his|their)\s+(?:mum|mam|mom|mother|mummy|dad|father|daddy)'?s\s+(?:new\s+)?$"
)


def _is_child_victim(doc: _Doc, pos: int, agent: _Person | None, victim: _Victim | None) -> bool:
    skip = (agent.start, agent.end) if agent else (0, 0)
    partner_agent = agent is not None and agent.cat == "P"
    if victim is not None and victim.kind == "role":
        return victim.cat in ("C", "CW")
    if victim is not None and victim.kind == "me":
        if (
            agent is not None
            and agent.cat == "P"
            and _PARENTS_PARTNER.search(doc.norm, agent.start - 40, agent.start)
        ):
            return True  # "my mum's boyfriend hits me": the writer is a child
        return agent is not None and agent.cat in ("PA", "CS", "CM") or _child_speaker(doc, pos)
    if (
        victim is not None
        and victim.kind == "third"
        and partner_agent
        and _THIRDS_PARENTS_PARTNER.search(doc.norm, max(0, agent.start - 40), agent.start)
    ):
        return True  # "her mum's new boyfriend hits her": she is the mother's child
    if agent is not None and agent.cat == "C":
        return False
    if victim is None and partner_agent:
        return False
    return _child_cue(doc, pos, skip, weak=not partner_agent)


def _child_speaker(doc: _Doc, pos: int) -> bool:
    start, end = doc.sentence(pos)
    return bool(
        re.search(
            r"\b(?:i'?m|i am) (?:[1-9]|1[0-7])\b(?! ?(?:weeks|days|months|mins))",
            doc.norm[start:end],
        )
    )


def _kinds_for(doc: _Doc, pos: int, agent: _Person | None, victim: _Victim | None) -> set[str]:
    """Map (agent, victim) of a harmful act to the kinds a reviewer would file it under."""
    a = agent.cat if agent else "NONE"
    if a in ("NEG", "C"):
        return set()
    staff_victim = victim is not None and victim.kind == "role" and victim.cat in ("S", "SC")
    if staff_victim and a not in ("S", "SC"):
        return set()  # staff hurt by patients or the public: not one of these kinds
    kinds: set[str] = set()
    if _is_child_victim(doc, pos, agent, victim):
        kinds.add(CH)
        if a in ("S", "SC", "CS"):
            kinds.add(ST)
        return kinds
    kinds |= _adult_victim_kinds(doc, pos, a, victim)
    sentence = doc.sentence_text(pos)
    if DV in kinds and _WITNESS.search(sentence):
        kinds.add(CH)
    if DV in kinds and _VULNERABLE.search(sentence):
        kinds.add(AN)
    if ST in kinds and (_VULNERABLE.search(sentence) or _RESIDENTS.search(sentence)):
        kinds.add(AN)
    return kinds


_ELDERS_PARTNER = re.compile(
    _expand(
        r"\b(?:mum|mam|mom|mother|dad|father|nan|nana|nanna|gran|granny|grandma|grandmother|"
        r"grandad|grandfather|aunt|auntie|uncle)'s (?:new )?%PARTNER%\b"
    )
)


def _elders_partner(doc: _Doc, pos: int) -> bool:
    """'mum's new boyfriend ...': an older relative's partner (domestic abuse and adult abuse)."""
    return bool(_ELDERS_PARTNER.search(doc.sentence_text(pos)))


# Who did it -> kinds, when the victim is an adult and nothing else decides.
_DOER_KINDS = {
    "S": {ST},
    "CS": {ST},
    "SC": {ST, AN},  # care staff harming someone they care for is also adult abuse
    "CM": {AN},
    "F": {AN},
    "CW": {AN},
    "NONE": {AN},
    "I": set(),
}


def _adult_victim_kinds(doc: _Doc, pos: int, a: str, victim: _Victim | None) -> set[str]:
    v_cat = victim.cat if victim and victim.kind == "role" else ""
    if a in ("F", "CW") and _LIVING_WITH.search(doc.sentence_text(pos)):
        return {AN, DV}  # a relative in the household: domestic abuse as well
    if a in _DOER_KINDS:
        return set(_DOER_KINDS[a])
    if a == "P" or v_cat == "P":
        return {DV, AN} if _elders_partner(doc, pos) else {DV}
    if a == "PA":
        if victim is not None and victim.kind == "me":
            return {CH}
        return {DV, CH} if v_cat == "PA" else {AN}
    if a == "O":
        return {AN, DV} if _LIVING_WITH.search(doc.sentence_text(pos)) else {AN}
    if a == "THEY":
        return {ST, AN} if _INSTITUTION.search(doc.sentence_text(pos)) else {AN}
    # An unresolved he/she: in a feedback form this is most often a partner.
    if victim is None or victim.kind in ("me", "third", "body"):
        return {DV}
    return {AN}


# ---------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------

# A judge says which kinds a match counts as (none: not a disclosure) and where the phrase
# shown to the reviewer starts, and optionally ends (it may reach beyond the match).
_Judge = Callable[[_Doc, re.Match[str]], "tuple[set[str], int] | tuple[set[str], int, int] | None"]


@dataclass(frozen=True)
class _Rule:
    rx: re.Pattern[str]
    judge: _Judge
    need: tuple[str, ...]
    neg: bool = True
    inner_neg: bool = True
    service: bool = False
    after_not: re.Pattern[str] | None = None
    before_not: re.Pattern[str] | None = None
    sentence_not: re.Pattern[str] | None = None


def _fixed(*kinds: str) -> _Judge:
    def judge(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int]:
        return set(kinds), m.start()

    return judge


def _child_else(default: str) -> _Judge:
    """A child if the sentence mentions one, otherwise ``default``."""

    def judge(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int]:
        return ({CH} if _child_cue(doc, m.start()) else {default}), m.start()

    return judge


def _strong_child_else(default: str) -> _Judge:
    def judge(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int]:
        return ({CH} if _child_cue(doc, m.start(), weak=False) else {default}), m.start()

    return judge


def _needs_child(weak: bool = True) -> _Judge:
    """A child only: flagged when the sentence speaks of a child (``weak``: 'my son' counts)."""

    def judge(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
        return ({CH}, m.start()) if _child_cue(doc, m.start(), weak=weak) else None

    return judge


def _by_agent(
    default: set[str] | None,
    allow_staff: bool = True,
    victim: bool = False,
    staff_also: str = "",
    close_only: bool = False,
    only: tuple[str, ...] = (),
    not_self: bool = False,
) -> _Judge:
    """Kind decided by the person just before the match (``default`` when nobody is named).

    ``staff_also``: a kind added when staff did it (staff locking a resident in is also abuse).
    ``close_only``: only partners, family and an unnamed he/she count (coercive control).
    ``not_self``: nothing to flag when the writer did it ("I took money out of my account").
    """

    def judge(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
        agent = _agent_before(doc, m.start())
        if not_self and agent is not None and agent.cat == "I":
            return None
        if agent is None or agent.cat in ("I",):
            return (set(default), m.start()) if default else None
        if agent.cat in ("S", "SC", "CS", "CM", "THEY") and not allow_staff:
            return None
        if close_only and agent.cat not in ("P", "PA", "F", "CW", "PRON"):
            return None
        if only and agent.cat not in only:
            return None
        who = _victim_after(doc.after(m.end())) if victim else None
        kinds = _kinds_for(doc, m.start(), agent, who)
        if staff_also and ST in kinds:
            kinds.add(staff_also)
        return (kinds, min(agent.start, m.start())) if kinds else None

    return judge


_P_AUX = re.compile(
    r"(?:\b(?:is|was|were|are|am|be|been|being|get|gets|got|getting|gotten)|'m|'s|'re)\s+"
    r"(?:\w+(?:ed|en) (?:at |on )?(?:and|or) )?"
    r"(?:(?:\w+ly|all|also|even|badly|being|been|then|again|ever|once|twice|always|often|"
    r"still|just|nearly|almost|up|allegedly|apparently|sometimes|not|never)\s+){0,3}$"
)
_PASSIVE_SUBJECT = re.compile(
    rf"(?<![\w'])(?:{_ROLE}|i|i'm|im|i've|ive|he|she|they|we|you|her|him|them|it)(?![\w'])"
)
_BY_AGENT = re.compile(
    rf"^(?:\s+[\w'£]+){{0,6}}?\s+by\s+(?:(?:the|a|an|my|his|her|their|our|your|one of the|"
    rf"one of her|one of his|another|some|two|three|several|this|that|an?)\s+)?"
    rf"(?:[\w']+\s+){{0,2}}?(?P<role>{_ROLE}|him|her|them)(?![\w'])"
)
_BY_THING = re.compile(r"^(?:\s+[\w'£]+){0,6}?\s+by\s+(?:a|an|the|his|her|my|their)?\s*[\w']+")
_PARTICIPLE_END = re.compile(r"(?:ed|en|t|ck|struck|hit|hurt|beat|shook)(?: up)?$")


def _passive(doc: _Doc, m: re.Match[str]) -> tuple[_Person | None, _Victim | None] | None:
    """For '<victim> was <verb>ed (by <agent>)': (agent, victim), or None if not passive."""
    pre = doc.before(m.start())
    verb = m.group("verb")
    if not _P_AUX.search(pre) or not _PARTICIPLE_END.search(verb):
        return None
    subjects = list(_PASSIVE_SUBJECT.finditer(pre))
    if not subjects:
        return None
    subject = subjects[-1].group()
    if subject == "it":
        return None
    if subject in ("i", "we", "you", "i'm", "im", "i've", "ive"):
        victim = _Victim("me", "", "n")
    elif subject in ("he", "she", "they", "her", "him", "them"):
        victim = _Victim("third", "", "n")
    else:
        role = _role_of(subject)
        victim = _Victim("role", role[0], role[1]) if role else None
    return _by_agent_after(doc, m.end()), victim


def _by_agent_after(doc: _Doc, pos: int) -> _Person | None:
    """The person in '... by <person>' after a passive verb (possessives skipped)."""
    after = doc.after(pos)
    found = _BY_AGENT.match(after)
    if found:
        word = found.group("role")
        if word in ("him", "her", "them"):
            return _Person("PRON", "n", pos, pos)
        rest = after[found.start("role") :]
        for m in _ROLE_RX.finditer(rest, 0, min(len(rest), 40)):
            role = _role_of(m.group())
            if role and not re.search(r"'s?$", m.group()):
                start = pos + found.start("role") + m.start()
                return _Person(role[0], role[1], start, start + len(m.group()))
    if _BY_THING.match(after):
        return _Person("THING", "n", pos, pos)
    return None


# Verbs whose passive is violent enough to flag with no named perpetrator.
_STRONG_PASSIVE = re.compile(
    r"(?:beat|beaten|beat up|battered|assaulted|attacked|raped|molested|groped|slap+ed|punched|"
    r"kicked|smacked|strangled|throttled|abused|stabbed|thumped|headbutted|hit|struck|"
    r"mistreated|ill[\s-]?treated|bullied|harassed|choked|tortured|manhandled|burnt|burned|"
    r"locked|tied|shaken|pinched|dragged|shoved)$"
)


def _violence(require: str = "") -> _Judge:
    """An act of violence: needs a person on the receiving end and, when active, a doer."""

    def judge(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
        passive = _passive(doc, m)
        if passive is not None:
            return _judge_passive(doc, m, *passive, require)
        agent = _agent_before(doc, m.start())
        at_end = m.group().endswith(("at", "at'"))
        victim_at = m.end() if at_end else m.start("verb") + len(m.group("verb"))
        victim = _victim_after(doc.after(victim_at))
        if agent is None or victim is None or agent.cat in ("THING",):
            return None
        if victim.kind == "body" and not _body_ok(m.group("verb"), agent, victim, require):
            return None
        if not _extra_ok(doc, m, agent, require, victim):
            return None
        kinds = _kinds_for(doc, m.start(), agent, victim)
        return (kinds, min(agent.start, m.start()), victim_at + victim.size) if kinds else None

    return judge


_SELF_INJURY_VERB = re.compile(r"^(?:br|hit|hurt|knock|bang|bump|cut|burn|harm|bit|strik|struck)")


def _body_ok(verb: str, agent: _Person, victim: _Victim, require: str) -> bool:
    """'<agent> slapped my hand' is violence; '<agent> hit his head' is usually an accident."""
    if agent.cat == "I":
        return False
    if require not in ("body", "sexual") and _SELF_INJURY_VERB.match(verb):
        return victim.gender == "1" and verb.startswith(("hit", "bit", "burn"))
    if victim.gender == "1":
        return True
    if agent.gender == victim.gender:
        return False
    return agent.gender != "n" or not _SELF_INJURY_VERB.match(verb)


def _judge_passive(
    doc: _Doc, m: re.Match[str], agent: _Person | None, victim: _Victim | None, require: str
) -> tuple[set[str], int] | None:
    if victim is None:
        return None
    if require == "child" and not _is_child_victim(doc, m.start(), agent, victim):
        return None
    if agent is not None and agent.cat == "THING":
        return None
    if agent is None and not _STRONG_PASSIVE.search(m.group("verb")):
        return None
    if agent is None and _ACCIDENT.search(doc.sentence_text(m.start())):
        return None
    kinds = _kinds_for(doc, m.start(), agent, victim)
    return (kinds, m.start()) if kinds else None


_SEXUAL_CUE = re.compile(
    r"\b(?:inappropriat\w*|sexual\w*|private|privates|bottom|bum|breasts?|boobs?|groin|crotch|"
    r"genital\w*|down there|without (?:my )?consent|uncomfortable|at night|secret|under (?:my|her|"
    r"his) (?:clothes|skirt|top|gown|dress)|up (?:my|her) (?:skirt|top|dress)|creepy|pervert\w*|"
    r"kiss\w*|naked|undress\w*|in bed|against my will|tried to|try to|pretty|sexy|gorgeous|"
    r"beautiful|fit|hot|told (?:him|her|them) to stop|asked (?:him|her|them) to stop|(?:wouldn't|"
    r"won't|didn't|would not|will not|did not) stop|unwanted|without (?:asking|permission)|"
    r"even after|kept|keeps|keep)\b"
)
_UNJUSTIFIED = re.compile(
    r"\b(?:no reason|no need|unnecessar\w*|face down|too (?:hard|tight|long|rough\w*)|excessive\w*|"
    r"without (?:any )?reason|bruis\w*|hurt|sat on|kneel\w*|for nothing|as a punishment|"
    r"as punishment|roughly|scream\w*|crying|cried|sobb\w*|terrified|in pain|distress\w*|"
    r"begg\w*|couldn't breathe|could not breathe|can't breathe)\b"
)
_PHYSICAL_CUE = re.compile(
    r"\b(?:deliberately|on purpose|rough\w*|bruis\w*|grab\w*|pull\w*|push\w*|twist\w*|slap\w*|"
    r"hit|hits|kick\w*|punch\w*|pinch\w*|squeez\w*|threw|throw\w*|shov\w*|drag\w*|yank\w*|"
    r"force\w*)\b"
)


def _extra_ok(doc: _Doc, m: re.Match[str], agent: _Person, require: str, victim: _Victim) -> bool:
    sentence = doc.sentence_text(m.start())
    if require == "sexual":
        if _SEXUAL_CUE.search(sentence):
            return True
        # an adult outside the child's care touching a child ("her uncle touches her")
        return (
            m.group("verb").startswith("touch")
            and agent.cat in ("F", "O", "P", "PA", "PRON")
            and _is_child_victim(doc, m.start(), agent, victim)
        )
    if require == "unjustified":
        return bool(_UNJUSTIFIED.search(sentence))
    if require == "child":
        return _child_cue(doc, m.start())
    if require == "hurt" and agent.cat in ("S", "SC", "THEY"):
        return bool(_PHYSICAL_CUE.search(sentence)) and not _CLINICAL.search(sentence)
    return True


def _sexual() -> _Judge:
    """Sexual harm: kind by victim's age first, then by who did it."""

    def judge(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
        passive = _passive(doc, m) if "verb" in m.groupdict() and m.group("verb") else None
        agent, victim = passive if passive else (_agent_before(doc, m.start()), None)
        if victim is None and not passive:
            victim = _victim_after(doc.after(m.end()))
        if agent is not None and agent.cat == "THING":
            agent = None
        if _child_cue(doc, m.start(), (agent.start, agent.end) if agent else (0, 0)):
            return ({CH, ST} if agent and agent.cat in ("S", "SC") else {CH}), m.start()
        kinds = _kinds_for(doc, m.start(), agent, victim) or {AN}
        if agent is None or agent.cat in ("NONE", "PRON", "I", "O", "THEY"):
            kinds = _sexual_default(doc, m, kinds)
        start = min(agent.start, m.start()) if agent else m.start()
        return kinds, start

    return judge


def _sexual_default(doc: _Doc, m: re.Match[str], kinds: set[str]) -> set[str]:
    sentence = doc.sentence_text(m.start())
    if any(
        _role_of(r.group()) in (("S", "n"), ("SC", "n"), ("S", "m"))
        for r in _ROLE_RX.finditer(sentence)
    ):
        return {ST}
    if re.search(_expand(r"\b%PARTNER%\b"), sentence):
        return {DV}
    return kinds - {DV} | {AN} if kinds == {DV} and "me" not in sentence else kinds


def _fear() -> _Judge:
    """'scared of <someone>': the kind follows whoever is feared."""

    def judge(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
        feared = _feared(doc, m)
        if feared is None or feared.cat in ("C", "THING", "I", "NEG"):
            return None
        sentence = doc.sentence_text(m.start())
        if _REASSURED.search(doc.after(m.end())):
            return None
        fearful_child = _child_cue(doc, m.start(), (feared.start, feared.end), weak=False)
        if fearful_child or feared.cat == "PA" and _child_speaker(doc, m.start()):
            return {CH}, m.start()
        if feared.cat in ("S", "SC"):
            specific = re.search(r"\b(?:one|some|certain|particular|that|this)\b", m.group())
            if not (specific or _HARM_CUE.search(sentence)):
                return None
            return ({ST, AN} if feared.cat == "SC" else {ST}), m.start()
        return _FEAR_KINDS.get(feared.cat, {DV}), m.start()

    return judge


_FEAR_KINDS = {
    "P": {DV},
    "PA": {CH},
    "F": {AN},
    "CW": {AN},
    "O": {AN},
    "CS": {CH},
    "CM": {CH},
    "PRON": {DV},
}
_REASSURED = re.compile(
    r"\bbut (?:he|she|they|the \w+|\w+) (?:was|were|is|are|made|put|turned out)\b"
)
_HARM_CUE = re.compile(
    r"\b(?:cruel\w*|hurt\w*|rough\w*|shout\w*|threat\w*|hit|hits|abus\w*|slap\w*|push\w*|"
    r"bull\w*|nasty|bruis\w*|grab\w*|pinch\w*|smack\w*|intimidat\w*)\b"
)


def _feared(doc: _Doc, m: re.Match[str]) -> _Person | None:
    word = m.group("who")
    start = m.start("who")
    if word in ("him", "her", "them", "he", "she", "they"):
        pron = _Person(
            "THEY" if word in ("them", "they") else "PRON",
            "m" if word in ("him", "he") else "f" if word in ("her", "she") else "n",
            start,
            m.end("who"),
        )
        resolved = _antecedent(doc.norm, pron, doc.sentence(start)[0])
        if resolved.cat == "THEY":
            return None
        return resolved
    role = _role_of(word)
    return _Person(role[0], role[1], start, m.end("who")) if role else None


# ---------------------------------------------------------------------------
# The rule table
# ---------------------------------------------------------------------------

_RULES: list[_Rule] = []


# Ends a word if the match ends inside one ("a" must not match the start of "arm").
_WORD_END = r"(?:(?<=[\w'])(?![\w'])|(?<=[^\w']))"


def _add(
    need: str,
    pattern: str,
    judge: _Judge,
    *,
    neg: bool = True,
    inner_neg: bool = True,
    service: bool = False,
    after_not: str | None = None,
    before_not: str | None = None,
    sentence_not: str | None = None,
) -> None:
    _RULES.append(
        _Rule(
            rx=_rx(pattern),
            judge=judge,
            need=tuple(need.split()),
            neg=neg,
            inner_neg=inner_neg and neg,
            service=service,
            after_not=re.compile(_expand(after_not) + _WORD_END) if after_not else None,
            before_not=re.compile(_expand(before_not)) if before_not else None,
            sentence_not=re.compile(_expand(sentence_not)) if sentence_not else None,
        )
    )


# Word lists and judges used by particular rules below.

_IDIOM_AFTER = (
    r"^\s*(?:laughing|laughin|working|running|rushing|trying|doing|getting|keeping|juggling|"
    r"looking|cleaning|studying|training|walking|driving|chasing|waiting|worrying|trekking|"
    r"commuting|cycling|exercising|over|at work|to get|to make|to keep|to finish|for (?:\w+ing|"
    r"not|the|this|a|being|nothing)|in the foot|with (?:laughter|work)|on (?:a|an|the|some|my|his|"
    r"her|broken|sharp)\b|(?:badly |slightly |quite )?(?:shaving|cooking|gardening|accidentally|"
    r"by accident))"
)


_SH_ACCIDENT_BEFORE = (
    r"(?:accidentally|by accident|fell and|slipped and|tripped and|nearly|almost)\s+(?:\w+\s+)?$"
)


_WAITING = (
    r"\b(?:a&e|a & e|a and e|waiting room|emergency department|waited|waiting|ambulance|999|111|"
    r"paramedics?|queue|corridor|trolley|crew)\b"
)


def _cover_up(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int]:
    """A cover-up by staff; in a care home or by carers it is also neglect or abuse."""
    care = re.search(
        r"\b(?:care home|nursing home|residential|the home|carers?|care workers?|residents?)\b",
        doc.sentence_text(m.start()),
    )
    return ({ST, AN} if care else {ST}), m.start()


def _punishment(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """Something done to a person as a punishment: a child, or an adult in someone's care."""
    sentence = doc.sentence_text(m.start())
    if _child_cue(doc, m.start()):
        return {CH}, m.start()
    if not _HARSH.search(sentence):
        return None
    staff = any(
        (r := _role_of(x.group())) and r[0] in ("S", "SC") for x in _ROLE_RX.finditer(sentence)
    )
    return ({ST, AN} if staff else {AN}), m.start()


_HARSH = re.compile(
    r"\b(?:lock\w*|shut (?:in|out)|tied|tie|restrain\w*|hit|slap\w*|smack\w*|starv\w*|no "
    r"(?:food|dinner|tea|meals?|drink)|withh[eo]ld\w*|left|leave|refus\w*|taken away|took away|"
    r"shout\w*|isolat\w*|ignored|cold|outside|sedat\w*)\b"
)


_V = r"(?P<verb>{})"


def _violent(need: str, verbs: str, tail: str = "", require: str = "", **kw: str) -> None:
    _add(need, _V.format(verbs) + tail, _violence(require), **kw)


_THREAT_CONTENT = (
    r"(?:kill|hurt|harm|hit|beat|batter|slap|punch|stab|strangle|burn|smash|break|tie|lock|section|"
    r"sack|fire|dismiss|discipline|suspend|evict|withhold|starve|shoot|knife|throw|kick|get rid of|"
    r"ruin|finish|destroy)"
)


_JOB_THREAT = (
    r"(?:sack|fire|dismiss|discipline|suspend|the sack|disciplinary|dismissal|strike (?:me|him|"
    r"her) off|report (?:me|him|her) to (?:the )?(?:nmc|hcpc|gmc|regulator)|my job|their jobs?|"
    r"his job|her job|our jobs|my registration|my pin)"
)


def _threat() -> _Judge:
    def judge(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
        if re.search(_expand(_JOB_THREAT), m.group()):
            agent = _agent_before(doc, m.start())
            start = min(agent.start, m.start()) if agent else m.start()
            return ({DV} if agent and agent.cat == "P" else {ST}), start
        agent = _agent_before(doc, m.start())
        if agent is None:
            return ({AN}, m.start()) if "with a" in m.group() else None
        if agent.cat == "THEY" and not _INSTITUTION.search(doc.sentence_text(m.start())):
            return None
        victim = _victim_after(doc.after(m.start()).split(" ", 1)[-1])
        kinds = _kinds_for(doc, m.start(), agent, victim)
        return (kinds, min(agent.start, m.start())) if kinds else None

    return judge


_CONSEQUENCE = re.compile(
    r"\b(?:sack\w*|fired|lose|losing|lost|job|jobs|shifts?|regret|sorry|hell|disciplin\w*|"
    r"struck off|strike (?:me|him|her) off|evict\w*|section\w*|hurt|harm|kill|trouble|"
    r"consequences|never work|out of (?:a )?job|get rid|punish\w*|pay for it|worse|removed|"
    r"thrown out|kicked out|deregister\w*|black_?list\w*|ruin\w*|never work\w*|"
    r"out on (?:my|her|his|your) "
    r"ear|shown the door|let go|finished here|in a home|into a home|stop (?:coming|visiting|"
    r"helping|caring)|not come back|won't come|wouldn't come)\b"
)


_SPEECH = re.compile(r"\b(?:said|says|say|told|tells|warned|warns|threaten\w*|made it clear)\b")


def _retaliation(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """'... said I'd lose my job if I complained': a threat to silence someone."""
    sentence = doc.sentence_text(m.start())
    if not (_CONSEQUENCE.search(sentence) and _SPEECH.search(sentence)):
        return None
    speech = list(
        _SPEECH.finditer(doc.norm, doc.sentence(m.start())[0], doc.sentence(m.start())[1])
    )
    agent = _agent_before(doc, speech[0].start())
    if agent is None or agent.cat in ("I", "NEG", "C"):
        return {ST}, m.start()
    kinds = _kinds_for(doc, m.start(), agent, None)
    return (kinds or {ST}), min(agent.start, m.start())


def _injury_from(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """'bruises on my neck from my boyfriend': the kind follows who caused them."""
    role = _role_of(m.group("who"))
    if role is None or role[0] in ("C",):
        return None
    agent = _Person(role[0], role[1], m.start("who"), m.end("who"))
    kinds = _kinds_for(doc, m.start(), agent, _Victim("me", "", "n"))
    return (kinds, m.start()) if kinds else None


_AFRAID = re.compile(
    r"\b(?:scared|frightened|terrified|afraid|begs?|begged|begging|cries|cried|crying|dreads?|"
    r"dreaded|petrified|flinch\w*)\b"
)


def _staff_adjective_ok(adj: str, sentence: str) -> bool:
    """Staff being 'nasty' is rudeness, unless the person on the receiving end is afraid."""
    if adj in ("violent", "abusive", "cruel", "rough", "physical"):
        return True
    return adj in ("nasty", "vicious", "threatening") and bool(_AFRAID.search(sentence))


def _adjective(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    agent = _agent_before(doc, m.start())
    if agent is None or agent.cat in ("I", "NEG", "C", "THING"):
        return None
    adj, to = m.group("adj"), m.group("to")
    staff = agent.cat in ("S", "SC", "THEY")
    if staff and not (to and _staff_adjective_ok(adj, doc.sentence_text(m.start()))):
        return None
    if agent.cat in ("F", "CW", "O", "PA") and adj in ("controlling", "possessive", "nasty"):
        return None
    if adj in ("rough", "physical", "threatening") and not to:
        return None
    victim = _victim_after(to.split(" ", 2)[-1]) if to else None
    kinds = _kinds_for(doc, m.start(), agent, victim)
    return (kinds, min(agent.start, m.start())) if kinds else None


_PARENT_WORD = re.compile(
    r"\b(?:dad|daddy|mum|mam|mom|mummy|father|mother|parents?|partner|boyfriend|girlfriend|"
    r"stepdad|stepmum|step dad|step mum|ex)\b"
)


def _parent_misuse(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """A parent or carer drunk or on drugs, in a sentence about a child."""
    sentence = doc.sentence_text(m.start())
    if _KIDS_WORD.search(sentence) and _PARENT_WORD.search(sentence):
        return {CH}, m.start()
    return None


_NEIGHBOURING = (
    r"\b(?:next door|upstairs|downstairs|neighbours?|neighbour's|across the (?:road|street|"
    r"landing|way|hall)|over the road|opposite|the flat (?:above|below)|through the walls?|"
    r"on (?:our|my|the) (?:street|estate|road))\b"
)


def _abduction(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int]:
    """Threats to take a child away: also domestic abuse when used to control a partner."""
    if re.search(r"\b(?:if|or)\b", m.group()):
        return {DV, CH}, m.start()
    return {CH}, m.start()


_PRESENCE_HEALTH_REASON = re.compile(
    r"\b(?:stroke|aphasia|speech|speak (?:well|clearly|properly)|deaf\w*|hearing|dementia|"
    r"alzheimer\w*|memory|forget\w*|confus\w*|parkinson\w*|mnd|ms|learning disabilit\w*|"
    r"autis\w*|blind|sight|eyesight|wheelchair|mobility|walk|walking|drive|driving|"
    r"recover\w*|operation|op|surgery|cancer|chemo\w*|tracheostomy|condition|illness|"
    r"disabilit\w*|brain injury|carer|cares for me|helps me)\b"
)


def _presence(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """A partner always in the room, told with nobody asking or the writer unable to speak."""
    start = doc.sentence(m.start())[0]
    around = doc.norm[max(0, start - 200) : doc.sentence(m.start())[1]]
    strong = re.search(
        r"\b(?:never (?:asked|got|had|get|have)|scared|afraid|frightened|control\w*|won't let|"
        r"doesn't let|never lets|about (?:home|things at home))\b",
        around,
    )
    # Weaker signs (can't speak, not alone) mean nothing when a health reason is given.
    weak = not _PRESENCE_HEALTH_REASON.search(around) and re.search(
        r"\b(?:(?:can't|couldn't|cannot|could not|can not) (?:speak|say|tell|talk)|at home|"
        r"safe|alone|on my own|by myself)\b",
        around,
    )
    if not (strong or weak):
        return None
    agent = _agent_before(doc, m.start() + 1) if m.group().startswith(("he", "she")) else None
    if agent is not None and agent.cat in ("S", "SC", "CS", "THEY", "I"):
        return None
    return {DV}, m.start()


_PARTNER_WORD = re.compile(_expand(r"\b(?:%PARTNER%|relationship|marriage|married)\b"))
_LEAVING_DANGER = re.compile(
    r"\b(?:what (?:he|she|they)(?:'d| would|'ll| will|'s going to| might) do|kill\w*|"
    r"hurt (?:me|us|the \w+)|find me|come after|track me|threat\w*|violen\w*|abus\w*|"
    r"hits (?:me|us)|hitting (?:me|us)|beat\w* (?:me|us)|temper|control\w*|punish\w*|"
    r"take the (?:kids|children|baby))\b"
)
_FRAIL = re.compile(
    r"\b(?:falls?|falling|fell|wander\w*|dementia|alzheimer\w*|alone|on (?:his|her|their) own|"
    r"poorly|ill|unwell|frail|confus\w*|disabled|bed ?bound|hospital|ward|care home|look after|"
    r"looking after|care for|caring for)\b"
)


def _leaving_a_partner(doc: _Doc, m: re.Match[str]) -> bool:
    """'too scared to leave him': leaving a partner, not a frail relative left alone."""
    start, end = doc.sentence(m.start())
    around = doc.norm[max(0, start - 200) : end]
    if _PARTNER_WORD.search(around):
        return True
    if _FRAIL.search(around):
        return False
    # "him" is a partner unless someone else (dad, son, a nurse ...) was just named.
    named = _mentions(doc.norm, max(0, start - 200), m.start())
    return not named or bool(_LEAVING_DANGER.search(around))


def _afraid_to_leave(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    return ({DV}, m.start()) if _leaving_a_partner(doc, m) else None


def _beaten_at_home(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """'... or I'll get a beating': the kind follows who is named nearby, else a partner."""
    if _child_cue(doc, m.start(), weak=False) or _child_speaker(doc, m.start()):
        return {CH}, m.start()
    start = doc.sentence(m.start())[0]
    named = _mentions(doc.norm, max(0, start - 200), m.start())
    cat = named[-1].cat if named else "P"
    if cat in ("S", "SC"):
        return {ST}, m.start()
    if cat == "PA":
        return {CH}, m.start()
    if cat in ("F", "CW", "O"):
        return {AN}, m.start()
    return {DV}, m.start()


_KIDS_BABY = re.compile(r"\b(?:bab(?:y|ies)|baby's|newborns?|infants?|little ones?)\b")


def _photos_of_children(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """A stranger photographing children; staff only when done secretly or without consent."""
    agent = _agent_before(doc, m.start())
    if agent is None or agent.cat in ("I", "PA", "P", "F", "CW", "C", "NEG", "THING", "THEY"):
        return None
    if agent.cat in ("O", "PRON"):
        return {CH}, min(agent.start, m.start())
    sentence = doc.sentence_text(m.start())
    if re.search(
        r"\b(?:secret\w*|without (?:asking|permission|consent)|(?:his|her|their) (?:own|personal) "
        r"phone)\b",
        sentence,
    ):
        return {CH, ST}, min(agent.start, m.start())
    # Undressed, in the bath or on the toilet: unless it was a keepsake for the family (a
    # baby's first bath, photos taken for us or on our phone).
    if re.search(r"\b(?:undress\w*|naked|changing|bath\w*|toilet)\b", sentence) and not (
        re.search(
            r"\b(?:first|for (?:us|me|our|my|the family)|on (?:my|our) (?:phone|camera)|"
            r"(?:we|i) asked|asked (?:her|him|them)|keepsakes?|memor(?:y|ies)|lovely|kind\w*)\b",
            sentence,
        )
        and _KIDS_BABY.search(sentence)
    ):
        return {CH, ST}, min(agent.start, m.start())
    return None


_CHILD_AGE = re.compile(
    r"\b(?:(?:i'?m|i am|she'?s|he'?s|she is|he is|is|aged|only|just) (?:1[0-5]|[89])\b"
    r"(?! ?(?:weeks?|days?|months?|stone|kg|%))|(?:1[0-5]|[89]) ?(?:year|yr)s? old)"
)


# "18 months older", "20 years younger", "18 stone": a number after "is" that is not an age.
_NOT_A_DURATION = (
    r"(?! ?(?:months?|weeks?|days?|hours?|minutes?|mins?|(?:years?|yrs?) (?:younger|my junior)|"
    r"%|st\b|stone|kg|miles?|times?|inches|cm|ft))"
)
_WRITER_IS_CHILD = re.compile(
    r"\b(?:i'?m|i am|i was|i've just turned|i just turned|me) \(?(?:1[0-5]|[89])\b"
    r"(?! ?(?:weeks?|days?|months?|stone|kg|%))"
)


def _age_gap(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """A child of 15 or under with an adult 'boyfriend': grooming.

    The adult must be the child's: "her boyfriend is 22" about a girl of 14, or "my
    boyfriend is 22" from a writer who is 14, not the writer's partner beside the writer's
    child ("my son is 8 and my partner is 40").
    """
    sentence = doc.sentence_text(m.start())
    if not _CHILD_AGE.search(sentence) or not _partner_is_the_childs(doc, m):
        return None
    return {CH}, m.start()


def _partner_is_the_childs(doc: _Doc, m: re.Match[str]) -> bool:
    """Not the writer's own adult partner, unless the writer says they are a child."""
    before = doc.norm[max(0, m.start() - 12) : m.start()]
    own = m.group().startswith("my ") or re.search(r"\bmy (?:\w+ )?$", before)
    return not own or bool(_WRITER_IS_CHILD.search(doc.sentence_text(m.start())))


def _older_partner(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    if re.search(r"\d", m.group()) and not _partner_is_the_childs(doc, m):
        return None
    return _needs_child(weak=False)(doc, m)


def _parent_misuse_any(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """A parent drinking or using, in a sentence about a child (any child word or age)."""
    sentence = doc.sentence_text(m.start())
    if _PARENT_WORD.search(sentence) and _child_cue(doc, m.start(), weak=False):
        return {CH}, m.start()
    return None


_ROUGH_HANDLING = re.compile(
    r"\b(?:deliberately|on purpose|rough\w*|grab\w*|pinch\w*|squeez\w*|held (?:me |him |her )?"
    r"down|hit|hits|slap\w*|punch\w*|kick\w*|shov\w*|push\w*|drag\w*|yank\w*|twist\w*|"
    r"forc\w*|angry|temper|shout\w*|laugh\w*|no reason|for nothing|punish\w*)\b"
)


def _routine_bruising(sentence: str) -> bool:
    """Bruising left by a blood test, cannula or injection, with nothing said of rough handling."""
    return bool(_PROCEDURE.search(sentence)) and not _ROUGH_HANDLING.search(sentence)


def _marks_on(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """'<someone> has been leaving marks on her': the kind from who and on whom."""
    agent = _agent_before(doc, m.start())
    victim = _victim_after(doc.after(m.end()))
    if agent is None or victim is None or agent.cat in ("I", "THING", "NEG", "C"):
        return None
    if agent.cat in ("S", "SC", "THEY") and _routine_bruising(doc.sentence_text(m.start())):
        return None
    kinds = _kinds_for(doc, m.start(), agent, victim)
    return (kinds, min(agent.start, m.start())) if kinds else None


def _night_visit(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """Someone coming into a bedroom at night, and the writer does not like it."""
    start, end = doc.sentence(m.start())
    around = doc.norm[max(0, start - 150) : min(len(doc.norm), end + 150)]
    if not re.search(
        r"\b(?:don'?t like|do not like|hate|scared|frighten\w*|uncomfortable|touch\w*|creep\w*|"
        r"secret|won't (?:leave|go|stop)|cries|crying|lock\w*|naked|bed with)\b",
        around,
    ):
        return None
    agent = _agent_before(doc, m.start())
    if agent is None or agent.cat in ("I", "NEG", "C", "THING"):
        return None
    if agent.cat in ("PA", "CS", "CM") or _child_cue(doc, m.start()) or _CHILD_AGE.search(around):
        return ({CH, ST} if agent.cat in ("S", "SC", "CS") else {CH}), min(agent.start, m.start())
    kinds = _kinds_for(doc, m.start(), agent, _Victim("me", "", "n"))
    return (kinds, min(agent.start, m.start())) if kinds else None


# Speaking up about someone, not merely telling them something ("I told the nurse I'd spilt
# my tea").
_TELLING_ON = re.compile(
    r"\b(?:report\w*|complain\w*|whistle[\s-]?blow\w*|grass\w*|snitch\w*|tales|"
    r"tattle\w*|spoke up|speak\w* up|(?:people|those|anyone|patients|residents) who (?:talk|"
    r"speak|moan|make trouble|stick (?:their|his|her) nose\w*)|"
    r"rais\w* (?:it|this|a concern|concerns|a complaint)|(?:tell|tells|telling|told) (?:anyone|"
    r"anybody|someone|somebody|no one|nobody|the (?:police|manager|managers|family|office|cqc|"
    r"council|safeguarding \w+)|my (?:family|son|daughter|solicitor|social worker)|on (?:her|"
    r"him|them|us|me)))\b"
)


def _veiled_threat(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """'accidents happen' said to someone who spoke of reporting or complaining."""
    sentence = doc.sentence_text(m.start())
    if not (_SPEECH.search(sentence) and _TELLING_ON.search(sentence)):
        return None
    return _retaliation(doc, m) or ({ST}, m.start())


# ---- self_harm -------------------------------------------------------------

_add(
    "suic suis suc",
    r"s(?:ui|iu|u)[cs]+i?(?:d|dd)(?:e|es|al|le|el|ial|ality|ally|ed)?|suicde|sucide|suicid",
    _fixed(SH),
    service=True,
    before_not=r"\b(?:prevent\w*|stigma of|rates of|(?:drive|drives|"
    r"drove|driving|push|pushes|pushing) (?:you|anyone|people|someone|a person|one) to)\s+$",
)
_add(
    "self harm injur",
    r"self_?harm(?:ing|ed|s|er|ers)?|self_?injur(?:y|e|ed|ing|ious|ies)|"
    r"(?:harm|harms|harmed|harming|injure|injured|injuring) %REFL%",
    _fixed(SH),
    service=True,
    after_not=r"^\s*(?:by|in|when|while|whilst) (?:a |the )?(?:fall|falling|accident)",
)
_add(
    "*self *selv meself myslef",
    r"(?:kill|killed|killing|kills|top|topped|topping|tops|hang|hanged|hung|hanging|hangs|"
    r"strangle|strangled|strangling|suffocate|suffocated|suffocating|drown|drowned|drowning|"
    r"poison|poisoned|poisoning|shoot|shot|stab|stabbed|stabbing|burn|burnt|burned|burning|"
    r"burns|cut|cuts|cutting|hurt|hurts|hurting|starve|starved|starving|starves|finish|"
    r"finished|finishing|overdose|overdosed|gas|gassed|bang|banging) %REFL%(?: off)?",
    _fixed(SH),
    after_not=_IDIOM_AFTER,
    before_not=_SH_ACCIDENT_BEFORE,
    sentence_not=r"\b(?:fell|falling|tripped|slipped|accident\w*|kettle|oven|by mistake)\b",
)
_add(
    "life lives",
    r"(?:take|took|taken|taking|takes|end|ended|ending|ends|finish|finished) "
    r"(?:my|his|her|their|your|our) (?:own )?li(?:fe|ves)",
    _fixed(SH),
    after_not=r"^\s*(?:back|into|in hand|peacefully|with dignity|comfortably|in comfort|in peace|"
    r"at home|in the hospice)",
)
_add(
    "die dead exist here disappear wake",
    r"(?:want|wanted|wanting|wants|wanna|wish|wished|wishing|wishes|would rather|rather|ready|"
    r"prefer|longing|long|hope|hoping|hoped|pray|praying|prayed) (?:to |(?:i|he|she|they) "
    r"(?:could|would|can|might|was able to) )?(?:just )?(?:simply )?"
    r"(?:die|be dead|not be alive|not exist|stop existing|not be here|not wake up|never wake up|"
    r"disappear (?:for good|forever|for ever|permanently)|go to sleep and (?:not|"
    r"never) wake(?: up)?|"
    r"sleep and (?:not|never) wake(?: up)?|(?:i|he|she) (?:was|were|could be|had) (?:dead|died|"
    r"never been born|not been born|never woken up|not woken up)|(?:i|he|she) (?:would|could|'d) "
    r"die|(?:i|he|she) (?:didn't|did not|don't|doesn't|wouldn't|never) wake(?: up)?)",
    _fixed(SH),
    inner_neg=False,
    after_not=r"^\s*(?:at|in|with|peacefully|comfortably|surrounded|of (?:embarrassment|shame|"
    r"boredom|laugh\w*|cringe|fright)|from (?:embarrassment|shame|boredom)|than (?!(?:carry on|"
    r"go on|live|continue|be like this|feel like this|keep going|suffer|exist|be alive|wake up)"
    r"\b)|laughing|knowing|before|quickly|here|there|alone)",
)
_add(
    "better happier easier",
    r"(?:better|happier|easier) (?:off )?(?:dead|without me|without us|without (?:him|her)|with "
    r"me gone|(?:for (?:everyone|them|all|my family) )?(?:if|when|once) (?:i|he|she)(?:'m| am| "
    r"was| were|'s| is)? ?(?:just )?(?:gone|dead|not (?:here|around|alive)|no longer (?:here|"
    r"around|alive)|wasn't (?:here|around|alive)|weren't (?:here|around|alive)|died|went away "
    r"(?:for good|forever|for ever)|disappeared))",
    _fixed(SH),
    neg=False,
)
_add(
    "point reason purpose worth future way",
    r"no (?:reason|point|purpose) (?:in |of |to |for )?(?:liv(?:e|ing)|being alive|go(?:ing)? on|"
    r"carry(?:ing)? on|life|my life|wak(?:e|ing) up|exist(?:ing)?|being here)|"
    r"(?:can't|don't|do not|cannot|couldn't|can not|no longer) see (?:the|any|a|much) "
    r"(?:point|reason|purpose|future|way out)(?: (?:in|of|to|for))? ?(?:liv(?:e|ing)|life|being "
    r"alive|go(?:ing)? on|carry(?:ing)? on|anything|it all|wak(?:ing|e) up|my life|for me|"
    r"anymore|any more|(?=\s*[,.;!]|\s*$))|"
    r"(?:life|living|my life|it) (?:is|isn't|is not|ain't|feels|seems|wasn't|was|not|no longer) "
    r"(?:not )?(?:worth (?:living|it any ?more)|pointless|meaningless)|not worth living",
    _fixed(SH),
    neg=False,
    after_not=r"^\s*(?:for (?:the|this|that|our|your)|of (?:the|this|that))",
)
_add(
    "end stop over",
    r"want(?:s|ed)? (?:it all|everything|my life|life|all of it|this life|all this|the world) to "
    r"(?:end|stop|be over|go away)",
    _fixed(SH),
)
_add(
    "will desire live",
    r"(?:no|lost (?:the|my|all)|losing (?:the|my)|don't have (?:the|any)|haven't got (?:the|any)) "
    r"(?:will|desire|wish|reason|motivation) to live",
    _fixed(SH),
    neg=False,
    sentence_not=r"\b(?:wait\w*|on hold|queue\w*|forms?|listening|music|phone|calls?|"
    r"paperwork|appointment)\b",
)
_add(
    "living life existing alive",
    r"(?:done|finished|had enough|tired|sick|fed up) (?:of|with) (?:living|life|being alive|"
    r"existing|this life|my life)",
    _fixed(SH),
    after_not=r"^\s*(?:on|in|at) (?:the|this|a)\b",
)
_add(
    "wak",
    r"(?:think|thinking|thought|thinks|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) "
    r"(?:about|of) not (?:waking|wake|waking up)|"
    r"(?:don't|doesn't|didn't|do not|does not|did not|not) want(?:ing)? to wake up|"
    r"(?:go to sleep|fall asleep|sleep|close my eyes) and (?:not|never|don't|"
    r"not ever) wake(?: up)?",
    _fixed(SH),
    neg=False,
    after_not=r"^\s*(?:early|at|in|for|when|because|so|the|in the)\b",
)
_add(
    "end finish",
    r"(?:want(?:s|ed|ing)?|wanna|going|gonna|plan(?:s|ned|ning)?|think(?:s|ing)?|thought|"
    r"tempted|ready|decided|about|tried|trying|try|consider(?:ed|ing)?|contemplat(?:e|ed|ing)|"
    r"talk(?:s|ed|ing)?|threat(?:en|ened|ening|ens)|urges?|ways?|how|should|could|will|might|"
    r"(?:feel|feels|felt|feeling) like|close to|verge of|point of) "
    r"(?:to |of |about )?(?:just )?(?:end|ending|finish|finishing) "
    r"(?:it all|everything|things|my life|his life|her life|their life|it|myself)"
    r"(?!\s*(?:with|there|here|now|on|by|for|off|up|early|soon after|at))|end(?:ing|ed|s)? it all",
    _fixed(SH),
    sentence_not=r"\b(?:relationship|contract|treatment|call|conversation|appointment|"
    r"complaint|feedback|survey|review)\b",
)
_add(
    "overdos od o.d",
    r"over_?dos(?:e|ed|es|ing)|o\.d\.|od\x27d|o\.d\x27d|od\x27ing",
    _fixed(SH),
    after_not=r"^\s*of\s+(?!(?:my |his |her |their |the |a |an |all )?(?:\w+ )?(?:%PILLS%|"
    r"heroin|methadone|\w{3,}(?:ine|ol|pam|lam|done|pine|tine)\b))",
    before_not=r"(?:accidental(?:ly)?|unintentional(?:ly)?|(?:risks?|dangers?|signs|chance|"
    r"symptoms) of|in case of|prevent(?:ing)?|avoid(?:ing)?|how to|explained|given|gave|give|"
    r"giving|prescribed|by mistake)\s+(?:(?:an?|the|of|him|her|me|them|my|his|their|"
    r"paracetamol|insulin|drug|opioid|an accidental)\s+){0,2}$",
    sentence_not=r"\b(?:accident\w*|by mistake|mistakenly|wrong dose|drug error|"
    r"medication error|confused|didn't realise|didnt realise)\b",
)
_add(
    "tablet pill med paracetamol painkiller drug insulin",
    r"(?:took|take|taken|taking|swallowed|swallow|swallowing|downed) %G4%%PILLS% "
    r"(?:on purpose|deliberately|intentionally|to (?:die|end it|kill))|"
    r"swallow(?:ed|ing)? (?:a |the )?(?:whole |full |entire )?(?:packet|bottle|box|load|handful|"
    r"pack|tub|strip)s? of|"
    r"stock_?pil(?:e|ed|es|ing) %G2%%PILLS%|(?:sav(?:e|ed|es|ing)|hoard(?:ed|ing|s)?|"
    r"stash(?:ed|ing)?) (?:up )?%G2%%PILLS%|enough %PILLS% to (?:kill|end|finish|do it|take my)",
    _fixed(SH),
    sentence_not=r"\b(?:by mistake|accident\w*|wrong|confused|didn't realise|didnt realise)\b",
)
_add(
    "took take swallow down",
    r"(?:took|take|taken|taking|swallowed|swallowing|downed) (?:a (?:whole |huge |big )?(?:load|"
    r"lot|handful|bottle|packet|box|pack|tub|strip|bunch)|loads|handfuls|the (?:whole |entire )?"
    r"(?:lot|box|packet|bottle)|all|too many|a stack|[1-9]\d+|twenty|thirty|forty|fifty|sixty|"
    r"(?:a )?hundred|\w+ (?:packets|boxes|bottles|strips))"
    # "It took all day (45 minutes, a lot of time) to get my medication" is a wait.
    r"(?! (?:of )?(?:the |that |this )?(?:\w+ )?(?:day|night|morning|afternoon|evening|"
    r"weekend|week|month|year|time|minutes?|mins?|hours?|hrs?|days|weeks|months|years|ages)\b)"
    r" (?:of )?%G3%%PILLS%",
    _fixed(SH),
    sentence_not=r"\b(?:by mistake|accident\w*|wrong|confused|didn't realise|didnt realise|"
    r"for (?:the|my) (?:pain|headache|back|tooth|migraine)|because of the pain|with me|"
    r"to (?:the )?(?:hospital|appointment|a&e|ward)|prescribed|as prescribed|dose|doses|"
    r"in (?:my|a) (?:bag|box|dosette)|list|with (?:them|him|her)|pharmacy|chemist|off (?:me|him|"
    r"her|them)|away from|admitted|on admission|confiscat\w*|(?:they|staff|nurses?|police) took)\b",
)
_add(
    "jump throw threw step walk",
    r"(?:jump(?:ed|ing|s)?|throw(?:ing|s)? %REFL%|threw %REFL%|step(?:ped|ping)? out|"
    r"walk(?:ed|ing)? out) (?:off|from) (?:a |the |that |this |our |some )?(?:\w+ )?"
    r"(?:bridge|building|roof|rooftop|cliff|balcony|car park|multi_?stor(?:ey|y)|tower|flyover|"
    r"top floor|window)|"
    r"(?:jump(?:ed|ing|s)?|throw(?:ing|s)? %REFL%|threw %REFL%|step(?:ped|ping)? out|"
    r"walk(?:ed|ing)? out|lie down|lay down|lying down) (?:in front of|under) (?:a |the )?(?:\w+ )?"
    r"(?:train|lorry|bus|car|traffic|truck|van)|"
    r"(?:jump(?:ed|ing|s)?|walk(?:ed|ing)?|throw(?:ing|s)? %REFL%) into (?:a |the )?(?:river|sea|"
    r"canal|traffic|reservoir)",
    _fixed(SH),
)
_add(
    "something",
    r"(?:i'll|i will|i might|i may|i could|i'd|he'll|she'll|he might|she might|he will|"
    r"she will|he could|she could|going to|gonna|before i|worried i|scared i|afraid i) "
    r"(?:\w+ )?do something (?:stupid|silly|daft|drastic)",
    _fixed(SH),
)
_add(
    "ligatur noose",
    r"(?:tied|tie|tying|made|make|used|using|found with|with|had|have|put) (?:a )?"
    r"(?:ligatures?|noose)(?! points?)|ligatur(?:ed|ing)|noose (?:round|around)",
    _fixed(SH),
)
_add(
    "wrist arm leg thigh skin",
    r"slit(?:s|ting)? %POSS% wrists?|"
    r"(?:cut|cuts|cutting|slash(?:es|ed|ing)?|slice(?:s|d)?|slicing) %POSS% (?:own )?"
    r"(?:wrists?|arms?|legs?|thighs?|skin|stomach|body)",
    _fixed(SH),
    after_not=r"^\s*(?:on|open on|with (?:a|the) (?:kettle|knife while)|shaving|cooking|"
    r"accidentally|by accident|in (?:a|the) (?:fall|accident))",
    before_not=_SH_ACCIDENT_BEFORE,
    sentence_not=r"\b(?:fell|falling|tripped|slipped|accident\w*|operation|surgeon|surgical|"
    r"incision|stitches|theatre)\b",
)
_add(
    "cut",
    r"(?:keep|keeps|kept|started|start|starting|stopped|stop|been|am|was|is|still|back to|"
    r"relapsed|urges? to|need to|resorted to|resort to|go back to|went back to) (?:\w+ )?cutting"
    r"(?! (?:down|back|out|off|up|in|through|corners|costs|ties|staff|services|\w+ (?:hair|"
    r"nails|grass|hedge)))",
    _fixed(SH),
    sentence_not=r"^(?!.*\b(?:scars?|again|urges?|relapse\w*|blades?|razors?|self|arms?|legs?|"
    r"wrists?|thighs?|bleed\w*|stop|keep|myself|herself|himself|deep|cope|coping)\b)|\b(?:hair|"
    r"nails|grass|hedge|budget|costs|funding|staff|services|benefits|hours)\b",
)
_add(
    "here alive around",
    r"(?:might|may|will|won't|wouldn't|could|probably) (?:not |no longer )?be (?:here|around|"
    r"alive)(?= by then| anymore| any more| much longer| for much longer|\s*[,.;!]|\s*$)",
    _fixed(SH),
    neg=False,
    sentence_not=r"^(?!.*\b(?:waiting list|mental health|therap\w*|counsell\w*|camhs|crisis|"
    r"depress\w*|psych\w*|cope|coping|suicid\w*|struggl\w*)\b)|\b(?:cancer|terminal\w*|"
    r"palliative|hospice|ambulance|heart|stroke|bleed\w*|breathe|sepsis)\b",
)
_add(
    "lighter cigarette match purpose deliberately blade razor",
    r"(?:burn(?:s|t|ed|ing)?|scald(?:s|ed|ing)?|scratch(?:es|ed|ing)?|cut(?:s|ting)?) %POSS% "
    r"(?:own )?(?:arms?|legs?|skin|hands?|wrists?|thighs?|stomach|body|face) (?:with (?:a |an )?"
    r"(?:lighter|cigarettes?|matches|match|hot \w+|blade|razor)|on purpose|deliberately)",
    _fixed(SH),
)
_add(
    "everything every",
    r"(?:took|take|taken|swallowed|swallow) (?:everything|every (?:tablet|pill)|all the (?:tablets|"
    r"pills|meds|medication)) (?:\w+ ){0,2}?(?:in|from) (?:the|my|our) (?:cupboard|medicine "
    r"cabinet|drawer|box|house|bathroom)",
    _fixed(SH),
)
_add(
    "miss notice care",
    r"(?:nobody|no one|no-one|noone|none of them) (?:would|will|'d|'ll|could) (?:even |ever )?"
    r"(?:miss|notice|care)(?: me)?(?: (?:if|when|once) i (?:was|were|'m|am|died|disappeared|"
    r"wasn't here|was dead|was gone|went|killed myself))?(?=\s*[,.;!]|\s*$| if| when| once)",
    _fixed(SH),
    neg=False,
    sentence_not=r"\b(?:appointment|parking|car|phone|call|letter|results?|bill)\b",
)
_add(
    "know decided plan",
    r"i (?:know|have decided|'ve decided|decided|worked out|figured out|planned) (?:exactly )?"
    r"(?:how|when|where) (?:i'd|i would|i will|i'll|i'm going to|i am going to|to) (?:do it|end "
    r"it|go|finish it)|(?:i've|i have|i've got|i have got|i) (?:made|got|have|written) a plan "
    r"(?:to (?:end|die|kill|take)|and i know how)",
    _fixed(SH),
    neg=False,
)
_add(
    "safe",
    r"(?:can't|cannot|can not|couldn't|unable to|not able to|don't think i can|don't know if i "
    r"can|struggl\w* to|won't be able to|not sure i can|can no longer|could not) keep %REFL% safe",
    _fixed(SH),
    neg=False,
)
_add(
    "pill tablet blade razor rope knife",
    r"(?:sit|sits|sat|sitting|stare|stares|stared|staring|hold|holds|holding|held) (?:at |with )?"
    r"(?:the|my|a|all (?:the|my)) (?:pills|tablets|blades?|razors?|rope|knife)"
    r"(?= in my hand| and (?:think|wonder|cry)| for hours| thinking| wondering|\s*[,.;!]|\s*$)",
    _fixed(SH),
)
_add(
    "bleach antifreeze weedkiller weed poison paraquat disinfectant detergent fluid",
    r"(?:swallow|swallowed|swallowing|drank|drink|drinking|drunk|took|taking|taken|ingested) "
    r"(?:some |a bottle of |a cup of |a glass of |the )?(?:bleach|antifreeze|anti freeze|"
    r"weedkiller|weed killer|poison|paraquat|disinfectant|rat poison|detergent|lighter fluid)",
    _fixed(SH),
    sentence_not=r"\b(?:accident\w*|toddler|baby|by mistake|mistook|thought it was|"
    r"(?:[1-9]) ?(?:year|yr)s? old)\b",
)
_add(
    "bang hit punch head fist wall scratch pick pull bleed",
    r"(?:bang|banging|bangs|banged|hit|hitting|hits|punch|punching|punched|punches|smash\w*) "
    r"(?:my|his|her|their) (?:head|fists?|hands?) (?:against|on|into) (?:the |a )?(?:walls?|doors?"
    r"|floor)(?: \w+){0,3}? (?:until|till|so|and) (?:it|they|i|he|she) (?:bleeds?|bled|bruise[sd]?"
    r"|breaks?|broke|hurts)|punch(?:es|ed|ing)? (?:the )?walls|"
    r"(?:scratch\w*|pick\w*|pull\w* out|pulling out|bit\w*|bite) (?:at )?(?:my|his|her|their) "
    r"(?:arms?|legs?|skin|face|hair|wrists?|hands?|nails) (?:\w+ ){0,3}?(?:until|till|so|and) "
    r"(?:it|they|i|he|she) (?:bleeds?|bled|(?:is|are|was|were) raw|scar\w*)",
    _fixed(SH),
)
_add(
    "scar cutting",
    r"scars? (?:\w+ ){0,5}?(?:from|of) (?:cutting|self_?harm\w*|burning|slashing)|self_?harm "
    r"scars?|(?:cutting|self_?harm) scars?",
    _fixed(SH),
)
_add(
    "research google looked looking search how many",
    r"(?:research\w*|googl\w*|look(?:ed|ing)? up|search(?:ed|ing)?(?: for)?|read(?:ing)? about) "
    r"(?:how to (?:kill|end|die|hang|overdose|take)|ways to (?:die|kill|end)|(?:painless|quick|"
    r"quickest|easiest) ways? to (?:die|go)|how many (?:tablets|pills|paracetamol|\w+) (?:it "
    r"(?:would|will) take|to take|would kill))|how many (?:tablets|pills|paracetamol|painkillers|"
    r"sleeping pills) (?:it )?(?:would|will|it'd|to) (?:take|kill|be fatal|be lethal|end)",
    _fixed(SH),
)
_add(
    "danger risk",
    r"(?:a )?(?:danger|risk) to %REFL%",
    _fixed(SH),
)
_add(
    "goodbye farewell suicide",
    r"(?:goodbye|farewell|suicide) (?:letters?|notes?)|(?:wrote|written|writing|write) "
    r"(?:my |a )?(?:will and )?goodbye",
    _fixed(SH),
)
_add(
    "thought urge plan",
    r"(?:thoughts?|urges?|plans?|ideas?) (?:of|about|to) (?:end(?:ing)? (?:it|my life|things)|"
    r"dying|die|not being here|taking my life)|a plan to (?:take|end) my (?:own )?life",
    _fixed(SH),
)
_add(
    "want alive exist live here",
    r"(?:don't|doesn't|didn't|do not|does not|did not|no longer|not) want(?:s|ed)? to "
    r"(?:be alive|exist|live|be here|go on|carry on)"
    r"(?:(?= any ?more| no more| no longer| like this| on this earth| in this world| now\b)|"
    r"(?=\s*[,.;!]|\s*$| and\b))",
    _fixed(SH),
    neg=False,
)

# ---- abuse_or_neglect (and the same situations for children) ----------------

_add(
    "urine wee pee poo faeces feces excrement mess vomit sick soil wet dirty soak sodden filth "
    "nappy nappies pad cover caked smear",
    r"(?:left|lying|laying|lay|lie|lies|sat|sitting|sit|found|kept|stay(?:ed|ing)?|leave|leaves|"
    r"leaving|been|was|were|is|are|be) %G3%in (?:(?:his|her|their|my|the|a) )?(?:own )?"
    r"(?:(?:soiled|wet|dirty|soaking|soaked|sodden|filthy|full|heavy|urine soaked|"
    r"soaking wet|same dirty|same soiled|same wet|same) (?:pads?|nappy|nappies|sheets?|bedding|"
    r"beds?|clothes|clothing|pyjamas|underwear|incontinence pads?|pants)|urine|wee|pee|poo|"
    r"faeces|feces|excrement|vomit|poop)|in (?:his|her|their|my) own (?:mess|waste|dirt)|"
    r"(?:lying|laying|left|sat|sitting|lay|lie|kept|sleep\w*|slept) on (?:a |the |his |her |"
    r"their )?(?:wet|soiled|soaking|soaked|filthy|dirty|bare|urine soaked) (?:mattress|bed|"
    r"sheets?|floor|sofa|chair)|"
    r"(?:covered|caked|smeared|soaked) in (?:(?:his|her|their) own )?(?:poo|faeces|feces|urine|"
    r"wee|excrement|vomit|sick|mess|dirt|filth|poop)",
    _strong_child_else(AN),
    sentence_not=_WAITING,
)
_add(
    "without left leave went gone goes",
    r"(?:left|leave|leaves|leaving|gets left|get left|been left|goes|went|gone|go) %G4%(?:without|"
    r"with no) (?:any |a |his |her |their |my )?(?:hot |proper |decent |single |cooked |warm )?"
    r"(?:food|water|drinks?|fluids|meals?|something to "
    r"(?:eat|drink)|anything to (?:eat|drink)|meds|medication|medicines?|tablets|insulin|heating|"
    r"heat|electric\w*|care|help to eat|money)",
    _strong_child_else(AN),
    inner_neg=False,
    sentence_not=r"\b(?:i|we)\b.*\b(?:went|go|gone|goes)\b|" + _WAITING,
)
_add(
    "drink water food meal fluid med medicine tablet insulin wash bath shower shave personal "
    "anything",
    r"(?:didn't|did not|never|not|hasn't|haven't|wasn't|weren't|isn't|aren't|hadn't|has not|"
    r"have not|was not|were not|nobody|no one|no-one|none of the staff) (?:has |have |had |'s )?"
    r"(?:been |being |even |ever )?(?:give|gave|given|giving|offer(?:ed)?|get|got|bring|brought|"
    r"had) (?:(?:him|her|them|my \w+|mum|dad|nan|the residents?|residents|patients) )?(?:(?:his|"
    r"her|their) )?(?:a |any )?(?:drink|water|food|meals?|anything to (?:eat|drink)|fluids|meds|"
    r"medication|medicine|tablets|insulin|wash|bath|shower|shave|personal care)"
    r" (?:\w+ ){0,3}?(?:for (?:\w+ ){0,2}(?:days?|hours|weeks?|night)|all day|all night|since|"
    r"in (?:\w+ )?(?:days|hours|weeks))",
    _strong_child_else(AN),
    neg=False,
    sentence_not=_WAITING,
)
_add(
    "eaten eating drunk drinking meal",
    r"(?:hasn't|haven't|hadn't|has not|have not|had not|isn't|wasn't|not|never) (?:been )?"
    r"(?:eaten|eating|drunk|drinking|had (?:a )?(?:drink|meal|anything to (?:eat|drink)|any food))"
    r"(?: properly| anything| much)? (?:in|for) (?:\w+ ){0,2}?(?:days?|weeks?)",
    _strong_child_else(AN),
    neg=False,
    sentence_not=r"^(?!.*\b(?:carers?|staff|home|nobody|no one|left|miss(?:ed|ing)|neglect\w*|"
    r"on (?:his|her) own|alone|nobody)\b)|\b(?:i|we) (?:haven't|hadn't|have not|had not|"
    r"wasn't|was not)\b|\b(?:sick|nausea|vomit\w*|appetite|chemo|operation|surgery|ill|"
    r"illness|fasting|nil by mouth|nbm)\b",
)
_add(
    "advantage money cash loan £ ask thousand hundred hand over sign con scam swindl cheat",
    r"(?:tak(?:e|es|ing|en)|took) advantage of (?:my|his|her|their|the|an?|this) (?:\w+ )?(?:"
    + "|".join(
        [
            "mum",
            "mother",
            "dad",
            "father",
            "nan",
            "nana",
            "gran",
            "granny",
            "grandma",
            "grandad",
            "grandfather",
            "grandmother",
            "aunt",
            "uncle",
            "neighbour",
            "brother",
            "sister",
            "son",
            "daughter",
            "residents?",
            "patients?",
            "elderly",
            "vulnerable",
            "disabled",
            "old",
        ]
    )
    + r")\w*|(?:getting|got|gets|get|taking|took|takes|borrowing|borrowed|borrows|asking for|"
    r"asked for|asks for|scrounging|scrounged|demanding|demanded|demands) (?:\w+ )?(?:money|"
    r"cash|loans?|£\d+|\d+ pounds) (?:off|from|out of) (?:him|her|them|my \w+|mum|dad|nan|"
    r"gran|the residents|residents|patients)|ask(?:ing|ed|s)? (?:me|him|her|them|my \w+|mum|dad|"
    r"nan|residents) (?:to lend (?:her|him|them) |for )(?:some )?(?:money|cash|a loan|loans|"
    r"£\d+)|(?:had|got|taken|took|getting|get|gets|taking|conned|scammed|swindled|cheated) "
    r"(?:thousands|hundreds|£[\d,]+k?|loads of money|a lot of money|all (?:his|her|their) money|"
    r"money|cash|savings) (?:out of|off|from) (?:him|her|them|my \w+|mum|dad|nan|gran)|"
    r"(?:hand|hands|handed|handing|give|gives|gave|giving|sign|signs|signed|signing) over "
    r"(?:all )?(?:(?:his|her|their|my) )?(?:money|benefits|pension|wages|cards?|bank cards?|"
    r"savings|house)",
    _by_agent({AN}, staff_also=AN, not_self=True),
    sentence_not=r"\b(?:parking|prescription|charges?|fees?|pharmacy|refund|payment|paid|pay|"
    r"car park|machine|canteen|cafe|shop|bill|bills|invoice|council|benefits agency|dwp)\b",
)
_add(
    "give gave giving given",
    r"(?:don't|doesn't|didn't|never|not|won't|aren't|weren't|isn't|wasn't|haven't|hasn't|forgot "
    r"to|forget to|forgets to|fail(?:ed|s)? to|refus(?:e|es|ed) to) (?:\w+ )?(?:give|gave|"
    r"giving|given) (?:her|him|them|mum|dad|nan|my \w+|the residents|residents) (?:her|his|their|"
    r"the|any)? ?(?:tablets|medication|meds|insulin|medicine|medicines|inhalers?|injections?)",
    _fixed(AN),
    neg=False,
    sentence_not=r"^(?!.*\b(?:carers?|care workers?|care home|the home|care company|agency|"
    r"days|weeks|confused|ill|poorly|worse|hospital(?:ised)?|again|never|deliberately)\b)|"
    r"\b(?:on time|late|early|delay\w*)\b",
)
_add(
    "ran out run out",
    r"(?:ran|run|running) out of (?:his|her|their) (?:insulin|medication|meds|tablets|oxygen|"
    r"food) %G6%for (?:\w+ )?(?:days?|weeks?)",
    _fixed(AN),
    inner_neg=False,
    sentence_not=r"\b(?:pharmacy|chemist|surgery|gp|prescription)\b",
)
_add(
    "fed feed help",
    r"(?:nobody|no one|no-one|none of the (?:staff|carers)|never|not|wasn't|weren't|isn't|"
    r"aren't|won't|don't|doesn't|didn't|haven't|hasn't|not being|never being|never been|not been)"
    r" (?:been |being |even |properly |ever |getting )?(?:fed|feeds? (?:him|her|them|the baby|the "
    r"kids|the children|my \w+|%KIDS%))(?! up| back| through| into)|"
    r"(?:nobody|no one|no-one|none of the (?:staff|carers)) (?:ever |even )?(?:fed|feeds|feed) "
    r"(?:him|her|them|my \w+|mum|dad|nan|the residents|residents|patients|[\w']+'s \w+)|"
    r"(?:nobody|no one|no-one|none of the (?:staff|carers)) (?:ever |even )?(?:helps?|helped|"
    r"helping) (?:him|her|them|my \w+|mum|dad|nan|the residents|residents|patients|[\w']+'s \w+) "
    r"(?:to )?(?:eat|drink|with (?:his|her|their) (?:meals?|food|drinks?))",
    _strong_child_else(AN),
    neg=False,
    sentence_not=r"\bfed up\b|" + _WAITING,
)
_add(
    "reach tray plate",
    r"(?:meals?|food|drinks?|water|trays?|plates?|cups?|jugs?) (?:were |was |are |is |get |gets |"
    r"got |being |been )?(?:just )?left (?:out of (?:his |her |their )?reach|untouched)|"
    r"(?:just|only) (?:leave|leaves|left) the (?:tray|food|meal|plate|drink|water|cup)s?|"
    r"(?:leave|leaves|left|put|puts) (?:the )?(?:tray|food|meal|plate|drink|water)s? "
    r"(?:out of (?:his |her |their )?reach|where (?:he|she|they) can't reach)",
    _fixed(AN),
)
_add(
    "food",
    r"no food in the (?:house|flat|fridge|home|cupboards?)|(?:gets?|getting|got|had|has|have) no "
    r"food (?:unless|until|for|all)",
    _strong_child_else(AN),
)
_add(
    "hungry starv",
    r"(?:always|constantly|often|come round|comes round|coming round|came round|turn up|turns up|"
    r"go to school|goes to school|going to school|are|is|were) (?:\w+ )?hungry|"
    r"(?:being|been|was|were|is|are) starved|starv(?:es|ed|ing) (?:him|her|them|the \w+|my \w+)"
    r"(?! of)",
    _needs_child(),
)
_add(
    "hungry",
    r"(?:left|leaves|leave|leaving|go|going|goes|gone|went) (?:\w+ )?hungry",
    _strong_child_else(AN),
    sentence_not=_WAITING + r"|\b(?:i|we) (?:\w+ )?(?:was|were|went|go|left|am|are)\b",
)
_add(
    "starv",
    r"(?:being|been|was|were|is|are) starved|starv(?:es|ed|ing) (?:him|her|them|the residents|"
    r"my \w+)(?! of)",
    _strong_child_else(AN),
)
_add(
    "turn",
    r"(?:nobody|no one|no-one|never|not|wasn't|weren't|didn't|hasn't|hadn't|haven't|isn't|aren't)"
    r" (?:been |being |even |once |ever )?turned(?: (?:him|her|them|my \w+|mum|dad))?"
    r"(?= for| in| all| once| regularly| every| properly| overnight| and|\s*[,.;!]|\s*$)"
    r"|(?:nobody|no one|no-one|never|didn't|don't|doesn't|won't) turns? (?:him|her|them|my \w+|"
    r"mum|dad)(?! (?:up|round|around|away|out|off|on|down|back|into|over to|a))",
    _fixed(AN),
    neg=False,
    sentence_not=r"\bturn(?:ed)? (?:up|round|around|away|out|off|on|down|back)\b",
)
_add(
    "sore bedsore ulcer",
    r"(?:developed|develop|got|getting|left with|covered in|riddled with|came (?:home|back|out) "
    r"with|caused|had|has|have|found with|with) (?:\w+ ){0,3}(?:pressure|bed_?) ?(?:sores?|"
    r"ulcers?)(?: for weeks|(?= (?:and|because|from|as|in the|at the|while|whilst|after|down to|"
    r"so|that)| that nobody)|\s*[,.;!]|\s*$)"
    r"|covered in sores",
    _strong_child_else(AN),
    sentence_not=r"\b(?:treated|treating|dress\w*|heal\w*|help\w* with|nurses? (?:came|come|"
    r"visit))\b",
)
_add(
    "wash unwashed bath shower change clean same left",
    r"(?:not|never|hasn't|haven't|hadn't|wasn't|weren't|isn't|aren't) (?:been |being |even )?"
    r"(?:washed|bathed|showered) (?:for|in) (?:\w+ ){0,2}(?:days?|weeks?)|"
    r"(?:nobody|no one|no-one|not|never|didn't|hasn't|haven't) (?:has |have )?(?:been |even )?"
    r"(?:washed|bathed|showered|changed|cleaned|dressed) (?:him|her|them|my \w+|mum|dad|nan|"
    r"residents|the residents) (?:for|in) (?:\w+ ){0,2}(?:days?|weeks?|hours)|unwashed|"
    r"and not (?:washed|fed|changed|turned)|"
    r"left (?:\w+ ){0,2}(?:unwashed|undressed|naked|unclothed|uncovered)|"
    r"(?:in|wearing|left in) the same (?:dirty |soiled |wet )?clothes (?:for|all) (?:\w+ ){0,2}"
    r"(?:days?|weeks?|night)|left in bed all day",
    _strong_child_else(AN),
    neg=False,
    sentence_not=r"\bunwashed (?:hands|cups|dishes|floors?)\b",
)
_add(
    "left leave keep kept without",
    r"(?:left|leave|leaves|leaving|keep|keeps|kept|keeping) (?:(?:him|her|them|residents|the "
    r"residents|patients|my \w+) )?(?:\w+ ){0,2}?in (?:bed|(?:his|her|their|the|a) (?:bed|beds|"
    r"chairs?|rooms?|wheelchairs?|cot)) (?:\w+ ){0,2}?(?:for|all) (?:\w+ ){0,2}?(?:days?|hours|"
    r"weeks?|day|night)|without (?:ever )?being "
    r"(?:moved|turned|washed|fed|changed|checked on|seen to|given (?:a )?(?:drink|food|meds|wash|"
    r"bath))",
    _strong_child_else(AN),
    sentence_not=_WAITING + r"|\bleft in bed (?:to rest|resting)\b",
)
_add(
    "punish",
    r"as (?:a |some )?(?:sort of )?punishment|to punish (?:him|her|them|me|residents|my \w+)|"
    r"for punishment",
    _punishment,
)


_add(
    "toilet loo bathroom commode",
    r"(?:not|never|aren't|weren't|isn't|wasn't|no one|nobody|noone) (?:being |been |even )?"
    r"(?:taken|helped|assisted|supported|take|takes|helps) (?:\w+ )?(?:to|with) (?:the )?"
    r"(?:toilet|loo|bathroom|commode)",
    _strong_child_else(AN),
    neg=False,
    sentence_not=_WAITING,
)
_add(
    "doctor gp ambulance nurse medical paramedic help",
    r"(?:didn't|did not|never|wouldn't|would not|refused to|failed to|didnt) (?:call|get|ring|"
    r"phone|"
    r"contact|fetch|send for) (?:a|the|any|an) (?:doctor|gp|ambulance|nurse|medical help|"
    r"paramedic|help)s? (?:\w+ ){0,2}?(?:for (?:\w+ ){0,2}(?:days?|hours|weeks?)|until|despite|"
    r"even though|when)",
    _strong_child_else(AN),
    neg=False,
)
_add(
    "control",
    r"(?:has|have|had|took|taken|takes|got|taking|gained) (?:full |total |complete )?control "
    r"(?:of|over) (?:all )?(?:my|her|his|their|[\w']+'s) (?:money|finances|bank|benefits|pension|"
    r"account|cards?)",
    _by_agent({AN}),
)
_add(
    "bed",
    r"(?:put|puts|putting) (?:him|her|them|my \w+|residents|the residents|mum|dad|nan) to bed "
    r"(?:at |by |before )?(?:[1-6](?::\d\d)? ?(?:pm|p\.m\.|o'clock)|teatime|tea time|the "
    r"afternoon|lunchtime)",
    _fixed(AN),
)
_add(
    "catheter dressing pad nappy bag stoma bedding sheet clothes",
    r"(?:hasn't|haven't|hadn't|not|never|wasn't|weren't|isn't|aren't|didn't) (?:had |been |get |"
    r"got )?(?:his |her |their |my |the )?(?:catheter|dressings?|pads?|nappy|nappies|catheter "
    r"bag|stoma bag|bedding|sheets|clothes|incontinence pads?) (?:changed|emptied|cleaned|washed) "
    r"(?:for|in) (?:\w+ ){0,2}(?:days?|weeks?)",
    _strong_child_else(AN),
    neg=False,
)
_add(
    "floor ground",
    r"(?:left|lying|laying|lay|lie|lies|been) (?:on the floor|on the ground) (?:for|all|overnight|"
    r"after|until|till)",
    _fixed(AN),
    sentence_not=_WAITING + r"|\bwait\w*\b",
)


def _sedated_for_procedure(doc: _Doc, m: re.Match[str]) -> bool:
    """'sedated so he was calm for the MRI scan': the sentence names a scan or procedure."""
    sentence = re.sub(r"\bsedat\w*", " ", doc.sentence_text(m.start()))
    return not m.group().startswith("chemical") and bool(_PROCEDURE.search(sentence))


def _sedated_fixed(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    if not m.group().startswith("over") and _sedated_for_procedure(doc, m):
        return None
    return {AN}, m.start()


_add(
    "sedat drug medicat overmedicat chemical restrain sleeping sleeper lorazepam diazepam "
    "haloperidol tranquil",
    r"(?:keep|keeps|kept|keeping) (?:him|her|them|my \w+|residents|the residents|patients) "
    r"(?:sedated|drugged|doped(?: up)?|knocked out|zonked|drowsy)|"
    r"(?:sedat|drugg)(?:e|ed|es|ing) (?:him|her|them|residents|my \w+) (?:so|to keep|to make|to "
    r"stop|to shut|because|for being)|over_?medicat(?:ed|ing|es)|chemical(?:ly)? restrain\w*|"
    r"(?:given|giving|gives|give|gave) (?:\w+ )?(?:sleeping (?:tablets|pills)|sedatives?|"
    r"sedation|lorazepam|diazepam|haloperidol|tranquilli[sz]ers?|sleepers) (?:\w+ ){0,2}?(?:so "
    r"(?:that )?(?:the )?(?:staff|night staff|they|carers|nurses) (?:can|could|don't|didn't|"
    r"wouldn't)|to keep (?:him|her|them) quiet|to shut (?:him|her|them) up|so (?:he|she|they)"
    r"(?:'s| is| are|'re) (?:less|no) trouble|out of the way)",
    _sedated_fixed,
)
_add(
    "tie tied tying strap",
    r"(?:tied|tie|ties|tying|strapped|strap|straps|strapping) (?:him|her|them|me|my \w+|"
    r"residents|patients|the (?:residents?|patients?|\w+)|\w+) (?:down |up )?(?:to|in|into) "
    r"(?:a |the |his |her |their |my )?(?:chairs?|beds?|wheelchairs?|bedframes?|cots?|radiators?|"
    r"commodes?|bed rails?)|(?:tied|tie|ties|tying) (?:him|her|them|me) up",
    _by_agent({AN}, staff_also=AN),
)
_add(
    "lock",
    r"lock(?:s|ed|ing)? (?:him|her|them|me|us|my \w+|the (?:residents?|patients?|kids|children)|"
    r"residents|patients|the \w+) (?:in|into|inside|up in|up inside) (?:his|her|their|my|the|a|"
    r"your|our)? ?(?:room|rooms|bedroom|bedrooms|house|flat|home|cupboard|toilet|bathroom|shed|"
    r"garden|cellar|car|loft|attic)|lock(?:s|ed)? (?:him|her|them|me) (?:in|up)(?= at night|"
    r"\s*[,.;!]|\s*$| for| all| every| when| so| as)|(?:keep|keeps|kept|keeping|left|leave|"
    r"leaves) (?:him|her|them|me|my \w+|the \w+|residents|patients) locked (?:in|up)",
    _by_agent({AN}, victim=True, staff_also=AN),
    sentence_not=r"\b(?:out|accidentally|by accident|mistake)\b",
)
_add(
    "kept keep allowed",
    r"(?:kept|keeping|keeps|keep) (?:me|him|her|them)? ?(?:locked )?in (?:the|my|his|her|their)"
    r" (?:house|flat|room|bedroom|home)|(?:is|am|are|being|been|was|were) kept (?:locked )?in "
    r"(?:the|my|his|her|their) (?:house|flat|room|bedroom|home)|not allowed (?:out|to (?:go out|"
    r"leave the (?:house|flat|home)|see (?:my|her|his) (?:friends|family)))",
    _by_agent({AN}, allow_staff=False),
    neg=False,
    sentence_not=r"\b(?:covid|visit\w*|restrictions?|rules|ward|hospital|lockdown|pandemic|"
    r"isolat\w*|infection|observation|side room|barrier|virus)\b",
)
_add(
    "money cash pension benefit saving wage salary income allowance inheritance financ bank "
    "purse wallet £ steal stole nick pinch card",
    r"(?:tak(?:e|es|ing|en)|took|steal(?:s|ing)?|stole|stolen|nick(?:s|ed|ing)?|keep(?:s|ing)?|"
    r"kept|control(?:s|led|ling)?|spend(?:s|ing)|spent|us(?:es|ed|ing)|withdr(?:aw|aws|awing|ew|"
    r"awn)|help(?:s|ed|ing)? %REFL% to|drain(?:s|ed|ing)|empt(?:y|ies|ied|ying)|taken over|"
    r"took over|tak(?:es|ing) over|has|had|have) (?:all (?:of )?|most (?:of )?|half (?:of )?|"
    r"some (?:of )?)?(?:(?:my|her|his|their|our) (?:[\w']+'s |\w+s )?|[\w']+'s |\w+s )"
    r"(?:own )?(?:money|cash|pensions?|benefits|"
    r"savings|wages|salary|income|allowance|inheritance|finances|bank (?:cards?|account|"
    r"accounts)|pin|cards?)(?! (?:details|number|statement|reader|machine))|"
    r"(?:took|takes|taken|taking|stole|steal\w*|nick\w*|pinch\w*) %G2%(?:£\d+|money|cash|"
    r"\w+ pounds|\d+ pounds|jewell?ery|rings?) %G2%(?:from|out of|off) (?:his|her|their|my|"
    r"\w+'s|\w+s) (?:purse|wallet|handbag|bag|account|bank account|pension|savings|room|house|"
    r"flat|card|bank)|"
    r"(?:steal\w*|stole|stolen|nick\w*) from (?:him|her|them|my \w+|mum|dad|nan|the residents|"
    r"residents|patients)|"
    r"(?:steal(?:s|ing)?|stole|stolen|nick(?:s|ed|ing)|pinch(?:es|ed|ing)) (?:all )?(?:of )?"
    r"(?:(?:my|her|his|their|our) (?:[\w']+'s )?|[\w']+'s )(?:\w+ )?(?:money|cash|jewell?ery|"
    r"rings?|valuables|belongings|things|stuff|possessions|savings|pension|benefits|purse|"
    r"wallet|bank cards?|credit cards?|cards?|medication|meds|tablets|food|phone|clothes|"
    r"watch|necklace)",
    _by_agent({AN}, not_self=True),
    sentence_not=r"\b(?:parking|prescription|charges?|fees?|pharmacy|refund|payment|paid|pay|"
    r"card details|car park|machine|canteen|cafe|shop|hospital charged)\b",
)
_add(
    "money cash jewel ring valuable card £ financ lend loan",
    r"(?:money|cash|jewell?ery|rings?|valuables|bank cards?|£\d+|savings|pension) (?:keeps |kept |"
    r"has |have |had |is |was )?(?:been )?(?:(?:go(?:es|ing|ne)?|went) missing|disappear(?:ed|ing|"
    r"s)?|vanish(?:ed|es|ing)|going down|draining)|money (?:is |was )?"
    r"missing from (?:his|her|their|my) (?:purse|wallet|account|bank|handbag)|"
    r"financial(?:ly)? (?:abus\w*|exploit\w*)|(?:lend|loan|give) (?:her|him|them) (?:some )?money",
    _by_agent({AN}, not_self=True),
    service=True,
)
_add(
    "sign",
    r"(?:forc|pressur|bull(?:y|ie)|coerc|mak|made|make|trick)\w* (?:into |to )?sign(?:ing)? "
    r"(?:\w+ ){0,2}over|forced to sign|(?:forced|pressured|made|bullied|coerced|tricked) "
    r"(?:(?:her|him|them|me|my \w+) )?(?:in)?to sign|sign(?:ing)? (?:things|everything|the house|"
    r"her house|his house) over to",
    _fixed(AN),
)
_add(
    "drug crack heroin",
    r"(?:using|use|used|uses|taken over|took over|taking over) (?:(?:my|his|her|their) )?"
    r"(?:[\w']+'s |\w+s )?(?:flat|house|home|place) (?:to|for) (?:deal|sell|selling|dealing|store|"
    r"storing|take|"
    r"taking|cook) (?:drugs|crack|heroin)|(?:dealers?|gang|people) (?:have )?(?:moved into|"
    r"taken over|took over) (?:his|her|their|my) (?:flat|house|home)",
    _fixed(AN),
)
_add(
    "abus neglect",
    r"(?:sexual|physical|emotional|psychological|financial|verbal|elder|institutional|"
    r"organisational|organizational|racial) abuse|(?:victim|survivor|victims|survivors) of "
    r"(?:abuse|neglect|rape|sexual (?:abuse|assault))|(?:suffer(?:ed|ing|s)?|experienc(?:ed|ing|e)|"
    r"signs of|evidence of|history of|disclosed|years of) (?:\w+ )?(?:abuse|neglect)|"
    r"(?:was|were|being|been|is|am|are) abused|abused (?:me|him|her|them|as a child)|"
    r"(?:it'?s|it is|it was|this is|that is|that'?s|this was|clear|pure|wilful|willful|"
    r"criminal|serious|self|child|signs? of|case of|amounts? to|amounted to|tantamount to) "
    r"neglect\b|abuse (?:of|towards|to) (?:my|his|her|the|a|an) (?:\w+ )?(?:mum|mother|dad|father|"
    r"nan|gran|grandad|grandmother|grandfather|residents?|patients?|child|children|son|daughter|"
    r"wife|husband|partner|sister|brother)",
    _strong_child_else(AN),
    service=True,
    sentence_not=r"\babuse of (?:the|a|an|power|position|trust|privilege|resources|system|"
    r"services?|nhs|process)\b|\b(?:staff|nurses?|doctors?|receptionists?|crew|paramedics?)"
    r" (?:were|was|are|is|get|gets|being|been) (?:\w+ )?abused\b|\babuse (?:at|to|towards) "
    r"(?:the )?(?:staff|nurses?|doctors?|receptionists?|crew|paramedics?)\b",
)
_add(
    "neglect",
    r"(?:is|was|were|are|being|been|get|gets|got|getting|am) (?:\w+ ){0,2}?neglected(?! (?:garden|"
    r"house|building|area|room|place|site|look|state|appearance|part|corner))|"
    r"neglect(?:ing|s|ed)? (?:him|her|them|my \w+|the (?:kids|children|baby|residents|patients|"
    r"elderly)|residents|patients|their (?:kids|children|baby|son|daughter|mum|dad))",
    _child_else(AN),
    sentence_not=r"\b(?:feel|felt|feeling|feels) (?:\w+ )?neglected\b|\b(?:a bit|a little|"
    r"slightly|somewhat|rather|kind of|sort of|quite) neglected\b|\bneglected by (?:the )?"
    r"(?:system|service|nhs|surgery|practice|gp|hospital|booking|trust|council|reception|"
    r"department)\b|\b(?:garden|house|building|estate|car park|area|site|website|phone)\b",
)
_add(
    "bruis mark burn injur cut scratch black fracture broken",
    r"(?:bruis(?:es|ing|ed)|finger_?(?:tip )?marks|hand_?prints?|marks|burn marks?|burns|injuries|"
    r"a black eye|black eyes|cuts|scratches|fractures?|broken \w+|a burn) %G6%"
    r"(?:(?:that|which) )?(?:nobody|no one|no-one|noone|staff|they|the home|the nursery|the school|"
    r"she|he|mum|dad|the carers?|the staff) (?:can't|couldn't|could not|cannot|won't|wouldn't|"
    r"didn't|did not|never|could|can|wont) (?:explain|account for|tell (?:me|us) how)|"
    r"(?:they|staff|the home|nobody|no one|the carers?) (?:said (?:they|she|he) )?(?:didn't|"
    r"did not|"
    r"don't|do not|couldn't|could not) know how (?:it|she|he) (?:happened|got)|"
    r"(?:came|come|comes|coming|sent) (?:home|back|out) (?:from (?:\w+ )?[\w']+ )?(?:\w+ )?with "
    r"(?:bruis(?:es|ing)|marks|a burn|burns|injuries|cuts|scratches|a black eye|black eyes|"
    r"finger_?marks|a (?:\w+ )?(?:bruise|burn|mark|fracture)|a broken \w+|broken \w+|a "
    r"fractured \w+|fractures?)|"
    r"unexplained (?:bruis\w*|marks|injur\w*|burns?|fractures?|cuts)|"
    r"(?:like|as if|as though) (?:she|he|they|someone|somebody|something) (?:had )?(?:been )?"
    r"(?:grabbed|hit|held down|held|restrained|pinched|punched|slapped|squeezed|tied|kicked|"
    r"beaten|pushed)|"
    r"(?:keeps|kept|keep) (?:getting|being) (?:injured|hurt|bruised|burnt|burned|hit)|"
    r"(?:always|constantly) covered in (?:bruises|marks|sores|scratches)",
    _child_else(AN),
    neg=False,
    sentence_not=r"\b(?:cannula|blood test|injection|drip|fell|fall|falls|operation|surgery)\b",
)
_add(
    "says said claim",
    r"(?:marks|bruis\w+|injur\w+|burns?|cuts|black eyes?) %G6%(?:says|said|claims|claimed|"
    r"always says|keeps saying) (?:he|she|they) (?:fell|fell over|tripped|walked into|bumped)"
    r"(?= (?:every|each) time| again| all the time)",
    _child_else(AN),
)
_add(
    "force fed feed",
    r"force_?fe(?:d|ed|eding|eds)|forc(?:e|es|ed|ing) (?:food|drinks?|fluids?|medication|"
    r"tablets|pills|meds|a spoon|spoons?|spoonfuls?) (?:in)?to (?:(?:his|her|their|my) )?"
    r"(?:[\w']+'s )?(?:mouth|throat)",
    _by_agent({AN}, staff_also=AN),
)
_add(
    "groom",
    r"groom(?:ed|ing|er|ers)",
    _child_else(AN),
    sentence_not=r"\b(?:dogs?|hair|beard|horses?|pets?|cats?|well|nails|salon|groomers?|"
    r"brush\w*|shav\w*|personal)\b",
)
_add(
    "nude naked indecent explicit sexual rude sext",
    r"(?:nude|naked|indecent|explicit|sexual|rude|dirty) (?:pictures?|photos?|pics?|images?|"
    r"selfies|videos?|messages?|texts?)|nudes|sexting",
    _sexual(),
)
_add(
    "drug crack heroin weed cannabis county",
    r"(?:deliver|delivering|sell|selling|carry|carrying|run|running|dealing|deal|hold|holding) "
    r"(?:drugs|crack|heroin|weed|cannabis)|county lines",
    _needs_child(),
    service=True,
)

# ---- violence, sexual harm, threats and control: kind from who did what to whom ----


_violent(
    "hit beat batter punch kick slap smack thump strangl chok throttl assault attack "
    "rape molest grop stab headbutt manhandl treat mistreat struck strik tortur terroris shov "
    "abus rough bit",
    r"hit(?:s|ting)?|beat(?:s|ing|en)?(?: up)?|batter(?:s|ed|ing)?|punch(?:es|ed|ing)?|"
    r"kick(?:s|ed|ing)?|slap+(?:s|ed|ing)?|smack(?:s|ed|ing)?|thump(?:s|ed|ing)?|"
    r"strangl(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|throttl(?:e|es|ed|ing)|"
    r"(?:sexually |physically |indecently )?assault(?:s|ed|ing)?|attack(?:s|ed|ing)?|"
    r"(?:sexually |physically |emotionally |verbally |financially )?abus(?:e|es|ed|ing)|"
    r"rap(?:e|es|ed|ing)|molest(?:s|ed|ing)?|grop(?:e|es|ed|ing)|stab+(?:s|ed|ing)?|"
    r"headbutt(?:s|ed|ing)?|manhandl(?:e|es|ed|ing)|mistreat(?:s|ed|ing)?|"
    r"ill_?treat(?:s|ed|ing)?|struck|strikes?|striking|tortur(?:e|es|ed|ing)|"
    r"terroris(?:e|es|ed|ing)|shov(?:e|es|ed|ing)|roughed up|beats? up|"
    r"rough(?:ly)?_handl(?:e|es|ed|ing)|bit|bites|bitten|biting",
    after_not=r"^\s*(?:(?:(?:%OBJ% )?with (?:a |an |the |this |that |some |loads of |lots of |"
    r"all (?:the )?|his |her |their |my |so many |more )?(?!(?:\w+ )?(?:belt|stick|slipper|shoe|"
    r"hairbrush|"
    r"brush|bat|fist|hand|spoon|wooden|object|bottle|phone|remote|chair|cane|cable|wire|lead|"
    r"hammer|knife|weapon|plate|glass|mug|cup|iron|pan|book|ruler|fists?|hands?|feet|foot|"
    r"elbow|head|stick))\w+)|"
    r"(?:%OBJ% )?(?:to it|to the|at (?:cards|chess|pool|darts|games?)|out|off\b|as\b|"
    r"that\b|how\b|me as|up the|into action|for six|the (?:jackpot|wall|roof|button|bell|"
    r"traffic|queue|nail)))",
    before_not=r"\b(?:heart|panic|asthma|anxiety|epileptic|angina|gout|migraine|cardiac|"
    r"allergic|gallbladder|gall bladder|sickle|stroke|seizure|coughing|sneezing)\s+$",
)
_violent(
    "hurt harm",
    r"hurt(?:s|ing)?|harm(?:s|ed|ing)?",
    after_not=r"^\s*(?:%OBJ% )?(?:a bit|a little|slightly|a lot|less|more|when (?:she|he|they) "
    r"(?:took|take|did|put|removed|examined|tested)|feelings)",
    require="hurt",
)
_violent(
    "grab drag pinch twist squeez yank pull broke break",
    r"grab+(?:s|ed|ing|bed|bing)?|drag+(?:s|ed|ing|ged|ging)?|pinch(?:es|ed|ing)?|"
    r"twist(?:s|ed|ing)?|squeez(?:e|es|ed|ing)|yank(?:s|ed|ing)?|pull(?:s|ed|ing)?|"
    r"broke|breaks?|breaking|broken",
    tail=r"(?= (?:me|him|her|them|us|my|his|her|the|a|mum|dad|nan)\b)",
    after_not=r"^\s*(?:%OBJ% )?(?:a|an|some|the (?:\w+ )?(?:chair|wheelchair|curtain|door|bed|"
    r"blanket|trolley|file|notes)|up (?:the|a) chair|"
    r"(?:my|your|his|her) leg\b|(?:my|his|her) heart|the news)",
    require="body",
    sentence_not=r"\b(?:gently|carefully|helped|help|helping|safely|hoist\w*|rescued|saved)\b",
)
_violent(
    "push knock shov",
    r"push(?:es|ed|ing)?|knock(?:s|ed|ing)?|shov(?:e|es|ed|ing)",
    tail=r"(?= (?:me|him|her|them|us|my \w+|his \w+|mum|dad|nan|the (?:residents?|patients?|"
    r"baby|kids?|children)|a (?:resident|patient)) (?:\w+ )?(?:over|down|back|into|against|away|"
    r"around|about|off|out of the way|to the (?:floor|ground)|down the stairs|out of (?:bed|the "
    r"chair)|onto|into)\b)",
)
_violent(
    "threw throw spat spit",
    r"threw|throws?|throwing|spat|spits?|spitting",
    tail=r"(?: (?:\w+ ){0,3}at)(?= (?:me|him|her|them|us|my \w+|the (?:residents?|patients?|baby|"
    r"kids|children)|mum|dad|nan)\b)",
)
_violent(
    "burn shak shook",
    r"burn(?:s|t|ed|ing)?|shak(?:e|es|en|ing)|shook",
    tail=r"(?= (?:the |my |his |her |their |a )?(?:baby|toddler|child|kids?|children|son|daughter|"
    r"little \w+|him|her|them|infant)\b| by\b)",
    require="child",
    after_not=r"^\s*(?:%OBJ% )?(?:awake|hands?|up\b|by the hand)",
)
_violent(
    "touch kiss corner strok",
    r"touch(?:es|ed|ing)?|kiss(?:es|ed|ing)?|cornered|corners|cornering|strok(?:e|es|ed|ing)",
    require="sexual",
    after_not=r"^\s*(?:%OBJ% )?(?:on the (?:shoulder|arm|hand)|gently|goodbye|base)",
)
_violent(
    "restrain pin held hold sat sit knelt kneel",
    r"restrain(?:s|ed|ing)?|pinned|pin(?:s|ning)? (?:him|her|me) down|(?:held|hold|holds|"
    r"holding) (?:him|her|me|them) down|sat on|sitting on|sits on|knelt on|kneeling on|kneels on",
    require="unjustified",
)
_violent(
    "bull intimidat harass stalk victimis",
    r"bull(?:y|ies|ied|ying)|intimidat(?:e|es|ed|ing)|(?:sexually )?harass(?:es|ed|ing)?|"
    r"stalk(?:s|ed|ing)?|victimis(?:e|es|ed|ing)|victimiz(?:e|es|ed|ing)",
)


_add(
    "threat",
    r"threat(?:en|ened|ening|ens|ned|end|nes)(?: (?:me|him|her|us|them|my \w+|mum|dad|nan|"
    r"residents|staff))?(?: with (?:a |an )?(?:knife|gun|weapon|hammer|bat|machete|bottle|axe|"
    r"screwdriver|violence|physical violence|the police on)| to " + _THREAT_CONTENT + r"(?! "
    r"%REFL%)| to " + _JOB_THREAT + r"| that (?:he|she|they|he'd|she'd|they'd)(?:'d| would|'ll| "
    r"will)? (?:\w+ )?" + _THREAT_CONTENT + r"| to take (?:the|my|our|his|her) (?:kids|children|"
    r"baby|son|daughter|house)| to (?:have (?:me|him|her) (?:sacked|removed|sectioned|arrested|"
    r"evicted|struck off)|throw (?:me|him|her|us|them) out|kick (?:me|him|her|us|them) out|"
    r"put (?:her|him|me|them) in (?:a )?(?:home|care)|send (?:her|him|me|them) (?:to|into) "
    r"(?:a )?(?:home|care)|"
    r"leave (?:me|him|her) without)|(?= (?:me|him|her|us|them|my \w+|mum|dad|nan|residents)"
    r"(?![\w'])(?! (?:with (?:a |an |legal |court )?(?:fine|bill|charge|letter|parking|court|"
    r"legal|eviction|action|debt)|about (?:the )?(?:bill|fine|charge|parking)))))",
    _threat(),
    sentence_not=r"\bthreatened to (?:close|charge|cancel|call security|remove (?:him|her|them) "
    r"from the list|discharge)\b",
)
_SAID_THEY_WOULD = (
    r"(?:said|says|say|told (?:me|him|her|us|them|my \w+)|warned(?: me| him| her)?|threatened|"
    r"shouted|yelled|screamed)"
    r"(?: that)?(?: if (?:\w+ ){1,6}?| to (?:\w+ ){1,4}?(?:or|else|otherwise))?,? ?(?:she|he|they|"
    r"i)(?:'d| would|'ll| will|'s going to| was "
    r"going to| is going to| are going to| were going to| might| could| gonna) (?:\w+ )?"
)
_add(
    "said say told warn shout yell scream threaten",
    _SAID_THEY_WOULD
    + r"(?:hurt|hit|kill|harm|slap|punch|beat|batter|smack|stab|strangle|tie|lock|burn|break|"
    r"smash|sort (?:me|you|him|her) out|get (?:me|you|him|her)(?! a| an| some| the| to| in| on|"
    r"\s*[,.;!]|\s*$)|section|evict|withhold|put (?:me|him|her|you|them) in (?:a )?(?:home|care)|"
    r"get rid of (?:me|you|him|her)|make (?:my|your|his|her) life|be (?:put|sent|moved|placed) "
    r"(?:in|into) (?:a )?(?:home|care|care home)|be (?:sacked|sectioned|evicted|struck off|"
    r"thrown out|kicked out|removed|punished|locked (?:in|up)|tied|restrained|out on (?:my|her|"
    r"his|your) ear|sorry|disciplined|reported)|have (?:me|you|him|her) "
    r"(?:struck off|removed|sacked|sectioned|arrested)|give (?:me|him|her) an? (?:injection|"
    r"jab) to|take (?:the|my|our) (?:kids|children|baby)|strike (?:me|you|him|her|us) off|"
    r"knock (?:my|your|his|her) teeth (?:out|in)|"
    r"put (?:me|you|him|her) in seclusion|"
    r"leave (?:me|you|him|her|them) (?:on the floor|in (?:my|your|his|her|their) own)|"
    r"never see (?:my|your|his|her|the) (?:kids|children|baby|"
    r"son|daughter|grandchildren))(?= (?:me|him|her|them|you|us|my|his|"
    r"their|the|everyone|mum|dad|nan|life|\w+)|\s*[,.;!]|\s*$)",
    _by_agent({DV}, victim=True),
    neg=False,
)
# Things staff also say kindly ("he'd knock me out for the procedure", "she'd leave me lying
# down for an hour", "she'd make sure I didn't have to wait"): a threat only when said
# angrily or made to depend on something ("... if I rang the bell again", "or else"), and
# never in clinical or procedural context.
_THREAT_CONDITION = re.compile(
    r"\b(?:or else|otherwise|unless|if (?:\w+ ){0,4}?(?:complain\w*|report\w*|tell|told|"
    r"say anything|said anything|rang|ring|rings|press\w*|buzz\w*|bell|call\w* (?:for|out)|"
    r"(?:make|made|making) a fuss|kick\w* off|moan\w*|kept|keep|keeps|carr(?:y|ied) on|"
    r"didn't|don't|doesn't|wouldn't|won't|dare\w*|again))\b"
)
_ANGRY_SPEECH = re.compile(r"\b(?:threatened|shouted|yelled|screamed|snapped|hissed)\b")


def _conditional_threat(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """Flag only when made to depend on the victim's behaviour, or said angrily off the ward
    routine (no procedure in the sentence)."""
    sentence = doc.sentence_text(m.start())
    if not _THREAT_CONDITION.search(sentence) and (
        not _ANGRY_SPEECH.search(m.group()) or _PROCEDURE.search(sentence)
    ):
        return None
    return _by_agent({DV}, victim=True)(doc, m)


_add(
    "said say told warn shout yell scream threaten",
    _SAID_THEY_WOULD + r"(?:knock (?:me|you|him|her) (?:out|down|over)|"
    r"leave (?:me|you|him|her|them) (?:lying|without)|make sure (?:i|you|he|she|we|they|mum|dad) "
    r"(?:didn't|don't|won't|wouldn't|never|did not|do not) (?:get|have|see))"
    r"(?= (?:me|him|her|them|you|us|my|his|their|the|everyone|mum|dad|nan|life|\w+)|\s*[,.;!]|"
    r"\s*$)",
    _conditional_threat,
    neg=False,
)
_add(
    "hell misery regret",
    r"(?:make|making|made|makes) (?:my|your|his|her|their) (?:life|lives|job|time) (?:a )?"
    r"(?:living )?(?:hell|misery|miserable|difficult|unbearable)|(?:would|will|you'll|you'd|"
    r"he'll|she'll|they'll|'d|'ll|going to)"
    r" regret (?:it|this|that|complaining|reporting|speaking|writing|making|saying|telling|"
    r"crossing|(?:this|that|the|your) complaint)",
    _by_agent({ST}),
    neg=False,
)
_add(
    "job work",
    r"(?:or|else|otherwise|i'd|i would|would|could|you'd|we'd|they'd|i'll|i will) (?:\w+ )?"
    r"(?:lose|be losing) (?:my|their|our|your|his|her) (?:job|jobs|registration)|(?:be|i'd be|"
    r"you'd be|would be|i'll be) out of (?:a )?job|never work (?:in (?:the )?(?:nhs|care|"
    r"healthcare|nursing|this (?:area|trust|town|county))|here again|again)",
    _fixed(ST),
    neg=False,
    sentence_not=r"^(?!.*\b(?:told|said|say|says|warned|threat\w*|if|or else|unless)\b)",
)
_add(
    "sure",
    r"(?:make sure|see to it|ensure) (?:that )?(?:i|you|he|she|they) (?:\w+ ){0,3}?(?:sacked|"
    r"fired|dismissed|struck off|disciplined|out of (?:a |the )?(?:job|door|place)|never work|"
    r"never g[eo]t (?:another|any more|any|more) (?:shifts?|work|hours|jobs?)|no (?:more )?shifts|"
    r"los[et] (?:my|their|his|her|your) (?:jobs?|registration|pin))",
    _by_agent({ST}),
    neg=False,
)
_add(
    "if when should once",
    r"(?:if|when|should|once) (?:i|we|you|anyone|staff|she|he|they|my \w+) (?:ever |dared? |"
    r"tried to )?(?:to )?(?:complain(?:ed|s)?|report(?:ed|s)?(?: (?:it|this|them|him|her))?|"
    r"raised? (?:it|this|a concern|concerns|a grievance|anything)|rais(?:ed|ing) (?:it|a concern|"
    r"concerns|a grievance)|spoke up|speak up|went to|go to|told (?:anyone|anybody|someone|"
    r"the \w+)|tell (?:anyone|anybody|someone|the \w+)|whistle_?blow\w*|made a complaint|make a "
    r"complaint|said anything|say anything|took it further|take it further|told my \w+|tell my "
    r"\w+)",
    _retaliation,
    neg=False,
)


_add(
    "quiet shut schtum shtum secret report whistle hush swept brushed cover told",
    r"(?:keep|kept|keeping) (?:quiet|(?:my|our|your|their) mouths? shut|it quiet|it to (?:my|"
    r"your)self|schtum|shtum) about|told (?:me |us |them |staff |him |her )?(?:not to (?:report|"
    r"tell|say|mention|speak|complain|whistle)|to keep (?:quiet about|it quiet|(?:it|this) to "
    r"(?:my|your)self|my mouth shut|schtum|shtum))|(?:hushed|swept|brushed) (?:it |this |"
    r"that )?(?:up|under the (?:carpet|rug))|"
    r"cover(?:ed|ing)? (?:it|this|that|everything|things|the (?:incident|assault|abuse|"
    r"injury|injuries|bruis\w+)) up|cover_?ups?",
    _cover_up,
    neg=False,
    sentence_not=r"\b(?:blanket|sheet|gown|towel|dressing|plaster|bandage|warm|cold)\b",
)
_add(
    "whistleblow whistle blow",
    r"if (?:i|we|you|anyone|staff) (?:\w+ )?whistle_?blow\w*",
    _fixed(ST),
)
_add(
    "undress strip",
    r"made (?:me|her|him) (?:get )?(?:undress|strip|naked)\w*(?: (?:\w+ ){0,6}?(?:no need|no "
    r"reason|unnecessar\w*|not necessary|without (?:a )?(?:chaperone|reason)))",
    _by_agent({ST}),
    neg=False,
)
_add(
    "comment remark",
    r"comment(?:ed|s|ing)? (?:on|about) (?:my|her|his) (?:body|breasts?|boobs|bum|bottom|figure|"
    r"looks|legs|chest|appearance)|(?:sexual|lewd|suggestive|crude|dirty|sexist|sexualised) "
    r"(?:comments?|remarks?|jokes?|advances|gestures)",
    _sexual(),
)
_add(
    "question ask sex",
    r"(?:personal|intimate|sexual|inappropriate|invasive) questions? about (?:my|her|his) (?:sex "
    r"life|sex|body|relationships?|boyfriend|girlfriend|underwear|virginity)|(?:asking|asked|"
    r"asks|ask) (?:me|her|him) (?:\w+ ){0,4}?about (?:my|her|his) (?:sex life|sex|underwear|"
    r"virginity|body)",
    _sexual(),
    sentence_not=r"^(?!.*\b(?:nothing to do with|not relevant|irrelevant|no reason|no need|"
    r"uncomfortable|inappropriate|unnecessar\w*|kept|keeps|creepy|why)\b)",
)
_add(
    "inappropri sexual",
    r"inappropriate(?:ly)? (?:touch\w*|messages?|texts?|photos?|pictures?|contact|sexual\w*|"
    r"relationship)|touch(?:ed|es|ing)? (?:me|him|her|them|my \w+|\w+)? ?(?:inappropriately|"
    r"sexually|in (?:a|an) (?:sexual|inappropriate) way)",
    _sexual(),
)
_add(
    "hand",
    r"(?:put|puts|putting|placed|had|kept|keeps|ran|runs) (?:his|her|their) hands? (?:on|up|down|"
    r"between|under|inside|over) (?:my|her|his) (?:legs?|thighs?|knee|bottom|bum|backside|"
    r"breasts?|boobs|chest|crotch|groin|skirt|top|shirt|dress|underwear|trousers|waist|lap)",
    _sexual(),
    sentence_not=r"^(?!.*\b(?:inappropriat\w*|uncomfortable|sexual\w*|without (?:asking|consent)|"
    r"no reason|creepy|pervert\w*|tried|unwanted|bottom|bum|backside|breasts?|boobs|crotch|groin|"
    r"skirt|underwear|up my|inside)\b)",
)
_add(
    "private genital breast crotch groin bottom bum vagina penis",
    r"touch(?:ed|es|ing)? (?:%G2%)?(?:my|her|his|their) (?:private parts|privates|private area|"
    r"genitals|breasts?|boobs|bottom|bum|crotch|groin|vagina|penis|willy|front bottom)",
    _sexual(),
    sentence_not=r"\b(?:examin\w*|scan|ecg|procedure|check\w*|smear|catheter|operation|chaperone)\b",
)
_add(
    "sexual rape rapist molest indecent groped groping paedo pedo nonce",
    r"sexual(?:ly)? (?:assault(?:ed|s|ing)?|abus(?:e|ed|es|ing)|harass(?:ed|es|ing|ment)|"
    r"exploit(?:ed|ation|ing)|touch(?:ed|ing))|rap(?:e|ed)(?! crisis)|raping|rapist|"
    r"molest(?:ed|ation|ing|er)?|indecent(?:ly)? (?:assault(?:ed)?|exposure|expos(?:ed|ing))|"
    r"groped|groping|paedophile|pedophile|nonce|child sex(?:ual)? (?:abuse|exploitation)",
    _sexual(),
    service=True,
)
_add(
    "secret",
    r"(?:asked|told|made|makes|tells|asks|getting|got|ask) (?:him|her|me|them|my \w+) (?:to )?"
    r"keep (?:\w+ ){0,3}?(?:a |our |their )?(?:little )?secrets?",
    _needs_child(),
)
_add(
    "bed room",
    r"made (?:her|him|me) (?:sleep|get|lie|stay) in (?:his|her|their) bed|"
    r"(?:come|comes|coming|came|creep|creeps|creeping|crept|sneak\w*) (?:in)?to (?:my|her|his|"
    r"their|the) (?:room|bedroom|bed|cubicle|bay) (?:at night|in the night|when|and (?:touch\w*|"
    r"watch\w*|stare\w*|lie|lay|get|got|gets|climb\w*))",
    _sexual(),
    sentence_not=r"^(?!.*(?:\b(?:touch\w*|bed|naked|sexual\w*|uncomfortable|scared|frighten\w*|"
    r"lie|lay|stare\w*|watch\w*|creep\w*|kiss\w*)\b|(?:\b(?:[1-9]|1[0-7])\b)))",
)
_add(
    "sex",
    r"(?:forc|mak|made|make|pressur|coerc)(?:e|es|ed|ing|s)? (?:me|her|him|them|my \w+) (?:to |"
    r"into )?(?:have sex|sex|do sexual|perform|sleep with|watch porn|send (?:nudes|pictures|"
    r"photos))|(?:made|forced) to have sex|forced sex|sex in exchange|(?:ask(?:ed|s|ing)?|"
    r"want(?:s|ed)?) (?:me|her|him) for sex|for sex in|have sex with (?:me|her|him) when (?:i|she"
    r"|he) (?:said|say|says) no",
    _sexual(),
    inner_neg=False,
)
_add(
    "bed",
    r"(?:get|gets|got|getting|climb\w*|crawl\w*) (?:in|into) (?:bed|the bed|my bed|her bed|his "
    r"bed) with (?:me|her|him)|(?:get|gets|got|getting|climb\w*|crawl\w*) (?:in|into) (?:my|her|"
    r"his) bed",
    _sexual(),
    sentence_not=r"^(?!.*\b(?:tried|trying|try|kept|keeps|without|uninvited|at night|night|"
    r"uncomfortable|scared|frighten\w*|naked|touch\w*|made me|forced)\b)",
)
_add(
    "kiss",
    r"tried to kiss (?:me|her|him)|(?:forced|forcing) (?:me|her|him) to kiss",
    _sexual(),
)
_add(
    "ask",
    r"ask(?:ed|s|ing)? (?:me|her|him|them|a|the|my|patients?) (?:\w+ ){0,2}?out(?: for (?:a )?"
    r"(?:drinks?|dates?|dinner|meals?|coffee)| on a date)|asking (?:me|her|him) for (?:a )?"
    r"(?:date|drinks)",
    _by_agent(None),
    sentence_not=r"\b(?:out of|outside|outpatient)\b",
)
_add(
    "facebook instagram snapchat social whatsapp tiktok twitter friend request",
    r"(?:messag\w*|text\w*|contact\w*|add(?:ed|ing|s)?|follow(?:ed|ing|s)?|dm\w*|friend "
    r"request\w*|request\w*|look\w* (?:me|her|him) up) (?:me|her|him|them)? ?(?:on|via|through) "
    r"(?:facebook|instagram|snapchat|social media|whatsapp|tiktok|twitter|my personal (?:phone|"
    r"number|email))|(?:sent|send|sends) me (?:a )?friend requests?",
    _by_agent(None, only=("S", "SC", "CS")),
)
_add(
    "follow",
    r"(?:kept|keeps|keep|was|been) following (?:me|her|him)(?: (?:around|home|about|to))?",
    _by_agent({DV}),
)

# ---- control, stalking, fear: mostly domestic ------------------------------

_UNFIT_TO_DRIVE = re.compile(
    r"\b(?:eyes?|sight|vision|cataracts?|glaucoma|blind\w*|seizures?|fits?|faint\w*|"
    r"black\s?outs?|blacked out|dizz\w*|heart|diabet\w*|hypos?|drowsy|sleepy|drinking|"
    r"drunk|(?:told|advised) not to drive|(?:shouldn't|should not|not supposed to) (?:be )?"
    r"driv\w*|(?:can't|cannot|can not|not allowed to) drive (?:for|until|till|after|since)|"
    r"no driving)\b"
)


def _kept_from_driving_for_health(doc: _Doc, m: re.Match[str]) -> bool:
    """'won't let me have the car keys since my cataract op': care, not control."""
    said = m.group() + doc.after(m.end())[:30]
    if not re.search(r"\b(?:car|cars|keys|drive|driving|van)\b", said):
        return False
    sentence = doc.sentence_text(m.start())
    return bool(_PROCEDURE.search(sentence) or _UNFIT_TO_DRIVE.search(sentence))


def _not_allowed(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """Going out, money, phone or keys kept from the writer by someone close; the car not
    when health is the reason."""
    if _kept_from_driving_for_health(doc, m):
        return None
    return _by_agent({DV}, allow_staff=False, close_only=True)(doc, m)


_add(
    "let allow",
    r"(?:won't|wont|will not|doesn't|does not|didn't|did not|never|wouldn't|would not|isn't|is "
    r"not|wasn't|not) (?:let|lets|letting|allow|allows|allowing|allowed) (?:me|her|him) (?:to )?"
    r"(?:leave|go out|go|out|see|have|use|speak|talk|visit|contact|call|phone|ring|work|get a job|"
    r"eat|sleep|wear|keep|drive|spend)(?! (?:a|the|my|his|her) (?:doctor|gp|nurse|consultant|"
    r"specialist|dentist|baby|patient|surgeon|physio|results?|notes|records|x_?ray|scan))",
    _not_allowed,
    neg=False,
    sentence_not=r"\b(?:covid|visit\w*|restrictions?|rules|ward|hospital|lockdown|pandemic|"
    r"isolat\w*|infection|discharge\w*|doctors?|nurses?|gp|surgery|reception\w*|staff|"
    r"consultant|appointment|seizures?|stroke|epilep\w*|eyesight|dvla|licen[cs]e)\b",
)
_add(
    "phone message text email bank spending location track monitor control",
    r"(?:check|checks|checked|checking|go(?:es)? through|went through|going through|"
    r"read(?:s|ing)?|monitor(?:s|ed|ing)?|track(?:s|ed|ing)?|control(?:s|led|ling)?|"
    r"look(?:s|ed|ing)? through) (?:all )?(?:my|her|his) (?:phone|messages|texts|emails|bank|"
    r"spending|location|movements|every move|calls|social media|facebook)(?! (?:number|details))|"
    r"track(?:s|ed|ing)? (?:me|her|him|where i am|where i go|my (?:location|phone|car))|"
    r"monitors? everything (?:i|she|he) do(?:es)?|(?:controls?|controlling|controlled) "
    r"(?:all )?(?:the|my|our|her) (?:money|finances|bills|bank|phone)",
    _by_agent({DV}, allow_staff=False, close_only=True),
)
_add(
    "phone mobile key passport document card wage money benefit penny pocket allowance £ pounds "
    "cash bus",
    r"(?:takes|took|taken|taking|keeps|kept|hides|hid|hiding|smashed|smashes|broke|breaks) "
    r"(?:away )?(?:my|her) (?:phone|mobile|car keys|keys|passport|documents|bank cards?|wages|"
    r"money|benefits)(?! (?:number|details|to|for))|"
    r"gives? (?:me|her) (?:pocket money|an allowance|£\d+ a (?:week|month)|\w+ pounds a "
    r"(?:week|month))|(?:have to|had to|has to|make me|makes me|made me) ask (?:him|her|them)? ?"
    r"for (?:money|bus fare|cash|every penny)|account for every (?:penny|pound|minute)",
    _by_agent({DV}, allow_staff=False, close_only=True),
    sentence_not=r"\b(?:ward|hospital|unit|staff|nurses?|security|police)\b",
)
_add(
    "control decide decid dictat tells told choos chose rul",
    r"(?:control(?:s|led|ling)?|decides?|decided|deciding|dictates?|dictated|tells? me|told me|"
    r"choos(?:es|ing)|chose) (?:who|what|where|when|how much|how) (?:i|she|he) (?:can |am allowed "
    r"to |could |may )?(?:see|sees|saw|wear|wears|wore|go|goes|went|eat|eats|ate|spend|spends|"
    r"spent|talk to|speak to|text|message|do|does|did)\b|(?:control(?:s|led|ling)?|rul(?:es|ed|"
    r"ing)) (?:everything|every (?:thing|move|aspect|penny|part)|all (?:of )?(?:my life|the money|"
    r"my money)|my (?:whole )?(?:life|every move))",
    _by_agent({DV}, allow_staff=False, close_only=True),
)
_add(
    "isolat cut",
    r"isolat(?:es|ed|ing) (?:me|her|him) from|(?:cut|cuts|cutting) (?:me|her|him) off from "
    r"(?:my |her |his )?(?:friends|family)",
    _by_agent({DV}, allow_staff=False, close_only=True),
)
_add(
    "egg",
    r"walk(?:ing|s|ed)? on egg_?shells",
    _by_agent({DV}, allow_staff=True),
)
_add(
    "want love worthless useless",
    r"no (?:one|body)(?: else)? (?:would|will|could|'d) (?:ever )?(?:want|love|have|put up with) "
    r"(?:me|her|him)|nobody else (?:would|will|could) (?:ever )?(?:want|love|have) (?:me|her)|"
    r"calls? (?:me|her) (?:worthless|useless|pathetic|disgusting)|puts? me down",
    _by_agent({DV}, allow_staff=False, close_only=True),
    neg=False,
)
_add(
    "call name swear swore mock taunt shut",
    r"call(?:s|ed|ing)? (?:me|her|him|them|my \w+|mum|dad|nan|residents|patients|the "
    r"(?:residents?|patients?)) (?:names|a pig|pig|an? (?:\w+ )?(?:idiot|moron|pig|cow|bitch|"
    r"slag|whore|slut|retard|bastard|twat|waste of space|nuisance|liar|old (?:man|woman|bag|"
    r"git|fool))|stupid|useless|worthless|pathetic|disgusting|fat|ugly|lazy)|"
    r"told (?:me|her|him|them|my \w+|mum|dad|nan|residents|patients) to (?:shut up|shut (?:her|"
    r"his|their|my) (?:mouth|face|gob)|shut it)|"
    r"(?:swear(?:s|ing|ed)?|swore|sworn) at (?:me|her|him|them|my \w+|residents|patients|mum|dad|"
    r"nan|the (?:residents?|patients?))|(?:mock|taunt)(?:s|ed|ing)? (?:a |the |my )?(?:\w+ )?"
    r"(?:patients?|residents?|me|her|him|them|\w+)",
    _by_agent(None),
)
_add(
    "stalk stalker harass turning turn showing knows find",
    r"(?:my |a |the )stalker|(?:keeps?|kept|keeping) (?:turning|showing) up (?:at|outside|on|to) "
    r"(?:my|our|her|his|the) (?:house|home|door|flat|work|doorstep|window)|turn(?:s|ed|ing)? up "
    r"(?:at|outside) (?:my|our) (?:house|home|door|flat|work)|knows where (?:i|we|she) "
    r"(?:live|am|lives|is)|(?:he|she|they|he'll|she'll|they'll) (?:will |would |might |could |"
    r"is going to |'s going to )?(?:find|track down) (?:me|us)(?! (?:a|an|some|the|another|"
    r"somewhere|help|\w+ing))",
    _by_agent({DV}),
)
_add(
    "near meant supposed allowed",
    r"(?:not|isn't|is not|aren't|wasn't|not even) (?:meant|supposed|allowed|permitted) to (?:come|"
    r"be|go|get|contact|see) (?:near|within|anywhere near|me|us|her|the kids|the children)",
    _by_agent({DV}, allow_staff=False, close_only=True),
    neg=False,
)
_add(
    "turn show",
    r"ex(?: (?:husband|wife|partner|boyfriend|girlfriend))?(?:'s)? (?:\w+ ){0,3}?(?:turn(?:s|ed|"
    r"ing)?|show(?:s|ed|ing)?) up (?:\w+ ){0,2}?(?:at|outside|on) (?:my|our|the|her) (?:house|"
    r"home|door|doorstep|flat|work|ward|hospital|school|appointment|maternity|workplace|window)",
    _fixed(DV),
    sentence_not=r"^(?!.*\b(?:even though|uninvited|again|keeps|kept|not (?:supposed|allowed|"
    r"meant)|unannounced|drunk|shouting|kick\w* off|scared|frightened|terrified|threat\w*|"
    r"harass\w*|police|order|injunction|banned|won't leave|wouldn't leave)\b)",
)
_add(
    "hospital a&e intensive wheelchair",
    r"(?:put|puts|landed|sent|left) (?:me|her|him) in (?:hospital|a&e|intensive care|a wheelchair|"
    r"a coma|a neck brace)",
    _by_agent(None, allow_staff=False),
)
_add(
    "worthless useless stupid ugly nothing rubbish dirt small lucky",
    r"(?:makes?|made|making) me feel (?:so |really |completely )?(?:worthless|useless|like "
    r"(?:nothing|rubbish|dirt|a piece of \w+|i'?m nothing)|ugly|fat|small|pathetic)|(?:says|"
    r"said|tells me|told me) (?:i'?m|i am|i was) lucky (?:he|she) (?:stays|stayed|puts up with "
    r"me|is with me|married me|hasn't left)",
    _by_agent({DV}, allow_staff=False, close_only=True),
    neg=False,
)
_add(
    "allowed",
    r"(?:not|never|isn't|aren't|am not|'m not) allowed to (?:have (?:my|her|his) own (?:money|"
    r"phone|bank|card|account|keys|friends)|see (?:my|her|his) (?:friends|family|mum|mother|"
    r"sister|parents)|(?:go to|get a) (?:work|job|college|the shops)|work|drive|wear|talk to "
    r"(?:anyone|my|other)|speak to (?:anyone|my|other)|contact (?:anyone|my|family)|go anywhere|"
    r"go out (?:without|alone|on my own))",
    _by_agent({DV}, allow_staff=False, close_only=True),
    neg=False,
    sentence_not=r"\b(?:covid|visit\w*|restrictions?|rules|ward|hospital|lockdown|pandemic|"
    r"isolat\w*|infection|doctors?|nurses?|dvla|licen[cs]e|seizures?|epilep\w*|operation|"
    r"surgery|weeks|healed|recover\w*)\b",
)
_add(
    "bruis mark black injur cut scratch",
    r"(?:bruis\w+|marks|a black eye|black eyes|injuries|cuts|scratches|a split lip|a broken \w+) "
    r"(?:\w+ ){0,4}?(?:from|because of|caused by|courtesy of|off|given (?:to )?me by) "
    r"(?:my|her|his|their|our) (?:\w+ )?(?P<who>" + _ROLE + r")(?![\w'])",
    _injury_from,
)


_add(
    "domestic",
    r"domestic (?:violence|abuse|abuser|abusive|assault|incidents?|dispute|situation|"
    r"(?:\w+ )?relationship)",
    _fixed(DV),
    service=True,
    before_not=r"\b(?:about|on|regarding|around)\s+$",
)
_add(
    "abusive violent controlling coercive",
    r"(?:abusive|violent|controlling|coercive|coercively controlling) (?:%PARTNER%|relationship|"
    r"marriage|home life|boyfriend|girlfriend)|coercive(?:ly)? control\w*|"
    r"controlling (?:behaviou?r|relationship)",
    _fixed(DV),
    service=True,
)
_add(
    "abusive violent",
    r"(?:abusive|violent|cruel) (?:father|dad|stepdad|step_?father|mother|mum|parents?|home|"
    r"household|family|upbringing|childhood)",
    _fixed(CH),
)
_add(
    "refuge",
    r"(?:women's|domestic (?:abuse|violence)|dv) refuges?|(?:flee|fled|fleeing|escaped?|escapes|"
    r"escaping|moved|move|moving|went|go|going|placed|housed|living|live|lived|stay\w*|ended up|"
    r"referred) (?:\w+ ){0,3}?(?:in|into|to|at) (?:a|the) refuge",
    _fixed(DV),
    neg=False,
)
_add(
    "order injunction",
    r"non_?molestation orders?|restraining orders?|occupation orders?|injunction against "
    r"(?:him|her|my)",
    _fixed(DV),
)
_add(
    "home",
    r"(?:scared|afraid|frightened|terrified|petrified|too scared|too afraid|dread|dreading|"
    r"fear|fearful) (?:of |about )?(?:to )?(?:go|going|return|returning|be|being|get|getting) "
    r"(?:back )?(?:home|back to (?:him|her|my %PARTNER%|the house))(?= tonight| because of "
    r"(?:him|her|my %PARTNER%|what|(?:her|his|their|my) (?:dad|mum|father|mother|stepdad|"
    r"stepmum|step dad|step mum|parents?|%PARTNER%))| to (?:him|her|my %PARTNER%)| with "
    r"(?:him|her)|\s*[,.;!]\s*$|\s*$)",
    _child_else(DV),
    sentence_not=r"\b(?:alone|on my own|by myself|after|operation|surgery|pain|condition|"
    r"illness|fall|discharge\w*|so soon|without support)\b",
)
_add(
    "safe unsafe danger risk",
    r"(?:don't|do not|doesn't|does not|didn't|did not|never|not|no longer|isn't|aren't|am not|"
    r"wasn't|weren't) (?:feel |felt |feeling |being |be )?(?:safe|unsafe) (?:at home|in (?:my|our|"
    r"the) (?:own )?(?:home|house|flat)|with (?:him|her|my %PARTNER%|their (?:dad|father|mum|"
    r"mother)|his (?:dad|father|mum|mother)|her (?:dad|father|mum|mother))|around (?:him|her))"
    r"|(?:unsafe|in danger|at risk) (?:at home|in (?:my|our) (?:own )?(?:home|house|flat)|with "
    r"(?:him|her|my %PARTNER%)|from (?:him|her|my %PARTNER%))",
    _child_else(DV),
    neg=False,
)
_add(
    "safe risk danger",
    r"%KIDS% (?:are|is|were|was|aren't|isn't|weren't|wasn't|are not|is not|not)(?: not)? "
    r"(?:safe|at risk|in danger)(?= (?:with|around|at home|from|living|there|when|while)|"
    r"\s*[,.;!]|\s*$)|(?:kids|children|son|daughter|baby) (?:are|is|were|was) (?:being )?"
    r"(?:put )?(?:at risk|in danger) (?:from|with|around|by)",
    _fixed(CH),
    neg=False,
    sentence_not=r"\b(?:are|is|were|was) safe\b",
)
_add(
    "scared afraid frighten terrified petrified fear",
    r"(?:scared|afraid|frightened|terrified|petrified|fearful|in fear|frighten(?:ed)?|scare(?:d)?)"
    r"(?: to death)? of (?:what )?(?:(?P<det>one of the|some of the|one of my|a certain|a "
    r"particular|that|this|the|my|his|her|their|our|a|an|one)\s+)?(?:[\w']+\s+){0,2}?"
    r"(?P<who>" + _ROLE + r"|him|her|them|he|she|they)(?![\w'])",
    _fear(),
)


def _feared_partner(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    if " to leave " in m.group() and not _leaving_a_partner(doc, m):
        return None
    return _by_agent({DV})(doc, m)


_add(
    "afraid scared frighten terrified away dangerous violent leave",
    r"(?:scared|afraid|frightened|terrified) (?:of )?what (?:he|she)(?:'ll| will|'d| would| might|"
    r"| could| is going to|'s going to| may)? do|need to get away from (?:him|her|my %PARTNER%)|"
    r"(?:he's|she's|he is|she is) (?:very |really |so |getting |quite )?(?:dangerous|violent)|"
    r"(?:too )?(?:scared|afraid|frightened|terrified) to leave (?:him|her|my %PARTNER%)",
    _feared_partner,
)
_add(
    "violent abusive aggressive controlling coercive cruel rough threatening possessive "
    "nasty vicious physical",
    r"(?:is|was|are|were|be|been|being|gets|got|getting|becomes|became|can be|'s|'re) "
    r"(?:(?:\w+ly|very|so|really|quite|always|often|getting|increasingly|more|a bit|too|"
    r"extremely|also)\s+)*(?P<adj>violent|abusive|aggressive|controlling|coercive|cruel|"
    r"rough|threatening|possessive|nasty|vicious|physical)"
    r"(?P<to> (?:to|towards|toward|with|at|handling|handled|handles|handle) (?:me|him|her|them|"
    r"us|(?:my|our|his|her|their) \w+|mum|dad|nan|residents|patients|the \w+|a \w+)"
    r"(?![\w']))?",
    _adjective,
    after_not=r"^\s*(?:about|and ready|around the edges|at times but|with the (?:trolley|"
    r"chair|door)|sleep|night|weather|day|time|ride|journey|patch)",
)


_add(
    "handy fist hand finger",
    r"(?:handy|free|quick|heavy) with (?:his|her|their) (?:fists|hands)|raise[sd]? (?:his|her|"
    r"their|a) hands? to (?:me|her|him|them|my \w+|the kids|the children)|(?:lay|laid|lays|laying)"
    r" (?:a )?(?:hand|finger|hands) on (?:me|her|him|them|my \w+|the kids|the children)",
    _by_agent({DV}),
)
_add(
    "pillow cushion towel blanket hand",
    r"(?:put|puts|putting|held|hold|holds|holding|pressed|presses|pushed|placed) (?:a |the |his "
    r"|her |their )?(?:pillow|cushion|towel|blanket|hand|hands) (?:over|on|against) (?:my|his|her|"
    r"their) (?:[\w']+'s )?(?:face|mouth|nose|head)",
    _by_agent({AN}, staff_also=AN),
)
_add(
    "hand",
    r"(?:put|puts|putting|had|has|have|wrapped|wraps|got|gets|squeezed|held) (?:his|her|their|"
    r"both|my) hands? (?:round|around|on|over) (?:my|her|his) (?:neck|throat|mouth)",
    _by_agent({DV}),
)
_add(
    "behaviour behavior treatment",
    r"(?:behaviou?r|treatment of me|treatment) (?:towards me |to me |towards her |to her )?"
    r"(?:was|is|were|counts as|amounts to|amounted to|has been) (?:\w+ )?(?:abuse|abusive|"
    r"controlling|coercive control|violent|domestic abuse)",
    _by_agent(None, allow_staff=False),
)
_add(
    "online snapchat instagram tiktok facebook whatsapp internet social meet",
    r"(?:talking|chatting|speaking|messaging|texting|talks|chats) (?:to|with) (?:a|an|some|this|"
    r"that|older|grown) (?:\w+ )?(?:man|men|adults?|bloke|guy|stranger|strangers)(?: \w+){0,3}? "
    r"(?:online|on (?:snapchat|instagram|tiktok|facebook|whatsapp|the internet|social media|"
    r"games?))|(?:older|grown|adult) (?:man|men|bloke|guy|stranger) (?:\w+ ){0,4}?(?:online|"
    r"wants to meet|meet up|messag\w*|texting|sending)",
    _needs_child(),
)
_add(
    "threatening abusive nasty horrible intimidating vile sexual explicit",
    r"(?:send(?:s|ing)?|sent|leav(?:es|ing)|left|get(?:ting)?|got|receiv\w+|mak(?:es|ing)|made) "
    r"(?:me |her )?(?:\w+ )?(?:threatening|abusive|nasty|horrible|intimidating|vile|sexual|"
    r"explicit) (?:messages|texts|calls|voicemails|emails|notes|phone calls)",
    _by_agent(None),
)
_add(
    "boyfriend girlfriend partner fella man bloke guy lad dating seeing sleeping relationship "
    "sex going",
    r"(?:boyfriend|girlfriend|partner|fella|man|bloke|guy|lad) (?:\w+ ){0,3}?(?:is|who is|who's|"
    r"'s|aged|age|of) (?:1[89]|[2-9]\d)\b"
    + _NOT_A_DURATION
    + r"|(?:1[89]|[2-9]\d) (?:year|yr)s? old (?:boyfriend|girlfriend|man|bloke|guy|adult)|"
    r"(?:dating|seeing|sleeping with|going out with|(?:in a )?relationship with|sex with|"
    r"having sex with) (?:a |an |this )?(?:much )?(?:older|grown|"
    r"adult|\d{2} (?:year|yr)s? old)(?: (?:man|men|woman|guy|bloke|adult))?",
    _older_partner,
)
_add(
    "bruis burn black welt mark",
    r"(?:has|had|have|got|gets|with|covered in|always|keep getting|keeps getting|came in with|"
    r"comes in with|turns up with|is covered in|are covered in) (?:\w+ ){0,2}?(?:bruises|"
    r"bruising|burn marks|cigarette burns|"
    r"black eyes?|welts|marks|belt marks|slap marks)(?= all over|\s*[,.;!]|\s*$| on (?:her|his|"
    r"their) "
    r"(?:arms?|face|legs?|back|neck|body|bottom|wrists?|head|cheeks?|ears?|chest|tummy)| again)",
    _needs_child(),
    sentence_not=r"\b(?:cannula|blood|injection|jab|vaccin\w*|drip|heel prick|fell|fall|falls|"
    r"falling|operation|surgery|football|rugby|sport|playing|birth|eczema|rash|condition|"
    r"birthmarks?|bumped|accident\w*)\b",
)
_add(
    "ask",
    r"ask(?:ing|ed|s)? (?:him|her|them|my \w+|the (?:kids|children)) to (?:come|go|get|sleep) "
    r"(?:in|into|round|back|over)? ?(?:to )?(?:his|her|their) (?:house|flat|car|van|place|home|"
    r"room|bed)",
    _needs_child(),
)
_add(
    "giving gives gave buying buys bought offering offers offered",
    r"(?:giving|gives|gave|buying|buys|bought|offering|offers|offered) (?:my |the |her |his |our )?"
    r"(?:\w+ )?(?:son|daughter|kids?|children|child|boy|girl|him|her|them|grandson|"
    r"granddaughter) (?:sweets|presents|gifts|money|cigarettes|vapes?|alcohol|drink|drugs|lifts|"
    r"a phone|phones|cash)",
    _needs_child(),
    sentence_not=r"^(?!.*\b(?:a|an|some|this|older|grown|strange|random) (?:\w+ )?(?:man|men|"
    r"bloke|guy|adult|stranger|lads)\b)",
)
_add(
    "nappy vest pants coat shoes cold",
    r"(?:always|often|left|kept|playing|out|outside) (?:\w+ ){0,2}?(?:outside|out|in the "
    r"(?:cold|rain|snow|street)) in (?:just|only) (?:a |his |her |their )?(?:nappy|nappies|vest|"
    r"pants|t_?shirt)|(?:outside|out) (?:\w+ ){0,2}?(?:with no|without (?:a|any)) (?:coat|shoes)"
    r" in (?:the )?(?:cold|rain|snow|winter)",
    _needs_child(),
)
_add(
    "breakfast lunch dinner coat shoes socks dirty filthy soiled smelly wet nits lice unkempt "
    "unwashed hungry",
    r"(?:coming|comes|came|goes|going|went|turn(?:s|ing)? up|sent|arrive[sd]?|arriving) "
    r"(?:\w+ ){0,3}?(?:with|having had|in) (?:no (?:breakfast|lunch|dinner|food|coat|shoes|"
    r"socks)|(?:the same )?(?:dirty|filthy|soiled|smelly|wet) (?:clothes|uniform|nappy|nappies)|"
    r"nits|head lice)|(?:always|often|constantly|usually) (?:dirty|filthy|smelly|unkempt|"
    r"unwashed|hungry)",
    _needs_child(),
    sentence_not=r"\b(?:i|we) (?:was|were|am|are|went|came)\b",
)
_add(
    "drug crack heroin spice coke cocaine meth addict drunk wasted high smashed",
    r"(?:is|are|was|'s|gets|got|were) (?:always |often |constantly |usually |regularly |"
    r"permanently )?(?:on (?:drugs|crack|heroin|spice|coke|meth)|using (?:drugs|crack|heroin|"
    r"coke|cocaine)|taking (?:drugs|heroin|crack|coke|cocaine)|addicted to \w+|drunk|wasted|"
    r"off (?:his|her|their) (?:face|head)|high|smashed|out of it)",
    _parent_misuse,
)


_add(
    "cry scream sob wail shout hit smack locked left street wander roam",
    r"(?:crying|screaming|sobbing|wailing|being shouted at|getting shouted at|being screamed at|"
    r"being hit|being smacked|getting hit|getting smacked) (?:\w+ ){0,3}?(?:all night|all day|"
    r"for hours|every night|every day|constantly|all the time|day and night|and (?:no one|"
    r"nobody) (?:comes|goes|came|went|does|did|answers|helps))|(?:locked out|left outside|"
    r"out on the street|wandering the streets?|roaming the streets?) (?:\w+ ){0,3}?(?:late|at "
    r"night|all night|in the cold|in the rain|for hours|until|till|again)",
    _needs_child(weak=False),
    sentence_not=r"^(?!.*" + _NEIGHBOURING + r")|\b(?:ward|hospital|bay|cubicle|side room|unit|"
    r"a&e|maternity|clinic|waiting room)\b",
)
_add(
    "made make forced forcing punish",
    r"(?:made|makes|make|making|forced|forces|forcing) (?:him|her|them|my \w+|the (?:kids|"
    r"children|baby)|\w+) (?:to )?(?:stand|stay|sit|sleep|wait|kneel|go|be|eat|miss) (?:\w+ )"
    r"{0,2}?(?:outside|in the (?:cold|rain|dark|corner|garden|shed|cupboard|bath)|out in|without "
    r"(?:food|dinner|tea|eating|a coat|shoes)|for hours|all night|their own sick|his own sick|"
    r"her own sick|meals|dinner|tea)|(?:no (?:dinner|food|tea|meals?)|locked in|locks? (?:him|"
    r"her|them) in|shut in|belt|beaten|hit|smacked) (?:\w+ ){0,4}?as (?:a )?punishment|"
    r"punish(?:es|ed|ing)? (?:him|her|them|my \w+) by (?:\w+ing)",
    _needs_child(),
)
_add(
    "look care mind babysit watch",
    r"(?:left|leaves?|leaving|made|makes|has|have|expected) to (?:look after|care for|mind|"
    r"babysit|watch|feed) (?:his|her|their|the) (?:\w+ )?(?:brothers?|sisters?|siblings|baby|"
    r"babies|kids|children|twins)|(?:looking after|caring for|minding|babysitting) (?:his|her|"
    r"their) (?:baby |little |younger |small )?(?:brothers?|sisters?|siblings) (?:on (?:his|her|"
    r"their) own|alone|every night|all night|while (?:mum|dad|she|he|they|their \w+) (?:goes|is|"
    r"are|go) out)",
    _needs_child(),
)
_add(
    "text messag snapchat calling calls ringing rings contact dming whatsapp facetim video",
    r"(?:texting|texts|texted|messaging|messages|messaged|snapchatting|snapchats|calling|calls|"
    r"ringing|rings|contacting|contacts|dming|whatsapping|facetiming|video calling) (?:her|him|"
    r"them|my \w+) (?:\w+ ){0,2}?(?:at night|late at night|in the night|in the middle of the "
    r"night|on (?:her|his|their) (?:own |private )?(?:phone|mobile)|privately|in secret|secretly|"
    r"on snapchat|on social media|every night|from (?:his|her) (?:own|personal) (?:phone|number))",
    _by_agent(None),
    sentence_not=r"^(?!.*(?:" + _expand(r"\b%KIDS%\b") + r"|\b(?:daughter|son|girl|boy|"
    r"granddaughter|grandson|niece|nephew|pupil)\b))",
)
_add(
    "older grown adult much year",
    r"(?:older|grown|adult|much older|grown up|\d{2} (?:year|yr)s? old) (?:men|man|males?|lads|"
    r"guys|blokes|boys)\b",
    _needs_child(),
    sentence_not=r"^(?!.*\b(?:pick(?:ed|s|ing)? (?:her|him|them)? ?up|picked up|collected|in "
    r"(?:a |their |his )?cars?|driven|driving (?:her|him|them)|giving (?:her|him|them)|buying "
    r"(?:her|him|them)|part(?:y|ies)|texting|messaging|meeting|meet|hanging (?:around|out)|"
    r"sleeping|seeing|going out|sex|sexual|drink\w*|drugs|alcohol|gifts|presents|"
    r"online|groom\w*|messages?|messaged|sending|sends|sent|tiktok|snapchat|instagram|facebook|"
    r"whatsapp|social media|games?|gaming)\b)",
)
_add(
    "send picture photo pic image video nude selfie",
    r"(?:making|made|makes|asking|asked|asks|pressuring|pressured|forcing|forced|getting|got|"
    r"wants?|wanted|begging|begged|persuading|persuaded|told|tells) (?:my |her |his |the |a |our )?"
    r"(?:\w+ )?(?:son|daughter|girl|boy|him|her|them|kids?|child|granddaughter|grandson|niece|"
    r"nephew) (?:to )?send (?:him|her|them|photos|pictures|pics|images|videos|nudes|selfies)",
    _needs_child(),
)
_add(
    "watch",
    r"watch(?:es|ed|ing)? (?:her|him|them|me|my \w+) (?:in the (?:shower|bath|bathroom)|(?:get|"
    r"getting) (?:undressed|changed|dressed)|undress(?:ing)?|naked|in (?:her|his|my) (?:bed|room) "
    r"at night)",
    _sexual(),
)
_add(
    "missing phone money cash trainer clothes gift designer",
    r"(?:keeps?|kept) going missing|(?:going|goes|gone|went) missing (?:overnight|for days|again|"
    r"at night|from (?:home|school|care))|missing from (?:home|care)|(?:coming|came|comes) "
    r"(?:back|home) with (?:new |expensive |lots of )?(?:phones?|money|cash|trainers|clothes|gifts|"
    r"designer \w+)",
    _needs_child(),
    sentence_not=r"\b(?:ward|hospital|hospice|dementia|wander\w*)\b",
)
_add(
    "cigarette money cash drug alcohol drink stay gift phone vape food lift",
    r"(?:sleep(?:ing|s)? with|sex with|sexual (?:favours|acts)|have sex|having sex|had sex) "
    r"(?:\w+ ){0,4}?(?:for|in exchange for|in return for) (?:cigarettes|money|cash|drugs|alcohol|"
    r"drink|a place to stay|somewhere to stay|gifts|phones?|vapes?|food|lifts)",
    _child_else(AN),
)
_add(
    "exposed exposure",
    r"(?:exposed|exposure|exposing (?:them|him|her|the kids|the children)) to (?:drugs|violence|"
    r"domestic|drink|alcohol|drug use|abuse|sexual|porn\w*)",
    _fixed(CH),
)
_add(
    "kid child baby babies toddler infant newborn little teen grandchild grandkid twin year son "
    "daughter",
    r"%KIDS% (?:\w+ )?(?:saw|see|sees|seen|watched|watch|witnessed|witness|heard|hear) "
    r"(?:\w+ ){0,3}(?:attack|hit|beat|hurt|hitting|beating|fight|fighting|violence|abuse|assault|"
    r"strangl\w*|chok\w*|punch\w*|kick\w*)",
    _fixed(CH),
)
_add(
    "left leave",
    r"(?:leave|leaves|left|leaving) (?:(?:the|their|our|my|her|his|a|two|three|\d+) )?"
    r"(?:(?:little|young|small|baby|\d+ (?:year|yr) old|\w+ year old) )?(?:%KIDS%|daughter|son|"
    r"girl|boy|boys|girls|brothers?|sisters?|siblings) (?:\w+ ){0,4}?(?:alone|on (?:her|his|their)"
    r" own|home alone|by (?:him|her|them)sel(?:f|ves)|unsupervised|unattended|with no (?:food|"
    r"adults?|one|supervision)|with nothing to eat|without (?:food|supervision|an adult|any "
    r"adult)|crying|to cry|in (?:a|the|his|her|their) (?:dirty|soiled|wet|full) nappy|in dirty "
    r"nappies|outside|in the car|hungry|to fend for \w+|with strangers|locked in|with (?:anyone|"
    r"anybody|random people|people (?:she|he|they) (?:don't|doesn't) know)|so (?:she|he|they) "
    r"can (?:go )?(?:out|drink\w*|party|get drunk|take drugs|see (?:her|his) (?:boyfriend|"
    r"girlfriend)))|"
    r"%KIDS% (?:\w+ ){0,3}?(?:is|are|was|were|been|being|get|gets|got|keeps? getting)? ?"
    r"(?:\w+ )?left (?:\w+ ){0,2}?(?:alone|on (?:her|his|their) own|home alone|by "
    r"(?:him|her|them)sel(?:f|ves)|unsupervised|unattended|with no (?:food|adults?|one|"
    r"supervision)|with nothing to eat|without (?:food|supervision|an adult|any adult)|"
    r"crying|to cry|in (?:a|the|his|her|their) (?:dirty|soiled|wet|full) nappy|in dirty "
    r"nappies|outside in|in the car|hungry|to fend for \w+|with strangers|locked in)",
    _fixed(CH),
    sentence_not=r"\b(?:cubicle|side room|play (?:room|area)|waiting room|bay)\b",
)
_add(
    "adult grown looking",
    r"no (?:adults?|grown_?ups?|parents?) (?:around|about|at home|in the house|home|present|"
    r"supervising|looking after (?:them|him|her))|looking after (?:his|her|their) (?:baby |little "
    r"|younger )?(?:brothers?|sisters?|siblings) on (?:his|her|their) own",
    _needs_child(),
)
_add(
    "filth squalor dirty heating food electric bed clothes",
    r"(?:living|live|lives|kept) in (?:squalor|filth|a filthy|a dirty|dirty|filthy)|"
    r"(?:with|have|has|had|got) no (?:food|heating|heat|electricity|electric|beds?|clean clothes)|"
    r"(?:flat|house|home) (?:was|is) (?:filthy|squalid)",
    _needs_child(),
    sentence_not=_WAITING,
)
_add(
    "abroad away back take",
    r"(?:take|taking|took|takes) (?:him|her|them|the (?:kids|children|baby)|my (?:son|daughter|"
    r"kids|children|baby)|our (?:son|daughter|kids|children|baby)) (?:abroad|away from me|out of "
    r"the country)|not (?:bring|bringing) (?:him|her|them) back|(?:if i|if you|or) %G4%(?:he|she)"
    r"(?:'ll| will|'d| would) take (?:the|my|our) (?:kids|children|baby)|"
    r"take (?:the|my|our) (?:kids|children|baby) (?:away|off me|from me)",
    _abduction,
    inner_neg=False,
)


# ---- further ways of saying it ------------------------------------------------
# Written for the ways people put these things indirectly: a method or a plan without the
# word "suicide", neglect told through its signs (sores, sedation, unwashed, unexplained
# bruises), control through money and presence, children left out, unfed, used or groomed,
# and staff threats that name a consequence.


_CORD = re.compile(
    r"\b(?:belt|cable|cord|rope|scarf|lead|charger|ligature|sheet|shoelaces?|laces?|flex|wire|"
    r"strap|tights|dressing gown|tie)\b"
)


# Clothing put or wrapped round the neck is just being worn, unless the sentence says more
# (tight, to choke, couldn't breathe, wanted to end it ...).
_LIGATURE_CUE = re.compile(
    r"\b(?:tight\w*|hard as|chok\w*|strangl\w*|breathe|breathing|pass(?:ed)? out|die|dying|"
    r"dead|end (?:it|my life|things)|kill\w*|suicid\w*|hang\w*|noose|ligature|marks?|"
    r"never noticed|nobody noticed|no one noticed|found me|cut it off|tried|trying|wanted|"
    r"meant|meaning|going to|on purpose)\b"
)


def _neck_ligature(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """'... my belt ... I put it round my neck': a cord named in this or the last sentence."""
    start = doc.sentence(m.start())[0]
    earlier = doc.norm[max(0, start - 200) : m.end()]
    cords = {c.group() for c in _CORD.finditer(earlier)}
    if not cords:
        return None
    worn = m.group().startswith(("put", "wrap", "use"))
    if (
        worn
        and cords <= {"scarf", "tie", "dressing gown"}
        and not _LIGATURE_CUE.search(doc.sentence_text(m.start()))
    ):
        return None
    return {SH}, m.start()


_add(
    "neck throat",
    r"(?:tied|tie|tying|wrapped|wrap|wrapping|tightened|tighten|tightening|put|used|using|use|"
    r"pulled) (?:it|them|a|the|my|his|her|this|that)? ?(?:\w+ ){0,3}?(?:round|around|on|to|"
    r"against) (?:my|his|her|their) (?:own )?(?:neck|throat)",
    _neck_ligature,
    sentence_not=r"\b(?:brace|collar|cream|gel|ice|heat|pack|pillow|plaster|dressing|massage|"
    r"necklace|chain|stethoscope|lanyard|warm|warmer|cold|cosy|freezing|chilly|draughty|"
    r"draught|heating|weather|winter|snow|snowing|raining|wind|windy|scan|probe|monitor|"
    r"hands?|fingers?)\b",
)

_INTENT_BEFORE = re.compile(
    r"\b(?:going to|gonna|will|'ll|want\w*|think\w*|thought|tempted|urges?|keeps? (?:saying|"
    r"talking about|threatening)|threat\w*|plan\w*|mean\w*|meant|ready to|about to|tried to|"
    r"try to|trying to|could easily|on purpose)\b"
)


def _intended(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """A way of dying said with intent ('going to drive into a wall'), not an accident."""
    if not _INTENT_BEFORE.search(doc.clause_before(m.start())[-60:]) and not re.match(
        r"^\s*(?:on purpose|deliberately|intentionally)", doc.after(m.end())
    ):
        return None
    return {SH}, m.start()


_add(
    "drive drove crash steer swerve plough",
    r"(?:drive|driving|drove|crash|crashing|crashed|steer|steering|swerve|swerving|plough|"
    r"ploughing) (?:my |his |her |the )?(?:car |van |motorbike |bike )?(?:into|off|under) "
    r"(?:a |the |an )?(?:wall|tree|lorry|bridge|cliff|river|motorway|oncoming \w+|bus|truck|"
    r"canal|sea|quarry)",
    _intended,
    sentence_not=r"\b(?:nearly|almost|accident\w*|skid\w*|ice|icy|brakes?|crashed into us|"
    r"(?:ambulance|driver|bus|taxi) (?:nearly )?(?:drove|crashed))\b",
)
_add(
    "step jump throw",
    r"(?:mean(?:ing|t)?|going|wanting|wanted|want|planning|planned|intending|intended|tempted|"
    r"ready|about|urges?|tried|trying) to (?:step|jump|throw myself|throw himself|throw herself|"
    r"walk|go) (?:off|over|in front|out in front|onto the (?:tracks|line|rails)|into (?:the )?"
    r"(?:traffic|river|sea|canal))",
    _fixed(SH),
    sentence_not=r"^(?!.*\b(?:platform|edge|ledge|tracks?|railway|line|bridge|cliff|roof|car park|"
    r"train|motorway|traffic|river|sea|canal|balcony|window|building)\b)|\b(?:bus|kerb|curb|"
    r"ambulance|stretcher|scales|treadmill|queue|list)\b",
)
_add(
    "step jump",
    r"(?:step|jump|throw myself|throw himself|throw herself) (?:off|from) (?:the )?(?:edge|ledge|"
    r"platform|roof|top floor|top|bridge|balcony|cliff)",
    _intended,
)
_add(
    "edge ledge bridge roof platform cliff parapet railing",
    r"(?:stood|stand|standing|sat|sitting) (?:on|at) (?:the |a )?(?:edge of (?:the |a )?)?"
    r"(?:\w+ )?(?:edge|ledge|bridge|roof|platform edge|cliff|cliff edge|parapet|railings?) "
    r"(?:\w+ ){0,4}?(?:meaning|wanting|going|ready|thinking about|tempted|trying) to",
    _fixed(SH),
)
_add(
    "gone dead died alive wasn",
    r"(?:would|'d|will|'ll|could) (?:all )?(?:cope|manage|be fine|be ok|be okay|be alright|get on|"
    r"move on|be better) (?:fine |better |just fine |ok |okay |without me )?(?:if|when|once) "
    r"(?:i|he|she)(?:'m| am| was| were|'s| is)? ?(?:just )?(?:gone|dead|not (?:here|around|"
    r"alive)|no longer (?:here|around|alive)|wasn't (?:here|around)|died)"
    r"(?=\s*[,.;!]|\s*$| for good| forever| anymore| any more)",
    _fixed(SH),
    neg=False,
)
_add(
    "without",
    r"(?:would|'d|will|'ll) (?:all |probably |honestly )?(?:get on|cope|manage|do|be) (?:fine|"
    r"better|just fine|ok|okay|happier) without me",
    _fixed(SH),
    neg=False,
    # A time-limited absence ("for the week", "while I'm in", "for a few days") is not one.
    after_not=r"^\s*(?:for (?:a|an|the|one|two|three|four|five|six|few|couple|\d+|that|this) "
    r"(?:\w+ ){0,2}?(?:days?|nights?|weeks?|weekends?|fortnight|months?|while|bit|stay|break|"
    r"respite|admission|trip)|while (?:i'm|i am|i was|i'd be|i'll be)|when (?:i'm|i am|i go) "
    r"(?:away|in|on)|until|till|during|tonight|today|this (?:week|weekend|time))",
    sentence_not=r"^(?!.*\b(?:kids|family|children|wife|husband|partner|everyone|mum|dad|"
    r"they'd|relieved)\b)|\b(?:leave|holiday|shift|rota|off work|sick|ward|team|work|job|"
    r"office|surgery|operation|hospital|respite|break|trip|away|admission|admitted|stay|"
    r"recovery|recover\w*|procedure|op|rehab)\b",
)
_add(
    "around here alive",
    r"(?:don't|do not|doubt|not sure) (?:think |if |whether |that )?(?:i'll|i will|i'd|i would|"
    r"i'm going to|i am going to|i'm gonna) (?:still )?be (?:here|around|alive) (?:by|for|at|much|"
    r"next|in|to see|this time)",
    _fixed(SH),
    inner_neg=False,
    neg=False,
    sentence_not=r"\b(?:cancer|terminal\w*|palliative|hospice|heart|prognosis|stroke|diagnos\w*|"
    r"tumou?r|dying|chemo\w*|operation|surgery|transplant|appointment|shift|rota|work|office|"
    r"holiday|moving|move)\b",
)
_add(
    "stop",
    r"(?:want|wants|wanted|need|needs|needed|wish|make|making) (?:the |this |it all |it |"
    r"everything |"
    r"all of it |my life )?(?:pain |hurt |hurting |suffering |thoughts )?(?:to )?stop "
    r"(?:for good|forever|for ever|permanently|once and for all)",
    _fixed(SH),
    sentence_not=r"\b(?:back|knee|hip|leg|neck|shoulder|tooth|teeth|joint|joints|migraines?|"
    r"headaches?|surgery|operation|physio\w*|painkillers|treatment|injection|smoking|drinking|"
    r"noise|calls|letters|texts|bleeding|periods?)\b",
)
_add(
    "letter note",
    r"(?:written|wrote|writing|write|left|leaving) (?:my |the |a )?(?:last |final |farewell )?"
    r"(?:letters?|notes?|messages?) (?:to|for) (?:my|the|all my) (?:kids|children|family|wife|"
    r"husband|partner|son|daughter|mum|parents|loved ones)(?: (?:already|in case|for when|for "
    r"after|explaining|saying goodbye|just in case))|(?:last|final|farewell) (?:letters?|notes?) "
    r"(?:to|for) (?:my|the)",
    _fixed(SH),
)
# "how to do it", "how to go", "which tablets and how many" are everyday words too ("planning
# how to go home", "worked out how to do it myself", "which tablets to take"): a plan only
# when the sentence also speaks of dying, ending things or despair, or the words themselves
# say it ("end it", "it would take", "would do it").
_SH_PLAN_SAYS_IT = re.compile(
    r"\b(?:end it|it would take|would do it|would be enough|enough to (?:do it|kill|end))\b"
)
_SH_DISTRESS = re.compile(
    r"\b(?:die|dying|dead|death|end (?:it|it all|my life|things|everything)|kill\w*|suicid\w*|"
    r"overdos\w*|od|alive|(?:be here|live|living|go on|do this|cope) any ?more|can't (?:go on|"
    r"cope|take (?:it|any ?more))|no point|pointless|hopeless|burden|better off|goodbye|"
    r"farewell|(?:last|final|goodbye) (?:notes?|letters?)|(?:when|once|after) i'm gone|"
    r"not (?:be )?here|rope|noose|once and for all|for good|no way out|the end|desperate|"
    r"despair|dark(?:est)? (?:place|thoughts)|stockpil\w*|sav\w* up|hoard\w*|stash\w*|"
    r"enough (?:of them|tablets|pills))\b"
)


_PILLS_WORD = re.compile(_expand(r"\b%PILLS%\b"))


def _self_harm_plan(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    if not _SH_PLAN_SAYS_IT.search(m.group() + doc.after(m.end())[:20]):
        start, end = doc.sentence(m.start())
        around = doc.norm[max(0, start - 200) : m.start()] + " " + doc.norm[m.end() : end + 200]
        # "how I'd do it" (not "how to do it") with tablets named nearby is a method.
        own_plan = re.search(r"\bhow i(?:'d| would| will|'ll| could) ", m.group())
        if not (_SH_DISTRESS.search(around) or (own_plan and _PILLS_WORD.search(around))):
            return None
    return _by_agent({SH})(doc, m)


_add(
    "planning plan worked thinking know",
    r"(?:been |am |i'm |started |keep |begun )?(?:planning|plan|planned|working out|worked out|"
    r"thinking through|thought through) (?:exactly )?how (?:i'd|i would|i'll|i will|i could|to) "
    r"(?:do it|end it|go(?=\s*[,.;!]|\s*$| (?:for good|through with it|about it))|finish it)|"
    r"i(?:'ve| have)? (?:know|knew|worked out|figured out) "
    r"(?:exactly )?"
    r"(?:which|what|how many) (?:of (?:my|the) )?(?:\w+ )?(?:tablets|pills|meds|medication|"
    r"paracetamol)"
    r"(?: (?:and how many|i'd need|to take|would do it|it would take))",
    _self_harm_plan,
    neg=False,
    sentence_not=r"\b(?:prescri\w*|pharmac\w*|dose|doses|dosage|as directed)\b",
)
_add(
    "cuts",
    r"(?:fresh |new |deep |old )?cuts (?:all )?(?:up|over|across|along|down|on) (?:my|her|his|"
    r"their|both) (?:\w+ )?(?:arms|forearms|thighs|wrists|legs|tummy|stomach)",
    _fixed(SH),
    sentence_not=r"\b(?:fell|falling|fall|tripped|slipped|accident\w*|glass|operation|surgery|"
    r"surgical|dog|cat|brambles?|shaving|bruises|grazes|scratches)\b",
)
# Neglect told by its signs.
_add(
    "grade category stage pressure bed sore ulcer",
    r"(?:grade|category|stage) (?:3|4|three|four|iii|iv) (?:pressure )?(?:sores?|ulcers?|damage)|"
    r"(?:pressure|bed) ?(?:sores?|ulcers?) (?:\w+ ){0,3}?(?:to|down to|through to) the bone|"
    r"(?:came|come|comes|got|get) (?:home|back|out) (?:\w+ ){0,2}?with (?:\w+ )?(?:pressure|bed) "
    r"?(?:sores?|ulcers?)",
    _strong_child_else(AN),
)


def _sedated_to_manage(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """Sedation to keep someone quiet, not sedation to get through a scan or procedure."""
    if _sedated_for_procedure(doc, m):
        return None
    return _strong_child_else(AN)(doc, m)


_add(
    "sedat drug doped tranquil chemical",
    r"(?:sedat\w*|drugged|doped|tranquilli[sz]ed|knocked out|drug (?:them|him|her|the "
    r"residents|residents|patients)|drugging (?:them|him|her|the residents|residents|patients)) "
    r"(?:up )?(?:\w+ ){0,3}?(?:so "
    r"(?:they|he|she)(?:'s|'re| is| are| were| was)? (?:\w+ )?(?:easier|quiet|quieter|calm|"
    r"manageable|compliant|less trouble|less work)|to keep (?:them|him|her|residents|patients) "
    r"(?:quiet|calm|docile|down|compliant|in bed|out of the way)|to (?:make|keep) (?:them|him|"
    r"her) (?:easier|quiet|manageable))|chemical(?:ly)? restrain\w*",
    _sedated_to_manage,
    service=True,
)
_add(
    "mark bruis shape unexplain mysterious suspicious story stories explanation account excuse",
    r"(?:grip|finger|fingertip|finger tip|hand|handprint|hand print|belt|slap) ?(?:shaped )?"
    r"(?:marks|bruis\w*)|in (?:a|the) (?:shape of (?:a )?(?:hand|fingers|grip|belt)|grip shape|"
    r"hand shape)|(?:unexplained|unexplainable|mysterious|suspicious) (?:bruis\w*|injur\w*|"
    r"fractures?|marks|burns?|black eyes?)|(?:story|stories|explanation|explanations|account|"
    r"accounts|excuse|excuses) (?:\w+ ){0,3}?(?:kept|keeps|keep|kept on|keeps on) changing",
    _child_else(AN),
    neg=False,
    inner_neg=False,
    sentence_not=r"^(?!.*\b(?:bruis\w*|injur\w*|black eye|fracture\w*|broken|broke|marks|"
    r"burns?|wounds?|swollen|swelling|cuts?)\b)|\b(?:injection|blood test|cannula|drip|jab|"
    r"bloods|surgery|operation)\b",
)
_add(
    "washed bathed showered fed turned repositioned wash bath shower",
    r"(?:not|n't|never|hasnt|hadnt|havent) (?:been |being |had |had a |been given a )?(?:washed|"
    r"bathed|showered|fed|turned|repositioned|wash|bath|shower) (?:\w+ ){0,2}?(?:in|for) (?:a |"
    r"two |three |four |five |six |several |\d+ |over a |nearly a |almost a |about a |a whole )?"
    r"(?:fortnight|weeks?|days|whole day|24 hours|\d+ hours|hours|month|months)",
    _strong_child_else(AN),
    neg=False,
    inner_neg=False,
    sentence_not=r"\b(?:i|we) (?:haven't|havent|hadn't|have not|had not)\b|\b(?:dressing|"
    r"bandage|cannula|catheter|plaster|wound|car|windows?|floors?|dishes|cups|toilets?|bins?|"
    r"curtains|bedding|sheets)\b",
)
_add(
    "empt drain clear raid wipe",
    r"(?:emptied|emptying|empties|drained|draining|drains|cleared out|clearing out|raided|"
    r"raiding|wiped out) (?:all )?(?:of )?(?:his|her|their|my|mum's|dad's|(?:my )?\w+'s) "
    r"(?:\w+ )?(?:bank )?(?:accounts?|savings|pension|isa|life savings)|(?:his|her|their|"
    r"(?:my )?\w+'s) (?:bank )?(?:account|savings) (?:\w+ ){0,2}?(?:emptied|drained|cleared out|"
    r"raided|wiped out)",
    _by_agent({AN}, not_self=True),
    neg=False,
)
_add(
    "sign",
    r"sign(?:ed|s|ing)? (?:\w+ ){0,3}?(?:papers|documents|cheques|forms|things|a will|over "
    r"(?:his|her|their) (?:house|home|money|savings)|power of attorney) (?:that |which )?"
    r"(?:he|she|they) (?:doesn't|don't|didn't|does not|did not|can't|cannot|couldn't) "
    r"(?:understand|read|know)",
    _strong_child_else(AN),
    neg=False,
    inner_neg=False,
)


# Control: money, keys, presence.
_add(
    "give let allow fare money card keys",
    r"(?:won't|wont|doesn't|does not|never|refuses to|refused to|wouldn't|will not) (?:let me "
    r"have|give me|allow me) (?:any |my own |a |the |my )?(?:money|bus fare|fare|cash|bank card|"
    r"access to (?:\w+ )?(?:money|account|bank)|car|car keys|wages|benefits|phone|passport)|"
    r"(?:takes?|took|taking|hides?|hid|hiding|keeps?|kept) (?:my|the) (?:car keys|keys|phone|"
    r"passport|bank card|purse|wallet|money|wages|benefits|documents) (?:\w+ ){0,3}?(?:so "
    r"(?:that )?(?:i|she|he) (?:can't|cannot|couldn't|can not|won't be able to|am not able to)|"
    r"away from me)",
    _not_allowed,
    neg=False,
    inner_neg=False,
    sentence_not=r"\b(?:stroke|seizures?|fits?|epilep\w*|dementia|eyesight|licen[cs]e|dvla|"
    r"drink driving|driving ban|medical|doctor|gp|fit to drive|confus\w*|memory|gambl\w*)\b",
)
_add(
    "every each",
    r"(?:he|she|they|my %PARTNER%)(?:'s| is| was| were| are| has been| insists on being)? "
    r"(?:always |never not )?(?:in the room|present|there|sat next to me|sitting in|with me) "
    r"(?:at |for |during |in )?(?:every|each) (?:single )?(?:appointments?|consultations?|"
    r"visits?|scans?|checks?)",
    _presence,
    neg=False,
)
_add(
    "beating hiding kicking battering thumping slap smack",
    r"(?:i'll|i will|i'd|i would|i'm going to|i get|i got|i'll be|or i|otherwise i|then i) "
    r"(?:\w+ )?(?:get|get given|be given|cop|end up with) (?:a |another |the |a good )?"
    r"(?:beating|hiding|kicking|battering|thumping|good hiding|slap|smack)",
    _beaten_at_home,
    neg=False,
    after_not=r"^\s*(?:on the wrist|to nothing|in the (?:press|papers|reviews)|at (?:football|"
    r"rugby|cards|chess|pool|darts))",
)
_add(
    "scared afraid frightened terrified",
    r"(?:too )?(?:scared|afraid|frightened|terrified) to leave"
    r"(?=\s*[,.;!]|\s*$| him\b| her\b| the relationship| my %PARTNER%| after)",
    _afraid_to_leave,
    sentence_not=r"\b(?:alone|on (?:his|her|their) own|falls?|fall|wander\w*|dementia|poorly|"
    r"house|flat|hospital|ward|bed|room|anxiety|agoraphob\w*|panic|covid|virus|unattended)\b",
)
# Children left out, unfed, used or groomed.
_add(
    "midnight ten eleven twelve 10 11 12 late hours nappy pyjamas pjs",
    r"(?:out|outside|in the street|on the street|on the streets|playing out|wandering|roaming|"
    r"left out) (?:\w+ ){0,4}?(?:at|till|until|past|after) (?:(?:1[0-2]|eleven|ten|twelve)(?: ?pm|"
    r" ?o'clock| at night)|midnight|all hours|late at night)|(?:in (?:just )?(?:a|his|her) "
    r"nappy|in (?:his|her|their) (?:pyjamas|pjs)) (?:\w+ )?(?:in|on|out in|outside in) the "
    r"(?:street|road|cold|rain)",
    _needs_child(weak=False),
    sentence_not=r"\b(?:ward|hospital|a&e|clinic|waiting room|party|holiday|festival|fireworks)\b",
)
_add(
    "food meal breakfast dinner clothes coat shoes knocking begging hungry starving filthy "
    "unwashed",
    r"(?:never|don't|do not|rarely|hardly ever|doesn't|does not|not) (?:seem to |ever |appear to )?"
    r"(?:have|get|got|given|be given) (?:any |enough |a |proper |decent |clean |a proper |a "
    r"decent )?(?:food|meals?|"
    r"breakfast|dinner|clothes|coats?|shoes)|(?:knocking|begging|asking|coming round|come round|"
    r"comes round|come over|comes over) (?:\w+ ){0,3}?(?:for|asking for) (?:food|bread|something "
    r"to eat|money for food)|(?:always|constantly|often|permanently) (?:hungry|starving|filthy|"
    r"unwashed)",
    _needs_child(weak=False),
    neg=False,
    inner_neg=False,
    sentence_not=r"\b(?:ward|hospital|canteen|cafe|menu|vending|restaurant|dietit\w*|clinic|"
    r"a&e|waiting|appointment|operation|nil by mouth|school dinners?|allerg\w*)\b",
)
_add(
    "cold rain snow freezing coat shoes jacket",
    r"(?:in the (?:cold|rain|snow|freezing)|outside|out) (?:\w+ ){0,4}?(?:with no|without "
    r"(?:any )?) ?(?:coats?|shoes|socks|jackets?|proper clothes|clothes on)|(?:no|without) "
    r"(?:coats?|shoes|jackets?) (?:\w+ ){0,3}?in the (?:cold|rain|snow|freezing)",
    _needs_child(weak=False),
    neg=False,
    inner_neg=False,
    sentence_not=r"\b(?:ward|hospital|a&e|fire alarm|evacuat\w*|ambulance|discharg\w*)\b",
)
_add(
    "photo picture pic video film footage record",
    r"(?:taking|took|takes|take|filming|filmed|films|recording|recorded) (?:photos?|pictures?|"
    r"pics|videos?|footage|photographs?) of (?:the |my |other |our |her |his |some |these |those |"
    r"young |little )?(?:\w+ )?(?:kids|children|child|girls?|boys?|babies|baby|toddlers|pupils|"
    r"teenagers)|(?:photographing|filming) (?:the |my |other |our )?(?:kids|children|girls|boys)",
    _photos_of_children,
)
_add(
    "packages parcels drugs bags stuff weed gear knives knife county",
    r"(?:made|make|makes|forced|forces|being made|gets made|get made|groomed|used|pressured|"
    r"pressurised|coerced) (?:him |her |them |my \w+ )?(?:to |into )(?:deliver\w*|carry\w*|"
    r"sell\w*|mov\w*|hold\w*|hid\w*|run\w*|stash\w*) (?:\w+ ){0,2}?(?:packages|parcels|drugs|"
    r"bags|stuff|weed|gear|knives|a knife)|county lines|(?:running|dealing|selling|delivering) "
    r"drugs for (?:older|a gang|some|these|the|a)",
    _child_else(AN),
    service=True,
)
_add(
    "boyfriend girlfriend partner fella bf older",
    r"(?:(?:her|his|their|my) (?:'|\")?)?(?:boyfriend|girlfriend|partner|fella|bf|gf)(?:'|\")?"
    r"(?:\s+who)? (?:is|'s|of|aged) "
    r"(?:1[89]|[2-9]\d)\b" + _NOT_A_DURATION + r"|(?:1[89]|[2-9]\d) ?(?:year|yr)s? old "
    r"(?:boyfriend|girlfriend|man|men|bloke|guy|woman)",
    _age_gap,
)
_add(
    "give gave giving buy bought",
    r"(?:gives?|gave|giving|buys?|bought|buying|supplies|supplying|supplied) (?:her|him|them|my "
    r"\w+) (?:drugs|alcohol|vodka|weed|cannabis|spice|cigarettes|vapes|booze|pills)",
    _needs_child(weak=False),
    sentence_not=r"\b(?:nurse|doctor|gp|pharmac\w*|prescri\w*|ward|hospital|pain|paramedic|"
    r"consultant|midwife|dentist|a&e|hospice|medication|dose|stop|quit|nicotine)\b",
)
_CHILD_CHANGED = re.compile(
    r"\b(?:changed|different|withdrawn|quiet|quieter|scared|frightened|afraid|terrified|"
    r"nervous|jumpy|anxious|clingy|flinch\w*|wet\w*|soil\w*|nightmares?|cries|cried|crying|"
    r"tears|bruis\w*|marks|injur\w*|hurt\w*|hiding|hides|won't|doesn't want|refus\w*|hates?|"
    r"doesn't like|don't like|stopped|not (?:eating|sleeping|talking|speaking|herself|himself)|"
    r"self[\s-]?harm\w*|angry|aggressive|worse|worried|worrying|worries|concern\w*|not "
    r"allowed|locks?|locked|shouting|shouts|secret\w*|runs? away|ran away|missing)\b"
)


def _changed_since(doc: _Doc, m: re.Match[str]) -> tuple[set[str], int] | None:
    """'since her mum's boyfriend moved in she's been wetting the bed': a change for the worse."""
    start, end = doc.sentence(m.start())
    if not _CHILD_CHANGED.search(doc.norm, start, min(len(doc.norm), end + 150)):
        return None
    return _needs_child(weak=False)(doc, m)


_add(
    "uncle stepdad step boyfriend girlfriend partner lodger cousin grandad stepmum fella",
    r"since (?:her|his|their|my|mum's|mums|dad's|dads) (?:new )?(?:\w+ )?(?:uncle|stepdad|step "
    r"dad|boyfriend|girlfriend|partner|lodger|cousin|grandad|stepmum|step mum|fella) (?:\w+ )?"
    r"(?:moved in|came to live|started (?:staying|living|babysitting|looking after)|has been "
    r"(?:staying|living))",
    _changed_since,
)
_add(
    "caring looking care look kept school",
    r"(?:caring for|looking after|cares for|looks after) (?:her|his|their) (?:mum|mam|mom|mother|"
    r"dad|father|parents?|little \w+|siblings?|brothers?|sisters?|baby \w+)(?: \w+){0,4}? "
    r"(?:instead of (?:going to )?school|and (?:\w+ ){0,2}(?:never|not|doesn't|can't|misses|"
    r"missing) (?:\w+ )?school)|(?:never|not|rarely|hardly ever) (?:at|in|going to|goes to) school"
    r"(?: \w+){0,4}? (?:caring for|looking after|to look after|to care for)|kept (?:off|home from|"
    r"out of) school (?:to|for) (?:look after|care for|mind|babysit)",
    _needs_child(weak=False),
    neg=False,
    inner_neg=False,
)
_add(
    "drink drinks drinking using",
    r"(?:drinks|drinking|drunk|using|high|off (?:her|his) face) (?:all day|every day|all the "
    r"time|from morning|day and night|again)|(?:back on|using) (?:the )?(?:drugs|gear|heroin|"
    r"crack|booze|drink|bottle) again|(?:is|'s|are|has been|have been) using again",
    _parent_misuse_any,
)
_add(
    "cigarette cig lighter",
    r"(?:cigarette|cig|lighter) burns? (?:on|all over|up|across) (?:his|her|their|the \w+'s) "
    r"(?:\w+ )?(?:arms?|legs?|hands?|body|back|chest|feet|face|neck|bottom|tummy)",
    _child_else(AN),
)
_add(
    "squalor filth dog mess poo",
    r"(?:living|live|lives|kept|left) in (?:a |the )?(?:\w+ ){0,4}?(?:squalor|filth|dog (?:mess|"
    r"poo|muck)|excrement|faeces|rubbish piled)|(?:full of|covered in) (?:\w+ ){0,3}?dog "
    r"(?:mess|poo|muck)",
    _needs_child(weak=False),
)
_add(
    "messag text picture photo pic snap",
    r"(?:send|sends|sent|sending|messag\w*|text\w*) (?:her|him|them|my \w+|me) (?:\w+ ){0,3}?"
    r"(?:messages?|texts?|pictures?|photos?|pics|snaps|videos?)? ?(?:that|which) (?:aren't|are "
    r"not|weren't|were not|isn't|is not|wasn't|was not|ain't) (?:right|appropriate|ok|okay|normal|"
    r"suitable)|(?:messages?|texts?|pictures?|photos?) (?:that|which) (?:aren't|are not|weren't|"
    r"isn't|wasn't) (?:right|appropriate|normal|suitable) for (?:a|an) (?:kid|child|girl|boy|\d+)",
    _sexual(),
    neg=False,
    inner_neg=False,
)
_add(
    "text messag call ring phon contact",
    r"(?:keeps?|kept|been|is|started|starts) (?:texting|messaging|calling|ringing|phoning|"
    r"contacting) (?:me|her|him|my \w+) (?:\w+ ){0,3}?(?:late at night|at night|in the night|"
    r"at all hours|in the early hours|asking (?:me out|to meet|to come (?:round|over)|if "
    r"(?:he|she) can come (?:round|over)|for (?:a )?(?:date|drink|pics|photos)))",
    _by_agent(None, only=("S", "SC", "CS", "CM", "P", "PRON", "F", "O")),
)
# Threats that name what will happen.
_violent(
    "pin",
    r"pinned|pins|pinning|pin",
    tail=r"(?= (?:me|him|her|them|us|my \w+|mum|dad|nan) (?:up )?against\b)",
)
_add(
    "whistle forget",
    r"(?:whistle for|(?:can|could) forget (?:about )?) (?:my|your|his|her|their|the|any) (?:\w+ )?"
    r"(?:operation|surgery|appointment|treatment|referral|care|medication|meds|painkillers|bed|"
    r"place|room|tenancy|repairs?)",
    _by_agent({ST}),
    sentence_not=r"^(?!.*\b(?:said|says|told|tells|warned|threaten\w*)\b)",
)
_add(
    "leav left mark bruis welt",
    r"(?:leav(?:e|es|ing)|left) (?:\w+ )?(?:marks|bruises|welts) (?:on|all over)",
    _marks_on,
)
_add(
    "lock",
    r"lock(?:s|ed|ing)? (?:me|her|him|them) in (?:the|my|a|our|her|his) (?:bedroom|room|house|"
    r"flat|bathroom|shed|cupboard|home) (?:when|while|whenever|before|every time) (?:he|she|they) "
    r"(?:goes|go|went|gone) (?:out|to work|away)",
    _by_agent({DV}, allow_staff=False),
)
_add(
    "come comes came coming room bedroom",
    r"(?:come|comes|came|coming|creep|creeps|crept|creeping|gets|got) (?:in|in to|into) (?:my|her|"
    r"his|their) (?:bed)?room (?:at night|in the night|when (?:i'm|i am|she's|he's|everyone's) "
    r"(?:asleep|in bed))",
    _night_visit,
    sentence_not=r"\b(?:obs|observations|check\w*|meds|medication|tablets|turn\w*|pad|buzzer|"
    r"call bell|nurses?|carers?|staff|ward)\b",
)
_add(
    "accidents",
    r"accidents (?:happen|can happen|do happen)|(?:watch|mind) (?:your|my|his|her) back",
    _veiled_threat,
    after_not=r"^\s*[,.!-]*\s*(?:(?:so |and )?(?:don't|do not|not to|no need to) (?:worry|fret|"
    r"apologi[sz]e)|never mind|no harm|(?:it's|it is|that's) (?:fine|ok|okay|alright|nothing)|"
    r"(?:in|when) (?:lifting|moving|bending|carrying|handling))",
)


# ---------------------------------------------------------------------------
# The screen
# ---------------------------------------------------------------------------


_INNER_NEG = re.compile(
    r"\b(?:not|never|(?:do|does|did|was|were|is|are|has|have|had|wo|would|could|ca)n'?t)\b"
)


def _fire(
    rule: _Rule, doc: _Doc, m: re.Match[str]
) -> tuple[set[str], int] | tuple[set[str], int, int] | None:
    start = m.start()
    clause = doc.clause_before(start)
    if rule.neg and _negated(clause):
        return None
    if rule.inner_neg and _INNER_NEG.search(m.group()):
        return None
    if _HYPOTHETICAL.search(doc.before(start)):
        return None
    after = doc.after(m.end())
    if rule.service and _SERVICE_AFTER.match(after):
        return None
    if rule.after_not is not None and rule.after_not.match(after):
        return None
    if rule.before_not is not None and rule.before_not.search(clause):
        return None
    if rule.sentence_not is not None and rule.sentence_not.search(doc.sentence_text(start)):
        return None
    return rule.judge(doc, m)


_MAX_PHRASE = 80
# Matches of one rule looked at in one answer: plenty for real text, a bound for junk.
_MAX_MATCHES = 50


def _phrases(text: str, spans: list[tuple[int, int]]) -> tuple[str, ...]:
    """The matched stretches of ``text`` in reading order, overlapping ones merged."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    phrases = (text[start:end].strip()[:_MAX_PHRASE].strip() for start, end in merged)
    return tuple(dict.fromkeys(p for p in phrases if p))


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, shaped as a trie so that scanning stays fast."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


# Every rule names the stems ("need") without which it cannot match: word beginnings, or,
# marked "*", strings found anywhere ("*self" for "myself").  One scan for all stems decides
# which rules to run, and each runs only over the sentences holding its stems.
_NEEDS = sorted({need for rule in _RULES for need in rule.need if not need.startswith("*")})
_NEEDS_ANYWHERE = sorted({n[1:] for rule in _RULES for n in rule.need if n.startswith("*")})
_TRIGGER_RX = re.compile(r"(?<![a-z0-9])" + _trie_pattern(_NEEDS))
_NEEDS_WITHIN = {n: tuple(m for m in _NEEDS if n.startswith(m)) for n in _NEEDS}
_RULES_BY_NEED = {
    n: tuple(i for i, r in enumerate(_RULES) if n in r.need or "*" + n in r.need)
    for n in _NEEDS + _NEEDS_ANYWHERE
}


def _triggered(norm: str) -> dict[int, list[int]]:
    """Rule index -> positions of its stems in ``norm``."""
    hits: dict[int, list[int]] = {}
    for m in _TRIGGER_RX.finditer(norm):
        for need in _NEEDS_WITHIN[m.group()]:
            for index in _RULES_BY_NEED[need]:
                hits.setdefault(index, []).append(m.start())
    for need in _NEEDS_ANYWHERE:
        at = norm.find(need)
        while at >= 0:
            for index in _RULES_BY_NEED[need]:
                hits.setdefault(index, []).append(at)
            at = norm.find(need, at + 1)
    return hits


class SafeguardingScreen:
    """Screen free-text answers for possible disclosures of harm (see the module docstring)."""

    KINDS: tuple[str, ...] = KINDS

    def check(self, text: str) -> Flag | None:
        """A :class:`Flag` if ``text`` may disclose harm, else ``None``."""
        if not text or not text.strip():
            return None
        # Welsh and Arabic, the survey pages' other languages: their plainest phrases only.
        other_kinds, other_matched = safeguarding_languages.check(text)
        norm = _normalise(text)
        hits = _triggered(norm)
        if not hits:
            if not other_kinds:
                return None
            return Flag(kinds=tuple(sorted(other_kinds)), matched=tuple(other_matched))
        doc = _Doc(text, norm)
        kinds: set[str] = set(other_kinds)
        spans: list[tuple[int, int]] = []
        for index in sorted(hits):
            rule = _RULES[index]
            matches = (m for a, b in doc.windows(hits[index]) for m in rule.rx.finditer(norm, a, b))
            for m in itertools.islice(matches, _MAX_MATCHES):
                result = _fire(rule, doc, m)
                if not result or not result[0]:
                    continue
                kinds |= result[0]
                spans.append((result[1], max((m.end(), *result[2:]))))
        if not kinds:
            return None
        return Flag(kinds=tuple(sorted(kinds)), matched=(*other_matched, *_phrases(text, spans)))

    def check_many(self, texts: Iterable[str]) -> list[Flag | None]:
        """``check`` applied to each text, in order."""
        return [self.check(text) for text in texts]
