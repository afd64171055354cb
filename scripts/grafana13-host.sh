#!/usr/bin/env bash
# Prepares the second host the README's test command proves: a copy of this checkout in a temporary folder with
# Grafana 13.2's packages and React 19 installed in place of the locked ones (this checkout's lock file is never
# touched). Prints the folder. Usage: bash scripts/grafana13-host.sh [folder]
set -euo pipefail
cd "$(dirname "$0")/.."

GRAFANA_VERSION=13.2.3
REACT_VERSION=^19.2.0

host="${1:-$(mktemp -d "${TMPDIR:-/tmp}/shoppulse-grafana13-XXXXXX")}"
mkdir -p "$host"
# The working copy of every tracked file, so uncommitted changes are tested too.
git ls-files -z | xargs -0 cp --parents -t "$host"

node - "$host/package.json" "$GRAFANA_VERSION" "$REACT_VERSION" <<'JS'
const fs = require('fs');
const [file, grafana, react] = process.argv.slice(2);
const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
for (const name of ['data', 'ui', 'runtime', 'schema', 'i18n']) {
  pkg.dependencies[`@grafana/${name}`] = grafana;
}
// React, its DOM and their types move together: @grafana/ui 13 asks for react >= 19.
Object.assign(pkg.dependencies, { react, 'react-dom': react });
Object.assign(pkg.devDependencies, { '@types/react': react, '@types/react-dom': react });
fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
JS
rm "$host/package-lock.json"
(cd "$host" && npm install --no-audit --no-fund --loglevel=error >&2)
node -e 'const v = (n) => require(`${process.argv[1]}/node_modules/${n}/package.json`).version;
  console.error(`Grafana packages ${v("@grafana/ui")}, React ${v("react")}, Scenes ${v("@grafana/scenes")} in ${process.argv[1]}`);' "$host"
echo "$host"
