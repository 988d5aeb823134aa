"""Safeguarding screens: share of real comments flagged, and held-back recall, per threshold.

For each threshold of the semantic screen it reports the share of ../shared/eval/dev.csv
flagged by the rules and the semantic screen together (only the share: no flagged comment
is printed), the recall of the right kind on the held-back planted set
(tests/analysis/planted_holdout.py) and how many of its ordinary comments are flagged.
The product's threshold is the lowest of the candidates at which the share stays under
3% (docs/analysis.md). The held-back set is never used to write rules or examples; each
run of this script is one more look at it, so run it when a model or threshold changes,
and choose a threshold with --share-only, which reads dev.csv alone.

    .venv/bin/python benchmarks/safeguarding_quality.py [--model DIR] [--thresholds 0.30,0.25]
        [--share-only]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "tests" / "analysis"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from planted_holdout import HARD_NEGATIVES_HOLDOUT, HOLDOUT  # noqa: E402
from scorers import EVAL  # noqa: E402

from analysis.embedding import DEFAULT_MODEL, SentenceEncoder  # noqa: E402
from analysis.safeguarding import KINDS, SafeguardingScreen  # noqa: E402
from analysis.safeguarding_semantic import THRESHOLD, SemanticScreen  # noqa: E402

DEV = EVAL / "dev.csv"


def rule_kinds(texts: list[str]) -> list[set[str]]:
    screen = SafeguardingScreen()
    out = []
    for text in texts:
        flag = screen.check(text)
        out.append(set(flag.kinds) if flag else set())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--model",
        default=DEFAULT_MODEL,
        help='"mpnet" (default), "minilm" or a local model directory',
    )
    parser.add_argument("--labelled", default=str(DEV))
    parser.add_argument("--thresholds", default=f"{THRESHOLD},0.35,0.32,0.28,0.25,0.22,0.20")
    parser.add_argument(
        "--share-only",
        action="store_true",
        help="only the share of dev.csv flagged: no look at the held-back set",
    )
    parser.add_argument("--cache", default=str(ROOT / "instance" / "model-cache"))
    args = parser.parse_args()
    thresholds = sorted({float(t) for t in args.thresholds.split(",")}, reverse=True)

    with Path(args.labelled).open(newline="", encoding="utf-8") as handle:
        real = [row["text"] for row in csv.DictReader(handle) if (row["text"] or "").strip()]
    planted = [] if args.share_only else [t for kind in KINDS for t in HOLDOUT[kind]]
    ordinary = [] if args.share_only else list(HARD_NEGATIVES_HOLDOUT)

    encoder = SentenceEncoder(args.model, cache_dir=args.cache)
    semantic = SemanticScreen(encoder)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        scores = {
            name: semantic.scores(texts)
            for name, texts in (("real", real), ("planted", planted), ("ordinary", ordinary))
        }
    rules = {
        name: rule_kinds(texts)
        for name, texts in (("real", real), ("planted", planted), ("ordinary", ordinary))
    }

    def flagged(name: str, threshold: float) -> list[set[str]]:
        found = [
            {kind for kind, p in zip(KINDS, row, strict=True) if p >= threshold}
            for row in scores[name]
        ]
        return [a | b for a, b in zip(rules[name], found, strict=True)]

    def recall(threshold: float) -> dict[str, float]:
        planted_kinds = flagged("planted", threshold)
        found = {}
        for kind in KINDS:
            hits = [
                kind in k for t, k in zip(planted, planted_kinds, strict=True) if t in HOLDOUT[kind]
            ]
            found[kind] = round(float(np.mean(hits)), 2)
        return found

    rows = []
    for threshold in thresholds:
        row = {
            "threshold": threshold,
            "real_flagged_share": round(
                float(np.mean([bool(k) for k in flagged("real", threshold)])), 4
            ),
        }
        if not args.share_only:
            row["held_back_right_kind"] = recall(threshold)
            row["held_back_ordinary_flagged"] = sum(bool(k) for k in flagged("ordinary", threshold))
        rows.append(row)
    print(
        json.dumps(
            {
                "model": args.model,
                "real_comments": len(real),
                "rules_flag_real_share": round(float(np.mean([bool(k) for k in rules["real"]])), 4),
                "by_threshold": rows,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
