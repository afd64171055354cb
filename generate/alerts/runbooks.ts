import { ALERTS } from '../../src/catalog/alerts';
import type { Generator } from '../types';
import { pageUrl } from '../../src/urls';
import { alertExpr } from '../../src/queries/alerts';

const LEVELS = `How an alert's level is chosen:

- **phone**: customers or money are hurt now and someone must act, at night too.
- **mail**: it must be fixed within a working day.
- **slack**: worth knowing; nobody has to act now.`;

/** docs/runbooks.md: what to do first for each alert, with an anchor per alert for runbook_url. */
export const runbooksDoc: Generator = {
  name: 'runbooks',
  generate: () => {
    const sections = ALERTS.map((alert) =>
      [
        `## ${alert.id}`,
        '',
        `**Level:** ${alert.level} · **Recipient:** ${alert.recipient} · **Fires after:** ${alert.for} · **Evidence:** \`${pageUrl(alert.page)}\``,
        '',
        alert.summary.en,
        '',
        `**First step:** ${alert.runbook.en}`,
        '',
        `_${alert.summary.pl}_`,
        '',
        `**Pierwszy krok:** ${alert.runbook.pl}`,
        '',
        '```promql',
        alertExpr(alert),
        '```',
      ].join('\n')
    );
    const content = [
      '# Runbooks',
      '',
      '_Generated from `src/catalog/alerts/` by `npm run generate`. Do not edit._',
      '',
      LEVELS,
      '',
      ...sections,
      '',
    ].join('\n');
    return { path: 'docs/runbooks.md', content };
  },
};
