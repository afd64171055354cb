import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FIXTURE, STACK_FILE } from './fixture';
import { startTestStack, type TestStack } from './prometheus';

declare global {
  // Shared with the global teardown, which runs in the same process.
  var shoppulseStack: TestStack | undefined;
}

export default async function globalSetup(): Promise<void> {
  const stack = await startTestStack(FIXTURE);
  globalThis.shoppulseStack = stack;
  mkdirSync(dirname(STACK_FILE), { recursive: true });
  writeFileSync(STACK_FILE, JSON.stringify({ url: stack.url, start: stack.start, end: stack.end }));
  const { generateSeconds, importSeconds, recordSeconds, samples, series } = stack.timings;
  const built = `generated in ${generateSeconds} s, imported in ${importSeconds} s, rules recorded over it in ${recordSeconds} s`;
  console.log(
    `\nTest Prometheus ${stack.url} (pid ${stack.pid}): ${series} series, ${samples} samples; ${stack.reused ? `reused a build that was ${built}` : built}`
  );
}
