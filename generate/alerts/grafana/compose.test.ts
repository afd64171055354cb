/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { secretEnv } from './contactPoints';

describe('the demo passes the contact points their secrets', () => {
  it('gives Grafana every variable the provisioned contact points read, with a default for the required ones', () => {
    const compose = parse(readFileSync(join(__dirname, '../../../docker-compose.yaml'), 'utf8'));
    const environment: Record<string, string> = compose.services.grafana.environment;
    for (const { name, required } of secretEnv()) {
      expect(environment[name]).toMatch(new RegExp(`^\\$\\{${name}:-${required ? '.+' : ''}\\}$`));
    }
  });
});
