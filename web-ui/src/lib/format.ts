const timeFmt = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayFmt = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const fullFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const isSameDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** "14:05" today, "Tue 3 Dec, 14:05" otherwise. */
export function formatMessageTime(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return isSameDay(d, now) ? timeFmt.format(d) : `${dayFmt.format(d)}, ${timeFmt.format(d)}`;
}

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : fullFmt.format(d);
}

/** "Tue 3 Dec, 14:00 – 16:00" or across days "Tue 3 Dec, 14:00 – Wed 4 Dec, 10:00". */
export function formatEventRange(startsAt: string, endsAt: string | null): string {
  const s = new Date(startsAt);
  const start = `${dayFmt.format(s)}, ${timeFmt.format(s)}`;
  if (!endsAt) return start;
  const e = new Date(endsAt);
  return isSameDay(s, e) ? `${start} – ${timeFmt.format(e)}` : `${start} – ${dayFmt.format(e)}, ${timeFmt.format(e)}`;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : (parts[0] ?? '?').slice(0, 2);
  return letters.toUpperCase();
}
