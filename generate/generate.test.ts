/** @jest-environment node */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AREAS, METRICS, SLA } from '../src/catalog';
import { METRICS_DOC_PATH } from './docs/metricsDoc';

// The generators run through the real command line: Prettier, which formats their output, cannot load inside Jest.
const run = promisify(execFile);
const REPO_ROOT = join(__dirname, '..');
// Generous: each run starts tsx and Prettier, which takes over 30 s when the two cores are busy with other work.
const RUN_TIMEOUT = 120_000;
const generate = (...args: string[]) =>
  run(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [join(REPO_ROOT, 'generate', 'index.ts'), ...args]);

describe('npm run generate', () => {
  let root: string;
  let doc: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'shoppulse-generate-'));
    await generate('--root', root);
    doc = await readFile(join(root, METRICS_DOC_PATH), 'utf8');
  }, RUN_TIMEOUT);

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('documents every metric of the contract with its meaning in both languages', () => {
    for (const metric of METRICS) {
      expect(doc).toContain(`### \`${metric.name}\``);
      expect(doc).toContain(metric.help.en);
      expect(doc).toContain(metric.help.pl);
    }
  });

  it('has a section per area, titled in English and Polish', () => {
    for (const area of AREAS) {
      expect(doc).toContain(`## ${area.title.en} / ${area.title.pl}`);
    }
  });

  it('defines the SLA in both languages around the 0.2 s bucket', () => {
    expect(doc).toContain(SLA.successDefinition.en);
    expect(doc).toContain(SLA.successDefinition.pl);
    expect(doc).toContain('`le="0.2"`');
  });

  it(
    'passes its own drift check, then fails it once the file is edited by hand',
    async () => {
      await expect(generate('--check', '--root', root)).resolves.toBeDefined();

      await writeFile(join(root, METRICS_DOC_PATH), `${doc}\nA note added by hand.\n`);
      const failure = await generate('--check', '--root', root).catch((error) => error);
      expect(failure.code).toBe(1);
      expect(failure.stderr).toContain(METRICS_DOC_PATH);
      expect(failure.stderr).toContain('npm run generate');
    },
    RUN_TIMEOUT
  );

  it(
    'reports a generated file that is missing',
    async () => {
      await rm(join(root, METRICS_DOC_PATH));
      const failure = await generate('--check', '--root', root).catch((error) => error);
      expect(failure.code).toBe(1);
      expect(failure.stderr).toContain(METRICS_DOC_PATH);
    },
    RUN_TIMEOUT
  );
});
