import { execFileSync } from 'node:child_process';

const PACKAGES: Record<string, string> = {
  prometheus: 'prometheus',
  promtool: 'prometheus',
  amtool: 'prometheus-alertmanager',
  chromium: 'chromium',
};

/** The path of a system binary the tests need, or an error that says which Debian package brings it. */
export function requireBinary(name: string): string {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      `${name} is not installed: run 'apt-get install -y ${PACKAGES[name] ?? name}' (Debian), or 'bash scripts/test-all.sh', which installs it.`
    );
  }
}
