import { apiUrl } from '@/lib/api-client';

/** The event as an iCalendar file (`text/calendar`, served as a download) for "Add to calendar". */
export const eventIcsUrl = (teamId: number, eventId: number) => apiUrl(`/teams/${teamId}/events/${eventId}.ics`);
