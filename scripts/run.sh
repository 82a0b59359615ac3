#!/bin/sh
# The main job: installs what is missing, builds, and checks the shipped
# sample plans with the built-in rule packs, printing each checklist.
#   scripts/run.sh
set -eu
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh build >&2
for plan in samples/*.json samples/*.md; do
  case $plan in *.team.json) continue ;; esac
  team=${plan%.*}.team.json
  echo "== $plan" >&2
  if [ -f "$team" ]; then
    build/premortem check --team "$team" "$plan"
  else
    build/premortem check "$plan"
  fi
done
