import type { Route } from '@playwright/test';
import { DATASOURCE_PROXY, type ShopPage } from './shopPage';

/**
 * What a Prometheus on a bad day answers through Grafana's data source proxy, provoked in one page only (the other
 * tests share the same Prometheus): down (the proxy's 502 without a body), an error for some queries, or slow.
 */
export type Fault =
  | { kind: 'down' }
  | { kind: 'slow'; ms: number }
  | { kind: 'failing'; queries: RegExp; answer: 'bad_data' | 'timeout' | 'proxy timeout' };

// Prometheus' own answers (its HTTP API's error types) and Grafana's proxy's (proxyutil.errorHandler).
const ANSWERS = {
  bad_data: {
    status: 400,
    body: JSON.stringify({
      status: 'error',
      errorType: 'bad_data',
      error: 'invalid parameter "query": 1:1: parse error',
    }),
  },
  timeout: {
    status: 503,
    body: JSON.stringify({ status: 'error', errorType: 'timeout', error: 'query timed out in query execution' }),
  },
  'proxy timeout': { status: 504, body: '' },
};

export class PrometheusFaults {
  fault?: Fault;
  /** Requests answered with a fault, so a test can tell the fault was met. */
  provoked = 0;

  private constructor(private readonly shop: ShopPage) {}

  static async on(shop: ShopPage, fault?: Fault): Promise<PrometheusFaults> {
    const faults = new PrometheusFaults(shop);
    faults.fault = fault;
    shop.expectDatasourceFailures();
    await shop.page.route(DATASOURCE_PROXY, (route) => faults.answer(route));
    return faults;
  }

  private async answer(route: Route) {
    const fault = this.fault;
    if (fault?.kind === 'down') {
      this.provoked++;
      return route.fulfill({ status: 502, body: '' });
    }
    if (fault?.kind === 'slow') {
      this.provoked++;
      await new Promise((done) => setTimeout(done, fault.ms));
      return route.continue().catch(() => undefined); // the page may have moved on meanwhile
    }
    const query = new URLSearchParams(route.request().postData() ?? '').get('query') ?? '';
    if (fault?.kind === 'failing' && fault.queries.test(query)) {
      this.provoked++;
      return route.fulfill({ ...ANSWERS[fault.answer], contentType: 'application/json' });
    }
    return route.continue();
  }

  /** Prometheus is back: what the page asks next is answered again. */
  recover() {
    this.fault = undefined;
  }

  /** Grafana's refresh button, as a user presses it after Prometheus came back. */
  async refresh() {
    await this.shop.page.getByTestId('data-testid RefreshPicker run button').click();
    await this.shop.settled();
  }
}
