"""Tests for analysis.safeguarding: planted recall, hard negatives, real comments, behaviour.

The planted set lives in planted_disclosures.py (hand-written, no real data).  The real
NHS comments are read from ../shared/eval/dev.csv for measuring only: nothing from that
file is copied here or into the rules.
"""

import pytest
from planted_disclosures import DISCLOSURES, FRESH, HARD_NEGATIVES

from analysis.safeguarding import Flag, SafeguardingScreen

S = SafeguardingScreen()
KINDS = ("self_harm", "abuse_or_neglect", "domestic_violence", "child_at_risk", "staff_threat")


def kinds(text):
    flag = S.check(text)
    return set(flag.kinds) if flag else set()


def recall(texts, kind):
    misses = [t for t in texts if kind not in kinds(t)]
    return 1 - len(misses) / len(texts), misses


# ---------------------------------------------------------------------------
# The interface
# ---------------------------------------------------------------------------


def test_kinds_are_the_five_named_ones():
    assert SafeguardingScreen.KINDS == KINDS
    assert set(DISCLOSURES) == set(FRESH) == set(KINDS)


@pytest.mark.parametrize("text", ["", " ", "\n\t  ", "   \n"])
def test_empty_or_whitespace_gives_none(text):
    assert S.check(text) is None


def test_flag_has_sorted_kinds_and_the_phrases_that_matched():
    text = "My husband hits me and I feel suicidal"
    flag = S.check(text)
    assert isinstance(flag, Flag)
    assert flag.kinds == ("domestic_violence", "self_harm")
    assert flag.matched, "the reviewer needs to see what matched"
    assert all(phrase and phrase in text for phrase in flag.matched)
    assert any("suicidal" in phrase for phrase in flag.matched)
    assert any("hits me" in phrase for phrase in flag.matched)


def test_matched_phrases_keep_the_original_spelling():
    text = "I’ve been CUTTING MYSELF again"
    flag = S.check(text)
    assert flag is not None and flag.kinds == ("self_harm",)
    assert flag.matched == ("been CUTTING MYSELF",)


def test_flag_is_frozen():
    flag = S.check("i want to die")
    with pytest.raises(AttributeError):
        flag.kinds = ()


def test_every_flag_is_well_formed():
    texts = [t for ts in DISCLOSURES.values() for t in ts] + list(HARD_NEGATIVES)
    for flag, text in zip(S.check_many(texts), texts, strict=True):
        if flag is None:
            continue
        assert flag.kinds and list(flag.kinds) == sorted(set(flag.kinds)), text
        assert set(flag.kinds) <= set(KINDS), text
        assert flag.matched and all(p in text for p in flag.matched), text


def test_check_many_equals_check_applied_to_each():
    texts = ["", "my partner hit me", "the food was cold", "i want to die", "a nurse slapped mum"]
    assert S.check_many(texts) == [S.check(t) for t in texts]
    assert S.check_many(iter(texts)) == [S.check(t) for t in texts]
    assert S.check_many([]) == []


def test_screens_are_independent_and_reusable():
    other = SafeguardingScreen()
    assert other.check("my ex threatened to kill me") == S.check("my ex threatened to kill me")


# ---------------------------------------------------------------------------
# Behaviour
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # Who did it decides the kind for the same act.
        ("my husband hit me", {"domestic_violence"}),
        ("a nurse hit me", {"staff_threat"}),
        ("my son hit me", {"abuse_or_neglect"}),
        ("my stepdad hit me", {"child_at_risk"}),
        ("my partner hit the baby", {"child_at_risk"}),
        ("I was hit by my grandson", {"abuse_or_neglect"}),
        ("my daughter was hit by her teacher", {"child_at_risk", "staff_threat"}),
        # Threats: by a partner, a manager, a carer.
        ("my boyfriend threatened to kill me", {"domestic_violence"}),
        ("my manager threatened to sack me if I complained", {"staff_threat"}),
        ("the carer said she would hurt me if I told anyone", {"staff_threat", "abuse_or_neglect"}),
    ],
)
def test_the_doer_decides_the_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "variant",
    [
        "I don't want to live anymore",
        "I dont want to live anymore",
        "I don’t want to live anymore",
        "I DON'T WANT TO LIVE ANYMORE",
        "i dont want to live any more",
    ],
)
def test_case_and_apostrophes_do_not_matter(variant):
    assert kinds(variant) == {"self_harm"}


