/** A calendar month in a time zone: its label ("2026-11") and its span in Unix seconds, [start, end). */
export interface CalendarMonth {
  label: string;
  start: number;
  /** The month's end, or `time` for the month still running (see `lastMonths`). */
  end: number;
  /** Where the whole month ends, even while it runs. */
  monthEnd: number;
}

/** The wall-clock date and time in `timeZone` at `time`, as fields. */
function wallClock(time: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(time * 1000));
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return {
    year: field('year'),
    month: field('month') - 1,
    utcSeconds:
      Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second')) / 1000,
  };
}

/** How far `timeZone`'s clocks are ahead of UTC at `time`, in seconds: 3600 in Warsaw in winter, 7200 in summer. */
const offsetAt = (time: number, timeZone: string) => wallClock(time, timeZone).utcSeconds - time;

/**
 * When the 1st of `month` (0-based, may run past 11 or below 0) of `year` begins in `timeZone`. Midnight's offset
 * is the one in force at that instant, found from a first guess at the offset a day either side might differ by.
 */
function monthBegins(year: number, month: number, timeZone: string): number {
  const wallMidnight = Date.UTC(year, month, 1) / 1000;
  const guess = wallMidnight - offsetAt(wallMidnight, timeZone);
  return wallMidnight - offsetAt(guess, timeZone);
}

/** The start of the calendar month holding `time`, in `timeZone`. */
export function monthStart(time: number, timeZone: string): number {
  const { year, month } = wallClock(time, timeZone);
  return monthBegins(year, month, timeZone);
}

/**
 * The last `count` calendar months in `timeZone` up to and including the one holding `time`, newest first; the
 * current one ends at `time`.
 */
export function lastMonths(time: number, count: number, timeZone: string): CalendarMonth[] {
  const { year, month } = wallClock(time, timeZone);
  return Array.from({ length: count }, (_, back) => {
    const start = monthBegins(year, month - back, timeZone);
    const monthEnd = monthBegins(year, month - back + 1, timeZone);
    const label = new Date(Date.UTC(year, month - back, 1)).toISOString().slice(0, 7);
    return { label, start, end: Math.min(time, monthEnd), monthEnd };
  });
}
