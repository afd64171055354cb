import { ACTIVITY_DAYS, ALERTS_SERIES, ALERT_EVALUATION_SECONDS, FLAP_STARTS_PER_HOUR } from '../../src/catalog/alerts';
import { type AlertActivityRow, activityRows } from '../../src/pages/Alerts/activity';
import { alertActivityQueries } from '../../src/queries/alertActivity';
import { CONTRACT_LABELS, contractLabels } from '../../src/queries/selector';
import { query } from '../stack/client';

const DAY = 86400;

/** The Alerts page's rows at `t`, from the page's own queries. */
export async function activityRowsAt(url: string, t: number) {
  const context = { filters: {}, resolution: '1h' as const, baseline: '1w', to: t, from: t - ACTIVITY_DAYS * DAY };
  const answers = await Promise.all(
    alertActivityQueries(context).map(async ({ refId, expr }) => {
      const samples = await query(url, expr, t);
      return [refId, samples.map(({ metric, value }) => ({ labels: contractLabels(metric, CONTRACT_LABELS), value }))];
    })
  );
  return activityRows(Object.fromEntries(answers));
}

export interface Episode {
  alertname: string;
  start: number;
  /** Evaluations it fired at. */
  samples: number;
  /** Episodes of the same instance that started in the same clock hour as this one, this one included. */
  startsInItsHour: number;
}

/**
 * Every firing episode in the `ALERTS` (or `series`) samples themselves (a range selector returns them raw, with their
 * times): consecutive minutes are one episode, a missed evaluation starts a new one. Independent of the page's PromQL.
 */
export async function firingEpisodes(url: string, end: number, seconds: number, series = ALERTS_SERIES) {
  const params = new URLSearchParams({
    query: `${series}{alertstate="firing"}[${seconds}s]`,
    time: String(end),
  });
  const body = (await (await fetch(`${url}/api/v1/query?${params}`)).json()) as {
    data: { result: Array<{ metric: Record<string, string>; values: Array<[number, string]> }> };
  };
  return body.data.result.flatMap(({ metric, values }): Episode[] => {
    const starts = values.map(([t]) => t).filter((t, i, times) => i === 0 || t - times[i - 1] > 60);
    const episodes = starts.map((start, i) => ({
      start,
      samples: values.filter(([t]) => t >= start && (i + 1 === starts.length || t < starts[i + 1])).length,
    }));
    const hourOf = (t: number) => Math.floor((t - 1) / 3600);
    return episodes.map((episode) => ({
      alertname: metric.alertname,
      ...episode,
      startsInItsHour: episodes.filter((other) => hourOf(other.start) === hourOf(episode.start)).length,
    }));
  });
}

/** What a row of the page says of an alert's 30 days. */
export const shownActivity = ({ alert, firings, firingSeconds, flapped }: AlertActivityRow) => ({
  id: alert.id,
  firings,
  firingSeconds,
  flapped,
});

/** The same, counted from the raw episodes of the alert `id`. */
export function activityOfEpisodes(id: string, episodes: Episode[]) {
  const mine = episodes.filter((episode) => episode.alertname === id);
  return {
    id,
    firings: mine.length,
    firingSeconds: mine.reduce((total, episode) => total + episode.samples * ALERT_EVALUATION_SECONDS, 0),
    flapped: Math.max(0, ...mine.map((episode) => episode.startsInItsHour)) >= FLAP_STARTS_PER_HOUR,
  };
}
