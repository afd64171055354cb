import * as alerting from '@grafana/grafana-foundation-sdk/alerting';
import type { GeneratedFile } from '../../types';
import { OUTSIDE_WORKING_HOURS, OUTSIDE_WORKING_HOURS_INTERVALS } from '../alertmanager';
import { ORG_ID, provisioningFile } from './shared';

/**
 * The SDK's TimeInterval writes times and weekdays as numbers ({from, to}, {begin, end}); Grafana's files take
 * Alertmanager's notation (start_time/end_time, 'saturday'), so the intervals are Alertmanager's, shared with it.
 */
export type FileMuteTiming = Omit<alerting.MuteTiming, 'time_intervals'> & {
  time_intervals: typeof OUTSIDE_WORKING_HOURS_INTERVALS;
};

export function muteTimings(): FileMuteTiming[] {
  return [
    {
      ...new alerting.MuteTimingBuilder().name(OUTSIDE_WORKING_HOURS).build(),
      time_intervals: OUTSIDE_WORKING_HOURS_INTERVALS,
    },
  ];
}

export function muteTimingsFile(): GeneratedFile {
  return provisioningFile(
    'shoppulse-mute-timings.yaml',
    'Nights and weekends (Europe/Warsaw): mail and Slack notifications wait for working hours, phone does not.',
    { muteTimes: muteTimings().map((timing) => ({ orgId: ORG_ID, ...timing })) }
  );
}
