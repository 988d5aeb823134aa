"""The shared scorers in ../shared/eval, each run as its own process on a predictions CSV."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def run_scorer(script: str, labelled: Path | str, predictions: Path | str) -> dict:
    """The JSON report of `script` (e.g. "score_themes.py"); exits if it refuses the file."""
    done = subprocess.run(
        [sys.executable, str(EVAL / script), str(labelled), str(predictions)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.exit(f"{script} refused the predictions: {done.stderr.strip()}")
    return json.loads(done.stdout)
