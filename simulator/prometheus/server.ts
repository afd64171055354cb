import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { requireBinary } from './binaries';
import { freePort, stopProcess, waitUntilReady } from './processes';

export interface PrometheusServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the machine's Prometheus on a free loopback port with the given configuration and waits until it is ready. */
export async function startPrometheus(options: {
  dir: string;
  dataDir: string;
  config: object;
  flags?: string[];
}): Promise<PrometheusServer> {
  const configFile = join(options.dir, 'prometheus.yml');
  writeFileSync(configFile, stringify(options.config));
  const port = await freePort();
  const child = spawn(
    requireBinary('prometheus'),
    [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${options.dataDir}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
      ...(options.flags ?? []),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  );
  // Kept for the error message: a Prometheus that exits at start says why only on stderr.
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr = `${stderr}${chunk}`.slice(-2000)));
  const server = { url: `http://127.0.0.1:${port}`, child, stop: () => stopProcess(child) };
  try {
    await waitUntilReady(`${server.url}/-/ready`, child, 60_000);
  } catch (error) {
    await server.stop();
    throw new Error(`Prometheus did not start: ${(error as Error).message}\n${stderr.trim()}`);
  }
  return server;
}
