import { describe, expect, it } from 'vitest';
import { formatDateTime } from './dates.js';
import { pickLanguage } from './messages.js';
import { slugify } from './slug.js';

describe('slugify', () => {
  it('makes a readable URL part from an Indonesian title', () => {
    expect(slugify('Temu KIM Kota Serang di Taman Kreatif Pipitan')).toBe(
      'temu-kim-kota-serang-di-taman-kreatif-pipitan',
    );
    expect(slugify('Kopdar & Pelatihan: "Pewarta Warga" 2026!')).toBe(
      'kopdar-pelatihan-pewarta-warga-2026',
    );
  });

  it('never returns an empty slug', () => {
    expect(slugify('!!!')).toBe('tanpa-judul');
  });
});

describe('pickLanguage', () => {
  it('prefers Indonesian unless English is asked for first', () => {
    expect(pickLanguage(undefined)).toBe('id');
    expect(pickLanguage('en-GB,en;q=0.9')).toBe('en');
    expect(pickLanguage('id-ID,en;q=0.8')).toBe('id');
    expect(pickLanguage('fr-FR')).toBe('id');
  });
});

describe('formatDateTime', () => {
  it('shows times in Asia/Jakarta (WIB), whatever the machine zone', () => {
    expect(formatDateTime('2018-04-23T03:00:00Z')).toBe('23 April 2018 pukul 10.00');
  });
});
