const HOUR = 3600;

/** Last Sunday of a month at 01:00 UTC: when Europe switches between summer and winter time. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  const sunday = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, month, sunday, 1) / 1000;
}

/** The shop is Polish: its rhythm follows Europe/Warsaw, UTC+1 in winter and UTC+2 in summer. */
export function warsawOffsetSeconds(unixSeconds: number): number {
  const year = new Date(unixSeconds * 1000).getUTCFullYear();
  const summer = unixSeconds >= lastSundayAtOneUtc(year, 2) && unixSeconds < lastSundayAtOneUtc(year, 9);
  return (summer ? 2 : 1) * HOUR;
}

export interface LocalTime {
  /** Hour of day with fraction, 0 to 24. */
  hour: number;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
}

export function warsawTime(unixSeconds: number): LocalTime {
  const local = new Date((unixSeconds + warsawOffsetSeconds(unixSeconds)) * 1000);
  return { hour: local.getUTCHours() + local.getUTCMinutes() / 60, weekday: local.getUTCDay() };
}

/** Parses `90s`, `15m`, `2h`, `3d`, `1w` (optionally negative) into seconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^(-)?(\d+(?:\.\d+)?)(s|m|h|d|w)$/.exec(text.trim());
  if (!match) {
    return undefined;
  }
  const unit = { s: 1, m: 60, h: HOUR, d: 24 * HOUR, w: 7 * 24 * HOUR }[match[3] as 's' | 'm' | 'h' | 'd' | 'w'];
  return (match[1] ? -1 : 1) * Number(match[2]) * unit;
}
