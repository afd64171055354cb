import React from 'react';
import { LoadingState, type PanelData } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { localize } from '../i18n/localize';
import type { LocalizedText } from '../catalog/types';
import { MESSAGES } from './messages';
import { getPanelStyles } from './panelStyles';
import { queryErrorText } from './queryErrors';

interface Props {
  title: string;
  description: string;
  testId: string;
  children: React.ReactNode;
}

/** The frame of one of the plugin's own panels: a labelled section with its title and one-line description. */
export function PanelFrame({ title, description, testId, children }: Props) {
  const styles = useStyles2(getPanelStyles);
  return (
    <section className={styles.panel} data-testid={testId} aria-label={title}>
      <h3 className={styles.title}>{title}</h3>
      <p className={styles.description}>{description}</p>
      {children}
    </section>
  );
}

/** What to say instead of the content: the query's error, "loading", or `empty` once it answered with nothing. */
export function dataStateMessage(
  data: PanelData | undefined,
  isEmpty: boolean,
  empty: LocalizedText = MESSAGES.noData
) {
  if (data?.state === LoadingState.Error) {
    return queryErrorText(data.errors?.[0]);
  }
  if (isEmpty) {
    return localize(data?.state === LoadingState.Done ? empty : MESSAGES.loading);
  }
  return undefined;
}
