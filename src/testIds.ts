/** Test ids shared by the components and the end-to-end page objects in tests/. */
export const testIds = {
  home: {
    container: 'data-testid shoppulse-home',
    configLink: 'data-testid shoppulse-home-config-link',
  },
  emptyState: 'data-testid shoppulse-empty-state',
  page: {
    dashboardLink: 'data-testid shoppulse-dashboard-link',
  },
  unknownPartner: 'data-testid shoppulse-unknown-partner',
  business: {
    kpi: (id: string) => `data-testid shoppulse-kpi-${id}`,
    funnel: 'data-testid shoppulse-funnel',
    risk: (id: string) => `data-testid shoppulse-risk-${id}`,
  },
  partners: {
    unknown: 'data-testid shoppulse-partner-unknown',
    burnRates: 'data-testid shoppulse-partner-burn-rates',
    report: 'data-testid shoppulse-partner-report',
  },
  whatChanged: {
    movers: 'data-testid shoppulse-top-movers',
    mover: (rank: number) => `data-testid shoppulse-top-mover-${rank}`,
    changes: 'data-testid shoppulse-changes',
    change: (index: number) => `data-testid shoppulse-change-${index}`,
  },
  alerts: {
    level: (level: string) => `data-testid shoppulse-alert-level-${level}`,
    alert: (id: string) => `data-testid shoppulse-alert-${id}`,
    install: 'data-testid shoppulse-alert-install',
    plan: 'data-testid shoppulse-alert-install-plan',
  },
  appConfig: {
    container: 'data-testid shoppulse-config',
    datasource: 'data-testid shoppulse-config-datasource',
    tenantLabel: 'data-testid shoppulse-config-tenant-label',
    deploymentLabel: 'data-testid shoppulse-config-deployment-label',
    sla: 'data-testid shoppulse-config-sla',
    contract: (row: number) => `data-testid shoppulse-config-contract-${row}`,
    contractPartner: (row: number) => `data-testid shoppulse-config-contract-${row}-partner`,
    contractTarget: (row: number) => `data-testid shoppulse-config-contract-${row}-target`,
    contractThreshold: (row: number) => `data-testid shoppulse-config-contract-${row}-threshold`,
    contractTimeZone: (row: number) => `data-testid shoppulse-config-contract-${row}-time-zone`,
    addContract: 'data-testid shoppulse-config-add-contract',
    ruleCommands: 'data-testid shoppulse-config-rule-commands',
    downloadRules: 'data-testid shoppulse-config-download-rules',
    save: 'data-testid shoppulse-config-save',
    checkMetrics: 'data-testid shoppulse-config-check-metrics',
    checkResult: 'data-testid shoppulse-config-check-result',
  },
};
