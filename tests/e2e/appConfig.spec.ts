import { expect, test } from './fixtures';

test('the configuration page offers a data source picker and a metrics check', async ({ shopPulseConfig }) => {
  await expect(shopPulseConfig.datasourcePicker).toBeVisible();
  await expect(shopPulseConfig.checkMetricsButton).toBeVisible();
});

test('checking the metrics against the provisioned Prometheus shows a result', async ({ shopPulseConfig }) => {
  await shopPulseConfig.checkMetricsButton.click();
  // The demo's Prometheus holds the simulator's data, which covers the whole contract.
  await expect(shopPulseConfig.checkResult).toContainText('Every metric of the contract is present.', {
    timeout: 30_000,
  });
});
