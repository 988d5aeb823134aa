"""Board pages' latency on a 50k-answer partnership, against the bare render in ../shared/perf.

Builds its own PostgreSQL database (dropped and made again each run), seeds the demo
partnership, adds synthetic answers until it holds about 50,000 free-text answers over
12 months, and themes them with `flask analyse --partnership`. Then it starts the product
under gunicorn with its production config, and the bare reference app with the same
workers and threads, signs in as the demo board member, and loads the two alternately with
../shared/perf/run_wrk.sh: the bare `GET /survey`, the theme list, the largest theme and
the partnership overview. Both servers are stopped at the end, also on error.

    .venv/bin/python benchmarks/board_pages.py [--answers 50000] [--conns "8 32"]
        [--runs 3] [--duration 10s] [--reuse] [--profile] [--out results.json]

`--reuse` keeps the previous run's database (migrated and `seed-demo`ed again, not
re-themed; `--analyse-only` themes it again). Themes come from
`flask analyse --partnership`, as a deployment makes them. A page slower than
`--page-timeout` is timed once and not loaded. `--profile` also times each page
in-process, with its SQL statements counted. Figures: docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid
from collections import defaultdict
from contextlib import ExitStack
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
PERF = (ROOT.parent / "shared" / "perf").resolve()
VENV_BIN = Path(sys.executable).parent
SERVER = "postgresql+psycopg://root@127.0.0.1:5432"
PARTNERSHIP = "riverside"
BOARD_EMAIL = "board@riverside.example"
DAYS_OF_HISTORY = 365
BATCH = 2000

# --------------------------------------------------------------------------- the data


def recreate_database(name: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(f"{SERVER}/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()


def product_environment(database: str, **extra: str) -> dict[str, str]:
    return {**os.environ, "DATABASE_URL": f"{SERVER}/{database}", **extra}


def flask(database: str, *args: str) -> None:
    """Run a `flask` command of the product, its output shown as it comes (on stderr:
    seed-demo prints the demo passwords, which do not belong in the results)."""
    command = [str(VENV_BIN / "flask"), "--app", "wsgi", *args]
    env = product_environment(database)
    subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=sys.stderr)


def child_seed(answers: int) -> dict:
    """Seed the demo, then add responses until the partnership has `answers` free-text
    answers; vectors are cached for each distinct text, so `analyse` only themes."""
    from feedback import create_app
    from feedback.services import demo

    app = create_app()
    with app.app_context():
        demo.seed_demo()
        added, total = add_answers(answers)
        encoded = cache_vectors()
    return {"responses_added": added, "free_text": total, **encoded}


def add_answers(target: int) -> tuple[int, int]:
    from sqlalchemy import select

    from feedback.extensions import db
    from feedback.models import Partnership, Survey

    partnership = db.session.scalar(select(Partnership).where(Partnership.slug == PARTNERSHIP))
    found = db.session.scalars(select(Survey).where(Survey.partnership_id == partnership.id))
    surveys = {survey.audience: survey for survey in found}
    channels = {audience: site_channels(survey) for audience, survey in surveys.items()}
    rng = random.Random(20261201)
    total, added, started = free_text_count(partnership.id), 0, time.perf_counter()
    while total < target:
        made = response_batch(rng, surveys, channels)
        db.session.add_all(made)
        db.session.commit()
        added += len(made)
        total += sum(1 for r in made for a in r.answers if a.text_redacted is not None)
        say(f"  {total:,} free-text answers ({time.perf_counter() - started:.0f} s)")
    return added, total


def site_channels(survey) -> list:
    """The survey's channels: the demo's one per organisation, and one per site or team."""
    from feedback.extensions import db
    from feedback.services import sharing

    channels = list(survey.channels)
    have = {(c.organisation_id, c.site_id) for c in channels}
    for organisation in sharing.survey_organisations(survey):
        for site in organisation.sites:
            if (organisation.id, site.id) not in have:
                channels.append(
                    sharing.add_channel(
                        survey, organisation_id=str(organisation.id), site_id=str(site.id)
                    )
                )
    db.session.commit()
    return channels


def response_batch(rng: random.Random, surveys: dict, channels: dict) -> list:
    """BATCH responses: 70% to the patient survey, the rest to the staff survey, each at a
    random channel and day of the last 12 months."""
    from feedback.services import demo_text
    from feedback.services.responses import NewResponse, build_response

    made = []
    for _ in range(BATCH):
        audience = "patients" if rng.random() < 0.7 else "staff"
        channel = rng.choice(channels[audience])
        sector = channel.organisation.sector
        if audience == "patients":
            c = demo_text.patient_comments(rng, 1, sector)[0]
            values = {"fft": c.fft, "good": c.good, "better": c.better}
            respondent = c.respondent_type
        else:
            s = demo_text.staff_comments(rng, 1, sector)[0]
            values = {**{k: str(v) for k, v in s.agreement.items()}, "change": s.change}
            respondent = "staff"
        new = NewResponse(
            submission_id=uuid.UUID(int=rng.getrandbits(128), version=4),
            values=values,
            respondent_type=respondent,
            submitted_on=datetime.date.today()
            - datetime.timedelta(days=rng.randrange(DAYS_OF_HISTORY)),
        )
        made.append(build_response(surveys[audience].current_version, channel, new))
    return made


def free_text_count(partnership_id) -> int:
    from sqlalchemy import func, select

    from feedback.extensions import db
    from feedback.models import Answer, Response, Survey

    return db.session.scalar(
        select(func.count(Answer.id))
        .join(Response, Answer.response_id == Response.id)
        .join(Survey, Response.survey_id == Survey.id)
        .where(Survey.partnership_id == partnership_id, Answer.text_redacted.is_not(None))
    )


def cache_vectors() -> dict:
    """What the background encoder does (vector cached, safeguarding screen by meaning),
    but each distinct text is encoded once: the demo generator repeats its sentences."""
    import numpy as np
    from sqlalchemy import insert, select

    from analysis.embedding import to_bytes
    from analysis.themes import subject_vectors
    from feedback.extensions import db
    from feedback.models import Answer, AnswerVector
    from feedback.services import safeguarding, vectors

    found = vectors.encoder()
    if found is None:
        return {"distinct_texts": None}
    rows = db.session.execute(
        select(Answer.id, Answer.text_redacted).where(Answer.text_redacted.is_not(None))
    ).all()
    rows = [(i, t) for i, t in rows if t.strip()]
    distinct = sorted({t for _, t in rows})
    say(f"Encoding {len(distinct):,} distinct texts of {len(rows):,} answers ...")
    started = time.perf_counter()
    encoded = found.encode(distinct, progress=lambda f, m: say(f"  {m}") if f else None)
    by_text = dict(zip(distinct, encoded, strict=True))
    subject_of = dict(zip(distinct, subject_vectors(found, distinct, encoded), strict=True))
    say(f"  encoded in {time.perf_counter() - started:.0f} s")
    subjects = vectors.subjects_model(found)
    for start in range(0, len(rows), vectors.BATCH * 4):
        batch = rows[start : start + vectors.BATCH * 4]
        matrix = [by_text[t] for _, t in batch]
        db.session.execute(
            insert(AnswerVector),
            [
                {"answer_id": i, "model": model, "vector": to_bytes(of[t])}
                for model, of in ((found.name, by_text), (subjects, subject_of))
                for i, t in batch
            ],
        )
        safeguarding.flag_similar([i for i, _ in batch], np.vstack(matrix))
        db.session.commit()
    return {"distinct_texts": len(distinct), "encode_s": round(time.perf_counter() - started, 1)}


def largest_theme(database: str) -> tuple[str, int, int]:
    """The partnership run's theme with the most answers: (id, answers, themes in the run)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(f"{SERVER}/{database}")
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT a.theme_id, count(*) FROM theme_assignments a"
                " JOIN themes t ON t.id = a.theme_id"
                " WHERE a.run_id = (SELECT r.id FROM analysis_runs r"
                "   JOIN partnerships p ON p.id = r.partnership_id"
                "   WHERE p.slug = :slug AND r.scope LIKE 'partnership:%'"
                "   AND r.status = 'succeeded' ORDER BY r.finished_at DESC LIMIT 1)"
                " AND a.rank = 1 AND t.merged_into_id IS NULL"
                " GROUP BY a.theme_id ORDER BY count(*) DESC"
            ),
            {"slug": PARTNERSHIP},
        ).all()
    engine.dispose()
    if not rows:
        raise SystemExit("The partnership has no themes: did `flask analyse` succeed?")
    return str(rows[0][0]), rows[0][1], len(rows)


