import type { Language } from './messages.js';

export const TIME_ZONE = 'Asia/Jakarta';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** A date and time as people in Serang read it (WIB), e.g. `4 Desember 2026 22.31`. */
export function formatDateTime(value: Date | string, language: Language = 'id'): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A calendar date in Asia/Jakarta, e.g. `23 April 2018`. */
export function formatDate(value: Date | string, language: Language = 'id'): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/** Today's calendar date in Asia/Jakarta as `YYYY-MM-DD`. */
export function todayInJakarta(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
}
