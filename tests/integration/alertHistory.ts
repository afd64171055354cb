import { ALERTS_SERIES } from '../../src/catalog/alerts';

export interface Episode {
  alertname: string;
  start: number;
  /** Evaluations it fired at. */
  samples: number;
  /** Episodes of the same instance that started in the same clock hour as this one, this one included. */
  startsInItsHour: number;
}

/**
 * Every firing episode in the `ALERTS` samples themselves (a range selector returns them raw, with their times):
 * consecutive minutes are one episode, a missed evaluation starts a new one. Independent of the page's PromQL.
 */
export async function firingEpisodes(url: string, end: number, seconds: number): Promise<Episode[]> {
  const params = new URLSearchParams({
    query: `${ALERTS_SERIES}{alertstate="firing"}[${seconds}s]`,
    time: String(end),
  });
  const body = (await (await fetch(`${url}/api/v1/query?${params}`)).json()) as {
    data: { result: Array<{ metric: Record<string, string>; values: Array<[number, string]> }> };
  };
  return body.data.result.flatMap(({ metric, values }) => {
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
