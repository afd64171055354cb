import React from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { SceneObjectBase, type SceneComponentProps } from '@grafana/scenes';
import { Card, LinkButton, Stack, Text, useStyles2 } from '@grafana/ui';
import { CONFIG_PAGE_URL } from '../../constants';
import { localize } from '../../i18n/localize';
import { testIds } from '../../testIds';
import { prefixRoute } from '../../utils/utils.routing';
import { PLANNED_PAGES } from './constants';

const INTRO = {
  en: 'ShopPulse shows how the shop and its four partners are doing. Start by choosing the Prometheus datasource and checking which metrics it has.',
  pl: 'ShopPulse pokazuje, jak radzi sobie sklep i jego czterech partnerów. Zacznij od wyboru źródła danych Prometheus i sprawdzenia, jakie ma metryki.',
};
const CONFIGURE = { en: 'Configure and check metrics', pl: 'Skonfiguruj i sprawdź metryki' };

/** The landing page: what each page will show, and the way to the configuration. */
export class HomeOverview extends SceneObjectBase {
  static Component = HomeOverviewRenderer;
}

function HomeOverviewRenderer(_: SceneComponentProps<HomeOverview>) {
  const styles = useStyles2(getStyles);
  return (
    <div data-testid={testIds.home.container} className={styles.container}>
      <Stack direction="column" gap={2}>
        <Text element="p">{localize(INTRO)}</Text>
        <div>
          <LinkButton href={CONFIG_PAGE_URL} icon="cog" data-testid={testIds.home.configLink}>
            {localize(CONFIGURE)}
          </LinkButton>
        </div>
        {PLANNED_PAGES.map((page) => (
          <Card key={page.title.en} href={page.route && prefixRoute(page.route)}>
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
