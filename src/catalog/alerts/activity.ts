/**
 * Facts about how the alerts behaved, which the Alerts page reports: the series Prometheus writes for its alerting
 * rules, how often it evaluates them, and what counts as noise.
 */

/** The series Prometheus writes for every pending or firing alert, with `alertname` and `alertstate` labels. */
export const ALERTS_SERIES = 'ALERTS';

/**
 * The series Grafana writes for its own rules (the installed templates) when its alert state history goes to this
 * Prometheus (`[unified_alerting.state_history] backend = prometheus`): ALERTS' labels, the rule's, and
 * `GRAFANA_STATE_LABEL`.
 */
export const GRAFANA_ALERTS_SERIES = 'GRAFANA_ALERTS';

/** Grafana's own name of the state: `alerting` turns `recovering` within one firing, under the same `alertstate`. */
export const GRAFANA_STATE_LABEL = 'grafana_alertstate';

/**
 * How often the rules are evaluated: the global `evaluation_interval` of prometheus/prometheus.yml, and the interval
 * of the groups the installer creates in Grafana. A firing alert writes one sample per evaluation, so samples ×
 * interval is the time it fired.
 */
export const ALERT_EVALUATION_SECONDS = 60;

/** The days the page looks back over. */
export const ACTIVITY_DAYS = 30;

/** An alert flapped when one of its instances started firing at least this often within one clock hour. */
export const FLAP_STARTS_PER_HOUR = 3;

/** The "fired most often" list: at most this many alerts. */
export const NOISIEST_COUNT = 5;
