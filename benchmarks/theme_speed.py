"""Theme engine speed and memory against a bare TF-IDF + SVD(100) + MiniBatchKMeans pipeline.

Both run in the same invocation, on the same synthetic answers, each (size, method) in a fresh
subprocess so that its peak RSS is its own. The product is the app's re-analysis with the
sentence vectors already cached: ThemeFinder(...).fit(texts, vectors=V), then transform and
rank_themes. Encoding (paid once per answer, in the background) is measured on its own, on a
pool of distinct answers; each size is then drawn from that pool with replacement, so every
vector is the real vector of its text.

    .venv/bin/python benchmarks/theme_speed.py [--sizes 10000,100000,1000000] [--pool 20000]
        [--out results.json] [--float32]

`--float32` encodes in float32 even where the processor computes bfloat16 natively.

Wall time is taken inside the child around the work only (after imports and data loading).
The product's child never loads the model: as in the app's re-analysis job, the answers'
vectors are cached and so are the vectors of the engine's own example sentences (the encoding
child writes them to the model cache, as the first run of the app does). Peak RSS is the
child's VmHWM at the end; the RSS just before the work is reported too, so the increment can
be read off. Figures: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The acceptance targets: product / bare.
TIME_TARGET = 3.0
RSS_TARGET = 2.0
RSS_TARGET_SIZES = (10_000, 100_000)

MIN_WORDS, MAX_WORDS = 5, 40

# Details people add, so that the pool is not the demo generator's finite set of sentences.
_DETAILS = (
    "Waited {n} minutes.",
    "Ward {n}.",
    "{n} visits this year.",
    "Rated {n} out of 10.",
    "Appointment number {n}.",
    "Been coming here {n} years.",
    "That was my {n}th call.",
    "Room {n}.",
    "Over {n} hours in total.",
    "Bus number {n} stops outside.",
)
_ASIDES = (
    "honestly",
    "to be fair",
    "as usual",
    "again",
    "sadly",
    "luckily",
    "overall",
    "mostly",
    "last week",
    "this time",
    "on Tuesday",
    "at the weekend",
    "in the evening",
    "first thing",
    "after lunch",
    "once more",
    "for once",
    "as ever",
    "in my view",
    "if I'm honest",
)


# --------------------------------------------------------------------------- the answers


def synthetic_answers(n: int, seed: int = 0) -> list[str]:
    """n distinct synthetic answers of 5-40 words, from the seed-demo comment generator."""
    from analysis.text import is_no_content, says_nothing
    from feedback.services.demo_text import SECTORS, patient_comments, staff_comments

    rng = random.Random(seed)
    seen: set[str] = set()
    answers: list[str] = []
    while len(answers) < n:
        sector = rng.choice(SECTORS)
        if rng.random() < 0.3:
            text = staff_comments(rng, 1, sector)[0].change
        else:
            comment = patient_comments(rng, 1, sector)[0]
            roll = rng.random()
            if roll < 0.4:
                text = comment.good
            elif roll < 0.8:
                text = comment.better
            else:
                text = f"{comment.good} {comment.better}"
        text = _vary(rng, " ".join(text.split()))
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS or is_no_content(text) or says_nothing(text):
            continue
        if text not in seen:
            seen.add(text)
            answers.append(text)
    return answers


def _vary(rng: random.Random, text: str) -> str:
    """Now and then a number, a detail or an aside, as real answers carry."""
    if rng.random() < 0.15:
        detail = rng.choice(_DETAILS).format(n=rng.randint(2, 400))
        text = f"{detail} {text}" if rng.random() < 0.3 else f"{text.rstrip('.')}. {detail}"
    if rng.random() < 0.15:
        text = f"{rng.choice(_ASIDES).capitalize()}, {text[:1].lower()}{text[1:]}"
    return text


def write_lines(path: Path, lines) -> None:
    with path.open("w", encoding="utf-8") as out:
        for line in lines:
            out.write(line)
            out.write("\n")


def read_lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return text.split("\n")[:-1]


# --------------------------------------------------------------------------- the children


def _rss_mib(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process, in MiB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def _memory(before: float) -> dict[str, float]:
    peak = _rss_mib("VmHWM")
    return {
        "rss_before_mib": round(before, 1),
        "peak_rss_mib": round(peak, 1),
        "increment_mib": round(peak - before, 1),
        # ru_maxrss survives fork+exec from the parent's copy; kept for comparison only.
        "ru_maxrss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def child_encode(data: Path, float32: bool) -> dict:
    import numpy as np

    from analysis.embedding import SentenceEncoder
    from analysis.themes import mood_axis, subject_text, subject_vectors

    texts = read_lines(data / "pool.txt")
    encoder = SentenceEncoder(
        cache_dir=str(data / "model-cache"), bfloat16=False if float32 else None
    )
    started = time.perf_counter()
    encoder.encode(["warm up the model"])
    load = time.perf_counter() - started
    mood_axis(encoder)  # the engine's own sentences, encoded once into the model cache
    gc.collect()
    before = _rss_mib("VmRSS")
    started = time.perf_counter()
    # What the app does for each answer: its whole text (sentiment, safeguarding), then
    # its subject (themes), encoded again only where words were left out.
    whole = encoder.encode(texts)
    vectors = subject_vectors(encoder, texts, whole)
    seconds = time.perf_counter() - started
    np.save(data / "pool_vectors.npy", vectors)
    return {
        "model": encoder.name,
        "precision": "bfloat16" if encoder.bfloat16 else "float32",
        "answers": len(texts),
        "subjects_encoded_again": sum(subject_text(t) != t for t in texts),
        "mean_words": round(sum(len(t.split()) for t in texts) / len(texts), 1),
        "model_load_s": round(load, 2),
        "seconds": round(seconds, 2),
        "answers_per_s": round(len(texts) / seconds, 1),
        "shape": list(vectors.shape),
        **_memory(before),
    }


def child_warm(data: Path) -> dict:
    """Make sure the model cache holds the engine's own sentences, as after the app's first
    run; loads the model only if they are missing."""
    from analysis.embedding import SentenceEncoder
    from analysis.themes import mood_axis

    encoder = SentenceEncoder(cache_dir=str(data / "model-cache"))
    mood_axis(encoder)
    return {"model_loaded": encoder._loaded is not None}


def child_bare(data: Path, size: int) -> dict:
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = read_lines(data / f"texts_{size}.txt")
    gc.collect()
    before = _rss_mib("VmRSS")
    started = time.perf_counter()
    matrix = TfidfVectorizer(sublinear_tf=True, min_df=2).fit_transform(texts)
    reduced = TruncatedSVD(n_components=100, random_state=0).fit_transform(matrix)
    labels = MiniBatchKMeans(n_clusters=25, random_state=0).fit_predict(reduced)
    seconds = time.perf_counter() - started
    return {
        "seconds": round(seconds, 2),
        "vocabulary": matrix.shape[1],
        "clusters": int(labels.max()) + 1,
        **_memory(before),
    }


def child_product(data: Path, size: int) -> dict:
    import numpy as np

    from analysis import ThemeFinder
    from analysis.embedding import SentenceEncoder

    # Re-analysis reads cached vectors only; the model is never loaded in this process.
    encoder = SentenceEncoder(cache_dir=str(data / "model-cache"))
    texts = read_lines(data / f"texts_{size}.txt")
    vectors = np.load(data / "pool_vectors.npy")[np.load(data / f"index_{size}.npy")]
    gc.collect()
    before = _rss_mib("VmRSS")
    started = time.perf_counter()
    finder = ThemeFinder(min_theme_size=10, encoder=encoder).fit(texts, vectors=vectors)
    fitted = time.perf_counter()
    scores = finder.transform(texts, vectors=vectors)
    transformed = time.perf_counter()
    ranked = finder.rank_themes(scores, main=finder.labels_)
    finished = time.perf_counter()
    # What the app's re-analysis does: start from the previous run's centres (no k-means).
    del scores
    again = ThemeFinder(min_theme_size=10, encoder=encoder, initial_centres=finder.centroids_)
    again.fit(texts, vectors=vectors)
    again.rank_themes(again.transform(texts, vectors=vectors), main=again.labels_)
    warm = time.perf_counter() - finished
    return {
        "warm_seconds": round(warm, 2),
        "seconds": round(finished - started, 2),
        "fit_s": round(fitted - started, 2),
        "transform_s": round(transformed - fitted, 2),
        "rank_s": round(finished - transformed, 2),
        "model_loaded": encoder._loaded is not None,
        "themes": len(finder.themes_),
        "labels": [theme.label for theme in finder.themes_][:5],
        "ranked": len(ranked),
        **_memory(before),
    }


def run_child(data: Path, method: str, size: int, timeout: float, float32: bool = False) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", method]
    command += ["--data", str(data), "--child-size", str(size)] + ["--float32"] * float32
    load = os.getloadavg()[0]
    try:
        done = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr else "failed"}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # Other work on the machine slows both methods; the 1-minute load average says how much.
    result["load_before"] = round(load, 2)
    result["load_after"] = round(os.getloadavg()[0], 2)
    return result


# --------------------------------------------------------------------------- the parent


def machine() -> dict:
    with open("/proc/meminfo") as meminfo:
        total_kib = int(meminfo.readline().split()[1])
    import numpy
    import sklearn

    return {
        "nproc": os.cpu_count(),
        "ram_gib": round(total_kib / 1024**2, 1),
        "cpu": _cpu_name(),
        "python": platform.python_version(),
        "numpy": numpy.__version__,
        "scikit_learn": sklearn.__version__,
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "command": " ".join(sys.argv),
        **code_version(),
    }


def code_version() -> dict:
    """Which theme engine was measured: the commit, and a hash of analysis/themes.py as it
    stood (it may hold uncommitted changes)."""
    import hashlib

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip()

    source = (ROOT / "analysis" / "themes.py").read_bytes()
    return {
        "git_head": git("rev-parse", "--short", "HEAD"),
        "themes_py_sha256": hashlib.sha256(source).hexdigest()[:16],
        "themes_py_uncommitted": bool(git("status", "--porcelain", "analysis/themes.py")),
    }


def _cpu_name() -> str:
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor()


def prepare(data: Path, sizes: list[int], pool: int, seed: int) -> None:
    import numpy as np

    texts = synthetic_answers(pool, seed)
    write_lines(data / "pool.txt", texts)
    rng = np.random.default_rng(seed)
    for size in sizes:
        index = rng.integers(0, len(texts), size=size)
        np.save(data / f"index_{size}.npy", index)
        write_lines(data / f"texts_{size}.txt", (texts[i] for i in index))
        del index


def ratio(product: dict, bare: dict, key: str) -> float | None:
    if "error" in product or "error" in bare:
        return None
    return round(product[key] / bare[key], 2)


def verdicts(size: int, time_ratio: float | None, rss_ratio: float | None) -> list[str]:
    """Each target that applies to this size, with whether it holds."""
    checks = [("time", time_ratio, TIME_TARGET)]
    if size in RSS_TARGET_SIZES:
        checks.append(("peak RSS", rss_ratio, RSS_TARGET))
    out = []
    for what, value, target in checks:
        status = "n/a" if value is None else ("holds" if value <= target else "MISSED")
        out.append(f"{what} <= {target:g}x: {status}")
    return out


def table(rows: list[dict]) -> str:
    head = (
        f"{'size':>9} | {'bare s':>7} | {'product s':>9} | {'ratio':>5} | "
        f"{'bare MiB':>8} | {'product MiB':>11} | {'ratio':>5} | "
        f"{'bare +MiB':>9} | {'product +MiB':>12}"
    )
    lines = [head, "-" * len(head)]
    for row in rows:
        bare, product = row["bare"], row["product"]

        def cell(result: dict, key: str, width: int) -> str:
            return f"{result[key]:>{width}}" if key in result else f"{'-':>{width}}"

        lines.append(
            f"{row['size']:>9,} | {cell(bare, 'seconds', 7)} | {cell(product, 'seconds', 9)} | "
            f"{row['time_ratio'] if row['time_ratio'] is not None else '-':>5} | "
            f"{cell(bare, 'peak_rss_mib', 8)} | {cell(product, 'peak_rss_mib', 11)} | "
            f"{row['rss_ratio'] if row['rss_ratio'] is not None else '-':>5} | "
            f"{cell(bare, 'increment_mib', 9)} | {cell(product, 'increment_mib', 12)}"
        )
    return "\n".join(lines)


def encode_pool(data: Path, pool: int, timeout: float, reuse: bool, float32: bool) -> dict:
    """Encode the pool in a child, or reuse the vectors a kept directory already holds."""
    if reuse and (data / "encoding.json").exists():
        say(f"Reusing the encoded pool in {data}")
        warm = run_child(data, "warm", pool, timeout)
        if "error" in warm:
            raise SystemExit(f"filling the model cache failed: {warm['error']}")
        return json.loads((data / "encoding.json").read_text()) | {"reused": True}
    say(f"Encoding the pool of {pool:,} answers ...")
    encoding = run_child(data, "encode", pool, timeout, float32)
    if "error" in encoding:
        raise SystemExit(f"encoding failed: {encoding['error']}")
    (data / "encoding.json").write_text(json.dumps(encoding))
    return encoding


def run_as_child(args) -> dict:
    data = Path(args.data)
    if args.child == "encode":
        return child_encode(data, args.float32)
    if args.child == "warm":
        return child_warm(data)
    if args.child == "bare":
        return child_bare(data, args.child_size)
    return child_product(data, args.child_size)


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--pool", type=int, default=20_000, help="distinct answers to encode")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per run")
    parser.add_argument("--out", help="write the results as JSON here")
    parser.add_argument(
        "--keep",
        help="keep the answers and their vectors in this directory and reuse them next time "
        "(the encoding rate is then not measured again)",
    )
    parser.add_argument(
        "--float32", action="store_true", help="encode in float32 even where bfloat16 is native"
    )
    children = ["encode", "warm", "bare", "product"]
    parser.add_argument("--child", choices=children, help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--child-size", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(run_as_child(args)))
        return

    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    results: dict = {"machine": machine(), "pool": args.pool, "runs": []}
    with tempfile.TemporaryDirectory(prefix="theme-speed-") as tmp:
        data = Path(args.keep or tmp)
        data.mkdir(parents=True, exist_ok=True)
        say(f"Generating {args.pool:,} distinct answers and sampling {sizes} ...")
        started = time.perf_counter()
        pool_before = (data / "pool.txt").read_bytes() if (data / "pool.txt").exists() else None
        prepare(data, sizes, args.pool, args.seed)
        say(f"  done in {time.perf_counter() - started:.1f} s")
        reuse = args.keep and (data / "pool.txt").read_bytes() == pool_before
        encoding = encode_pool(data, args.pool, args.timeout, reuse, args.float32)
        results["encoding"] = encoding
        say(f"  {encoding['answers_per_s']} answers/s ({encoding['seconds']} s)")
        for size in sizes:
            row: dict = {"size": size}
            for method in ("bare", "product"):
                say(f"{method} on {size:,} answers ...")
                row[method] = run_child(data, method, size, args.timeout)
                say(f"  {row[method]}")
            row["time_ratio"] = ratio(row["product"], row["bare"], "seconds")
            row["rss_ratio"] = ratio(row["product"], row["bare"], "peak_rss_mib")
            warm = row["product"].get("warm_seconds")
            if warm is not None and row["bare"].get("seconds"):
                row["warm_time_ratio"] = round(warm / row["bare"]["seconds"], 2)
            row["targets"] = verdicts(size, row["time_ratio"], row["rss_ratio"])
            if row["product"].get("model_loaded"):
                row["targets"].append("the model was loaded: not a re-analysis of cached vectors")
            results["runs"].append(row)

    if code_version()["themes_py_sha256"] != results["machine"]["themes_py_sha256"]:
        say("WARNING: analysis/themes.py changed while the benchmark ran")
        results["themes_py_changed_during_run"] = True
    print(table(results["runs"]))
    print()
    print(
        f"Encoding ({encoding['model']}): {encoding['answers_per_s']:,} answers/s "
        f"({encoding['answers']:,} answers, mean {encoding['mean_words']} words, "
        f"{encoding['seconds']} s; model load {encoding['model_load_s']} s)"
    )
    for row in results["runs"]:
        print(f"{row['size']:>9,}: " + "; ".join(row["targets"]))
        if "warm_time_ratio" in row:
            print(
                f"{'':>9}  re-analysis from the previous centres: "
                f"{row['product']['warm_seconds']} s, {row['warm_time_ratio']}x the bare pipeline"
            )
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
