"""Sentiment quality on the labelled NHS comments in ../shared/eval (read in place, never copied).

Runs `analysis.SentimentScorer` over dev.csv, writes `id,sentiment` predictions and scores
them with the shared `score_sentiment.py` (macro-F1 over positive / neutral / negative).
The scorer gets each answer's text and a plausible wording of its question, never the
rating column.

    .venv/bin/python benchmarks/sentiment_quality.py [--lexical-only] [--out predictions.csv]

Speed depends on how busy the machine is; `--torch-threads 1` helps when it is.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scorers import EVAL, run_scorer  # noqa: E402

from analysis.sentiment import LABELS, SentimentScorer  # noqa: E402

DEV = EVAL / "dev.csv"
# dev.csv codes the question; the product sees its wording. This mapping belongs to the
# benchmark only: the scorer infers polarity from whatever wording it is given.
WORDINGS = {
    "could_improve": "What could we do better?",
    "what_good": "What was good?",
    "nonspecific": "Please tell us why you gave your answer",
}


def load_encoder(model: str | None = None):
    from analysis.embedding import DEFAULT_MODEL, SentenceEncoder

    return SentenceEncoder(model or DEFAULT_MODEL)


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def per_class_f1(confusion: list[list[int]]) -> dict[str, float]:
    out = {}
    for i, label in enumerate(LABELS):
        tp = confusion[i][i]
        predicted = sum(row[i] for row in confusion)
        actual = sum(confusion[i])
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        both = precision + recall
        out[label] = round(2 * precision * recall / both, 4) if both else 0.0
    return out


def score(labelled: Path, predictions: Path) -> dict:
    return run_scorer("score_sentiment.py", labelled, predictions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labelled", default=str(DEV))
    parser.add_argument("--lexical-only", action="store_true", help="no sentence encoder")
    parser.add_argument("--model", help='"mpnet" (default), "minilm" or a model directory')
    parser.add_argument("--out", help="keep the predictions CSV here")
    parser.add_argument("--torch-threads", type=int, help="torch threads (fewer on a busy machine)")
    args = parser.parse_args()
    rows = read_rows(Path(args.labelled))
    texts = [row["text"] for row in rows]
    questions = [WORDINGS.get(row["question_type"]) for row in rows]

    if args.torch_threads:
        import torch

        torch.set_num_threads(args.torch_threads)
    started = time.perf_counter()
    encoder = None if args.lexical_only else load_encoder(args.model)
    loaded = time.perf_counter()
    scorer = SentimentScorer(encoder=encoder)
    scorer.predict(["warm up"], ["What was good?"])  # fits the model
    fitted = time.perf_counter()
    labels = scorer.predict(texts, questions)
    predicted = time.perf_counter()

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.out) if args.out else Path(tmp) / "predictions.csv"
        with out.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "sentiment"])
            writer.writerows(zip((row["id"] for row in rows), labels, strict=True))
        report = score(Path(args.labelled), out)
    print(
        json.dumps(
            {
                "encoder": "none (lexical only)" if encoder is None else encoder.name,
                "n": report["n"],
                "macro_f1": report["macro_f1"],
                "accuracy": report["accuracy"],
                "f1_per_class": per_class_f1(report["confusion"]),
                "confusion (rows gold, cols predicted)": dict(
                    zip(LABELS, report["confusion"], strict=True)
                ),
                "seconds": {
                    "load_encoder": round(loaded - started, 1),
                    "fit": round(fitted - loaded, 1),
                    "predict": round(predicted - fitted, 1),
                    "texts": len(texts),
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
