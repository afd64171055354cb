import { AnnotateError, type GrafanaTarget } from '../../src/annotations/grafana';

const REQUIRED_ENV = {
  GRAFANA_URL: "Grafana's base URL, e.g. https://grafana.example.com",
  GRAFANA_TOKEN: 'a Grafana service account token that may write annotations',
};

export function readGrafanaTarget(env: NodeJS.ProcessEnv): GrafanaTarget {
  const missing = Object.entries(REQUIRED_ENV).filter(([name]) => !env[name]?.trim());
  if (missing.length > 0) {
    throw new AnnotateError(missing.map(([name, meaning]) => `${name} is not set: it must hold ${meaning}`).join('\n'));
  }
  const url = env.GRAFANA_URL!.trim();
  if (!/^https?:\/\/\S+$/i.test(url)) {
    throw new AnnotateError(`GRAFANA_URL must be an http:// or https:// URL, not "${url}"`);
  }
  return { url, token: env.GRAFANA_TOKEN!.trim() };
}
