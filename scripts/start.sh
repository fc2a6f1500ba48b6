#!/usr/bin/env bash
# `npm start`: services up, build (API, worker and the web console served at /), migrations applied, demo data on an empty database, then the API
# and the worker side by side. Ctrl-C (or SIGTERM) stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
# `npm start` is the development bring-up: the development key and the demo members are for it alone
export NODE_ENV="${NODE_ENV:-development}"
bash scripts/services.sh
npm run --silent build
npm run --silent build:web
node dist/scripts/db.js setup

node --enable-source-maps dist/apps/api/src/main.js &
api=$!
node --enable-source-maps dist/apps/worker/src/main.js &
worker=$!
trap 'kill -TERM $api $worker 2>/dev/null; wait' INT TERM
# when either process ends, stop the other: the platform runs whole or not at all
wait -n $api $worker || status=$?
kill -TERM $api $worker 2>/dev/null || true
wait || true
exit "${status:-0}"
