import { css } from '@emotion/css';
import type { GrafanaTheme2, NavModelItem } from '@grafana/data';
import type { PluginPageProps } from '@grafana/runtime';
import { Stack, TextLink, useStyles2 } from '@grafana/ui';
import React from 'react';

/** The trail Grafana draws above an app page: its own items, then the page's parents, then the page. */
function breadcrumbs(pageNav: NavModelItem | undefined): NavModelItem[] {
  const trail: NavModelItem[] = [];
  for (let item = pageNav; item; item = item.parentItem) {
    if (!item.hideFromBreadcrumbs) {
      trail.unshift(item);
    }
  }
  return [
    { text: 'Home', url: '/' },
    { text: 'Apps' },
    { text: 'ShopPulse', url: '/a/shoppulse-observability-app' },
    ...trail,
  ];
}

/**
 * Stands in for Grafana's page chrome around an app page (breadcrumbs, title, subtitle, actions), without the side
 * menu and top bar: content is as wide as the window, where Grafana's menu takes about 300 px when docked.
 */
export function PageHeaderStandIn({ pageNav, subTitle, actions, renderTitle, children }: PluginPageProps) {
  const styles = useStyles2(getStyles);
  const title = pageNav?.text ?? '';
  return (
    <main className={styles.page} data-testid="page-stand-in">
      <nav aria-label="Breadcrumbs" className={styles.breadcrumbs}>
        {breadcrumbs(pageNav).map((item, index, all) => (
          <span key={index}>
            {item.url && index < all.length - 1 ? (
              <TextLink href={item.url} color="secondary" inline={false}>
                {item.text}
              </TextLink>
            ) : (
              item.text
            )}
            {index < all.length - 1 && ' › '}
          </span>
        ))}
      </nav>
      <Stack justifyContent="space-between" alignItems="flex-start">
        <div>
          {renderTitle ? renderTitle(title) : <h1 className={styles.title}>{title}</h1>}
          {subTitle && <div className={styles.subTitle}>{subTitle}</div>}
        </div>
        {actions && <Stack gap={1}>{actions}</Stack>}
      </Stack>
      {children}
    </main>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({ padding: theme.spacing(2, 3), minHeight: '100vh', background: theme.colors.background.canvas }),
  breadcrumbs: css({
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.secondary,
    marginBottom: theme.spacing(2),
  }),
  title: css({ margin: 0 }),
  subTitle: css({ color: theme.colors.text.secondary, marginBottom: theme.spacing(2) }),
});
