"""Theme labels read as a topic a board member understands on sight."""

from __future__ import annotations

import random

import pytest

from analysis import ThemeFinder
from analysis.themes import names_no_subject

PARKING = [
    "parking at the hospital is impossible",
    "car park full, no parking spaces",
    "parking charges are too high",
]
FOOD = [
    "the food on the ward was cold",
    "hospital food was tasty and hot",
    "food choices were poor",
]


def fit(topic: list[str], n: int = 20):
    rng = random.Random(0)
    texts = []
    for i in range(n):
        for phrases in (topic, PARKING, FOOD):
            texts.append(f"{rng.choice(phrases)} {rng.choice(['', 'again', 'today'])} {i}")
    return ThemeFinder(n_themes=3).fit(texts)


def label_of(finder: ThemeFinder, word: str) -> str:
    return next(t.label for t in finder.themes_ if word in " ".join(t.keywords))


def test_a_phrase_ending_in_a_light_verb_never_names_a_theme():
    finder = fit(
        [
            "seeing the same person every time means having someone who knows you",
            "the same person every time means having to explain less",
            "every time means having a different doctor",
        ]
    )
    label = label_of(finder, "time")
    words = label.lower().split()
    light = {"having", "means", "get", "got", "make", "made", "being", "been", "would"}
    assert words[0] not in light and words[-1] not in light, label


def test_a_loose_word_does_not_lead_a_noun_phrase():
    finder = fit(
        [
            "I was treated with dignity and respect",
            "treated with dignity and respect by everyone",
            "always treated me with dignity and respect",
            "treated well",
        ]
    )
    assert label_of(finder, "dignity") == "Dignity and respect"


def test_only_the_first_word_of_a_label_is_capitalised():
    finder = fit(["the lunch club is a lifeline", "lunch club every week", "our lunch club"])
    label = label_of(finder, "lunch")
    assert label[0].isupper() and label[1:] == label[1:].lower(), label


def fit_plain(topic: list[str], n: int = 30) -> ThemeFinder:
    """Like `fit`, with nothing added to the answers but a number."""
    rng = random.Random(0)
    texts = [f"{rng.choice(p)} {i}" for i in range(n) for p in (topic, PARKING, FOOD)]
    return ThemeFinder(n_themes=3).fit(texts)


NO_SUBJECT = [
    "Absolutely brilliant, thank you so much",
    "excellent, could not fault anything",
    "perfect, thank you",
    "amazing, really happy",
    "all very good thank you",
]


def test_a_theme_of_praise_with_no_subject_is_the_overall_experience():
    finder = fit_plain(NO_SUBJECT)
    labels = sorted(t.label for t in finder.themes_)
    assert labels.count("Overall experience") == 1, labels
    assert label_of(finder, "park") != "Overall experience"
    assert label_of(finder, "food") != "Overall experience"


def test_praise_of_a_subject_keeps_the_subject_as_its_label():
    finder = fit_plain([f"{text}, the physiotherapy" for text in NO_SUBJECT])
    labels = sorted(t.label for t in finder.themes_)
    assert "Overall experience" not in labels, labels
    assert label_of(finder, "physiotherapy").startswith("Physiotherapy"), labels


def test_only_one_theme_is_the_overall_experience():
    rng = random.Random(2)
    praise = [f"{rng.choice(NO_SUBJECT)} {i}" for i in range(80)]
    parking = [f"{rng.choice(PARKING)} {i}" for i in range(30)]
    finder = ThemeFinder(n_themes=4).fit(praise + parking)
    labels = [t.label for t in finder.themes_]
    assert len(set(labels)) == len(labels), labels
    assert sum(label.startswith("Overall experience") for label in labels) == 1, labels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Absolutely brilliant, thank you so much", True),
        ("Couldn't fault anything", True),
        ("Can’t fault it", True),
        ("no, all good", True),
        ("A&E was brilliant", False),
        ("Lovely staff", False),
        ("Nobody told us anything", False),
        ("I made a complaint", False),
        ("My back", False),
        ("Cannot get through", False),
        ("my little one was brave", False),
    ],
)
def test_which_answers_name_no_subject(text, expected):
    assert names_no_subject(text) is expected


def test_welsh_function_words_never_name_a_theme():
    parking = [
        "Mae'r parcio yn ddrud iawn",
        "Roedd y parcio yn anodd",
        "Dim lle parcio yn y maes parcio",
        "Mae'r maes parcio yn llawn bob amser",
    ]
    food = ["Roedd y bwyd yn oer", "Mae'r bwyd yn flasus", "Bwyd yn hwyr ac yn oer"]
    staff = ["Roedd y nyrsys yn garedig iawn", "Mae'r staff yn brysur", "Staff yn gyfeillgar"]
    finder = ThemeFinder(n_themes=3, min_theme_size=2).fit((parking + food + staff) * 3)
    words = {w for t in finder.themes_ for text in (t.label, *t.keywords) for w in text.split()}
    assert {t.label.split()[0] for t in finder.themes_} == {"Parcio", "Bwyd", "Staff"}
    assert not words & {"yn", "Yn", "mae", "Mae", "roedd", "Roedd", "ac", "iawn"}
