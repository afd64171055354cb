import { join } from 'node:path';
import { type Locator, type Page, test as base, expect } from '@playwright/test';
import { ROUND_TRIP_HEADER } from '../harness/roundTrip';

const APP = '/a/shoppulse-observability-app';
/** Where Grafana shows the app's configuration page. */
export const CONFIG_PAGE = '/plugins/shoppulse-observability-app';
const DAY = 24 * 3600;
/** Where pictures go: docs/screenshots for `npm run screenshots`, test-results/ for a person to look at otherwise. */
export const PICTURES_DIR = process.env.SCREENSHOTS_DIR ?? join(__dirname, '../../../test-results/browser/pictures');

/** The moments the harness looks at: the default scenario's incident, and the calm week before. */
export function moment(at: 'incident' | 'calm'): Date {
  const end = Number(process.env.HARNESS_END);
  return new Date((at === 'incident' ? end : end - 7 * DAY) * 1000);
}

/** Where requests to Prometheus go: Grafana's data source proxy, or the data source's resources (the metrics check). */
export const DATASOURCE_PROXY = /\/api\/datasources\/(proxy\/uid\/[^/]+|uid\/[^/]+\/resources)\/api\/v1\//;

const VARIABLE_FAILED = 'SceneVariableSet updateAndValidate error';

export interface SentQuery {
  expr: string;
  /** Unix seconds; NaN for an instant query. */
  start: number;
  end: number;
}

/** A request the page sent to Prometheus, and the Grafana round trip it belongs to (`ROUND_TRIP_HEADER`). */
export interface SentRequest {
  roundTrip: string;
  /** `query_range`, `query`, or `label/<name>/values`. */
  api: string;
  /** The request's parameters in a stable order: two requests alike here ask Prometheus the same thing. */
  params: string;
}

/** A page of the app in the harness, and what went wrong in the browser while it was open. */
export class ShopPage {
  readonly problems: string[] = [];
  /** Failed answers of the data source that a test provokes on purpose: not problems. */
  private failuresExpected = false;

  constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.problems.push(`uncaught exception: ${error.message}`));
    // React's and React Router's warnings come as console warnings and errors: each one is a defect.
    page.on('console', (message) => {
      // Scenes logs a variable whose options failed to load, as it does in Grafana.
      const provoked =
        this.failuresExpected &&
        (DATASOURCE_PROXY.test(message.location().url) || message.text().startsWith(VARIABLE_FAILED));
      if ((message.type() === 'error' || message.type() === 'warning') && !provoked) {
        this.problems.push(`console ${message.type()}: ${message.text()}`);
      }
    });
    // A request the page cancelled itself (a query superseded by a newer one, an icon that changed) is no failure.
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
        this.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !(this.failuresExpected && DATASOURCE_PROXY.test(response.url()))) {
        this.problems.push(`HTTP ${response.status()}: ${response.url()}`);
      }
    });
  }

  /** From now on, the data source's failed answers are what the test provoked, not defects. */
  expectDatasourceFailures() {
    this.failuresExpected = true;
  }

  /** Opens `path` of the app (`business`, `partners/sportowo?…`, or `/plugins/…` outside it) at the moment `at`. */
  async open(
    path: string,
    at: 'incident' | 'calm' = 'incident',
    options: { theme?: 'light' | 'dark'; lang?: string } = {}
  ) {
    await this.page.clock.setFixedTime(moment(at));
    const url = new URL(path.startsWith('/') ? path : `${APP}/${path}`, 'http://harness');
    for (const [key, value] of Object.entries(options)) {
      url.searchParams.set(key, value);
    }
    await this.page.goto(`${url.pathname}${url.search}`);
    await this.settled();
  }

  /** Waits until every query has answered and no panel is loading. */
  async settled() {
    await this.page.waitForLoadState('networkidle');
    await expect(this.page.getByLabel('Panel loading bar')).toHaveCount(0);
    await expect(this.page.getByText(/^Loading…?$/)).toHaveCount(0);
    await this.page.waitForLoadState('networkidle');
  }

  /** A panel by its title: one of Grafana's (Scenes' VizPanel) or one of the plugin's own. */
  panel(title: string): Locator {
    return this.page
      .getByTestId(`data-testid Panel header ${title}`)
      .or(this.page.locator('section').filter({ has: this.page.getByRole('heading', { name: title, exact: true }) }))
      .first();
  }

  /** Titles of Grafana's panels on the page, in order. */
  async vizPanelTitles(): Promise<string[]> {
    const headers = this.page.locator('[data-testid^="data-testid Panel header "]');
    const ids = await headers.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid') ?? ''));
    return ids.map((id) => id.replace('data-testid Panel header ', ''));
  }

  /** Grafana's panels that say "No data" (or another data error), by title. */
  async panelsWithoutData(): Promise<string[]> {
    const titles = await this.vizPanelTitles();
    const empty: string[] = [];
    for (const title of titles) {
      if ((await this.panel(title).getByTestId('data-testid Panel data error message').count()) > 0) {
        empty.push(title);
      }
    }
    return empty;
  }

  /** Every query the page sends to Prometheus from now on: its PromQL and, for range queries, start and end. */
  recordQueries(): SentQuery[] {
    const queries: SentQuery[] = [];
    this.page.on('request', (request) => {
      if (/\/api\/v1\/query(_range)?$/.test(new URL(request.url()).pathname)) {
        const params = new URLSearchParams(request.postData() ?? '');
        queries.push({
          expr: params.get('query') ?? '',
          start: Number(params.get('start')),
          end: Number(params.get('end')),
        });
      }
    });
    return queries;
  }

  /** Every request the page sends to Prometheus from now on, with the round trip it belongs to. */
  recordRequests(): SentRequest[] {
    const requests: SentRequest[] = [];
    this.page.on('request', (request) => {
      const url = new URL(request.url());
      const api = DATASOURCE_PROXY.exec(url.pathname) && url.pathname.replace(/^.*\/api\/v1\//, '');
      if (api) {
        const params = new URLSearchParams(request.method() === 'POST' ? (request.postData() ?? '') : url.search);
        params.sort();
        requests.push({
          roundTrip: request.headers()[ROUND_TRIP_HEADER.toLowerCase()] ?? '',
          api,
          params: `${params}`,
        });
      }
    });
    return requests;
  }

  /**
   * Waits until `requests` (from `recordRequests`) has grown and then stayed the same for a second with no panel
   * loading: after an interaction, unlike a page load, there is no load state to wait for.
   */
  async quietAfter(requests: SentRequest[]) {
    await expect.poll(() => requests.length).toBeGreaterThan(0);
    let seen = -1;
    while (seen !== requests.length) {
      seen = requests.length;
      await this.page.waitForTimeout(1000);
    }
    await this.settled();
  }

  /** Picks `value` in the page's variable labelled `label` (Partner, Deployment, Compare with…). */
  async choose(label: string, value: string) {
    await this.page.getByTestId(`data-testid Dashboard template variables submenu Label ${label}`).click();
    // Grafana's picker opens its list as one types.
    await this.page.keyboard.type(value);
    await this.page.getByRole('option', { name: value, exact: true }).click();
    await this.settled();
  }

  /** The whole page, as tall as it is. */
  async screenshot(path: string) {
    // Grafana's icons load one by one; until then each is an empty placeholder <svg>.
    const placeholders = this.page.locator('svg:not([data-testid]):empty');
    try {
      await expect(placeholders).toHaveCount(0);
    } catch (error) {
      // Say where, by the test ids of the placeholders' nearest labelled ancestors.
      const where = await placeholders.evaluateAll((nodes) =>
        nodes.map((node) => node.parentElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? 'the page')
      );
      throw new Error(`${where.length} icons never loaded, in: ${where.join('; ')}`, { cause: error });
    }
    await this.page.screenshot({ path, fullPage: true });
  }
}

export const test = base.extend<{ shop: ShopPage }>({
  baseURL: async ({}, use) => use(process.env.HARNESS_URL),
  shop: async ({ page }, use) => {
    const shop = new ShopPage(page);
    await use(shop);
    expect(shop.problems, 'what went wrong in the browser').toEqual([]);
    await expect(page.getByText('An unexpected error happened')).toHaveCount(0);
  },
});

export { expect };