def board_credentials() -> tuple[str, str | None]:
    """The demo board member's password and authenticator secret (if any), kept by
    seed-demo in instance/."""
    saved = ROOT / "instance" / "demo-credentials.txt"
    for line in saved.read_text().splitlines():
        email, password, *secret = line.split()
        if email == BOARD_EMAIL:
            return password, (secret[0] if secret else None)
    raise SystemExit(f"No password for {BOARD_EMAIL} in {saved}")


# --------------------------------------------------------------------------- the servers


def gunicorn_settings() -> dict:
    """The production gunicorn settings (workers, threads), read from gunicorn.conf.py."""
    settings: dict = {}
    exec((ROOT / "gunicorn.conf.py").read_text(), settings)  # noqa: S102 - our own config
    return {"workers": settings.get("workers", 1), "threads": settings.get("threads", 1)}


def start(stack: ExitStack, name: str, command: list[str], cwd, env, logs: Path) -> int:
    log = (logs / f"{name}.log").open("wb")
    stack.callback(log.close)
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=log, start_new_session=True
    )
    stack.callback(stop, process)
    say(f"Started {name} (pid {process.pid}): {' '.join(command)}")
    return process.pid


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wait_until_up(port: int, path: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            status, _, _ = fetch(port, path)
            if status < 500:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"Nothing answered on port {port} within {timeout:.0f} s")


