"""Direct disclosures of harm written in Welsh or Arabic, the other languages the survey
pages are offered in.

The English screen (`analysis.safeguarding`) reads phrasing, negation and who did what to
whom; this is far less: a short, self-written list of the plainest ways to say "I want to
kill myself", "I have been self-harming", "my husband hits me", "the nurse threatened me"
or "my child is in danger", so that an answer given on a Welsh or Arabic page that says so
gets the help box and reaches the safeguarding lead. It reads no negation: "I don't want
to kill myself" is flagged too, and a reviewer closes it. Anything less direct is missed.
"""

from __future__ import annotations

import re
import unicodedata

SH, AN, DV, CH, ST = (
    "self_harm",
    "abuse_or_neglect",
    "domestic_violence",
    "child_at_risk",
    "staff_threat",
)

# Welsh, after folding: lower case, no accents ("ŵ" is "w", "â" is "a"), hyphens as spaces.
# Welsh mutates the first letter of a word after some words ("lladd" -> "ladd" after "i",
# "taro" -> "nharo" after "fy"), so each verb is given in the forms it takes here.
_SELF = r"fy hun(?:an)?"
_WELSH = (
    (SH, rf"\b(?:l|ll)add {_SELF}\b"),  # kill myself
    (SH, r"\bhunan ?ladd(?:iad|ol)\b"),  # suicide, suicidal
    (SH, r"\bhunan ?(?:niweid(?:io|iad)|anaf(?:u|iad))\b"),  # self-harm, self-injury
    (SH, rf"\b(?:niweidio|anafu|brifo|frifo|torri|dorri) {_SELF}\b"),  # harm, hurt, cut myself
    (SH, r"\b(?:eisiau|isio|moyn) marw\b"),  # want to die
    (SH, r"\bddim (?:eisiau|isio|moyn) byw\b"),  # don't want to live
    (SH, r"\b(?:diweddu|dod a|rhoi diwedd ar) fy mywyd\b"),  # end my life
    (DV, r"\b(?:trais|cam ?drin) (?:domestig|yn y cartref)\b"),  # domestic violence, abuse
    (
        DV,
        r"\bfy (?:mhartner|ngwr|ngwraig|nghariad|nghyn bartner|nghyn wr|nghyn wraig)\b"
        r".{0,60}?\bfy (?:nharo|mwrw|nghuro|nghicio|nhagu|mygwth)\b",
    ),  # my partner / husband / wife hits, beats, kicks, strangles, threatens me
    (
        ST,
        r"\b(?:nyrs|meddyg|doctor|gofalwr|gofalwraig|aelod o staff|staff)\b"
        r".{0,60}?\b(?:wedi |yn )fy (?:nharo|mwrw|nghuro|mygwth|nghyffwrdd)\b",
    ),  # a nurse / doctor / carer hit, threatened or touched me
    (AN, r"\b(?:c|g|ngh|ch)am ?drin\b|\bcamdriniaeth\b"),  # abuse (in any mutation)
    (CH, r"\b(?:p|b|mh|ph)l(?:entyn|ant) (?:mewn|dan) (?:b|p|mh)erygl\b"),  # a child in danger
)

# Arabic, after folding: no short vowels or tatweel, every alef plain, "ة" as "ه", "ى" as
# "ي", hamza on waw or yaa dropped to the letter.
_ARABIC = (
    (SH, r"(?:اقتل|قتل|ايذاء|اذيه|اوذي|اذي|اجرح|جرح) نفسي"),  # kill, harm, hurt, cut myself
    (SH, r"انتحا?ر"),  # suicide, to kill oneself
    (SH, r"(?:اريد|اود|ابغي|بدي|عايز|اتمني) (?:ان )?اموت"),  # I want to die
    (SH, r"(?:انهاء|انهي) حياتي"),  # end my life
    (DV, r"عنف (?:اسري|منزلي)"),  # domestic violence
    (
        DV,
        r"(?:زوجي|زوجتي|شريكي|شريكتي|طليقي|طليقتي).{0,40}?"
        r"(?:يضربني|تضربني|ضربني|ضربتني|يهددني|تهددني|هددني|يعنفني)",
    ),  # my husband / wife / partner / ex hits or threatens me
    (
        ST,
        r"(?:الممرضه|الممرض|الطبيب|الطبيبه|الدكتور|الدكتوره|الموظف|الموظفه|المعالج)"
        r".{0,40}?(?:هددني|هددتني|يهددني|ضربني|ضربتني|تحرش بي|تحرشت بي)",
    ),  # a nurse / doctor / member of staff threatened, hit or harassed me
    (AN, r"(?:يضربني|يعتدي علي|اعتدي علي|اعتداء جنسي|يتحرش بي|تحرش بي)"),  # hits, assaults me
    (
        CH,
        r"(?:طفلي|طفلتي|ابني|ابنتي|اطفالي|اولادي|الطفل|الاطفال) (?:في|بـ?) خطر",
    ),  # child in danger
)


def _fold_welsh(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s\-‐‑–—]+", " ", plain.replace("’", "'"))


_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_ARABIC_LETTERS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي"}
)


def _fold_arabic(text: str) -> str:
    return re.sub(r"\s+", " ", _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS))


_RULES = tuple((kind, re.compile(rx), _fold_welsh) for kind, rx in _WELSH) + tuple(
    (kind, re.compile(rx), _fold_arabic) for kind, rx in _ARABIC
)
_HAS_ARABIC = re.compile("[\u0600-\u06ff]")


def check(text: str) -> tuple[set[str], list[str]]:
    """The kinds of harm a Welsh or Arabic answer discloses directly, and the words that
    said so (as folded); empty where none."""
    kinds: set[str] = set()
    matched: list[str] = []
    arabic = bool(_HAS_ARABIC.search(text))
    folded = {_fold_welsh: _fold_welsh(text), _fold_arabic: _fold_arabic(text) if arabic else ""}
    for kind, rx, fold in _RULES:
        found = rx.search(folded[fold])
        if found:
            # One kind per answer for a staff member's or partner's harm: the more
            # specific rule was tried first, so plain "hits me" does not add abuse too.
            if kind == AN and kinds & {DV, ST}:
                continue
            kinds.add(kind)
            matched.append(found.group())
    return kinds, matched
