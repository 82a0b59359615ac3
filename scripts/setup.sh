#!/bin/sh
# Installs what premortem needs to build and test, from Debian's packages.
# Runs `apt-get update` once and `apt-get install -y` only when something is
# missing; as root directly, otherwise through sudo.
#   scripts/setup.sh            build and run dependencies
#   scripts/setup.sh --test     also what the test suite needs
set -eu

pkgs="build-essential cmake pkg-config liblua5.4-dev libcjson-dev"
if [ "${1:-}" = "--test" ]; then
  # python3-jsonschema validates checklists against docs/checklist.schema.json
  pkgs="$pkgs python3 python3-jsonschema"
fi

missing=""
for p in $pkgs; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

echo "premortem setup: installing$missing" >&2
if [ "$(id -u)" = 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "premortem setup: need root (or sudo) to install:$missing" >&2
  exit 2
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
# shellcheck disable=SC2086
$SUDO apt-get install -y --no-install-recommends $missing
