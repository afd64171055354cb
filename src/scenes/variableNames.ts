/** The pages' variables, in the URL as `var-<name>`. */
export const PARTNER_VARIABLE = 'partner';
export const DEPLOYMENT_VARIABLE = 'deployment';
/** The service the What changed page is narrowed to. */
export const SERVICE_VARIABLE = 'service';
/** What "now" is compared with on the What changed page: `1w` (last week) or `1d` (yesterday). */
export const BASELINE_VARIABLE = 'baseline';
