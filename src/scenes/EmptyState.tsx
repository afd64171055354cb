import React from 'react';
import { SceneObjectBase, type SceneComponentProps, type SceneObjectState } from '@grafana/scenes';
import { EmptyState as GrafanaEmptyState, LinkButton } from '@grafana/ui';
import { testIds } from '../testIds';

interface EmptyStateState extends SceneObjectState {
  title: string;
  message: string;
  action?: { label: string; href: string };
}

/** Shown instead of a page's panels when they cannot work, saying why and what to do. */
export class EmptyState extends SceneObjectBase<EmptyStateState> {
  static Component = EmptyStateRenderer;
}

function EmptyStateRenderer({ model }: SceneComponentProps<EmptyState>) {
  const { title, message, action } = model.useState();
  return (
    <div data-testid={testIds.emptyState}>
      <GrafanaEmptyState
        variant="call-to-action"
        message={title}
        button={action && <LinkButton href={action.href}>{action.label}</LinkButton>}
      >
        {message}
      </GrafanaEmptyState>
    </div>
  );
}
