import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const HARNESS = join(__dirname, 'harness');
export const BUNDLE_DIR = join(ROOT, 'node_modules', '.cache', 'shoppulse-browser');

// Scenes' page view renders Grafana's PluginPage, which only Grafana's own start-up replaces (through an internal
// export): every import of @grafana/runtime gets the harness's re-export, whose PluginPage draws a page header.
const runtimeWithPageHeader: Plugin = {
  name: 'runtime-with-page-header',
  setup(bundle) {
    const standIn = join(HARNESS, 'runtime.ts');
    bundle.onResolve({ filter: /^@grafana\/runtime$/ }, (args) =>
      args.importer === standIn ? undefined : { path: standIn }
    );
  },
};

// Scenes imports a table `defaultOptions` that @grafana/schema 12.4 does not export (13.2 does); webpack leaves the
// import undefined with a warning, esbuild refuses it, so the harness gives the module the same undefined export.
const schemaTableDefaults: Plugin = {
  name: 'schema-table-defaults',
  setup(bundle) {
    bundle.onLoad(
      { filter: /@grafana\/schema\/dist\/esm\/raw\/composable\/table\/panelcfg\/x\/types\.gen\.mjs$/ },
      async (args) => {
        const source = await readFile(args.path, 'utf8');
        const missing = !/export \{[^}]*\bdefaultOptions\b/.test(source);
        return { contents: missing ? `${source}\nexport const defaultOptions = undefined;\n` : source, loader: 'js' };
      }
    );
  },
};

// See harness/scrollbars.ts: webpack, as in Grafana's own build, reads the package's `__esModule` default.
const scrollbarsDefaultExport: Plugin = {
  name: 'scrollbars-default-export',
  setup(bundle) {
    const shim = join(HARNESS, 'scrollbars.ts');
    bundle.onResolve({ filter: /^react-custom-scrollbars-2$/ }, (args) =>
      args.importer === shim ? undefined : { path: shim }
    );
  },
};

/** Bundles the harness page, which mounts the plugin's real module, into BUNDLE_DIR; returns the seconds it took. */
export async function bundleHarness(): Promise<number> {
  const started = performance.now();
  await build({
    entryPoints: { harness: join(HARNESS, 'main.tsx') },
    outdir: BUNDLE_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    sourcemap: 'linked',
    logLevel: 'warning',
    // React's development build: its warnings are part of what the harness checks.
    define: { 'process.env.NODE_ENV': '"development"', global: 'globalThis' },
    // The plugin imports its manifest as `plugin.json`, resolved from src/ as the scaffold's webpack does.
    nodePaths: [join(ROOT, 'src')],
    loader: { '.svg': 'file', '.png': 'file', '.woff2': 'file', '.ttf': 'file' },
    plugins: [runtimeWithPageHeader, schemaTableDefaults, scrollbarsDefaultExport],
  });
  return (performance.now() - started) / 1000;
}

if (require.main === module) {
  bundleHarness().then((seconds) => console.log(`bundled the harness into ${BUNDLE_DIR} in ${seconds.toFixed(1)} s`));
}
