/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { secretEnv } from './contactPoints';
import { DATASOURCES_FILE } from './shared';

const ROOT = join(__dirname, '../../..');
const compose = () => parse(readFileSync(join(ROOT, 'docker-compose.yaml'), 'utf8'));

describe('the demo passes the contact points their secrets', () => {
  it('gives Grafana every variable the provisioned contact points read, with a default for the required ones', () => {
    const environment: Record<string, string> = compose().services.grafana.environment;
    for (const { name, required } of secretEnv()) {
      expect(environment[name]).toMatch(new RegExp(`^\\$\\{${name}:-${required ? '.+' : ''}\\}$`));
    }
  });
});

describe('the demo writes the states of Grafana’s rules where the Alerts page reads them', () => {
  it('sends the state history to the provisioned Prometheus, at the path Prometheus receives, and keeps Grafana’s own', () => {
    const { services } = compose();
    const environment: Record<string, string> = services.grafana.environment;
    const [datasource] = parse(readFileSync(join(ROOT, DATASOURCES_FILE), 'utf8')).datasources;
    expect(environment).toMatchObject({
      GF_UNIFIED_ALERTING_STATE_HISTORY_ENABLED: 'true',
      GF_UNIFIED_ALERTING_STATE_HISTORY_BACKEND: 'multiple',
      GF_UNIFIED_ALERTING_STATE_HISTORY_PRIMARY: 'annotations',
      GF_UNIFIED_ALERTING_STATE_HISTORY_SECONDARIES: 'prometheus',
      GF_UNIFIED_ALERTING_STATE_HISTORY_PROMETHEUS_TARGET_DATASOURCE_UID: datasource.uid,
    });
    // Grafana writes to /api/v1/write only for this type (Mimir's /api/v1/push otherwise).
    expect(datasource.jsonData.prometheusType).toBe('Prometheus');
    expect(new URL(datasource.url).hostname).toBe('prometheus');
    expect(services.prometheus.command).toContain('--web.enable-remote-write-receiver');
  });
});
