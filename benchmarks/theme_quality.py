"""Theme quality on the labelled NHS comments in ../shared/eval, through the CLI path.

import-responses -> analyse -> export-themes, in a throwaway SQLite database, then the
shared scorer on the rank-1 theme of each comment. The data is read where it lies and
never copied into the project (CC BY-NC-SA 4.0).

    .venv/bin/python benchmarks/theme_quality.py [--labelled ../shared/eval/dev.csv]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import tempfile
import time
from pathlib import Path

from scorers import EVAL, run_scorer

ROOT = Path(__file__).resolve().parent.parent
# import-responses as the acceptance asks: the question's wording from question_type.
IMPORT_OPTIONS = [
    *("--survey", "eval", "--create", "--text-column", "text", "--id-column", "id"),
    *("--date-column", "date", "--organisation-column", "trust"),
    *("--rating-column", "fft_rating", "--respondent-type", "patient"),
    *("--question-column", "question_type"),
]


def flask(env: dict[str, str], *args: str) -> str:
    command = [str(ROOT / ".venv" / "bin" / "flask"), "--app", "wsgi", *args]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return done.stdout


def predictions(themes_csv: Path, out: Path) -> None:
    with themes_csv.open(newline="") as source, out.open("w", newline="") as target:
        writer = csv.writer(target)
        writer.writerow(["id", "theme"])
        for row in csv.DictReader(source):
            if row["rank"] in ("1", ""):
                writer.writerow([row["response_id"], row["theme_id"]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labelled", default=str(EVAL / "dev.csv"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp}/eval.db", "HF_HUB_OFFLINE": "1"}
        flask(env, "db", "upgrade")
        flask(env, "seed-demo")
        flask(env, "import-responses", args.labelled, *IMPORT_OPTIONS)
        started = time.perf_counter()
        flask(env, "analyse", "--survey", "eval")
        seconds = time.perf_counter() - started
        flask(env, "export-themes", "--survey", "eval", "--out", f"{tmp}/themes.csv")
        predictions(Path(tmp) / "themes.csv", Path(tmp) / "predictions.csv")
        report = run_scorer("score_themes.py", args.labelled, f"{tmp}/predictions.csv")
    print(
        json.dumps(
            {
                "analyse_seconds": round(seconds, 1),
                "n_themes": report["n_themes"],
                "coverage": report["coverage"],
                "nmi_major": report["major_single"]["nmi"],
                "ami_major": report["major_single"]["ami"],
                "nmi_sub": report["sub_single"]["nmi"],
                "share_in_small": report["small_clusters"]["share_in_small"],
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
