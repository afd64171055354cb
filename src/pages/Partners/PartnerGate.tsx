import React from 'react';
import { LoadingState } from '@grafana/data';
import { SceneObjectBase, type SceneComponentProps, type SceneObject, type SceneObjectState } from '@grafana/scenes';
import { Alert, EmptyState, LoadingPlaceholder, Stack, TextLink } from '@grafana/ui';
import { localize, localizeWith } from '../../i18n/localize';
import { seriesLabels } from '../../scenes/frames';
import { MESSAGES as SHARED } from '../../scenes/messages';
import { testIds } from '../../testIds';
import { partnerUrl } from '../../urls';
import { MESSAGES } from './messages';
import { KNOWN_PARTNERS } from './queries';
import { queryErrorText } from '../../scenes/queryErrors';

interface PartnerGateState extends SceneObjectState {
  partner: string;
  tenantLabel: string;
  body: SceneObject;
}

/** Shows the partner's panels only when the partner exists; otherwise says so and lists the known ones. */
export class PartnerGate extends SceneObjectBase<PartnerGateState> {
  static Component = PartnerGateRenderer;
}

function PartnerGateRenderer({ model }: SceneComponentProps<PartnerGate>) {
  const { partner, tenantLabel, body, $data } = model.useState();
  const data = $data?.useState().data;
  if (!data || data.state === LoadingState.Loading || data.state === LoadingState.NotStarted) {
    return <LoadingPlaceholder text={localize(SHARED.loading)} />;
  }
  if (data.state === LoadingState.Error) {
    return (
      <Alert severity="error" title={queryErrorText(data.errors?.[0])}>
        {localize(SHARED.refreshWhenBack)}
      </Alert>
    );
  }
  const known = seriesLabels(data.series, KNOWN_PARTNERS)
    .map((labels) => labels[tenantLabel])
    .filter(Boolean)
    .sort();
  if (known.includes(partner)) {
    return <body.Component model={body} />;
  }
  return (
    <div data-testid={testIds.partners.unknown}>
      <EmptyState variant="not-found" message={localize(MESSAGES.unknownPartnerTitle)}>
        <p>{localizeWith(MESSAGES.unknownPartner, { partner })}</p>
        <Stack direction="row" gap={2} justifyContent="center">
          {known.map((name) => (
            <TextLink key={name} href={partnerUrl(name)} inline={false}>
              {name}
            </TextLink>
          ))}
        </Stack>
      </EmptyState>
    </div>
  );
}
