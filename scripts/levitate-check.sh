#!/usr/bin/env bash
# Compatibility gate: Grafana's levitate checks every @grafana/data, ui and runtime export the plugin uses (starting at
# src/module.tsx) against the lowest supported Grafana (plugin.json asks for >=12.3.0: the newest 12.3 patch) and the
# newest 13.x. Incompatibilities must be in scripts/levitate-allowlist.json for that target, with a reason; an entry
# that matches nothing fails too, so the list stays honest. Usage: bash scripts/levitate-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# Pinned so the gate is reproducible; moving a target means re-checking its allow-list entries.
LEVITATE_VERSION=0.17.2
TARGETS='12.3.3 13.2.3'
PACKAGES='@grafana/data @grafana/ui @grafana/runtime'

# Levitate unpacks tarballs into os.tmpdir()/<package>@<version>, and a later run from that folder mistakes the
# leftover for a local package: a private TMPDIR keeps runs apart, LEVITATE_CACHE downloads each version once.
work="$(mktemp -d "${TMPDIR:-/tmp}/levitate-check-XXXXXX")"
trap 'rm -rf "$work"' EXIT
export TMPDIR="$work" LEVITATE_CACHE=true LEVITATE_SILENT=true

# Not the CLI: it prints no name for a changed export whose declaration text is unchanged (such as `config`) and
# passes when a package fails to download. Its API gives names, and its errors end the run (non-zero).
npx -y -p "@grafana/levitate@$LEVITATE_VERSION" -- node --input-type=module - \
  src/module.tsx scripts/levitate-allowlist.json "$TARGETS" "$PACKAGES" <<'JS'
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Any error (a download, a missing file, levitate itself) ends the run as a failure, in one readable line.
process.on('uncaughtException', (error) => {
  console.error(`\nlevitate check could not run: ${(error.shortMessage ?? error.message).split('\n')[0]}`);
  process.exit(2);
});

const [modulePath, allowFile, targetList, packageList] = process.argv.slice(2);
const targets = targetList.split(' ');
const packages = packageList.split(' ');

// npx puts levitate's bin on PATH; its API (dist/index.js) sits beside the bin's target.
const binDir = process.env.PATH.split(path.delimiter).find((dir) => fs.existsSync(path.join(dir, 'levitate')));
if (!binDir) throw new Error('npx did not put levitate on PATH');
const dist = path.dirname(fs.realpathSync(path.join(binDir, 'levitate')));
const levitate = await import(pathToFileURL(path.join(dist, 'index.js')));
const { getExportInfo } = await import(pathToFileURL(path.join(dist, 'compiler/exports.js')));

const allowed = JSON.parse(fs.readFileSync(allowFile, 'utf8'));
for (const entry of allowed) {
  if (!['package', 'export', 'target', 'reason'].every((key) => typeof entry[key] === 'string' && entry[key])) {
    throw new Error(`${allowFile}: every entry needs package, export, target and reason: ${JSON.stringify(entry)}`);
  }
}

if (!fs.existsSync(modulePath)) throw new Error(`${modulePath} does not exist`);
const program = levitate.createTsProgram(modulePath);
// A program that sees no imports of a package would report nothing for it: that must not read as compatible.
const imports = levitate.getImportsForProgram(program, packages).filter((i) => !i.fileName.includes('/node_modules/'));
const imported = new Set(imports.map((i) => i.packageName));
const notSeen = packages.filter((pkg) => !imported.has(pkg));
if (notSeen.length) throw new Error(`levitate found no import of ${notSeen.join(', ')} from ${modulePath}`);

const used = new Set();
let failures = 0;
for (const target of targets) {
  console.log(`\nTarget Grafana ${target}`);
  for (const pkg of packages) {
    const installed = JSON.parse(fs.readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version;
    const from = `${pkg}@${installed}`;
    const fromPath = await levitate.resolvePackage(from);
    const comparison = levitate.compareExports(fromPath, await levitate.resolvePackage(`${pkg}@${target}`), {});
    const found = []; // [export, source file, position]
    for (const [sourceFile, usages] of levitate.getPackageUsage(program, getExportInfo(fromPath), from)) {
      for (const item of levitate.getIncompatibilitiesFromComparison({ sourceFile, usages, comparison })) {
        found.push([item.name, sourceFile, item.codeIdentifier.getStart()]);
      }
    }
    // Levitate matches import specifiers by their text, so it never checks `type X` or `X as Y`: check those here.
    for (const i of imports.filter((i) => i.packageName === pkg && /^type\s|\sas\s/.test(i.propertyName ?? ''))) {
      const name = i.propertyName.replace(/^type\s+/, '').split(/\s+as\s+/)[0];
      const sourceFile = program.getSourceFile(i.fileName);
      if (comparison.removals[name] || comparison.changes[name]) found.push([name, sourceFile, sourceFile.text.indexOf(i.importStatementAsText)]);
    }
    // One item per source file using an export; the allow-list is per export.
    const byExport = new Map();
    for (const [name, sourceFile, position] of found) {
      const seen = byExport.get(name) ?? { kind: comparison.removals[name] ? 'missing in target' : 'changed', places: [] };
      seen.places.push(`${path.relative('.', sourceFile.fileName)}:${sourceFile.getLineAndCharacterOfPosition(position).line + 1}`);
      byExport.set(name, seen);
    }
    console.log(`  ${pkg} ${installed} -> ${target}: ${byExport.size} incompatible export(s)`);
    for (const [name, { kind, places }] of byExport) {
      const entry = allowed.find((e) => e.package === pkg && e.export === name && e.target === target);
      if (entry) used.add(entry);
      else failures++;
      console.log(`    ${entry ? 'allowed' : 'NOT ALLOWED'}: ${name} ${kind}, used in ${places.join(', ')}`);
      if (entry) console.log(`      why: ${entry.reason}`);
    }
  }
}

for (const entry of allowed.filter((e) => !used.has(e))) {
  failures++;
  console.log(`\nStale allow-list entry (matches no incompatibility): ${entry.package} ${entry.export} for ${entry.target}`);
}
console.log(`\nlevitate ${failures ? `FAILED: ${failures} problem(s)` : 'passed'} (targets ${targets.join(', ')})`);
process.exit(failures ? 1 : 0);
JS
