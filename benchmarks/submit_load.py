"""Respondent submits from one address under load: never a 429, every 303 a stored response.

A whole hospital answers from one address, so respondent submits are not rate-limited
(docs/security.md). This loads the submit path from 127.0.0.1 as production runs it:
gunicorn with gunicorn.conf.py, FRONTLINE_ENV=production, and Flask-Limiter's counters
(and the job queue) on Redis through REDIS_URL. Each wrk connection repeats what a
phone does: GET the survey page (CSRF token, session cookie, submission id), then POST
answers to it (benchmarks/submit_pair.lua). The bare reference app in ../shared/perf
does the same pair, `GET /survey` then `POST /submit-orm` (one row through the ORM, then
a 303), with the same workers and threads, alternately in the same run.

    .venv/bin/python benchmarks/submit_load.py [--conns 8] [--duration 30s] [--runs 1]
        [--database test_a] [--redis-db 13] [--reuse] [--out results.json]

The database is dropped and made again (migrated, `seed-demo`), unless `--reuse`. The
Redis database must be empty or hold only this script's keys; it is emptied at the end.
Exits 1 if any response was a 429, if a POST was not answered 303, or if the responses
stored do not match the 303s (each 303's submission id must be stored, and no more rows
than the 303s plus the POSTs still in flight when wrk stopped). Figures:
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

from board_pages import (
    PERF,
    ROOT,
    SERVER,
    VENV_BIN,
    fetch,
    flask,
    gunicorn_settings,
    machine,
    product_environment,
    recreate_database,
    say,
    start,
    wait_idle,
    wait_until_up,
)

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "submit_pair.lua"
SURVEY_PATH = "/s/patient-fft/city-hospital"  # the demo's FFT, a hospital's link
LIMITED_PATH = "/you-said-we-did/riverside?code=BENCHMRK"  # a limited route, to prove Redis
OURS = re.compile(rb"^(rq:|LIMITS:)")


# --------------------------------------------------------------------------- set-up


def prepare(args) -> dict:
    if args.reuse:
        flask(args.database, "db", "upgrade")
        flask(args.database, "seed-demo")
        return {"reused": True}
    say(f"Making database {args.database} afresh (migrate, seed-demo) ...")
    recreate_database(args.database)
    flask(args.database, "db", "upgrade")
    flask(args.database, "seed-demo")
    return {"reused": False}


def redis_client(args):
    from redis import Redis

    return Redis.from_url(redis_url(args))


def redis_url(args) -> str:
    return f"redis://127.0.0.1:6379/{args.redis_db}"


def empty_redis(args) -> None:
    """Empty our Redis database, unless it holds keys that are not ours."""
    client = redis_client(args)
    foreign = [k for k in client.scan_iter(count=1000) if not OURS.match(k)]
    if foreign:
        raise SystemExit(
            f"Redis db {args.redis_db} holds keys that are not this benchmark's "
            f"(e.g. {foreign[0]!r}): choose a spare one with --redis-db"
        )
    client.flushdb()


def servers(stack: ExitStack, args, logs: Path) -> dict:
    """The product as production runs it, and the bare app with the same workers and
    threads; the bare app's table lives in the same database."""
    settings = gunicorn_settings()
    gunicorn = str(VENV_BIN / "gunicorn")
    bare_env = {**os.environ, "PERF_DB_URL": f"{SERVER}/{args.database}"}
    subprocess.run(
        [sys.executable, "app.py", "init"], cwd=PERF, env=bare_env, check=True, stdout=sys.stderr
    )
    product_env = product_environment(
        args.database,
        FRONTLINE_ENV="production",
        SECRET_KEY=secrets.token_hex(32),
        REDIS_URL=redis_url(args),
    )
    product = [gunicorn, "-c", "gunicorn.conf.py", "-b", f"127.0.0.1:{args.port}", "wsgi:app"]
    settings["product_pid"] = start(stack, "product", product, ROOT, product_env, logs)
    bare = [gunicorn, "--chdir", str(PERF), "-w", str(settings["workers"])]
    bare += ["--threads", str(settings["threads"]), "-b", f"127.0.0.1:{args.bare_port}", "app:app"]
    settings["bare_pid"] = start(stack, "bare", bare, PERF, bare_env, logs)
    wait_until_up(args.port, SURVEY_PATH)
    wait_until_up(args.bare_port, "/hello")
    return settings


# --------------------------------------------------------------------------- the database


def scalar(database: str, sql: str, **params):
    from sqlalchemy import create_engine, text

    engine = create_engine(f"{SERVER}/{database}")
    with engine.connect() as connection:
        found = connection.execute(text(sql), params).scalar()
    engine.dispose()
    return found


