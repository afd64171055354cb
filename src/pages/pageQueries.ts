import type { PageId } from '../catalog';
import { ALERTS } from '../catalog/alerts';
import { BUSINESS_RESOLUTIONS, type BusinessResolution } from '../catalog/business';
import { SIGNALS } from '../catalog/signals';
import { alertActivityQueries } from '../queries/alertActivity';
import { alertExpr } from '../queries/alerts';
import { type QueryBuilder, type QueryContext, instantQuery } from '../queries/query';
import type { LabelNames } from '../queries/selector';
import { signalServices } from '../queries/signals';
import { businessQueryList } from './Business/queries';
import { partnersQueryList } from './Partners/queries';
import { whatChangedQueryList } from './WhatChanged/queries';

/**
 * Every query each page of the registry issues, with `partner` for the partner page: what metric usage is derived
 * from, and what a test checks against the queries the pages' scenes really hold.
 */
export const PAGE_QUERIES: Record<PageId, (names: LabelNames, partner: string) => QueryBuilder[]> = {
  home: () => [],
  business: (names) => businessQueryList(names),
  'what-changed': (names) => whatChangedQueryList(names),
  partners: (names, partner) => partnersQueryList(partner, names),
  // The Alerts page installs the alert templates: their rules are its queries; it also reads how they behaved.
  alerts: () => [() => ALERTS.map((alert) => instantQuery(alert.id, alertExpr(alert))), alertActivityQueries],
};

/** A partner for the partner page's queries; every partner's page issues the same ones. */
export const SAMPLE_PARTNER = 'sportowo';

const to = Date.UTC(2026, 10, 24, 20) / 1000;
const sample = { baseline: '1w', to, from: to - 86400 };
/** A range each resolution is chosen for: a day, three days, thirty. */
const RANGE_DAYS: Record<BusinessResolution, number> = { '5m': 1, '1h': 3, '1d': 30 };

/** What the pages' queries vary with: each resolution, a page narrowed to one place, and each service picked. */
export const QUERY_CONTEXTS: QueryContext[] = [
  ...BUSINESS_RESOLUTIONS.map((resolution) => ({
    ...sample,
    from: to - RANGE_DAYS[resolution] * 86400,
    filters: {},
    resolution,
  })),
  { ...sample, baseline: '1d', filters: { tenant: SAMPLE_PARTNER, deployment: 'dep-a' }, resolution: '5m' },
  ...[...new Set(SIGNALS.flatMap(signalServices))].map((service) => ({
    ...sample,
    from: to - RANGE_DAYS['1h'] * 86400,
    filters: { service },
    resolution: '1h' as const,
  })),
];
