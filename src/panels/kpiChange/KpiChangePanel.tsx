import React from 'react';
import { css } from '@emotion/css';
import { LoadingState, type PanelProps } from '@grafana/data';
import { currentLanguage, localize } from '../../i18n/localize';
import type { MetricUnit } from '../../catalog';
import { formatValue } from '../../scenes/formatValue';
import { KpiChangeView } from './KpiChangeView';
import { kpiFigures } from './kpiFrames';
import { MESSAGES as SHARED } from '../../scenes/messages';
import { MESSAGES } from './messages';
import type { KpiChangeOptions } from './types';
import { queryErrorText } from '../../scenes/queryErrors';

/** A figure of the first query and its change against the comparison query, on any dashboard. */
export function KpiChangePanel({ data, options, width, height }: PanelProps<KpiChangeOptions>) {
  const figures = kpiFigures(data.series, options.comparisonRefId);
  const config = figures.field?.config;
  const language = currentLanguage();
  const format = (value: number) =>
    formatValue(value, (config?.unit ?? 'short') as MetricUnit, language, config?.decimals ?? undefined);
  const state = data.state === LoadingState.Error ? 'error' : data.state === LoadingState.Loading ? 'loading' : 'ready';
  return (
    <div className={css({ width, height, overflow: 'auto' })} data-testid="data-testid shoppulse-kpi-change-panel">
      {figures.wrongShape && state === 'ready' ? (
        <p>{localize(MESSAGES.wrongShape)}</p>
      ) : (
        <KpiChangeView
          state={state}
          error={queryErrorText(data.errors?.[0])}
          value={figures.value}
          before={figures.before}
          format={format}
          better={options.better}
          comparison={options.comparisonLabel || localize(SHARED.vsLastWeek)}
        />
      )}
    </div>
  );
}
