#!/usr/bin/env bash
# The project's one test command: installs what a fresh Debian machine lacks, then runs every check in order,
# stops at the first failure and ends with one line "N passed, N failed" (tests of all Jest and Playwright runs,
# plus one per other step).
set -uo pipefail
cd "$(dirname "$0")/.."

# Tests that need Prometheus, promtool, amtool or Chromium fail instead of skipping when CI is set.
export CI="${CI:-true}"

REPORTS="$(mktemp -d)"
GRAFANA13=""
trap 'rm -rf "$REPORTS" "$GRAFANA13"' EXIT
PASSED=0
FAILED=0
RAN=()

log() { printf '\n==> %s\n' "$*"; }

require_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "Node.js 20 or newer with npm is required (Debian: apt-get install -y nodejs npm, or https://nodejs.org)." >&2
    exit 1
  fi
  if (($(node -p 'process.versions.node.split(".")[0]') < 20)); then
    echo "Node.js 20 or newer is required, found $(node --version)." >&2
    exit 1
  fi
}

# The rule checks and integration tests run the real Prometheus tools; the browser harness needs Chromium.
require_system_tools() {
  local missing=()
  command -v prometheus >/dev/null && command -v promtool >/dev/null || missing+=(prometheus)
  command -v amtool >/dev/null || missing+=(prometheus-alertmanager)
  command -v chromium >/dev/null || missing+=(chromium)
  ((${#missing[@]} == 0)) && return 0

  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    log "Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update && apt-get install -y "${missing[@]}" && return 0
    echo "Installing ${missing[*]} failed." >&2
    exit 1
  fi
  echo "Missing system packages. Install them, then run this script again:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
}

# npm keeps a copy of the lock file it installed from in node_modules; any difference means node_modules is stale.
install_dependencies_if_stale() {
  if [[ -f node_modules/.package-lock.json ]] && node - <<'JS'; then
const fs = require('fs');
const wanted = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')).packages;
const installed = JSON.parse(fs.readFileSync('node_modules/.package-lock.json', 'utf8')).packages;
// Optional packages for other platforms are in the lock file but never installed.
const missing = Object.entries(wanted).filter(([path, pkg]) => path && !pkg.optional && installed[path]?.version !== pkg.version);
const extra = Object.keys(installed).filter((path) => !(path in wanted));
process.exit(missing.length + extra.length === 0 ? 0 : 1);
JS
    return 0
  fi
  log "npm ci (node_modules is missing or does not match package-lock.json)"
  npm ci --no-audit --no-fund || exit 1
}

has_script() {
  node -e 'process.exit(require("./package.json").scripts?.[process.argv[1]] ? 0 : 1)' "$1"
}

# A step that is not Jest counts as one test.
step() {
  local name="$1"
  shift
  log "$name: $*"
  local started=$SECONDS
  if "$@"; then
    PASSED=$((PASSED + 1))
    record ok "$name" "$started"
  else
    FAILED=$((FAILED + 1))
    record FAILED "$name" "$started"
    finish
  fi
}

record() {
  RAN+=("$(printf '%-7s %s (%d s)' "$1" "$2" $((SECONDS - $3)))")
}

# Test runners count their tests, read from their JSON reports by these scripts ("passed failed").
JEST_COUNTS='
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const brokenSuites = r.testResults.filter((s) => s.status === "failed" && s.assertionResults.length === 0).length;
  console.log(r.numPassedTests, r.numFailedTests + brokenSuites);'
PLAYWRIGHT_COUNTS='
  const { stats } = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const ran = stats.expected + stats.unexpected + stats.flaky;
  console.log(stats.expected + stats.flaky, stats.unexpected + (ran === 0 ? 1 : 0));'

# Adds a runner's counts to the totals; a run that breaks before writing its report counts as one failure.
count_tests() {
  local name="$1" started="$2" status="$3" report="$4" reader="$5"
  local counts
  counts="$(node -e "$reader" "$report" 2>/dev/null || echo "0 1")"
  local passed="${counts% *}" failed="${counts#* }"
  if ((status != 0 && failed == 0)); then failed=1; fi
  PASSED=$((PASSED + passed))
  FAILED=$((FAILED + failed))
  local outcome=ok
  ((failed == 0)) || outcome=FAILED
  record "$outcome" "$name: $passed passed, $failed failed" "$started"
  ((failed == 0)) || finish
}

jest_step() {
  local name="$1" script="$2" report="$REPORTS/$2.json" started=$SECONDS status=0
  log "$name: npm run $script"
  npm run "$script" -- --json --outputFile="$report" || status=$?
  count_tests "$name" "$started" "$status" "$report" "$JEST_COUNTS"
}

playwright_step() {
  local name="$1" script="$2" report="$REPORTS/$2.json" started=$SECONDS status=0
  log "$name: npm run $script"
  PLAYWRIGHT_JSON_OUTPUT_NAME="$report" npm run "$script" -- --reporter=list,json || status=$?
  count_tests "$name" "$started" "$status" "$report" "$PLAYWRIGHT_COUNTS"
}

# The second host: Grafana 13.2's packages with React 19, installed in a copy beside the locked checkout.
prepare_grafana13() {
  GRAFANA13="$(bash scripts/grafana13-host.sh)"
}

# The release zip's layout: the app, each nested panel and the bundled dashboards.
build_plugin() {
  npm run build && test -f dist/module.js && test -f dist/plugin.json || return 1
  local panel
  for panel in src/panels/*/; do
    panel="${panel#src/}"
    test -f "dist/${panel}module.js" && test -f "dist/${panel}plugin.json" || { echo "dist/$panel is incomplete" >&2; return 1; }
  done
  ls dist/dashboards/*.json >/dev/null
}

finish() {
  echo
  echo "Steps run:"
  printf '  %s\n' "${RAN[@]}"
  echo "Total time: ${SECONDS} s"
  echo "${PASSED} passed, ${FAILED} failed"
  ((FAILED == 0)) && exit 0 || exit 1
}

require_node
require_system_tools
install_dependencies_if_stale

LOCKED='as locked: Grafana 12.4, React 18'
step "type check ($LOCKED)" npm run typecheck
step 'lint' npm run lint
step 'levitate: compatible with Grafana 12.3 and 13.x' bash scripts/levitate-check.sh
jest_step "unit tests ($LOCKED)" test:ci
step "build ($LOCKED)" build_plugin
step 'generated files up to date' npm run generate:check
if has_script rules:check; then step 'rule checks' npm run rules:check; fi
if has_script test:integration; then
  if node -e 'process.exit(/^jest\b/.test(require("./package.json").scripts["test:integration"]) ? 0 : 1)'; then
    jest_step 'integration tests' test:integration
  else
    step 'integration tests' npm run test:integration
  fi
fi
if has_script test:browser; then playwright_step "browser tests ($LOCKED)" test:browser; fi
if [[ -f scripts/grafana13-host.sh ]]; then
  HOST='Grafana 13.2, React 19'
  step "install $HOST beside the lock" prepare_grafana13
  cd "$GRAFANA13"
  step "type check ($HOST)" npm run typecheck
  jest_step "unit tests ($HOST)" test:ci
  step "build ($HOST)" build_plugin
  playwright_step "browser tests ($HOST)" test:browser
fi
finish
