import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** Runs a command to completion; rejects with its output when it fails. */
export function run(command: string, args: string[], cwd?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${stderr.slice(-2000)}`))
    );
  });
}

/** Runs the tasks with at most `limit` at a time: the machines have two cores. */
export async function inParallel<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
        await task(item);
      }
    })
  );
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the process exited with code ${child.exitCode} before ${url} was ready`);
    }
    try {
      if ((await fetch(url)).ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} was not ready after ${timeoutMs / 1000} s`);
}

/** The children started by startGroup: each leads a process group of its own. */
const groupLeaders = new WeakSet<ChildProcess>();

/**
 * Starts a long-running command as the leader of a new process group, so that stopProcess reaches the processes it
 * starts too: `npx` and `tsx` each run the program in a child, which outlives a signal sent to its parent alone.
 * stdin is closed because a background group that reads the terminal is stopped by SIGTTIN.
 */
export function startGroup(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  groupLeaders.add(child);
  return child;
}

/** Signals the child (its whole group if startGroup started it) and resolves when the child has exited. */
export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  const exited = child.exitCode !== null || child.signalCode !== null;
  const done = exited ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (groupLeaders.has(child) && child.pid !== undefined) {
    try {
      // Even after the leader exited, the processes it left in its group are still there to stop.
      process.kill(-child.pid, signal);
    } catch {
      // ESRCH: every process of the group has exited.
    }
  } else if (!exited) {
    child.kill(signal);
  }
  return done;
}