def stored_rows(target: dict, database: str) -> int:
    return scalar(database, f"SELECT count(*) FROM {target['table']}")  # noqa: S608


def missing_submissions(database: str, ids: list[str]) -> int:
    """How many of these submission ids have no stored response."""
    if not ids:
        return 0
    found = scalar(
        database,
        "SELECT count(*) FROM responses WHERE submission_id = ANY(CAST(:ids AS uuid[]))",
        ids=ids,
    )
    return len(ids) - found


# --------------------------------------------------------------------------- the load


def wrk(target: dict, conns: int, duration: str, ids_file: Path | None) -> dict:
    """One wrk run of GET-then-POST pairs, a thread per connection."""
    url = f"http://127.0.0.1:{target['port']}{target['get']}"
    env = {**os.environ, "WRK_SHAPE": target["shape"], "WRK_IDS_FILE": str(ids_file or "")}
    if target.get("post"):
        env["WRK_POST_PATH"] = target["post"]
    command = ["wrk", f"-t{conns}", f"-c{conns}", f"-d{duration}", "--timeout", "10s"]
    command += ["-s", str(SCRIPT), url]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    lines = [x for x in done.stdout.splitlines() if x.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"wrk failed ({done.returncode}): {done.stderr.strip()}")
    return json.loads(lines[-1].removeprefix("RESULT "))


def measure(target: dict, args, conns: int, run: int, tmp: Path) -> dict:
    ids_file = tmp / f"ids-{target['label']}-{run}.txt" if target["shape"] == "product" else None
    before = stored_rows(target, args.database)
    load_before = os.getloadavg()[0]
    found = wrk(target, conns, args.duration, ids_file)
    drained = wait_idle(target["pid"])
    stored = stored_rows(target, args.database) - before
    counts = found.pop("counts")
    ok_posts = counts.get("POST 303", 0)
    row = {
        "label": target["label"],
        "run": run,
        "conns": conns,
        **found,
        "counts": counts,
        "submits": ok_posts,
        "submits_per_s": round(ok_posts / found["duration_s"], 1),
        "stored": stored,
        "load_average": [load_before, os.getloadavg()[0]],
        "idle_after_s": drained,
    }
    problems = []
    limited = sum(n for key, n in counts.items() if key.endswith(" 429"))
    if limited:
        problems.append(f"{limited} responses were 429")
    others = {k: n for k, n in counts.items() if k not in ("GET 200", "POST 303")}
    if others:
        problems.append(f"unexpected statuses {others}")
    if not ok_posts:
        problems.append("no POST was answered 303")
    # A POST still in flight when wrk stopped may be stored after it: at most one per
    # connection, counted by the script.
    if not ok_posts <= stored <= ok_posts + found["posts_unanswered"]:
        problems.append(
            f"stored {stored} rows for {ok_posts} POSTs answered 303 "
            f"(+ {found['posts_unanswered']} unanswered)"
        )
    if ids_file is not None:
        ids = ids_file.read_text().split()
        row["missing_submissions"] = missing_submissions(args.database, ids)
        if len(ids) != ok_posts or row["missing_submissions"]:
            problems.append(
                f"{row['missing_submissions']} of {len(ids)} submission ids "
                f"answered 303 are not stored"
            )
    row["problems"] = problems
    say(
        f"  run {run}, {conns} conns, {target['label']}: {ok_posts} submits "
        f"({row['submits_per_s']}/s), POST p50 {found['post_p50_ms']} ms, "
        f"p99 {found['post_p99_ms']} ms, {counts}, stored {stored}, idle after {drained} s"
    )
    for problem in problems:
        say(f"    PROBLEM: {problem}")
    return row


