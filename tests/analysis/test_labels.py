"""Theme labels read as a topic a board member understands on sight."""

from __future__ import annotations

import random

from analysis import ThemeFinder

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
