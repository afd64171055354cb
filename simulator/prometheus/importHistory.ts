import { unlinkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { requireBinary } from './binaries';
import { inParallel, run } from './processes';

/**
 * promtool reads a file once per block it writes, 2 h by default: blocks of up to a day (18 h, the importer's nearest
 * size) read each day-long history file two or three times instead of thirteen, and leave fewer blocks to open.
 */
const HISTORY_BLOCK_DURATION = '24h';

/** Imports history files into a TSDB folder with promtool, deleting each once imported; returns the seconds it took. */
export async function importHistory(
  files: string[],
  dataDir: string,
  parallel = availableParallelism()
): Promise<number> {
  const promtool = requireBinary('promtool');
  const started = Date.now();
  await inParallel(files, parallel, async (file) => {
    await run(promtool, [
      'tsdb',
      'create-blocks-from',
      `--max-block-duration=${HISTORY_BLOCK_DURATION}`,
      'openmetrics',
      file,
      dataDir,
    ]);
    unlinkSync(file);
  });
  return (Date.now() - started) / 1000;
}
