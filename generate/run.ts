import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as prettier from 'prettier';
import type { GeneratedFile, Generator } from './types';

export const REPO_ROOT = join(__dirname, '..');

/**
 * Runs every generator and formats its files with the repository's Prettier settings,
 * so `prettier --write .` never makes a generated file drift from its generator.
 */
export async function renderAll(generators: Generator[]): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  for (const generator of generators) {
    const produced = await generator.generate();
    files.push(...(Array.isArray(produced) ? produced : [produced]));
  }
  assertUniquePaths(files);
  return Promise.all(files.map(formatFile));
}

export async function writeAll(files: GeneratedFile[], root: string): Promise<void> {
  for (const file of files) {
    const target = join(root, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content, 'utf8');
  }
}

/** Paths of the files whose bytes on disk differ from what the generators produce now (missing files included). */
export async function findDrift(files: GeneratedFile[], root: string): Promise<string[]> {
  const drifted: string[] = [];
  for (const file of files) {
    const onDisk = await readFile(join(root, file.path)).catch(() => undefined);
    if (!onDisk || !onDisk.equals(Buffer.from(file.content, 'utf8'))) {
      drifted.push(file.path);
    }
  }
  return drifted;
}

async function formatFile(file: GeneratedFile): Promise<GeneratedFile> {
  // Settings come from the repository even when the files are written elsewhere (the tests use a temp copy).
  const filepath = join(REPO_ROOT, file.path);
  const { inferredParser } = await prettier.getFileInfo(filepath);
  if (!inferredParser) {
    return file;
  }
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  const content = await prettier.format(file.content, { ...options, filepath, endOfLine: 'lf' });
  return { path: file.path, content };
}

function assertUniquePaths(files: GeneratedFile[]): void {
  const seen = new Set<string>();
  for (const { path } of files) {
    if (seen.has(path)) {
      throw new Error(`Two generators write ${path}`);
    }
    seen.add(path);
  }
}
