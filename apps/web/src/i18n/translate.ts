import en from './en.json';
import id from './id.json';
import type { Language } from '@sim-se/shared';

export type MessageKey = keyof typeof id;
export type Messages = Record<MessageKey, string>;

export const MESSAGES: Record<Language, Messages> = { id, en };

export type TranslateVars = Record<string, string | number>;

/** Fills `{name}` placeholders; a placeholder without a value is left as written. */
export function interpolate(template: string, vars?: TranslateVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

export function translate(language: Language, key: MessageKey, vars?: TranslateVars): string {
  return interpolate(MESSAGES[language][key], vars);
}

/** The placeholder names a message uses, to check both languages ask for the same values. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}