def fetch(port: int, path: str, cookie: str = "", body: dict | None = None, timeout=60):
    """One request: (status, headers, body). No redirect is followed."""
    connection = HTTPConnection("127.0.0.1", port, timeout=timeout)
    headers = {"Cookie": cookie} if cookie else {}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        encoded = urllib.parse.urlencode(body)
        connection.request("POST", path, body=encoded, headers=headers)
    else:
        connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    content = response.read()
    connection.close()
    return response.status, response.getheaders(), content


def cookies(headers) -> dict[str, str]:
    jar = {}
    for name, value in headers:
        if name.lower() == "set-cookie":
            pair = value.split(";", 1)[0]
            key, _, val = pair.partition("=")
            jar[key.strip()] = val.strip()
    return jar


def sign_in(port: int, email: str, password: str, secret: str | None) -> str:
    """A board member's session cookie, signed in through the sign-in form and, where the
    app asks for it, the authenticator code. The cookie is Secure under the production
    config, so it is carried by hand over plain HTTP."""
    jar: dict[str, str] = {}
    location = submit_form(port, "/sign-in", jar, {"email": email, "password": password})
    if location.startswith("/sign-in/code"):
        if secret is None:
            raise SystemExit(f"{email} has no authenticator secret in demo-credentials.txt")
        import pyotp

        location = submit_form(port, location, jar, {"code": pyotp.TOTP(secret).now()})
    if location.startswith("/sign-in"):
        raise SystemExit(f"Signing in as {email} stopped at {location}")
    return "; ".join(f"{k}={v}" for k, v in jar.items())