def limiter_on_redis(args) -> dict:
    """One request to a route that is limited, to show the counters live in Redis."""
    status, headers, _ = fetch(args.port, LIMITED_PATH)
    header = dict((k.lower(), v) for k, v in headers).get("x-ratelimit-limit")
    keys = sorted(k.decode() for k in redis_client(args).scan_iter(match="LIMITS:*"))
    respond_keys = [k for k in keys if "respond." in k]
    return {
        "status": status,
        "x_ratelimit_limit": header,
        "redis_keys": keys,
        "respond_keys": respond_keys,
    }


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def table(rows: list[dict]) -> str:
    by_label: dict[str, list[dict]] = {}
    for row in rows:
        by_label.setdefault(row["label"], []).append(row)
    lines = [
        "| app | runs | submits | submits/s | POST p50 ms | POST p99 ms | GET p50 ms "
        "| GET p99 ms | statuses | stored | 429s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|",
    ]
    summary = {}
    for label, found in by_label.items():
        counts: dict[str, int] = {}
        for row in found:
            for key, n in row["counts"].items():
                counts[key] = counts.get(key, 0) + n
        figures = {
            key: round(median([r[key] for r in found]), 1)
            for key in ("submits_per_s", "post_p50_ms", "post_p99_ms", "get_p50_ms", "get_p99_ms")
        }
        summary[label] = figures
        limited = sum(n for key, n in counts.items() if key.endswith(" 429"))
        statuses = ", ".join(f"{n:,} × {key}" for key, n in sorted(counts.items()))
        lines.append(
            f"| {label} | {len(found)} | {sum(r['submits'] for r in found):,} "
            f"| {figures['submits_per_s']:,} | {figures['post_p50_ms']:,} "
            f"| {figures['post_p99_ms']:,} | {figures['get_p50_ms']:,} "
            f"| {figures['get_p99_ms']:,} | {statuses} | {sum(r['stored'] for r in found):,} "
            f"| {limited} |"
        )
    if "bare" in summary:
        p, b = summary["product"], summary["bare"]
        lines.append(
            f"| **product ÷ bare** | | | **{p['submits_per_s'] / b['submits_per_s']:.2f}** "
            f"| **{p['post_p50_ms'] / b['post_p50_ms']:.1f}** "
            f"| **{p['post_p99_ms'] / b['post_p99_ms']:.1f}** "
            f"| {p['get_p50_ms'] / b['get_p50_ms']:.1f} | {p['get_p99_ms'] / b['get_p99_ms']:.1f} "
            "| | | |"
        )
    return "\n".join(lines)


# --------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="test_a")
    parser.add_argument("--redis-db", type=int, default=13)
    parser.add_argument("--port", type=int, default=5111)
    parser.add_argument("--bare-port", type=int, default=8011)
    parser.add_argument("--conns", type=int, default=8)
    parser.add_argument("--duration", default="30s")
    parser.add_argument("--runs", type=int, default=1, help="each run loads product, then bare")
    parser.add_argument("--warm-up", default="3s")
    parser.add_argument("--no-bare", action="store_true", help="load the product only")
    parser.add_argument("--reuse", action="store_true", help="keep the database's data")
    parser.add_argument("--out", help="write the results as JSON here")
    args = parser.parse_args()

    # Stopped from outside, still stop both servers (the ExitStack).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    results: dict = {"machine": machine(sys.argv), "data": prepare(args)}
    empty_redis(args)
    rows: list[dict] = []
    try:
        with ExitStack() as stack, tempfile.TemporaryDirectory(prefix="submit-load-") as tmp:
            results["gunicorn"] = servers(stack, args, Path(tmp))
            targets = [
                {
                    "label": "product",
                    "port": args.port,
                    "get": SURVEY_PATH,
                    "shape": "product",
                    "table": "responses",
                    "pid": results["gunicorn"].pop("product_pid"),
                },
                {
                    "label": "bare",
                    "port": args.bare_port,
                    "get": "/survey",
                    "post": "/submit-orm",
                    "shape": "bare",
                    "table": "perf_response",
                    "pid": results["gunicorn"].pop("bare_pid"),
                },
            ]
            if args.no_bare:
                targets.pop()
            say(f"Warming up, {args.warm_up} each (not counted) ...")
            for target in targets:
                wrk(target, 2, args.warm_up, None)
                wait_idle(target["pid"])
            say(f"Loading, {args.runs} run(s) of {args.duration} at {args.conns} connections ...")
            for run in range(1, args.runs + 1):
                for target in targets:
                    rows.append(measure(target, args, args.conns, run, Path(tmp)))
            results["limiter"] = limiter_on_redis(args)
    finally:
        empty_redis(args)
    results["runs"] = rows
    problems = [p for row in rows for p in row["problems"]]
    limiter = results["limiter"]
    if not limiter["redis_keys"] or limiter["respond_keys"]:
        problems.append(f"the limiter's Redis keys are not as expected: {limiter}")
    print(table(rows))
    print(
        f"\nLimiter on Redis db {args.redis_db}: a limited route answered "
        f"{limiter['status']} with X-RateLimit-Limit {limiter['x_ratelimit_limit']}; "
        f"keys {limiter['redis_keys']}; none for the respondent pages."
    )
    loads = [x for row in rows for x in row["load_average"]]
    print(f"Load average during the runs: {min(loads):.2f}..{max(loads):.2f}")
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if problems:
        for problem in problems:
            print(f"FAILED: {problem}")
        sys.exit(1)
    print("OK: no 429, every 303 stored.")


if __name__ == "__main__":
    main()
