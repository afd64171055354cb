import React from 'react';
import {
  type QueryVariable,
  SceneObjectBase,
  type SceneComponentProps,
  type SceneObject,
  type SceneObjectState,
  sceneGraph,
} from '@grafana/scenes';
import { Alert, Button, Stack } from '@grafana/ui';
import { localize, localizeWith } from '../i18n/localize';
import { testIds } from '../testIds';
import { ALL, PARTNER_VARIABLE } from './filters';
import { MESSAGES } from './messages';

interface UnknownPartnerNoticeState extends SceneObjectState {
  /** The partner the URL asked for, when the data source does not know it. */
  requested?: string;
  known?: string[];
}

/**
 * Scenes quietly replaces a partner the data source does not know (a typo in a shared link, a partner that left)
 * with "All". This says so, and offers the partners that exist.
 *
 * The scene that owns the partner variable runs `watchPartner` as one of its `$behaviors`: the notice itself is
 * activated only once the layout above it has rendered, and on a busy machine the partner options can arrive, and
 * replace the URL's value, before that.
 */
export class UnknownPartnerNotice extends SceneObjectBase<UnknownPartnerNoticeState> {
  static Component = UnknownPartnerNoticeRenderer;

  constructor(state: UnknownPartnerNoticeState = {}) {
    super(state);
  }

  public pick(partner: string): void {
    this.variable()?.changeValueTo(partner);
    this.setState({ requested: undefined, known: undefined });
  }

  private variable(): QueryVariable | undefined {
    return sceneGraph.lookupVariable(PARTNER_VARIABLE, this) as QueryVariable | undefined;
  }

  public watchPartner = (scene: SceneObject) => {
    const variable = sceneGraph.lookupVariable(PARTNER_VARIABLE, scene) as QueryVariable | undefined;
    // Read before the options arrive: by then an unknown value has been replaced.
    const requested = String(variable?.state.value ?? '');
    if (!variable || requested === '' || requested === ALL) {
      return;
    }
    const subscription = variable.subscribeToState((state) => {
      if (state.loading || state.options.length === 0) {
        return;
      }
      subscription.unsubscribe();
      const known = state.options.map((option) => String(option.value)).filter((value) => value !== ALL);
      if (!known.includes(requested)) {
        this.setState({ requested, known });
      }
    });
    return () => subscription.unsubscribe();
  };
}

function UnknownPartnerNoticeRenderer({ model }: SceneComponentProps<UnknownPartnerNotice>) {
  const { requested, known } = model.useState();
  if (requested === undefined) {
    return null;
  }
  return (
    <div data-testid={testIds.unknownPartner}>
      <Alert severity="warning" title={localize(MESSAGES.unknownPartnerTitle)}>
        <p>{localizeWith(MESSAGES.unknownPartner, { value: requested })}</p>
        <Stack gap={1} wrap="wrap">
          {known?.map((partner) => (
            <Button key={partner} size="sm" variant="secondary" onClick={() => model.pick(partner)}>
              {partner}
            </Button>
          ))}
        </Stack>
      </Alert>
    </div>
  );
}
