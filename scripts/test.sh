#!/usr/bin/env bash
# `npm test`: services up, the API, worker and web console built, Chromium installed where missing, then
# every tier (unit, medium, e2e, browser) in one jest run. The last line is the
# totals alone: "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/services.sh --for-tests || { echo "0 passed, 1 failed"; exit 1; }
npm run --silent build || { echo "0 passed, 1 failed"; exit 1; }
npm run --silent build:web || { echo "0 passed, 1 failed"; exit 1; }
bash scripts/chromium.sh || echo "chromium is missing: the browser tests will fail" >&2
mkdir -p test-results
NODE_OPTIONS="--experimental-vm-modules --no-warnings" npx jest --ci --json --outputFile=test-results/jest.json "$@"
status=$?
node scripts/test-totals.mjs test-results/jest.json || status=1
exit $status
