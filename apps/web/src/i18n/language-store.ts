import type { Language } from '@sim-se/shared';

const STORAGE_KEY = 'sim-se.language';

export const LANGUAGES: readonly Language[] = ['id', 'en'];

export function isLanguage(value: unknown): value is Language {
  return value === 'id' || value === 'en';
}

/**
 * The chosen language, kept in localStorage so it survives a reload. Read by the GraphQL
 * client too, so server error messages come back in the same language.
 */
export function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'id';
  } catch {
    // Storage can be blocked (private mode, strict settings); Indonesian is the default.
    return 'id';
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Without storage the choice lasts for this page only, which is still usable.
  }
}
