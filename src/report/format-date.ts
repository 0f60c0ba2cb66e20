// Dates are printed in English day-month-year words ("26 November 2026"),
// never in a numeric order a reader could take the wrong way round.

const formatters = new Map<string, Intl.DateTimeFormat>();
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

// Building a formatter costs far more than using one.
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  const formatter = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'shortOffset',
  });
  formatters.set(timeZone, formatter);
  return formatter;
}

function partsIn(date: Date, timeZone: string): Record<string, string> {
  const parts = formatterFor(timeZone).formatToParts(date);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

/** yyyy-mm-dd of an instant in a time zone. */
export function isoDateIn(date: Date, timeZone: string): string {
  const parts = partsIn(date, timeZone);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** "26 November 2026" for "2026-11-26"; the text itself if it is not such a date. */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return iso;
  return DAY_MONTH_YEAR.format(date);
}

/** "26 Nov 2026" for "2026-11-26", for narrow table columns; the text itself if it is not such a date. */
export function formatShortDate(iso: string): string {
  const long = formatIsoDate(iso);
  return long === iso ? iso : long.replace(/ (\p{L}{3})\p{L}+ /u, ' $1 ');
}

/** "26 November 2026, 10:05 GMT+1 (Europe/Paris)". */
export function formatDateTime(date: Date, timeZone: string): string {
  const parts = partsIn(date, timeZone);
  const day = formatIsoDate(`${parts.year}-${parts.month}-${parts.day}`);
  return `${day}, ${parts.hour}:${parts.minute} ${parts.timeZoneName} (${timeZone})`;
}
