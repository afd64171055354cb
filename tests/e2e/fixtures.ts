import { AppConfigPage, AppPage, test as base } from '@grafana/plugin-e2e';
import pluginJson from '../../src/plugin.json';
import { ShopPulseConfig } from './pages/shopPulseConfig';

type AppTestFixture = {
  appConfigPage: AppConfigPage;
  shopPulseConfig: ShopPulseConfig;
  gotoPage: (path?: string, query?: Record<string, string>) => Promise<AppPage>;
};

export const test = base.extend<AppTestFixture>({
  appConfigPage: async ({ gotoAppConfigPage }, use) => {
    await use(await gotoAppConfigPage({ pluginId: pluginJson.id }));
  },
  shopPulseConfig: async ({ appConfigPage }, use) => {
    await use(new ShopPulseConfig(appConfigPage));
  },
  gotoPage: async ({ gotoAppPage }, use) => {
    await use((path, query) => gotoAppPage({ path, pluginId: pluginJson.id, queryParams: new URLSearchParams(query) }));
  },
});

export { expect } from '@grafana/plugin-e2e';
