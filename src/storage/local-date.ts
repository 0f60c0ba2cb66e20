/** A date as yyyy-mm-dd in the device's time zone (not UTC: "today" is the person's today). */
export function localDateIso(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
