export interface GrafanaTarget {
  url: string;
  token: string;
}

export interface AnnotationBody {
  time: number;
  /** Where a region ends (unix ms): with it Grafana draws a band from `time` to here, as for a maintenance window. */
  timeEnd?: number;
  tags: string[];
  text: string;
}

/** A failure the user can act on (Grafana refused, could not be reached), so it is printed without a stack. */
export class AnnotateError extends Error {}

// A hung connection would otherwise hold the CI job until its own timeout.
const REQUEST_TIMEOUT_MS = 30_000;
const ANSWER_EXCERPT_CHARS = 200;

/** Posts one annotation and returns the id Grafana gave it. */
export async function postAnnotation(target: GrafanaTarget, body: AnnotationBody): Promise<number> {
  const endpoint = `${target.url.replace(/\/+$/, '')}/api/annotations`;
  const { status, answer } = await send(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${target.token}` },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const excerpt = answer.slice(0, ANSWER_EXCERPT_CHARS);
  if (status < 200 || status > 299) {
    throw new AnnotateError(`Grafana refused the annotation (${status}): ${excerpt}`);
  }
  const id = annotationId(answer);
  if (id === undefined) {
    // e.g. a login page from a proxy in front of Grafana, answered with 200.
    throw new AnnotateError(
      `${endpoint} answered ${status} without an annotation id, is GRAFANA_URL Grafana? ${excerpt}`
    );
  }
  return id;
}

async function send(endpoint: string, init: RequestInit): Promise<{ status: number; answer: string }> {
  try {
    const response = await fetch(endpoint, init);
    return { status: response.status, answer: await response.text() };
  } catch (error) {
    throw new AnnotateError(`Could not reach Grafana at ${endpoint}: ${reason(error)}`);
  }
}

// fetch only says "fetch failed"; the cause names the actual problem (refused, DNS, TLS, timeout).
function reason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}

function annotationId(answer: string): number | undefined {
  try {
    const id: unknown = JSON.parse(answer)?.id;
    return typeof id === 'number' ? id : undefined;
  } catch {
    return undefined;
  }
}
