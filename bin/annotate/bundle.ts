import { build } from 'esbuild';

/**
 * Bundles the annotate command into one file with every import inlined, so a pipeline runs it with plain Node 20
 * from the release zip, without a clone of this repository or `npm ci`.
 */
export async function bundleAnnotate(outfile: string): Promise<void> {
  await build({
    entryPoints: ['bin/shoppulse-annotate.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
}