@pytest.mark.parametrize(
    "text",
    [
        "im suicdal",
        "been feeling suicidle for weeks",
        "ive been self-harming",
        "ive been selfharming",
        "my partners been hitting me",
    ],
)
def test_common_misspellings_are_caught(text):
    assert kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, just exhausted",
        "no abuse or neglect seen",
        "staff would never hurt anyone",
        "my mother was never left in wet pads",
        "nobody was rough with my dad",
    ],
)
def test_negation_clears_the_flag(text):
    assert S.check(text) is None


def test_negation_stops_at_the_clause():
    assert kinds("I'm not suicidal but I do think about not waking up") == {"self_harm"}


@pytest.mark.parametrize(
    "text",
    [
        "the nurse was killing me with kindness",
        "we died laughing at the nurse's jokes",
        "waiting times are killing the NHS",
        "an overdose of paperwork",
        "I was worried about my child's temperature",
        "staff were abusive about parking?",
        "the physio was cutting my toenails",
        "we were hanging around for hours",
        "the wait was torture",
        "the domestic staff keep the ward spotless",
        "it is an abuse of the system",
        "my neglected garden is the least of my worries",
        "I'd rather die than wait in that A&E again",
        "I cut myself on a tin and the nurse glued it",
        "the self-harm team were brilliant",
        "they explained the risks of an overdose of paracetamol",
        "Discharge took all day waiting for medication",
        "It took 45 minutes waiting for my medication",
        "It took a lot of time to get my tablets from pharmacy",
    ],
)
def test_ordinary_health_care_talk_is_not_flagged(text):
    assert S.check(text) is None


@pytest.mark.parametrize(
    "text",
    ["I took all my tablets last night", "took 30 paracetamol", "I took loads of pills at once"],
)
def test_a_quantity_of_pills_taken_is_flagged_where_a_time_span_is_not(text):
    assert kinds(text) == {"self_harm"}


@pytest.mark.parametrize(
    "text",
    [
        "if I ever saw a patient being hit I would report it",
        "the midwife asked whether my partner ever hurts me",
        "they gave me a leaflet about domestic abuse services",
    ],
)
def test_hypotheticals_and_screening_questions_are_not_disclosures(text):
    assert S.check(text) is None


def test_a_screening_question_does_not_hide_the_answer():
    text = "The midwife never asked if I was safe at home and my partner was hitting me"
    assert "domestic_violence" in kinds(text)


