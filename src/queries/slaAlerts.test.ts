import { ALERTS, type AlertDef } from '../catalog/alerts';
import { CONTRACTS, type Contracts } from '../catalog/contracts';
import { resolveSettings } from '../settings';
import { alertExpr } from './alerts';
import { alertExprForContracts, sameBudgets } from './slaAlerts';

const alert = (id: string): AlertDef => ALERTS.find((each) => each.id === id)!;
/** The catalog's contracts with one partner's target changed, as the configuration page saves them. */
const withTarget = (partner: string, target: number): Contracts => ({
  ...CONTRACTS,
  [partner]: { ...CONTRACTS[partner], target },
});
const ratio = (window: string, matcher: string) => `shoppulse:sla_error_ratio:ratio_rate${window}{${matcher}}`;

describe('the SLA alerts, judged by the contracts saved on the configuration page', () => {
  it('are the catalog’s expressions, reading the recorded burn rates, while every budget is the catalog’s', () => {
    const saved: Contracts[] = [
      CONTRACTS,
      resolveSettings({}).contracts,
      resolveSettings(undefined).contracts,
      // No contract saved at all, or only fees and a time zone changed: the budgets are the catalog's.
      {},
      { kwiatex: { target: 0.95, monthlyFee: 1, timeZone: 'Europe/London' } },
    ];
    for (const contracts of saved) {
      expect(sameBudgets(contracts)).toBe(true);
      for (const each of ALERTS) {
        expect(alertExprForContracts(each, { contracts })).toBe(alertExpr(each));
      }
    }
    expect(alertExprForContracts(alert('SlaBurnRate1h'))).toBe(
      'shoppulse:sla_burn_rate:ratio_rate1h > 14.4 and shoppulse:sla_burn_rate:ratio_rate5m > 14.4'
    );
  });

  it('give kwiatex at 99% its 1% budget beside the others’ 5%, on the same burn-rate factors', () => {
    const contracts = withTarget('kwiatex', 0.99);
    expect(sameBudgets(contracts)).toBe(false);
    expect(alertExprForContracts(alert('SlaBurnRate1h'), { contracts })).toBe(
      `(${ratio('1h', 'tenant!~"kwiatex"')} / 0.05 > 14.4 and ${ratio('5m', 'tenant!~"kwiatex"')} / 0.05 > 14.4) or ` +
        `(${ratio('1h', 'tenant=~"kwiatex"')} / 0.01 > 14.4 and ${ratio('5m', 'tenant=~"kwiatex"')} / 0.01 > 14.4)`
    );
    expect(alertExprForContracts(alert('SlaErrorBudgetExhausted'), { contracts })).toBe(
      `(1 - ${ratio('30d', 'tenant!~"kwiatex"')} / 0.05 <= 0) or (1 - ${ratio('30d', 'tenant=~"kwiatex"')} / 0.01 <= 0)`
    );
    // Alerts that read no budget do not change.
    const others = ALERTS.filter((each) => !/^Sla/.test(each.id));
    expect(others.length).toBeGreaterThan(10);
    others.forEach((each) => expect(alertExprForContracts(each, { contracts })).toBe(alertExpr(each)));
  });

  it('change only that partner’s part when its target changes again', () => {
    const parts = (contracts: Contracts) =>
      ALERTS.filter((each) => /^Sla/.test(each.id)).map((each) =>
        alertExprForContracts(each, { contracts }).split(') or (')
      );
    const at99 = parts(withTarget('kwiatex', 0.99));
    const at98 = parts(withTarget('kwiatex', 0.98));
    expect(at99).toHaveLength(5);
    at99.forEach(([others, kwiatex], i) => {
      // Everyone else keeps the catalog's 5%: the same figures the recorded burn rates were divided by.
      expect(others).toBe(at98[i][0]);
      expect(others).toMatch(/tenant!~"kwiatex"\} \/ 0\.05 /);
      expect(others).not.toMatch(/ \/ 0\.0[12] /);
      expect(kwiatex).toBe(at98[i][1].replaceAll(' / 0.02 ', ' / 0.01 '));
      expect(kwiatex).not.toMatch(/ \/ 0\.05 /);
    });
  });

  it('escape partner names, use the label names as configured, and follow the budgets the rules were made with', () => {
    const names = { tenantLabel: 'partner', deploymentLabel: 'env' };
    const expr = alertExprForContracts(alert('SlaErrorBudgetExhausted'), {
      contracts: { 'a.b|c"': { target: 0.99 } },
      names,
    });
    expect(expr).toBe(
      `(1 - ${ratio('30d', 'partner!~"a\\\\.b\\\\|c\\""')} / 0.05 <= 0) or ` +
        `(1 - ${ratio('30d', 'partner=~"a\\\\.b\\\\|c\\""')} / 0.01 <= 0)`
    );
    // Rules generated for kwiatex at 99% already divide by its 1%: the recorded burn rates are right as they are.
    const contracts = withTarget('kwiatex', 0.99);
    expect(alertExprForContracts(alert('SlaBurnRate3d'), { contracts, recordedWith: contracts })).toBe(
      alertExpr(alert('SlaBurnRate3d'))
    );
  });
});
