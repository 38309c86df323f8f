// Time zones for events: an event is stored with its IANA zone, picked in the form (default the
// browser's), and every time is shown in the viewer's own zone with the zone named.

/** The browser's IANA zone, e.g. "Europe/Oslo"; "UTC" when the browser does not say. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every zone the browser knows, sorted, with UTC and `include` (e.g. an event's zone) among them. */
export function timeZoneOptions(...include: string[]): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...known, 'UTC', ...include.filter(Boolean)])].sort();
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** "Europe/Oslo" → "Oslo", "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

type Wall = { year: number; month: number; day: number; hour: number; minute: number };

const wallFormats = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: number, zone: string): Wall {
  let format = wallFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    wallFormats.set(zone, format);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(format.formatToParts(instant).find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

const wallAsUtc = (w: Wall) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);

/** How far `zone`'s clock is ahead of UTC at `instant`, in ms (whole minutes). */
function offsetAt(instant: number, zone: string): number {
  return wallAsUtc(wallClock(instant, zone)) - Math.floor(instant / 60_000) * 60_000;
}

/**
 * The instant at which the clocks of `zone` show `local` (`YYYY-MM-DDTHH:mm`, the value of a
 * datetime-local input), as an ISO-8601 UTC string; null when `local` is not a date and time.
 * A time that a DST jump skips is read with the offset from before the jump (02:30 on a spring-
 * forward night is 03:30); a time that happens twice is its first occurrence.
 */
export function zonedToInstant(local: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asUtc)) return null;
  const before = offsetAt(asUtc - 86_400_000, zone);
  const after = offsetAt(asUtc + 86_400_000, zone);
  // Try the offset before and after a possible transition: the earlier instant that shows `local` wins.
  const candidates = [asUtc - before, asUtc - after].filter((t) => wallAsUtc(wallClock(t, zone)) === asUtc);
  const instant = candidates.length ? Math.min(...candidates) : asUtc - before;
  return new Date(instant).toISOString();
}

/** What the clocks of `zone` show at `iso`, as `YYYY-MM-DDTHH:mm` for a datetime-local input. */
export function instantToZoned(iso: string, zone: string): string {
  const w = wallClock(Date.parse(iso), zone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

type Formats = { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat; zone: Intl.DateTimeFormat };
const formats = new Map<string, Formats>();

function formatsFor(zone: string, locale?: string): Formats {
  const key = `${locale ?? ''}|${zone}`;
  let f = formats.get(key);
  if (!f) {
    f = {
      day: new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' }),
      time: new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' }),
      zone: new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }),
    };
    formats.set(key, f);
  }
  return f;
}

/** The zone's short name at that instant in the locale: "CET", "GMT+1", "EST", "UTC". */
export function zoneName(iso: string, zone: string, locale?: string): string {
  const parts = formatsFor(zone, locale).zone.formatToParts(Date.parse(iso));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

const sameDay = (a: Wall, b: Wall) => a.year === b.year && a.month === b.month && a.day === b.day;

/**
 * An event's time as the clocks of `zone` show it, the zone named once at the end:
 * "Tue 1 Dec, 18:00 CET", "Tue 1 Dec, 18:00 – 20:00 CET", "Tue 1 Dec, 18:00 – Wed 2 Dec, 10:00 CET".
 */
export function formatInZone(startsAt: string, endsAt: string | null, zone: string, locale?: string): string {
  const f = formatsFor(zone, locale);
  const start = Date.parse(startsAt);
  if (Number.isNaN(start)) return '';
  let text = `${f.day.format(start)}, ${f.time.format(start)}`;
  if (endsAt) {
    const end = Date.parse(endsAt);
    text += sameDay(wallClock(start, zone), wallClock(end, zone))
      ? ` – ${f.time.format(end)}`
      : ` – ${f.day.format(end)}, ${f.time.format(end)}`;
  }
  return `${text} ${zoneName(startsAt, zone, locale)}`;
}

/** An event's time for a viewer: in the viewer's zone, and in the event's own zone when it differs. */
export function describeEventTime(
  event: { startsAt: string; endsAt: string | null; timeZone?: string | null },
  viewerZone = browserTimeZone(),
  locale?: string,
): { local: string; ownZone: string | null } {
  const local = formatInZone(event.startsAt, event.endsAt, viewerZone, locale);
  const zone = event.timeZone && isTimeZone(event.timeZone) ? event.timeZone : null;
  if (!zone || zone === viewerZone) return { local, ownZone: null };
  return { local, ownZone: `${formatInZone(event.startsAt, event.endsAt, zone, locale)} in ${zoneCity(zone)}` };
}
