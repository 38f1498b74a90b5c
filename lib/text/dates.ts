/**
 * The extension's dates as the reader sees them. Times the reader lived (a note written, edited)
 * are shown in the reader's own time zone; corpus dates are ISO text as precise as the source
 * allows (`2024`, `2024-03`, `2024-03-12T15:00`) and are cut, never converted.
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** `2024-03-12`: the reader's local calendar day of a timestamp. */
export function localDay(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `2024-03-12 09:05`: the reader's local day and minute of a timestamp. */
export function localMinute(time: number): string {
  const d = new Date(time);
  return `${localDay(time)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `2024-03-12` from a corpus date (`2024-03-12T15:00` → its day; `2024-03` stays as it is). */
export function isoDay(iso: string | null | undefined): string {
  return iso ? iso.replace('T', ' ').slice(0, 10) : '';
}

/**
 * Where a corpus date or period begins, comparable as text with a `YYYY-MM(-DD)` date: a quarter
 * or half-year (`2024-Q2`, `2024-H2`) gives its first month, a span of years (`2024/2026`) its first year.
 */
export function isoStart(iso: string): string {
  const m = /^(\d{4})(?:-([HQ])(\d))?/.exec(iso);
  if (!m) return iso;
  if (!m[2]) return /^\d{4}\//.test(iso) ? m[1]! : iso;
  const month = m[2] === 'H' ? (+m[3]! - 1) * 6 + 1 : (+m[3]! - 1) * 3 + 1;
  return `${m[1]}-${pad(month)}`;
}
