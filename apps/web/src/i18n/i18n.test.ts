import { describe, expect, it } from 'vitest';
import en from './en.json';
import id from './id.json';
import { interpolate, placeholdersOf, translate } from './translate';

describe('translations', () => {
  it('has every Indonesian text in English too, and nothing extra', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('leaves no text empty in either language', () => {
    for (const messages of [id, en]) {
      for (const [key, value] of Object.entries(messages)) {
        expect(value.trim(), key).not.toBe('');
      }
    }
  });

  it('asks for the same placeholders in both languages', () => {
    const english: Record<string, string> = en;
    for (const [key, value] of Object.entries(id)) {
      expect(placeholdersOf(english[key]), key).toEqual(placeholdersOf(value));
    }
  });

  it('writes every plural form each language needs for its counted texts', () => {
    for (const [language, messages] of [
      ['id', id],
      ['en', en],
    ] as const) {
      const keys = Object.keys(messages);
      const stems = keys.filter((key) => key.endsWith('.other')).map((key) => key.slice(0, -6));
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const stem of stems) {
        for (const category of categories) expect(keys, language).toContain(`${stem}.${category}`);
      }
    }
  });

  it('counts in the form each language uses', () => {
    expect(translate('en', 'forum.threads', { count: 1 })).toBe('1 thread');
    expect(translate('en', 'forum.threads', { count: 0 })).toBe('0 threads');
    expect(translate('en', 'forum.replies', { count: 2 })).toBe('2 replies');
    expect(translate('en', 'admin.memberCount', { count: 1 })).toBe('1 member');
    expect(translate('en', 'search.results', { count: 1, query: 'pasar' })).toBe(
      '1 result for “pasar”',
    );
    expect(translate('id', 'forum.threads', { count: 1 })).toBe('1 topik');
    expect(translate('id', 'forum.replies', { count: 5 })).toBe('5 balasan');
  });

  it('fills placeholders and keeps unknown ones as written', () => {
    expect(interpolate('Halo {name}, {missing}', { name: 'Siti' })).toBe('Halo Siti, {missing}');
    expect(translate('en', 'nav.home')).toBe('Home');
  });
});
