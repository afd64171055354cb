import type { DataQueryError } from '@grafana/data';
import { localize } from '../i18n/localize';
import { MESSAGES } from './messages';

// Prometheus' error types for a query it read and would not run; the others (timeout, unavailable, internal…) and
// the proxy's 5xx mean it did not answer.
const REFUSED = /^(bad_data|execution|not_found|not_acceptable):/;

/**
 * A failed query as a person reads it: whether the data source did not answer or refused the query, then why, in
 * the data source's words ("The data source did not answer (502 Bad Gateway)").
 */
export function queryErrorText(error?: DataQueryError): string {
  const reason = error?.message ?? error?.data?.message;
  const status = error?.status ?? 0;
  const refused = (status >= 400 && status < 500) || REFUSED.test(reason ?? '');
  const headline = localize(refused ? MESSAGES.queryRefused : MESSAGES.queryFailed);
  return reason ? `${headline} (${reason})` : headline;
}
