import en from './en.json';
import id from './id.json';
import type { Language } from '@sim-se/shared';

type StoredKey = keyof typeof id;
type PluralStem<K> = K extends `${infer Stem}.other` ? Stem : never;

/**
 * A text to show: a plain key, or the stem of a counted text written as `<stem>.one` /
 * `<stem>.other` (the plural categories of Intl.PluralRules), chosen by the `count` value.
 */
export type MessageKey =
  Exclude<StoredKey, `${string}.one` | `${string}.other`> | PluralStem<StoredKey>;
export type Messages = Record<StoredKey, string>;

export const MESSAGES: Record<Language, Messages> = { id, en };

export type TranslateVars = Record<string, string | number>;

const pluralRules: Record<Language, Intl.PluralRules> = {
  id: new Intl.PluralRules('id'),
  en: new Intl.PluralRules('en'),
};

/** Fills `{name}` placeholders; a placeholder without a value is left as written. */
export function interpolate(template: string, vars?: TranslateVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/**
 * The text of `key` in `language`. A counted text picks the form its language uses for
 * `vars.count` (Indonesian has one form, English "1 thread" / "2 threads").
 */
export function translate(language: Language, key: MessageKey, vars?: TranslateVars): string {
  const messages: Record<string, string | undefined> = MESSAGES[language];
  const plain = messages[key];
  if (plain !== undefined) return interpolate(plain, vars);

  const category = pluralRules[language].select(Number(vars?.count ?? Number.NaN));
  return interpolate(messages[`${key}.${category}`] ?? messages[`${key}.other`] ?? key, vars);
}

/** The placeholder names a message uses, to check both languages ask for the same values. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}
