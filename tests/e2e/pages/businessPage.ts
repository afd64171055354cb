import type { Page } from '@playwright/test';
import { testIds } from '../../../src/testIds';

/** The parts of the Business page the tests use. */
export class BusinessPage {
  constructor(private readonly page: Page) {}

  kpi(id: string) {
    return this.page.getByTestId(testIds.business.kpi(id));
  }

  risk(id: string) {
    return this.page.getByTestId(testIds.business.risk(id));
  }

  /** Picks a partner in the page's "Partner" variable. */
  async choosePartner(partner: string) {
    await this.page.getByTestId('data-testid Dashboard template variables submenu Label Partner').click();
    await this.page.keyboard.type(partner);
    await this.page.getByRole('option', { name: partner, exact: true }).click();
  }
}
