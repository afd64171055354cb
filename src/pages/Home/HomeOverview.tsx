import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { SceneObjectBase, type SceneComponentProps } from '@grafana/scenes';
import { Card, LinkButton, Stack, Text, useStyles2 } from '@grafana/ui';
import { HOME_PAGE, PAGES } from '../../catalog';
import { CONFIG_PAGE_URL } from '../../constants';
import { localize } from '../../i18n/localize';
import { testIds } from '../../testIds';
import { pageUrl } from '../../urls';
import { MESSAGES } from './messages';

/** The landing page: what each page shows, and the way to the configuration. */
export class HomeOverview extends SceneObjectBase {
  static Component = HomeOverviewRenderer;
}

function HomeOverviewRenderer(_: SceneComponentProps<HomeOverview>) {
  const styles = useStyles2(getStyles);
  return (
    <div data-testid={testIds.home.container} className={styles.container}>
      <Stack direction="column" gap={2}>
        <Text element="p">{localize(MESSAGES.intro)}</Text>
        <div>
          <LinkButton href={CONFIG_PAGE_URL} icon="cog" data-testid={testIds.home.configLink}>
            {localize(MESSAGES.configure)}
          </LinkButton>
        </div>
        {PAGES.filter((page) => page.id !== HOME_PAGE).map((page) => (
          <Card key={page.id} href={pageUrl(page.id)}>
            <Card.Heading>{localize(page.title)}</Card.Heading>
            <Card.Meta>{[localize(page.audience)]}</Card.Meta>
            <Card.Description>{localize(page.shows)}</Card.Description>
          </Card>
        ))}
      </Stack>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  container: css({ maxWidth: theme.breakpoints.values.lg, paddingTop: theme.spacing(1) }),
});
