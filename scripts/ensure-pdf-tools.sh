#!/usr/bin/env bash
# The board-pack tests turn a PDF page into an image with poppler's pdftoppm; install
# Debian's poppler-utils if it is missing.
set -euo pipefail

if ! command -v pdftoppm >/dev/null; then
  echo "Installing Debian's poppler-utils"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq poppler-utils >/dev/null
fi
