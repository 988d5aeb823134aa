#!/usr/bin/env bash
# Browser tests drive Debian's chromium; install it if it is missing (never a downloaded build).
set -euo pipefail

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-liberation >/dev/null
fi
