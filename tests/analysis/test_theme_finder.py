"""ThemeFinder keeps the scikit-learn contract and finds themes people would recognise."""

from __future__ import annotations

import random

import numpy as np
import pytest
from sklearn.exceptions import NotFittedError

from analysis import ThemeFinder, is_no_content
from analysis.themes import subject_text, subject_vectors
from feedback.services import demo_text

TOPICS = {
    "waiting": [
        "waited four hours in A&E",
        "the wait for an appointment was too long",
        "long waiting times in clinic",
        "waiting room packed, waited ages",
    ],
    "parking": [
        "parking at the hospital is impossible",
        "car park full, no parking spaces",
        "parking charges are too high",
        "could not find parking anywhere",
    ],
    "food": [
        "the food on the ward was cold",
        "hospital food was tasty and hot",
        "food choices were poor",
        "lovely food and hot drinks",
    ],
}


def comments(n_per_topic: int, seed: int = 0) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    texts, labels = [], []
    for topic, phrases in TOPICS.items():
        for i in range(n_per_topic):
            texts.append(
                f"{rng.choice(phrases)} {rng.choice(['', 'really', 'again', 'today'])} {i}"
            )
            labels.append(topic)
    return texts, labels


def test_fit_returns_self():
    finder = ThemeFinder(n_themes=3)
    assert finder.fit(comments(10)[0]) is finder


def test_transform_before_fit_raises():
    with pytest.raises(NotFittedError):
        ThemeFinder().transform(["a comment"])


def test_same_random_state_gives_the_same_themes():
    texts = comments(20)[0]
    first = ThemeFinder(random_state=3).fit(texts)
    second = ThemeFinder(random_state=3).fit(texts)
    assert np.array_equal(first.labels_, second.labels_)
    assert [t.label for t in first.themes_] == [t.label for t in second.themes_]


def test_each_topic_becomes_one_theme():
    texts, labels = comments(20)
    finder = ThemeFinder(n_themes=3).fit(texts)
    for topic in TOPICS:
        found = {finder.labels_[i] for i, label in enumerate(labels) if label == topic}
        assert len(found) == 1, topic


def test_labels_and_keywords_name_the_topic():
    finder = ThemeFinder(n_themes=3).fit(comments(20)[0])
    words = " ".join(t.label.lower() + " " + " ".join(t.keywords) for t in finder.themes_)
    assert "parking" in words and "food" in words and "wait" in words


def test_predict_assigns_new_text_without_refitting():
    finder = ThemeFinder(n_themes=3).fit(comments(20)[0])
    before = finder.centroids_.copy()
    parking = finder.predict(["no parking spaces again"])[0]
    assert "parking" in (finder.themes_[parking].label + " ".join(finder.themes_[parking].keywords))
    assert np.array_equal(before, finder.centroids_)


def demo_answers(n: int) -> list[str]:
    rng = random.Random(1)
    found = demo_text.patient_comments(rng, n, "nhs_acute")
    return [c.better for c in found if not is_no_content(c.better)]


def test_a_small_survey_gets_fewer_themes_than_a_large_one():
    small = ThemeFinder().fit(demo_answers(200))
    large = ThemeFinder().fit(demo_answers(3000))
    assert len(small.themes_) < len(large.themes_)


def test_identical_answers_do_not_break_fitting():
    finder = ThemeFinder().fit(["Great service"] * 30)
    assert sum(t.size for t in finder.themes_) == 30


def test_no_theme_is_smaller_than_the_minimum_size():
    finder = ThemeFinder(min_theme_size=5).fit(comments(12)[0] + ["a stray remark"])
    assert min(t.size for t in finder.themes_) >= 5


@pytest.mark.parametrize(
    "text", ["", "N/A", "nothing", "No comment", "  none. ", "🙂👍", "-", "[name]"]
)
def test_answers_with_nothing_to_theme_are_no_content(text):
    assert is_no_content(text)


@pytest.mark.parametrize("text", ["Nothing was too much trouble", "no parking", "Diolch yn fawr"])
def test_answers_with_something_to_say_have_content(text):
    assert not is_no_content(text)


def test_vectors_of_another_length_than_the_texts_are_refused():
    texts = comments(10)[0]
    with pytest.raises(ValueError, match="one row per text"):
        ThemeFinder(n_themes=3).fit(texts, vectors=np.zeros((len(texts) + 5, 8)))


def test_a_warm_start_with_more_centres_than_allowed_keeps_to_max_themes():
    texts = comments(40)[0]
    first = ThemeFinder(n_themes=6, min_theme_size=1).fit(texts)
    assert len(first.themes_) == 6
    again = ThemeFinder(max_themes=3, min_theme_size=1, initial_centres=first.centroids_)
    assert len(again.fit(texts).themes_) <= 3


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The staff were absolutely brilliant, thank you", "The staff were , you"),
        ("Parking was a nightmare", "Parking was a nightmare"),
        ("Really poor food", "food"),
        ("Couldn't fault the nurses", "Couldn't the nurses"),
    ],
)
def test_the_subject_of_an_answer_leaves_out_the_words_that_only_judge(text, subject):
    assert subject_text(text) == subject


@pytest.mark.parametrize("text", ["Very good", "Excellent, thank you!", "🙂"])
def test_an_answer_with_no_subject_is_its_own_subject(text):
    assert subject_text(text) == text


class CountingEncoder:
    """Encodes each text as a vector of its length, remembering what it was asked."""

    def __init__(self):
        self.asked: list[str] = []

    def encode(self, texts):
        self.asked += texts
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)


def test_subject_vectors_encode_again_only_the_answers_that_lose_words():
    texts = ["Parking was a nightmare", "Lovely food", "Very good"]
    whole = np.array([[0.0, 1.0], [0.0, 2.0], [0.0, 3.0]], dtype=np.float32)
    encoder = CountingEncoder()
    found = subject_vectors(encoder, texts, whole)
    assert encoder.asked == ["food"]
    assert found.tolist() == [[0.0, 1.0], [4.0, 1.0], [0.0, 3.0]]
    assert whole[1].tolist() == [0.0, 2.0], "the whole-text vectors are left as given"