def submit_form(port: int, path: str, jar: dict[str, str], fields: dict) -> str:
    """GET a form, POST it back with its CSRF token; returns where the 303 points."""
    status, headers, page = fetch(port, path, "; ".join(f"{k}={v}" for k, v in jar.items()))
    jar.update(cookies(headers))
    token = re.search(rb'name="csrf_token"[^>]*value="([^"]+)"', page)
    if status != 200 or token is None:
        raise SystemExit(f"GET {path} gave {status} with no CSRF token")
    form = {"csrf_token": token.group(1).decode(), **fields}
    cookie = "; ".join(f"{k}={v}" for k, v in jar.items())
    status, headers, _ = fetch(port, path, cookie, form)
    jar.update(cookies(headers))
    if status != 303:
        raise SystemExit(f"POST {path} gave {status}, not 303")
    return dict((k.lower(), v) for k, v in headers).get("location", "")


# --------------------------------------------------------------------------- the load


def check_pages(targets: list[dict], database: str, timeout: float) -> list[dict]:
    """Each page must answer 200 to the cookie: wrk counts a redirect as a success. A page
    that takes longer than `timeout` is timed once, then left out of the load (its queued
    requests would only slow the others); the pages that remain are returned."""
    kept = []
    for target in targets:
        started = time.perf_counter()
        try:
            status, _, body = fetch(
                target["port"], target["path"], target.get("cookie", ""), timeout=timeout
            )
        except TimeoutError:
            target["skipped"] = f"no answer within {timeout:.0f} s"
            say(f"  {target['label']}: {target['skipped']}; left out of the load")
            cancel_queries(database)
            continue
        target["first_ms"] = round(1000 * (time.perf_counter() - started), 1)
        kept.append(target)
        if status != 200:
            raise SystemExit(f"{target['label']} {target['path']} gave {status}")
        target["bytes"] = len(body)
        say(f"  {target['label']}: 200, {len(body):,} bytes, {target['first_ms']:,} ms")
    return kept


def cancel_queries(database: str) -> None:
    """Cancel the abandoned page's statements, so that they do not run on under the
    other pages' measurements."""
    from sqlalchemy import create_engine, text

    engine = create_engine(f"{SERVER}/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(
            text(
                "SELECT pg_cancel_backend(pid) FROM pg_stat_activity"
                " WHERE datname = :name AND state = 'active' AND pid <> pg_backend_pid()"
            ),
            {"name": database},
        )
    engine.dispose()


def cpu_seconds(pid: int) -> float:
    """CPU time of a gunicorn master's workers so far."""
    total = 0.0
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        for child in children:
            fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        pass
    return total


def wait_idle(pid: int, limit: float = 300) -> float:
    """Wait until the server's workers are idle. wrk closes its connections at the end of
    a run, but the requests already queued are still served: without this, a slow page's
    backlog would run into the next page's measurement."""
    started = time.monotonic()
    before = cpu_seconds(pid)
    while time.monotonic() - started < limit:
        time.sleep(1)
        now = cpu_seconds(pid)
        if now - before < 0.05:
            break
        before = now
    return round(time.monotonic() - started, 1)


def load(targets: list[dict], conns: list[int], runs: int, duration: str, out: Path) -> list:
    """Each run goes through every connection count and every target in turn, so that
    the machine's other work falls on all of them alike."""
    loads = []
    for run in range(1, runs + 1):
        for c in conns:
            for target in targets:
                loads.append(os.getloadavg()[0])
                url = f"http://127.0.0.1:{target['port']}{target['path']}"
                command = [str(PERF / "run_wrk.sh"), url, "-s", "wrk/get.lua"]
                command += ["-c", str(c), "-d", duration, "-n", "1"]
                command += ["-l", target["label"], "-o", str(out)]
                env = {**os.environ, "WRK_COOKIE": target.get("cookie", "")}
                done = subprocess.run(command, env=env, capture_output=True, text=True)
                if done.returncode != 0:
                    raise SystemExit(f"run_wrk.sh failed: {done.stderr.strip()}")
                drained = wait_idle(target["pid"])
                say(f"  run {run}, {c} conns, {target['label']}: {done.stdout.strip()}")
                say(f"    idle again {drained} s after the run")
    loads.append(os.getloadavg()[0])
    return loads


