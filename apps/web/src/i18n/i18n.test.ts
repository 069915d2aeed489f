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

  it('fills placeholders and keeps unknown ones as written', () => {
    expect(interpolate('Halo {name}, {missing}', { name: 'Siti' })).toBe('Halo Siti, {missing}');
    expect(translate('en', 'nav.home')).toBe('Home');
  });
});
