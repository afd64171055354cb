import type { AppConfigPage } from '@grafana/plugin-e2e';
import { testIds } from '../../../src/testIds';

/** The parts of ShopPulse's configuration page the tests use, found by the test ids the components set. */
export class ShopPulseConfig {
  constructor(private readonly page: AppConfigPage) {}

  get datasourcePicker() {
    return this.page.getByGrafanaSelector(testIds.appConfig.datasource);
  }

  get checkMetricsButton() {
    return this.page.getByGrafanaSelector(testIds.appConfig.checkMetrics);
  }

  get checkResult() {
    return this.page.getByGrafanaSelector(testIds.appConfig.checkResult);
  }
}
