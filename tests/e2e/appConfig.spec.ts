import { expect, test } from './fixtures';

test('the configuration page offers a data source picker and a metrics check', async ({ shopPulseConfig }) => {
  await expect(shopPulseConfig.datasourcePicker).toBeVisible();
  await expect(shopPulseConfig.checkMetricsButton).toBeVisible();
});

test('checking the metrics against the provisioned Prometheus shows a result', async ({ shopPulseConfig }) => {
  await shopPulseConfig.checkMetricsButton.click();
  await expect(shopPulseConfig.checkResult).toBeVisible({ timeout: 30_000 });
});
