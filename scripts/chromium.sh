#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (/usr/bin/chromium): installed with apt-get where missing
# (as root, or with sudo), never downloaded by an npm package.
set -euo pipefail
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && exit 0
command -v apt-get >/dev/null || { echo "no apt-get: install chromium yourself" >&2; exit 1; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo -n"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -y -qq
$sudo apt-get install -y -qq --no-install-recommends chromium