def summarise(out: Path, targets: list[dict], conns: list[int]) -> list[dict]:
    """Medians over the runs per page and connection count. A run in which no request
    finished (each took longer than the run) has no latency: it is counted, not averaged."""
    results = defaultdict(list)
    for line in out.read_text().splitlines():
        if line.startswith("{"):
            row = json.loads(line)
            results[(row["label"], row["conns"])].append(row)
    rows = []
    for c in conns:
        bare = median_p50(results[(targets[0]["label"], c)])
        for target in targets:
            found = results[(target["label"], c)]
            p50 = median_p50(found)
            finished = [r["p50_ms"] for r in found if r["requests"]]
            rows.append(
                {
                    "page": target["label"],
                    "path": target["path"],
                    "conns": c,
                    "runs": len(found),
                    "runs_with_no_request_done": len(found) - len(finished),
                    "p50_ms": p50,
                    "p50_ms_range": [min(finished), max(finished)] if finished else None,
                    "rps": round(statistics.median(r["rps"] for r in found), 1),
                    "errors": sum(v for r in found for k, v in r.items() if k.startswith("err_")),
                    "ratio_p50": round(p50 / bare, 1) if p50 and bare else None,
                    "bytes": target.get("bytes"),
                }
            )
    return rows


def median_p50(runs: list[dict]) -> float | None:
    finished = [r["p50_ms"] for r in runs if r["requests"]]
    return round(statistics.median(finished), 1) if finished else None


def alone(targets: list[dict], repeat: int) -> list[dict]:
    """Each page requested on its own, one request at a time: the latency without
    queueing, median of `repeat` requests after one to warm up."""
    rows = []
    for target in targets:
        timings = []
        for _ in range(repeat + 1):
            started = time.perf_counter()
            fetch(target["port"], target["path"], target.get("cookie", ""))
            timings.append(1000 * (time.perf_counter() - started))
        rows.append({"page": target["label"], "ms": round(statistics.median(timings[1:]), 1)})
        say(f"  {target['label']}: {rows[-1]['ms']} ms alone")
    for row in rows:
        row["ratio"] = round(row["ms"] / rows[0]["ms"], 1)
    return rows


