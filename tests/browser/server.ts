import { existsSync, readFileSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import pluginJson from '../../src/plugin.json';
import { BUNDLE_DIR } from './bundle';

const MODULES = resolve(__dirname, '../../node_modules');
export const DATASOURCE_UID = 'shoppulse-prometheus';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

// Grafana's own public files the UI asks for: its icon set (what @grafana/ui ships, the rest from the Unicons it
// is drawn from) and the Inter and Roboto Mono fonts.
const FONTS: Record<string, string> = {
  'inter/Inter-Regular.woff2': '@fontsource/inter/files/inter-latin-400-normal.woff2',
  'inter/Inter-Italic.woff2': '@fontsource/inter/files/inter-latin-400-italic.woff2',
  'inter/Inter-Medium.woff2': '@fontsource/inter/files/inter-latin-500-normal.woff2',
  'inter/Inter-MediumItalic.woff2': '@fontsource/inter/files/inter-latin-500-italic.woff2',
};
function publicFile(path: string): string | undefined {
  const icon = /^build\/img\/icons\/(\w+)\/([\w-]+\.svg)$/.exec(path);
  if (icon) {
    return [
      join(MODULES, '@grafana/ui/dist/public/img/icons', icon[1], icon[2]),
      join(MODULES, '@iconscout/unicons/svg/line', icon[2]),
    ].find(existsSync);
  }
  if (path.startsWith('fonts/roboto/')) {
    return join(MODULES, '@fontsource/roboto-mono/files/roboto-mono-latin-400-normal.woff2');
  }
  if (path.startsWith('fonts/')) {
    return FONTS[path.slice('fonts/'.length)] && join(MODULES, FONTS[path.slice('fonts/'.length)]);
  }
  if (path.startsWith('harness/')) {
    const file = normalize(join(BUNDLE_DIR, path.slice('harness/'.length)));
    return file.startsWith(BUNDLE_DIR) ? file : undefined;
  }
  return undefined;
}

export interface HarnessOptions {
  prometheusUrl: string;
}

// What Grafana's server writes into its index page before any plugin code runs.
function bootData(url: URL) {
  const theme = url.searchParams.get('theme') === 'light' ? 'light' : 'dark';
  const language = url.searchParams.get('lang') ?? 'en-US';
  const datasource = {
    uid: DATASOURCE_UID,
    name: 'ShopPulse Prometheus',
    type: 'prometheus',
    access: 'proxy',
    isDefault: true,
    readOnly: true,
    jsonData: { timeInterval: '60s', httpMethod: 'POST' },
    meta: {
      id: 'prometheus',
      type: 'datasource',
      name: 'Prometheus',
      metrics: true,
      annotations: true,
      info: { logos: { small: '', large: '' } },
    },
  };
  return {
    settings: {
      appSubUrl: '',
      buildInfo: { version: '12.4.2', edition: 'Open Source', env: 'production' },
      datasources: { [datasource.name]: datasource },
      defaultDatasource: datasource.name,
      featureToggles: {},
    },
    user: {
      id: 1,
      login: 'admin',
      orgId: 1,
      orgRole: 'Admin',
      isGrafanaAdmin: true,
      isSignedIn: true,
      theme,
      language,
      timezone: 'browser',
    },
    navTree: [],
    assets: { dark: '', light: '' },
  };
}

const page = (url: URL) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ShopPulse (browser harness)</title>
<link rel="stylesheet" href="/public/harness/harness.css">
<script>window.__grafana_public_path__ = '/public/'; window.grafanaBootData = ${JSON.stringify(bootData(url))};</script>
</head><body><div id="root"></div><script type="module" src="/public/harness/harness.js"></script></body></html>`;

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, status: number, body: string | Buffer, type = 'application/json') {
  response.writeHead(status, { 'Content-Type': type });
  response.end(body);
}

/**
 * The harness's Grafana server: the page with its boot data, the bundle, Grafana's public files, the data source
 * proxy to the test Prometheus (same origin, as Prometheus sends no CORS headers) and the app's settings API.
 */
export async function startHarnessServer(options: HarnessOptions) {
  const meta = {
    ...pluginJson,
    enabled: true,
    pinned: true,
    // The app's settings as provisioned for the demo; the configuration page's "Save" replaces them.
    jsonData: { datasourceUid: DATASOURCE_UID },
    baseUrl: `public/plugins/${pluginJson.id}`,
  };
  const proxy = new RegExp(
    `^/api/datasources/(?:proxy/uid/${DATASOURCE_UID}|uid/${DATASOURCE_UID}/resources)/(api/v1/.*)$`
  );

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://harness');
    const forward = proxy.exec(url.pathname);
    if (forward) {
      const body = request.method === 'POST' ? new Uint8Array(await readBody(request)) : undefined;
      try {
        const answer = await fetch(`${options.prometheusUrl}/${forward[1]}${url.search}`, {
          method: request.method,
          headers: body ? { 'Content-Type': String(request.headers['content-type']) } : undefined,
          body,
        });
        return send(response, answer.status, Buffer.from(await answer.arrayBuffer()));
      } catch {
        // As Grafana's data source proxy answers when Prometheus does not: 502 and no body (proxyutil.errorHandler).
        return send(response, 502, '');
      }
    }
    if (url.pathname === `/api/plugins/${pluginJson.id}/settings`) {
      if (request.method === 'POST') {
        Object.assign(meta, JSON.parse((await readBody(request)).toString()));
      }
      return send(response, 200, JSON.stringify(meta));
    }
    if (url.pathname === '/api/annotations') {
      return send(response, 200, '[]');
    }
    // Grafana's rule states: a Grafana running no Grafana-managed rules (a spec answers otherwise with its own route).
    if (url.pathname === '/api/prometheus/grafana/api/v1/rules') {
      return send(response, 200, JSON.stringify({ status: 'success', data: { groups: [] } }));
    }
    if (url.pathname.startsWith('/api/')) {
      return send(response, 404, JSON.stringify({ message: `The harness has no ${url.pathname}` }));
    }
    if (url.pathname.startsWith('/public/')) {
      const file = publicFile(url.pathname.slice('/public/'.length));
      return file && existsSync(file)
        ? send(response, 200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream')
        : send(response, 404, 'not found', 'text/plain');
    }
    return send(response, 200, page(url), 'text/html');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}
