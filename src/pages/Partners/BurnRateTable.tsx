import React from 'react';
import { SceneObjectBase, type SceneComponentProps, type SceneObjectState } from '@grafana/scenes';
import { localize } from '../../i18n/localize';
import { BurnRates } from '../../panels/slaBudget/BurnRates';
import { lastValue } from '../../scenes/frames';
import { PanelFrame, dataStateMessage } from '../../scenes/PanelFrame';
import { testIds } from '../../testIds';
import { MESSAGES } from './messages';

/** The partner's burn rates per alert window, from one query per window (refId: the window). */
interface BurnRateTableState extends SceneObjectState {
  /** The share of requests the partner's contract allows to be bad. */
  budget: number;
}

export class BurnRateTable extends SceneObjectBase<BurnRateTableState> {
  static Component = BurnRateTableRenderer;
}

function BurnRateTableRenderer({ model }: SceneComponentProps<BurnRateTable>) {
  const { budget, $data } = model.useState();
  const data = $data?.useState().data;
  // A window without data shows a dash in its row: the table itself is never empty.
  const message = dataStateMessage(data, false);
  return (
    <PanelFrame
      title={localize(MESSAGES.burnRates)}
      description={localize(MESSAGES.burnRatesDescription)}
      testId={testIds.partners.burnRates}
    >
      {message ? (
        <p>{message}</p>
      ) : (
        <BurnRates rate={(window) => lastValue(data?.series ?? [], window)} budget={budget} />
      )}
    </PanelFrame>
  );
}
