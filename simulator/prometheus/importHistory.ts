import { unlinkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { requireBinary } from './binaries';
import { inParallel, run } from './processes';

/** Imports history files into a TSDB folder with promtool, deleting each once imported; returns the seconds it took. */
export async function importHistory(
  files: string[],
  dataDir: string,
  parallel = availableParallelism()
): Promise<number> {
  const promtool = requireBinary('promtool');
  const started = Date.now();
  await inParallel(files, parallel, async (file) => {
    await run(promtool, ['tsdb', 'create-blocks-from', 'openmetrics', file, dataDir]);
    unlinkSync(file);
  });
  return (Date.now() - started) / 1000;
}
