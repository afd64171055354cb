import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFile, Generator } from '../types';
import { businessDashboard } from './business';
import { partnerSlaDashboard } from './partnerSla';
import { shopHealthDashboard } from './shopHealth';
import { whatChangedDashboard } from './whatChanged';

// Not imported from ../run: that module loads Prettier, which Jest cannot.
const REPO_ROOT = join(__dirname, '..', '..');

export const DASHBOARDS_DIR = 'src/dashboards';

/** The bundled dashboards, by file name: Grafana imports each when the app is enabled (plugin.json includes). */
export const DASHBOARDS = {
  'business.json': businessDashboard,
  'what-changed.json': whatChangedDashboard,
  'partner-sla.json': partnerSlaDashboard,
  'shop-health.json': shopHealthDashboard,
};

export type DashboardFile = keyof typeof DASHBOARDS;

/** Each dashboard's revision and the hash of the content it was given for. */
const REVISIONS_FILE = 'generate/dashboards/revisions.json';
type Revisions = Record<string, { revision: number; sha256: string }>;

function recordedRevisions(): Revisions {
  try {
    return JSON.parse(readFileSync(join(REPO_ROOT, REVISIONS_FILE), 'utf8'));
  } catch {
    return {};
  }
}

// The SDK's builders leave functions on query models; the files hold plain data.
const contentOf = (file: DashboardFile) => JSON.parse(JSON.stringify(DASHBOARDS[file]().build()));

/** The revision content with this hash gets: the recorded one when it is unchanged, the next one when it changed. */
export function nextRevision(recorded: { revision: number; sha256: string } | undefined, sha256: string): number {
  return recorded?.sha256 === sha256 ? recorded.revision : (recorded?.revision ?? 0) + 1;
}

/**
 * Grafana replaces a bundled dashboard it imported only when its `revision` grows: the revision is bumped whenever
 * the content changes (its hash differs from the one recorded), and stays put otherwise, so generating twice changes
 * nothing.
 */
function revised(file: DashboardFile, recorded: Revisions) {
  const content = contentOf(file);
  const sha256 = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  const revision = nextRevision(recorded[file], sha256);
  return { dashboard: { ...content, revision, version: revision } as Record<string, unknown>, revision, sha256 };
}

/** The dashboard as the generator writes it, revision included. */
export function dashboardJson(file: DashboardFile): Record<string, unknown> {
  return revised(file, recordedRevisions()).dashboard;
}

/** src/dashboards/*.json from the catalog, through the same query builders as the pages. */
export const dashboardFiles: Generator = {
  name: 'bundled dashboards',
  generate: (): GeneratedFile[] => {
    const recorded = recordedRevisions();
    const files = (Object.keys(DASHBOARDS) as DashboardFile[]).map((file) => ({ file, ...revised(file, recorded) }));
    const revisions = Object.fromEntries(files.map(({ file, revision, sha256 }) => [file, { revision, sha256 }]));
    return [
      ...files.map(({ file, dashboard }) => ({
        path: `${DASHBOARDS_DIR}/${file}`,
        content: JSON.stringify(dashboard, null, 2),
      })),
      { path: REVISIONS_FILE, content: JSON.stringify(revisions, null, 2) },
    ];
  },
};
