import React from 'react';
import {
  type MultiValueVariable,
  SceneObjectBase,
  type SceneComponentProps,
  type SceneObjectState,
  sceneGraph,
} from '@grafana/scenes';
import { SIGNALS } from '../../catalog/signals';
import { currentLanguage, localize } from '../../i18n/localize';
import { DEPLOYMENT_VARIABLE, PARTNER_VARIABLE, SERVICE_VARIABLE } from '../../scenes/filters';
import { formatValue } from '../../scenes/formatValue';
import type { LabelNames } from '../../queries/selector';
import { samplesOf } from '../../scenes/frames';
import { PanelFrame, dataStateMessage } from '../../scenes/PanelFrame';
import { testIds } from '../../testIds';
import { MESSAGES } from './messages';
import { MoversTable } from '../../panels/topMovers/MoversTable';
import { type Mover, rankMovers } from '../../panels/topMovers/movers';
import { beforeRef, nowRef, usualRef } from './queries';

const SHOWN = 15;

interface TopMoversState extends SceneObjectState {
  /** How the data source names the partner and deployment labels. */
  names: LabelNames;
}

/** The signals ranked by how much they moved against the baseline; a row narrows the page to its place. */
export class TopMovers extends SceneObjectBase<TopMoversState> {
  static Component = TopMoversRenderer;

  public narrowTo(mover: Mover): void {
    const pick = (name: string, value?: string) => {
      const variable = sceneGraph.lookupVariable(name, this) as MultiValueVariable | undefined;
      if (value && variable) {
        variable.changeValueTo(value);
      }
    };
    pick(DEPLOYMENT_VARIABLE, mover.where.deployment);
    pick(PARTNER_VARIABLE, mover.where.tenant);
    pick(SERVICE_VARIABLE, mover.where.service);
  }
}

function TopMoversRenderer({ model }: SceneComponentProps<TopMovers>) {
  const { $data, names } = model.useState();
  const data = $data?.useState().data;
  const language = currentLanguage();
  const frames = data?.series ?? [];
  const movers = rankMovers(
    SIGNALS.map((signal) => ({
      signal,
      now: samplesOf(frames, nowRef(signal.id), names),
      before: samplesOf(frames, beforeRef(signal.id), names),
      usual: samplesOf(frames, usualRef(signal.id), names),
    }))
  ).slice(0, SHOWN);

  const message = dataStateMessage(data, movers.length === 0);
  const body = message ? (
    <p>{message}</p>
  ) : (
    <MoversTable
      movers={movers}
      signalOf={(signal) => ({ title: localize(signal.title), bad: localize(signal.bad) })}
      format={(value, signal) => formatValue(value, signal.unit, language)}
      onPick={(mover) => model.narrowTo(mover)}
      rowTestId={testIds.whatChanged.mover}
      usualLabel={localize(MESSAGES.usualOverDay)}
    />
  );

  return (
    <PanelFrame
      title={localize(MESSAGES.moversTitle)}
      description={localize(MESSAGES.moversDescription)}
      testId={testIds.whatChanged.movers}
    >
      {body}
    </PanelFrame>
  );
}
