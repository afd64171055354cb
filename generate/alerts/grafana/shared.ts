import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isScalar, isSeq, parse, Scalar, visit } from 'yaml';
import type { GeneratedFile } from '../../types';

/** Grafana reads every file of this folder at start (docker-compose.yaml mounts ./provisioning). */
export const ALERTING_DIR = 'provisioning/alerting';
export const DATASOURCES_FILE = 'provisioning/datasources/prometheus.yaml';
export const ORG_ID = 1;
/** The folder that holds the alert rules; file provisioning creates it by title. */
export const FOLDER = 'ShopPulse';
/** Server-side expressions (math, reduce, threshold) run on this pseudo data source. */
export const EXPRESSION_DATASOURCE = { type: '__expr__', uid: '__expr__' };

const REPO_ROOT = join(__dirname, '..', '..', '..');

/** The Prometheus data source the demo provisions: the rules must query this uid. */
export function prometheusDatasource(): { type: string; uid: string } {
  const file = parse(readFileSync(join(REPO_ROOT, DATASOURCES_FILE), 'utf8')) as {
    datasources: Array<{ type: string; uid?: string }>;
  };
  const datasource = file.datasources.find((d) => d.type === 'prometheus');
  if (!datasource?.uid) {
    throw new Error(`${DATASOURCES_FILE} provisions no Prometheus data source with a uid`);
  }
  return { type: datasource.type, uid: datasource.uid };
}

/**
 * A Grafana uid (at most 40 letters, digits, '-' or '_') that stays the same for the same name,
 * so that provisioning updates a resource instead of creating another one.
 */
export function stableUid(name: string): string {
  const uid = `shoppulse-${name}`.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
  if (uid.length <= 40) {
    return uid;
  }
  return `${uid.slice(0, 31)}-${createHash('sha1').update(uid).digest('hex').slice(0, 8)}`;
}

/** The SDK's builders leave functions on query models (`_implementsDataqueryVariant`); YAML wants plain data. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A provisioning file: the generated-file comment, then Grafana's `apiVersion: 1` document. */
export function provisioningFile(name: string, comment: string, body: Record<string, unknown>): GeneratedFile {
  const header = [
    '# Generated from src/catalog/alerts/ by `npm run generate` (generate/alerts/grafana/). Do not edit.',
    ...comment.split('\n').map((line) => `# ${line}`),
  ].join('\n');
  const document = new Document(plain({ apiVersion: 1, ...body }), { aliasDuplicateObjects: false });
  visit(document, {
    // Matchers read as Grafana's docs write them: ['alertname', '=', 'DeadMansSwitch'].
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'object_matchers' && isSeq(pair.value)) {
        for (const matcher of pair.value.items) {
          if (isSeq(matcher)) {
            matcher.flow = true;
            matcher.items.forEach((item) => isScalar(item) && (item.type = Scalar.QUOTE_SINGLE));
          }
        }
      }
    },
    // A time of day stays a string for any YAML reader, not a base-60 number of YAML 1.1.
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string' && /^\d\d:\d\d$/.test(scalar.value)) {
        scalar.type = Scalar.QUOTE_SINGLE;
      }
    },
  });
  const yaml = document.toString({ lineWidth: 0 });
  return { path: `${ALERTING_DIR}/${name}`, content: `${header}\n${yaml}` };
}
