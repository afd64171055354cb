/**
 * Facts about how the alerts behaved, which the Alerts page reports: the series Prometheus writes for its alerting
 * rules, how often it evaluates them, and what counts as noise.
 */

/** The series Prometheus writes for every pending or firing alert, with `alertname` and `alertstate` labels. */
export const ALERTS_SERIES = 'ALERTS';

/**
 * How often the rules are evaluated: the global `evaluation_interval` of prometheus/prometheus.yml. A firing alert
 * writes one `ALERTS` sample per evaluation, so samples × interval is the time it fired.
 */
export const ALERT_EVALUATION_SECONDS = 60;

/** The days the page looks back over. */
export const ACTIVITY_DAYS = 30;

/** An alert flapped when one of its instances started firing at least this often within one clock hour. */
export const FLAP_STARTS_PER_HOUR = 3;

/** The "fired most often" list: at most this many alerts. */
export const NOISIEST_COUNT = 5;
