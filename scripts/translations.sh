#!/usr/bin/env bash
# Gather the interface's strings into translations/messages.pot, merge them into each
# language's catalogue (creating it if missing), then compile the catalogues to .mo.
# Rerun it whenever a user-facing string changes: with nothing new it changes no file.
# New strings arrive untranslated (or fuzzy, with a guess to check) in the .po files.
set -euo pipefail
cd "$(dirname "$0")/.."

PYBABEL="${PYBABEL:-.venv/bin/pybabel}"
POT=translations/messages.pot
LANGUAGES=(cy ar)

mkdir -p translations
fresh="$(mktemp)"
trap 'rm -f "$fresh"' EXIT

"$PYBABEL" --quiet extract --mapping-file=babel.cfg --output-file="$fresh" \
  --keyword=_l --keyword=lazy_gettext --keyword=lazy_ngettext:1,2 \
  --add-location=file --sort-by-file \
  --project="Frontline Voice" --copyright-holder="Frontline Voice" \
  --ignore-dirs=".* ._ node_modules instance" \
  .

# The template is replaced only when a string changed, not for its creation date alone.
if [[ ! -f "$POT" ]] || ! diff -q -I '^"POT-Creation-Date:' "$POT" "$fresh" >/dev/null; then
  cp "$fresh" "$POT"
fi

for language in "${LANGUAGES[@]}"; do
  "$PYBABEL" --quiet update --input-file="$POT" --output-dir=translations \
    --locale="$language" --init-missing --ignore-pot-creation-date --ignore-obsolete --previous
done

"$PYBABEL" compile --directory=translations --statistics
