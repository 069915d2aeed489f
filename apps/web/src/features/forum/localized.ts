import type { Language } from '@sim-se/shared';

/** Picks the Indonesian or English wording the server keeps side by side. */
export function localized(language: Language, indonesian: string, english: string): string {
  return language === 'en' && english.trim() !== '' ? english : indonesian;
}
