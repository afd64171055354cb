import React from 'react';
import { useLocation } from 'react-router-dom';
import { SceneObjectBase, type SceneComponentProps, type SceneObjectState } from '@grafana/scenes';
import { LinkButton } from '@grafana/ui';
import { localize } from '../i18n/localize';
import { testIds } from '../testIds';
import { MESSAGES } from './messages';
import { DEPLOYMENT_VARIABLE, PARTNER_VARIABLE } from './variableNames';

interface DashboardLinkState extends SceneObjectState {
  uid: string;
  /** Dashboard variables to set, such as the partner a page shows. */
  variables?: Record<string, string>;
}

// What a page's URL carries over to its dashboard: the time range and the pickers.
const CARRIED = new Set(['from', 'to', `var-${PARTNER_VARIABLE}`, `var-${DEPLOYMENT_VARIABLE}`]);

/** "Open as a dashboard you can change": the bundled dashboard with the page's panels, at the page's time range. */
export class DashboardLink extends SceneObjectBase<DashboardLinkState> {
  static Component = DashboardLinkRenderer;
}

function DashboardLinkRenderer({ model }: SceneComponentProps<DashboardLink>) {
  const { uid, variables = {} } = model.useState();
  const { search } = useLocation();
  const params = new URLSearchParams([...new URLSearchParams(search)].filter(([key]) => CARRIED.has(key)));
  Object.entries(variables).forEach(([name, value]) => params.set(`var-${name}`, value));
  return (
    <LinkButton
      href={`/d/${encodeURIComponent(uid)}?${params}`}
      variant="secondary"
      icon="apps"
      tooltip={localize(MESSAGES.dashboardLinkTooltip)}
      data-testid={testIds.page.dashboardLink}
    >
      {localize(MESSAGES.dashboardLink)}
    </LinkButton>
  );
}