@pytest.mark.parametrize(
    "text, kind",
    [
        # Indirect self-harm: a method, a plan or a leave-taking, without the word "suicide".
        ("he told me he's going to crash the car into a tree on purpose", "self_harm"),
        ("i keep thinking i could just step off the edge of the multi storey", "self_harm"),
        ("my kids would manage fine once I'm gone", "self_harm"),
        ("I've worked out which pills and how many it would take", "self_harm"),
        ("she has fresh cuts across her forearms again", "self_harm"),
        ("I tied a scarf round my neck last night, the ward never noticed", "self_harm"),
        # Neglect and abuse told through their signs.
        ("Dad came back from the home with pressure sores down to the bone", "abuse_or_neglect"),
        ("they drug the residents so they're quiet at night", "abuse_or_neglect"),
        (
            "Mum has fingertip bruises on her arms and nobody at the home can explain them",
            "abuse_or_neglect",
        ),
        ("her carer drained her savings account over a year", "abuse_or_neglect"),
        # Control through money, keys and presence.
        ("my husband keeps my passport and my wages so I can't leave", "domestic_violence"),
        ("if I get home late I'll get a hiding off him", "domestic_violence"),
        ("I told the nurse he kicked me", "domestic_violence"),
        # Children out late, unfed, used or groomed.
        ("the boys from upstairs are out on the street past midnight every night", "child_at_risk"),
        ("the kids over the road never seem to get a proper dinner", "child_at_risk"),
        ("her mum's boyfriend leaves bruises on her", "child_at_risk"),
        ("my nephew is 14 and older boys make him carry drugs for them", "child_at_risk"),
        ("my daughter is 14 and her boyfriend is 22", "child_at_risk"),
        # Staff threats that name a consequence.
        ("the nurse said she'd leave me lying there if I rang the bell again", "staff_threat"),
        ("the carer shouted she'd knock me out", "staff_threat"),
        ("the doctor said I could whistle for my referral after I complained", "staff_threat"),
        ("the security guard pinned my son against the door", "staff_threat"),
        # The same words as the ordinary sentences below, but made a threat or a plan.
        ("the carer said she'd knock me out if I told anyone", "staff_threat"),
        ("the HCA said she'd make sure I didn't get my dinner if I complained", "staff_threat"),
        ("the carer said accidents happen to people who report things", "staff_threat"),
        ("I put the cord around my neck and pulled it tight", "self_harm"),
        ("I've planned how to do it, I've saved up my tablets", "self_harm"),
        ("I've been planning how I'd do it. I know which tablets and how many.", "self_harm"),
        ("the home sedated my mum so she was less trouble for the night staff", "abuse_or_neglect"),
        ("I'm too scared to leave him, he says he'll kill me", "domestic_violence"),
        ("I'll get a slap if I'm late home", "domestic_violence"),
        ("I'm 14 and my boyfriend is 23", "child_at_risk"),
    ],
)
def test_indirect_ways_of_saying_it(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I drove into the hospital car park and there were no spaces",
        "we stood on the platform for an hour because the trains were cancelled",
        "the physio put a heat pack around my neck which helped",
        "my husband is with me at every appointment and the staff are lovely with him",
        "The ambulance nearly drove into a wall, the driver was going too fast",
        "I need the pain in my hip to stop for good, when will I get the operation",
        "my mum had a pressure sore that the district nurses treated brilliantly",
        "the kids were playing out till 9 in the summer holidays",
        "the nurse took photos of the baby for us, lovely touch",
        "my daughter is 15 and her boyfriend is 16, they both came to the clinic",
        "I'm scared to leave mum on her own with her dementia",
        "the carer comes in my room at night to check my pad and she's lovely",
        "the nurse said if I pressed the buzzer she'd make sure someone came",
        "I know which tablets to take and how many, the pharmacist was clear",
        "my wife won't give me the car keys since my stroke, she's right",
        "My son lives with me and helps with my pills",
        # Found by review: procedure talk, kind words and family life read as harm.
        "The anaesthetist said he'd knock me out for the procedure",
        "The nurse said she'd leave me lying down for an hour after the procedure",
        "The receptionist said she'd make sure I didn't have to wait so long next time",
        "I told the nurse I'd spilt my tea and she said accidents happen, don't worry",
        "I put my scarf around my neck as the waiting room was freezing",
        "We were planning how to go home",
        "The physio showed me the exercises and I worked out how to do it myself",
        "I know exactly which tablets to take and how many I need now",
        "my husband and kids would cope fine without me for the week of respite",
        "They sedated my son so he was calm for the MRI scan",
        "The dentist sedated my daughter so she was calm for her fillings",
        "My wife is always with me at every appointment as I can't speak well since my stroke",
        "My dad keeps falling, I'm scared to leave him",
        "I'll get a slap on the wrist from the GP",
        "The phlebotomist left bruises all over my arm",
        "My husband won't let me have the car keys since my cataract op",
        "Since my partner moved in, my 10 year old has settled really well",
        "My son is 8 and my partner is 40",
        "I'm 14 and my boyfriend is 18 months older",
        "The nurse took photos of my baby's first bath",
        # Variants of the same kinds of sentence.
        "The surgeon said he'd knock me out with a general anaesthetic for the operation",
        "The midwife said she'd leave me lying on my side for a while after the epidural",
        "The nurse said she'd make sure I didn't have to fast for too long before my op",
        "The carer knocked over my cup and said accidents happen, not to worry",
        "I wrapped my scarf around my neck because the ward was so chilly",
        "We were planning how to go back to the clinic by bus",
        "The nurse showed me how to use the inhaler and I figured out how to do it myself at home",
        "I've worked out which tablets I take in the morning and how many, thanks to the blister "
        "pack",
        "My wife and kids would manage fine without me for the few days I'm in hospital",
        "The hospital sedated my dad so he was calm for the CT scan",
        "My son was sedated so he was calm for his dental extraction",
        "My husband is always with me at every appointment because I'm deaf and need him to hear",
        "My mum has dementia and keeps wandering, I'm scared to leave her",
        "I'll get a smack on the wrist from the dentist for not flossing",
        "The nurse left bruises on my arm when she put the cannula in",
        "My wife won't let me have the car keys since my heart op",
        "Since my girlfriend moved in, my 12 year old has been much happier",
        "My daughter is 9 and my husband is 45, we both came to her appointment",
        "I'm 15 and my boyfriend is 11 months older than me",
        "The midwife took photos of our newborn's first bath for us",
    ],
)
def test_the_indirect_patterns_leave_ordinary_talk_alone(text):
    assert S.check(text) is None


