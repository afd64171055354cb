/** @jest-environment node */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGroup, stopProcess } from './processes';

/** Whether the process still runs: an exited one may linger as a zombie until its new parent reaps it. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = `/proc/${pid}/stat`;
  return !existsSync(stat) || !/^\d+ \(.*\) Z/.test(readFileSync(stat, 'utf8'));
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (const deadline = Date.now() + 3000; !condition(); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting until ${what}`);
    }
  }
}

describe('stopProcess on a child that startGroup started', () => {
  it('stops the processes the child started too, as npx leaves the live simulator running', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shoppulse-processes-'));
    const pidFile = join(dir, 'grandchild.pid');
    // As npx does: a parent that starts the long-running program and does not pass signals on to it.
    const parent = `
      const { spawn } = require('node:child_process');
      const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(grandchild.pid));
      setInterval(() => {}, 1000);
    `;
    const child = startGroup(process.execPath, ['-e', parent]);
    try {
      await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '', 'the grandchild started');
      const grandchild = Number(readFileSync(pidFile, 'utf8'));
      expect(running(grandchild)).toBe(true);
      await stopProcess(child);
      expect(running(child.pid!)).toBe(false);
      await until(() => !running(grandchild), 'the grandchild stopped');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
