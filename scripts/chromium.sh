#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (/usr/bin/chromium): installed with apt-get where missing
# (as root, or with sudo), never downloaded by an npm package. fonts-noto-cjk too, so that screenshots
# show Chinese rather than boxes. faketime too: the trading clock's e2e test runs a worker whose clock is
# ahead of the database's (libfaketimeMT).
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
if command -v dpkg-query >/dev/null; then
  dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'ok installed' || missing+=(fonts-noto-cjk)
fi
[ -e /usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1 ] || missing+=(faketime)
[ ${#missing[@]} -eq 0 ] && exit 0
command -v apt-get >/dev/null || { echo "no apt-get: install ${missing[*]} yourself" >&2; exit 1; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo -n"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -y -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