# ---------------------------------------------------------------------------
# Planted evaluation set
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_planted_recall_per_kind(kind):
    score, misses = recall(DISCLOSURES[kind], kind)
    assert score >= 0.95, f"{kind} recall {score:.3f}; missed: {misses}"


def test_hard_negatives_are_rarely_flagged():
    flagged = [t for t, f in zip(HARD_NEGATIVES, S.check_many(HARD_NEGATIVES), strict=True) if f]
    rate = len(flagged) / len(HARD_NEGATIVES)
    assert rate <= 0.02, f"{rate:.1%} of hard negatives flagged: {flagged}"


# Texts written blind to the rules.  They were first measured untouched (the rules alone
# found about half); since then they have served as the development set: their misses were
# studied and rules written for the underlying ways of saying those things (never the
# sentences themselves).  So recall on them now measures fit, not generalisation (a separate
# held-back set does that); this floor only guards against losing ground.
FRESH_FLOOR = 0.9


@pytest.mark.parametrize("kind", KINDS)
def test_fresh_recall_per_kind(kind):
    texts = FRESH[kind]
    if not texts:
        pytest.skip(f"FRESH[{kind!r}] is still empty")
    score, misses = recall(texts, kind)
    assert score >= FRESH_FLOOR, f"{kind} FRESH recall {score:.3f}; missed: {misses}"


# ---------------------------------------------------------------------------
# Real comments and speed
# ---------------------------------------------------------------------------


def test_real_nhs_comments_are_rarely_flagged(dev_rows):
    texts = [row["text"] for row in dev_rows]
    assert len(texts) > 1000
    rate = sum(1 for flag in S.check_many(texts) if flag) / len(texts)
    assert rate <= 0.05, f"{rate:.2%} of dev.csv comments flagged"


def test_a_huge_unpunctuated_answer_is_screened():
    # Context is bounded, so this takes a fraction of a second (benchmarks/screen_speed.py);
    # unbounded, it took minutes and the suite's timeout would fail it.
    answer = "hit hit my husband hits me and the nurse was lovely " * 1000  # ~50k characters
    flag = S.check(answer)
    assert flag is not None and "domestic_violence" in flag.kinds