def table(rows: list[dict], single: list[dict]) -> str:
    lines = [
        "| page | conns | runs | p50 ms median (min..max) | req/s median | p50 / bare | errors |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in single:
        lines.append(f"| {r['page']} | 1, alone | 1 | {r['ms']:,} | | **{r['ratio']}** | |")
    for r in rows:
        if r["p50_ms"] is None:
            latency = "none finished"
        else:
            low, high = r["p50_ms_range"]
            latency = f"{r['p50_ms']:,} ({low:,}..{high:,})"
        if r["runs_with_no_request_done"]:
            latency += f"; {r['runs_with_no_request_done']} run(s) with none finished"
        lines.append(
            f"| {r['page']} | {r['conns']} | {r['runs']} | {latency} | {r['rps']:,} "
            f"| **{r['ratio_p50'] or '-'}** | {r['errors']} |"
        )
    return "\n".join(lines)


# --------------------------------------------------------------------------- profiling


def child_profile(paths: list[str], repeat: int) -> dict:
    """Each page fetched in-process with the test client: wall time, SQL statements and
    the time spent in them."""
    from sqlalchemy import event

    from feedback import create_app
    from feedback.extensions import db

    app = create_app({"WTF_CSRF_ENABLED": False})
    sql = {"n": 0, "s": 0.0}
    with app.app_context():
        engine = db.engine

        @event.listens_for(engine, "before_cursor_execute")
        def _before(conn, cursor, statement, parameters, context, executemany):
            conn.info["started"] = time.perf_counter()

        @event.listens_for(engine, "after_cursor_execute")
        def _after(conn, cursor, statement, parameters, context, executemany):
            sql["n"] += 1
            sql["s"] += time.perf_counter() - conn.info.pop("started")

    client = app.test_client()
    password, secret = board_credentials()
    signed = client.post("/sign-in", data={"email": BOARD_EMAIL, "password": password})
    if signed.location and signed.location.startswith("/sign-in/code") and secret:
        import pyotp

        client.post(signed.location, data={"code": pyotp.TOTP(secret).now()})
    profile = {}
    for path in paths:
        client.get(path)  # warm
        timings = []
        for _ in range(repeat):
            sql.update(n=0, s=0.0)
            started = time.perf_counter()
            status = client.get(path).status_code
            timings.append((time.perf_counter() - started, sql["n"], sql["s"]))
        wall = statistics.median(t[0] for t in timings)
        profile[path] = {
            "status": status,
            "wall_ms": round(1000 * wall, 1),
            "sql_statements": timings[-1][1],
            "sql_ms": round(1000 * statistics.median(t[2] for t in timings), 1),
        }
    return profile


def run_child(database: str, args: list[str]) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--database", database, *args]
    done = subprocess.run(
        command, cwd=ROOT, env=product_environment(database), stdout=subprocess.PIPE, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed (exit {done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- the parent


def machine(command: list[str]) -> dict:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout

    return {
        "nproc": os.cpu_count(),
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "git_head": git("rev-parse", "--short", "HEAD").strip(),
        "uncommitted": bool(git("status", "--porcelain", "feedback", "templates").strip()),
        "command": " ".join(command),
    }


def prepare(args) -> dict:
    """A fresh database: migrated, seeded, 50k answers, themed."""
    say(f"Making database {args.database} afresh ...")
    recreate_database(args.database)
    flask(args.database, "db", "upgrade")
    say(f"Seeding the demo and adding answers up to {args.answers:,} ...")
    started = time.perf_counter()
    seeded = run_child(args.database, ["--child", "seed", "--answers", str(args.answers)])
    seeded["seed_s"] = round(time.perf_counter() - started, 1)
    say(f"  {seeded}")
    started = time.perf_counter()
    theme(args.database)
    seeded["analyse_s"] = round(time.perf_counter() - started, 1)
    analyze(args.database)
    return seeded


def theme(database: str) -> None:
    say(f"Theming: flask analyse --partnership {PARTNERSHIP} ...")
    flask(database, "analyse", "--partnership", PARTNERSHIP)


def analyze(database: str) -> None:
    """Planner statistics, as autovacuum would have gathered them on a live database
    (this server may run with autovacuum off)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(f"{SERVER}/{database}", isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text("ANALYZE"))
    engine.dispose()


def kept(args) -> dict:
    """The previous run's database, its schema and demo users brought up to date with the
    code (seed-demo is idempotent), themed again with --analyse-only."""
    flask(args.database, "db", "upgrade")
    flask(args.database, "seed-demo")
    found: dict = {"reused": True}
    if args.analyse_only:
        started = time.perf_counter()
        theme(args.database)
        found["analyse_s"] = round(time.perf_counter() - started, 1)
    analyze(args.database)
    return found


def servers(stack: ExitStack, args, logs: Path) -> dict:
    settings = gunicorn_settings()
    workers, threads = str(settings["workers"]), str(settings["threads"])
    bare_env = {**os.environ, "PERF_DB_URL": f"{SERVER}/{args.bare_database}"}
    recreate_database(args.bare_database)
    subprocess.run(
        [sys.executable, "app.py", "init"], cwd=PERF, env=bare_env, check=True, stdout=sys.stderr
    )
    gunicorn = str(VENV_BIN / "gunicorn")
    product_env = product_environment(
        args.database,
        FRONTLINE_ENV="production",
        SECRET_KEY=secrets.token_hex(32),
        # Production counts its rate limits in Redis; the board pages enqueue no jobs.
        REDIS_URL=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14"),
    )
    product = [gunicorn, "-c", "gunicorn.conf.py", "-b", f"127.0.0.1:{args.port}", "wsgi:app"]
    settings["product_pid"] = start(stack, "product", product, ROOT, product_env, logs)
    bare = [gunicorn, "--chdir", str(PERF), "-w", workers, "--threads", threads]
    bare += ["-b", f"127.0.0.1:{args.bare_port}", "app:app"]
    settings["bare_pid"] = start(stack, "bare", bare, PERF, bare_env, logs)
    wait_until_up(args.port, "/sign-in")
    wait_until_up(args.bare_port, "/hello")
    return settings


CHILDREN = {
    "seed": lambda args: child_seed(args.answers),
    "profile": lambda args: child_profile(args.paths.split(","), 5),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=50_000)
    parser.add_argument("--database", default="bench_boards")
    parser.add_argument("--bare-database", default="bench_bare")
    parser.add_argument("--port", type=int, default=5101)
    parser.add_argument("--bare-port", type=int, default=8001)
    parser.add_argument("--conns", default="8 32")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--duration", default="10s")
    parser.add_argument(
        "--page-timeout", type=float, default=120, help="seconds; slower pages are not loaded"
    )
    parser.add_argument("--alone", type=int, default=5, help="requests per page, one at a time")
    parser.add_argument("--reuse", action="store_true", help="keep the last run's database")
    parser.add_argument("--profile", action="store_true", help="also time pages in-process")
    parser.add_argument("--out", help="write the results as JSON here")
    parser.add_argument("--analyse-only", action="store_true", help="theme the kept database")
    parser.add_argument("--child", choices=["seed", "profile"], help=argparse.SUPPRESS)
    parser.add_argument("--paths", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        print(json.dumps(CHILDREN[args.child](args)))
        return
    # Stopped from outside, still stop both servers (the ExitStack below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    signal.signal(signal.SIGINT, signal.default_int_handler)
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install -y wrk")

    results: dict = {"machine": machine(sys.argv)}
    results["data"] = kept(args) if args.reuse or args.analyse_only else prepare(args)
    theme_id, theme_answers, n_themes = largest_theme(args.database)
    results["data"].update(largest_theme_answers=theme_answers, themes=n_themes)
    conns = [int(c) for c in args.conns.split()]
    with ExitStack() as stack, tempfile.TemporaryDirectory(prefix="board-pages-") as tmp:
        logs = Path(tmp)
        results["gunicorn"] = servers(stack, args, logs)
        cookie = sign_in(args.port, BOARD_EMAIL, *board_credentials())
        base = f"/boards/{PARTNERSHIP}"
        targets = [
            {"label": "bare /survey", "port": args.bare_port, "path": "/survey"},
            {"label": "theme list", "path": f"{base}/themes"},
            {"label": "largest theme", "path": f"{base}/themes/{theme_id}"},
            {"label": "overview", "path": f"{base}/"},
        ]
        targets[0]["pid"] = results["gunicorn"].pop("bare_pid")
        product_pid = results["gunicorn"].pop("product_pid")
        for target in targets[1:]:
            target.update(port=args.port, cookie=cookie, pid=product_pid)
        say("Checking the pages ...")
        loaded = check_pages(targets, args.database, args.page_timeout)
        results["left_out"] = {t["label"]: t["skipped"] for t in targets if "skipped" in t}
        say(f"Each page alone, median of {args.alone} requests ...")
        results["alone"] = alone(loaded, args.alone)
        out = logs / "wrk.jsonl"
        say(f"Loading {len(targets)} pages, {args.runs} runs of {args.duration} at {conns} ...")
        loads = load(loaded, conns, args.runs, args.duration, out)
        results["load_average"] = {"min": min(loads), "max": max(loads), "samples": loads}
        results["pages"] = summarise(out, loaded, conns)
    if args.profile:
        paths = ",".join(t["path"] for t in loaded[1:])
        results["profile"] = run_child(args.database, ["--child", "profile", "--paths", paths])
    print(table(results["pages"], results["alone"]))
    for label, why in results["left_out"].items():
        print(f"{label}: {why}; not loaded")
    print(f"\nLoad average during the runs: {min(loads):.2f}..{max(loads):.2f}")
    for path, found in results.get("profile", {}).items():
        print(f"{path}: {found}")
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
