"""Theme quality per model over several random seeds, on the labelled NHS comments.

Unlike benchmarks/theme_quality.py (the CLI path, one seed), this fits `ThemeFinder` on
every comment of ../shared/eval/dev.csv with text (no "nothing" themes, no question
wording), once per seed, and scores the rank-1 theme with the shared scorer, so two models
can be compared beyond one seed's luck. The data is read where it lies, never copied.

    .venv/bin/python benchmarks/theme_seeds.py [--models mpnet,minilm] [--seeds 4] [--float32]

`--float32` runs the model in float32 even where the processor computes bfloat16.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scorers import EVAL, run_scorer  # noqa: E402

from analysis import ThemeFinder, is_no_content  # noqa: E402
from analysis.embedding import SentenceEncoder, encoder_for  # noqa: E402
from analysis.themes import subject_vectors  # noqa: E402


def score(labelled: Path, predictions: Path) -> dict:
    report = run_scorer("score_themes.py", labelled, predictions)
    return {
        "nmi_major": report["major_single"]["nmi"],
        "ami_major": report["major_single"]["ami"],
        "nmi_sub": report["sub_single"]["nmi"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labelled", default=str(EVAL / "dev.csv"))
    parser.add_argument("--models", default="mpnet,minilm")
    parser.add_argument("--seeds", type=int, default=4)
    parser.add_argument("--float32", action="store_true", help="never run the model in bfloat16")
    args = parser.parse_args()
    labelled = Path(args.labelled)
    with labelled.open(newline="", encoding="utf-8") as handle:
        rows = [
            r
            for r in csv.DictReader(handle)
            if (r["text"] or "").strip() and not is_no_content(r["text"])
        ]
    texts = [r["text"] for r in rows]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for model in args.models.split(","):
            encoder = encoder_for(model, str(ROOT / "instance" / "model-cache"))
            if encoder is not None and args.float32:
                encoder = SentenceEncoder(model, encoder.cache_dir, bfloat16=False)
            vectors = None if encoder is None else subject_vectors(encoder, texts)
            runs = []
            for seed in range(args.seeds):
                finder = ThemeFinder(random_state=seed, encoder=encoder)
                finder.fit(texts, vectors=vectors)
                out = Path(tmp) / f"{model}-{seed}.csv"
                with out.open("w", newline="") as handle:
                    writer = csv.writer(handle)
                    writer.writerow(["id", "theme"])
                    writer.writerows(zip((r["id"] for r in rows), finder.labels_, strict=True))
                runs.append({"seed": seed, "themes": len(finder.themes_), **score(labelled, out)})
                print(model, runs[-1], file=sys.stderr, flush=True)
            results[model] = {
                "runs": runs,
                **{
                    f"{key}_mean_sd": [
                        round(statistics.mean(r[key] for r in runs), 3),
                        round(statistics.stdev(r[key] for r in runs), 3) if len(runs) > 1 else 0,
                    ]
                    for key in ("nmi_major", "ami_major", "nmi_sub")
                },
            }
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
