"""Throughput of the per-answer screens: redaction, safeguarding (rules, and by meaning
with vectors given), sentiment, and sentence encoding, on synthetic answers.

    .venv/bin/python benchmarks/screen_speed.py [--answers 20000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis import Redactor, SafeguardingScreen, SentimentScorer  # noqa: E402
from analysis.embedding import SentenceEncoder  # noqa: E402
from analysis.safeguarding_semantic import SemanticScreen  # noqa: E402
from feedback.services import demo_text  # noqa: E402


def answers(n: int) -> list[str]:
    rng = random.Random(7)
    comments = demo_text.patient_comments(rng, n, "nhs_acute")
    texts = [c.better or c.good for c in comments]
    # A long unpunctuated answer among them, as real forms get.
    texts[0] = "my husband hits me and the nurse was lovely " * 1000
    return texts


def rate(label: str, n: int, work) -> None:
    work()  # warm: models load and fit on first use
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    print(f"{label:<46} {n / seconds:>10,.0f} answers/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=20_000)
    args = parser.parse_args()
    texts = answers(args.answers)
    few = texts[:2000]
    encoder = SentenceEncoder()
    vectors = encoder.encode(few)
    rate("redaction", len(texts), lambda: Redactor().redact_many(texts))
    rate("safeguarding rules", len(texts), lambda: SafeguardingScreen().check_many(texts))
    rate("sentence encoding (all-MiniLM-L6-v2, CPU)", len(few), lambda: encoder.encode(few))
    semantic = SemanticScreen(encoder)
    rate(
        "safeguarding by meaning, vectors given",
        len(few),
        lambda: semantic.check_many(few, vectors),
    )
    scorer = SentimentScorer(encoder=encoder)
    questions = ["What could we do better?"] * len(few)
    rate(
        "sentiment, vectors given",
        len(few),
        lambda: scorer.predict(few, questions, vectors=vectors),
    )


if __name__ == "__main__":
    main()
