import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';

/** The frame, title and description of the plugin's own panels, so they sit among Grafana's panels unnoticed. */
export const getPanelStyles = (theme: GrafanaTheme2) => ({
  panel: css({
    height: '100%',
    padding: theme.spacing(1.5),
    background: theme.colors.background.primary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
  }),
  title: css({ fontSize: theme.typography.h5.fontSize, margin: 0 }),
  description: css({ color: theme.colors.text.secondary }),
  table: css({
    width: '100%',
    marginBottom: theme.spacing(1),
    'th, td': { padding: theme.spacing(0.5, 1), textAlign: 'left' },
  }),
});
