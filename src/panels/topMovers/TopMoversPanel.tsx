import React from 'react';
import { css } from '@emotion/css';
import { type DataFrame, FieldType, LoadingState, type PanelProps } from '@grafana/data';
import { getTemplateSrv, locationService } from '@grafana/runtime';
import { currentLanguage, localize } from '../../i18n/localize';
import type { MetricUnit } from '../../catalog';
import { formatValue } from '../../scenes/formatValue';
import { samplesOf } from '../../scenes/frames';
import { MESSAGES as SHARED } from '../../scenes/messages';
import { MESSAGES } from './messages';
import { MoversTable } from './MoversTable';
import { type Mover, type RankedSignal, rankMovers } from './movers';
import { type TopMoversOptions, parseVariables } from './types';
import { queryErrorText } from '../../scenes/queryErrors';

// Labels that name a series rather than a place.
const NOT_PLACES = new Set(['__name__', 'job', 'instance']);

/** The labels that tell the places apart: every label of the "now" series but the series' name. */
function placeLabels(frames: DataFrame[], refId: string): string[] {
  const labels = samplesOf(frames, refId).flatMap((sample) => Object.keys(sample.labels));
  return [...new Set(labels)].filter((label) => !NOT_PLACES.has(label)).sort();
}

/** Sets the dashboard variables the options map the row's labels to, where the dashboard has them. */
function narrowTo(mover: Mover<RankedSignal>, pairs: string) {
  const existing = new Set(
    getTemplateSrv()
      .getVariables()
      .map((variable) => variable.name)
  );
  const update = Object.entries(parseVariables(pairs))
    .filter(([label, variable]) => existing.has(variable) && mover.where[label] !== undefined)
    .map(([label, variable]) => [`var-${variable}`, mover.where[label]]);
  if (update.length > 0) {
    locationService.partial(Object.fromEntries(update), true);
  }
}

/** Places ranked by how much they moved against a baseline and a usual value, from the queries the user picks. */
export function TopMoversPanel({ data, options, fieldConfig, width, height }: PanelProps<TopMoversOptions>) {
  const frames = data.series;
  const signal: RankedSignal = {
    by: placeLabels(frames, options.nowRefId),
    worse: options.worse,
    floor: options.floor,
  };
  const movers = rankMovers([
    {
      signal,
      now: samplesOf(frames, options.nowRefId),
      before: samplesOf(frames, options.baselineRefId),
      usual: options.usualRefId ? samplesOf(frames, options.usualRefId) : [],
    },
  ]).slice(0, Math.max(1, options.shown));
  const unit = (fieldConfig.defaults.unit ?? 'short') as MetricUnit;
  const language = currentLanguage();
  const hasNumbers = frames.some((frame) => frame.fields.some((field) => field.type === FieldType.number));

  let body: React.ReactNode;
  if (data.state === LoadingState.Error) {
    body = <p>{queryErrorText(data.errors?.[0])}</p>;
  } else if (frames.length > 0 && (!hasNumbers || signal.by.length === 0)) {
    body = <p>{localize(MESSAGES.wrongShape)}</p>;
  } else if (movers.length === 0) {
    body = <p>{localize(SHARED.noData)}</p>;
  } else {
    body = (
      <MoversTable
        movers={movers}
        format={(value) => formatValue(value, unit, language, fieldConfig.defaults.decimals ?? undefined)}
        onPick={(mover) => narrowTo(mover, options.variables)}
      />
    );
  }
  return (
    <div className={css({ width, height, overflow: 'auto' })} data-testid="data-testid shoppulse-top-movers-panel">
      {body}
    </div>
  );
}
