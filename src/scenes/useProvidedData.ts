import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { PanelData } from '@grafana/data';
import type { SceneDataProvider } from '@grafana/scenes';

type Answers = Array<PanelData | undefined>;

/**
 * The answers of data providers that belong to other panels, for a panel that shows what they already asked for
 * (the funnel reads its steps' KPI tiles), so the page does not send the same query twice.
 */
export function useProvidedData(providers: SceneDataProvider[]): Answers {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const subscriptions = providers.map((provider) => provider.subscribeToState(onChange));
      return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
    },
    [providers]
  );
  // React compares snapshots by identity: the same answers must come back as the same array.
  const last = useRef<Answers>([]);
  const snapshot = useCallback(() => {
    const answers = providers.map((provider) => provider.state.data);
    const same = answers.length === last.current.length && answers.every((answer, i) => answer === last.current[i]);
    if (!same) {
      last.current = answers;
    }
    return last.current;
  }, [providers]);
  return useSyncExternalStore(subscribe, snapshot);
}
